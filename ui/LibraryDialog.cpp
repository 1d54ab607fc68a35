#include "LibraryDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LibraryDialog::LibraryDialog(const RunbookLibrary *library, QWidget *parent) : QDialog(parent), m_library(library)
{
    setWindowTitle(tr("Open from Library"));
    resize(720, 420);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Alert name, runbook_url, or words of a title, section or step"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("libraryResults"));
    m_status = new QLabel(this);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(box);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryDialog::update);
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryDialog::openCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &LibraryDialog::openCurrent);
    connect(box, &QDialogButtonBox::accepted, this, &LibraryDialog::openCurrent);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(library, &RunbookLibrary::indexed, this, &LibraryDialog::update);
    update();
}

void LibraryDialog::update()
{
    const QList<LibraryEntry> &entries = m_library->entries();
    const QString q = m_search->text().trimmed();
    if (m_library->folders().isEmpty()) {
        m_status->setText(tr("No runbook folders yet: add them in Settings → Alerts and Runbook Library."));
    } else {
        m_status->setText(m_library->indexing() && entries.isEmpty() ? tr("Indexing…") : tr("%n runbook(s) in the library", nullptr, int(entries.size())));
    }
    if (q.isEmpty()) {
        m_matches.clear();
        for (const LibraryEntry &e : entries)
            m_matches.append({e, {}, {}, 0});
    } else {
        m_matches = q.contains(QLatin1Char('/')) ? RunbookLibrary::findUrl(entries, q) : RunbookLibrary::findAlert(entries, q);
        for (const LibraryMatch &m : RunbookLibrary::search(entries, q))
            if (std::none_of(m_matches.cbegin(), m_matches.cend(), [&](const LibraryMatch &o) { return o.entry.path == m.entry.path; }))
                m_matches.append(m);
    }
    m_results->clear();
    for (const LibraryMatch &m : std::as_const(m_matches)) {
        QString text = m.entry.title + QStringLiteral(" — ") + m.entry.relativePath;
        if (!m.why.isEmpty())
            text += QStringLiteral("  (") + m.why + QLatin1Char(')');
        if (!m.entry.error.isEmpty())
            text += QStringLiteral("  ⚠ ") + m.entry.error;
        auto *item = new QListWidgetItem(text, m_results);
        item->setToolTip(m.entry.path);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void LibraryDialog::openCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_matches.size())
        return;
    Q_EMIT openRequested(m_matches.at(row).entry.path, m_matches.at(row).sectionId);
    accept();
}

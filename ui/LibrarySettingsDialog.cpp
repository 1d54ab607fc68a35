#include "LibrarySettingsDialog.h"

#include "base/AppSettings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

LibrarySettingsDialog::LibrarySettingsDialog(const AppSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Alerts and Runbook Library"));
    auto *form = new QFormLayout;
    m_url = new QLineEdit(settings.alertmanagerUrl(), this);
    m_url->setPlaceholderText(QStringLiteral("https://alertmanager.example.com"));
    m_token = new QLineEdit(settings.alertmanagerToken(), this);
    m_token->setPlaceholderText(tr("env:NAME or keychain:SERVICE/ACCOUNT (empty: none)"));
    m_filter = new QPlainTextEdit(settings.alertFilter().join(QLatin1Char('\n')), this);
    m_filter->setPlaceholderText(tr("One label matcher per line, e.g. severity=~\"critical|warning\""));
    m_filter->setMaximumHeight(70);
    m_interval = new QSpinBox(this);
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings.alertPollSeconds());
    form->addRow(tr("Alertmanager &URL:"), m_url);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("&Only alerts matching:"), m_filter);
    form->addRow(tr("Ask &every:"), m_interval);
    m_folders = new QListWidget(this);
    m_folders->addItems(settings.libraryFolders());
    auto *add = new QPushButton(tr("&Add Folder…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Runbook Folder"));
        if (!dir.isEmpty() && m_folders->findItems(dir, Qt::MatchExactly).isEmpty())
            m_folders->addItem(dir);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_folders->currentItem(); });
    auto *folderButtons = new QHBoxLayout;
    folderButtons->addWidget(add);
    folderButtons->addWidget(remove);
    folderButtons->addStretch();
    form->addRow(tr("Runbook &folders:"), m_folders);
    form->addRow(QString(), folderButtons);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
}

void LibrarySettingsDialog::saveTo(AppSettings &settings) const
{
    settings.setAlertmanagerUrl(m_url->text().trimmed());
    settings.setAlertmanagerToken(m_token->text().trimmed());
    QStringList matchers;
    for (const QString &line : m_filter->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            matchers.append(line.trimmed());
    settings.setAlertFilter(matchers);
    settings.setAlertPollSeconds(m_interval->value());
    QStringList folders;
    for (int i = 0; i < m_folders->count(); ++i)
        folders.append(m_folders->item(i)->text());
    settings.setLibraryFolders(folders);
    settings.sync();
}

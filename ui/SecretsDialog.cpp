#include "SecretsDialog.h"

#include "secrets/Redactor.h"

#include "secrets/SecretResolver.h"
#include "wiring/Wiring.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SecretsDialog::SecretsDialog(const Wiring &wiring, QWidget *parent)
    : QDialog(parent), m_wiring(wiring), m_table(new QTableWidget(this)), m_value(new QLineEdit(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("secretsDialog"));
    setWindowTitle(tr("Secrets"));
    m_table->setObjectName(QStringLiteral("secretsTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Profile"), tr("Connector"), tr("Reference"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_value->setObjectName(QStringLiteral("secretValueEdit"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("New value for the selected keychain entry (never shown again)"));
    auto *storeButton = new QPushButton(tr("Store in keychain"), this);
    storeButton->setObjectName(QStringLiteral("storeSecretButton"));
    connect(storeButton, &QPushButton::clicked, this, &SecretsDialog::store);
    auto *row = new QHBoxLayout;
    row->addWidget(m_value, 1);
    row->addWidget(storeButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *l = new QVBoxLayout(this);
    l->addWidget(new QLabel(tr("Secrets are referenced by the wiring file, never written into it. "
                               "env: references come from the environment; keychain: references can be stored here."), this));
    l->addWidget(m_table, 1);
    l->addLayout(row);
    l->addWidget(m_status);
    l->addWidget(buttons);
    resize(760, 420);
    refresh();
}

void SecretsDialog::refresh()
{
    m_table->setRowCount(0);
    for (const Profile &p : m_wiring.profiles)
        for (const Connector &c : p.connectors)
            for (auto it = c.secrets.begin(); it != c.secrets.end(); ++it) {
                const int r = m_table->rowCount();
                m_table->insertRow(r);
                m_table->setItem(r, 0, new QTableWidgetItem(p.label));
                m_table->setItem(r, 1, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(c.name, it.key())));
                m_table->setItem(r, 2, new QTableWidgetItem(it.value()));
                m_table->setItem(r, 3, new QTableWidgetItem(SecretResolver::isSet(it.value()) ? tr("set") : tr("not set")));
            }
}

void SecretsDialog::store()
{
    const int r = m_table->currentRow();
    const QString ref = r >= 0 ? m_table->item(r, 2)->text() : QString();
    if (!ref.startsWith(QStringLiteral("keychain:"))) {
        m_status->setText(tr("Select a keychain: reference; env: references are set in the environment."));
        return;
    }
    const auto backend = SecretResolver::keychain();
    const QString rest = ref.mid(9);
    if (!backend || m_value->text().isEmpty()) {
        m_status->setText(backend ? tr("Type a value first.") : tr("No keychain is available on this system."));
        return;
    }
    Redactor::add(m_value->text()); // masked from now on, wherever it goes
    const Status s = backend->write(rest.section(QLatin1Char('/'), 0, 0), rest.section(QLatin1Char('/'), 1), m_value->text());
    SecretResolver::forgetKeychainValues(); // the next use reads the new value
    m_value->clear();
    m_status->setText(s ? tr("Stored.") : tr("Could not store it: %1").arg(s.error()));
    refresh();
}

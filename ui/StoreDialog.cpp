#include "StoreDialog.h"

#include "incident/IncidentStore.h"
#include "incident/StoreAddress.h"
#include "secrets/SecretResolver.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

StoreDialog::StoreDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_local(new QRadioButton(tr("On this computer (a file)"), this)),
      m_team(new QRadioButton(tr("Team store (PostgreSQL), shared with the other responders"), this)), m_path(new QLineEdit(this)),
      m_url(new QLineEdit(this)), m_password(new QLineEdit(this)), m_status(new QLabel(this)), m_test(new QPushButton(tr("Test Connection"), this))
{
    setWindowTitle(tr("Incident Store"));
    setObjectName(QStringLiteral("storeDialog"));
    m_local->setObjectName(QStringLiteral("storeLocalRadio"));
    m_team->setObjectName(QStringLiteral("storeTeamRadio"));
    m_path->setObjectName(QStringLiteral("storePathEdit"));
    m_url->setObjectName(QStringLiteral("storeUrlEdit"));
    m_password->setObjectName(QStringLiteral("storePasswordEdit"));
    m_status->setObjectName(QStringLiteral("storeStatusLabel"));
    m_test->setObjectName(QStringLiteral("storeTestButton"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setPlaceholderText(QStringLiteral("postgresql://alice@db.example.com/incidents?sslmode=verify-full"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the keychain; empty: PGPASSWORD or ~/.pgpass"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_local);
    group->addButton(m_team);

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Incident Store File"), m_path->text(), tr("SQLite files (*.sqlite)"), nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            m_path->setText(f);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *teamForm = new QFormLayout;
    teamForm->addRow(tr("Address:"), m_url);
    teamForm->addRow(tr("Password:"), m_password);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    auto *help = new QLabel(tr("A team store keeps every responder's steps, notes, evidence and actions in one PostgreSQL database; "
                               "changes show in every window within a second. While it cannot be reached, changes are kept here and "
                               "sent when it is back. TLS is checked as libpq does it (sslmode=verify-full for another host unless the "
                               "address says otherwise)."),
                            this);
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_team->isChecked() && !savePassword())
            return;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addLayout(pathRow);
    layout->addSpacing(8);
    layout->addWidget(m_team);
    layout->addLayout(teamForm);
    layout->addLayout(testRow);
    layout->addWidget(help);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (StoreAddress::isTeam(current)) {
        m_team->setChecked(true);
        m_url->setText(current);
        m_path->setText(IncidentStore::defaultPath());
    } else {
        m_local->setChecked(true);
        m_path->setText(current.isEmpty() ? IncidentStore::defaultPath() : current);
    }
    for (QLineEdit *e : {m_path, m_url})
        connect(e, &QLineEdit::textChanged, this, &StoreDialog::validate);
    connect(m_local, &QRadioButton::toggled, this, &StoreDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &StoreDialog::testConnection);
    validate();
    resize(620, sizeHint().height());
}

StoreDialog::~StoreDialog()
{
    if (m_probe) { // a test still running ends on its own; it reports to nobody
        m_probe->disconnect(this);
        connect(m_probe, &QThread::finished, m_probe, &QObject::deleteLater);
        m_probe->setParent(nullptr);
    }
}

QString StoreDialog::address() const
{
    return m_team->isChecked() ? m_url->text().trimmed() : m_path->text().trimmed();
}

void StoreDialog::validate()
{
    const bool team = m_team->isChecked();
    m_path->setEnabled(!team);
    m_url->setEnabled(team);
    m_password->setEnabled(team);
    m_test->setEnabled(team && !m_probe);
    QString problem;
    if (team) {
        const auto a = StoreAddress::parse(m_url->text());
        if (!a)
            problem = a.error();
        else if (!a->isTeam())
            problem = tr("a team store's address starts with postgresql://");
    } else if (m_path->text().trimmed().isEmpty()) {
        problem = tr("choose a file");
    } else if (const auto a = StoreAddress::parse(m_path->text()); !a || a->isTeam()) {
        problem = a ? tr("that is a team store's address; choose \"Team store\"") : a.error();
    }
    m_status->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

bool StoreDialog::savePassword()
{
    if (m_password->text().isEmpty())
        return true;
    const auto a = StoreAddress::parse(m_url->text());
    auto kc = SecretResolver::keychain();
    if (!a || !kc) {
        m_status->setText(tr("No keychain is available to keep the password; use PGPASSWORD or ~/.pgpass."));
        return false;
    }
    if (Status s = kc->write(StoreAddress::keychainService(), a->keychainAccount(), m_password->text()); !s) {
        m_status->setText(tr("The password could not be kept in the keychain: %1").arg(s.error()));
        return false;
    }
    SecretResolver::forgetKeychainValues();
    m_password->clear();
    return true;
}

void StoreDialog::testConnection()
{
    if (!savePassword())
        return;
    const QString address = m_url->text().trimmed();
    m_status->setText(tr("Connecting to %1…").arg(StoreAddress::parse(address) ? StoreAddress::parse(address)->display() : address));
    QPointer<StoreDialog> self(this);
    m_probe = QThread::create([self, address] {
        IncidentStore store;
        const Status s = store.open(address);
        const QString text = s ? tr("Connected: schema %1, %n incident(s).", nullptr, store.listIncidents() ? int(store.listIncidents()->size()) : 0)
                                     .arg(store.schemaVersion())
                               : s.error();
        QMetaObject::invokeMethod(qApp, [self, text] {
            if (self)
                self->m_status->setText(text);
        });
    });
    m_probe->setParent(this);
    connect(m_probe, &QThread::finished, this, [this] {
        m_probe->deleteLater();
        m_probe = nullptr;
        m_test->setEnabled(m_team->isChecked());
    });
    m_test->setEnabled(false);
    m_probe->start();
}

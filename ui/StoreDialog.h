#pragma once
// StoreDialog (Settings → Incident Store…): where incidents are kept — a file
// on this computer or a team store on PostgreSQL — with the team store's
// password kept in the keychain (never in the settings file), and a
// connection test that runs off the GUI thread.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class StoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoreDialog(const QString &current, QWidget *parent = nullptr);
    ~StoreDialog() override;
    // What was chosen: a file path or a postgresql:// address.
    QString address() const;

private:
    void validate();
    void testConnection();
    bool savePassword();

    QRadioButton *m_local;
    QRadioButton *m_team;
    QLineEdit *m_path;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_ok;
    QThread *m_probe = nullptr;
};

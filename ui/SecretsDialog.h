#pragma once
// SecretsDialog: the secret references of a wiring, per profile — set or not
// set (a value is never shown), and a field to store a keychain entry.
#include <QDialog>

struct Wiring;
class QTableWidget;
class QLineEdit;
class QLabel;

class SecretsDialog : public QDialog
{
    Q_OBJECT
public:
    SecretsDialog(const Wiring &wiring, QWidget *parent = nullptr);

private:
    void refresh();
    void store();
    const Wiring &m_wiring;
    QTableWidget *m_table;
    QLineEdit *m_value;
    QLabel *m_status;
};

#pragma once
// LibrarySettingsDialog: Settings → Alerts and runbook library — the
// Alertmanager to poll (URL, a token reference, label matchers, interval)
// and the runbook folders the library indexes.
#include <QDialog>

class AppSettings;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

class LibrarySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    LibrarySettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    void saveTo(AppSettings &settings) const;

private:
    QLineEdit *m_url;
    QLineEdit *m_token;
    QPlainTextEdit *m_filter;
    QSpinBox *m_interval;
    QListWidget *m_folders;
};

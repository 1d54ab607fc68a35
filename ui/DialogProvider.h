#pragma once
// DialogProvider: the questions the main window asks the user (file names,
// an incident title). Behind an interface so tests can answer them.
#include <QCoreApplication>
#include <QString>

class QWidget;

class DialogProvider
{
public:
    virtual ~DialogProvider() = default;
    virtual QString openRunbookFile(QWidget *parent, const QString &dir) = 0;
    virtual QString saveExportFile(QWidget *parent, const QString &suggested) = 0;
    // Empty optional-like: ok=false when the user cancelled.
    virtual QString incidentTitle(QWidget *parent, const QString &suggested, bool *ok) = 0;
    virtual QString logSource(QWidget *parent, const QString &current, bool *ok) = 0;
    // A yes/no question before something that cannot be undone.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
};

// The real dialogs.
class QtDialogProvider : public DialogProvider
{
    Q_DECLARE_TR_FUNCTIONS(QtDialogProvider)

public:
    QString openRunbookFile(QWidget *parent, const QString &dir) override;
    QString saveExportFile(QWidget *parent, const QString &suggested) override;
    QString incidentTitle(QWidget *parent, const QString &suggested, bool *ok) override;
    QString logSource(QWidget *parent, const QString &current, bool *ok) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
};

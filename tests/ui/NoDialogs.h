#pragma once
// A DialogProvider for windows a test drives: no dialog ever opens; a new
// incident gets the title given, a confirmation is declined.
#include "DialogProvider.h"

class NoDialogs : public DialogProvider
{
public:
    explicit NoDialogs(QString title) : m_title(std::move(title)) {}
    QString openRunbookFile(QWidget *, const QString &) override { return {}; }
    QString saveExportFile(QWidget *, const QString &) override { return {}; }
    QString incidentTitle(QWidget *, const QString &, bool *ok) override
    {
        *ok = true;
        return m_title;
    }
    QString logSource(QWidget *, const QString &, bool *ok) override
    {
        *ok = false;
        return {};
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return false; }

private:
    QString m_title;
};

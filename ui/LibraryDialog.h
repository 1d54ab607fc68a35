#pragma once
// LibraryDialog: File → Open from Library… — the runbook library searched as
// you type: an alert name, a runbook_url (its path and #anchor), or words of
// a title, a section or a step. Enter opens the best match (at its section).
#include <QDialog>

#include "library/RunbookLibrary.h"

class QLineEdit;
class QListWidget;
class QLabel;

class LibraryDialog : public QDialog
{
    Q_OBJECT
public:
    LibraryDialog(const RunbookLibrary *library, QWidget *parent = nullptr);
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QList<LibraryMatch> matches() const { return m_matches; }

Q_SIGNALS:
    void openRequested(const QString &path, const QString &sectionId);

private:
    void update();
    void openCurrent();
    const RunbookLibrary *m_library;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QList<LibraryMatch> m_matches;
};

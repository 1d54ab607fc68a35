// The window, offscreen, with a new incident: types a step note and the
// incident's summary, says so on
// stdout ("typed ID"), then keeps running until the test kills it — the test
// checks that what was typed is in the store although the edit never ended.
#include "ChecklistModel.h"
#include "NoDialogs.h"
#include "GuiDemo.h"
#include "MainWindow.h"
#include "SectionPage.h"
#include "base/AppSettings.h"
#include "incident/IncidentSession.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QtTest>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    GuiDemo::install(); // the window's demo backend, as the GUI has it
    if (argc != 4)
        return 64;
    QCoreApplication::setOrganizationName(QStringLiteral("RunbookAssistantTest"));
    QCoreApplication::setApplicationName(QStringLiteral("note-crash-helper"));
    AppSettings settings;
    NoDialogs dialogs(QStringLiteral("Killed while typing"));
    MainWindow w(settings, dialogs, QString::fromLocal8Bit(argv[2]), true, QString::fromLocal8Bit(argv[1]));
    w.show();
    if (!QTest::qWaitFor([&] { return w.runbook() && w.session()->storeReady(); }, 20'000))
        return 2;
    w.newIncident();
    if (!QTest::qWaitFor([&] { return w.session()->current().has_value(); }, 20'000))
        return 3;
    w.sectionPage()->selectStep(1);
    auto *note = w.findChild<QPlainTextEdit *>(QStringLiteral("stepNoteEdit"));
    if (!note)
        return 4;
    note->setFocus();
    QTest::keyClicks(note, QString::fromLocal8Bit(argv[3]));
    // …and the incident's summary, in the Incident Record tab.
    auto *summary = w.findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
    if (!summary)
        return 5;
    summary->setFocus();
    QTest::keyClicks(summary, QString::fromLocal8Bit(argv[3]));
    std::printf("typed %s\n", qPrintable(w.session()->current()->id));
    std::fflush(stdout);
    QTest::qWait(60'000); // the test kills us long before
    return 0;
}

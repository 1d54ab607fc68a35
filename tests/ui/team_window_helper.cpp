// A second responder's window, in a process of its own, offscreen, on a team
// store (tst_teamwindow). It is driven from stdin, one command per line, and
// answers each on stdout:
//   open ID                  open the incident            → opened
//   key ROW D|S|N|P|Space    that key on the checklist row → done
//   note ROW TEXT            type a note into the row      → done
//   expect ROW STATE         wait until the row shows it   → ok MS | timeout
//   expect-note ROW TEXT     wait until the row's note is  → ok MS | timeout
//   expect-here NAME         wait until NAME is shown here → ok MS | timeout
//   expect-resolve yes|no    wait until Resolve is (not) enabled → ok MS | timeout
//   quit
// It prints "ready" once its store and runbook are open.
#include "ChecklistModel.h"
#include "NoDialogs.h"
#include "GuiDemo.h"
#include "MainWindow.h"
#include "SectionPage.h"
#include "base/AppSettings.h"
#include "incident/IncidentSession.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSocketNotifier>
#include <QTreeView>
#include <QtTest>
#include <cstdio>
#include <unistd.h>

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

StepState stateNamed(const QString &s)
{
    return stepStateFromString(s).value_or(StepState::Pending);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    GuiDemo::install(); // the window's demo backend, as the GUI has it
    if (argc != 3)
        return 64;
    QCoreApplication::setOrganizationName(QStringLiteral("RunbookAssistantTest"));
    QCoreApplication::setApplicationName(QStringLiteral("team-window-helper"));
    AppSettings settings;
    NoDialogs dialogs(QStringLiteral("Team incident"));
    MainWindow w(settings, dialogs, QString::fromLocal8Bit(argv[2]), true, QString::fromLocal8Bit(argv[1]));
    w.show();
    if (!QTest::qWaitFor([&] { return w.runbook() && w.session()->storeReady(); }, 20'000))
        return 2;
    QTreeView *view = w.sectionPage()->checklistView();
    ChecklistModel *model = w.sectionPage()->checklistModel();
    auto waitFor = [&](const std::function<bool()> &shown) {
        QElapsedTimer t;
        t.start();
        if (QTest::qWaitFor(shown, 3000))
            say(QStringLiteral("ok %1").arg(t.elapsed()));
        else
            say(QStringLiteral("timeout"));
    };
    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buf[4096];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            app.quit();
            return;
        }
        pending.append(buf, n);
        for (int nl; (nl = pending.indexOf('\n')) >= 0;) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            const QString cmd = line.section(QLatin1Char(' '), 0, 0);
            const int row = line.section(QLatin1Char(' '), 1, 1).toInt();
            const QString rest = line.section(QLatin1Char(' '), 2);
            if (cmd == QLatin1String("open")) {
                const QString id = line.section(QLatin1Char(' '), 1, 1);
                w.session()->loadIncident(id);
                say(QTest::qWaitFor([&] { return w.session()->current() && w.session()->current()->id == id; }, 10'000)
                        ? QStringLiteral("opened") : QStringLiteral("not opened"));
            } else if (cmd == QLatin1String("key")) {
                view->setFocus();
                view->setCurrentIndex(model->index(row, 0));
                const QString k = rest.trimmed();
                QTest::keyClick(view, k == QLatin1String("Space") ? Qt::Key_Space : Qt::Key(k.at(0).toUpper().unicode()));
                say(QStringLiteral("done"));
            } else if (cmd == QLatin1String("note")) {
                view->setFocus();
                view->setCurrentIndex(model->index(row, 0));
                QTest::keyClick(view, Qt::Key_Return);
                auto *note = w.findChild<QPlainTextEdit *>(QStringLiteral("stepNoteEdit"));
                if (!QTest::qWaitFor([&] { return note->hasFocus(); }, 2000)) {
                    say(QStringLiteral("no note editor"));
                    continue;
                }
                QTest::keyClicks(note, rest);
                QTest::keyClick(note, Qt::Key_Escape);
                say(QStringLiteral("done"));
            } else if (cmd == QLatin1String("expect")) {
                const StepState want = stateNamed(rest.trimmed());
                waitFor([&] { return StepState(model->index(row, 0).data(ChecklistModel::StateRole).toInt()) == want; });
            } else if (cmd == QLatin1String("expect-note")) {
                waitFor([&] { return model->index(row, ChecklistModel::NoteColumn).data(Qt::EditRole).toString() == rest; });
            } else if (cmd == QLatin1String("expect-here")) {
                auto *label = w.findChild<QLabel *>(QStringLiteral("teamStatusLabel"));
                waitFor([&] { return label && label->text().contains(rest.isEmpty() ? line.section(QLatin1Char(' '), 1) : rest); });
            } else if (cmd == QLatin1String("expect-resolve")) {
                auto *resolve = w.findChild<QAction *>(QStringLiteral("resolveAction"));
                const bool want = line.section(QLatin1Char(' '), 1, 1) == QLatin1String("yes");
                waitFor([&] { return resolve && resolve->isEnabled() == want; });
            } else if (cmd == QLatin1String("quit")) {
                app.quit();
            }
        }
    });
    say(QStringLiteral("ready"));
    return app.exec();
}

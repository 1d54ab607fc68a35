// German, complete. The catalogue has nothing unfinished against today's
// sources (lupdate runs here on them, into a copy); plural forms and
// placeholders are kept; numbers and dates follow the locale; the CLI speaks
// German under a German locale; and the window with every dialog it opens, in
// German, shows none of the English source texts.
#include "ActionDialog.h"
#include "DialogProvider.h"
#include "GuiDemo.h"
#include "LiveCountModel.h"
#include "LivePanel.h"
#include "DemoWindowTest.h"
#include "MainWindow.h"
#include "SamplesDialog.h"
#include "SectionPage.h"
#include "Translations.h"

#include "DemoBackend.h"
#include "DemoHost.h"
#include "base/AppSettings.h"
#include "incident/IncidentSession.h"
#include "incident/IncidentStore.h"
#include "report/IncidentReport.h"
#include "runbook/RunbookParser.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
const QString kCatalogue = QStringLiteral(RUNBOOK_SOURCE_DIR "/translations/runbook-assistant_de.ts");

struct Message
{
    QString context, source, comment;
    QStringList forms; // one, or the plural forms
    QString type;      // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("name"))
            context = x.readElementText();
        else if (x.name() == QLatin1String("message"))
            m = Message{context, {}, {}, {}, {}, x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        else if (x.name() == QLatin1String("source"))
            m.source = x.readElementText();
        else if (x.name() == QLatin1String("comment"))
            m.comment = x.readElementText();
        else if (x.name() == QLatin1String("translation")) {
            m.type = x.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (x.readNextStartElement())
                    m.forms << x.readElementText();
            } else {
                m.forms << x.readElementText();
            }
            out << m;
        }
    }
    if (x.hasError())
        *error = x.errorString();
    return out;
}

QString plain(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return s.trimmed();
}

// The English texts a German window must not show: every source text whose
// German differs, exactly, and the longer ones with placeholders as patterns.
struct English
{
    QSet<QString> exact;
    QList<QRegularExpression> patterns;

    explicit English(const QList<Message> &messages)
    {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n|L\\d+)"));
        for (const Message &m : messages) {
            const QString source = plain(m.source);
            if (m.forms.contains(m.source) || source.size() < 4 || !source.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))))
                continue;
            if (!source.contains(placeholder)) {
                exact.insert(source);
                continue;
            }
            QString literal = source;
            literal.remove(placeholder);
            if (literal.trimmed().size() < 12)
                continue;
            QString rx;
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(source); it.hasNext();) {
                const auto match = it.next();
                rx += QRegularExpression::escape(source.mid(at, match.capturedStart() - at)) + QStringLiteral(".*");
                at = match.capturedEnd();
            }
            rx += QRegularExpression::escape(source.mid(at));
            patterns << QRegularExpression(QRegularExpression::anchoredPattern(rx), QRegularExpression::DotMatchesEverythingOption);
        }
    }

    bool matches(const QString &shown) const
    {
        const QString s = plain(shown);
        if (s.isEmpty())
            return false;
        if (exact.contains(s))
            return true;
        return std::any_of(patterns.begin(), patterns.end(), [&](const QRegularExpression &p) { return p.match(s).hasMatch(); });
    }
};

// Every text a user can read on `root` and what it holds: titles, labels,
// buttons, tabs, placeholders, tooltips, column headers, menu entries.
QStringList textsOf(QWidget *root)
{
    QStringList t;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) && w != root && !qobject_cast<QMenu *>(w))
            continue;
        if (w->isWindow())
            t << w->windowTitle();
        t << w->toolTip() << w->statusTip() << w->accessibleName();
        if (auto *l = qobject_cast<QLabel *>(w))
            t << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            t << b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            t << g->title();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            t << e->placeholderText();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            t << p->placeholderText();
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                t << c->itemText(i) << c->itemData(i, Qt::ToolTipRole).toString();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                t << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                t << v->model()->headerData(c, Qt::Horizontal).toString() << v->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
        }
    }
    for (QAction *a : root->findChildren<QAction *>())
        t << a->text() << a->toolTip() << a->statusTip();
    t.removeAll(QString());
    return t;
}

} // namespace

class TestGerman : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<Message> m_messages;
    std::unique_ptr<English> m_english;

    QStringList englishIn(const QStringList &texts) const
    {
        QStringList found;
        for (const QString &s : texts)
            if (m_english->matches(s) && !found.contains(s))
                found << s;
        return found;
    }

    // Triggers `open`, then reads the dialog it opens (modal or window-modal)
    // and closes it; returns the English found there, or why nothing opened.
    QStringList walkDialog(const std::function<void()> &open, const QString &what, bool *opened)
    {
        QStringList found;
        *opened = false;
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        int tries = 0;
        bool finished = false;
        connect(poll, &QTimer::timeout, this, [&, poll] {
            QWidget *d = QApplication::activeModalWidget();
            if (!d) {
                for (QWidget *top : QApplication::topLevelWidgets())
                    if (qobject_cast<QDialog *>(top) && top->isVisible())
                        d = top;
            }
            if (!d && ++tries < 250)
                return;
            poll->stop();
            poll->deleteLater();
            finished = true;
            if (!d)
                return;
            *opened = true;
            for (const QString &e : englishIn(textsOf(d)))
                found << what + QStringLiteral(": ") + e;
            if (auto *dlg = qobject_cast<QDialog *>(d))
                dlg->reject();
            else
                d->close();
        });
        poll->start();
        open();
        if (!QTest::qWaitFor([&] { return finished; }, 8000))
            found << what + QStringLiteral(": the check did not finish");
        QTest::qWait(50);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(setUpDemoWindowTest());
        QString error;
        m_messages = readCatalogue(kCatalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 1000);
        m_english = std::make_unique<English>(m_messages);
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    }

    void cleanupTestCase() { Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // lupdate on today's sources, into a copy of the catalogue: no new,
    // unfinished or vanished message — what the code says is what is translated.
    void catalogueIsCompleteForTodaysSources()
    {
        const QString copy = m_dir.filePath(QStringLiteral("de.ts"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(kCatalogue, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RUNBOOK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("@" RUNBOOK_I18N_SOURCE_LIST),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString log = QString::fromUtf8(lupdate.readAll());
        QCOMPARE(lupdate.exitCode(), 0);
        QVERIFY2(log.contains(QStringLiteral("0 new")), qPrintable(log));
        QString error;
        const QList<Message> now = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished;
        for (const Message &m : now)
            if (!m.type.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(), [](const QString &f) { return f.trimmed().isEmpty(); }))
                unfinished << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" [") + m.type + QLatin1Char(']');
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 not finished:\n").arg(unfinished.size()) + unfinished.mid(0, 40).join(QLatin1Char('\n'))));
        QCOMPARE(now.size(), m_messages.size());
    }

    // What a translation must keep: every placeholder, the accelerator, two plural forms.
    void translationsKeepPlaceholdersAndPlurals()
    {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n|L\\d+)"));
        auto set = [](const QString &s) {
            QStringList l;
            for (auto it = placeholder.globalMatch(s); it.hasNext();)
                l << it.next().captured();
            l.removeDuplicates();
            l.sort();
            return l;
        };
        QStringList bad;
        int plurals = 0;
        for (const Message &m : std::as_const(m_messages)) {
            if (m.numerus) {
                ++plurals;
                if (m.forms.size() != 2)
                    bad << QStringLiteral("%1 plural forms: %2").arg(m.forms.size()).arg(m.source);
            }
            for (const QString &f : m.forms) {
                if (set(f) != set(m.source))
                    bad << QStringLiteral("placeholders: %1 → %2").arg(m.source, f);
                const bool accel = m.source.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
                if (accel != f.contains(QRegularExpression(QStringLiteral("&[^&\\s]"))))
                    bad << QStringLiteral("accelerator: %1 → %2").arg(m.source, f);
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        QVERIFY(plurals > 30);
        // The plural forms are used: one and many.
        QCOMPARE(QCoreApplication::translate("LibraryDialog", "%n runbook(s) in the library", nullptr, 1), QStringLiteral("1 Runbook in der Bibliothek"));
        QCOMPARE(QCoreApplication::translate("LibraryDialog", "%n runbook(s) in the library", nullptr, 3), QStringLiteral("3 Runbooks in der Bibliothek"));
    }

    void numbersAndDatesFollowTheLocale()
    {
        QCOMPARE(QLocale().toString(62416), QStringLiteral("62.416"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        QCOMPARE(QLocale().toString(QDate(2026, 12, 7), QLocale::ShortFormat), QStringLiteral("07.12.26"));
    }

    // runbook-cli under a German locale: its usage, a command's help and a message.
    void cliSpeaksGerman()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        cli.setProcessEnvironment(env);
        auto run = [&](const QStringList &args) {
            cli.start(QStringLiteral(RUNBOOK_CLI), args);
            cli.waitForFinished(30000);
            return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        };
        const QString help = run({QStringLiteral("--help")});
        QVERIFY2(help.contains(QStringLiteral("Befehle:")) && help.contains(QStringLiteral("Das gelesene Modell eines Runbooks")), qPrintable(help));
        const QString check = run({QStringLiteral("check"), QStringLiteral("--help")});
        QVERIFY2(check.contains(QStringLiteral("Alarmtabelle")) && check.contains(QStringLiteral("Ausgabe als JSON.")), qPrintable(check));
        const QString missing = run({QStringLiteral("check")});
        QCOMPARE(cli.exitCode(), 64);
        QVERIFY2(missing.contains(QStringLiteral("Bitte ein Runbook.")), qPrintable(missing));
        QVERIFY(englishIn(help.split(QLatin1Char('\n'))).isEmpty());
    }

    // The window, its menus and every dialog it opens, in German: none of the English source texts.
    void windowAndDialogsShowNoEnglish()
    {
        AppSettings settings;
        settings.setProfile(QStringLiteral("demo"));
        QtDialogProvider dialogs; // Qt's real dialogs, as the app has them
        const QString runbook = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");
        MainWindow w(settings, dialogs, runbook, true, m_dir.filePath(QStringLiteral("de.sqlite")));
        w.resize(1280, 800);
        w.show();
        QTRY_VERIFY(w.runbook() && w.session()->storeReady());
        QStringList found;
        auto look = [&](const QString &where) {
            for (const QString &e : englishIn(textsOf(&w)))
                found << where + QStringLiteral(": ") + e;
        };
        look(QStringLiteral("window"));
        bool opened = false;

        // An incident, through the real title dialog (its German read, then cancelled), then made.
        found << walkDialog([&] { w.findChild<QAction *>(QStringLiteral("newIncidentAction"))->trigger(); }, QStringLiteral("new incident"), &opened);
        QVERIFY2(opened, "the new-incident dialog did not open");
        w.session()->createIncident(QStringLiteral("Trinkgelder schlagen fehl"), *w.runbook());
        QTRY_VERIFY(w.session()->current());
        for (int s = 0; s < w.runbook()->sections.size(); ++s) {
            w.selectSection(s);
            QTest::qWait(10);
            look(QStringLiteral("section %1").arg(s));
        }
        const QList<QPair<QString, QString>> actions = {
            {QStringLiteral("aboutAction"), QStringLiteral("about")},
            {QStringLiteral("storeAction"), QStringLiteral("incident store")},
            {QStringLiteral("logSourceAction"), QStringLiteral("log source")},
            {QStringLiteral("secretsAction"), QStringLiteral("secrets")},
            {QStringLiteral("alertSettingsAction"), QStringLiteral("alerts and library settings")},
            {QStringLiteral("libraryAction"), QStringLiteral("open from library")},
        };
        for (const auto &[name, what] : actions) {
            QAction *a = w.findChild<QAction *>(name);
            QVERIFY2(a, qPrintable(name));
            found << walkDialog([a] { a->trigger(); }, what, &opened);
            QVERIFY2(opened, qPrintable(what + QStringLiteral(" did not open")));
        }
        // A probe's dialog (Database Reconciliation's first step) and a live query's samples.
        w.selectSection(w.runbook()->sections.size() - 1);
        w.sectionPage()->selectStep(0);
        auto *run = w.findChild<QPushButton *>(QStringLiteral("runActionButton"));
        QTRY_VERIFY(run->isVisible());
        run->click();
        auto *probe = w.findChild<ActionDialog *>();
        QVERIFY(probe);
        QTRY_VERIFY_WITH_TIMEOUT(probe->findChild<QPushButton *>(QStringLiteral("markDoneButton"))->isVisible(), 20000);
        for (const QString &e : englishIn(textsOf(probe)))
            found << QStringLiteral("probe dialog: ") + e;
        probe->close();
        w.selectSection(0);
        w.sectionPage()->selectStep(0);
        LivePanel *live = w.sectionPage()->livePanel();
        QTRY_VERIFY_WITH_TIMEOUT(live->model()->rowCount() > 0 && live->model()->index(0, 1).data().toString().remove(QLatin1Char('.')).toInt() > 0, 20000);
        look(QStringLiteral("live counts"));
        // The window's numbers in German: "Aktualisiert 12:51 · 62.394 Zeilen aus …".
        const QString status = live->findChild<QLabel *>(QStringLiteral("liveStatusLabel"))->text();
        QVERIFY2(status.contains(QRegularExpression(QStringLiteral("\\b\\d{1,3}\\.\\d{3} Zeilen aus"))), qPrintable(status));
        live->showSamples(0);
        auto *samples = w.findChild<SamplesDialog *>();
        QVERIFY(samples);
        for (const QString &e : englishIn(textsOf(samples)))
            found << QStringLiteral("samples: ") + e;
        samples->close();
        // The menus, each opened.
        for (QMenu *m : w.findChildren<QMenu *>())
            for (const QString &e : englishIn(textsOf(m)))
                found << QStringLiteral("menu %1: ").arg(plain(m->title())) + e;
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("English in the German window:\n") + found.join(QLatin1Char('\n'))));
    }

    // The incident notes of the window's incident, in German: Markdown and HTML
    // headings and messages, and none of the English source texts.
    void reportSpeaksGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString runbookPath = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");
        const auto runbook = RunbookParser::parseFile(runbookPath);
        QVERIFY(runbook);
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
        const auto incident = store.createIncident(QStringLiteral("Trinkgelder schlagen fehl"), runbook.value(), QStringLiteral("tester"));
        QVERIFY(incident);
        const IncidentReport report = IncidentReport::build(incident.value(), runbook.value());
        const QString md = ReportWriter::markdown(report);
        for (const QString &heading : {QStringLiteral("Zeitleiste (UTC)"), QStringLiteral("Grundursache"), QStringLiteral("Folgeaufgaben"), QStringLiteral("Noch keine Zusammenfassung.")})
            QVERIFY2(md.contains(heading), qPrintable(heading));
        QStringList english;
        for (const QString &line : md.split(QLatin1Char('\n')))
            if (m_english->matches(QString(line).remove(QRegularExpression(QStringLiteral("^[#*_>| -]+|[*_|]+$")))))
                english << line;
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        QVERIFY(ReportWriter::html(report).contains(QStringLiteral("Zeitleiste (UTC)")));
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"

// Nothing cut off on a laptop screen: at 1280×800 and 1024×768, in English and
// in German, the window's
// toolbars fit, and the sections, checklist, live counts and metrics tables
// fit their panels (no sideways scrolling, no column past the edge) in every
// section of the flagship runbook; what may still be elided has a tooltip.
#include "DialogProvider.h"
#include "GuiDemo.h"
#include "LivePanel.h"
#include "MetricsModel.h"
#include "DemoWindowTest.h"
#include "MainWindow.h"
#include "SectionPage.h"
#include "Translations.h"
#include "NoDialogs.h"

#include "DemoBackend.h"
#include "DemoHost.h"
#include "base/AppSettings.h"
#include "incident/IncidentSession.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

class TestLayout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A view whose columns run past its viewport, or that scrolls sideways.
    static QString overflow(const QTreeView *v)
    {
        if (!v || !v->isVisible())
            return {};
        const int length = v->header()->length(), width = v->viewport()->width();
        if (length > width + 1 || v->horizontalScrollBar()->maximum() > 0)
            return QStringLiteral("%1: columns %2 px in %3 px").arg(v->objectName()).arg(length).arg(width);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(setUpDemoWindowTest());
    }

    void nothingCutOff_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) { // German's words are longer
            QTest::newRow(qPrintable(QStringLiteral("1280x800 ") + language)) << QSize(1280, 800) << language;
            QTest::newRow(qPrintable(QStringLiteral("1024x768 ") + language)) << QSize(1024, 768) << language;
        }
    }

    void nothingCutOff()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QVERIFY(Translations::install(QLocale(language)) == (language == QStringLiteral("de")));
        const auto english = qScopeGuard([] { Translations::install(QLocale(QLocale::English)); });
        const QString name = QStringLiteral("layout-%1-%2").arg(size.width()).arg(language);
        AppSettings settings(m_dir.filePath(name + QStringLiteral(".ini")));
        settings.setProfile(QStringLiteral("demo"));
        NoDialogs dialogs(QStringLiteral("Blob deletion failures spiking"));
        const QString runbook = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");
        MainWindow w(settings, dialogs, runbook, true, m_dir.filePath(name + QStringLiteral(".sqlite")));
        w.resize(size);
        w.show();
        QTRY_VERIFY(w.runbook() && w.session()->storeReady());
        w.session()->createIncident(QStringLiteral("Blob deletion failures spiking"), *w.runbook());
        QTRY_VERIFY(w.session()->current());
        QTRY_VERIFY_WITH_TIMEOUT(w.sectionPage()->livePanel()->metricsModel()->rowCount() > 0, 20000);
        QStringList problems;
        // Every toolbar fits: no overflow chevron.
        for (QToolBar *tb : w.findChildren<QToolBar *>())
            for (QToolButton *b : tb->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
                if (b->isVisible())
                    problems << QStringLiteral("toolbar %1 overflows").arg(tb->objectName());
        auto *sections = w.findChild<QTreeView *>(QStringLiteral("sectionsView"));
        QVERIFY(sections);
        for (int s = 0; s < w.runbook()->sections.size(); ++s) {
            w.selectSection(s);
            QTest::qWait(30);
            for (const QString &name : {QStringLiteral("sectionsView"), QStringLiteral("liveView"), QStringLiteral("metricsView")})
                if (const QString p = overflow(w.findChild<QTreeView *>(name)); !p.isEmpty())
                    problems << QStringLiteral("section %1, %2").arg(s).arg(p);
            for (QTreeView *v : w.sectionPage()->findChildren<QTreeView *>())
                if (v->model() && v->model()->columnCount() > 3 && v->objectName().isEmpty())
                    if (const QString p = overflow(v); !p.isEmpty())
                        problems << QStringLiteral("section %1, checklist: %2").arg(s).arg(p);
            // A section's name wraps; its whole name is in the tooltip for when it still does not fit.
            const QModelIndex title = sections->model()->index(s, 0);
            if (!title.data(Qt::ToolTipRole).toString().contains(title.data().toString()))
                problems << QStringLiteral("section %1 has no tooltip with its name").arg(s);
            // Rows grow to their wrapped text: a name needs no more lines than its row has.
            // The text's rect is the style's, as it paints the cell (icon and margins taken off).
            const QRect row = sections->visualRect(title);
            QStyleOptionViewItem opt;
            opt.initFrom(sections);
            opt.rect = row;
            opt.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
            opt.decorationSize = sections->iconSize().isValid() ? sections->iconSize() : QSize(16, 16);
            opt.text = title.data().toString();
            const QRect area = sections->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, sections);
            const QRect text = sections->fontMetrics().boundingRect(QRect(0, 0, area.width(), 10000), Qt::TextWordWrap, opt.text);
            if (area.height() + 1 < text.height())
                problems << QStringLiteral("section %1's name is %2 px high in a %3 px row").arg(s).arg(text.height()).arg(area.height());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The window is where the user left it: size, every splitter, the section.
    void remembersSizeSplittersAndSection()
    {
        const QString ini = m_dir.filePath(QStringLiteral("remember.ini"));
        const QString runbook = QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md");
        NoDialogs dialogs(QStringLiteral("t"));
        QList<int> checklistSizes;
        {
            AppSettings settings(ini);
            MainWindow w(settings, dialogs, runbook, true, m_dir.filePath(QStringLiteral("remember.sqlite")));
            w.resize(1100, 700);
            w.show();
            QTRY_VERIFY(w.runbook() && w.session()->storeReady());
            w.selectSection(4);
            auto *splitter = w.findChild<QSplitter *>(QStringLiteral("checklistSplitter"));
            QVERIFY(splitter);
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({total / 3, total - total / 3});
            checklistSizes = splitter->sizes();
            w.close();
        }
        AppSettings settings(ini);
        MainWindow w(settings, dialogs, runbook, true, m_dir.filePath(QStringLiteral("remember.sqlite")));
        w.show();
        QTRY_VERIFY(w.runbook() && w.session()->storeReady());
        QCOMPARE(w.size(), QSize(1100, 700));
        QTRY_COMPARE(w.currentSectionRow(), 4);
        QCOMPARE(w.findChild<QSplitter *>(QStringLiteral("checklistSplitter"))->sizes(), checklistSizes);
    }

    // Controls for what a runbook does not have stay hidden: no route metrics
    // to read without an http_field metric, no demo reset off a demo profile.
    void flagshipControlsOnlyWhereTheyApply()
    {
        const QString dir = m_dir.filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(dir));
        QFile rb(dir + QStringLiteral("/plain.md"));
        QVERIFY(rb.open(QIODevice::WriteOnly));
        rb.write("# Disk full\n\n## Mitigation\n\n1. Find the largest folders: `du -sh /var/*`\n2. Rotate the logs\n");
        rb.close();
        AppSettings settings(m_dir.filePath(QStringLiteral("plain.ini")));
        NoDialogs dialogs(QStringLiteral("t"));
        MainWindow plain(settings, dialogs, rb.fileName(), true, m_dir.filePath(QStringLiteral("plain.sqlite")));
        plain.show();
        QTRY_VERIFY(plain.runbook());
        QVERIFY(!plain.findChild<QAction *>(QStringLiteral("readRouteMetricsAction"))->isVisible());
        QVERIFY(!plain.findChild<QAction *>(QStringLiteral("resetDemoAction"))->isVisible());

        AppSettings flagshipSettings(m_dir.filePath(QStringLiteral("flagship.ini")));
        flagshipSettings.setProfile(QStringLiteral("demo"));
        MainWindow flagship(flagshipSettings, dialogs, QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"), true,
                            m_dir.filePath(QStringLiteral("flagship.sqlite")));
        flagship.show();
        QTRY_VERIFY(flagship.runbook() && flagship.currentProfile());
        QTRY_VERIFY(flagship.findChild<QAction *>(QStringLiteral("readRouteMetricsAction"))->isVisible());
        QVERIFY(flagship.findChild<QAction *>(QStringLiteral("resetDemoAction"))->isVisible());
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"

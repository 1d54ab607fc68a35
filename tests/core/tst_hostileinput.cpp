// Hostile input to the readers of user text: deep nesting, huge lines and
// backtick storms give a clear message (with its line or column) at once —
// never a crash, a hang or a regex that backtracks. The inline-Markdown
// helpers, rewritten as linear scanners, still read every line of the shipped
// and test runbooks exactly as the regular expressions they replaced did.
#include "base/TextUtil.h"
#include "logs/LogQueryParser.h"
#include "logs/QueryMatcher.h"
#include "runbook/RunbookParser.h"
#include "wiring/WiringLoader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

// The regular expressions TextUtil used before (backtracking: 14 s on a 20 KB
// line of backticks); kept here as the reference for ordinary text.
QString referenceStrip(const QString &markdown)
{
    static const QRegularExpression code(QStringLiteral("(`+) ?(.+?) ?\\1(?!`)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emph(QStringLiteral("(\\*\\*|\\*|~~)(?=\\S)(.+?)(?<=\\S)\\1"));
    QStringList saved;
    QString out;
    qsizetype last = 0;
    auto it = code.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        out += markdown.mid(last, m.capturedStart() - last);
        out += QStringLiteral("\x01%1\x02").arg(saved.size());
        saved.append(m.captured(2));
        last = m.capturedEnd();
    }
    out += markdown.mid(last);
    out.replace(link, QStringLiteral("\\1"));
    for (int i = 0; i < 2; ++i)
        out.replace(emph, QStringLiteral("\\2"));
    for (qsizetype i = 0; i < saved.size(); ++i)
        out.replace(QStringLiteral("\x01%1\x02").arg(i), saved.at(i));
    return out;
}

QStringList referenceCodeSpans(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("(`+)(?: (?=.*` ))?(.+?)(?: )?\\1(?!`)"));
    QStringList spans;
    auto it = re.globalMatch(markdown);
    while (it.hasNext())
        spans.append(it.next().captured(2));
    return spans;
}

// Every inline text the parser reads: headings, list items, paragraphs, cells.
QStringList corpusLines()
{
    QStringList lines;
    QStringList files = {QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md")};
    QDirIterator it(QStringLiteral(RUNBOOK_TEST_DATA), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f));
        bool inFence = false; // code blocks are verbatim, never inline Markdown
        for (const QByteArray &l : file.readAll().split('\n')) {
            QString s = QString::fromUtf8(l).trimmed();
            if (s.startsWith(QStringLiteral("```")) || s.startsWith(QStringLiteral("~~~"))) {
                inFence = !inFence;
                continue;
            }
            if (inFence)
                continue;
            s.remove(QRegularExpression(QStringLiteral("^(#+|[-*+]|\\d+[.)]|\\|)\\s*")));
            if (!s.isEmpty())
                lines.append(s);
        }
    }
    return lines;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private:
    static Runbook parseTimed(const QByteArray &text, qint64 *ms)
    {
        QElapsedTimer t;
        t.start();
        Runbook rb = RunbookParser::parse(text, QStringLiteral("hostile.md"));
        *ms = t.elapsed();
        return rb;
    }
    static bool hasWarning(const Runbook &rb, int line, const QString &fragment)
    {
        for (const ParseMessage &m : rb.messages)
            if (m.line == line && m.message.contains(fragment))
                return true;
        return false;
    }

private Q_SLOTS:
    void inlineHelpersMatchTheReferenceOnRealRunbooks()
    {
        const QStringList lines = corpusLines();
        QVERIFY2(lines.size() > 150, qPrintable(QString::number(lines.size())));
        int withCode = 0;
        for (const QString &l : lines) {
            QCOMPARE(TextUtil::stripInlineMarkdown(l), referenceStrip(l));
            QCOMPARE(TextUtil::codeSpans(l), referenceCodeSpans(l));
            withCode += !TextUtil::codeSpans(l).isEmpty();
        }
        QVERIFY(withCode >= 30); // the flagship alone has 30 lines with `code`
    }

    void inlineHelpersReadMarkdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("code") << QStringLiteral("Verify `CRON_SECRET` is set") << QStringLiteral("Verify CRON_SECRET is set");
        QTest::newRow("double fence") << QStringLiteral("run `` a`b `` now") << QStringLiteral("run a`b now");
        QTest::newRow("unclosed code") << QStringLiteral("a ` b") << QStringLiteral("a ` b");
        QTest::newRow("emphasis in code kept") << QStringLiteral("`*x*` and *y*") << QStringLiteral("*x* and y");
        QTest::newRow("strong") << QStringLiteral("**Warning:** check") << QStringLiteral("Warning: check");
        QTest::newRow("strike") << QStringLiteral("~~old~~ new") << QStringLiteral("old new");
        QTest::newRow("nested") << QStringLiteral("***both***") << QStringLiteral("both");
        QTest::newRow("spaced star") << QStringLiteral("2 * 3 * 4") << QStringLiteral("2 * 3 * 4");
        QTest::newRow("link") << QStringLiteral("see [the docs](https://x.example/a) now") << QStringLiteral("see the docs now");
        QTest::newRow("not a link") << QStringLiteral("array[0] (first)") << QStringLiteral("array[0] (first)");
        QTest::newRow("emphasis ends at its line") << QStringLiteral("*a\nb*") << QStringLiteral("*a\nb*");
    }
    void inlineHelpersReadMarkdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(TextUtil::stripInlineMarkdown(markdown), plain);
    }

    void inlineHelpersAreLinear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("20 KB of backticks") << QString(20'000, QLatin1Char('`'));
        QTest::newRow("backtick runs of every length") << [] {
            QString s;
            for (int n = 1; s.size() < 20'000; ++n)
                s += QString(n, QLatin1Char('`')) + QLatin1Char('a');
            return s;
        }();
        QTest::newRow("unclosed stars") << QStringLiteral("*a ").repeated(7'000);
        QTest::newRow("unclosed links") << QStringLiteral("[a](").repeated(5'000);
        QTest::newRow("brackets") << QStringLiteral("[[[[").repeated(5'000);
        QTest::newRow("tildes") << QStringLiteral("~~x").repeated(7'000);
    }
    void inlineHelpersAreLinear()
    {
        QFETCH(QString, text);
        QElapsedTimer t;
        t.start();
        const QString plain = TextUtil::stripInlineMarkdown(text);
        const QStringList spans = TextUtil::codeSpans(text);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
        QVERIFY(!plain.isEmpty());
        Q_UNUSED(spans);
    }

    // Repeated structure is linear: one heading x 16,000 took 29 s, one
    // alert-table row x 8,000 8.6 s, the flagship repeated to 1 MB 15 s.
    void repeatedStructureIsLinear_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("sections");
        QTest::addColumn<int>("rules");
        QTest::newRow("one heading x 16,000") << QByteArray("# T\n\n") + QByteArray("## Check the database\n\n").repeated(16'000) << 16'000 << 0;
        QTest::newRow("one alert-table row x 8,000")
            << QByteArray("# T\n\n## Alert Thresholds\n\n| Metric | Warning | Critical |\n|---|---|---|\n") +
                   QByteArray("| Clerk webhook 500s per hour | > 5 | > 20 |\n").repeated(8'000)
            << 1 << 8'000;
        QFile f(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray flagship = f.readAll() + "\n";
        const int copies = int(1'000'000 / flagship.size()) + 1;
        const Runbook one = RunbookParser::parse(flagship);
        QTest::newRow("the flagship repeated to 1 MB") << flagship.repeated(copies) << -1 << int(one.thresholds.size()) * copies;
    }
    void repeatedStructureIsLinear()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, sections);
        QFETCH(int, rules);
        qint64 ms = 0;
        const Runbook rb = parseTimed(text, &ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        if (sections >= 0)
            QCOMPARE(int(rb.sections.size()), sections);
        QCOMPARE(int(rb.thresholds.size()), rules);
        for (const ThresholdRule &r : rb.thresholds) // a rule finds its section whatever the size
            if (sections < 0)
                QVERIFY2(!r.sectionId.isEmpty(), qPrintable(r.id));
        QSet<QString> ids;
        for (const Section &s : rb.sections)
            ids.insert(s.id);
        for (const ThresholdRule &r : rb.thresholds)
            ids.insert(r.id);
        QCOMPARE(int(ids.size()), int(rb.sections.size() + rb.thresholds.size())); // every id unique
        if (sections == 1)
            QCOMPARE(rb.thresholds.last().id, rb.thresholds.first().id + QStringLiteral("-%1").arg(rules));
    }

    void backtickLineInARunbook()
    {
        qint64 ms = 0;
        const Runbook rb = parseTimed("# T\n\n## S\n\n1. " + QByteArray(20'000, '`') + "\n2. next\n", &ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QCOMPARE(rb.sections.size(), 1);
        QCOMPARE(rb.sections.first().steps.size(), 2);
    }

    // Code and front matter built to make the language and placeholder readers
    // backtrack, or yaml-cpp recurse: read within a second, never a crash.
    void hostileCodeAndFrontMatter_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::newRow("read -a … without =") << QByteArray("## A\n\n```sh\nread " + QByteArray("-a ").repeated(30'000) + "X\n```\n");
        QTest::newRow("stream selector") << QByteArray("## A\n\n```\n{" + QByteArray("a=\"b\",").repeated(30'000) + "\n```\n");
        QTest::newRow("open {{") << QByteArray("## A\n\n```\n" + QByteArray("x{{ ").repeated(30'000) + "\n```\n");
        QTest::newRow("open <") << QByteArray("## A\n\n```\n" + QByteArray("<a").repeated(30'000) + "\n```\n");
        QTest::newRow("$ prompts") << QByteArray("## A\n\n```console\n" + QByteArray("$ $X \\\n").repeated(20'000) + "```\n");
        QTest::newRow("deep YAML front matter") << QByteArray("---\ntitle: " + QByteArray(50'000, '[') + "\n---\n\n## A\n\n1. x\n");
        QTest::newRow("deep TOML front matter") << QByteArray("+++\ntitle = " + QByteArray(50'000, '[') + "\n+++\n\n## A\n\n1. x\n");
        QTest::newRow("deep TOML tables") << QByteArray("+++\na = " + QByteArray("{a = ").repeated(5'000) + QByteArray(5'000, '}') + "\n+++\n\n## A\n\n1. x\n");
        QTest::newRow("nested maps") << QByteArray("---\na: " + QByteArray("{a: ").repeated(5'000) + QByteArray(5'000, '}') + "\n---\n\n## A\n\n1. x\n");
    }

    void hostileCodeAndFrontMatter()
    {
        QFETCH(QByteArray, doc);
        qint64 ms = 0;
        const Runbook rb = parseTimed(doc, &ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QCOMPARE(rb.sections.size(), 1);
        QVERIFY(rb.stepCount() >= 1);
    }

    void deepNestingInARunbook_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("20,000 ordered markers") << QByteArray("1. ").repeated(20'000) + "deep";
        QTest::newRow("20,000 bullets") << QByteArray("- ").repeated(20'000) + "deep";
        QTest::newRow("20,000 quotes") << QByteArray("> ").repeated(20'000) + "deep";
        QTest::newRow("mixed") << QByteArray("> - 1. ").repeated(7'000) + "deep";
    }
    void deepNestingInARunbook()
    {
        QFETCH(QByteArray, line);
        qint64 ms = 0;
        const Runbook rb = parseTimed("# Title\n\n## Steps\n\n1. first\n\n" + line + "\n\n## After\n\n1. still read\n", &ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QVERIFY2(hasWarning(rb, 7, QStringLiteral("nest deeper than 32 levels at line 7")), qPrintable(rb.messages.isEmpty() ? QString() : rb.messages.first().message));
        // What came before and after the deep line is read as usual.
        QCOMPARE(rb.sections.size(), 2);
        QCOMPARE(rb.sections.last().title, QStringLiteral("After"));
        QCOMPARE(rb.sections.last().steps.size(), 1);
        QVERIFY(!rb.sections.first().steps.isEmpty());
        QCOMPARE(rb.sections.first().steps.first().text, QStringLiteral("first"));
    }

    void ordinaryNestingIsNotFlagged()
    {
        QByteArray md = "# T\n\n## S\n\n";
        for (int d = 0; d < 8; ++d)
            md += QByteArray(d * 2, ' ') + "- level " + QByteArray::number(d) + "\n";
        qint64 ms = 0;
        const Runbook rb = parseTimed(md, &ms);
        QVERIFY(rb.messages.isEmpty());
    }

    void deepQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("column");
        QTest::newRow("8,000 parentheses") << QString(8'000, QLatin1Char('(')) + QStringLiteral("a") + QString(8'000, QLatin1Char(')')) << 65;
        QTest::newRow("20,000 NOTs") << QStringLiteral("NOT ").repeated(20'000) + QStringLiteral("a") << 257;
        QTest::newRow("20,000 minus signs") << QString(20'000, QLatin1Char('-')) + QStringLiteral("a") << 65;
        QTest::newRow("unclosed 8,000") << QString(8'000, QLatin1Char('(')) << 65;
        // Value groups recurse through the field-value reader: 15,000 of them
        // overflowed the stack (and 8,000 took 6 s) before they counted.
        QTest::newRow("15,000 @attr:( groups") << QStringLiteral("@a:") + QString(15'000, QLatin1Char('(')) + QStringLiteral("x") + QString(15'000, QLatin1Char(')')) << 68;
        QTest::newRow("8,000 unclosed @attr:( groups") << QStringLiteral("@a:") + QString(8'000, QLatin1Char('(')) << 68;
        // Every recursive construct shares the one limit: mixed, they count together.
        // 10 x "(NOT " is 20 levels; then every "@a:(" adds one: the 45th
        // opens level 65 at column 50 + 44 * 4 + 4 = 230.
        QTest::newRow("mixed parentheses, NOT and value groups")
            << QStringLiteral("(NOT ").repeated(10) + QStringLiteral("@a:(").repeated(5'000)
                   + QStringLiteral("x")
            << 230;
    }
    void deepQueries()
    {
        QFETCH(QString, query);
        QFETCH(int, column);
        QElapsedTimer t;
        t.start();
        const auto r = LogQueryParser::parse(query);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("nests deeper than 64 levels")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QStringLiteral("column %1").arg(column)), qPrintable(r.error()));
    }

    void nestingWithinTheLimitStillMatches()
    {
        const QString q = QString(60, QLatin1Char('(')) + QStringLiteral("NOT NOT error") + QString(60, QLatin1Char(')'));
        const auto r = LogQueryParser::parse(q);
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        LogEvent e;
        e.message = QStringLiteral("an error happened");
        QVERIFY(QueryMatcher(r.value()).matches(e));
        e.message = QStringLiteral("fine");
        QVERIFY(!QueryMatcher(r.value()).matches(e));
    }

    void deepQueryInAWiringIsAnErrorWithItsPosition()
    {
        const Runbook rb = RunbookParser::parse("# T\n\n## S\n\n1. step\n", QStringLiteral("t.md"));
        const QByteArray yaml = "version: 1\n"
                                "profiles:\n"
                                "  p:\n"
                                "    connectors:\n"
                                "      logs: { kind: file, path: /tmp/none.ndjson }\n"
                                "metrics:\n"
                                "  m:\n"
                                "    kind: count\n"
                                "    window: 1h\n"
                                "    count:\n"
                                "      - query: \""
            + QByteArray(8'000, '(') + "a" + QByteArray(8'000, ')') + "\"\n";
        QElapsedTimer t;
        t.start();
        const Wiring w = WiringLoader::parse(yaml, QStringLiteral("t.wiring.yaml"), &rb);
        QVERIFY(t.elapsed() < 1000);
        bool found = false;
        for (const WiringMessage &m : w.messages)
            found |= m.level == WiringMessage::Error && m.line == 11 && m.column == 16 && m.message.contains(QStringLiteral("nests deeper than 64 levels"));
        QVERIFY2(found, qPrintable(w.messages.isEmpty() ? QStringLiteral("no message") : w.messages.first().message));
    }

    void deepYamlIsAnErrorNotACrash()
    {
        const Runbook rb = RunbookParser::parse("# T\n\n## S\n\n1. step\n", QStringLiteral("t.md"));
        for (const QByteArray &yaml : {QByteArray(100'000, '['), "a: " + QByteArray("{b: ").repeated(50'000), QByteArray("- ").repeated(50'000)}) {
            QElapsedTimer t;
            t.start();
            const Wiring w = WiringLoader::parse(yaml, QStringLiteral("t.wiring.yaml"), &rb);
            QVERIFY(t.elapsed() < 1000);
            QVERIFY(!w.messages.isEmpty());
            QCOMPARE(w.messages.first().level, WiringMessage::Error);
            QVERIFY(w.messages.first().line >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"

// The query language: each construct, each error with its column, the
// flagship's queries and patterns, and the three back ends on one AST.
#include "logs/DatadogQueryWriter.h"
#include "logs/LogQlWriter.h"
#include "logs/LogQueryParser.h"
#include "logs/QueryMatcher.h"
#include "runbook/RunbookParser.h"

#include <QJsonArray>
#include <QtTest>

namespace {
LogEvent makeEvent(const QString &message, const QJsonObject &attrs = {}, const QString &level = QStringLiteral("info"))
{
    LogEvent e;
    e.timestampMs = 1'795'000'000'000;
    e.message = message;
    e.level = level;
    e.service = QStringLiteral("web");
    e.tags = {QStringLiteral("env:prod"), QStringLiteral("team:payments")};
    e.attributes = attrs;
    return e;
}
bool match(const QString &query, const LogEvent &e)
{
    const auto n = LogQueryParser::parse(query);
    if (!n)
        qFatal("query does not parse: %s", qPrintable(n.error()));
    return QueryMatcher(n.value()).matches(e);
}
} // namespace

class TestLogQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void constructs_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("expected");
        // message: [upload] Failed to clean up previous avatar blobs ; attrs: status 500, path, http.method, duration 1200
        QTest::newRow("term") << QStringLiteral("Failed") << true;
        QTest::newRow("term case-sensitive") << QStringLiteral("failed") << false;
        QTest::newRow("phrase") << QStringLiteral("\"[upload] Failed to clean up\"") << true;
        QTest::newRow("phrase order matters") << QStringLiteral("\"clean up Failed\"") << false;
        QTest::newRow("implicit AND") << QStringLiteral("Failed avatar") << true;
        QTest::newRow("implicit AND fails") << QStringLiteral("Failed tip") << false;
        QTest::newRow("explicit AND") << QStringLiteral("Failed AND avatar") << true;
        QTest::newRow("OR") << QStringLiteral("tip OR avatar") << true;
        QTest::newRow("OR none") << QStringLiteral("tip OR webhook") << false;
        QTest::newRow("minus") << QStringLiteral("Failed -avatar") << false;
        QTest::newRow("NOT") << QStringLiteral("Failed NOT tip") << true;
        QTest::newRow("parentheses") << QStringLiteral("(tip OR blobs) AND Failed") << true;
        QTest::newRow("nested parentheses") << QStringLiteral("((tip OR webhook) OR (clean AND up)) -\"x y\"") << true;
        QTest::newRow("@attr number") << QStringLiteral("@statusCode:500") << true;
        QTest::newRow("@attr other number") << QStringLiteral("@statusCode:404") << false;
        QTest::newRow("@attr string") << QStringLiteral("@path:/api/upload") << true;
        QTest::newRow("@attr quoted") << QStringLiteral("@path:\"/api/upload\"") << true;
        QTest::newRow("@attr nested path") << QStringLiteral("@http.method:POST") << true;
        QTest::newRow("@attr OR group") << QStringLiteral("@http.method:(GET OR POST)") << true;
        QTest::newRow("@attr OR group none") << QStringLiteral("@http.method:(GET OR PUT)") << false;
        QTest::newRow("tag") << QStringLiteral("env:prod") << true;
        QTest::newRow("tag other") << QStringLiteral("env:staging") << false;
        QTest::newRow("reserved status") << QStringLiteral("status:error") << true;
        QTest::newRow("reserved service") << QStringLiteral("service:web") << true;
        QTest::newRow("wildcard term") << QStringLiteral("ava*") << true;
        QTest::newRow("wildcard middle") << QStringLiteral("p*ous") << true;
        QTest::newRow("wildcard no match") << QStringLiteral("zz*") << false;
        QTest::newRow("wildcard attr") << QStringLiteral("@path:/api/*") << true;
        QTest::newRow("wildcard inside quotes is literal") << QStringLiteral("\"clean*\"") << false;
        QTest::newRow("range") << QStringLiteral("@statusCode:[500 TO 599]") << true;
        QTest::newRow("range out") << QStringLiteral("@statusCode:[400 TO 499]") << false;
        QTest::newRow("compare >") << QStringLiteral("@durationMs:>1000") << true;
        QTest::newRow("compare >= edge") << QStringLiteral("@durationMs:>=1200") << true;
        QTest::newRow("compare > edge") << QStringLiteral("@durationMs:>1200") << false;
        QTest::newRow("compare <") << QStringLiteral("@durationMs:<100") << false;
        QTest::newRow("exists") << QStringLiteral("@path:*") << true;
        QTest::newRow("exists missing") << QStringLiteral("@userId:*") << false;
        QTest::newRow("escape") << QStringLiteral("\\[upload\\]") << true;
        QTest::newRow("escaped quote in phrase") << QStringLiteral("\"say \\\"hi\\\"\"") << false;
    }
    void constructs()
    {
        QFETCH(QString, query);
        QFETCH(bool, expected);
        const LogEvent e = makeEvent(QStringLiteral("[upload] Failed to clean up previous avatar blobs"),
                                 {{QStringLiteral("statusCode"), 500},
                                  {QStringLiteral("path"), QStringLiteral("/api/upload")},
                                  {QStringLiteral("http"), QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")}}},
                                  {QStringLiteral("durationMs"), 1200}},
                                 QStringLiteral("error"));
        QCOMPARE(match(query, e), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote") << QStringLiteral("@status:500 \"abc") << QStringLiteral("unclosed quote at column 13");
        QTest::newRow("unclosed paren") << QStringLiteral("(a OR b") << QStringLiteral("unclosed parenthesis at column 1");
        QTest::newRow("stray paren") << QStringLiteral("a OR b)") << QStringLiteral("unexpected ')' at column 7");
        QTest::newRow("dangling OR") << QStringLiteral("a OR") << QStringLiteral("'OR' at column 3 has nothing after it");
        QTest::newRow("dangling NOT") << QStringLiteral("a NOT") << QStringLiteral("'NOT' at column 3 has nothing after it");
        QTest::newRow("missing value") << QStringLiteral("@status: x") << QStringLiteral("missing value after '@status:' at column 1");
        QTest::newRow("range without TO") << QStringLiteral("@d:[1 5]") << QStringLiteral("expected 'TO' in the range at column 7");
        QTest::newRow("unclosed range") << QStringLiteral("@d:[1 TO 5") << QStringLiteral("unclosed range at column 4");
        QTest::newRow("not a number") << QStringLiteral("@d:>abc") << QStringLiteral("expected a number at column 5");
        QTest::newRow("empty parens") << QStringLiteral("a ()") << QStringLiteral("empty parentheses at column 3");
        QTest::newRow("trailing escape") << QStringLiteral("abc\\") << QStringLiteral("escape at the end of the query at column 4");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("empty query");
        QTest::newRow("lone AND") << QStringLiteral("AND") << QStringLiteral("'AND' at column 1 has nothing before it");
        QTest::newRow("leading OR") << QStringLiteral("OR error") << QStringLiteral("'OR' at column 1 has nothing before it");
        QTest::newRow("AND after AND") << QStringLiteral("a AND AND b") << QStringLiteral("'AND' at column 7 has nothing before it");
        QTest::newRow("unclosed value group") << QStringLiteral("@status:(500 OR 502") << QStringLiteral("unclosed parenthesis at column 9");
    }
    void errors()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const auto r = LogQueryParser::parse(query);
        QVERIFY(!r);
        QCOMPARE(r.error(), message);
    }

    void flagshipQueriesAndPatternsParse()
    {
        const auto rb = RunbookParser::parseFile(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"));
        QVERIFY(rb);
        int patterns = 0;
        for (const Section &s : rb->sections)
            for (const Monitor &m : s.monitors)
                if (m.kind == MonitorKind::LogPattern) {
                    ++patterns;
                    // As a query (quoted) and as a runbook pattern.
                    QString quoted = m.value;
                    QVERIFY2(LogQueryParser::parse(QLatin1Char('"') + quoted.replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"')),
                             qPrintable(m.value));
                    const QueryMatcher pm(QueryNode::fromRunbookPattern(m.value));
                    QVERIFY(!pm.requiredLiterals().isEmpty());
                }
        QCOMPARE(patterns, 13);
        for (const LogQuery &q : rb->queries)
            QVERIFY2(LogQueryParser::parse(q.query), qPrintable(q.query));
        QCOMPARE(rb->queries.size(), 5);
    }

    void numberPlaceholder()
    {
        const QueryMatcher m(QueryNode::fromRunbookPattern(QStringLiteral("[cleanup-photos] Deleted X orphaned records")));
        QVERIFY(m.extracts());
        std::optional<double> x;
        QVERIFY(m.matches(makeEvent(QStringLiteral("[cleanup-photos] Deleted 120 orphaned records")), &x));
        QCOMPARE(*x, 120.0);
        QVERIFY(!m.matches(makeEvent(QStringLiteral("[cleanup-photos] Deleted many orphaned records"))));
        QVERIFY(!m.matches(makeEvent(QStringLiteral("[cleanup-photos] Deleted X orphaned records"))));
        QCOMPARE(m.requiredLiterals(), QStringList{QStringLiteral("[cleanup-photos] Deleted ")}); // the longer piece
    }

    void requiredLiterals()
    {
        auto lits = [](const QString &q) { return QueryMatcher(LogQueryParser::parse(q).value()).requiredLiterals(); };
        QCOMPARE(lits(QStringLiteral("\"[cleanup-photos]\" OR \"[upload] Failed to clean up\"")),
                 (QStringList{QStringLiteral("[cleanup-photos]"), QStringLiteral("[upload] Failed to clean up")}));
        QCOMPARE(lits(QStringLiteral("\"[capture-tip]\" event_type")), QStringList{QStringLiteral("[capture-tip]")});
        QCOMPARE(lits(QStringLiteral("@path:\"/api/clerk/webhook\" @statusCode:500")), QStringList{QStringLiteral("/api/clerk/webhook")});
        QVERIFY(lits(QStringLiteral("-foo")).isEmpty());
        QVERIFY(lits(QStringLiteral("foo OR -bar")).isEmpty());
        QVERIFY(lits(QStringLiteral("@d:>5")).isEmpty());
    }

    void threeBackEndsOnOneAst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("datadog");
        QTest::addColumn<QString>("logql");
        QTest::newRow("phrase OR phrase") << QStringLiteral("\"[cleanup-photos]\" OR \"[upload] Failed to clean up\"")
                                          << QStringLiteral("\"[cleanup-photos]\" OR \"[upload] Failed to clean up\"")
                                          << QStringLiteral("{app=\"web\"} |~ \"\\\\[cleanup\\\\-photos\\\\]|\\\\[upload\\\\]\\\\ Failed\\\\ to\\\\ clean\\\\ up\"");
        QTest::newRow("and + not") << QStringLiteral("\"Race condition detected\" -handle")
                                   << QStringLiteral("\"Race condition detected\" -handle")
                                   << QStringLiteral("{app=\"web\"} |= \"Race condition detected\" != \"handle\"");
        QTest::newRow("attributes") << QStringLiteral("@path:\"/api/clerk/webhook\" @statusCode:500")
                                    << QStringLiteral("@path:\"/api/clerk/webhook\" @statusCode:500")
                                    << QStringLiteral("{app=\"web\"} | json | path=\"/api/clerk/webhook\" | statusCode==500");
        QTest::newRow("range and exists") << QStringLiteral("@statusCode:[500 TO 599] @userId:*")
                                          << QStringLiteral("@statusCode:[500 TO 599] @userId:*")
                                          << QStringLiteral("{app=\"web\"} | json | statusCode>=500 and statusCode<=599 | userId!=\"\"");
    }
    void threeBackEndsOnOneAst()
    {
        QFETCH(QString, query);
        QFETCH(QString, datadog);
        QFETCH(QString, logql);
        const QueryNode n = LogQueryParser::parse(query).value();
        QCOMPARE(DatadogQueryWriter::write(n).query, datadog);
        QCOMPARE(LogQlWriter::logQuery(n, QStringLiteral("{app=\"web\"}")).value(), logql);
        // The Datadog string reads back as the same query.
        const QueryNode again = LogQueryParser::parse(DatadogQueryWriter::write(n).query).value();
        QCOMPARE(DatadogQueryWriter::write(again).query, datadog);
    }

    void datadogCaveatsAndPatterns()
    {
        const auto out = DatadogQueryWriter::write(QueryNode::fromRunbookPattern(QStringLiteral("[cleanup-photos] Deleted X orphaned records")));
        QCOMPARE(out.query, QStringLiteral("\"[cleanup-photos] Deleted\" \"orphaned records\""));
        QVERIFY(out.needsPostFilter);
        QCOMPARE(out.warnings.size(), 1);
        QVERIFY(out.warnings.first().contains(QStringLiteral("cannot search '[' or ']'")));
        const auto plain = DatadogQueryWriter::write(LogQueryParser::parse(QStringLiteral("\"Race condition detected\"")).value());
        QVERIFY(!plain.needsPostFilter);
        QVERIFY(plain.warnings.isEmpty());
    }

    void logqlCountAndUntranslatable()
    {
        const QueryNode p = QueryNode::fromRunbookPattern(QStringLiteral("[cleanup-photos] Deleted X orphaned records"));
        QCOMPARE(LogQlWriter::countQuery(p, QStringLiteral("{job=\"vercel\"}"), QStringLiteral("1h")).value(),
                 QStringLiteral("sum(count_over_time({job=\"vercel\"} |~ \"\\\\[cleanup\\\\-photos\\\\]\\\\ Deleted\\\\ -?[0-9]+(?:\\\\.[0-9]+)?\\\\ orphaned\\\\ records\" [1h]))"));
        const auto bad = LogQlWriter::logQuery(LogQueryParser::parse(QStringLiteral("foo OR @status:500")).value(), {});
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("cannot translate to LogQL: an OR that mixes message text and attributes"));
        const auto notGroup = LogQlWriter::logQuery(LogQueryParser::parse(QStringLiteral("-(a b)")).value(), {});
        QVERIFY(!notGroup);
        QVERIFY(notGroup.error().contains(QStringLiteral("NOT around a group")));
    }

    void timestamps()
    {
        QCOMPARE(LogTime::parse(QStringView(u"2026-11-28T10:00:00Z")).value(), 1'795'860'000'000LL);
        QCOMPARE(LogTime::parse(QStringView(u"2026-11-28T11:00:00+01:00")).value(), 1'795'860'000'000LL);
        QCOMPARE(LogTime::parse(QStringView(u"2026-11-28T05:30:00.250-04:30")).value(), 1'795'860'000'250LL);
        QCOMPARE(LogTime::parse(QStringView(u"2026-11-28 10:00:00.5")).value(), 1'795'860'000'500LL);
        QCOMPARE(LogTime::parse(QStringView(u"1795860000000")).value(), 1'795'860'000'000LL);
        QCOMPARE(LogTime::parse(QStringView(u"1795860000")).value(), 1'795'860'000'000LL);
        QVERIFY(!LogTime::parse(QStringView(u"2026-13-28T10:00:00Z")));
        QVERIFY(!LogTime::parse(QStringView(u"yesterday")));
        QCOMPARE(LogTime::parseRelative(QStringLiteral("now-24h"), 100'000'000).value(), 100'000'000 - 86'400'000);
        QCOMPARE(LogTime::parseDuration(QStringLiteral("15m")).value(), 900'000);
        QVERIFY(!LogTime::parseDuration(QStringLiteral("15x")));
    }

    // A time that names no instant is refused, never rolled over into another
    // one (2026-02-31 is not March 3), wherever a time is read.
    void impossibleTimesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Feb 31") << QStringLiteral("2026-02-31T00:00:00Z");
        QTest::newRow("Feb 29, not a leap year") << QStringLiteral("2026-02-29T12:00:00Z");
        QTest::newRow("Feb 29, 1900") << QStringLiteral("1900-02-29T12:00:00Z");
        QTest::newRow("Apr 31") << QStringLiteral("2026-04-31T12:00:00Z");
        QTest::newRow("day 0") << QStringLiteral("2026-04-00T12:00:00Z");
        QTest::newRow("hour 24") << QStringLiteral("2026-04-01T24:00:00Z");
        QTest::newRow("second 61") << QStringLiteral("2026-04-01T23:59:61Z");
        QTest::newRow("offset hour 24") << QStringLiteral("2026-04-01T12:00:00+24:00");
        QTest::newRow("offset minute 60") << QStringLiteral("2026-04-01T12:00:00+01:60");
        QTest::newRow("offset cut short") << QStringLiteral("2026-04-01T12:00:00+01:");
        QTest::newRow("letters after") << QStringLiteral("2026-04-01T12:00:00Zjunk");
        QTest::newRow("fraction without digits") << QStringLiteral("2026-04-01T12:00:00.Z");
        QTest::newRow("epoch past qint64") << QStringLiteral("9999999999999999999");
        QTest::newRow("two dots") << QStringLiteral("1795860000.1.2");
        QTest::newRow("date only, Feb 30") << QStringLiteral("2026-02-30");
    }
    void impossibleTimesAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY2(!LogTime::parse(QStringView(text)), qPrintable(LogTime::toIso(LogTime::parse(QStringView(text)).value_or(0))));
        QVERIFY(!LogTime::parseRelative(text, 0));
    }

    void possibleTimesStillRead()
    {
        QCOMPARE(LogTime::parse(QStringView(u"2024-02-29T12:00:00Z")).value(), 1'709'208'000'000LL);
        QCOMPARE(LogTime::parse(QStringView(u"2000-02-29T00:00:00Z")).value(), 951'782'400'000LL);
        QCOMPARE(LogTime::parse(QStringView(u"2026-12-31T23:59:59.999Z")).value(), 1'798'761'599'999LL);
        QCOMPARE(LogTime::parse(QStringView(u"2026-11-28T10:00Z")).value(), 1'795'860'000'000LL); // no seconds
        QCOMPARE(LogTime::parse(QStringView(u"2026-11-28")).value(), 1'795'824'000'000LL);        // a day: its midnight, UTC
        QCOMPARE(LogTime::parse(QStringView(u"1795860000.5")).value(), 1'795'860'000'500LL);
    }

    void durationsThatOverflowAreRefused()
    {
        QVERIFY(!LogTime::parseDuration(QStringLiteral("99999999999999999w")));
        QVERIFY(!LogTime::parseDuration(QStringLiteral("9223372036854775807s")));
        QVERIFY(!LogTime::parseRelative(QStringLiteral("now-99999999999999999d"), 0));
        QCOMPARE(LogTime::parseDuration(QStringLiteral("400d")).value(), 400LL * 86'400'000);
    }
};

QTEST_GUILESS_MAIN(TestLogQuery)
#include "tst_logquery.moc"

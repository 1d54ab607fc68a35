#include "CliCommands.h"
#include "wiring/ProfileTargets.h"

#include "CliWiring.h"
#include "DemoBackend.h"
#include "DemoDatabase.h"
#include "DemoLogGenerator.h"
#include "base/TextUtil.h"
#include "logs/LogQueryParser.h"
#include "logs/LogSource.h"
#include "runbook/RunbookParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace {
} // namespace

int runDemoData(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), cliText("Output directory."), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), cliText("Random seed."), QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption days(QStringLiteral("days"), cliText("Days of history."), QStringLiteral("D"), QStringLiteral("7"));
    const QCommandLineOption end(QStringLiteral("end"), cliText("Time of the last line (default: now)."), QStringLiteral("T"));
    const QCommandLineOption size(QStringLiteral("size"), cliText("Grow background traffic to about this many bytes."), QStringLiteral("BYTES"));
    p.addOptions({out, seed, days, end, size});
    if (!p.parse(QStringList{QStringLiteral("runbook-cli")} + args) || !p.isSet(out)) {
        ctx.err << (p.errorText().isEmpty() ? cliText("usage: runbook-cli demo-data --out DIR [--seed N] [--days D] [--end T] [--size BYTES]")
                                            : p.errorText())
                << Qt::endl;
        return 64;
    }
    DemoLogOptions o;
    bool ok = true;
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return ctx.err << cliText("--seed must be a number") << Qt::endl, 64;
    o.days = p.value(days).toInt(&ok);
    if (!ok)
        return ctx.err << cliText("--days must be a number") << Qt::endl, 64;
    if (p.isSet(end)) {
        const auto ms = LogTime::parseRelative(p.value(end), QDateTime::currentMSecsSinceEpoch());
        if (!ms)
            return ctx.err << cliText("--end: cannot read \"%1\" as a time").arg(p.value(end)) << Qt::endl, 64;
        o.end = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    if (p.isSet(size)) {
        QString s = p.value(size).toUpper();
        qint64 mult = 1;
        if (s.endsWith(QLatin1Char('G')) || s.endsWith(QStringLiteral("GB"))) mult = 1LL << 30;
        else if (s.endsWith(QLatin1Char('M')) || s.endsWith(QStringLiteral("MB"))) mult = 1LL << 20;
        else if (s.endsWith(QLatin1Char('K')) || s.endsWith(QStringLiteral("KB"))) mult = 1LL << 10;
        s.remove(QRegularExpression(QStringLiteral("[KMG]B?$")));
        o.sizeBytes = s.toLongLong(&ok) * mult;
        if (!ok)
            return ctx.err << cliText("--size: cannot read \"%1\"").arg(p.value(size)) << Qt::endl, 64;
    }
    const auto r = DemoLogGenerator::write(p.value(out), o);
    if (!r)
        return ctx.err << r.error() << Qt::endl, 1;
    // The app's database and the blob store's contents, consistent with each other.
    if (Status db = DemoDatabase::write(p.value(out), o.end.isValid() ? o.end : QDateTime::fromMSecsSinceEpoch(r->lastMs, Qt::UTC)); !db)
        return ctx.err << db.error() << Qt::endl, 1;
    ctx.out << cliText("wrote %1: %2 lines, %3 bytes, %4 … %5")
                   .arg(r->path).arg(r->lines).arg(r->bytes).arg(LogTime::toIso(r->firstMs), LogTime::toIso(r->lastMs))
            << Qt::endl;
    return 0;
}

int runQuery(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption source(QStringLiteral("source"), cliText("file:PATH, datadog:BASE_URL or loki:BASE_URL."), QStringLiteral("SPEC"));
    const QCommandLineOption from(QStringLiteral("from"), cliText("Window start (ISO-8601 or now-24h)."), QStringLiteral("T"), QStringLiteral("now-24h"));
    const QCommandLineOption to(QStringLiteral("to"), cliText("Window end, exclusive."), QStringLiteral("T"), QStringLiteral("now"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), cliText("Bucket size (1h, 15m, 1d)."), QStringLiteral("D"), QStringLiteral("1h"));
    const QCommandLineOption samples(QStringLiteral("samples"), cliText("Sample events per query."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption json(QStringLiteral("json"), cliText("JSON output."));
    const QCommandLineOption selector(QStringLiteral("selector"), cliText("Loki stream selector."), QStringLiteral("SEL"));
    const QCommandLineOption pattern(QStringLiteral("pattern"), cliText("A runbook log pattern (exact; X is a number)."), QStringLiteral("TEXT"));
    const QCommandLineOption runbook(QStringLiteral("runbook"), cliText("Add every log pattern and named query of a runbook."), QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"), cliText("What \"now\" is (ISO-8601)."), QStringLiteral("T"));
    p.addOptions({source, from, to, bucket, samples, json, selector, pattern, runbook, at});
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    p.addPositionalArgument(QStringLiteral("QUERY"), cliText("Datadog-syntax queries."));
    if (!p.parse(QStringList{QStringLiteral("runbook-cli")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return 64;
    }
    if (!p.isSet(source) && !p.isSet(runbook)) {
        ctx.err << cliText("usage: runbook-cli query --source SPEC | --runbook R [--wiring W] [--profile P] [--from T] [--to T] "
                           "[--bucket 1h] [--samples N] [--json] QUERY…")
                << Qt::endl;
        return 64;
    }
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (p.isSet(at)) {
        const auto ms = LogTime::parse(QStringView(p.value(at)));
        if (!ms)
            return ctx.err << cliText("--at: cannot read \"%1\" as a time").arg(p.value(at)) << Qt::endl, 2;
        now = *ms;
    }
    LogRequest req;
    const auto f = LogTime::parseRelative(p.value(from), now);
    const auto t = LogTime::parseRelative(p.value(to), now);
    const auto b = LogTime::parseDuration(p.value(bucket));
    if (!f || !t)
        return ctx.err << cliText("cannot read the time \"%1\"").arg(!f ? p.value(from) : p.value(to)) << Qt::endl, 2;
    if (!b)
        return ctx.err << cliText("cannot read the bucket size \"%1\" (e.g. 1h, 15m, 1d)").arg(p.value(bucket)) << Qt::endl, 2;
    if (*t <= *f)
        return ctx.err << cliText("the window is empty: --to must be after --from") << Qt::endl, 2;
    req.fromMs = *f;
    req.toMs = *t;
    req.bucketMs = *b;
    req.samples = p.value(samples).toInt();
    if (req.bucketCount() > 100'000)
        return ctx.err << cliText("too many buckets (%1); choose a larger --bucket").arg(req.bucketCount()) << Qt::endl, 2;

    for (const QString &q : p.positionalArguments()) {
        const auto node = LogQueryParser::parse(q);
        if (!node) {
            ctx.err << cliText("query \"%1\": %2").arg(TextUtil::elided(q), node.error()) << Qt::endl;
            return 2; // nothing is run
        }
        req.queryTexts.append(q);
        req.queries.push_back(node.value());
    }
    for (const QString &pat : p.values(pattern)) {
        req.queryTexts.append(pat);
        req.queries.push_back(QueryNode::fromRunbookPattern(pat));
    }
    if (p.isSet(runbook)) {
        const auto rb = RunbookParser::parseFile(p.value(runbook));
        if (!rb)
            return ctx.err << rb.error() << Qt::endl, 2;
        for (const Section &s : rb->sections)
            for (const Monitor &m : s.monitors)
                if (m.kind == MonitorKind::LogPattern) {
                    req.queryTexts.append(m.value);
                    req.queries.push_back(QueryNode::fromRunbookPattern(m.value));
                }
        for (const LogQuery &q : rb->queries) {
            const auto node = LogQueryParser::parse(q.query);
            if (!node)
                return ctx.err << cliText("%1:%2: query \"%3\": %4").arg(p.value(runbook)).arg(q.line).arg(q.name, node.error()) << Qt::endl, 2;
            req.queryTexts.append(q.query);
            req.queries.push_back(node.value());
        }
    }
    if (req.queries.empty())
        return ctx.err << cliText("no query given") << Qt::endl, 64;

    LogSourceOptions options;
    options.lokiSelector = p.value(selector);
    QString spec = p.value(source);
    if (!spec.isEmpty()) {
        const auto setup = ProfileTargets::adHocLogSource(spec, options);
        if (!setup)
            return ctx.err << setup.error() << Qt::endl, 2;
        options = setup->options;
    } else {
        // The log source of the runbook's wiring profile; its secrets resolved from their references.
        const auto rb = RunbookParser::parseFile(p.value(runbook));
        const auto w = rb ? wiringOpts.load(p, rb.value(), CliWiring::Demo::Data) : Result<CliWiring::Loaded>::failure(rb.error());
        if (!w)
            return ctx.err << w.error() << Qt::endl, 2;
        if (!w->profile)
            return ctx.err << cliText("no --source, and no wiring profile to take the log source from") << Qt::endl, 2;
        const auto setup = ProfileTargets::logSource(*w->profile, CliWiring::variables(p.value(runbook)));
        if (!setup)
            return ctx.err << setup.error() << Qt::endl, 2;
        spec = setup->spec;
        const QString selectorOverride = options.lokiSelector;
        options = setup->options;
        if (!selectorOverride.isEmpty())
            options.lokiSelector = selectorOverride;
    }
    auto src = LogSource::create(spec, options);
    if (!src)
        return ctx.err << src.error() << Qt::endl, 2;
    const LogResult result = runLogRequest(*src->get(), req);

    if (p.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(result.toJson(req)).toJson(QJsonDocument::Indented));
    } else {
        for (size_t i = 0; i < result.queries.size(); ++i) {
            const LogQueryResult &q = result.queries[i];
            ctx.out << QStringLiteral("%1\t%2").arg(q.total, 8).arg(q.query);
            if (q.extracts && q.numbers.count > 0)
                ctx.out << QStringLiteral("\t(X: last %1, sum %2, min %3, max %4)").arg(q.numbers.last).arg(q.numbers.sum).arg(q.numbers.min).arg(q.numbers.max);
            ctx.out << Qt::endl;
            for (const QString &w : q.warnings)
                ctx.err << cliText("warning: ") << w << Qt::endl;
        }
        ctx.out << cliText("scanned %1, skipped %2%3").arg(result.scanned).arg(result.skipped).arg(result.partial ? cliText(", PARTIAL") : QString())
                << Qt::endl;
    }
    for (const QString &w : result.warnings)
        ctx.err << cliText("warning: ") << w << Qt::endl;
    for (const QString &s : result.skippedExamples)
        ctx.err << cliText("skipped: ") << s << Qt::endl;
    for (const QString &e : result.errors)
        ctx.err << cliText("error: ") << e << Qt::endl;
    return result.errors.isEmpty() ? 0 : 1;
}

int runDemoServe(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption logs(QStringLiteral("logs"), cliText("NDJSON log file to serve."), QStringLiteral("FILE"));
    const QCommandLineOption port(QStringLiteral("port"), cliText("Port on 127.0.0.1 (default: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption database(QStringLiteral("database"), cliText("The app's SQLite database the cron routes read."), QStringLiteral("FILE"));
    p.addOptions({logs, port, database});
    if (!p.parse(QStringList{QStringLiteral("runbook-cli")} + args) || !p.isSet(logs)) {
        ctx.err << cliText("usage: runbook-cli demo-serve --logs FILE [--port N]") << Qt::endl;
        return 64;
    }
    DemoBackend backend;
    // The fake services accept the demo's own secrets (demo:NAME in a wiring).
    backend.useDemoSecrets();
    backend.setDatabase(p.value(database));
    if (p.isSet(database))
        (void)backend.loadBlobs(QFileInfo(p.value(database)).absoluteDir().filePath(QStringLiteral("blobs.json")));
    if (Status s = backend.loadLogs(p.value(logs)); !s)
        return ctx.err << s.error() << Qt::endl, 1;
    if (backend.listen(quint16(p.value(port).toUInt())) == 0)
        return ctx.err << cliText("cannot listen on 127.0.0.1:%1").arg(p.value(port)) << Qt::endl, 1;
    ctx.out << cliText("serving %1 events on %2 (Datadog: datadog:%2, Loki: loki:%2)").arg(backend.eventCount()).arg(backend.baseUrl()) << Qt::endl;
    ctx.flush();
    return QCoreApplication::exec();
}

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
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Output directory."), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed."), QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption days(QStringLiteral("days"), Cli::tr("Days of history."), QStringLiteral("D"), QStringLiteral("7"));
    const QCommandLineOption end(QStringLiteral("end"), Cli::tr("Time of the last line (default: now)."), QStringLiteral("T"));
    const QCommandLineOption size(QStringLiteral("size"), Cli::tr("Grow background traffic to about this many bytes."), QStringLiteral("BYTES"));
    p.addOptions({out, seed, days, end, size});
    if (const auto done = parseCommand(p, QStringLiteral("demo-data"), args, ctx))
        return *done;
    if (!p.isSet(out))
        return cliUsageError(p, QStringLiteral("demo-data"), ctx, Cli::tr("--out DIR is needed."));
    DemoLogOptions o;
    bool ok = true;
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return ctx.err << Cli::tr("--seed must be a number") << Qt::endl, 64;
    o.days = p.value(days).toInt(&ok);
    if (!ok)
        return ctx.err << Cli::tr("--days must be a number") << Qt::endl, 64;
    if (p.isSet(end)) {
        const auto ms = LogTime::parseRelative(p.value(end), QDateTime::currentMSecsSinceEpoch());
        if (!ms)
            return ctx.err << Cli::tr("--end: cannot read \"%1\" as a time").arg(p.value(end)) << Qt::endl, 64;
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
            return ctx.err << Cli::tr("--size: cannot read \"%1\"").arg(p.value(size)) << Qt::endl, 64;
    }
    const auto r = DemoLogGenerator::write(p.value(out), o);
    if (!r)
        return ctx.err << r.error() << Qt::endl, 1;
    // The app's database and the blob store's contents, consistent with each other.
    if (Status db = DemoDatabase::write(p.value(out), o.end.isValid() ? o.end : QDateTime::fromMSecsSinceEpoch(r->lastMs, Qt::UTC)); !db)
        return ctx.err << db.error() << Qt::endl, 1;
    ctx.out << Cli::tr("wrote %1: %2 lines, %3 bytes, %4 … %5")
                   .arg(r->path).arg(r->lines).arg(r->bytes).arg(LogTime::toIso(r->firstMs), LogTime::toIso(r->lastMs))
            << Qt::endl;
    return 0;
}

int runQuery(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption source(QStringLiteral("source"), Cli::tr("file:PATH, datadog:BASE_URL or loki:BASE_URL."), QStringLiteral("SPEC"));
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("Window start (ISO-8601 or now-24h)."), QStringLiteral("T"), QStringLiteral("now-24h"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("Window end, exclusive."), QStringLiteral("T"), QStringLiteral("now"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), Cli::tr("Bucket size (1h, 15m, 1d)."), QStringLiteral("D"), QStringLiteral("1h"));
    const QCommandLineOption samples(QStringLiteral("samples"), Cli::tr("Sample events per query."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("JSON output."));
    const QCommandLineOption selector(QStringLiteral("selector"), Cli::tr("Loki stream selector."), QStringLiteral("SEL"));
    const QCommandLineOption pattern(QStringLiteral("pattern"), Cli::tr("A runbook log pattern (exact; X is a number)."), QStringLiteral("TEXT"));
    const QCommandLineOption runbook(QStringLiteral("runbook"), Cli::tr("Add every log pattern and named query of a runbook."), QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"), Cli::tr("What \"now\" is (ISO-8601)."), QStringLiteral("T"));
    p.addOptions({source, from, to, bucket, samples, json, selector, pattern, runbook, at});
    CliWiring wiringOpts;
    wiringOpts.addTo(p);
    p.addPositionalArgument(QStringLiteral("QUERY"), Cli::tr("Datadog-syntax queries."), QStringLiteral("[QUERY…]"));
    if (const auto done = parseCommand(p, QStringLiteral("query"), args, ctx))
        return *done;
    if (!p.isSet(source) && !p.isSet(runbook))
        return cliUsageError(p, QStringLiteral("query"), ctx, Cli::tr("--source SPEC or --runbook R is needed."));
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (p.isSet(at)) {
        const auto ms = LogTime::parse(QStringView(p.value(at)));
        if (!ms)
            return ctx.err << Cli::tr("--at: cannot read \"%1\" as a time").arg(p.value(at)) << Qt::endl, 2;
        now = *ms;
    }
    LogRequest req;
    const auto f = LogTime::parseRelative(p.value(from), now);
    const auto t = LogTime::parseRelative(p.value(to), now);
    const auto b = LogTime::parseDuration(p.value(bucket));
    if (!f || !t)
        return ctx.err << Cli::tr("cannot read the time \"%1\"").arg(!f ? p.value(from) : p.value(to)) << Qt::endl, 2;
    if (!b)
        return ctx.err << Cli::tr("cannot read the bucket size \"%1\" (e.g. 1h, 15m, 1d)").arg(p.value(bucket)) << Qt::endl, 2;
    if (*t <= *f)
        return ctx.err << Cli::tr("the window is empty: --to must be after --from") << Qt::endl, 2;
    req.fromMs = *f;
    req.toMs = *t;
    req.bucketMs = *b;
    req.samples = p.value(samples).toInt();
    if (req.bucketCount() > 100'000)
        return ctx.err << Cli::tr("too many buckets (%1); choose a larger --bucket").arg(req.bucketCount()) << Qt::endl, 2;

    for (const QString &q : p.positionalArguments()) {
        const auto node = LogQueryParser::parse(q);
        if (!node) {
            ctx.err << Cli::tr("query \"%1\": %2").arg(TextUtil::elided(q), node.error()) << Qt::endl;
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
                return ctx.err << Cli::tr("%1:%2: query \"%3\": %4").arg(p.value(runbook)).arg(q.line).arg(q.name, node.error()) << Qt::endl, 2;
            req.queryTexts.append(q.query);
            req.queries.push_back(node.value());
        }
    }
    if (req.queries.empty())
        return ctx.err << Cli::tr("no query given") << Qt::endl, 64;

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
            return ctx.err << Cli::tr("no --source, and no wiring profile to take the log source from") << Qt::endl, 2;
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
                ctx.err << Cli::tr("warning: ") << w << Qt::endl;
        }
        ctx.out << Cli::tr("scanned %1, skipped %2%3").arg(result.scanned).arg(result.skipped).arg(result.partial ? Cli::tr(", PARTIAL") : QString())
                << Qt::endl;
    }
    for (const QString &w : result.warnings)
        ctx.err << Cli::tr("warning: ") << w << Qt::endl;
    for (const QString &s : result.skippedExamples)
        ctx.err << Cli::tr("skipped: ") << s << Qt::endl;
    for (const QString &e : result.errors)
        ctx.err << Cli::tr("error: ") << e << Qt::endl;
    return result.errors.isEmpty() ? 0 : 1;
}

int runDemoServe(const QStringList &args, CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption logs(QStringLiteral("logs"), Cli::tr("NDJSON log file to serve."), QStringLiteral("FILE"));
    const QCommandLineOption port(QStringLiteral("port"), Cli::tr("Port on 127.0.0.1 (default: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption database(QStringLiteral("database"), Cli::tr("The app's SQLite database the cron routes read."), QStringLiteral("FILE"));
    p.addOptions({logs, port, database});
    if (const auto done = parseCommand(p, QStringLiteral("demo-serve"), args, ctx))
        return *done;
    if (!p.isSet(logs))
        return cliUsageError(p, QStringLiteral("demo-serve"), ctx, Cli::tr("--logs FILE is needed."));
    DemoBackend backend;
    // The fake services accept the demo's own secrets (demo:NAME in a wiring).
    backend.useDemoSecrets();
    backend.setDatabase(p.value(database));
    if (p.isSet(database))
        (void)backend.loadBlobs(QFileInfo(p.value(database)).absoluteDir().filePath(QStringLiteral("blobs.json")));
    if (Status s = backend.loadLogs(p.value(logs)); !s)
        return ctx.err << s.error() << Qt::endl, 1;
    if (backend.listen(quint16(p.value(port).toUInt())) == 0)
        return ctx.err << Cli::tr("cannot listen on 127.0.0.1:%1").arg(p.value(port)) << Qt::endl, 1;
    ctx.out << Cli::tr("serving %1 events on %2 (Datadog: datadog:%2, Loki: loki:%2)").arg(backend.eventCount()).arg(backend.baseUrl()) << Qt::endl;
    ctx.flush();
    return QCoreApplication::exec();
}

// log_count: the lines a query matches in the log source over a window (the
// profile's source, or the one the window chose), with samples; and
// vercel_crons: the cron schedules of the app's vercel.json.
#include "actions/StepKind.h"
#include "actions/StepKindsBuiltin.h"

#include "base/AsyncTask.h"
#include "base/LogTime.h"
#include "connectors/VercelCrons.h"
#include "logs/LogQueryParser.h"
#include "wiring/ProfileTargets.h"

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StepKinds)
};

class LogCountKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("log_count")}; }
    QStringList parameterKeys(const Binding &) const override { return {QStringLiteral("window")}; }
    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const QString text = job->param(QStringLiteral("query"));
        const auto node = LogQueryParser::parse(text);
        if (!node)
            return done(StepView::failure(
                Text::tr("%1:%2:%3: query \"%4\": %5").arg(job->wiring.path).arg(job->binding.line).arg(job->binding.column).arg(text, node.error()), 2));
        const QString windowText = job->param(QStringLiteral("window"), QStringLiteral("24h"));
        const auto window = LogTime::parseDuration(windowText);
        if (!window)
            return done(StepView::failure(Text::tr("cannot read the window \"%1\" (e.g. 1h, 24h, 7d)").arg(windowText), 2));
        auto setup = job->logSource ? Result<LogSource::Setup>(*job->logSource) : ProfileTargets::logSource(job->profile, job->vars);
        if (!setup)
            return done(StepView::failure(setup.error()));
        auto src = LogSource::create(setup->spec, setup->options);
        if (!src)
            return done(StepView::failure(src.error()));
        std::shared_ptr<LogSource> source = src.value(); // kept by the connection below, which dies with the job
        LogRequest req;
        req.toMs = QDateTime::currentMSecsSinceEpoch();
        req.fromMs = req.toMs - *window;
        req.bucketMs = std::max<qint64>(*window / 24, 60'000);
        req.samples = 20;
        req.queryTexts = {text};
        req.queries = {node.value()};
        QObject::connect(job, &StepJob::cancelRequested, source.get(), &LogSource::cancel);
        QObject::connect(source.get(), &LogSource::finished, job, [done, text, windowText, req, source](const LogResult &r) {
            if (!r.errors.isEmpty())
                return done(StepView::failure(r.errors.join(QLatin1Char('\n'))));
            StepView v;
            v.table.columns = {Text::tr("Time"), Text::tr("Message")};
            const LogQueryResult &q = r.queries.front();
            for (const LogEvent &e : q.samples)
                v.table.rows.append({LogTime::toIso(e.timestampMs), e.message});
            v.summary = windowText == QStringLiteral("24h") ? Text::tr("%n matching line(s) in the last 24 hours: %1", nullptr, int(q.total)).arg(text)
                                                           : Text::tr("%n matching line(s) in the last %2: %1", nullptr, int(q.total)).arg(text, windowText);
            v.json = r.toJson(req);
            v.value = double(q.total);
            for (qint64 b : q.buckets)
                v.series.append(double(b));
            v.window = windowText;
            done(v);
        });
        job->report(0, 0, Text::tr("Counting…"));
        source->start(req);
    }
};

class VercelCronsKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("vercel_crons")}; }
    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        const QString path = job->field(QStringLiteral("config_path"));
        runAsync(job, [path] { return VercelCrons::read(path); }, [done](Result<SqlTable> t) {
            if (!t)
                return done(StepView::failure(t.error()));
            StepView v;
            v.table = t.value();
            v.summary = Text::tr("%n row(s)", nullptr, int(t->rows.size()));
            v.json = tableJson(v.table);
            done(v);
        });
    }
};
} // namespace

const StepKind *logCountKind()
{
    static const LogCountKind kind;
    return &kind;
}
const StepKind *vercelCronsKind()
{
    static const VercelCronsKind kind;
    return &kind;
}

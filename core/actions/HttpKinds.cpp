// http_status, http_latency, http_json: one of the app's routes. A probe
// asks it (status, latency over tries, JSON fields); bound as an action (a
// cron route runs its job when called) the preview names the call and the
// call happens only with its token.
#include "actions/StepKind.h"
#include "actions/StepKindsBuiltin.h"

#include "base/UrlPath.h"
#include "net/HttpProbe.h"

#include <QJsonDocument>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StepKinds)
};

struct Route
{
    QUrl url;
    QString path;
    QString bearer;
};

// *badRequest: the failure is the path the user gave (exit 2), not the service.
Result<Route> routeOf(StepJob *job, bool *badRequest = nullptr)
{
    using R = Result<Route>;
    const QStringList given = job->paramValues(QStringLiteral("path"));
    const QString raw = given.isEmpty() ? job->binding.params.value(QStringLiteral("path")).toString() : given.last();
    // Normalised first: the prefix, the bearer and the preview's digest are
    // judged on the path the server will read, and that is the path sent.
    const qsizetype q = raw.indexOf(QLatin1Char('?'));
    const auto normal = UrlPath::normalise(q < 0 ? raw : raw.left(q));
    if (badRequest)
        *badRequest = !given.isEmpty();
    if (!normal)
        return R::failure(Text::tr("%1: %2").arg(job->binding.target, normal.error()));
    if (!given.isEmpty()) {
        const QString prefix = job->binding.params.value(QStringLiteral("path_prefix")).toString();
        if (prefix.isEmpty() || !UrlPath::isUnder(normal.value(), prefix))
            return R::failure(Text::tr("%1: the path must start with %2")
                                  .arg(job->binding.target, prefix.isEmpty() ? job->binding.params.value(QStringLiteral("path")).toString() : prefix));
    }
    if (badRequest)
        *badRequest = false;
    const auto routed = routeUrl(job->connector, raw, job->vars);
    if (!routed)
        return R::failure(routed.error());
    const QUrl url = routed.value();
    const QString path = normal.value() + (q < 0 ? QString() : QLatin1Char('?') + raw.mid(q + 1));
    // The credential goes only to the routes that need it (bearer_paths).
    const auto bearer = bearerFor(job->profile, job->connector, url, job->vars);
    if (!bearer)
        return R::failure(bearer.error());
    return Route{url, path, bearer.value()};
}

class HttpKind : public StepKind
{
public:
    QStringList types() const override { return {QStringLiteral("http_status"), QStringLiteral("http_latency"), QStringLiteral("http_json")}; }

    QStringList parameterKeys(const Binding &b) const override
    {
        return b.params.contains(QStringLiteral("path_prefix")) ? QStringList{QStringLiteral("path")} : QStringList();
    }

    void look(StepJob *job, std::function<void(StepView)> done) const override
    {
        bool badRequest = false;
        const auto route = routeOf(job, &badRequest);
        if (!route)
            return done(StepView::failure(route.error(), badRequest ? 2 : 1));
        if (job->isAction()) {
            // The preview: exactly which call. Nothing is asked.
            StepView v;
            v.summary = Text::tr("Calls GET %1 — the route does what it does when Vercel calls it.").arg(route->url.toString());
            v.digest = HttpProbe::callDigest(job->binding.target, job->profile.name, route->url);
            v.inputs = QStringLiteral("GET ") + route->path;
            v.runLabel = Text::tr("Call");
            v.json = {{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("url"), route->url.toString()}};
            return done(v);
        }
        auto *probe = new HttpProbe(job);
        QObject::connect(job, &StepJob::cancelRequested, probe, &HttpProbe::cancel);
        const Binding b = job->binding;
        QObject::connect(probe, &HttpProbe::finished, job, [b, done](const HttpProbeResult &r) {
            if (!r.error.isEmpty())
                return done(StepView::failure(r.error));
            StepView v = viewOf(b, r);
            done(v);
        });
        job->report(0, 0, Text::tr("Asking %1…").arg(route->path));
        probe->start(request(job, route.value()));
    }

    void act(StepJob *job, const StepView &, const QString &token, std::function<void(StepOutcome)> done) const override
    {
        const auto route = routeOf(job);
        if (!route)
            return done(StepOutcome::failure(route.error()));
        auto *probe = new HttpProbe(job);
        const Binding b = job->binding;
        QObject::connect(probe, &HttpProbe::finished, job, [b, done](const HttpProbeResult &r) {
            if (!r.error.isEmpty())
                return done(StepOutcome::failure(r.error));
            StepOutcome o;
            o.durationMs = r.medianMs;
            o.json = r.toJson(b.params.value(QStringLiteral("fields")).toStringList());
            o.result = Text::tr("HTTP %1").arg(r.status);
            o.problem = viewOf(b, r).problem;
            if (!o.problem.isEmpty())
                o.code = 1;
            if (r.body.isObject() || r.body.isArray())
                o.detail = QString::fromUtf8(r.body.isObject() ? QJsonDocument(r.body.toObject()).toJson() : QJsonDocument(r.body.toArray()).toJson());
            done(o);
        });
        job->report(0, 0, Text::tr("Calling %1…").arg(route->path));
        probe->call(request(job, route.value()), job->binding.target, job->profile.name, token); // HttpProbe redeems the token
    }

private:
    static HttpProbe::Request request(StepJob *job, const Route &route)
    {
        return {route.url, "GET", route.bearer, job->param(QStringLiteral("tries"), QStringLiteral("1")).toInt(), 10'000};
    }

    static StepView viewOf(const Binding &b, const HttpProbeResult &r)
    {
        StepView v;
        const QStringList fields = b.params.value(QStringLiteral("fields")).toStringList();
        v.json = r.toJson(fields);
        v.table.columns = {Text::tr("What"), Text::tr("Value")};
        v.table.rows.append({Text::tr("HTTP status"), r.status});
        v.table.rows.append({Text::tr("Latency (median / worst)"),
                             Text::tr("%1 ms / %2 ms over %3").arg(r.medianMs).arg(r.worstMs).arg(r.latenciesMs.size())});
        for (const QString &f : fields)
            v.table.rows.append({f, r.field(f).toVariant()});
        const QJsonObject body = r.body.toObject(); // one object: its begin() and end() must belong together
        for (auto it = body.begin(); it != body.end(); ++it)
            v.table.rows.append({it.key(), it.value().isObject() ? QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                                                                 : it.value().toVariant().toString()});
        v.summary = Text::tr("HTTP %1").arg(r.status);
        const QString expect = b.params.value(QStringLiteral("expect")).toString();
        if (!expect.isEmpty() && QString::number(r.status) != expect)
            v.problem = Text::tr("Expected HTTP %1, got %2%3")
                            .arg(expect)
                            .arg(r.status)
                            .arg(QString::number(r.status) == b.params.value(QStringLiteral("unauthorized")).toString() ? Text::tr(": the secret does not match")
                                                                                                                       : QString());
        return v;
    }
};
} // namespace

const StepKind *httpKind()
{
    static const HttpKind kind;
    return &kind;
}

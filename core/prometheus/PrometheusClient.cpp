#include "prometheus/PrometheusClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("PrometheusClient", s);
}

// Prometheus writes sample values as strings: "1", "0.5", "NaN", "+Inf".
std::optional<double> sampleValue(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (ok)
        return d;
    if (s == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (s == QLatin1String("+Inf") || s == QLatin1String("Inf"))
        return std::numeric_limits<double>::infinity();
    if (s == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    return std::nullopt;
}

// [<unix seconds>, "<value>"]
bool readSample(const QJsonValue &v, qint64 *ms, double *value)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a.at(0).isDouble())
        return false;
    const auto d = sampleValue(a.at(1));
    if (!d)
        return false;
    *ms = qint64(a.at(0).toDouble() * 1000.0);
    *value = *d;
    return true;
}

} // namespace

QString PromSeries::labelText() const
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (it.key() != QLatin1String("__name__"))
            parts.append(QStringLiteral("%1=\"%2\"").arg(it.key(), it.value()));
    const QString name = labels.value(QStringLiteral("__name__"));
    if (parts.isEmpty())
        return name.isEmpty() ? QStringLiteral("{}") : name;
    return name + QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

std::optional<double> PromResult::single(QString *why) const
{
    if (series.size() == 1 && series.first().value)
        return series.first().value;
    if (why)
        *why = series.isEmpty() ? tr("the query returned no series (no data, or a comparison that filtered everything out)")
                                : tr("the query returned %1 series; one number needs one (aggregate with sum, max or avg)").arg(series.size());
    return std::nullopt;
}

Result<PromResult> PromResult::fromJson(const QByteArray &body)
{
    using R = Result<PromResult>;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("the answer is not JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("status")).toString() != QLatin1String("success"))
        return R::failure(tr("status is \"%1\", not success").arg(root.value(QStringLiteral("status")).toString()));
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    PromResult out;
    out.resultType = data.value(QStringLiteral("resultType")).toString();
    for (const QJsonValue &w : root.value(QStringLiteral("warnings")).toArray())
        out.warnings.append(w.toString());
    const QJsonValue result = data.value(QStringLiteral("result"));
    if (out.resultType == QLatin1String("scalar") || out.resultType == QLatin1String("string")) {
        PromSeries s;
        qint64 ms = 0;
        double v = 0;
        if (out.resultType == QLatin1String("scalar")) {
            if (!readSample(result, &ms, &v))
                return R::failure(tr("data.result: expected [time, \"value\"]"));
            s.value = v;
            s.samples.append({ms, v});
        }
        out.series.append(s);
        return out;
    }
    if (out.resultType != QLatin1String("vector") && out.resultType != QLatin1String("matrix"))
        return R::failure(tr("data.resultType: \"%1\" is not vector, matrix, scalar or string").arg(out.resultType));
    const QJsonArray items = result.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        PromSeries s;
        const QJsonObject metric = item.value(QStringLiteral("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            s.labels.insert(it.key(), it.value().toString());
        qint64 ms = 0;
        double v = 0;
        if (out.resultType == QLatin1String("vector")) {
            if (!readSample(item.value(QStringLiteral("value")), &ms, &v))
                return R::failure(tr("data.result[%1].value: expected [time, \"value\"]").arg(i));
            s.value = v;
            s.samples.append({ms, v});
        } else {
            const QJsonArray values = item.value(QStringLiteral("values")).toArray();
            for (qsizetype j = 0; j < values.size(); ++j) {
                if (!readSample(values.at(j), &ms, &v))
                    return R::failure(tr("data.result[%1].values[%2]: expected [time, \"value\"]").arg(i).arg(j));
                s.samples.append({ms, v});
            }
            if (!s.samples.isEmpty())
                s.value = s.samples.last().second;
        }
        out.series.append(s);
    }
    return out;
}

HttpRequester::Policy PrometheusClient::defaultPolicy()
{
    HttpRequester::Policy p;
    p.timeoutMs = 15'000;
    p.maxRetries = 1;
    p.maxBodyBytes = 16'000'000;
    return p;
}

PrometheusClient::PrometheusClient(QUrl base, Auth auth, HttpRequester::Policy policy, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_auth(std::move(auth)), m_http(new HttpRequester(QStringLiteral("Prometheus"), policy, this))
{
}

QNetworkRequest PrometheusClient::request(const QString &path) const
{
    QNetworkRequest r = apiRequest(m_base, path, {}, m_auth);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return r;
}

QString PrometheusClient::errorOf(const HttpResponse &r, const QString &what)
{
    if (r.cancelled)
        return tr("%1: cancelled").arg(what);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (o.value(QStringLiteral("status")).toString() == QLatin1String("error")) {
        const QString type = o.value(QStringLiteral("errorType")).toString();
        const QString msg = o.value(QStringLiteral("error")).toString();
        return tr("%1: Prometheus says %2%3").arg(what, type.isEmpty() ? QString() : type + QStringLiteral(": "), msg);
    }
    if (r.status == 0 || !r.error.isEmpty()) {
        const QString type = contentTypeOf(r);
        if (r.status != 0 && type.contains(QLatin1String("html"), Qt::CaseInsensitive))
            return tr("%1: HTTP %2 with an HTML page, not Prometheus's API (is the URL the Prometheus server, behind no login page?)")
                .arg(what).arg(r.status);
        return r.error;
    }
    const QString type = contentTypeOf(r);
    if (type.contains(QLatin1String("html"), Qt::CaseInsensitive))
        return tr("%1: answered with an HTML page, not Prometheus's API (is the URL the Prometheus server, behind no login page?)").arg(what);
    return {};
}

void PrometheusClient::get(const QString &path, const Form &query, Done done)
{
    const QString what = QStringLiteral("Prometheus %1%2").arg(m_base.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), path);
    QByteArray form;
    for (const auto &[key, value] : query) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    m_http->post(request(path), form, [what, done](const HttpResponse &r) {
        const QString error = errorOf(r, what);
        if (!error.isEmpty())
            return done(Result<PromResult>::failure(error));
        auto parsed = PromResult::fromJson(r.body);
        if (!parsed)
            return done(Result<PromResult>::failure(tr("%1: %2").arg(what, parsed.error())));
        done(parsed);
    });
}

void PrometheusClient::query(const QString &promql, const QDateTime &at, Done done)
{
    Form q;
    q.append({QStringLiteral("query"), promql});
    if (at.isValid())
        q.append({QStringLiteral("time"), QString::number(double(at.toMSecsSinceEpoch()) / 1000.0, 'f', 3)});
    get(QStringLiteral("/api/v1/query"), q, std::move(done));
}

void PrometheusClient::queryRange(const QString &promql, const QDateTime &start, const QDateTime &end, int stepSeconds, Done done)
{
    Form q;
    q.append({QStringLiteral("query"), promql});
    q.append({QStringLiteral("start"), QString::number(double(start.toMSecsSinceEpoch()) / 1000.0, 'f', 3)});
    q.append({QStringLiteral("end"), QString::number(double(end.toMSecsSinceEpoch()) / 1000.0, 'f', 3)});
    q.append({QStringLiteral("step"), QString::number(std::max(1, stepSeconds))});
    get(QStringLiteral("/api/v1/query_range"), q, std::move(done));
}

#include "logs/LogSource.h"

#include "base/AsyncTask.h"
#include "logs/DatadogLogSource.h"
#include "net/HttpRequester.h"
#include "secrets/Redactor.h"
#include "logs/LokiLogSource.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUrl>

Result<std::shared_ptr<LogSource>> LogSource::create(const QString &spec, const LogSourceOptions &options)
{
    using R = Result<std::shared_ptr<LogSource>>;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = colon > 0 ? spec.left(colon) : QString();
    const QString rest = colon > 0 ? spec.mid(colon + 1) : QString();
    if (kind == QStringLiteral("unavailable"))
        return R(std::make_shared<UnavailableLogSource>(rest));
    if (kind == QStringLiteral("file")) {
        if (rest.isEmpty())
            return R::failure(QCoreApplication::translate("LogSource", "file: needs a path (file:PATH)"));
        return R(std::make_shared<FileLogSource>(rest, options.fileFormat));
    }
    if (kind == QStringLiteral("datadog") || kind == QStringLiteral("loki")) {
        const QUrl url(rest);
        if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) || url.host().isEmpty())
            return R::failure(QCoreApplication::translate("LogSource", "%1: needs a base URL such as %1:https://api.datadoghq.com").arg(kind));
        if (kind == QStringLiteral("datadog"))
            return R(std::make_shared<DatadogLogSource>(url, options));
        return R(std::make_shared<LokiLogSource>(url, options));
    }
    return R::failure(QCoreApplication::translate("LogSource", "unknown log source \"%1\" (use file:PATH, datadog:BASE_URL or loki:BASE_URL)").arg(spec));
}

void UnavailableLogSource::start(const LogRequest &request)
{
    LogResult r;
    r.init(request);
    r.errors.append(m_reason);
    r.partial = true;
    // Asynchronous like every source: the caller connects after start().
    QMetaObject::invokeMethod(this, [this, r] { Q_EMIT finished(r); }, Qt::QueuedConnection);
}

FileLogSource::FileLogSource(QString path, LogFileFormat format, QObject *parent)
    : LogSource(parent), m_path(std::move(path)), m_format(std::move(format))
{
}

FileLogSource::~FileLogSource()
{
    cancel();
}

void FileLogSource::start(const LogRequest &request)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    auto cancelFlag = m_cancel;
    const QString path = m_path;
    const LogFileFormat format = m_format;
    const int threads = m_threads;
    // The scan threads only touch atomics; a timer in our thread turns them into signals.
    auto counters = std::make_shared<std::pair<std::atomic<qint64>, std::atomic<qint64>>>();
    auto progressFn = [counters](qint64 done, qint64 total) {
        counters->second.store(total, std::memory_order_relaxed);
        counters->first.store(done, std::memory_order_relaxed);
    };
    m_progressTimer.disconnect();
    connect(&m_progressTimer, &QTimer::timeout, this, [this, counters] {
        if (counters->second.load() > 0)
            Q_EMIT progress(counters->first.load(), counters->second.load());
    });
    m_progressTimer.start(50);
    runAsync(this, [request, path, format, cancelFlag, progressFn, threads] {
        LogScanEngine engine(request, format);
        return engine.scan(path, *cancelFlag, progressFn, threads);
    }, [this, cancelFlag, counters](LogResult r) {
        if (cancelFlag != m_cancel)
            return; // a newer request replaced this one
        m_progressTimer.stop();
        m_running = false;
        // The last word on progress comes before the result (a scan shorter than a tick had none).
        if (counters->second.load() > 0)
            Q_EMIT progress(counters->first.load(), counters->second.load());
        Q_EMIT finished(r);
    });
}

void FileLogSource::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

RemoteLogSource::RemoteLogSource(const QString &serviceName, LogSourceOptions options, QObject *parent)
    : LogSource(parent), m_options(std::move(options)),
      m_http(new HttpRequester(serviceName, {m_options.timeoutMs, m_options.maxRetries, m_options.maxBackoffMs, m_options.firstBackoffMs}, this))
{
}

RemoteLogSource::~RemoteLogSource() = default;

void RemoteLogSource::begin(const LogRequest &request)
{
    cancel();
    ++m_generation;
    m_request = request;
    m_result = {};
    m_result.init(request);
    m_matchers.clear();
    for (const QueryNode &n : request.queries)
        m_matchers.emplace_back(n);
    for (size_t q = 0; q < m_matchers.size(); ++q)
        m_result.queries[q].extracts = m_matchers[q].extracts() || !request.valueField(q).isEmpty();
    m_pending = 0;
    m_total = 0;
    m_running = true;
}

void RemoteLogSource::done()
{
    --m_pending;
    Q_EMIT progress(m_total - m_pending, m_total);
    if (m_pending > 0)
        return;
    m_running = false;
    Q_EMIT finished(m_result);
}

void RemoteLogSource::finishIfIdle()
{
    if (m_pending > 0)
        return;
    m_running = false;
    QMetaObject::invokeMethod(this, [this, r = m_result] { Q_EMIT finished(r); }, Qt::QueuedConnection);
}

void RemoteLogSource::fail(const QString &error)
{
    m_result.errors.append(Redactor::redact(error));
    m_result.partial = true;
}

void RemoteLogSource::record(size_t q, const LogEvent &e)
{
    std::optional<double> number;
    if (!m_matchers[q].matches(e, &number))
        return;
    if (const QString field = m_request.valueField(q); !field.isEmpty()) {
        const QJsonValue v = e.attributes.value(field);
        number = v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }
    ++m_result.scanned;
    LogQueryResult &r = m_result.queries[q];
    if (number) {
        r.numbers.add(*number, e.timestampMs);
        const int bi = m_request.bucketOf(e.timestampMs);
        if (bi >= 0 && bi < int(r.bucketNumbers.size()))
            r.bucketNumbers[size_t(bi)].add(*number, e.timestampMs);
    }
    if (r.samples.size() < m_request.samples)
        r.samples.append(e);
}

void RemoteLogSource::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_http->cancelAll();
    m_running = false;
    m_result.cancelled = true;
    m_result.partial = true;
    Q_EMIT finished(m_result);
}

#include "logs/LogScanEngine.h"

#include "logs/LogFiles.h"
#include "logs/MappedFile.h"
#include "logs/NewlineCount.h"

#include <hs/hs.h>
#include <zlib.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace {
using LogScan::countNewlines;
constexpr qint64 MapWindow = 8 * 1024 * 1024; // mapped at once per thread
constexpr qsizetype BlockSize = 128 * 1024; // stays in L2 from the read through the count and the scan

constexpr int MaxSkippedExamples = 5;

struct Accumulator
{
    std::vector<LogQueryResult> results;
    qint64 scanned = 0;
    qint64 skipped = 0;
    QStringList skippedExamples;
    hs_scratch_t *scratch = nullptr;
    ~Accumulator()
    {
        if (scratch)
            hs_free_scratch(scratch);
    }
};
} // namespace

struct LogScanEngine::Impl
{
    LogRequest request;
    LogFileFormat format;
    std::vector<QueryMatcher> matchers;
    std::vector<int> alwaysQueries; // queries with no literal: every line is a candidate

    // A prefilter: literals compiled into one vectorscan database, each
    // naming the queries a line containing it may match.
    struct Plan
    {
        std::vector<QByteArray> literals;
        std::vector<std::vector<int>> literalQueries;
        hs_database_t *db = nullptr;
        hs_scratch_t *scratch = nullptr;
        ~Plan()
        {
            if (scratch)
                hs_free_scratch(scratch);
            if (db)
                hs_free_database(db);
        }
    };
    std::unique_ptr<Plan> full;    // every query's own literals
    std::unique_ptr<Plan> grouped; // shared prefixes, few enough for the SIMD fast path
    const Plan *plan = nullptr;    // the one scans use
    hs_database_t *db = nullptr;
    std::vector<std::vector<int>> literalQueries;
    hs_scratch_t *protoScratch = nullptr;

    void use(const Plan *p)
    {
        plan = p;
        db = p ? p->db : nullptr;
        literalQueries = p ? p->literalQueries : std::vector<std::vector<int>>{};
        protoScratch = p ? p->scratch : nullptr;
    }
    // Lines of `data` that contain a literal of the plan.
    qint64 candidateLines(const Plan &p, const char *data, qsizetype len) const
    {
        struct C
        {
            const char *data;
            qsizetype len;
            qsizetype lineEnd = -1;
            qint64 lines = 0;
        } c{data, len};
        hs_scratch_t *sc = nullptr;
        hs_clone_scratch(p.scratch, &sc);
        hs_scan(p.db, data, unsigned(len), 0, sc, [](unsigned, unsigned long long, unsigned long long to, unsigned, void *x) -> int {
            C &c = *static_cast<C *>(x);
            if (qsizetype(to) <= c.lineEnd)
                return 0;
            const char *e = static_cast<const char *>(std::memchr(c.data + to - 1, '\n', size_t(c.len - qsizetype(to) + 1)));
            c.lineEnd = e ? e - c.data : c.len;
            ++c.lines;
            return 0;
        }, &c);
        hs_free_scratch(sc);
        return c.lines;
    }

    bool parseLine(const char *p, qsizetype n, LogEvent &e, QString &why) const { return LogScanEngine::parseLine(p, n, format, e, why); }

    void evaluate(const char *p, qsizetype n, const std::vector<int> &queries, Accumulator &acc, const QString &file, qint64 offset) const
    {
        LogEvent e;
        QString why;
        if (!parseLine(p, n, e, why)) {
            ++acc.skipped;
            if (acc.skippedExamples.size() < MaxSkippedExamples)
                acc.skippedExamples.append(QStringLiteral("%1@%2: %3").arg(file).arg(offset).arg(why));
            return;
        }
        if (e.timestampMs < request.fromMs || e.timestampMs >= request.toMs)
            return;
        const int bucket = request.bucketOf(e.timestampMs);
        for (int q : queries) {
            std::optional<double> number;
            if (!matchers[size_t(q)].matches(e, &number))
                continue;
            if (const QString field = request.valueField(size_t(q)); !field.isEmpty()) {
                const QJsonValue v = e.attributes.value(field);
                number = v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
            }
            LogQueryResult &r = acc.results[size_t(q)];
            ++r.total;
            if (bucket >= 0 && bucket < int(r.buckets.size()))
                ++r.buckets[size_t(bucket)];
            if (number) {
                r.numbers.add(*number, e.timestampMs);
                if (bucket >= 0 && bucket < int(r.bucketNumbers.size()))
                    r.bucketNumbers[size_t(bucket)].add(*number, e.timestampMs);
            }
            if (request.samples > 0) {
                // Keep the most recent N.
                if (r.samples.size() < request.samples || e.timestampMs > r.samples.last().timestampMs) {
                    LogEvent s = e;
                    s.origin = QStringLiteral("%1@%2").arg(QFileInfo(file).fileName()).arg(offset);
                    auto pos = std::upper_bound(r.samples.begin(), r.samples.end(), s.timestampMs,
                                                [](qint64 ms, const LogEvent &x) { return ms > x.timestampMs; });
                    r.samples.insert(pos, s);
                    if (r.samples.size() > request.samples)
                        r.samples.removeLast();
                }
            }
        }
    }

    // Scans complete lines in [data, data+len); `offset` is the file offset of data.
    void scanBuffer(const char *data, qsizetype len, qint64 offset, Accumulator &acc, const QString &file) const
    {
        acc.scanned += countNewlines(data, len);
        if (len > 0 && data[len - 1] != '\n')
            ++acc.scanned;
        if (!alwaysQueries.empty()) {
            // Some query has no literal to look for: every line is a candidate.
            std::vector<int> all(matchers.size());
            for (size_t q = 0; q < all.size(); ++q)
                all[q] = int(q);
            qsizetype s = 0;
            while (s < len) {
                const char *nl = static_cast<const char *>(std::memchr(data + s, '\n', size_t(len - s)));
                const qsizetype e = nl ? nl - data : len;
                if (e > s)
                    evaluate(data + s, e - s, all, acc, file, offset + s);
                s = e + 1;
            }
            return;
        }
        if (!db)
            return;
        struct Ctx
        {
            const Impl *self;
            const char *data;
            qsizetype len;
            qint64 offset;
            Accumulator *acc;
            const QString *file;
            qsizetype lineStart = -1;
            qsizetype lineEnd = -1;
            std::vector<int> queries;
            void flush()
            {
                if (lineStart < 0)
                    return;
                std::sort(queries.begin(), queries.end());
                queries.erase(std::unique(queries.begin(), queries.end()), queries.end());
                self->evaluate(data + lineStart, lineEnd - lineStart, queries, *acc, *file, offset + lineStart);
                queries.clear();
                lineStart = -1;
            }
        } ctx{this, data, len, offset, &acc, &file, -1, -1, {}};
        auto onMatch = [](unsigned int id, unsigned long long, unsigned long long to, unsigned int, void *c) -> int {
            Ctx &x = *static_cast<Ctx *>(c);
            const qsizetype at = qsizetype(to) - 1;
            if (x.lineStart >= 0 && at < x.lineEnd) {
                const auto &qs = x.self->literalQueries[id];
                x.queries.insert(x.queries.end(), qs.begin(), qs.end());
                return 0;
            }
            x.flush();
            const char *start = static_cast<const char *>(memrchr(x.data, '\n', size_t(at)));
            x.lineStart = start ? (start - x.data) + 1 : 0;
            const char *end = static_cast<const char *>(std::memchr(x.data + at, '\n', size_t(x.len - at)));
            x.lineEnd = end ? end - x.data : x.len;
            const auto &qs = x.self->literalQueries[id];
            x.queries.assign(qs.begin(), qs.end());
            return 0;
        };
        hs_scan(db, data, unsigned(len), 0, acc.scratch, onMatch, &ctx);
        ctx.flush();
    }
};

namespace {
// Vectorscan's fastest literal matcher (Teddy) takes up to 8 literals.
constexpr int FastLiteralCount = 8;
constexpr int MinPrefix = 4;

std::unique_ptr<LogScanEngine::Impl::Plan> compilePlan(const std::vector<std::pair<QByteArray, std::vector<int>>> &lits, QString &error)
{
    auto plan = std::make_unique<LogScanEngine::Impl::Plan>();
    std::vector<const char *> ptrs;
    std::vector<size_t> lens;
    std::vector<unsigned> flags, ids;
    for (const auto &[lit, queries] : lits) {
        plan->literals.push_back(lit);
        plan->literalQueries.push_back(queries);
    }
    for (size_t i = 0; i < plan->literals.size(); ++i) {
        ptrs.push_back(plan->literals[i].constData());
        lens.push_back(size_t(plan->literals[i].size()));
        flags.push_back(0);
        ids.push_back(unsigned(i));
    }
    hs_compile_error_t *err = nullptr;
    if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(), unsigned(ptrs.size()), HS_MODE_BLOCK, nullptr, &plan->db,
                             &err) != HS_SUCCESS) {
        error = LogScanEngine::tr("cannot compile the query literals: %1").arg(QString::fromUtf8(err ? err->message : "unknown"));
        if (err)
            hs_free_compile_error(err);
        plan->db = nullptr;
        return nullptr;
    }
    if (hs_alloc_scratch(plan->db, &plan->scratch) != HS_SUCCESS) {
        error = LogScanEngine::tr("cannot allocate scan memory");
        return nullptr;
    }
    return plan;
}
} // namespace

LogScanEngine::LogScanEngine(const LogRequest &request, LogFileFormat format) : d(std::make_unique<Impl>())
{
    d->request = request;
    d->format = std::move(format);
    std::vector<std::pair<QByteArray, std::vector<int>>> lits; // literal → queries
    for (size_t q = 0; q < request.queries.size(); ++q) {
        d->matchers.emplace_back(request.queries[q]);
        const QStringList ql = d->matchers.back().requiredLiterals();
        if (ql.isEmpty()) {
            d->alwaysQueries.push_back(int(q));
            continue;
        }
        for (const QString &l : ql) {
            const QByteArray b = l.toUtf8();
            auto it = std::find_if(lits.begin(), lits.end(), [&b](const auto &e) { return e.first == b; });
            if (it == lits.end())
                lits.push_back({b, {int(q)}});
            else
                it->second.push_back(int(q));
        }
    }
    if (lits.empty())
        return;
    d->full = compilePlan(lits, m_setupError);
    if (!d->full)
        return;
    d->use(d->full.get());
    if (int(lits.size()) <= FastLiteralCount)
        return;
    // Longest common prefix length that leaves at most 8 distinct literals.
    qsizetype maxLen = 0;
    for (const auto &l : lits)
        maxLen = std::max(maxLen, l.first.size());
    for (qsizetype k = maxLen; k >= MinPrefix; --k) {
        std::vector<std::pair<QByteArray, std::vector<int>>> grouped;
        for (const auto &[lit, queries] : lits) {
            const QByteArray prefix = lit.left(k);
            auto it = std::find_if(grouped.begin(), grouped.end(), [&prefix](const auto &e) { return e.first == prefix; });
            if (it == grouped.end())
                grouped.push_back({prefix, queries});
            else
                it->second.insert(it->second.end(), queries.begin(), queries.end());
            if (int(grouped.size()) > FastLiteralCount)
                break;
        }
        if (int(grouped.size()) > FastLiteralCount)
            continue;
        for (auto &g : grouped) {
            std::sort(g.second.begin(), g.second.end());
            g.second.erase(std::unique(g.second.begin(), g.second.end()), g.second.end());
        }
        QString ignored;
        d->grouped = compilePlan(grouped, ignored);
        break;
    }
}

LogScanEngine::~LogScanEngine() = default;

LogResult LogScanEngine::scan(const QString &path, const std::atomic<bool> &cancel, const Progress &progress, int threads)
{
    LogResult result;
    result.init(d->request);
    for (size_t q = 0; q < result.queries.size(); ++q)
        result.queries[q].extracts = d->matchers[q].extracts() || !d->request.valueField(q).isEmpty();
    if (!m_setupError.isEmpty()) {
        result.errors.append(m_setupError);
        result.partial = true;
        return result;
    }
    QString error;
    const QStringList files = LogFiles::list(path, error);
    if (!error.isEmpty()) {
        result.errors.append(error);
        result.partial = true;
        return result;
    }
    qint64 totalBytes = 0;
    for (const QString &f : files)
        totalBytes += QFileInfo(f).size();
    // Shared prefixes scan several times faster, but may be common in this
    // data: count candidate lines in a sample and keep them only when they
    // stay about as rare as the full literals.
    if (d->grouped && !LogFiles::isGzip(files.first())) {
        QFile f(files.first());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray sample = f.read(4 * 1024 * 1024);
            const qint64 lines = std::max<qint64>(1, sample.count('\n'));
            const qint64 full = d->candidateLines(*d->full, sample.constData(), sample.size());
            const qint64 grouped = d->candidateLines(*d->grouped, sample.constData(), sample.size());
            d->use(grouped <= 2 * full + lines / 1000 ? d->grouped.get() : d->full.get());
        }
    }
    std::atomic<qint64> done{0};
    std::mutex mergeLock;
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());

    auto newAccumulator = [&] {
        auto acc = std::make_unique<Accumulator>();
        acc->results.assign(result.queries.size(), {});
        for (size_t q = 0; q < acc->results.size(); ++q) {
            acc->results[q].buckets.assign(result.queries[q].buckets.size(), 0);
            acc->results[q].bucketNumbers.assign(result.queries[q].buckets.size(), {});
        }
        if (d->protoScratch)
            hs_clone_scratch(d->protoScratch, &acc->scratch);
        return acc;
    };
    auto merge = [&](Accumulator &acc) {
        std::lock_guard<std::mutex> lock(mergeLock);
        result.scanned += acc.scanned;
        result.skipped += acc.skipped;
        for (const QString &s : acc.skippedExamples)
            if (result.skippedExamples.size() < MaxSkippedExamples)
                result.skippedExamples.append(s);
        for (size_t q = 0; q < acc.results.size(); ++q) {
            LogQueryResult &to = result.queries[q];
            const LogQueryResult &from = acc.results[q];
            to.total += from.total;
            for (size_t b = 0; b < to.buckets.size(); ++b) {
                to.buckets[b] += from.buckets[b];
                to.bucketNumbers[b].merge(from.bucketNumbers[b]);
            }
            to.numbers.merge(from.numbers);
            for (const LogEvent &e : from.samples)
                to.samples.append(e);
            std::sort(to.samples.begin(), to.samples.end(), [](const LogEvent &a, const LogEvent &b) { return a.timestampMs > b.timestampMs; });
            while (to.samples.size() > d->request.samples)
                to.samples.removeLast();
        }
    };
    auto report = [&](qint64 bytes) {
        const qint64 now = done.fetch_add(bytes) + bytes;
        if (progress)
            progress(now, totalBytes);
    };

    // Reads [begin, end) of a plain file with pread in blocks, carrying partial lines.
    auto scanRange = [&](const QString &file, int fd, qint64 begin, qint64 end, Accumulator &acc) {
        std::vector<char> buf(static_cast<size_t>(BlockSize));
        qsizetype carry = 0;
        qint64 pos = begin;
        qint64 carryOffset = begin;
        while (pos < end && !cancel.load(std::memory_order_relaxed)) {
            if (qsizetype(buf.size()) - carry < BlockSize / 2)
                buf.resize(buf.size() * 2); // a line longer than the block
            const qsizetype want = qsizetype(std::min<qint64>(qint64(buf.size()) - carry, end - pos));
            const ssize_t got = ::pread(fd, buf.data() + carry, size_t(want), pos);
            if (got <= 0) {
                std::lock_guard<std::mutex> lock(mergeLock);
                result.errors.append(tr("%1: read error at offset %2").arg(file).arg(pos));
                result.partial = true;
                return;
            }
            pos += got;
            const qsizetype have = carry + qsizetype(got);
            const char *lastNl = static_cast<const char *>(memrchr(buf.data(), '\n', size_t(have)));
            const qsizetype complete = pos >= end ? have : (lastNl ? (lastNl - buf.data()) + 1 : 0);
            d->scanBuffer(buf.data(), complete, carryOffset, acc, file);
            std::memmove(buf.data(), buf.data() + complete, size_t(have - complete));
            carry = have - complete;
            carryOffset += complete;
            report(got);
        }
    };

    // Maps [begin, end) of a plain file window by window (no copy out of the
    // page cache; each window unmapped when done, so memory stays bounded)
    // and scans it in L2-sized pieces at line ends. Where a window cannot be
    // mapped, the rest is read with pread.
    auto mapRange = [&](const QString &file, int fd, qint64 begin, qint64 end, Accumulator &acc) {
        const qint64 page = MappedWindow::pageSize();
        qint64 pos = begin;
        qint64 window = MapWindow;
        MappedWindow m;
        while (pos < end && !cancel.load(std::memory_order_relaxed)) {
            const qint64 mapStart = pos - pos % page;
            const qint64 mapEnd = std::min(end, mapStart + window);
            if (!m.map(fd, mapStart, mapEnd - mapStart))
                return scanRange(file, fd, pos, end, acc);
            // The next window is read ahead while this one is scanned (a cold cache reads while we count).
            if (mapEnd < end)
                ::posix_fadvise(fd, mapEnd, std::min(end - mapEnd, MapWindow), POSIX_FADV_WILLNEED);
            const char *data = m.data() + (pos - mapStart);
            const qsizetype avail = qsizetype(mapEnd - pos);
            qsizetype complete = avail;
            if (mapEnd < end) {
                const char *lastNl = static_cast<const char *>(memrchr(data, '\n', size_t(avail)));
                if (!lastNl && !m.shrank()) { // a line longer than the window: a larger one
                    window *= 2;
                    continue;
                }
                complete = lastNl ? (lastNl - data) + 1 : avail;
            }
            for (qsizetype s = 0; s < complete && !m.shrank();) {
                qsizetype e = std::min(complete, s + BlockSize);
                if (e < complete) {
                    const char *nl = static_cast<const char *>(memrchr(data + s, '\n', size_t(e - s)));
                    if (nl)
                        e = (nl - data) + 1;
                    else if (const char *next = static_cast<const char *>(std::memchr(data + e, '\n', size_t(complete - e))))
                        e = (next - data) + 1;
                    else
                        e = complete;
                }
                d->scanBuffer(data + s, e - s, pos + s, acc, file);
                s = e;
            }
            if (m.shrank()) {
                std::lock_guard<std::mutex> lock(mergeLock);
                result.errors.append(tr("%1: the file shrank while it was read (rotated or truncated?) near offset %2; counts are partial")
                                         .arg(file).arg(pos));
                result.partial = true;
                return;
            }
            report(complete);
            pos += complete;
            window = MapWindow;
        }
    };

    for (const QString &file : files) {
        if (cancel.load())
            break;
        if (LogFiles::isGzip(file)) {
            // One stream, one thread: inflate into a block buffer and scan complete lines.
            auto acc = newAccumulator();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                result.errors.append(tr("%1: cannot read: %2").arg(file, f.errorString()));
                result.partial = true;
                continue;
            }
            z_stream zs{};
            inflateInit2(&zs, 15 + 32);
            std::vector<char> in(static_cast<size_t>(256 * 1024));
            std::vector<char> out(static_cast<size_t>(BlockSize));
            qsizetype carry = 0;
            qint64 outOffset = 0, consumed = 0;
            int rc = Z_OK;
            bool ended = false;
            while (!cancel.load()) {
                if (zs.avail_in == 0) {
                    const qint64 n = f.read(in.data(), qint64(in.size()));
                    if (n <= 0)
                        break;
                    zs.next_in = reinterpret_cast<Bytef *>(in.data());
                    zs.avail_in = uInt(n);
                    report(n);
                }
                if (qsizetype(out.size()) - carry < BlockSize / 2)
                    out.resize(out.size() * 2);
                zs.next_out = reinterpret_cast<Bytef *>(out.data() + carry);
                zs.avail_out = uInt(out.size() - size_t(carry));
                const uInt before_in = zs.avail_in;
                rc = inflate(&zs, Z_NO_FLUSH);
                consumed += before_in - zs.avail_in;
                if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                    result.errors.append(tr("%1: gzip data is damaged at compressed offset %2 (%3); counts so far are partial")
                                             .arg(file).arg(consumed).arg(QString::fromLatin1(zs.msg ? zs.msg : "error")));
                    result.partial = true;
                    ended = true;
                    break;
                }
                const qsizetype have = qsizetype(out.size()) - qsizetype(zs.avail_out);
                const char *lastNl = static_cast<const char *>(memrchr(out.data(), '\n', size_t(have)));
                const qsizetype complete = lastNl ? (lastNl - out.data()) + 1 : 0;
                d->scanBuffer(out.data(), complete, outOffset, *acc, file);
                std::memmove(out.data(), out.data() + complete, size_t(have - complete));
                carry = have - complete;
                outOffset += complete;
                if (rc == Z_STREAM_END) {
                    if (zs.avail_in == 0 && f.atEnd()) {
                        ended = true;
                        break;
                    }
                    inflateReset(&zs); // concatenated members
                }
            }
            if (!ended && !cancel.load()) {
                result.errors.append(tr("%1: gzip stream is truncated at compressed offset %2; counts so far are partial").arg(file).arg(consumed));
                result.partial = true;
            }
            if (carry > 0 && !cancel.load())
                d->scanBuffer(out.data(), carry, outOffset, *acc, file);
            inflateEnd(&zs);
            merge(*acc);
            continue;
        }
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            result.errors.append(tr("%1: cannot read").arg(file));
            result.partial = true;
            continue;
        }
        // Read front to back: the kernel may read further ahead (helps a cold cache).
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        const qint64 size = QFileInfo(file).size();
        // Split at line boundaries so each thread owns whole lines.
        const int parts = size < 8 * BlockSize ? 1 : threads;
        std::vector<qint64> cuts{0};
        for (int k = 1; k < parts; ++k) {
            qint64 c = size * k / parts;
            char probe[4096];
            for (;;) {
                const ssize_t n = ::pread(fd, probe, sizeof probe, c);
                if (n <= 0) {
                    c = size;
                    break;
                }
                const char *nl = static_cast<const char *>(std::memchr(probe, '\n', size_t(n)));
                if (nl) {
                    c += (nl - probe) + 1;
                    break;
                }
                c += n;
            }
            cuts.push_back(std::max(cuts.back(), std::min(c, size)));
        }
        cuts.push_back(size);
        std::vector<std::thread> workers;
        for (int k = 0; k < parts; ++k)
            workers.emplace_back([&, k] {
                auto acc = newAccumulator();
                mapRange(file, fd, cuts[size_t(k)], cuts[size_t(k) + 1], *acc);
                merge(*acc);
            });
        for (auto &t : workers)
            t.join();
        ::close(fd);
    }
    result.bytes = done.load();
    result.cancelled = cancel.load();
    if (result.cancelled)
        result.partial = true;
    if (result.skipped > 0)
        result.warnings.append(tr("%n line(s) could not be read and were skipped", nullptr, int(result.skipped)));
    return result;
}

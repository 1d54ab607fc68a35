#pragma once
// Clock: where "now" comes from, injectable so windows and timestamps are testable.
#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // The process-wide wall clock (UTC).
    static const Clock &system();
};

// A clock that stands still until moved; for tests and `--at`.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advance(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

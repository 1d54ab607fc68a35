#pragma once
// MetricMonitor: evaluates on an interval the user sets (default 60 s), and
// backs off (doubling, at most 10 min) while evaluations come back unknown
// because the source fails; a manual refresh runs at once. Driven by an
// injectable Clock so the schedule is testable: tick() does the work, a
// QTimer only calls tick().
#include "base/Clock.h"
#include "metrics/MetricEvaluator.h"

#include <QTimer>
#include <functional>

class MetricMonitor : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        const Runbook *runbook = nullptr;
        const Wiring *wiring = nullptr;
        QString profile;
    };
    MetricMonitor(MetricEvaluator *evaluator, const Clock &clock, std::function<Input()> input, QObject *parent = nullptr);

    void setIntervalMs(qint64 ms);
    qint64 intervalMs() const { return m_interval; }
    qint64 currentDelayMs() const { return m_delay; }
    QDateTime nextDue() const { return m_next; }
    void start(); // ticks every second on a QTimer
    void stop();
    void refreshNow();
    // Runs an evaluation if one is due and none is running.
    void tick();
    const std::optional<Evaluation> &last() const { return m_last; }

    static constexpr qint64 MaxBackoffMs = 10 * 60'000;

Q_SIGNALS:
    void evaluated(const Evaluation &evaluation);

private:
    void onFinished(const Evaluation &e);
    MetricEvaluator *m_evaluator;
    const Clock &m_clock;
    std::function<Input()> m_input;
    QTimer m_timer;
    qint64 m_interval = 60'000;
    qint64 m_delay = 60'000;
    QDateTime m_next;
    std::optional<Evaluation> m_last;
};

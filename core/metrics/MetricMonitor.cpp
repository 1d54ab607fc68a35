#include "metrics/MetricMonitor.h"

MetricMonitor::MetricMonitor(MetricEvaluator *evaluator, const Clock &clock, std::function<Input()> input, QObject *parent)
    : QObject(parent), m_evaluator(evaluator), m_clock(clock), m_input(std::move(input))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MetricMonitor::tick);
    connect(m_evaluator, &MetricEvaluator::finished, this, &MetricMonitor::onFinished);
}

void MetricMonitor::setIntervalMs(qint64 ms)
{
    m_interval = std::max<qint64>(1000, ms);
    m_delay = m_interval;
    if (m_next.isValid())
        m_next = m_clock.now().addMSecs(m_delay);
}

void MetricMonitor::start()
{
    if (!m_next.isValid())
        m_next = m_clock.now();
    m_timer.start();
    tick();
}

void MetricMonitor::stop()
{
    m_timer.stop();
}

void MetricMonitor::refreshNow()
{
    m_next = m_clock.now();
    tick();
}

void MetricMonitor::tick()
{
    if (m_evaluator->isRunning() || !m_next.isValid() || m_clock.now() < m_next)
        return;
    const Input in = m_input();
    if (!in.runbook || !in.wiring)
        return;
    // Schedule the next one now, so a slow evaluation does not pile up ticks.
    m_next = m_clock.now().addMSecs(m_delay);
    m_evaluator->evaluate(*in.runbook, *in.wiring, in.profile, m_clock.now().toMSecsSinceEpoch());
}

void MetricMonitor::onFinished(const Evaluation &e)
{
    // A failing source shows as rules unknown because the source failed: back off.
    bool sourceFailed = false;
    for (const MetricValue &m : e.metrics)
        sourceFailed = sourceFailed || m.reason.startsWith(MetricEvaluator::tr("the log source failed"));
    m_delay = sourceFailed ? std::min(MaxBackoffMs, m_delay * 2) : m_interval;
    m_next = m_clock.now().addMSecs(m_delay);
    m_last = e;
    Q_EMIT evaluated(e);
}

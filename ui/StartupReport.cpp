#include "StartupReport.h"

#include "MainWindow.h"
#include "metrics/MetricMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace StartupReport {

qint64 sinceProcessStart()
{
    // Field 22 of /proc/self/stat: the start time in clock ticks since boot.
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return qint64(nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK)));
}

namespace {
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("window %lld\n", sinceProcessStart());
            std::fflush(stdout);
            o->removeEventFilter(this);
        }
        return false;
    }
    bool m_done = false;
};
} // namespace

void watch(MainWindow &window)
{
    auto *paint = new FirstPaint;
    paint->setParent(&window);
    window.installEventFilter(paint);
    QObject::connect(window.metricMonitor(), &MetricMonitor::evaluated, &window, [] {
        static bool once = false;
        if (once)
            return;
        once = true;
        std::printf("badges %lld\n", sinceProcessStart());
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    // Never more than 30 s, whatever happens.
    QTimer::singleShot(30000, qApp, [] {
        std::printf("timeout\n");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}
} // namespace StartupReport

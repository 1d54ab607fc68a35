#pragma once
// The test servers scripts/test starts (PostgreSQL, Prometheus…): a test run
// alone starts its own through the same script (`SCRIPT start`, which prints
// RUNBOOK_TEST_…=… lines and DIRKEY=DIR) and stops it when the process ends
// (`SCRIPT stop DIR`). Returns why it could not; empty when they run.
#include <QProcess>
#include <QString>

#include <cstdlib>
#include <string>
#include <vector>

inline QString startTestServers(const QString &script, const QByteArray &dirKey, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {script, QStringLiteral("start")});
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("the test servers are not set and %1 start could not start them: %2")
            .arg(script, QString::fromUtf8(p.readAllStandardError()).trimmed());
    std::string dir;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && line.startsWith("RUNBOOK_TEST_"))
            qputenv(line.left(eq).constData(), line.mid(eq + 1)); // addresses only: no secret
        else if (eq > 0 && line.left(eq) == dirKey)
            dir = line.mid(eq + 1).toStdString();
    }
    if (dir.empty())
        return QStringLiteral("%1 start printed no %2").arg(script, QString::fromLatin1(dirKey));
    static std::vector<std::string> stops; // run when the test process ends
    if (stops.empty())
        std::atexit([] {
            for (const std::string &stop : stops)
                [[maybe_unused]] const int rc = std::system(stop.c_str());
        });
    stops.push_back("bash '" + script.toStdString() + "' stop '" + dir + "' >/dev/null 2>&1");
    return {};
}

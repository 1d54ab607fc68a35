#pragma once
// For the integration tests: the flagship runbook copied next to a wiring the
// test writes, and runbook-cli run as a process while this test's event loop
// keeps turning (the servers it talks to live in the test process).
#include <QFile>
#include <QProcess>
#include <QtTest>

struct CliOutput
{
    int code = -1;
    QString out;
    QString err;
};

// DIR/NAME.md (the flagship) and DIR/NAME.wiring.yaml (`yaml`); returns the runbook's path, or empty.
inline QString flagshipWithWiring(const QString &dir, const QString &name, const QString &yaml)
{
    const QString rb = dir + QLatin1Char('/') + name + QStringLiteral(".md");
    if (!QFile::exists(rb) && !QFile::copy(QStringLiteral(RUNBOOK_SOURCE_DIR "/resources/runbooks/infrastructure-monitoring.md"), rb))
        return {};
    QFile w(dir + QLatin1Char('/') + name + QStringLiteral(".wiring.yaml"));
    if (!w.open(QIODevice::WriteOnly | QIODevice::Truncate) || w.write(yaml.toUtf8()) != yaml.toUtf8().size())
        return {};
    return rb;
}

inline CliOutput runCli(const QStringList &args, const QHash<QString, QString> &env = {})
{
    QProcess proc;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    proc.setProcessEnvironment(e);
    proc.start(QStringLiteral(RUNBOOK_CLI), args);
    QDeadlineTimer deadline(20'000);
    while (proc.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    CliOutput r;
    r.code = proc.state() == QProcess::NotRunning ? proc.exitCode() : -1;
    r.out = QString::fromUtf8(proc.readAllStandardOutput());
    r.err = QString::fromUtf8(proc.readAllStandardError());
    return r;
}

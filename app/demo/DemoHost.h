#pragma once
// DemoHost: the demo backend for a demo profile (`demo: true` in a wiring) —
// the demo data in its folder (made when missing), served on a free loopback
// port with the demo's own secrets (demo:NAME). The GUI and runbook-cli start
// one only while a demo profile is in use; the profile reads its address as
// ${DEMO_URL}. Nothing else listens, nothing goes to the environment.
#include "DemoBackend.h"

#include <QString>
#include <memory>

class DemoHost
{
public:
    explicit DemoHost(QString dir = defaultDir());
    ~DemoHost();

    // Makes the data if missing, reads it and listens. Safe to call again.
    Status start();
    // The same in two halves, for a GUI: the slow one (make if missing, read;
    // a few hundred ms) on a worker, then the swap and listen on the host's thread.
    static Result<std::shared_ptr<DemoBackend::Data>> prepare(const QString &dir);
    Status startWith(DemoBackend::Data &&data);
    bool isRunning() const { return m_port != 0; }
    QString url() const; // http://127.0.0.1:PORT
    QString dir() const { return m_dir; }
    DemoBackend &backend() { return *m_backend; }

    // ${DATA}/demo: where the GUI and the CLI keep the demo data.
    static QString defaultDir();
    // Whether the demo data is complete in `dir` (logs, database, blobs, vercel.json).
    static bool hasData(const QString &dir);

private:
    QString m_dir;
    std::unique_ptr<DemoBackend> m_backend;
    quint16 m_port = 0;
};

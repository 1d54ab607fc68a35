#pragma once
// WiringLoader: reads a wiring file with yaml-cpp and checks it against the
// runbook — unknown keys, wrong types, dangling runbook ids, unknown
// connector kinds, duplicate names, secrets written as literals — each as
// FILE:LINE:COLUMN messages. A broken file still yields what could be read.
#include "wiring/Wiring.h"

#include <QCoreApplication>

struct Runbook;

class WiringLoader
{
    Q_DECLARE_TR_FUNCTIONS(WiringLoader)

public:
    static Wiring loadFile(const QString &path, const Runbook *runbook);
    static Wiring parse(const QByteArray &yaml, const QString &path, const Runbook *runbook);
    // A step with a PromQL block and no binding of its own runs that block
    // on the wiring's prometheus connector (the default profile's first).
    static void addPromQlProbes(Wiring &wiring, const Runbook &runbook);
    // NAME.wiring.yaml beside NAME.md.
    static QString sidecarPath(const QString &runbookPath);
};

#pragma once
// For runbook-bench startup: prints, on standard output, the milliseconds from
// the process's start to the window's first paint ("window MS") and to the
// first evaluation's badges ("badges MS"), then ends the app.
#include <QtGlobal>

class MainWindow;

namespace StartupReport {
void watch(MainWindow &window);
qint64 sinceProcessStart(); // ms, from /proc/self/stat's start time
}

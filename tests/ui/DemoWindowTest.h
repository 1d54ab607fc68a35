#pragma once
// What a test of the window on the demo profile sets up first: the demo
// backend as the GUI installs it, Qt's test-mode folders, and fresh demo data
// (the test-mode data folder outlives a run: demo data left there by an
// earlier run ends hours ago, and every per-hour rule would read 0).
#include "DemoBackend.h"
#include "DemoHost.h"
#include "GuiDemo.h"

#include <QDateTime>
#include <QStandardPaths>

inline bool setUpDemoWindowTest()
{
    GuiDemo::install();
    QStandardPaths::setTestModeEnabled(true);
    return bool(DemoBackend::makeDemoData(DemoHost::defaultDir(), QDateTime::currentDateTimeUtc()));
}

#pragma once
// GuiDemo: the window's LocalBackend — the demo host (app/demo) — for the GUI
// executable and the window's tests. install() makes it the one.
#include "LocalBackend.h"

namespace GuiDemo {
void install();
} // namespace GuiDemo

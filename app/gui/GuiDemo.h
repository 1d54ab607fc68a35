#pragma once
// GuiDemo: the window's DemoService backed by the demo host (app/demo), for
// the GUI executable and the window's tests. install() makes it the one.
#include "DemoService.h"

namespace GuiDemo {
void install();
} // namespace GuiDemo

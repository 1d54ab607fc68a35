// A core file that includes the demo: the room check must refuse it.
#include "base/Result.h"
#include "DemoLogGenerator.h"

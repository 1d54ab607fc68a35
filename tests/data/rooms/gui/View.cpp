// A core file that includes a widget header: the room check must refuse it.
#include "base/Result.h"
#include <QWidget>

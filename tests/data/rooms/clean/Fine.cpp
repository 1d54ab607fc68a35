// Includes only its own room and the rooms below it: the room check passes.
#include "logs/QueryNode.h"
#include "base/Result.h"
#include <QString>

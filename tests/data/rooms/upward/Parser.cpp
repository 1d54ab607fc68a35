// A logs file that reaches up into wiring: the room check must refuse it.
#include "logs/QueryNode.h"
#include "wiring/Wiring.h"

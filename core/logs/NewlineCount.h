#pragma once
// The newlines in a buffer, 16 (SSE2) or 32 (AVX2, when the CPU has it) bytes
// at a time: how the log scan counts lines without looking at each byte.
#include <QtGlobal>

namespace LogScan {
qint64 countNewlines(const char *p, qsizetype n);
} // namespace LogScan

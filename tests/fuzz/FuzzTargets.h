#pragma once
// The fuzz targets share this entry point: libFuzzer's (cmake -DRUNBOOK_FUZZ=ON
// with clang) or the standalone driver's (StandaloneDriver.cpp), which the
// test suite runs as a short smoke test of every target.
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

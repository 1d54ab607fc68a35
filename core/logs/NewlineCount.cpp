#include "logs/NewlineCount.h"

#include <algorithm>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace {
// Newlines in a buffer: compare 16 (SSE2) or 32 (AVX2, when the CPU has it)
// bytes at once, subtract the 0/-1 masks into byte counters, fold them with
// SAD before they can overflow.
#if defined(__x86_64__)
__attribute__((target("avx2"))) qint64 countNewlinesAvx2(const char *p, qsizetype n, qsizetype &i)
{
    qint64 count = 0;
    const __m256i nl = _mm256_set1_epi8('\n');
    const __m256i zero = _mm256_setzero_si256();
    while (i + 32 <= n) {
        __m256i acc = zero;
        const qsizetype stop = std::min<qsizetype>(n - 31, i + 255 * 32);
        for (; i < stop; i += 32)
            acc = _mm256_sub_epi8(acc, _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + i)), nl));
        const __m256i sums = _mm256_sad_epu8(acc, zero);
        count += _mm256_extract_epi64(sums, 0) + _mm256_extract_epi64(sums, 1) + _mm256_extract_epi64(sums, 2) + _mm256_extract_epi64(sums, 3);
    }
    return count;
}
#endif

} // namespace

namespace LogScan {
qint64 countNewlines(const char *p, qsizetype n)
{
    qint64 count = 0;
    qsizetype i = 0;
#if defined(__x86_64__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2)
        count += countNewlinesAvx2(p, n, i);
#endif
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        __m128i acc = zero;
        const qsizetype stop = std::min<qsizetype>(n - 15, i + 255 * 16);
        for (; i < stop; i += 16)
            acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i)), nl));
        const __m128i sums = _mm_sad_epu8(acc, zero);
        count += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; i < n; ++i)
        count += p[i] == '\n';
    return count;
}
} // namespace LogScan

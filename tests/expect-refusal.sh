#!/usr/bin/env bash
# expect-refusal.sh TEXT COMMAND...: passes when COMMAND exits non-zero (not by
# a signal) and its output holds TEXT; anything else fails, so a check that
# prints the message but exits 0, or crashes, is caught.
set -u
expected=$1; shift
out=$("$@" 2>&1); code=$?
printf '%s\n' "$out"
if [ "$code" -eq 0 ]; then echo "expect-refusal: exit 0, expected a refusal" >&2; exit 1; fi
if [ "$code" -ge 128 ]; then echo "expect-refusal: killed by signal $((code - 128))" >&2; exit 1; fi
if ! grep -qF -- "$expected" <<<"$out"; then echo "expect-refusal: the output lacks: $expected" >&2; exit 1; fi
echo "expect-refusal: refused (exit $code) with the expected reason"

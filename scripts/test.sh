#!/usr/bin/env bash
# Every test: installs what is missing, builds natively (with warnings as
# errors), runs the unit and CLI tests, runs them again under AddressSanitizer and
# UndefinedBehaviorSanitizer, runs the libFuzzer targets for a bounded time
# (tests/fuzz/run.sh), builds the web app and runs the end-to-end tests
# in headless Chromium, and a participant's flow in Firefox and WebKit. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== Repository checks"
bash scripts/checks/no-third-party.sh
bash scripts/checks/format.sh

echo "== Native build and tests"
cmake --preset native >/dev/null
cmake --build build/native -j"$(nproc)"
ctest --test-dir build/native --output-on-failure -j"$(nproc)"

echo "== Unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset sanitize >/dev/null
cmake --build build/sanitize -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/sanitize --output-on-failure -j"$(nproc)"

echo "== Fuzzing: every regression input once, then each target for 20 s (docs/fuzzing.md)"
cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j"$(nproc)"
ctest --test-dir build/fuzz --output-on-failure -L fuzz
tests/fuzz/run.sh 20

echo "== Web app build and end-to-end tests (headless Chromium)"
bash scripts/build-web.sh
node tests/e2e/run.mjs

echo "== A participant's flow in Firefox ESR and WebKitGTK (headful under Xvfb, software WebGL)"
xvfb-run -a -s "-screen 0 1400x1700x24" node tests/e2e/engines.mjs

echo "== Alla tester gick igenom"

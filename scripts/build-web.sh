#!/usr/bin/env bash
# Builds the WebAssembly app into build/wasm/site (a static site folder).
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emcc needs Debian's node modules (acorn) on the path; this machine's
# node may come from elsewhere.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
if [ ! -f build/wasm/CMakeCache.txt ]; then
  emcmake cmake --preset wasm >/dev/null
fi
cmake --build build/wasm -j"$(nproc)"
echo "== Webbappen är byggd i build/wasm/site"

#!/usr/bin/env bash
# Installs what Strategispegeln needs on a Debian 12 machine and fetches the
# third-party sources (Dear ImGui) into build/third_party. Safe to run again:
# it only installs what is missing and only downloads what is not there yet.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake g++ make pkg-config nlohmann-json3-dev libkainjow-mustache-dev libgtest-dev libgmock-dev libbenchmark-dev
          libglfw3-dev libgl-dev emscripten chromium fonts-noto-core fonts-dejavu-core
          fonttools xvfb xauth nodejs dpkg-dev python3 gzip
          clang-14 libclang-rt-14-dev clang-format)  # clang: the fuzz preset (docs/fuzzing.md); clang-format: the style check

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  # nodejs may come from outside Debian (this machine kind ships its own node);
  # any working node >= 18 will do, so do not replace it.
  if [ "$p" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm installs playwright-core; a machine with Debian's node has no npm of its own.
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

# Dear ImGui comes from Debian's source package, which needs a deb-src entry.
# We derive it from the machine's own Debian sources (same URIs and suites), so
# no host name is ever written into this repository.
SRC_LIST=/etc/apt/sources.list.d/strategispegeln-deb-src.sources
need_update=0
if [ ! -f "$SRC_LIST" ]; then
  tmp=$(mktemp)
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    [ "$f" = "$SRC_LIST" ] && continue
    # Keep only stanzas signed by the Debian archive key, and turn them into deb-src.
    awk 'BEGIN{RS=""; ORS="\n\n"} /debian-archive-keyring/ { sub(/Types:[^\n]*/, "Types: deb-src"); print }' "$f" >> "$tmp"
  done
  if [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | grep -v 'google\|nodesource' | sed 's/^deb /deb-src /' > "$tmp.list" || true
    if [ -s "$tmp.list" ]; then $SUDO cp "$tmp.list" /etc/apt/sources.list.d/strategispegeln-deb-src.list; fi
  fi
  if [ -s "$tmp" ]; then $SUDO cp "$tmp" "$SRC_LIST"; fi
  rm -f "$tmp" "$tmp.list"
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ "$need_update" = 1 ]; then
  echo "== Installerar Debian-paket: ${missing[*]:-(inga, bara källförteckning)}"
  $SUDO apt-get update -q
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi

IMGUI_DIR=build/third_party/imgui
if [ ! -f "$IMGUI_DIR/imgui.h" ]; then
  echo "== Hämtar Dear ImGui (Debians källpaket)"
  mkdir -p build/third_party/download
  ( cd build/third_party/download && apt-get source --download-only imgui >/dev/null )
  orig=$(ls build/third_party/download/imgui_*.orig.tar.* | head -n 1)
  rm -rf "$IMGUI_DIR" build/third_party/unpack && mkdir -p build/third_party/unpack
  tar -xf "$orig" -C build/third_party/unpack
  mv build/third_party/unpack/* "$IMGUI_DIR"
  rm -rf build/third_party/unpack
fi

# Browser tests are driven by playwright-core from npm, using Debian's Chromium;
# axe-core checks the HTML report's accessibility (tests/e2e/report.test.mjs).
if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
  echo "== Installerar playwright-core och axe-core (npm)"
  ( cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error )
fi

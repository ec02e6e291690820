#!/usr/bin/env bash
# Installs what Strategispegeln needs on a Debian 12 machine and fetches the
# npm packages for the browser tests. Safe to run again: it only installs what
# is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(cmake g++ make pkg-config nlohmann-json3-dev libkainjow-mustache-dev libgtest-dev libgmock-dev libbenchmark-dev
          libglfw3-dev libgl-dev emscripten chromium fonts-noto-core fonts-dejavu-core
          fonttools xvfb xauth nodejs python3 gzip git
          clang-14 libclang-rt-14-dev clang-format  # clang: the fuzz preset (docs/fuzzing.md); clang-format: the style check
          firefox-esr webkit2gtk-driver libgl1-mesa-dri libegl1)  # the participant flow in Firefox and WebKit (tests/e2e/engines.mjs)

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

if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installerar Debian-paket: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Dear ImGui is not installed here: CMake unpacks the pinned release from
# ../shared/third_party (or fetches the tag from upstream) into each build folder
# (cmake/imgui.cmake).

# Browser tests are driven by playwright-core from npm, using Debian's Chromium;
# axe-core checks the HTML report's accessibility (tests/e2e/report.test.mjs);
# puppeteer-core drives Debian's Firefox ESR over WebDriver BiDi (tests/e2e/engines.mjs);
# qrcode-generator is copied into the web app's site by its build (the QR of a participant's code),
# and terser minifies the site's JavaScript as it is built.
if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ] ||
   [ ! -d tests/e2e/node_modules/puppeteer-core ] || [ ! -d tests/e2e/node_modules/qrcode-generator ] ||
   [ ! -d tests/e2e/node_modules/terser ]; then
  echo "== Installerar playwright-core, puppeteer-core och axe-core (npm)"
  ( cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error )
fi

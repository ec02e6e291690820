#!/usr/bin/env bash
# The main job: installs what is missing, builds the web app and serves it on
# localhost. Open the printed address in a browser. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-web.sh
PORT="${PORT:-8080}"
exec python3 scripts/serve.py build/wasm/site "$PORT"

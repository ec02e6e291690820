#!/usr/bin/env bash
# Fails when third-party files are tracked by git: dependencies come from the
# package registries (or the shared third-party folder beside the checkout) at set-up, never from the
# repository. Build output and npm's node_modules are the usual ways in.
set -euo pipefail
cd "$(dirname "$0")/../.."
bad=$(git ls-files -- 'build/**' '**/node_modules/**' '**/imgui.h' '**/imgui.cpp' '**/mustache.hpp' \
        '**/json.hpp' '**/*.tar.gz' '**/*.ttf' '**/*.otf' '**/*.woff' '**/*.woff2' | head -n 20)
if [ -n "$bad" ]; then
  echo "$bad" | sed 's/^/  spårad tredjepartsfil: /'
  echo "Tredjepartsfiler ska inte finnas i git (git rm -r --cached …); de hämtas vid installationen." >&2
  exit 1
fi
echo "Inga tredjepartsfiler i git."

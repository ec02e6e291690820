#!/usr/bin/env bash
# Fails when a C++ file of ours differs from the project's .clang-format.
# `scripts/checks/format.sh --fix` rewrites them instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.hpp' '*.cc' ':!:build/**' ':!:**/node_modules/**')
if [ "${1:-}" = "--fix" ]; then
  "$CLANG_FORMAT" -i "${files[@]}"
  exit 0
fi
if ! "$CLANG_FORMAT" --dry-run -Werror "${files[@]}" 2>/tmp/spegeln-format.$$; then
  grep -E '^[^ ].*: (error|warning):' /tmp/spegeln-format.$$ | cut -d: -f1 | sort -u | sed 's/^/  inte formaterad: /'
  rm -f /tmp/spegeln-format.$$
  echo "clang-format: filerna ovan avviker från .clang-format; kör scripts/checks/format.sh --fix" >&2
  exit 1
fi
rm -f /tmp/spegeln-format.$$
echo "clang-format: ${#files[@]} filer stämmer med .clang-format"

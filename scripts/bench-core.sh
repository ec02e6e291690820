#!/usr/bin/env bash
# Times the core natively and in WebAssembly (under node) on the same work and prints them side by
# side (docs/performance.md, "Kärnan"). Builds what it needs into build/bench-native and
# build/bench-wasm. Usage: scripts/bench-core.sh [ROUNDS [REPS]]
# Each round runs the native build, then the wasm build (alternating, so load from other work on the
# machine falls on both alike); each run times every measurement REPS times after a warm-up. The
# figures are medians of CPU time over all ROUNDS × REPS runs; the last line is
#   aggregate10k native_ms=X wasm_ms=Y ratio=Z
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
REPS=${2:-5}
# Debian's emcc needs Debian's node modules (acorn) on the path.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

if [ ! -f build/bench-native/CMakeCache.txt ]; then
  # The native preset's build type (RelWithDebInfo, -O2): the CLI ships with it.
  cmake -S . -B build/bench-native -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPEGELN_BUILD_UI=OFF \
        -DSPEGELN_BUILD_BENCHMARKS=OFF >/dev/null
fi
if [ ! -f build/bench-wasm/CMakeCache.txt ]; then
  emcmake cmake -S . -B build/bench-wasm -DCMAKE_BUILD_TYPE=Release -DSPEGELN_BUILD_UI=OFF >/dev/null
fi
echo "== Bygger build/bench-native och build/bench-wasm" >&2
nice cmake --build build/bench-native -j2 --target spegeln_timing >/dev/null
nice cmake --build build/bench-wasm -j2 --target spegeln_timing >/dev/null

NATIVE=(build/bench-native/tests/bench/spegeln_timing)
# Node 20's experimental fetch breaks Emscripten 3.1.6's loader under node.
WASM=(node --no-experimental-fetch build/bench-wasm/tests/bench/spegeln_timing.js)
[ -x "${NATIVE[0]}" ] || NATIVE=(build/bench-native/spegeln_timing)

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for r in $(seq 1 "$ROUNDS"); do
  echo "== Omgång $r/$ROUNDS" >&2
  "${NATIVE[@]}" --reps "$REPS" >>"$out/native"
  "${WASM[@]}" --reps "$REPS" >>"$out/wasm"
done

# median FILE NAME FIELD: the median of FIELD (cpu_ms, wall_ms) over every sample of NAME.
median() {
  grep "^sample $2 " "$1" | sed -n "s/.*$3=\([0-9.]*\).*/\1/p" | sort -g |
    awk '{v[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) printf "%.1f\n", v[(NR+1)/2];
                         else printf "%.1f\n", (v[NR/2]+v[NR/2+1])/2}'
}

echo
echo "CPU-tid, median av $((ROUNDS * REPS)) körningar (väggtid inom parentes), ms"
printf '%-14s %20s %20s %8s\n' mätning native wasm wasm/native
for m in score10k aggregate10k load1000; do
  nc=$(median "$out/native" $m cpu_ms); nw=$(median "$out/native" $m wall_ms)
  wc=$(median "$out/wasm" $m cpu_ms); ww=$(median "$out/wasm" $m wall_ms)
  ratio=$(awk -v a="$wc" -v b="$nc" 'BEGIN {printf "%.2f", a / b}')
  printf '%-14s %20s %20s %8s\n' $m "$nc ($nw)" "$wc ($ww)" "$ratio"
  # Both builds must have computed the same results.
  if [ "$(grep "^check $m " "$out/native" | sort -u)" != "$(grep "^check $m " "$out/wasm" | sort -u)" ]; then
    echo "VARNING: $m gav olika resultat native och wasm" >&2
  fi
done
nc=$(median "$out/native" aggregate10k cpu_ms)
wc=$(median "$out/wasm" aggregate10k cpu_ms)
echo "aggregate10k native_ms=$nc wasm_ms=$wc ratio=$(awk -v a="$wc" -v b="$nc" 'BEGIN {printf "%.2f", a / b}')"

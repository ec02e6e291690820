#!/usr/bin/env bash
# Runs libFuzzer targets of the fuzz build, one after the other, each for a
# bounded time, on a working corpus seeded from the repo's own files.
#
#   tests/fuzz/run.sh SECONDS [TARGET...]     (default: every target)
#
# Needs `cmake --preset fuzz && cmake --build build/fuzz` first. Corpora grow in
# build/fuzz-corpus/<target>/ (kept between runs, never committed), crashes are
# saved in build/fuzz-artifacts/<target>/, logs in build/fuzz-logs/<target>.log.
# Exits non-zero when a target crashes. Set FUZZ_ARGS for more libFuzzer flags
# (e.g. FUZZ_ARGS="-jobs=2 -workers=2"). docs/fuzzing.md says how to use it.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_json fuzz_instrument fuzz_assessment fuzz_assessment_pair fuzz_csv fuzz_audit)
bin=build/fuzz/tests/fuzz
seeds=(tests/fixtures/*.json docs/examples/*.json assets/instruments/*.json assets/instruments/archive/*.json)

# Seeds for the pair target: an instrument and an assessment of it, joined as
# fuzz_check.h's split_two expects.
pair_seed() { cat "$1"; printf '\n#--#\n'; cat "$2"; }

status=0
for target in "${targets[@]}"; do
  [ -x "$bin/$target" ] || { echo "$bin/$target saknas: kör cmake --preset fuzz && cmake --build build/fuzz" >&2; exit 2; }
  corpus=build/fuzz-corpus/$target
  artifacts=build/fuzz-artifacts/$target
  mkdir -p "$corpus" "$artifacts" build/fuzz-logs
  cp -n "${seeds[@]}" "$corpus/"
  if [ "$target" = fuzz_assessment_pair ]; then
    pair_seed tests/fixtures/mini-instrument.json tests/fixtures/mini-assessment.json >"$corpus/seed-mini"
    pair_seed assets/instruments/archive/skane-2025-sjalvskattning-1.0.0.json docs/examples/baslinje-2026.json >"$corpus/seed-skane"
  fi
  log=build/fuzz-logs/$target.log
  echo "== $target: ${seconds} s (logg: $log)"
  # -timeout: a single input taking 10 s is a hang; regressions/ is read too, so
  # old crashes are tried first and new inputs are written only to $corpus.
  regressions=()
  [ -d "tests/fuzz/regressions/$target" ] && regressions=("tests/fuzz/regressions/$target")
  if nice -n 19 "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -dict=tests/fuzz/json.dict -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} "$corpus" "${regressions[@]}" \
       >"$log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE|^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" || true
  else
    status=1
    echo "!! $target kraschade; indata i $artifacts/, utdrag ur $log:" >&2
    grep -E 'ERROR|property broken|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
  fi
done
exit $status

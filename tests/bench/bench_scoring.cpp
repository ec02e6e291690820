// Benchmarks of the core on the bundled Region Skåne self-assessment: scoring,
// aggregating a large workshop or region-wide collection, and reading/writing
// assessment files. Figures and how to reproduce them: docs/performance.md.
//
// The 10 000 assessments are generated with a fixed seed (bench_data.h), so every
// run measures the same data.
#include <benchmark/benchmark.h>

#include "aggregate.h"
#include "assessment.h"
#include "bench_data.h"
#include "bundled.h"
#include "scoring.h"

using namespace spegeln;
using spegeln::bench::data;
using spegeln::bench::kAssessments;

namespace {

bool ready(benchmark::State& state) {
    if (data().instrument) return true;
    state.SkipWithError("skane-2025-sjalvskattning is not bundled (assets/instruments/)");
    return false;
}

void BM_ScoreOne(benchmark::State& state) {
    if (!ready(state)) return;
    const auto& d = data();
    size_t i = 0;
    for (auto _ : state) {
        ScoreReport r = score_assessment(*d.instrument, d.assessments[i++ % kAssessments]);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreOne);

void BM_ScoreAll10000(benchmark::State& state) {
    if (!ready(state)) return;
    const auto& d = data();
    for (auto _ : state) {
        for (const auto& a : d.assessments) {
            ScoreReport r = score_assessment(*d.instrument, a);
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kAssessments));
}
BENCHMARK(BM_ScoreAll10000)->Unit(benchmark::kMillisecond);

// The same through an instrument compiled once (compiled_instrument.h).
void BM_ScoreAll10000Compiled(benchmark::State& state) {
    if (!ready(state)) return;
    const auto& d = data();
    for (auto _ : state) {
        CompiledInstrument c = compile_instrument(*d.instrument);
        for (const auto& a : d.assessments) {
            ScoreReport r = score_assessment(c, a);
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kAssessments));
}
BENCHMARK(BM_ScoreAll10000Compiled)->Unit(benchmark::kMillisecond);

// The whole of `spegeln aggregate` after reading: scoring every assessment,
// the statistics per dimension and the distribution per item.
void BM_Aggregate10000(benchmark::State& state) {
    if (!ready(state)) return;
    const auto& d = data();
    for (auto _ : state) {
        AggregateReport r = aggregate(*d.instrument, d.assessments);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kAssessments));
}
BENCHMARK(BM_Aggregate10000)->Unit(benchmark::kMillisecond);

// Reading one file as the CLI and the web app do: parse, validate, check against the instrument.
void BM_LoadAssessment(benchmark::State& state) {
    if (!ready(state)) return;
    const auto& d = data();
    size_t i = 0, bytes = 0;
    for (auto _ : state) {
        const std::string& text = d.texts[i++ % d.texts.size()];
        Diagnostics diag;
        auto a = load_assessment(text, diag, &*d.instrument);
        if (!a) state.SkipWithError("a generated assessment did not load");
        benchmark::DoNotOptimize(a);
        bytes += text.size();
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_LoadAssessment)->Unit(benchmark::kMicrosecond);

void BM_AssessmentToJson(benchmark::State& state) {
    if (!ready(state)) return;
    const auto& d = data();
    size_t i = 0, bytes = 0;
    for (auto _ : state) {
        std::string text = assessment_to_json(d.assessments[i++ % kAssessments]);
        bytes += text.size();
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_AssessmentToJson)->Unit(benchmark::kMicrosecond);

// Start-up cost of every front end: validating the bundled instrument.
void BM_LoadBundledInstrument(benchmark::State& state) {
    std::string_view text = bundled_asset("instruments/skane-2025-sjalvskattning.json");
    if (text.empty()) {
        state.SkipWithError("skane-2025-sjalvskattning is not bundled");
        return;
    }
    for (auto _ : state) {
        Diagnostics diag;
        auto in = load_instrument(text, diag);
        benchmark::DoNotOptimize(in);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_LoadBundledInstrument)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

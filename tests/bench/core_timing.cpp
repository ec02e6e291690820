// core_timing — times the core's heavy work the same way natively and in WebAssembly (under node),
// because Google Benchmark is not available for Emscripten. scripts/bench-core.sh runs both builds
// and prints them side by side; the figures are in docs/performance.md.
//
// Each measurement runs once to warm up (caches, and in node the tier-up from the baseline compiler
// to the optimising one), then `--reps` times; every run prints a `sample` line and the end a
// `median` line per measurement. CPU time is the process's (std::clock natively, process.cpuUsage()
// in node), wall time std::chrono::steady_clock. A `check` line prints the results, so the two builds
// can be seen to compute the same numbers.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "aggregate.h"
#include "bench_data.h"
#include "bundled.h"
#include "scoring.h"
#include "translations.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
// std::clock in Emscripten is wall time; node knows the process's CPU time.
EM_JS(double, node_cpu_ms, (), {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
});
#endif

using namespace spegeln;
using namespace spegeln::bench;

namespace {

double cpu_ms() {
#ifdef __EMSCRIPTEN__
    return node_cpu_ms();
#else
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
#endif
}

double wall_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// Keeps the optimiser from dropping work whose result is otherwise unused.
volatile double g_sink = 0;

struct Measurement {
    const char* name;
    std::function<double()> run;  // returns a number derived from the results
};

}  // namespace

int main(int argc, char** argv) {
    int reps = 7;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--reps") && i + 1 < argc)
            reps = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--only") && i + 1 < argc)
            only = argv[++i];
    }
    const Data& d = data();
    if (!d.instrument) {
        std::fprintf(stderr, "%s is not bundled (assets/instruments/)\n", kInstrumentId);
        return 1;
    }
    const Instrument& in = *d.instrument;

    std::vector<Measurement> ms = {
        // A full report per assessment, the instrument compiled once per 10 000 (as a caller that
        // scores many would do; score_assessment(in, a) compiles nothing and looks up by id).
        {"score10k",
         [&] {
             double s = 0;
             CompiledInstrument c = compile_instrument(in);
             for (const auto& a : d.assessments) {
                 ScoreReport r = score_assessment(c, a);
                 if (r.overall) s += *r.overall;
             }
             return s;
         }},
        {"aggregate10k",
         [&] {
             AggregateReport r = aggregate(in, d.assessments);
             double s = r.overall.mean.value_or(0) + r.overall.sd.value_or(0);
             for (const auto& p : r.principles) s += p.mean.value_or(0) + p.median.value_or(0) + p.sd.value_or(0);
             for (const auto& it : r.items) s += it.unanswered + it.vet_ej;
             return s;
         }},
        {"load1000",
         [&] {
             double s = 0;
             for (const auto& text : d.texts) {
                 Diagnostics diag;
                 auto a = load_assessment(text, diag, &in);
                 s += a ? static_cast<double>(a->answers.size()) : -1e9;
             }
             return s;
         }},
        // What the app does when it starts (web/app/app.cpp): every bundled instrument read, and
        // with diagnostics also each version mapping and crosswalk checked.
        {"bundled_checked",
         [&] {
             Diagnostics diag;
             auto all = bundled_instruments(&diag);
             return static_cast<double>(all.size() + diag.items.size());
         }},
        {"bundled", [&] { return static_cast<double>(bundled_instruments().size()); }},
        {"languages",
         [&] {
             double s = 0;
             for (const auto& code : bundled_languages()) {
                 UiStrings texts;
                 Diagnostics ignored;
                 load_bundled_language(code, texts, ignored);
                 s += texts.has("language.name");
             }
             return s;
         }},
    };

    for (const auto& m : ms) {
        if (!only.empty() && only != m.name) continue;
        double cold0 = wall_ms();
        double check = m.run();  // warm-up
        std::printf("cold %s wall_ms=%.2f\n", m.name, wall_ms() - cold0);
        std::vector<double> cpu, wall;
        for (int r = 0; r < reps; ++r) {
            double c0 = cpu_ms(), w0 = wall_ms();
            g_sink = g_sink + m.run();
            double c1 = cpu_ms(), w1 = wall_ms();
            cpu.push_back(c1 - c0);
            wall.push_back(w1 - w0);
            std::printf("sample %s cpu_ms=%.2f wall_ms=%.2f\n", m.name, c1 - c0, w1 - w0);
        }
        std::printf("median %s cpu_ms=%.2f wall_ms=%.2f reps=%d\n", m.name, median(cpu), median(wall), reps);
        std::printf("check %s %.17g\n", m.name, check);
        std::fflush(stdout);
    }
    return 0;
}

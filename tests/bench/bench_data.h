// bench_data.h — the data every core benchmark measures: 10 000 random assessments of the bundled
// Region Skåne self-assessment, generated with a fixed seed, and the first 1 000 as JSON text.
// Shared by the Google Benchmark program (bench_scoring.cpp, native only) and the timing harness
// (core_timing.cpp, native and WebAssembly), so both builds measure exactly the same work.
//
// Our own mapping from random numbers to answers, not std::uniform_int_distribution, whose output
// differs between standard libraries (libstdc++ natively, libc++ in Emscripten).
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "assessment.h"
#include "bundled.h"
#include "instrument.h"

namespace spegeln::bench {

inline constexpr size_t kAssessments = 10000;
inline constexpr size_t kTexts = 1000;
inline constexpr uint32_t kSeed = 20260315;
inline constexpr const char* kInstrumentId = "skane-2025-sjalvskattning";

struct Data {
    std::optional<Instrument> instrument;
    std::vector<Assessment> assessments;
    std::vector<std::string> texts;  // the first kTexts as JSON, for the read/write benchmarks
};

// A unit's answers: 60 % a level (uniform over the item's scale), 10 % vet ej,
// 8 % ej aktuellt, 22 % left unanswered; a comment on about one answer in ten.
inline Assessment random_assessment(const Instrument& in, std::mt19937& rng, size_t n) {
    Assessment a = new_assessment(in, Mode::SelfAssessment);
    a.id = "bench-" + std::to_string(n);
    a.unit_name = "Verksamhet " + std::to_string(n % 250);
    a.date = "2026-0" + std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 10);
    for (const auto& item : in.items) {
        auto r = rng() % 100;
        if (r >= 78) continue;  // unanswered
        Answer& ans = a.answers[item.id];
        if (r < 60) {
            ans.status = AnswerStatus::Level;
            ans.level = static_cast<int>(rng() % static_cast<unsigned>(in.scale_of(item).top() + 1));
        } else if (r < 70) {
            ans.status = AnswerStatus::VetEj;
        } else {
            ans.status = AnswerStatus::EjAktuellt;
        }
        if (rng() % 10 == 0) ans.comment = "Rutin finns men följs inte upp i alla team";
    }
    return a;
}

// Built once; instrument is empty when the instrument is not bundled.
inline const Data& data() {
    static const Data d = [] {
        Data out;
        out.instrument = bundled_instrument(kInstrumentId);
        if (!out.instrument) return out;
        std::mt19937 rng(kSeed);
        out.assessments.reserve(kAssessments);
        for (size_t i = 0; i < kAssessments; ++i) out.assessments.push_back(random_assessment(*out.instrument, rng, i));
        for (size_t i = 0; i < kTexts; ++i) out.texts.push_back(assessment_to_json(out.assessments[i]));
        return out;
    }();
    return d;
}

}  // namespace spegeln::bench

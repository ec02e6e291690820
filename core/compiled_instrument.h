// compiled_instrument.h — an instrument compiled once into dense indices, for scoring many assessments.
//
// The scoring rules (scoring.h) look everything up by id: an item's answer by item id, its scale by
// scale id, its weight per principle by principle id, its area by area id. For one assessment that
// costs nothing worth saving; for 10 000 (a region's collection, docs/performance.md) it was most of
// the time, and in WebAssembly even more. Compiled, each item knows its scale's top level and the
// dimensions it counts in (by index, with the weight), and an assessment's answers are matched to
// the items in one ordered walk instead of one map lookup per item.
//
// The compiled form only re-indexes the instrument: the arithmetic stays in scoring.cpp, so the
// results are the same to the bit (tests/core/test_compiled_instrument.cpp checks it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "assessment.h"
#include "instrument.h"

namespace spegeln {

// An item counts in dimension `dim` with `weight`: dim < principle_count is a principle (in the
// instrument's order), otherwise the area principle_count + area index.
struct CompiledContribution {
    uint32_t dim = 0;
    double weight = 1.0;
};

struct CompiledItem {
    int top = 0;         // the top level K of the item's scale
    uint32_t first = 0;  // its contributions: contributions[first, first + count)
    uint32_t count = 0;
    uint32_t kinds = 0;  // the unit kinds it applies to, a bit per Instrument::unit_kinds entry; 0 = every kind
};

struct CompiledInstrument {
    const Instrument* instrument = nullptr;  // must outlive the compiled form
    size_t principle_count = 0;
    size_t area_count = 0;
    std::vector<CompiledItem> items;  // in the instrument's order
    // Per item, in the instrument's order; within an item the principles in the instrument's order,
    // then its area, so every dimension receives its items in the instrument's order, as in
    // score_assessment.
    std::vector<CompiledContribution> contributions;
    // The item ids sorted as Assessment::answers (a std::map) sorts its keys, each with its item
    // index: matching is a merge of two sorted lists.
    std::vector<std::pair<std::string_view, uint32_t>> sorted_ids;

    size_t dimension_count() const { return principle_count + area_count; }
};

// The bit of `unit_kind` among the instrument's unit kinds; 0 (every item applies) for "" or an
// id it does not declare. An item applies when its `kinds` is 0 or shares this bit.
uint32_t unit_kind_mask(const CompiledInstrument& compiled, const std::string& unit_kind);

// `instrument` must be valid (loaded through load_instrument) and outlive the result.
CompiledInstrument compile_instrument(const Instrument& instrument);

// Sets out[i] to the answer to item i (nullptr when there is none); answers to ids the instrument
// does not know are skipped. `out` is resized to the number of items; reuse it between assessments.
void match_answers(const CompiledInstrument& compiled, const Assessment& assessment, std::vector<const Answer*>& out);

}  // namespace spegeln

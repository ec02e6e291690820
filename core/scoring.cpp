#include "scoring.h"

#include <algorithm>

#include "score_accumulator.h"

namespace spegeln {
namespace {

// The value L/K of an answer on a scale whose top level is `top`.
std::optional<double> value_on(const Answer& answer, int top) {
    if (!answer.has_level()) return std::nullopt;
    if (top <= 0 || answer.level < 0 || answer.level > top) return std::nullopt;
    return static_cast<double>(answer.level) / top;
}

// The dimension results and the overall score from the finished sums (principles, then areas).
void finish(const Instrument& in, const Accumulator* principles, const Accumulator* areas, ScoreReport& report) {
    double sum = 0;
    int n = 0;
    report.principles.reserve(in.principles.size());
    for (size_t p = 0; p < in.principles.size(); ++p) {
        report.principles.push_back(principles[p].result(DimensionKind::Principle, in.principles[p].id));
        if (report.principles.back().score) {
            sum += *report.principles.back().score;
            ++n;
        } else {
            report.incomplete = true;
        }
    }
    report.areas.reserve(in.areas.size());
    for (size_t k = 0; k < in.areas.size(); ++k)
        report.areas.push_back(areas[k].result(DimensionKind::Area, in.areas[k].id));
    if (n > 0) report.overall = sum / n;
}

// Adds item i's answer (or its absence) to every dimension it counts in; the item's status and value.
inline void add_item(const CompiledInstrument& c, size_t i, const Answer* ans, Accumulator* acc, AnswerStatus& status,
                     std::optional<double>& value, uint32_t mask) {
    const CompiledItem& item = c.items[i];
    status = ans ? ans->status : AnswerStatus::Unanswered;
    value = ans ? value_on(*ans, item.top) : std::nullopt;
    if (mask && item.kinds && !(item.kinds & mask)) return;  // not for this unit kind
    const CompiledContribution* to = c.contributions.data() + item.first;
    for (uint32_t k = 0; k < item.count; ++k) acc[to[k].dim].add(to[k].weight, status, value);
}

}  // namespace

std::optional<double> answer_value(const Answer& answer, const Scale& scale) {
    return value_on(answer, scale.top());
}

// The rules spelled out with a lookup by id at every step: the reference the compiled path below is
// tested against (tests/core/test_compiled_instrument.cpp), and cheap enough for one assessment.
ScoreReport score_assessment(const Instrument& in, const Assessment& a) {
    std::vector<Accumulator> principles(in.principles.size()), areas(in.areas.size());
    ScoreReport report;
    report.unit_kind = a.unit_kind;
    report.items.reserve(in.items.size());
    for (const auto& item : in.items) {
        ItemResult r;
        r.item_id = item.id;
        if (const Answer* ans = a.find_answer(item.id)) {
            r.status = ans->status;
            r.value = answer_value(*ans, in.scale_of(item));
        }
        r.applies = item.applies_to(a.unit_kind);
        if (!r.applies) {
            ++report.excluded_items;
            report.items.push_back(std::move(r));
            continue;
        }
        for (size_t p = 0; p < in.principles.size(); ++p) {
            double w = item.weight_for(in.principles[p].id);
            if (w > 0) principles[p].add(w, r.status, r.value);
        }
        for (size_t k = 0; k < in.areas.size(); ++k)
            if (in.areas[k].id == item.area) areas[k].add(1.0, r.status, r.value);
        report.items.push_back(std::move(r));
    }
    finish(in, principles.data(), areas.data(), report);
    return report;
}

ScoreReport score_assessment(const CompiledInstrument& c, const Assessment& a) {
    const Instrument& in = *c.instrument;
    std::vector<const Answer*> answers;
    match_answers(c, a, answers);
    std::vector<Accumulator> acc(c.dimension_count());
    ScoreReport report;
    report.unit_kind = a.unit_kind;
    const uint32_t mask = unit_kind_mask(c, a.unit_kind);
    report.items.resize(in.items.size());
    for (size_t i = 0; i < in.items.size(); ++i) {
        ItemResult& r = report.items[i];
        r.item_id = in.items[i].id;
        add_item(c, i, answers[i], acc.data(), r.status, r.value, mask);
        r.applies = !(mask && c.items[i].kinds && !(c.items[i].kinds & mask));
        if (!r.applies) ++report.excluded_items;
    }
    finish(in, acc.data(), acc.data() + c.principle_count, report);
    return report;
}

void score_dimensions(const CompiledInstrument& c, const Answer* const* answers, std::optional<double>* scores,
                      std::optional<double>& overall, uint32_t unit_kind_mask) {
    // Sums on the stack for instruments of ordinary size: nothing is allocated per assessment.
    constexpr size_t kLocal = 16;
    Accumulator local[kLocal];
    std::vector<Accumulator> heap;
    Accumulator* acc = local;
    if (c.dimension_count() > kLocal) {
        heap.resize(c.dimension_count());
        acc = heap.data();
    }
    AnswerStatus status;
    std::optional<double> value;
    for (size_t i = 0; i < c.items.size(); ++i) add_item(c, i, answers[i], acc, status, value, unit_kind_mask);
    double sum = 0;
    int n = 0;
    for (size_t d = 0; d < c.dimension_count(); ++d) {
        scores[d] = acc[d].score();
        if (d < c.principle_count && scores[d]) {
            sum += *scores[d];
            ++n;
        }
    }
    overall.reset();
    if (n > 0) overall = sum / n;
}

const DimensionScore* ScoreReport::find_principle(const std::string& id) const {
    for (const auto& d : principles)
        if (d.id == id) return &d;
    return nullptr;
}

const DimensionScore* ScoreReport::find_area(const std::string& id) const {
    for (const auto& d : areas)
        if (d.id == id) return &d;
    return nullptr;
}

const ItemResult* ScoreReport::find_item(const std::string& id) const {
    for (const auto& r : items)
        if (r.item_id == id) return &r;
    return nullptr;
}

std::vector<const Item*> lowest_items(const Instrument& in, const ScoreReport& report, size_t limit) {
    struct Candidate {
        const Item* item;
        double value;
        double weight;
        size_t order;
    };
    std::vector<Candidate> c;
    for (size_t i = 0; i < in.items.size() && i < report.items.size(); ++i) {
        // Items already at the top of their scale have nothing left to gain.
        if (!report.items[i].applies) continue;
        if (!report.items[i].value || *report.items[i].value >= 1.0) continue;
        double w = 0;
        for (const auto& pw : in.items[i].principles) w += pw.weight;
        c.push_back({&in.items[i], *report.items[i].value, w, i});
    }
    // Lowest value first; among equals the item that weighs most in the
    // principles first (raising it moves the scores most), then instrument order.
    std::stable_sort(c.begin(), c.end(), [](const Candidate& x, const Candidate& y) {
        if (x.value != y.value) return x.value < y.value;
        if (x.weight != y.weight) return x.weight > y.weight;
        return x.order < y.order;
    });
    std::vector<const Item*> out;
    for (size_t i = 0; i < c.size() && i < limit; ++i) out.push_back(c[i].item);
    return out;
}

}  // namespace spegeln

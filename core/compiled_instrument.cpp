#include "compiled_instrument.h"

#include <algorithm>

namespace spegeln {
namespace {

// How Assessment::answers (std::map<std::string, …>) orders its keys: char_traits<char>::compare,
// bytes as unsigned char, a prefix first. Written out because in WebAssembly the library's compare
// is a call into libc's memcmp for every pair, and ids are a few bytes long.
inline int compare_ids(std::string_view x, std::string_view y) {
    size_t n = x.size() < y.size() ? x.size() : y.size();
    for (size_t i = 0; i < n; ++i) {
        auto a = static_cast<unsigned char>(x[i]), b = static_cast<unsigned char>(y[i]);
        if (a != b) return a < b ? -1 : 1;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
}

}  // namespace

CompiledInstrument compile_instrument(const Instrument& in) {
    CompiledInstrument c;
    c.instrument = &in;
    c.principle_count = in.principles.size();
    c.area_count = in.areas.size();
    c.items.reserve(in.items.size());
    c.sorted_ids.reserve(in.items.size());
    for (size_t i = 0; i < in.items.size(); ++i) {
        const Item& item = in.items[i];
        CompiledItem ci;
        ci.top = in.scale_of(item).top();
        ci.first = static_cast<uint32_t>(c.contributions.size());
        // The same weights and the same test as score_assessment (scoring.cpp): only a positive
        // weight makes an item count in a principle.
        for (size_t p = 0; p < in.principles.size(); ++p) {
            double w = item.weight_for(in.principles[p].id);
            if (w > 0) c.contributions.push_back({static_cast<uint32_t>(p), w});
        }
        for (size_t k = 0; k < in.areas.size(); ++k)
            if (in.areas[k].id == item.area)
                c.contributions.push_back({static_cast<uint32_t>(c.principle_count + k), 1.0});
        ci.count = static_cast<uint32_t>(c.contributions.size()) - ci.first;
        for (const auto& kind : item.unit_kinds) ci.kinds |= unit_kind_mask(c, kind);
        c.items.push_back(ci);
        c.sorted_ids.emplace_back(item.id, static_cast<uint32_t>(i));
    }
    // In the answers' order; stable, so items sharing an id keep the instrument's order.
    std::stable_sort(c.sorted_ids.begin(), c.sorted_ids.end(),
                     [](const auto& x, const auto& y) { return compare_ids(x.first, y.first) < 0; });
    return c;
}

uint32_t unit_kind_mask(const CompiledInstrument& c, const std::string& unit_kind) {
    const auto& kinds = c.instrument->unit_kinds;
    for (size_t k = 0; k < kinds.size() && k < 32; ++k)
        if (kinds[k].id == unit_kind) return uint32_t{1} << k;
    return 0;
}

void match_answers(const CompiledInstrument& c, const Assessment& a, std::vector<const Answer*>& out) {
    out.assign(c.items.size(), nullptr);
    const auto& ids = c.sorted_ids;
    size_t j = 0;
    for (const auto& [id, answer] : a.answers) {
        std::string_view key = id;
        int order = -1;
        while (j < ids.size() && (order = compare_ids(ids[j].first, key)) < 0) ++j;
        if (j == ids.size()) break;  // every later answer is to an unknown id
        if (order > 0) continue;     // an unknown id
        // Every item with this id (a valid instrument has one) gets the answer; j stays at the
        // first, since the next answer's id is greater anyway.
        for (size_t k = j; k < ids.size() && compare_ids(ids[k].first, key) == 0; ++k) out[ids[k].second] = &answer;
    }
}

}  // namespace spegeln

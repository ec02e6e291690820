#include "compiled_instrument.h"

#include <algorithm>

namespace spegeln {

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
        c.items.push_back(ci);
        c.sorted_ids.emplace_back(item.id, static_cast<uint32_t>(i));
    }
    // string_view orders as std::string does (char_traits::compare), so as the answers' map does;
    // stable, so items sharing an id keep the instrument's order.
    std::stable_sort(c.sorted_ids.begin(), c.sorted_ids.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    return c;
}

void match_answers(const CompiledInstrument& c, const Assessment& a, std::vector<const Answer*>& out) {
    out.assign(c.items.size(), nullptr);
    const auto& ids = c.sorted_ids;
    size_t j = 0;
    for (const auto& [id, answer] : a.answers) {
        std::string_view key = id;
        while (j < ids.size() && ids[j].first < key) ++j;
        if (j == ids.size()) break;  // every later answer is to an unknown id
        // Every item with this id (a valid instrument has one) gets the answer; j stays at the
        // first, since the next answer's id is greater anyway.
        for (size_t k = j; k < ids.size() && ids[k].first == key; ++k) out[ids[k].second] = &answer;
    }
}

}  // namespace spegeln

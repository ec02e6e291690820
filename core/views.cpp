// Views: the answers scored against the principles, the areas or a framework (views.h).
#include "views.h"

#include "score_accumulator.h"

namespace spegeln {

std::vector<std::string> available_views(const Instrument& in) {
    std::vector<std::string> out = {kViewPrinciples, kViewAreas};
    for (const auto& f : in.frameworks) out.push_back(f.id);
    return out;
}

namespace {

LocalizedText numbered(const Area& a) {
    if (a.number.empty()) return a.title;
    LocalizedText t;
    t.sv = a.number + " " + a.title.sv;
    if (!a.title.en.empty()) t.en = a.number + " " + a.title.en;
    return t;
}

}  // namespace

std::optional<View> view_of(const Instrument& in, const std::string& view_id) {
    View v;
    v.id = view_id;
    if (view_id == kViewPrinciples) {
        v.builtin = true;
        for (const auto& p : in.principles) {
            ViewTarget t{p.id, p.title, p.source, {}, {}, {}};
            for (size_t i = 0; i < in.items.size(); ++i) {
                // The same test as score_assessment: only a positive weight counts.
                double w = in.items[i].weight_for(p.id);
                if (w > 0) t.items.emplace_back(i, w);
            }
            v.targets.push_back(std::move(t));
        }
        return v;
    }
    if (view_id == kViewAreas) {
        v.builtin = true;
        for (const auto& a : in.areas) {
            ViewTarget t{a.id, numbered(a), a.source, {}, {}, {}};
            for (size_t i = 0; i < in.items.size(); ++i)
                if (in.items[i].area == a.id) t.items.emplace_back(i, 1.0);
            v.targets.push_back(std::move(t));
        }
        return v;
    }
    const Framework* f = in.find_framework(view_id);
    if (!f) return std::nullopt;
    v.title = f->title;
    for (const auto& target : f->targets) {
        ViewTarget t{target.id, target.title, target.source, target.reason, target.note, {}};
        for (size_t i = 0; i < in.items.size(); ++i)
            if (const auto* ids = in.items[i].targets_in(f->id))
                for (const auto& id : *ids)
                    if (id == target.id) t.items.emplace_back(i, 1.0);
        v.targets.push_back(std::move(t));
    }
    return v;
}

ViewReport score_view(const Instrument& in, const Assessment& a, const View& view) {
    ViewReport r;
    r.view = view.id;
    r.unit_kind = a.unit_kind;
    for (const auto& item : in.items)
        if (!item.applies_to(a.unit_kind)) ++r.excluded_items;
    double sum = 0;
    int n = 0;
    for (const auto& t : view.targets) {
        Accumulator acc;
        size_t applicable = 0;
        for (const auto& [index, weight] : t.items) {
            const Item& item = in.items[index];
            if (!item.applies_to(a.unit_kind)) continue;
            ++applicable;
            AnswerStatus status = AnswerStatus::Unanswered;
            std::optional<double> value;
            if (const Answer* ans = a.find_answer(item.id)) {
                status = ans->status;
                value = answer_value(*ans, in.scale_of(item));
            }
            acc.add(weight, status, value);
        }
        DimensionScore d = acc.result(DimensionKind::Principle, t.id);
        TargetScore s{t.id, d.score, d.coverage, d.counts, d.uncertain, applicable};
        if (s.score) {
            sum += *s.score;
            ++n;
        } else if (!t.items.empty()) {
            r.incomplete = true;
        }
        r.targets.push_back(std::move(s));
    }
    if (n > 0) r.overall = sum / n;
    return r;
}

std::optional<ViewReport> score_view(const Instrument& in, const Assessment& a, const std::string& view_id) {
    auto v = view_of(in, view_id);
    if (!v) return std::nullopt;
    return score_view(in, a, *v);
}

const TargetScore* ViewReport::find_target(const std::string& id) const {
    for (const auto& t : targets)
        if (t.id == id) return &t;
    return nullptr;
}

std::vector<const Item*> items_for_unit_kind(const Instrument& in, const std::string& unit_kind, bool core_only) {
    std::vector<const Item*> out;
    for (const auto& item : in.items)
        if (item.applies_to(unit_kind) && (!core_only || item.core)) out.push_back(&item);
    return out;
}

}  // namespace spegeln

// The machine-readable output of `spegeln score|aggregate|compare --format json`
// (documented in docs/output-json.md). Numbers at full precision; null = no value.
#include "ids.h"
#include "output.h"
#include "output_common.h"

namespace spegeln {
namespace {

json opt(const std::optional<double>& v) {
    return v ? json(*v) : json(nullptr);
}

json instrument_ref(const Instrument& in) {
    return {{"id", in.id}, {"version", in.version}, {"title", in.title.sv}};
}

json assessment_ref(const Assessment& a) {
    return {{"id", a.id},
            {"verksamhet", {{"name", a.unit_name}}},
            {"date", a.date},
            {"respondent_role", a.respondent_role},
            {"mode", mode_id(a.mode)},
            {"instrument_version", a.instrument_version},
            {"unit_kind", a.unit_kind.empty() ? json(nullptr) : json(a.unit_kind)}};
}

json dimension_json(const Instrument& in, const DimensionScore& d) {
    json j = {{"id", d.id},
              {"title", dimension_title(in, d.kind, d.id)},
              {"score", opt(d.score)},
              {"coverage", d.coverage},
              {"uncertain", d.uncertain},
              {"counts",
               {{"answered", d.counts.answered},
                {"vet_ej", d.counts.vet_ej},
                {"ej_aktuellt", d.counts.ej_aktuellt},
                {"unanswered", d.counts.unanswered}}}};
    return j;
}

json stats_json(const Instrument& in, const DimensionStats& s) {
    return {{"id", s.id},
            {"title", s.id == kOverallId ? std::string("Sammanvägt resultat") : dimension_title(in, s.kind, s.id)},
            {"n", s.n},
            {"mean", opt(s.mean)},
            {"median", opt(s.median)},
            {"min", opt(s.min)},
            {"max", opt(s.max)},
            {"sd", opt(s.sd)}};
}

json change_json(const Instrument& in, const DimensionChange& c) {
    return {{"id", c.id},
            {"title", c.id == kOverallId ? std::string("Sammanvägt resultat") : dimension_title(in, c.kind, c.id)},
            {"baseline", opt(c.baseline)},
            {"followup", opt(c.followup)},
            {"change", opt(c.change)}};
}

json view_json(const Instrument& in, const ScoredView& v) {
    json targets = json::array();
    for (size_t i = 0; i < v.view.targets.size() && i < v.report.targets.size(); ++i) {
        const ViewTarget& t = v.view.targets[i];
        const TargetScore& s = v.report.targets[i];
        json items = json::array();
        for (const auto& [index, weight] : t.items) items.push_back(in.items[index].id);
        json tj = {{"id", t.id},
                   {"title", t.title.sv},
                   {"score", opt(s.score)},
                   {"coverage", s.coverage},
                   {"uncertain", s.uncertain},
                   {"counts",
                    {{"answered", s.counts.answered},
                     {"vet_ej", s.counts.vet_ej},
                     {"ej_aktuellt", s.counts.ej_aktuellt},
                     {"unanswered", s.counts.unanswered}}},
                   {"items", std::move(items)}};
        if (!t.reason.empty()) tj["reason"] = t.reason.sv;
        targets.push_back(std::move(tj));
    }
    return {{"id", v.view.id},
            {"title", v.view.title.sv},
            {"overall", {{"score", opt(v.report.overall)}, {"incomplete", v.report.incomplete}}},
            {"targets", std::move(targets)}};
}

}  // namespace

json score_document(const Instrument& in, const Assessment& a, const ScoreReport& r, const ScoredView* view) {
    json j = json::object();
    j["format"] = "strategispegeln-score";
    j["format_version"] = 1;
    j["instrument"] = instrument_ref(in);
    j["assessment"] = assessment_ref(a);
    j["overall"] = {{"score", opt(r.overall)}, {"incomplete", r.incomplete}};
    j["excluded_items"] = r.excluded_items;
    if (view) j["view"] = view_json(in, *view);
    j["principles"] = json::array();
    for (const auto& d : r.principles) j["principles"].push_back(dimension_json(in, d));
    j["areas"] = json::array();
    for (const auto& d : r.areas) j["areas"].push_back(dimension_json(in, d));
    j["items"] = json::array();
    for (size_t i = 0; i < r.items.size() && i < in.items.size(); ++i) {
        const ItemResult& it = r.items[i];
        const Answer* ans = a.find_answer(it.item_id);
        json ij = {{"id", it.item_id},
                   {"area", in.items[i].area},
                   {"status", status_id(it.status)},
                   {"level", ans && ans->has_level() ? json(ans->level) : json(nullptr)},
                   {"value", opt(it.value)},
                   {"applies", it.applies}};
        j["items"].push_back(std::move(ij));
    }
    return j;
}

std::string score_json(const Instrument& in, const Assessment& a, const ScoreReport& r, const ScoredView* view) {
    return dump_json(score_document(in, a, r, view)) + "\n";
}

std::string version_compare_json(const Instrument& newer, const Assessment& base, const Assessment& follow,
                                 const VersionComparison& c) {
    auto entry = [](const MappedComparison& m, bool compared) {
        json j = {{"change", change_kind_id(m.change)}, {"from", m.from}, {"to", m.to}};
        if (compared) {
            j["group"] = m.group;
            j["baseline"] = opt(m.baseline);
            j["followup"] = opt(m.followup);
            j["difference"] = opt(m.change_points);
        } else if (!m.reason.empty()) {
            j["reason"] = m.reason.sv;
        }
        return j;
    };
    json j = json::object();
    j["format"] = "strategispegeln-version-comparison";
    j["format_version"] = 1;
    j["instrument"] = {{"id", newer.id}, {"from_version", c.from_version}, {"to_version", c.to_version}};
    j["baseline"] = assessment_ref(base);
    j["followup"] = assessment_ref(follow);
    j["compared"] = json::array();
    for (const auto& m : c.compared) j["compared"].push_back(entry(m, true));
    j["not_compared"] = json::array();
    for (const auto& m : c.not_compared) j["not_compared"].push_back(entry(m, false));
    return dump_json(j) + "\n";
}

std::string aggregate_json(const Instrument& in, const AggregateReport& r, const AggregatedView* view) {
    json j = json::object();
    j["format"] = "strategispegeln-aggregate";
    j["format_version"] = 1;
    j["instrument"] = instrument_ref(in);
    j["respondents"] = r.respondents;
    j["below_anonymity_threshold"] = r.below_anonymity_threshold;
    j["anonymity_threshold"] = kAnonymityThreshold;
    j["overall"] = stats_json(in, r.overall);
    j["principles"] = json::array();
    for (const auto& d : r.principles) j["principles"].push_back(stats_json(in, d));
    j["areas"] = json::array();
    for (const auto& d : r.areas) j["areas"].push_back(stats_json(in, d));
    j["items"] = json::array();
    for (const auto& d : r.items)
        j["items"].push_back({{"id", d.item_id},
                              {"levels", d.level_counts},
                              {"vet_ej", d.vet_ej},
                              {"ej_aktuellt", d.ej_aktuellt},
                              {"unanswered", d.unanswered}});
    // Largest disagreement first (ItemSpread, docs/scoring.md); null where fewer than two chose a level.
    j["disagreement"] = json::array();
    for (const auto& d : r.spread)
        j["disagreement"].push_back({{"id", d.item_id},
                                     {"spread", opt(d.spread)},
                                     {"answered", d.answered},
                                     {"lowest", d.lowest ? json(*d.lowest) : json(nullptr)},
                                     {"highest", d.highest ? json(*d.highest) : json(nullptr)},
                                     {"vet_ej", d.vet_ej},
                                     {"ej_aktuellt", d.ej_aktuellt},
                                     {"unanswered", d.unanswered}});
    if (view) {
        json targets = json::array();
        for (size_t t = 0; t < view->targets.size() && t < view->view.targets.size(); ++t) {
            json tj = stats_json(in, view->targets[t]);
            tj["title"] = view->view.targets[t].title.sv;
            targets.push_back(std::move(tj));
        }
        j["view"] = {{"id", view->view.id},
                     {"title", view->view.title.sv},
                     {"overall", stats_json(in, view->overall)},
                     {"targets", std::move(targets)}};
    }
    return dump_json(j) + "\n";
}

std::string compare_json(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c) {
    json j = json::object();
    j["format"] = "strategispegeln-comparison";
    j["format_version"] = 1;
    j["instrument"] = instrument_ref(in);
    j["baseline"] = assessment_ref(base);
    j["followup"] = assessment_ref(follow);
    j["overall"] = change_json(in, c.overall);
    j["principles"] = json::array();
    for (const auto& d : c.principles) j["principles"].push_back(change_json(in, d));
    j["areas"] = json::array();
    for (const auto& d : c.areas) j["areas"].push_back(change_json(in, d));
    return dump_json(j) + "\n";
}

json diagnostics_json(const Diagnostics& d, const UiStrings& t) {
    json arr = json::array();
    for (const auto& x : d.items)
        arr.push_back({{"severity", x.severity == Severity::Error ? "error" : "warning"},
                       {"path", x.path},
                       {"code", x.code},
                       {"args", x.args},
                       {"message", diagnostic_message(x, t)}});
    return arr;
}

}  // namespace spegeln

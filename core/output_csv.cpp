// CSV for Excel in the reader's language: see csv.h for the encoding rules.
// Swedish: ';' between cells and a decimal comma, as Swedish Excel reads it;
// English: ',' and a decimal point (docs/translations.md). The words come from
// assets/ui/<lang>/output.json, the separator from its key "csv.separator".
#include "csv.h"
#include "ids.h"
#include "number_format.h"
#include "output.h"
#include "output_common.h"
#include "ui_strings.h"

namespace spegeln {
namespace {

char separator(const UiStrings& t) {
    const std::string& s = t.get("csv.separator");
    return s.size() == 1 ? s[0] : ';';
}

std::vector<std::string> dimension_row(const Words& w, const Instrument& in, const std::string& type,
                                       const DimensionScore& d) {
    return {type,
            d.id,
            w.title(in, d.kind, d.id),
            w.num1(d.score),
            format_decimal(d.coverage * 100.0, 1, w.num.decimal_sep),
            std::to_string(d.counts.answered),
            std::to_string(d.counts.vet_ej),
            std::to_string(d.counts.ej_aktuellt),
            std::to_string(d.counts.unanswered),
            w.yes_no(d.uncertain)};
}

std::vector<std::string> stats_row(const Words& w, const Instrument& in, const std::string& type,
                                   const DimensionStats& s) {
    return {type,
            s.id,
            w.title(in, s.kind, s.id),
            std::to_string(s.n),
            w.num1(s.mean),
            w.num1(s.median),
            w.num1(s.min),
            w.num1(s.max),
            w.num1(s.sd)};
}

std::vector<std::string> change_row(const Words& w, const Instrument& in, const std::string& type,
                                    const DimensionChange& c) {
    return {type, c.id, w.title(in, c.kind, c.id), w.num1(c.baseline), w.num1(c.followup), w.num1(c.change)};
}

}  // namespace

std::string score_csv(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& t,
                      const ScoredView* view) {
    Words w(t);
    CsvWriter out(separator(t));
    out.row({w("out.csv.unit"), a.unit_name, w("out.csv.date"), a.date, w("out.csv.instrument"), in.id,
             w("out.csv.version"), a.instrument_version, w("out.csv.unit_kind"), a.unit_kind, w("out.csv.excluded"),
             std::to_string(r.excluded_items)});
    out.row({});
    out.row({w("out.csv.type"), w("out.csv.id"), w("out.csv.name"), w("out.csv.score"), w("out.csv.coverage"),
             w("out.csv.answered"), w("out.csv.vet_ej"), w("out.csv.ej_aktuellt"), w("out.csv.unanswered"),
             w("out.csv.uncertain")});
    out.row({w("out.csv.type.overall"), kOverallId, w("out.overall"), w.num1(r.overall), "", "", "", "", "",
             r.incomplete ? w("out.csv.incomplete") : ""});
    for (const auto& d : r.principles) out.row(dimension_row(w, in, w("out.csv.type.principle"), d));
    for (const auto& d : r.areas) out.row(dimension_row(w, in, w("out.csv.type.area"), d));
    if (view) {
        // The view's rows: its overall, then its targets, typed with the view's name.
        const std::string type = view_title(view->view, t);
        out.row({type, kOverallId, w("out.overall"), w.num1(view->report.overall), "", "", "", "", "",
                 view->report.incomplete ? w("out.csv.incomplete") : ""});
        for (size_t i = 0; i < view->view.targets.size() && i < view->report.targets.size(); ++i) {
            const TargetScore& s = view->report.targets[i];
            out.row({type, s.id, view->view.targets[i].title.in(w.lang), w.num1(s.score),
                     format_decimal(s.coverage * 100.0, 1, w.num.decimal_sep), std::to_string(s.counts.answered),
                     std::to_string(s.counts.vet_ej), std::to_string(s.counts.ej_aktuellt),
                     std::to_string(s.counts.unanswered), w.yes_no(s.uncertain)});
        }
    }
    out.row({});
    out.row({w("out.csv.item"), w("out.csv.area"), w("out.csv.text"), w("out.csv.answer"), w("out.csv.level"),
             w("out.csv.value"), w("out.csv.comment")});
    for (const auto& item : in.items) {
        const Answer* ans = a.find_answer(item.id);
        const ItemResult* res = r.find_item(item.id);
        out.row({item.id, item.area, item.text.in(w.lang), answer_label(in, item, ans, t),
                 ans && ans->has_level() ? std::to_string(ans->level) : "",
                 res && res->value ? format_decimal(*res->value, 2, w.num.decimal_sep) : "", ans ? ans->comment : ""});
    }
    // Answers to items this instrument does not know are kept in the export too.
    for (const auto& [id, ans] : a.answers) {
        if (in.find_item(id)) continue;
        out.row({id, "", w("out.csv.unknown_item"), status_label(ans.status, t),
                 ans.has_level() ? std::to_string(ans.level) : "", "", ans.comment});
    }
    if (!a.notes.empty()) {
        out.row({});
        out.row({w("out.csv.notes"), a.notes});
    }
    return out.str();
}

std::string aggregate_csv(const Instrument& in, const AggregateReport& r, const UiStrings& t,
                          const AggregatedView* view) {
    Words w(t);
    CsvWriter out(separator(t));
    out.row({w("out.csv.instrument"), in.id, w("out.csv.respondents"), std::to_string(r.respondents),
             w("out.csv.below_threshold"), w.yes_no(r.below_anonymity_threshold)});
    out.row({});
    out.row({w("out.csv.type"), w("out.csv.id"), w("out.csv.name"), "n", w("out.csv.mean"), w("out.csv.median"),
             w("out.csv.min"), w("out.csv.max"), w("out.csv.sd")});
    out.row(stats_row(w, in, w("out.csv.type.overall"), r.overall));
    for (const auto& d : r.principles) out.row(stats_row(w, in, w("out.csv.type.principle"), d));
    for (const auto& d : r.areas) out.row(stats_row(w, in, w("out.csv.type.area"), d));
    if (view) {
        // The view's targets, typed by the view's id ("nationell-delmal"); its overall as "view overall".
        std::vector<std::string> overall = stats_row(w, in, view->view.id, view->overall);
        overall[2] = view_title(view->view, t);
        out.row(overall);
        for (size_t i = 0; i < view->targets.size() && i < view->view.targets.size(); ++i) {
            std::vector<std::string> row = stats_row(w, in, view->view.id, view->targets[i]);
            row[2] = view->view.targets[i].title.in(w.lang);
            out.row(row);
        }
    }
    out.row({});
    size_t max_levels = 0;
    for (const auto& d : r.items) max_levels = std::max(max_levels, d.level_counts.size());
    std::vector<std::string> head = {w("out.csv.item")};
    for (size_t i = 0; i < max_levels; ++i) head.push_back(t.format("out.csv.level_n", {std::to_string(i)}));
    head.insert(head.end(), {w("out.csv.vet_ej"), w("out.csv.ej_aktuellt"), w("out.csv.unanswered")});
    out.row(head);
    for (const auto& d : r.items) {
        std::vector<std::string> row = {d.item_id};
        for (size_t i = 0; i < max_levels; ++i)
            row.push_back(i < d.level_counts.size() ? std::to_string(d.level_counts[i]) : "");
        row.insert(row.end(), {std::to_string(d.vet_ej), std::to_string(d.ej_aktuellt), std::to_string(d.unanswered)});
        out.row(row);
    }
    // The items again, largest disagreement first (ItemSpread, docs/scoring.md).
    out.row({});
    out.row({w("out.csv.item"), w("out.csv.spread"), w("out.csv.with_level"), w("out.csv.lowest"), w("out.csv.highest"),
             w("out.csv.vet_ej"), w("out.csv.ej_aktuellt"), w("out.csv.unanswered")});
    auto level = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); };
    for (const auto& d : r.spread)
        out.row({d.item_id, d.spread ? format_decimal(*d.spread, 3, w.num.decimal_sep) : std::string(),
                 std::to_string(d.answered), level(d.lowest), level(d.highest), std::to_string(d.vet_ej),
                 std::to_string(d.ej_aktuellt), std::to_string(d.unanswered)});
    return out.str();
}

std::string compare_csv(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c,
                        const UiStrings& t) {
    Words w(t);
    CsvWriter out(separator(t));
    out.row(
        {w("out.csv.unit"), follow.unit_name, w("out.csv.baseline"), base.date, w("out.csv.followup"), follow.date});
    out.row({});
    out.row({w("out.csv.type"), w("out.csv.id"), w("out.csv.name"), w("out.csv.baseline"), w("out.csv.followup"),
             w("out.csv.change")});
    out.row(change_row(w, in, w("out.csv.type.overall"), c.overall));
    for (const auto& d : c.principles) out.row(change_row(w, in, w("out.csv.type.principle"), d));
    for (const auto& d : c.areas) out.row(change_row(w, in, w("out.csv.type.area"), d));
    return out.str();
}

std::string version_compare_csv(const Instrument& newer, const Assessment& base, const Assessment& follow,
                                const VersionComparison& c, const UiStrings& t) {
    Words w(t);
    CsvWriter out(separator(t));
    out.row({w("out.csv.unit"), follow.unit_name, w("out.csv.instrument"), newer.id, w("out.csv.baseline"), base.date,
             c.from_version, w("out.csv.followup"), follow.date, c.to_version});
    out.row({});
    out.row({w("out.csv.change_kind"), w("out.csv.from"), w("out.csv.to"), w("out.csv.baseline"), w("out.csv.followup"),
             w("out.csv.change"), w("out.csv.group")});
    auto ids = [](const std::vector<std::string>& list) {
        std::string s;
        for (const auto& id : list) s += (s.empty() ? "" : " ") + id;
        return s;
    };
    for (const auto& m : c.compared)
        out.row({w(change_key(m.change)), ids(m.from), ids(m.to), w.num1(m.baseline), w.num1(m.followup),
                 w.num1(m.change_points), w.yes_no(m.group)});
    for (const auto& m : c.not_compared)
        out.row({w(change_key(m.change)), ids(m.from), ids(m.to), "", "", "", w("out.versions.not_compared_cell")});
    return out.str();
}

}  // namespace spegeln

// Readable text for a terminal, in the language of the table passed in
// (the words from assets/ui/<lang>/output.json, numbers by number_style).
#include "coverage.h"
#include "number_format.h"
#include "output.h"
#include "output_common.h"
#include "ui_strings.h"

namespace spegeln {
namespace {

constexpr size_t kNameWidth = 50;

// The words and number style of one language, looked up once per report.

// A label with its value in a column: "Instrument:  …". The label column is as
// wide as the widest label of the block, so every language lines up.
std::string field(const std::string& label, const std::string& value, size_t width) {
    return pad_right(label + ":", width) + value + "\n";
}

std::string header_line(const Words& w) {
    return pad_right("", kNameWidth) + pad_left(w("out.col.score"), 7) + pad_left(w("out.col.coverage"), 10) +
           pad_left(w("out.col.answered"), 7) + pad_left(w("out.col.vet_ej"), 8) +
           pad_left(w("out.col.ej_aktuellt"), 9) + pad_left(w("out.col.unanswered"), 8) + "\n";
}

std::string dimension_line(const Words& w, const std::string& name, const DimensionScore& d) {
    std::string line =
        pad_right(name, kNameWidth) + pad_left(w.score(d.score), 7) + pad_left(format_percent(d.coverage, w.num), 10) +
        pad_left(std::to_string(d.counts.answered), 7) + pad_left(std::to_string(d.counts.vet_ej), 8) +
        pad_left(std::to_string(d.counts.ej_aktuellt), 9) + pad_left(std::to_string(d.counts.unanswered), 8);
    if (d.uncertain) line += "  " + w("out.uncertain_mark");
    if (!d.score) line += "  " + w("out.no_result");
    return line + "\n";
}

std::string stats_cells(const Words& w, const DimensionStats& s) {
    auto sd = s.sd ? format_decimal(*s.sd, 1, w.num.decimal_sep) : std::string("–");
    return pad_left(std::to_string(s.n), 4) + pad_left(w.score(s.mean), 8) + pad_left(w.score(s.median), 8) +
           pad_left(w.score(s.min), 7) + pad_left(w.score(s.max), 7) + pad_left(sd, 7);
}

size_t label_width(const Words& w, std::initializer_list<const char*> keys) {
    size_t width = 0;
    for (const char* k : keys) width = std::max(width, display_width(w(k)) + 3);  // the colon and two spaces
    return width;
}

std::string unit_block(const Words& w, const Instrument& in, const Assessment& a) {
    size_t lw = label_width(w, {"out.label.instrument", "out.label.unit", "out.label.date", "out.label.role",
                                "out.label.mode", "out.label.unit_kind"});
    std::string s = field(w("out.label.instrument"),
                          terminal_safe(in.title.in(w.lang)) + " (" +
                              w.t.format("out.version", {terminal_safe(a.instrument_version)}) + ")",
                          lw);
    s += field(w("out.label.unit"), a.unit_name.empty() ? w("out.no_name") : terminal_safe(a.unit_name), lw);
    s += field(w("out.label.date"), a.date.empty() ? w("out.no_date") : terminal_safe(a.date), lw);
    if (!a.respondent_role.empty()) s += field(w("out.label.role"), terminal_safe(a.respondent_role), lw);
    s += field(w("out.label.mode"), w(mode_key(a.mode)), lw);
    // An old file's migrated type that this instrument does not know selects nothing: not shown.
    const UnitKind* k = in.find_unit_kind(a.unit_kind);
    if (!a.unit_kind.empty() && (k || !a.unit_kind_from_type))
        s += field(w("out.label.unit_kind"), terminal_safe(k ? k->title.in(w.lang) : a.unit_kind), lw);
    return s;
}

// The targets of a view with their scores, and the targets no item serves with the reason.
std::string view_block(const Words& w, const ScoredView& v, bool& any_uncertain) {
    std::string s = w.t.format("out.view.heading", {terminal_safe(view_title(v.view, w.t))}) + "\n";
    s += w.t.format("out.view.overall", {w.score(v.report.overall)});
    if (v.report.incomplete) s += "  " + w("out.view.incomplete");
    s += "\n\n" + header_line(w);
    std::string unserved;
    for (size_t i = 0; i < v.view.targets.size() && i < v.report.targets.size(); ++i) {
        const ViewTarget& t = v.view.targets[i];
        const TargetScore& ts = v.report.targets[i];
        DimensionScore d;
        d.id = ts.id;
        d.score = ts.score;
        d.coverage = ts.coverage;
        d.counts = ts.counts;
        d.uncertain = ts.uncertain;
        any_uncertain = any_uncertain || d.uncertain;
        std::string name = terminal_safe(t.id + " " + t.title.in(w.lang));
        if (t.items.empty()) {
            unserved += "  " + name + (t.reason.empty() ? "" : " – " + terminal_safe(t.reason.in(w.lang))) + "\n";
            continue;
        }
        s += dimension_line(w, name, d);
    }
    if (!unserved.empty()) s += "\n" + w("out.view.unserved") + "\n" + unserved;
    return s;
}

}  // namespace

// Literal keys (not "out.mode." + id), so the test that every key the code uses
// exists in every language finds them (tests/core/test_translations.cpp).
const char* mode_key(Mode m) {
    switch (m) {
        case Mode::SelfAssessment:
            return "out.mode.self-assessment";
        case Mode::Brukarrevision:
            return "out.mode.brukarrevision";
        case Mode::Workshop:
            return "out.mode.workshop";
    }
    return "out.mode.self-assessment";
}

const char* change_key(ChangeKind k) {
    switch (k) {
        case ChangeKind::Same:
            return "out.change.same";
        case ChangeKind::Reworded:
            return "out.change.reworded";
        case ChangeKind::Split:
            return "out.change.split";
        case ChangeKind::Merged:
            return "out.change.merged";
        case ChangeKind::Removed:
            return "out.change.removed";
        case ChangeKind::New:
            return "out.change.new";
    }
    return "out.change.same";
}

std::string content_language(const UiStrings& t) {
    return t.has("out.content_language") ? t.get("out.content_language") : std::string("sv");
}

std::string dimension_title(const Instrument& in, DimensionKind kind, const std::string& id, const std::string& lang) {
    if (kind == DimensionKind::Principle) {
        if (const Principle* p = in.find_principle(id)) return p->title.in(lang);
    } else if (const Area* a = in.find_area(id)) {
        return a->number.empty() ? a->title.in(lang) : a->number + " " + a->title.in(lang);
    }
    return id;
}

std::string dimension_title(const Instrument& in, DimensionKind kind, const std::string& id) {
    return dimension_title(in, kind, id, "sv");
}

std::string view_title(const View& view, const UiStrings& t) {
    if (view.id == kViewPrinciples) return t.get("out.view.principer");
    if (view.id == kViewAreas) return t.get("out.view.omraden");
    return view.title.in(content_language(t));
}

std::string score_text(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& t,
                       const ScoredView* view) {
    Words w(t);
    std::string s = w("out.score.title") + "\n\n" + unit_block(w, in, a) + "\n";
    if (r.excluded_items > 0) s += t.format("out.score.excluded", {std::to_string(r.excluded_items)}) + "\n\n";
    bool any_uncertain = false;
    if (view && view->view.id != kViewPrinciples) {
        s += view_block(w, *view, any_uncertain);
        if (any_uncertain) s += "\n" + w("out.score.uncertain_note") + "\n";
        s += "\n" + w("out.score.how") + "\n";
        return s;
    }
    s += t.format("out.score.overall", {w.score(r.overall)});
    if (r.incomplete) s += "  " + w("out.score.incomplete");
    s += "\n\n" + w("out.principles") + "\n" + header_line(w);
    for (const auto& d : r.principles) {
        s += dimension_line(w, w.title(in, d.kind, d.id), d);
        any_uncertain = any_uncertain || d.uncertain;
    }
    s += "\n" + w("out.areas") + "\n" + header_line(w);
    for (const auto& d : r.areas) {
        s += dimension_line(w, w.title(in, d.kind, d.id), d);
        any_uncertain = any_uncertain || d.uncertain;
    }
    if (any_uncertain) s += "\n" + w("out.score.uncertain_note") + "\n";
    s += "\n" + w("out.score.how") + "\n";
    return s;
}

std::string aggregate_text(const Instrument& in, const AggregateReport& r, const UiStrings& t,
                           const AggregatedView* view) {
    Words w(t);
    std::string s = w("out.aggregate.title") + "\n\n";
    size_t lw = label_width(w, {"out.label.instrument"});
    s += field(w("out.label.instrument"), terminal_safe(in.title.in(w.lang)), lw);
    s += t.format("out.aggregate.count", {std::to_string(r.respondents)}) + "\n";
    if (r.below_anonymity_threshold)
        s += t.format("out.aggregate.below_threshold", {std::to_string(kAnonymityThreshold)}) + "\n";
    std::string head = pad_right("", kNameWidth) + pad_left("n", 4) + pad_left(w("out.col.mean"), 8) +
                       pad_left(w("out.col.median"), 8) + pad_left(w("out.col.min"), 7) +
                       pad_left(w("out.col.max"), 7) + pad_left(w("out.col.sd"), 7) + "\n";
    s += "\n" + w("out.overall_heading") + "\n" + head + pad_right(w("out.overall"), kNameWidth) +
         stats_cells(w, r.overall) + "\n";
    s += "\n" + w("out.principles") + "\n" + head;
    for (const auto& d : r.principles) s += pad_right(w.title(in, d.kind, d.id), kNameWidth) + stats_cells(w, d) + "\n";
    s += "\n" + w("out.areas") + "\n" + head;
    for (const auto& d : r.areas) s += pad_right(w.title(in, d.kind, d.id), kNameWidth) + stats_cells(w, d) + "\n";
    if (view) {
        s += "\n" + t.format("out.view.heading", {terminal_safe(view_title(view->view, t))}) + "\n" + head;
        s += pad_right(w("out.overall"), kNameWidth) + stats_cells(w, view->overall) + "\n";
        for (size_t i = 0; i < view->targets.size() && i < view->view.targets.size(); ++i) {
            const ViewTarget& vt = view->view.targets[i];
            s += pad_right(terminal_safe(vt.id + " " + vt.title.in(w.lang)), kNameWidth) +
                 stats_cells(w, view->targets[i]) + "\n";
        }
    }
    s += "\n" + w("out.aggregate.distribution") + "\n";
    const std::string& v = w("out.letter.vet_ej");
    const std::string& e = w("out.letter.ej_aktuellt");
    const std::string& o = w("out.letter.unanswered");
    for (const auto& d : r.items) {
        std::string levels;
        for (size_t i = 0; i < d.level_counts.size(); ++i)
            levels += (i ? " " : "") + std::to_string(i) + ":" + std::to_string(d.level_counts[i]);
        s += pad_right(d.item_id, 8) + levels + "  " + v + ":" + std::to_string(d.vet_ej) + " " + e + ":" +
             std::to_string(d.ej_aktuellt) + " " + o + ":" + std::to_string(d.unanswered) + "\n";
    }
    // The same disagreement the group screen ranks by (ItemSpread, docs/scoring.md).
    s += "\n" + w("out.aggregate.disagreement") + "\n";
    s += pad_right("", 8) + pad_left(w("out.col.spread"), 9) + pad_left("n", 4) + "  " + w("out.col.levels") + "\n";
    for (const auto& d : r.spread) {
        std::string spread = d.spread ? format_decimal(*d.spread, 2, w.num.decimal_sep) : std::string("–");
        std::string levels = d.lowest ? std::to_string(*d.lowest) + "–" + std::to_string(*d.highest) : "–";
        s += pad_right(d.item_id, 8) + pad_left(spread, 9) + pad_left(std::to_string(d.answered), 4) + "  " +
             pad_right(levels, 6) + v + ":" + std::to_string(d.vet_ej) + " " + e + ":" + std::to_string(d.ej_aktuellt) +
             " " + o + ":" + std::to_string(d.unanswered) + "\n";
    }
    s += "\n" + w("out.aggregate.note") + "\n";
    s += w("out.aggregate.disagreement_note") + "\n";
    return s;
}

std::string compare_text(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c,
                         const UiStrings& t) {
    Words w(t);
    std::string s = w("out.compare.title") + "\n\n";
    size_t lw = label_width(w, {"out.label.instrument", "out.label.unit", "out.label.baseline", "out.label.followup"});
    s += field(w("out.label.instrument"), terminal_safe(in.title.in(w.lang)), lw);
    s += field(w("out.label.unit"), terminal_safe(follow.unit_name), lw);
    s += field(w("out.label.baseline"), terminal_safe(base.date), lw);
    s += field(w("out.label.followup"), terminal_safe(follow.date), lw) + "\n";
    std::string head = pad_right("", kNameWidth) + pad_left(w("out.col.baseline"), 10) +
                       pad_left(w("out.col.followup"), 13) + pad_left(w("out.col.change"), 12) + "\n";
    auto line = [&](const std::string& name, const DimensionChange& d) {
        return pad_right(name, kNameWidth) + pad_left(w.score(d.baseline), 10) + pad_left(w.score(d.followup), 13) +
               pad_left(format_change(d.change, w.num), 12) + "\n";
    };
    s += head + line(w("out.overall"), c.overall);
    s += "\n" + w("out.principles") + "\n" + head;
    for (const auto& d : c.principles) s += line(w.title(in, d.kind, d.id), d);
    s += "\n" + w("out.areas") + "\n" + head;
    for (const auto& d : c.areas) s += line(w.title(in, d.kind, d.id), d);
    s += "\n" + w("out.compare.note") + "\n";
    return s;
}

std::string version_compare_text(const Instrument& newer, const Assessment& base, const Assessment& follow,
                                 const VersionComparison& c, const UiStrings& t) {
    Words w(t);
    std::string s = w("out.compare.title") + "\n\n";
    size_t lw = label_width(w, {"out.label.instrument", "out.label.unit", "out.label.baseline", "out.label.followup"});
    s += field(w("out.label.instrument"), terminal_safe(newer.title.in(w.lang)), lw);
    s += field(w("out.label.unit"), terminal_safe(follow.unit_name), lw);
    s += field(w("out.label.baseline"),
               terminal_safe(base.date) + " (" + t.format("out.version", {terminal_safe(c.from_version)}) + ")", lw);
    s += field(w("out.label.followup"),
               terminal_safe(follow.date) + " (" + t.format("out.version", {terminal_safe(c.to_version)}) + ")", lw);
    s += "\n" + t.format("out.versions.rule", {terminal_safe(c.from_version), terminal_safe(c.to_version)}) + "\n\n";
    auto ids = [](const std::vector<std::string>& list) {
        std::string out;
        for (const auto& id : list) out += (out.empty() ? "" : "+") + terminal_safe(id);
        return out;
    };
    s += w("out.versions.compared") + "\n";
    s += pad_right("", 30) + pad_right(w("out.versions.col.change"), 12) + pad_left(w("out.col.baseline"), 10) +
         pad_left(w("out.col.followup"), 13) + pad_left(w("out.col.change"), 12) + "\n";
    for (const auto& m : c.compared) {
        std::string name = ids(m.from) + " → " + ids(m.to);
        std::string kind = w(change_key(m.change));
        s += pad_right(name, 30) + pad_right(kind, 12) + pad_left(w.score(m.baseline), 10) +
             pad_left(w.score(m.followup), 13) + pad_left(format_change(m.change_points, w.num), 12);
        if (m.group) s += "  " + w("out.versions.group_mark");
        s += "\n";
    }
    s += "\n" + w("out.versions.not_compared") + "\n";
    for (const auto& m : c.not_compared) {
        std::string kind = w(change_key(m.change));
        s += "  " + pad_right(kind, 12) + ids(m.change == ChangeKind::New ? m.to : m.from);
        if (!m.reason.empty()) s += " – " + terminal_safe(m.reason.in(w.lang));
        s += "\n";
    }
    if (c.not_compared.empty()) s += "  " + w("out.versions.none") + "\n";
    s += "\n" + w("out.versions.note") + "\n";
    return s;
}

std::string coverage_text(const Instrument& in, const UiStrings& t) {
    Words w(t);
    std::string s = t.format("out.coverage.title", {terminal_safe(in.title.in(w.lang)), terminal_safe(in.version)});
    s += "\n";
    for (const auto& f : coverage_matrix(in)) {
        View v;
        v.id = f.id;
        v.title = f.title;
        s += "\n" + terminal_safe(view_title(v, t)) + " (" + terminal_safe(f.id) + ")\n";
        for (const auto& target : f.targets) {
            std::string items;
            for (const auto& id : target.items) items += (items.empty() ? "" : ", ") + terminal_safe(id);
            if (items.empty())
                items = target.reason.empty()
                            ? w("out.coverage.no_item")
                            : t.format("out.coverage.reason", {terminal_safe(target.reason.in(w.lang))});
            s += "  " + pad_right(terminal_safe(target.id + " " + target.title.in(w.lang)), kNameWidth) + items + "\n";
        }
    }
    return s;
}

}  // namespace spegeln

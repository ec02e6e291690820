// The printable report: data built here, layout and words in assets/
// (templates/report.html.mustache and ui/<lang>/report.json).
//
// Safety rests on two layers. The template renderer (mustache.cpp) escapes
// every {{value}} with html_escape below, and the template never uses the
// unescaped forms. Under the document's Content-Security-Policy (in the template) nothing can run even
// if a value slipped through: tests/e2e/report.test.mjs renders a report full
// of markup with escaping switched off (SPEGELN_TEST_NO_ESCAPE) to prove it.
//
// A malformed template gives an error message, never an exception; data
// cannot make the bundled template fail, since it inserts values only (no
// partials), never parses them as template text.
#include "report_html.h"

#include <cmath>
#include <cstdio>

#include "bundled.h"
#include "mustache.h"
#include "number_format.h"
#include "output.h"
#include "output_common.h"
#include "report_lang.h"

namespace spegeln {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr std::string_view kTemplate = "templates/report.html.mustache";
constexpr std::string_view kTextPrefix = "html_report.";

// The ids in keys use '_' where the data's ids use '-' ("self-assessment").
std::string key_id(std::string id) {
    for (auto& c : id)
        if (c == '-') c = '_';
    return id;
}

std::string answer_in(const ReportLang& l, const Instrument& in, const Item* item, const Answer* ans) {
    if (!ans) return "";
    switch (ans->status) {
        case AnswerStatus::Level: {
            if (item) {
                const Scale& s = in.scale_of(*item);
                if (ans->level >= 0 && static_cast<size_t>(ans->level) < s.levels.size())
                    return l.format("answer.level", {std::to_string(ans->level),
                                                     s.levels[static_cast<size_t>(ans->level)].label.in(l.code)});
            }
            return std::to_string(ans->level);
        }
        case AnswerStatus::VetEj:
            return l.get("answer.vet_ej");
        case AnswerStatus::EjAktuellt:
            return l.get("answer.ej_aktuellt");
        case AnswerStatus::Unanswered:
            return "";
    }
    return "";
}

std::string flag_in(const ReportLang& l, const DimensionScore& d) {
    if (!d.score) return l.get("flag.no_score");
    if (d.uncertain) return l.get("flag.uncertain");
    return "";
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// Words broken into lines of at most `width` characters (a longer word keeps its own line).
std::vector<std::string> wrap(const std::string& text, size_t width) {
    std::vector<std::string> lines;
    std::string line;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        std::string word = text.substr(start, end - start);
        if (!word.empty()) {
            if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
                lines.push_back(line);
                line.clear();
            }
            line += (line.empty() ? "" : " ") + word;
        }
        start = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

// The radar chart of the principles as numbers for the template's inline SVG;
// the same figures are in the table above it. Labels are wrapped and the
// viewBox grows to hold them (estimated at 7 px a character at 12 px), so no
// title is cut off whatever its length or language.
json radar_json(const ReportLang& l, const Instrument& in, const ScoreReport& r) {
    const size_t n = r.principles.size();
    if (n < 3) return false;
    const double radius = 120, gap = 12, line_h = 14.4, char_w = 7.0;
    double min_x = -radius, max_x = radius, min_y = -radius, max_y = radius;
    auto angle = [&](size_t i) { return -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n); };
    json rings = json::array(), spokes = json::array(), labels = json::array();
    for (int ring = 1; ring <= 4; ++ring) {
        std::string pts;
        for (size_t i = 0; i < n; ++i)
            pts += num(radius * ring / 4.0 * std::cos(angle(i))) + "," + num(radius * ring / 4.0 * std::sin(angle(i))) +
                   " ";
        rings.push_back({{"points", pts}});
    }
    std::string shape;
    for (size_t i = 0; i < n; ++i) {
        const DimensionScore& d = r.principles[i];
        const double c = std::cos(angle(i)), s = std::sin(angle(i));
        spokes.push_back({{"x1", "0"}, {"y1", "0"}, {"x2", num(radius * c)}, {"y2", num(radius * s)}});
        const double frac = d.score ? std::fmax(0.0, std::fmin(100.0, *d.score)) / 100.0 : 0.0;
        shape += num(radius * frac * c) + "," + num(radius * frac * s) + " ";

        const bool middle = std::fabs(c) < 0.3;
        auto lines = wrap(dimension_title(in, d.kind, d.id, l.code), middle ? 28 : 18);
        std::string score = l.score(d.score);
        double width = static_cast<double>(display_width(score));
        for (const auto& line : lines) width = std::fmax(width, static_cast<double>(display_width(line)));
        width *= char_w;
        const double lx = (radius + gap) * c, ly = (radius + gap) * s;
        const double block = line_h * static_cast<double>(lines.size());  // first to last baseline
        double y0 = s < -0.3 ? ly - block : (s > 0.3 ? ly + 12 : ly - block / 2 + 4);
        double left = middle ? lx - width / 2 : (c < 0 ? lx - width : lx);
        min_x = std::fmin(min_x, left);
        max_x = std::fmax(max_x, left + width);
        min_y = std::fmin(min_y, y0 - 12);
        max_y = std::fmax(max_y, y0 + block + 4);
        json jl = json::array();
        for (size_t k = 0; k < lines.size(); ++k)
            jl.push_back({{"line", lines[k]}, {"x", num(lx)}, {"dy", k == 0 ? "0" : "1.2em"}});
        labels.push_back({{"x", num(lx)},
                          {"y", num(y0)},
                          {"anchor", middle ? "middle" : (c < 0 ? "end" : "start")},
                          {"lines", jl},
                          {"score", score},
                          {"score_dy", lines.empty() ? "0" : "1.2em"}});
    }
    const double pad = 8;
    min_x -= pad, min_y -= pad, max_x += pad, max_y += pad;
    return {{"view_box", num(min_x) + " " + num(min_y) + " " + num(max_x - min_x) + " " + num(max_y - min_y)},
            {"width", num(max_x - min_x)},
            {"height", num(max_y - min_y)},
            {"rings", rings},
            {"spokes", spokes},
            {"shape", shape},
            {"labels", labels}};
}

// The report's sentences as a tree: "html_report.about.caption" → text.about.caption.
json text_tree(const UiStrings& ui) {
    return report_text_tree(ui, kTextPrefix);
}

}  // namespace

json report_text_tree(const UiStrings& ui, std::string_view prefix) {
    json tree = json::object();
    for (const auto& [key, value] : ui.table()) {
        if (key.compare(0, prefix.size(), prefix) != 0) continue;
        json* node = &tree;
        std::string_view rest = std::string_view(key).substr(prefix.size());
        bool ok = true;
        while (ok) {
            auto dot = rest.find('.');
            std::string part(rest.substr(0, dot));
            if (dot == std::string_view::npos) {
                if (!node->contains(part)) (*node)[part] = value;
                break;
            }
            if (!node->contains(part)) (*node)[part] = json::object();
            node = &(*node)[part];
            ok = node->is_object();  // "a" and "a.b" both defined: "a.b" is left out
            rest = rest.substr(dot + 1);
        }
    }
    return tree;
}

namespace {

json report_fields(const ReportLang& l, const Instrument& in, const Assessment& a, const ScoreReport& r) {
    const std::string unit = a.unit_name.empty() ? l.get("unnamed_unit") : a.unit_name;
    const UnitKind* unit_kind = in.find_unit_kind(a.unit_kind);
    const Progress pr = progress(in, a);
    json j = {{"document_title", l.format("document_title", {unit, a.date})},
              {"heading", l.format("heading", {unit})},
              {"instrument_title", in.title.in(l.code)},
              {"unit", unit_kind ? l.format("about.unit_value", {unit, unit_kind->title.in(l.code)}) : unit},
              {"date", a.date},
              {"role", a.respondent_role},
              {"mode", l.get("mode." + key_id(mode_id(a.mode)))},
              {"instrument", l.format("about.instrument_value", {in.id, a.instrument_version})},
              {"answered", l.format("about.answered_value", {std::to_string(pr.decided), std::to_string(pr.total)})},
              {"overall", l.format("overall.value", {l.score(r.overall)})},
              {"has_notes", !a.notes.empty()},
              {"notes", a.notes}};

    json principles = json::array();
    for (const auto& d : r.principles)
        principles.push_back({{"id", d.id},
                              {"title", dimension_title(in, d.kind, d.id, l.code)},
                              {"score", l.score(d.score)},
                              {"coverage", l.percent(d.coverage)},
                              {"answered", std::to_string(d.counts.answered)},
                              {"vet_ej", std::to_string(d.counts.vet_ej)},
                              {"ej_aktuellt", std::to_string(d.counts.ej_aktuellt)},
                              {"unanswered", std::to_string(d.counts.unanswered)},
                              {"flag", flag_in(l, d)}});
    j["principles"] = std::move(principles);
    j["radar"] = radar_json(l, in, r);

    json areas = json::array();
    for (const auto& d : r.areas)
        areas.push_back({{"id", d.id},
                         {"title", dimension_title(in, d.kind, d.id, l.code)},
                         {"score", l.score(d.score)},
                         {"bar_width", num(d.score ? std::fmax(0.0, std::fmin(100.0, *d.score)) : 0.0)},
                         {"coverage", l.percent(d.coverage)},
                         {"flag", flag_in(l, d)}});
    j["areas"] = std::move(areas);

    json lowest = json::array();
    for (const Item* item : lowest_items(in, r, 5)) {
        json actions = json::array();
        for (const auto& act : item->actions) actions.push_back(act.in(l.code));
        lowest.push_back({{"id", item->id},
                          {"question", item->text.in(l.code)},
                          {"answer", l.format("lowest.your_answer", {answer_in(l, in, item, a.find_answer(item->id))})},
                          {"has_actions", !actions.empty()},
                          {"actions", std::move(actions)}});
    }
    j["lowest"] = std::move(lowest);

    json tables = json::array();
    auto row = [&](const std::string& label, const Item* item, const Answer* ans) {
        std::string answer = answer_in(l, in, item, ans);
        return json{
            {"item", label}, {"answer", answer}, {"unanswered", answer.empty()}, {"comment", ans ? ans->comment : ""}};
    };
    for (const auto& area : in.areas) {
        json rows = json::array();
        for (const Item* item : in.items_in_area(area.id))
            rows.push_back(row(item->id + " " + item->text.in(l.code), item, a.find_answer(item->id)));
        tables.push_back(
            {{"caption", dimension_title(in, DimensionKind::Area, area.id, l.code)}, {"rows", std::move(rows)}});
    }
    json unknown = json::array();
    for (const auto& [id, ans] : a.answers)
        if (!in.find_item(id)) unknown.push_back(row(id, nullptr, &ans));
    if (!unknown.empty())
        tables.push_back({{"caption", l.get("answers.unknown_caption")}, {"rows", std::move(unknown)}});
    j["answer_tables"] = std::move(tables);
    return j;
}

std::string escape_for_template(const std::string& s) {
#ifdef SPEGELN_TEST_NO_ESCAPE
    // Test builds only (CMake option SPEGELN_TEST_NO_ESCAPE): values go in raw,
    // so the browser test can show that the CSP alone stops them running.
    return s;
#else
    return html_escape(s);
#endif
}

}  // namespace

std::string html_escape(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (char c : in) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                // Other control characters have no place in a report.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
                    out += ' ';
                else
                    out += c;
        }
    }
    return out;
}

// The unit kind and the view (views.h), when there are any.
void add_view_fields(const ReportLang& l, const Instrument& in, const Assessment& a, const ScoreReport& r,
                     const ScoredView* view, json& out) {
    const UnitKind* kind = in.find_unit_kind(a.unit_kind);
    out["has_unit_kind"] = kind != nullptr;
    out["unit_kind"] =
        kind ? l.format("unit_kind.value", {kind->title.in(l.code), std::to_string(r.excluded_items)}) : std::string();
    out["has_view"] = view != nullptr;
    if (!view) return;
    std::string title = view->view.id == kViewPrinciples ? l.get("view.principer")
                        : view->view.id == kViewAreas    ? l.get("view.omraden")
                                                         : view->view.title.in(l.code);
    out["view_heading"] = l.format("view.heading", {title});
    out["view_overall"] = l.format("overall.value", {l.score(view->report.overall)});
    json targets = json::array();
    for (size_t i = 0; i < view->view.targets.size() && i < view->report.targets.size(); ++i) {
        const ViewTarget& t = view->view.targets[i];
        const TargetScore& s = view->report.targets[i];
        DimensionScore d;
        d.score = s.score;
        d.uncertain = s.uncertain;
        std::string flag = t.items.empty() ? t.reason.in(l.code) : flag_in(l, d);
        targets.push_back({{"title", t.id + " " + t.title.in(l.code)},
                           {"score", l.score(s.score)},
                           {"coverage", l.percent(s.coverage)},
                           {"flag", flag}});
    }
    out["view_targets"] = std::move(targets);
}

// The handlingsplan (plan.h): one row per action with its items' current answers; the column
// names are the plan's own words ("plan.col.*"), shared with its CSV.
void add_plan_fields(const Instrument& in, const Assessment& a, const UiStrings& text, json& out) {
    json rows = json::array();
    for (const auto& r : plan_rows(in, a, text))
        rows.push_back({{"id", r.id},
                        {"answers", r.answers},
                        {"what", r.what},
                        {"responsible", r.responsible},
                        {"due", r.due},
                        {"follow_up", r.follow_up},
                        {"status", r.status},
                        {"earlier_status", r.earlier_status},
                        {"unmapped", r.unmapped.empty() ? "" : text.format("plan.out.unmapped", {r.unmapped})}});
    out["has_plan"] = !rows.empty();
    out["plan"] = std::move(rows);
    json cols = json::object();
    for (const char* c :
         {"id", "items", "answers", "what", "responsible", "due", "follow_up", "status", "earlier_status"})
        cols[c] = text.get(std::string("plan.col.") + c);
    out["plan_cols"] = std::move(cols);
    out["has_follows"] = a.plan.follows.has_value();
    out["plan_follows"] =
        a.plan.follows ? text.format("plan.out.follows", {a.plan.follows->date, a.plan.follows->instrument_version})
                       : "";
}

json report_data(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& text,
                 const ScoredView* view) {
    const ReportLang l(text, kTextPrefix);
    json data = score_document(in, a, r, view);
    data["lang"] = l.code;
    data["text"] = text_tree(text);
    data["report"] = report_fields(l, in, a, r);
    add_view_fields(l, in, a, r, view, data["report"]);
    add_plan_fields(in, a, text, data["report"]);
    return data;
}

bool render_template(std::string_view tmpl, const json& data, std::string& out, std::string& error) {
    return render_mustache(tmpl, data, escape_for_template, out, error);
}

std::string report_html(const Instrument& in, const Assessment& a, const ScoreReport& r, const UiStrings& text,
                        const ScoredView* view) {
    std::string out, error;
    if (render_template(bundled_asset(kTemplate), report_data(in, a, r, text, view), out, error)) return out;
    // Unreachable with the bundled template (tests/core/test_report_html.cpp
    // renders it for every language); said plainly rather than an empty page.
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Strategispegeln</title></head><body><p>" +
           html_escape(std::string(kTemplate) + ": " + error) + "</p></body></html>\n";
}

std::string report_html(const Instrument& in, const Assessment& a, const ScoreReport& r, std::string_view lang,
                        const ScoredView* view) {
    UiStrings text;
    Diagnostics ignored;  // a bundled language loads cleanly (tests/core/test_ui_strings.cpp)
    if (!load_bundled_language(pick_language(lang), text, ignored))
        load_bundled_language(kDefaultLanguage, text, ignored);
    return report_html(in, a, r, text, view);
}

}  // namespace spegeln

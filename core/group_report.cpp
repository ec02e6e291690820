// The group report (group_report.h): data built here, layout and words in
// assets/ (templates/group-report.html.mustache, ui/<lang>/report.json).
// Escaping and the CSP work as for the self-assessment report (report_html.cpp).
#include "group_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "bundled.h"
#include "ids.h"
#include "number_format.h"
#include "output.h"
#include "report_html.h"
#include "report_lang.h"
#include "scoring.h"
#include "translations.h"

namespace spegeln {
namespace {

constexpr std::string_view kTemplate = "templates/group-report.html.mustache";
constexpr std::string_view kTextPrefix = "html_report.group.";

// The strip plot's geometry (SVG user units): 0–100 maps to x 20–620.
constexpr double kPlotLeft = 20, kPlotScale = 6, kPlotWidth = 640;
constexpr double kDotR = 5, kRowH = 11, kTop = 14;

// SVG coordinates always with a decimal point, whatever the language.
std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

double clamp100(double v) {
    return std::fmax(0.0, std::fmin(100.0, v));
}

double x_of(double score) {
    return kPlotLeft + clamp100(score) * kPlotScale;
}

// One dot per participant with a score, sorted so the order says nothing about
// who is who; dots that would overlap are stacked in rows.
json strip_plot(const ReportLang& l, const std::string& title, std::vector<double> scores, const DimensionStats& s) {
    std::sort(scores.begin(), scores.end());
    json dots = json::array();
    std::vector<double> row_end;  // the x of the last dot placed in each row
    for (double v : scores) {
        const double x = x_of(v);
        size_t row = 0;
        while (row < row_end.size() && x - row_end[row] < 2 * kDotR + 1) ++row;
        if (row == row_end.size()) row_end.push_back(x);
        row_end[row] = x;
        dots.push_back({{"cx", num(x)}, {"cy", num(kTop + kDotR + 2 + kRowH * static_cast<double>(row))}});
    }
    const double rows = static_cast<double>(std::max<size_t>(1, row_end.size()));
    const double bottom = kTop + 2 * kDotR + 4 + kRowH * (rows - 1);  // the axis
    json ticks = json::array();
    for (int t = 0; t <= 100; t += 25)
        ticks.push_back(
            {{"x", num(x_of(t))}, {"y1", num(bottom)}, {"y2", num(bottom + 4)}, {"label", std::to_string(t)}});
    json plot = {{"view_box", "0 0 " + num(kPlotWidth) + " " + num(bottom + 20)},
                 {"width", num(kPlotWidth)},
                 {"height", num(bottom + 20)},
                 {"dots", dots},
                 {"top", num(kTop)},
                 {"axis_y", num(bottom)},
                 {"label_y", num(bottom + 17)},
                 {"axis_x1", num(x_of(0))},
                 {"axis_x2", num(x_of(100))},
                 {"ticks", ticks},
                 {"has_scores", !scores.empty()}};
    if (scores.empty() || !s.mean || !s.median || !s.min || !s.max) {
        plot["has_scores"] = false;
        plot["label"] = l.format("plot.none", {title});
        return plot;
    }
    plot["label"] = l.format(
        "plot.label", {title, std::to_string(s.n), l.score(s.mean), l.score(s.median), l.score(s.min), l.score(s.max)});
    plot["band_x"] = num(x_of(*s.min));
    plot["band_w"] = num(std::fmax(1.0, x_of(*s.max) - x_of(*s.min)));
    plot["band_h"] = num(bottom - kTop);
    plot["mean_x"] = num(x_of(*s.mean));
    plot["median_x"] = num(x_of(*s.median));
    // The mean's marker is a triangle above the band, the median's a square below the axis.
    const double mx = x_of(*s.mean), my = kTop;
    plot["mean_marker"] =
        num(mx - 5) + "," + num(my - 8) + " " + num(mx + 5) + "," + num(my - 8) + " " + num(mx) + "," + num(my - 1);
    plot["median_sq_x"] = num(x_of(*s.median) - 3.5);
    plot["median_sq_y"] = num(bottom - 3.5);
    return plot;
}

json stats_row(const ReportLang& l, const std::string& title, const DimensionStats& s) {
    return {
        {"title", title},        {"n", std::to_string(s.n)}, {"mean", l.score(s.mean)}, {"median", l.score(s.median)},
        {"min", l.score(s.min)}, {"max", l.score(s.max)},    {"sd", l.score(s.sd)}};
}

// Per dimension: the table row and the plot, from each member's own score.
json dimension_json(const ReportLang& l, const std::string& title, const DimensionStats& s,
                    const std::vector<double>& scores) {
    json j = stats_row(l, title, s);
    j["plot"] = strip_plot(l, title, scores, s);
    return j;
}

std::vector<double> scores_of(const std::vector<ScoreReport>& reports, DimensionKind kind, const std::string& id) {
    std::vector<double> out;
    for (const auto& r : reports) {
        if (id == kOverallId) {
            if (r.overall) out.push_back(*r.overall);
            continue;
        }
        for (const auto& d : kind == DimensionKind::Principle ? r.principles : r.areas)
            if (d.id == id && d.score) out.push_back(*d.score);
    }
    return out;
}

// The items' answer counts, largest disagreement first (ties in the
// instrument's order), in one table per scale (normally there is one).
json item_tables(const ReportLang& l, const Instrument& in, const AggregateReport& r) {
    struct Row {
        const Item* item;
        const ItemDistribution* dist;
        double spread;
        bool measurable;
    };
    // The core's ranking (aggregate.h, docs/scoring.md): the same numbers `spegeln aggregate`
    // prints and the group screen shows.
    std::vector<Row> rows;
    for (const auto& s : r.spread) {
        const Item* item = in.find_item(s.item_id);
        auto d = std::find_if(r.items.begin(), r.items.end(),
                              [&](const ItemDistribution& x) { return x.item_id == s.item_id; });
        if (item && d != r.items.end()) rows.push_back({item, &*d, s.spread.value_or(0.0), s.spread.has_value()});
    }
    json tables = json::array();
    std::vector<std::string> scale_ids;
    for (const auto& row : rows) {
        const Scale& scale = in.scale_of(*row.item);
        auto pos = std::find(scale_ids.begin(), scale_ids.end(), scale.id);
        size_t t = static_cast<size_t>(pos - scale_ids.begin());
        if (pos == scale_ids.end()) {
            scale_ids.push_back(scale.id);
            json levels = json::array();
            for (const auto& lv : scale.levels)
                levels.push_back({{"label", l.format("items.level", {std::to_string(lv.value), lv.label.in(l.code)})}});
            tables.push_back({{"caption", l.format("items.caption", {scale.title.in(l.code)})},
                              {"levels", levels},
                              {"rows", json::array()}});
        }
        json counts = json::array();
        for (const auto& lv : scale.levels) {
            size_t i = static_cast<size_t>(lv.value);
            counts.push_back(
                {{"count", std::to_string(i < row.dist->level_counts.size() ? row.dist->level_counts[i] : 0)}});
        }
        tables[t]["rows"].push_back({{"item", row.item->id + " " + row.item->text.in(l.code)},
                                     {"spread", row.measurable ? format_decimal(row.spread, 2, l.decimal) : "–"},
                                     {"counts", counts},
                                     {"vet_ej", std::to_string(row.dist->vet_ej)},
                                     {"ej_aktuellt", std::to_string(row.dist->ej_aktuellt)},
                                     {"unanswered", std::to_string(row.dist->unanswered)}});
    }
    return tables;
}

json report_fields(const ReportLang& l, const Instrument& in, const std::vector<Assessment>& members) {
    std::string first, last;
    for (const auto& a : members) {
        if (a.date.empty()) continue;
        if (first.empty() || a.date < first) first = a.date;
        if (last.empty() || a.date > last) last = a.date;
    }
    const std::string date = first == last ? first : l.format("about.date_range", {first, last});
    const AggregateReport r = aggregate(in, members);
    json j = {{"document_title", l.format("document_title", {in.title.in(l.code), date})},
              {"heading", l.get("heading")},
              {"instrument_title", in.title.in(l.code)},
              {"instrument", l.format("about.instrument_value", {in.title.in(l.code), in.id, in.version})},
              {"participants", std::to_string(r.respondents)},
              {"date", date},
              {"below_threshold", r.below_anonymity_threshold},
              {"threshold_note",
               l.format("below_threshold", {std::to_string(kAnonymityThreshold), std::to_string(r.respondents)})}};
    if (r.below_anonymity_threshold) return j;  // no results at all, not even in the data

    std::vector<ScoreReport> reports;
    reports.reserve(members.size());
    for (const auto& a : members) reports.push_back(score_assessment(in, a));

    json principles = json::array(), areas = json::array();
    principles.push_back(
        dimension_json(l, l.get("overall.title"), r.overall, scores_of(reports, DimensionKind::Principle, kOverallId)));
    for (const auto& d : r.principles) {
        const std::string title = dimension_title(in, d.kind, d.id, l.code);
        principles.push_back(dimension_json(l, title, d, scores_of(reports, d.kind, d.id)));
    }
    for (const auto& d : r.areas) {
        const std::string title = dimension_title(in, d.kind, d.id, l.code);
        areas.push_back(dimension_json(l, title, d, scores_of(reports, d.kind, d.id)));
    }
    // The overall score rides along in the principles' table: it is their mean.
    j["sections"] = json::array({json{{"heading", l.get("principles.heading")},
                                      {"caption", l.get("principles.caption")},
                                      {"first_col", l.get("col.principle")},
                                      {"rows", std::move(principles)}},
                                 json{{"heading", l.get("areas.heading")},
                                      {"caption", l.get("areas.caption")},
                                      {"first_col", l.get("col.area")},
                                      {"rows", std::move(areas)}}});
    j["item_tables"] = item_tables(l, in, r);
    return j;
}

}  // namespace

json group_report_data(const Instrument& in, const std::vector<Assessment>& members, const UiStrings& text) {
    const ReportLang l(text, kTextPrefix);
    json data = json::object();
    data["lang"] = l.code;
    data["text"] = report_text_tree(text, kTextPrefix);
    data["report"] = report_fields(l, in, members);
    return data;
}

std::string group_report_html(const Instrument& in, const std::vector<Assessment>& members, const UiStrings& text) {
    std::string out, error;
    if (render_template(bundled_asset(kTemplate), group_report_data(in, members, text), out, error)) return out;
    // Unreachable with the bundled template (tests/core/test_group_report.cpp renders it in every language).
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Strategispegeln</title></head><body><p>" +
           html_escape(std::string(kTemplate) + ": " + error) + "</p></body></html>\n";
}

std::string group_report_html(const Instrument& in, const std::vector<Assessment>& members, std::string_view lang) {
    UiStrings text;
    Diagnostics ignored;  // a bundled language loads cleanly (tests/core/test_ui_strings.cpp)
    if (!load_bundled_language(pick_language(lang), text, ignored))
        load_bundled_language(kDefaultLanguage, text, ignored);
    return group_report_html(in, members, text);
}

}  // namespace spegeln

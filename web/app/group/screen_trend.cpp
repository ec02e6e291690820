// screen_trend.cpp — one unit followed over time: a baseline and its follow-ups, per principle
// and area a small chart of the score in each round with the dates, the change from the first
// score to the last, and each round's coverage. Every number is also written out as text (the
// chart is a picture of the same line). When the instrument version changes between rounds the
// screen says which items were compared through the version mapping and which were not.
// Numbers come from the core (trend.h); this file only draws them.
#include <algorithm>

#include "actions.h"
#include "imgui.h"
#include "number_format.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

// "2026-03-01: 25,0 (täckning 100 %) → 2027-03-01: 50,0 (…)"
std::string series_text(const App& app, const TrendSeries& s, const Trend& t, bool with_coverage) {
    std::string out;
    for (size_t i = 0; i < s.points.size() && i < t.dates.size(); ++i) {
        const TrendPoint& p = s.points[i];
        std::string value = p.score ? score_text(app, p.score) : tr(app, "results.missing");
        if (with_coverage) value += " (" + app.strings.format("trend.coverage", {format_percent(p.coverage)}) + ")";
        out += (i ? " → " : "") + t.dates[i] + ": " + value;
    }
    return out;
}

// The line over the rounds: 0–100 upwards, one column per round; a round without a score is a
// gap, never a zero. Decorative for a screen reader: the text above says the same.
void series_chart(App& app, const std::string& id, const TrendSeries& s, const Trend& t) {
    const float em = ui::em();
    const float w = std::min(ImGui::GetContentRegionAvail().x, em * 36.0f);
    const float h = em * 5.0f;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h + em * 1.4f));
    ui::record(app, id, "");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float left = o.x + em * 2.2f, right = o.x + w - em * 2.5f, top = o.y + em * 0.4f, bottom = o.y + h;
    for (int v : {0, 50, 100}) {
        float y = bottom - (bottom - top) * static_cast<float>(v) / 100.0f;
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), ui::kGrid, 1.0f);
        std::string label = std::to_string(v);
        dl->AddText(ImVec2(o.x, y - ImGui::GetFontSize() * 0.5f), ui::kMuted, label.c_str());
    }
    const size_t n = s.points.size();
    auto x_of = [&](size_t i) {
        return n <= 1 ? (left + right) * 0.5f
                      : left + (right - left) * static_cast<float>(i) / static_cast<float>(n - 1);
    };
    auto y_of = [&](double score) { return bottom - (bottom - top) * static_cast<float>(score / 100.0); };
    for (size_t i = 1; i < n; ++i)
        if (s.points[i - 1].score && s.points[i].score)
            dl->AddLine(ImVec2(x_of(i - 1), y_of(*s.points[i - 1].score)), ImVec2(x_of(i), y_of(*s.points[i].score)),
                        ui::kAccent, std::max(2.0f, em * 0.15f));
    for (size_t i = 0; i < n; ++i) {
        float x = x_of(i);
        if (s.points[i].score) {
            float y = y_of(*s.points[i].score);
            // An uncertain score (coverage under half) is an open circle: shape, not only colour.
            if (s.points[i].uncertain)
                dl->AddCircle(ImVec2(x, y), em * 0.3f, ui::kAccent, 0, 2.0f);
            else
                dl->AddCircleFilled(ImVec2(x, y), em * 0.3f, ui::kAccent);
            std::string value = score_text(app, s.points[i].score);
            dl->AddText(ImVec2(x + em * 0.4f, y - em * 1.1f), ui::kInk, value.c_str());
        }
        if (i < t.dates.size()) {
            float tw = ImGui::CalcTextSize(t.dates[i].c_str()).x;
            float tx0 = std::clamp(x - tw * 0.5f, o.x, o.x + w - tw);
            dl->AddText(ImVec2(tx0, bottom + em * 0.2f), ui::kMuted, t.dates[i].c_str());
        }
    }
}

void series_block(App& app, const std::string& id, const std::string& title, const TrendSeries& s, const Trend& t,
                  bool with_coverage) {
    ui::text_bold(title);
    ui::text(series_text(app, s, t, with_coverage));
    ui::text_muted(s.change ? app.strings.format("trend.change", {change_text(app, s.change)})
                            : tr(app, "trend.no_change"));
    series_chart(app, id, s, t);
    ui::separator();
}

// Which items each step between two rounds compared, and which it could not.
void steps_block(App& app, const Trend& t) {
    ui::heading(tr(app, "trend.items"));
    for (size_t i = 0; i < t.steps.size() && i + 1 < t.dates.size(); ++i) {
        const TrendStep& s = t.steps[i];
        std::string from = t.dates[i] + " (" + app.strings.format("group.version", {s.from_version}) + ")";
        std::string to = t.dates[i + 1] + " (" + app.strings.format("group.version", {s.to_version}) + ")";
        ui::text_bold(from + " → " + to);
        if (s.same_version) {
            ui::text(app.strings.format("trend.same_version", {std::to_string(s.compared.size())}));
            continue;
        }
        if (!s.mapped) {
            ui::text_colored(ui::kWarnInk, tr(app, "trend.no_mapping"));
            continue;
        }
        std::string compared, missing;
        for (const auto& id : s.compared) compared += (compared.empty() ? "" : ", ") + id;
        for (const auto& id : s.not_compared) missing += (missing.empty() ? "" : ", ") + id;
        ui::text(app.strings.format("trend.compared", {std::to_string(s.compared.size()), compared}));
        if (!s.not_compared.empty())
            ui::text_colored(ui::kWarnInk, app.strings.format("trend.not_compared",
                                                              {std::to_string(s.not_compared.size()), missing}));
    }
}

}  // namespace

void draw_trend(App& app) {
    if (app.group.scroll_top) {
        ImGui::SetScrollY(0.0f);
        app.group.scroll_top = false;
    }
    const GroupView& g = app.group;
    ui::heading(tr(app, "trend.title"));
    if (g.members.empty() || g.instrument < 0 || g.instrument >= static_cast<int>(app.instruments.size())) {
        if (ui::button(app, "group.back", tr(app, "group.back"))) act_go(app, Screen::Saved);
        return;
    }
    const Instrument& in = app.instruments[static_cast<size_t>(g.instrument)];
    const Trend& t = g.trend;
    const Assessment& last = g.members.back();
    ui::text((last.unit_name.empty() ? tr(app, "saved.no_name") : last.unit_name) + " · " + tx(app, in.title));
    ui::text_muted(app.strings.format("trend.rounds", {std::to_string(t.dates.size())}));
    for (const auto& w : g.warnings) ui::banner(app.strings.format("group.warning", {w}), ui::kWarnBg, ui::kWarnInk);
    if (ui::button(app, "group.back", tr(app, "group.back"))) act_go(app, Screen::Saved);
    ImGui::Spacing();
    ui::text_muted(tr(app, "trend.help"));
    ImGui::Spacing();
    series_block(app, "trend.overall", tr(app, "group.overall"), t.overall, t, false);
    ui::heading(tr(app, "group.principles"));
    for (const auto& s : t.principles)
        series_block(app, "trend.principle." + s.id, title_of(app, in, DimensionKind::Principle, s.id), s, t, true);
    ui::heading(tr(app, "group.areas"));
    for (const auto& s : t.areas)
        series_block(app, "trend.area." + s.id, title_of(app, in, DimensionKind::Area, s.id), s, t, true);
    steps_block(app, t);
}

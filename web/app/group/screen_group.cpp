// screen_group.cpp — several assessments taken together (App::group, filled by
// group_actions.cpp): a workshop's answers aggregated, with the spread of the
// scores drawn as ranges and the items where the participants differ most; or
// a baseline and its follow-up side by side with the change. Every number is
// the core's, formatted with score_text / change_text (actions.h).
#include <algorithm>

#include "actions.h"
#include "group/panel_codes.h"
#include "imgui.h"
#include "number_format.h"
#include "output.h"
#include "screens.h"
#include "screens_group.h"
#include "widgets/fonts.h"
#include "widgets/widgets_chart.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

constexpr size_t kMaxSpreadItems = 8;

void back_button(App& app) {
    if (ui::button(app, "group.back", tr(app, "group.back"))) act_go(app, Screen::Saved);
}

std::string export_label(const App& app) {
    return tr(app, app.group.comparing ? "group.export_compare_csv" : "group.export_csv");
}

void export_button(App& app) {
    if (ui::button(app, "group.export_csv", export_label(app))) act_export_group_csv(app);
}

// The aggregate's three downloads: the printable report, the CSV and the JSON.
void export_buttons(App& app) {
    const std::string html = tr(app, "group.export_html"), json = tr(app, "group.export_json");
    ui::flow(ui::button_width(html));
    if (ui::button(app, "group.export_html", html)) act_export_group_html(app);
    ui::flow(ui::button_width(export_label(app)));
    export_button(app);
    ui::flow(ui::button_width(json));
    if (ui::button(app, "group.export_json", json)) act_export_group_json(app);
}

// "Vårdcentralen Eken · 2026-03-15 · Deltagare 1"
std::string member_text(const App& app, const Assessment& a) {
    std::string name = a.unit_name.empty() ? tr(app, "saved.no_name") : a.unit_name;
    return name + " · " + a.date + (a.respondent_role.empty() ? "" : " · " + a.respondent_role);
}

std::string distribution_text(const App& app, const Instrument& in, const Item& item, const ItemDistribution& d);

void stats_bar(App& app, const DimensionStats& d, const std::string& id, const std::string& title) {
    const int respondents = app.group.aggregate.respondents;
    std::string detail = app.strings.format("group.n", {std::to_string(d.n), std::to_string(respondents)});
    if (d.n > 0)
        detail += " · " + app.strings.format("group.stats",
                                             {score_text(app, d.mean), score_text(app, d.median),
                                              score_text(app, d.min), score_text(app, d.max), score_text(app, d.sd)});
    else
        detail += " · " + tr(app, "group.no_scores");
    range_bar(app, id, title, d.min, d.median, d.max, d.mean ? score_text(app, d.mean) : tr(app, "results.missing"),
              detail, d.values, d.mean);
}

// The item's answers as columns: one per level (its number), then vet ej, ej aktuellt and
// unanswered when anyone gave them. The sentence says the same for a screen reader.
void distribution(App& app, const Instrument& in, const Item& item, const ItemDistribution& d) {
    std::vector<DistributionColumn> cols;
    for (const auto& lv : in.scale_of(item).levels) {
        size_t i = static_cast<size_t>(lv.value);
        cols.push_back({std::to_string(lv.value), i < d.level_counts.size() ? d.level_counts[i] : 0, true});
    }
    cols.push_back({tr(app, "group.col.vet_ej"), d.vet_ej, false});
    if (d.ej_aktuellt > 0) cols.push_back({tr(app, "group.col.ej_aktuellt"), d.ej_aktuellt, false});
    if (d.unanswered > 0) cols.push_back({tr(app, "group.col.unanswered"), d.unanswered, false});
    distribution_chart(app, "group.dist." + d.item_id, cols, distribution_text(app, in, item, d));
}

// "Inte påbörjat 2 · Planerat 0 · … · Vet ej 1"
std::string distribution_text(const App& app, const Instrument& in, const Item& item, const ItemDistribution& d) {
    std::string out;
    const Scale& scale = in.scale_of(item);
    for (const auto& lv : scale.levels) {
        size_t i = static_cast<size_t>(lv.value);
        int count = i < d.level_counts.size() ? d.level_counts[i] : 0;
        if (!out.empty()) out += " · ";
        out += tx(app, lv.label) + " " + std::to_string(count);
    }
    out += " · " + app.strings.format("group.vet_ej", {std::to_string(d.vet_ej)});
    if (d.ej_aktuellt > 0) out += " · " + app.strings.format("group.ej_aktuellt", {std::to_string(d.ej_aktuellt)});
    if (d.unanswered > 0) out += " · " + app.strings.format("group.unanswered", {std::to_string(d.unanswered)});
    return out;
}

// The items ranked by the core's disagreement (AggregateReport::spread), the first few unless
// the trainer asks for all; each with its answers as columns.
void differ_list(App& app, const Instrument& in) {
    ui::heading(tr(app, "group.differ"));
    ui::text_muted(tr(app, "group.differ_help"));
    const std::vector<const ItemSpread*> differing = differing_items(app.group.aggregate);
    if (differing.empty()) {
        ui::text(tr(app, "group.differ_none"));
        return;
    }
    const auto& items = app.group.aggregate.items;
    const size_t shown = app.group.all_items ? differing.size() : std::min(differing.size(), kMaxSpreadItems);
    for (size_t k = 0; k < shown; ++k) {
        const ItemSpread& s = *differing[k];
        const Item* item = in.find_item(s.item_id);
        const ItemDistribution* dist = nullptr;
        for (const auto& d : items)
            if (d.item_id == s.item_id) dist = &d;
        if (!item || !dist) continue;
        ui::Card c = ui::card_begin();
        ui::text_muted(std::to_string(k + 1) + ". " + title_of(app, in, DimensionKind::Area, item->area));
        ui::text_bold(tx(app, item->text));
        ui::record(app, "group.differ." + s.item_id, tx(app, item->text));
        distribution(app, in, *item, *dist);
        ui::text_muted(
            app.strings.format("group.spread", {decimal_text(app, *s.spread, 2), std::to_string(s.answered)}));
        ui::card_end(c, ui::kBg, ui::kDivider, ui::kLine);
        ImGui::Spacing();
    }
    if (differing.size() > kMaxSpreadItems) {
        const std::string label = app.group.all_items
                                      ? tr(app, "group.fewer_items")
                                      : app.strings.format("group.all_items", {std::to_string(differing.size())});
        if (ui::button(app, "group.all_items", label)) app.group.all_items = !app.group.all_items;
    }
}

void draw_aggregate(App& app, const Instrument& in) {
    const AggregateReport& r = app.group.aggregate;
    ui::heading(tr(app, "group.aggregate_title"));
    {
        ui::FontScope f(font_bold());
        ui::text(app.strings.format("group.count", {std::to_string(r.respondents), tx(app, in.title)}));
    }
    back_button(app);
    // Below the anonymity threshold nothing of the group's answers is shown or exported: with one
    // or two people every dot, spread and distribution says what someone answered. The collect
    // panel stays, so late participants can still be added.
    if (r.below_anonymity_threshold) {
        draw_codes_panel(app);
        ui::banner(tr(app, "group.below_threshold"), ui::kWarnBg, ui::kWarnInk);
        ImGui::Spacing();
        draw_collect_panel(app);
        return;
    }
    export_buttons(app);
    const std::string present = tr(app, "group.present");
    ui::flow(ui::button_width(present));
    if (ui::primary_button(app, "group.present", present)) act_present(app, true);
    ImGui::Spacing();
    // Under the screen's heading (h2, then the panel's h3) and below the row of buttons that
    // flows beside "Back".
    draw_codes_panel(app);
    draw_collect_panel(app);
    ImGui::Spacing();
    ui::text_muted(tr(app, "group.how"));
    ImGui::Spacing();
    stats_bar(app, r.overall, "group.overall", tr(app, "group.overall"));
    ui::heading(tr(app, "group.principles"));
    for (const auto& d : r.principles)
        stats_bar(app, d, "group.principle." + d.id, title_of(app, in, DimensionKind::Principle, d.id));
    ui::heading(tr(app, "group.areas"));
    for (const auto& d : r.areas) stats_bar(app, d, "group.area." + d.id, title_of(app, in, DimensionKind::Area, d.id));
    ImGui::Spacing();
    differ_list(app, in);
}

void change_row(App& app, const DimensionChange& d, const std::string& id, const std::string& title) {
    ui::text_bold(title);
    ui::record(app, id, title);
    std::string line = app.strings.format(
        "group.change_row", {score_text(app, d.baseline), score_text(app, d.followup), change_text(app, d.change)});
    {
        ui::FontScope f(font_bold());
        ui::text_colored(d.change ? ui::kInk : ui::kMuted, line);
    }
    ui::separator();
}

void draw_compare(App& app, const Instrument& in) {
    const GroupView& g = app.group;
    ui::heading(tr(app, "group.compare_title"));
    const Assessment& base = g.members[0];
    const Assessment& follow = g.members[1];
    ui::text(tr(app, "group.baseline") + ": " + member_text(app, base));
    ui::text(tr(app, "group.followup") + ": " + member_text(app, follow));
    ui::text_muted(tx(app, in.title));
    for (const auto& w : g.warnings) ui::banner(app.strings.format("group.warning", {w}), ui::kWarnBg, ui::kWarnInk);
    ImGui::Spacing();
    back_button(app);
    ui::flow(ui::button_width(export_label(app)));
    export_button(app);
    ImGui::Spacing();
    draw_codes_panel(app);
    ui::text_muted(tr(app, "group.change_help"));
    ImGui::Spacing();
    change_row(app, g.comparison.overall, "group.overall", tr(app, "group.overall"));
    ui::heading(tr(app, "group.principles"));
    for (const auto& d : g.comparison.principles)
        change_row(app, d, "group.principle." + d.id, title_of(app, in, DimensionKind::Principle, d.id));
    ui::heading(tr(app, "group.areas"));
    for (const auto& d : g.comparison.areas)
        change_row(app, d, "group.area." + d.id, title_of(app, in, DimensionKind::Area, d.id));
}

// "hf-02, hf-03" with the first item's text in the instrument that has it.
std::string items_text(const App& app, const Instrument& in, const Assessment& a, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    if (!ids.empty())
        if (const Item* item = in.find_item(ids.front())) out += " – " + tx(app, item->text_in(a.unit_kind));
    return out;
}

// A baseline on an earlier version and its follow-up on the newer one, through the mapping:
// each compared row with its kind of change, then what could not be compared and why.
void draw_version_compare(App& app, const Instrument& older, const Instrument& newer) {
    const GroupView& g = app.group;
    const Assessment& base = g.members[0];
    const Assessment& follow = g.members[1];
    ui::heading(tr(app, "group.compare_title"));
    ui::text(tr(app, "group.baseline") + ": " + member_text(app, base) + " · " +
             app.strings.format("group.version", {older.version}));
    ui::text(tr(app, "group.followup") + ": " + member_text(app, follow) + " · " +
             app.strings.format("group.version", {newer.version}));
    ui::text_muted(tx(app, newer.title));
    for (const auto& w : g.warnings) ui::banner(app.strings.format("group.warning", {w}), ui::kWarnBg, ui::kWarnInk);
    ImGui::Spacing();
    back_button(app);
    ui::flow(ui::button_width(export_label(app)));
    export_button(app);
    ImGui::Spacing();
    draw_codes_panel(app);
    ui::banner(app.strings.format("group.versions_help",
                                  {older.version, newer.version, std::to_string(g.versions.compared.size()),
                                   std::to_string(g.versions.not_compared.size())}),
               ui::kAccentLight, ui::kInk);
    ImGui::Spacing();
    ScoreReport rb = score_assessment(older, base), rf = score_assessment(newer, follow);
    ui::text(app.strings.format("group.versions_overall", {older.version, score_text(app, rb.overall), newer.version,
                                                           score_text(app, rf.overall)}));
    ui::text_muted(tr(app, "group.versions_overall_help"));

    ui::heading(tr(app, "group.versions_compared"));
    for (const MappedComparison& m : g.versions.compared) {
        std::string id = "group.mapped." + (m.to.empty() ? m.from.front() : m.to.front());
        std::string kind = tr(app, std::string("group.change.") + change_kind_id(m.change));
        std::string title = items_text(app, newer, follow, m.to);
        ui::text_bold(title);
        ui::record(app, id, title);
        std::string from;
        for (const auto& f : m.from) from += (from.empty() ? "" : ", ") + f;
        ui::text_muted(app.strings.format(m.group ? "group.mapped_group" : "group.mapped_item", {kind, from}));
        std::string line = app.strings.format(
            "group.change_row",
            {score_text(app, m.baseline), score_text(app, m.followup), change_text(app, m.change_points)});
        {
            ui::FontScope f(font_bold());
            ui::text_colored(m.change_points ? ui::kInk : ui::kMuted, line);
        }
        ui::separator();
    }
    ui::heading(tr(app, "group.versions_not_compared"));
    ui::text_muted(tr(app, "group.versions_not_compared_help"));
    for (const MappedComparison& m : g.versions.not_compared) {
        const bool removed = m.change == ChangeKind::Removed;
        std::string title = removed ? items_text(app, older, base, m.from) : items_text(app, newer, follow, m.to);
        std::string id = "group.unmapped." + (removed ? m.from.front() : m.to.front());
        ui::text(tr(app, std::string("group.change.") + change_kind_id(m.change)) + ": " + title);
        ui::record(app, id, title);
        if (!m.reason.empty()) ui::text_muted(tx(app, m.reason));
    }
}

}  // namespace

void draw_group(App& app) {
    if (app.group.scroll_top) {
        ImGui::SetScrollY(0.0f);
        app.group.scroll_top = false;
    }
    if (app.group.over_time) {
        draw_trend(app);  // screen_trend.cpp
        return;
    }
    const GroupView& g = app.group;
    if (g.members.empty() || g.instrument < 0 || g.instrument >= static_cast<int>(app.instruments.size())) {
        // An empty group: a workshop about to be collected.
        ui::heading(tr(app, "collect.title"));
        back_button(app);
        draw_codes_panel(app);
        if (!g.comparing) draw_collect_panel(app);
        return;
    }
    const Instrument& in = app.instruments[static_cast<size_t>(g.instrument)];
    if (g.comparing && g.members.size() == 2 && g.across_versions && g.base_instrument >= 0)
        draw_version_compare(app, app.instruments[static_cast<size_t>(g.base_instrument)], in);
    else if (g.comparing && g.members.size() == 2)
        draw_compare(app, in);
    else
        draw_aggregate(app, in);
}

// screen_saved.cpp — the assessments kept in this browser: resume one, copy
// one for a follow-up, delete one (after a confirmation), import a file; tick
// several to aggregate them (a workshop) or compare two (baseline, follow-up).
#include "a11y/semantics.h"
#include "actions.h"
#include "imgui.h"
#include "platform.h"
#include "screens.h"
#include "widgets/widgets_common.h"

namespace {

void entry_card(App& app, const SavedEntry& e) {
    ui::Card c = ui::card_begin();
    // Every card has the same buttons ("Ta bort", …): a screen reader hears
    // which assessment they belong to from the group around them.
    const std::string name = e.unit_name.empty() ? tr(app, "saved.no_name") : e.unit_name;
    a11y::group_begin(a11y::Role::Group, name + " (" + e.date + ")", "saved.card." + e.id);
    if (e.readable && ui::checkbox(app, "saved.select." + e.id, tr(app, "saved.select"), is_selected(app, e.id)))
        act_toggle_selected(app, e.id);
    ui::text_bold(e.unit_name.empty() ? tr(app, "saved.no_name") : e.unit_name);
    if (!e.readable) {
        ui::text_colored(ui::kErrorInk, tr(app, "saved.unreadable"));
    } else {
        ui::text(e.date + (e.respondent_role.empty() ? "" : " · " + e.respondent_role) + " · " + e.instrument_title);
        ui::text_muted(app.strings.format("saved.progress",
                                          {std::to_string(e.progress.decided), std::to_string(e.progress.total)}));
        if (e.modified.size() >= 10) ui::text_muted(app.strings.format("saved.modified", {e.modified.substr(0, 10)}));
        if (e.unexported)
            ui::text_colored(ui::kWarnInk, tr(app, "saved.unexported"));
        else
            ui::text_muted(tr(app, "saved.exported"));
    }
    bool open_now = app.doc.current && app.doc.current->id == e.id;
    if (open_now) ui::text_colored(ui::kAccent, tr(app, "saved.is_open"));

    std::string resume = tr(app, "saved.resume"), dup = tr(app, "saved.duplicate"), del = tr(app, "saved.delete");
    std::string follow = tr(app, "saved.follow_up");
    if (e.readable) {
        if (ui::primary_button(app, "saved.resume." + e.id, resume)) act_resume(app, e.id);
        ui::flow(ui::button_width(dup));
        if (ui::button(app, "saved.duplicate." + e.id, dup)) {
            app.messages.modal = Modal::Duplicate;
            app.messages.subject = e.id;
        }
        ui::flow(ui::button_width(follow));
        if (ui::button(app, "saved.follow_up." + e.id, follow)) act_start_follow_up(app, e.id);
        ui::flow(ui::button_width(del));
    }
    if (ui::button(app, "saved.delete." + e.id, del)) {
        app.messages.modal = Modal::ConfirmDelete;
        app.messages.subject = e.id;
    }
    a11y::group_end();
    bool selected = is_selected(app, e.id);
    ui::card_end(c, e.unexported ? ui::kUnexportedBg : ui::kBg, selected ? ui::kAccent : ui::kBorder,
                 selected ? 3.0f : ui::kLine);
    ImGui::Spacing();
}

// The selection and what can be done with it; a disabled button says why in words.
void group_panel(App& app) {
    ui::Card c = ui::card_begin();
    ui::text_bold(tr(app, "saved.group_title"));
    ui::text_muted(tr(app, "saved.group_help"));
    size_t n = app.group.selected.size();
    ui::text(app.strings.format("saved.selected_count", {std::to_string(n)}));
    GroupCheck agg = check_aggregate(app), cmp = check_compare(app);
    std::string agg_label = tr(app, "saved.aggregate"), cmp_label = tr(app, "saved.compare");
    ImGui::BeginDisabled(agg != GroupCheck::Ok);
    if (ui::primary_button(app, "saved.aggregate", agg_label)) act_open_aggregate(app);
    ImGui::EndDisabled();
    ui::flow(ui::button_width(cmp_label));
    ImGui::BeginDisabled(cmp != GroupCheck::Ok);
    if (ui::button(app, "saved.compare", cmp_label)) act_open_compare(app);
    ImGui::EndDisabled();
    std::string trend_label = tr(app, "trend.open");
    ui::flow(ui::button_width(trend_label));
    GroupCheck over_time = check_trend(app);
    ImGui::BeginDisabled(over_time != GroupCheck::Ok);
    if (ui::button(app, "saved.trend", trend_label)) act_open_trend(app);
    ImGui::EndDisabled();
    if (n > 0) {
        std::string clear = tr(app, "saved.clear_selection");
        ui::flow(ui::button_width(clear));
        if (ui::button(app, "saved.clear_selection", clear)) app.group.selected.clear();
    }
    // One reason per button, but the same sentence only once.
    std::string why_agg = group_check_text(app, agg, false), why_cmp = group_check_text(app, cmp, true);
    if (!why_agg.empty()) ui::text_colored(ui::kWarnInk, why_agg);
    if (!why_cmp.empty() && why_cmp != why_agg) ui::text_colored(ui::kWarnInk, why_cmp);
    ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
    ImGui::Spacing();
}

}  // namespace

void draw_saved(App& app) {
    ui::heading(tr(app, "saved.title"));
    ui::text(tr(app, "saved.help"));
    ImGui::BeginDisabled(!app.storage_ready);
    if (ui::button(app, "saved.import", tr(app, "start.import"))) act_request_import(app);
    // A workshop's participants send codes: the group screen's paste panel takes them.
    ui::flow(ui::button_width(tr(app, "codes.open")));
    if (ui::button(app, "saved.paste_codes", tr(app, "codes.open"))) {
        app.group.codes.open = true;
        act_go(app, Screen::Group);
    }
    // A workshop whose assessments are files, not saved here (group/collect_actions.h): offered
    // even with nothing saved, as a trainer's laptop usually has none.
    const std::string collect = tr(app, "saved.collect");
    ui::flow(ui::button_width(collect));
    if (ui::button(app, "saved.collect", collect)) act_open_collect(app);
    ImGui::EndDisabled();
    ImGui::Spacing();
    if (!app.storage_ready) {
        ui::text_muted(tr(app, "start.loading"));
        return;
    }
    draw_saved_audits(app);
    if (app.library.saved.empty() && !app.audit.saved.empty()) return;
    if (app.library.saved.empty()) {
        ui::text_muted(tr(app, "saved.empty"));
        if (ui::button(app, "saved.new", tr(app, "saved.new"))) act_go(app, Screen::Start);
        return;
    }
    // Copy: a modal or an action may change the list while we draw it.
    const std::vector<SavedEntry> entries = app.library.saved;
    if (entries.size() >= 2) group_panel(app);
    for (const auto& e : entries) entry_card(app, e);
}

// panel_collect.cpp — the group screen's participants: who is in, a button to
// add many files at once (or drop them on the page), each member removable,
// and what became of each file given (collect_actions.h). Every outcome is
// said in words, never by colour alone.
#include "actions.h"
#include "imgui.h"
#include "screens_group.h"
#include "widgets/widgets_common.h"

void draw_collect_panel(App& app) {
    GroupView& g = app.group;
    ui::heading(app.strings.format("collect.members", {std::to_string(g.members.size())}), 3);
    ui::text_muted(tr(app, "collect.help"));
    if (ui::primary_button(app, "collect.add", tr(app, "collect.add"))) act_request_collect_files(app);
    ImGui::Spacing();
    if (g.members.empty()) ui::text(tr(app, "collect.none"));
    size_t remove = g.members.size();
    for (size_t i = 0; i < g.members.size(); ++i) {
        const std::string label = i < g.member_labels.size() ? g.member_labels[i] : std::to_string(i + 1);
        ui::text(std::to_string(i + 1) + ". " + label);
        const std::string button = app.strings.format("collect.remove", {label});
        ui::flow(ui::button_width(button));
        if (ui::button(app, "collect.remove." + std::to_string(i), button)) remove = i;
    }
    if (remove < g.members.size()) act_remove_member(app, remove);
    if (g.collect_notes.empty()) return;
    ImGui::Spacing();
    ui::label(tr(app, "collect.notes"));
    for (const CollectNote& n : g.collect_notes) {
        const bool ok = n.outcome == CollectOutcome::Added;
        ui::text_colored(ok ? ui::kInk : ui::kWarnInk, collect_note_text(app, n));
    }
    if (ui::button(app, "collect.clear", tr(app, "collect.clear"))) act_clear_collect_notes(app);
}

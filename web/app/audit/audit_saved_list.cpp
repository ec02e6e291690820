// audit_saved_list.cpp — the saved audits on the saved screen: each with its
// unit, period and state, to open or delete. An older brukarrevision saved as
// an assessment opens through act_resume, which migrates it.
#include "a11y/semantics.h"
#include "actions.h"
#include "audit/audit_actions.h"
#include "audit/audit_widgets.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

void draw_saved_audits(App& app) {
    if (app.audit.saved.empty()) return;
    ui::heading(tr(app, "audit.saved.title"), 3);
    const std::vector<SavedAudit> entries = app.audit.saved;  // an action may change the list
    for (const auto& e : entries) {
        ui::Card c = ui::card_begin();
        const std::string name = e.unit_name.empty() ? tr(app, "saved.no_name") : e.unit_name;
        a11y::group_begin(a11y::Role::Group, name, "audit.saved.card." + e.id);
        ui::text_bold(name);
        if (!e.readable) {
            ui::text_colored(ui::kErrorInk, tr(app, "saved.unreadable"));
        } else {
            ui::text(app.strings.format(
                "audit.saved.line", {e.period_from, e.period_to, state_text(app, e.state), std::to_string(e.judged)}));
            if (e.follow_up) ui::text_muted(tr(app, "audit.saved.follow_up"));
            if (ui::primary_button(app, "audit.saved.open." + e.id, tr(app, "audit.saved.open")))
                act_open_audit(app, e.id);
            ui::flow(ui::button_width(tr(app, "saved.delete")));
        }
        if (ui::button(app, "audit.saved.delete." + e.id, tr(app, "saved.delete"))) {
            app.messages.modal = Modal::ConfirmDelete;
            app.messages.subject = kAuditPrefix + e.id;
        }
        a11y::group_end();
        bool open_now = app.audit.current && app.audit.current->id == e.id;
        ui::card_end(c, ui::kBg, open_now ? ui::kAccent : ui::kBorder, ui::kLine);
        ImGui::Spacing();
    }
}

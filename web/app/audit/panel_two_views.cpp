// panel_two_views.cpp — two views of one unit on the audit's report screen: a
// saved self-assessment of the unit (the staff's view) beside this audit (the
// users' view as the auditors judged it), per principle on the same 0–100
// basis and item by item through the brukarrevision instrument's crosswalk,
// the items where the views lie furthest apart first. The numbers are the
// core's (audit_compare.h), the same as `spegeln compare SELF AUDIT`.
#include <string>

#include "actions.h"
#include "audit/audit_actions.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

constexpr size_t kItemsShown = 8;  // the largest differences; the CLI lists all

std::string sides_line(const App& app, const std::string& title, const std::optional<double>& self,
                       const std::optional<double>& audit, const std::optional<double>& diff) {
    return app.strings.format("audit.two_views.line",
                              {title, score_text(app, self), score_text(app, audit), score_text(app, diff)});
}

void pick_list(App& app) {
    bool any = false;
    for (const SavedEntry& e : app.library.saved) {
        const Instrument* in = find_instrument(app, e.instrument_id);
        // Every readable self-assessment; one of an instrument the crosswalk does not name is
        // compared per principle only, and the core's warning says so.
        if (!e.readable || !in || in->id == app.audit.current->instrument_id) continue;
        any = true;
        const bool chosen = e.id == app.audit.two_views_self;
        const std::string label =
            app.strings.format(chosen ? "audit.two_views.picked" : "audit.two_views.pick", {e.unit_name, e.date});
        ui::flow(ui::button_width(label));
        if (ui::button(app, "audit.two_views.pick." + e.id, label)) act_audit_two_views(app, e.id);
    }
    if (!any) ui::text_muted(tr(app, "audit.two_views.none"));
}

}  // namespace

void draw_audit_two_views(App& app) {
    if (!app.audit.current) return;
    const AuditView& v = app.audit;
    ui::Card c = ui::card_begin();
    ui::text_bold(tr(app, "audit.two_views.title"));
    ui::text(tr(app, "audit.two_views.help"));
    pick_list(app);
    if (v.two_views) {
        const AuditComparison& cmp = *v.two_views;
        const Instrument* audit_in = audit_instrument(app);
        ImGui::Spacing();
        ui::label(tr(app, "audit.two_views.principles"));
        ui::text(sides_line(app, tr(app, "audit.two_views.overall"), cmp.overall.self, cmp.overall.audit,
                            cmp.overall.difference));
        for (const SidesScore& p : cmp.principles) {
            const Principle* pr = audit_in ? audit_in->find_principle(p.id) : nullptr;
            ui::text(sides_line(app, pr ? tx(app, pr->title) : p.id, p.self, p.audit, p.difference));
        }
        ImGui::Spacing();
        ui::label(tr(app, "audit.two_views.items"));
        size_t shown = 0;
        for (const ItemSides& it : cmp.items) {
            if (shown == kItemsShown) break;
            if (!it.self && !it.audit) continue;  // neither side answered it: nothing to set side by side
            const Item* item = audit_in ? audit_in->find_item(it.audit_item) : nullptr;
            ui::text("• " + sides_line(app, item ? it.audit_item + " " + tx(app, item->text) : it.audit_item, it.self,
                                       it.audit, it.difference));
            ++shown;
        }
        if (shown == 0) ui::text_muted(tr(app, "audit.two_views.no_items"));
        for (const std::string& w : v.two_views_warnings) ui::text_muted(w);
    }
    ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
}

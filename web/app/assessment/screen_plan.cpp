// screen_plan.cpp — the handlingsplan: for the items a unit wants to improve, what it will do
// (one of the strategy's insatser suggested from the item's area, or its own action), who is
// responsible, by when, how it is followed up, and the status. In a follow-up round the earlier
// round's actions are here with the status they had, next to their items' new answers.
// The plan lives in the open assessment (core/plan.h); every change goes through plan_actions.h.
#include "a11y/semantics.h"
#include "actions.h"
#include "imgui.h"
#include "output_common.h"
#include "plan.h"
#include "screens.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

std::string answer_now(const App& app, const Instrument& in, const Item& item) {
    const Answer* ans = app.doc.current->find_answer(item.id);
    if (!ans || ans->status == AnswerStatus::Unanswered) return tr(app, "plan.no_answer");
    if (ans->status == AnswerStatus::VetEj) return tr(app, "out.answer.vet-ej");
    if (ans->status == AnswerStatus::EjAktuellt) return tr(app, "out.answer.ej-aktuellt");
    const Scale& s = in.scale_of(item);
    for (const auto& lv : s.levels)
        if (lv.value == ans->level) return std::to_string(lv.value) + " – " + tx(app, lv.label);
    return std::to_string(ans->level);
}

// The action's items, each with the answer this round gave it: the status is updated beside it.
void action_items(App& app, const Instrument& in, const PlanAction& act) {
    for (const auto& id : act.items) {
        const Item* item = in.find_item(id);
        if (!item) {
            ui::text_colored(ui::kWarnInk, app.strings.format("plan.item_unknown", {id}));
            continue;
        }
        ui::text_muted(title_of(app, in, DimensionKind::Area, item->area) + " · " + id);
        ui::text_bold(tx(app, item->text_in(app.doc.current->unit_kind)));
        ui::text(app.strings.format("plan.answer_now", {answer_now(app, in, *item)}));
    }
    if (act.carried_from) {
        ui::text_colored(ui::kAccent, app.strings.format("plan.earlier_status",
                                                         {tr(app, action_status_key(act.carried_from->status))}));
    }
    if (!act.unmapped_items.empty()) {
        std::string list;
        for (const auto& id : act.unmapped_items) list += (list.empty() ? "" : ", ") + id;
        ui::text_colored(ui::kWarnInk, app.strings.format("plan.unmapped", {list}));
    }
}

void insats_choice(App& app, const Instrument& in, const PlanAction& act) {
    std::vector<const FrameworkTarget*> suggested;
    for (const auto& id : act.items)
        if (const Item* item = in.find_item(id))
            for (const auto* t : suggested_insatser(in, *item))
                if (std::find(suggested.begin(), suggested.end(), t) == suggested.end()) suggested.push_back(t);
    if (suggested.empty() && act.insats.empty()) return;
    ui::label(tr(app, "plan.insats"));
    float w = ImGui::GetContentRegionAvail().x;
    for (const auto* t : suggested)
        if (ui::choice_button(app, "plan." + act.id + ".insats." + t->id, tx(app, t->title), act.insats == t->id, w))
            act_plan_set_insats(app, act.id, t->id);
    // An insats the suggestions do not list (set in a file, or of an item since changed) stays visible.
    bool other = !act.insats.empty() && std::none_of(suggested.begin(), suggested.end(),
                                                     [&](const FrameworkTarget* t) { return t->id == act.insats; });
    if (other) {
        std::string title = insats_title(in, act.insats, app.language);
        ui::choice_button(app, "plan." + act.id + ".insats." + act.insats, title.empty() ? act.insats : title, true, w);
    }
    if (ui::choice_button(app, "plan." + act.id + ".insats.none", tr(app, "plan.insats_none"), act.insats.empty(), w))
        act_plan_set_insats(app, act.id, "");
}

void status_choice(App& app, const PlanAction& act) {
    ui::label(tr(app, "plan.status_label"));
    bool first = true;
    for (ActionStatus s : kAllActionStatuses) {
        std::string label = tr(app, action_status_key(s));
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        if (ui::choice_button(app, "plan." + act.id + ".status." + action_status_id(s), label, act.status == s, w))
            act_plan_set_status(app, act.id, s);
    }
}

void due_field(App& app, const PlanAction& act) {
    ui::label(tr(app, "plan.due"));
    auto it = app.plan.due_text.find(act.id);
    std::string text = it != app.plan.due_text.end() ? it->second : act.due;
    if (ui::input_text(app, "plan." + act.id + ".due", text, ui::em() * 9.0f)) {
        if (act_plan_set_text(app, act.id, PlanField::Due, text))
            app.plan.due_text.erase(act.id);
        else
            app.plan.due_text[act.id] = text;
    }
    if (app.plan.due_text.count(act.id)) ui::text_colored(ui::kErrorInk, tr(app, "plan.due_invalid"));
}

void action_card(App& app, const Instrument& in, const PlanAction& act_in) {
    const PlanAction act = act_in;  // a copy: the actions below may change the plan while it is drawn
    if (app.plan.focus_action == act.id) {
        ImGui::SetScrollHereY(0.0f);
        app.plan.focus_action.clear();
    }
    ui::Card c = ui::card_begin();
    std::string name = app.strings.format("plan.action_title", {act.id});
    a11y::group_begin(a11y::Role::Group, name, "plan.card." + act.id);
    ui::heading(name, 3);
    action_items(app, in, act);
    insats_choice(app, in, act);
    ui::label(tr(app, act.insats.empty() ? "plan.own_action" : "plan.own_action_with_insats"));
    std::string own = act.own_action;
    if (ui::long_text_field(app, "plan." + act.id + ".own", own, 2.0f))
        act_plan_set_text(app, act.id, PlanField::OwnAction, own);
    ui::label(tr(app, "plan.responsible"));
    std::string who = act.responsible;
    if (ui::input_text(app, "plan." + act.id + ".responsible", who))
        act_plan_set_text(app, act.id, PlanField::Responsible, who);
    due_field(app, act);
    ui::label(tr(app, "plan.follow_up"));
    std::string how = act.follow_up;
    if (ui::long_text_field(app, "plan." + act.id + ".follow_up", how, 2.0f))
        act_plan_set_text(app, act.id, PlanField::FollowUp, how);
    status_choice(app, act);
    ImGui::Spacing();
    if (ui::button(app, "plan." + act.id + ".remove", tr(app, "plan.remove"))) act_plan_remove(app, act.id);
    a11y::group_end();
    ui::card_end(c, ui::kBg, act.carried_from ? ui::kAccent : ui::kBorder, ui::kLine);
    ImGui::Spacing();
}

// The items with the lowest answers that no action covers yet, each with a button to add one.
void add_panel(App& app, const Instrument& in) {
    ui::heading(tr(app, "plan.add_heading"), 3);
    int shown = 0;
    for (const Item* item : lowest_items(in, app.doc.report, 12)) {
        if (plan_action_for_item(app, item->id)) continue;
        if (++shown > 6) break;
        ui::Card c = ui::card_begin();
        ui::text_muted(title_of(app, in, DimensionKind::Area, item->area) + " · " + item->id);
        ui::text(tx(app, item->text_in(app.doc.current->unit_kind)));
        ui::text_muted(app.strings.format("plan.answer_now", {answer_now(app, in, *item)}));
        if (ui::button(app, "plan.add." + item->id, app.strings.format("plan.add_item", {item->id})))
            act_plan_add(app, item->id);
        ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
        ImGui::Spacing();
    }
    if (shown == 0) ui::text_muted(tr(app, "plan.add_none"));
}

}  // namespace

void draw_plan(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current) return;
    const Assessment& a = *app.doc.current;
    ui::heading(tr(app, "plan.title"));
    ui::text(tr(app, "plan.help"));
    if (a.plan.follows) {
        std::string date = a.plan.follows->date.empty() ? "—" : a.plan.follows->date;
        ui::banner(app.strings.format("plan.follows", {date}), ui::kSurface, ui::kInk);
    }
    ImGui::Spacing();
    if (a.plan.actions.empty()) ui::text_muted(tr(app, "plan.empty"));
    const std::vector<PlanAction> actions = a.plan.actions;
    for (const auto& act : actions) action_card(app, *in, act);
    add_panel(app, *in);
    ImGui::Spacing();
    if (!app.doc.current->plan.actions.empty()) {
        std::string csv = tr(app, "plan.export_csv");
        if (ui::button(app, "plan.export_csv", csv)) act_export_plan_csv(app);
        ui::flow(ui::button_width(tr(app, "results.to_export")));
    }
    if (ui::primary_button(app, "plan.to_export", tr(app, "results.to_export") + " →")) act_go(app, Screen::Export);
}

// screen_answer.cpp — answering: one area at a time, every item as a card with
// its text, "Vad menas?", the answer buttons and a comment. The current item
// (the one the number keys answer) has a tinted card and a thick border.
#include <algorithm>

#include "a11y/semantics.h"
#include "actions.h"
#include "assessment/panel_case.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/fonts.h"
#include "widgets/personal_data_warning.h"
#include "widgets/widgets_chart.h"
#include "widgets/widgets_common.h"
#include "widgets/widgets_scale.h"

using namespace spegeln;

namespace {

std::string area_number(const Area& area, size_t index) {
    return area.number.empty() ? std::to_string(index + 1) : area.number;
}

// Number keys, V and E answer the current item (never while typing in a field).
void answer_keys(App& app, const Instrument& in) {
    if (app.frame.keys.typing || app.answer.item.empty()) return;
    const Item* item = in.find_item(app.answer.item);
    if (!item) return;
    const Scale& scale = in.scale_of(*item);
    if (!app.frame.keys.chars.empty()) {
        // Keyboard focus follows the answer, so arrows continue from the chosen button.
        app.answer.focus_item = true;
        app.answer.focus_show = true;
    }
    for (char c : app.frame.keys.chars) {
        if (c >= '0' && c <= '9') {
            int level = c - '0';
            if (level <= scale.top())
                act_answer(app, item->id, AnswerStatus::Level, level);
            else
                show_toast(app, app.strings.format("answer.key_out_of_range",
                                                   {std::string(1, c), std::to_string(scale.top())}));
        } else if (c == 'v' || c == 'V') {
            act_answer(app, item->id, AnswerStatus::VetEj);
        } else if (c == 'e' || c == 'E') {
            act_answer(app, item->id, AnswerStatus::EjAktuellt);
        }
    }
}

void area_selector(App& app, const Instrument& in) {
    ui::text_muted(tr(app, "answer.areas_label"));
    for (size_t i = 0; i < in.areas.size(); ++i) {
        Progress p = progress(in, *app.doc.current, in.areas[i].id);
        std::string label =
            area_number(in.areas[i], i) + "  " + std::to_string(p.decided) + "/" + std::to_string(p.total);
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (i > 0) ui::flow(w);
        if (ui::choice_button(app, "answer.area." + in.areas[i].id, label, app.answer.area == static_cast<int>(i), w))
            act_go_area(app, static_cast<int>(i));
    }
}

void item_card(App& app, const Instrument& in, const Item& item, int number, int total) {
    const bool current = app.answer.item == item.id;
    if (current && app.answer.scroll_to_item) {
        ImGui::SetScrollHereY(0.1f);
        app.answer.scroll_to_item = false;
    }
    ImVec2 top = ImGui::GetCursorScreenPos();
    ui::Card card = ui::card_begin();
    const std::string base = "answer.item." + item.id;
    // One group per item card, named by its number, so "Kommentar" and "Vad
    // menas?" are heard as this item's.
    a11y::group_begin(
        a11y::Role::Group,
        app.strings.format("answer.item_number", {std::to_string(number), std::to_string(in.items.size())}),
        base + ".card");
    {
        ui::FontScope f(font_bold());
        ui::text_colored(ui::kMuted,
                         app.strings.format("answer.item_number", {std::to_string(number), std::to_string(total)}) +
                             (current ? "  ◀ " + tr(app, "answer.current") : std::string()));
    }
    // In the unit kind's own words where the item has them.
    const std::string& kind = app.doc.current->unit_kind;
    ui::text(tx(app, item.text_in(kind)));
    ui::record(app, base + ".text", tx(app, item.text_in(kind)));

    if (!item.help_in(kind).empty()) {
        bool shown = app.settings.help_open || std::find(app.answer.help_shown.begin(), app.answer.help_shown.end(),
                                                         item.id) != app.answer.help_shown.end();
        if (!app.settings.help_open) {
            std::string label = (shown ? "▼ " : "▶ ") + tr(app, "answer.help");
            if (ui::button(app, base + ".help", label)) act_toggle_help(app, item.id);
            follow_focus(app, item.id);
        }
        if (shown) {
            ui::Inset inset = ui::inset_begin(ImGui::GetFontSize(), 0.0f);
            ui::text_muted(tx(app, item.help_in(kind)));
            ui::inset_end(inset);
        }
    }
    ImGui::Spacing();
    const Answer* ans = app.doc.current->find_answer(item.id);
    if (auto choice = scale_buttons(app, item, in.scale_of(item), ans))
        act_answer(app, item.id, choice->status, choice->level);

    ui::label(tr(app, "answer.comment"));
    std::string comment = ans ? ans->comment : std::string();
    if (ui::long_text_field(app, base + ".comment", comment, 2.0f)) act_set_comment(app, item.id, comment);
    ui::personal_data_warning(app, base + ".comment", comment);
    follow_focus(app, item.id);
    a11y::group_end();

    ui::card_end(card, current ? ui::kCurrentBg : ui::kBg, current ? ui::kAccent : ui::kDivider,
                 current ? std::max(3.0f, ui::em() * 0.2f) : ui::kLine);
    // A click or tap anywhere on a card makes it the current item.
    ImVec2 bottom(card.right, ImGui::GetItemRectMax().y);
    if (!current && ImGui::IsMouseClicked(0) && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) &&
        ImGui::IsMouseHoveringRect(top, bottom))
        act_select_item(app, item.id);
    ImGui::Spacing();
}

void area_buttons(App& app, const Instrument& in) {
    const int last = static_cast<int>(in.areas.size()) - 1;
    if (app.answer.area > 0) {
        if (ui::button(app, "answer.prev_area", "← " + tr(app, "answer.prev_area")))
            act_go_area(app, app.answer.area - 1);
    }
    if (app.answer.area < last) {
        std::string next = tr(app, "answer.next_area") + " →";
        if (app.answer.area > 0) ui::flow(ui::button_width(next));
        if (ui::primary_button(app, "answer.next_area", next)) act_go_area(app, app.answer.area + 1);
    } else {
        std::string res = tr(app, "answer.to_results") + " →";
        if (app.answer.area > 0) ui::flow(ui::button_width(res));
        if (ui::primary_button(app, "answer.to_results", res)) act_go(app, Screen::Results);
    }
}

}  // namespace

void draw_answer(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current || in->areas.empty()) return;
    answer_keys(app, *in);
    // On this screen Enter always means "next item" (Space presses a button);
    // it is handled after drawing so the header's buttons could take it first.
    const bool enter = app.frame.keys.enter && !app.frame.keys.enter_used;
    app.frame.keys.enter_used = true;

    // Which items are shown: the unit kind's, and on the core path only the core ones.
    const UnitKind* kind = in->find_unit_kind(app.doc.current->unit_kind);
    if (kind || app.doc.current->core_path) {
        std::string who = kind ? app.strings.format("answer.for_kind", {tx(app, kind->title)}) : std::string();
        std::string path = app.doc.current->core_path ? tr(app, "answer.core_path") : std::string();
        ui::text_muted(who.empty() ? path : path.empty() ? who : who + " · " + path);
    }
    draw_case_panel(app);
    area_selector(app, *in);
    const size_t ai = static_cast<size_t>(std::clamp(app.answer.area, 0, static_cast<int>(in->areas.size()) - 1));
    const Area& area = in->areas[ai];
    ImGui::Spacing();
    ui::heading(app.strings.format("answer.area_heading", {area_number(area, ai), tx(app, area.title)}));
    if (!area.description.empty()) ui::text_muted(tx(app, area.description));
    Progress ap = progress(*in, *app.doc.current, area.id);
    ui::text(app.strings.format("answer.area_progress", {std::to_string(ap.decided), std::to_string(ap.total)}));
    auto items = area_items(app, static_cast<int>(ai));
    int top = items.empty() ? 4 : in->scale_of(*items.front()).top();
    // Phones have no keyboard to speak of; the hint would only push the items down.
    if (ImGui::GetContentRegionAvail().x >= ui::em() * 34.0f)
        ui::text_muted(app.strings.format("answer.keys_hint", {std::to_string(top)}));
    ImGui::Spacing();

    // Arriving at an area's first item: show the area's heading too, not only the item.
    if (app.answer.scroll_to_item && !items.empty() && items.front()->id == app.answer.item) {
        ImGui::SetScrollY(0.0f);
        app.answer.scroll_to_item = false;
    }
    // Items are numbered through the whole instrument, in the order shown.
    int number = 1;
    for (size_t i = 0; i < ai; ++i) number += static_cast<int>(area_items(app, static_cast<int>(i)).size());
    const int total = progress(*in, *app.doc.current).total;
    if (items.empty()) ui::text_muted(tr(app, "answer.area_empty"));
    for (const Item* item : items) item_card(app, *in, *item, number++, total);

    area_buttons(app, *in);
    ImGui::Spacing();
    ui::label(tr(app, "answer.notes"));
    ui::text_muted(tr(app, "answer.notes_help"));
    std::string notes = app.doc.current->notes;
    if (ui::long_text_field(app, "answer.notes", notes, 3.0f)) act_set_notes(app, notes);
    ui::personal_data_warning(app, "answer.notes", notes);

    if (enter) act_step_item(app, app.frame.keys.shift ? -1 : 1);
}

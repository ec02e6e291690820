#include "widgets_scale.h"

#include <algorithm>

#include "a11y/item_hooks.h"
#include "actions.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "widgets_common.h"

using spegeln::AnswerStatus;

void follow_focus(App& app, const std::string& item_id) {
    if (ImGui::IsItemFocused() && ImGui::GetFocusID() != app.frame.nav_id_last && app.answer.item != item_id)
        act_select_item(app, item_id);
}

namespace {

struct LevelBox {
    std::string number;
    std::string label;
    float label_h = 0;
};

// On the scale Enter means "next item" (screen_answer.cpp), as in a form; the
// answer is chosen with Space, a number key or a click. ImGui 1.92 activates a
// focused item with Enter as well, so that activation is dropped here.
bool chosen_not_by_enter(App& app, bool pressed) {
    if (!pressed || !ImGui::IsItemFocused() || !app.frame.keys.enter) return pressed;
    app.frame.keys.enter_used = false;  // the Enter is the screen's again
    return false;
}

// Keyboard focus follows the answer given by a key (V, E, a number), so arrows
// and Tab continue from the chosen button.
void take_focus_if_asked(App& app, const spegeln::Item& item, bool here) {
    if (!here || !app.answer.focus_item || app.answer.item != item.id) return;
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    if (app.answer.focus_show) ImGui::SetNavCursorVisible(true);
    app.answer.focus_item = false;
    app.answer.focus_show = false;
}

bool level_button(App& app, const std::string& id, const LevelBox& box, bool selected, ImVec2 size) {
    const ImGuiStyle& st = ImGui::GetStyle();
    bool pressed =
        chosen_not_by_enter(app, ImGui::InvisibleButton(("##" + id).c_str(), size, ImGuiButtonFlags_EnableNav));
    ImRect bb(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill = selected ? ui::kAccent : hovered ? ui::kAccentLight : ui::kBg;
    ImU32 ink = selected ? ui::kOnAccent : ui::kInk;
    dl->AddRectFilled(bb.Min, bb.Max, fill, st.FrameRounding);
    float border = selected ? std::max(3.0f, ui::em() * 0.18f) : std::max(1.0f, st.FrameBorderSize);
    dl->AddRect(bb.Min, bb.Max, selected ? ui::kInk : ui::kBorder, st.FrameRounding, border);
    float x = bb.Min.x + st.FramePadding.x, y = bb.Min.y + st.FramePadding.y;
    float fs = ImGui::GetFontSize();
    if (selected) {
        float sz = fs * 0.8f;
        ImGui::RenderCheckMark(dl, ImVec2(x, y + (fs - sz) * 0.5f), ink, sz);
    }
    ImFont* bold = font_bold() ? font_bold() : ImGui::GetFont();
    dl->AddText(bold, fs, ImVec2(x + fs * 1.2f, y), ink, box.number.c_str());
    dl->AddText(ImGui::GetFont(), fs, ImVec2(x, y + fs * 1.25f), ink, box.label.c_str(), nullptr,
                size.x - st.FramePadding.x * 2.0f);
    ImGui::RenderNavCursor(bb, ImGui::GetItemID());
    return pressed;
}

}  // namespace

std::optional<ScaleChoice> scale_buttons(App& app, const spegeln::Item& item, const spegeln::Scale& scale,
                                         const spegeln::Answer* answer) {
    std::optional<ScaleChoice> choice;
    const ImGuiStyle& st = ImGui::GetStyle();
    const std::string base = "answer.item." + item.id;
    const int n = static_cast<int>(scale.levels.size());
    float avail = ImGui::GetContentRegionAvail().x;
    float sp = st.ItemSpacing.x;
    // As many columns as fit at a readable width; a phone gets one per row.
    float min_w = ui::em() * 7.0f;
    int cols = std::clamp(static_cast<int>((avail + sp) / (min_w + sp)), 1, std::max(1, n));
    float w = (avail - sp * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    float wrap = w - st.FramePadding.x * 2.0f;

    std::vector<LevelBox> boxes;
    for (const auto& lv : scale.levels) {
        LevelBox b{std::to_string(lv.value), tx(app, lv.label), 0.0f};
        b.label_h = ImGui::CalcTextSize(b.label.c_str(), nullptr, false, wrap).y;
        boxes.push_back(std::move(b));
    }
    ImGui::PushID(item.id.c_str());
    // One radio group per item, named by the item's text: arrows and Tab move
    // within it, Space or a number key chooses.
    a11y::group_begin(a11y::Role::RadioGroup, tx(app, item.text), base);
    for (int row_start = 0; row_start < n; row_start += cols) {
        int row_end = std::min(n, row_start + cols);
        float label_h = 0;
        for (int i = row_start; i < row_end; ++i) label_h = std::max(label_h, boxes[static_cast<size_t>(i)].label_h);
        float h = std::max(ui::em() * 2.6f, ImGui::GetFontSize() * 1.25f + label_h + st.FramePadding.y * 2.0f);
        for (int i = row_start; i < row_end; ++i) {
            if (i > row_start) ImGui::SameLine();
            const auto& lv = scale.levels[static_cast<size_t>(i)];
            bool selected = answer && answer->status == AnswerStatus::Level && answer->level == lv.value;
            std::string id = base + ".level." + std::to_string(lv.value);
            if (level_button(app, id, boxes[static_cast<size_t>(i)], selected, ImVec2(w, h)))
                choice = ScaleChoice{AnswerStatus::Level, lv.value};
            // Enter moved here: focus on the chosen level, or the first when no level is chosen.
            const bool unanswered = !answer || answer->status == AnswerStatus::Unanswered;
            take_focus_if_asked(app, item, selected || (i == 0 && unanswered));
            follow_focus(app, item.id);
            ui::record(app, id, tx(app, lv.label));
            a11y::item(a11y::Role::Radio, id, std::to_string(lv.value) + " " + tx(app, lv.label),
                       {.checked = selected, .description = tx(app, lv.description)});
        }
    }
    // "Vet ej" and "Ej aktuellt" are answers too, only not on the scale.
    const std::string vet_ej = tr(app, "answer.vet_ej"), ej_akt = tr(app, "answer.ej_aktuellt");
    bool is_vet_ej = answer && answer->status == AnswerStatus::VetEj;
    bool is_ej_akt = answer && answer->status == AnswerStatus::EjAktuellt;
    float side_w = std::max(ui::button_width(vet_ej), ui::button_width(ej_akt)) + ImGui::GetFontSize() * 1.2f;
    side_w = std::min(side_w, avail);
    if (chosen_not_by_enter(app, ui::choice_button(app, base + ".vet_ej", vet_ej, is_vet_ej, side_w)))
        choice = ScaleChoice{AnswerStatus::VetEj, 0};
    take_focus_if_asked(app, item, is_vet_ej);
    follow_focus(app, item.id);
    ui::flow(side_w);
    if (chosen_not_by_enter(app, ui::choice_button(app, base + ".ej_aktuellt", ej_akt, is_ej_akt, side_w)))
        choice = ScaleChoice{AnswerStatus::EjAktuellt, 0};
    take_focus_if_asked(app, item, is_ej_akt);
    follow_focus(app, item.id);
    a11y::group_end();
    if (answer && answer->status != AnswerStatus::Unanswered) {
        const std::string clear = tr(app, "answer.clear");
        ui::flow(ui::button_width(clear));
        if (ui::button(app, base + ".clear", clear)) choice = ScaleChoice{AnswerStatus::Unanswered, 0};
        follow_focus(app, item.id);
    }
    ImGui::PopID();
    return choice;
}

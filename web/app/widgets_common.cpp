#include "widgets_common.h"

#include <algorithm>

#include "fonts.h"
#include "imgui_internal.h"

namespace ui {

void record(App& app, const std::string& id, const std::string& label) {
    if (!ImGui::IsItemVisible()) return;
    // Only the part a click can reach: clipped by the scrolling region.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    a = ImVec2(std::max(a.x, cmin.x), std::max(a.y, cmin.y));
    b = ImVec2(std::min(b.x, cmax.x), std::min(b.y, cmax.y));
    if (b.x <= a.x || b.y <= a.y) return;
    app.widgets.push_back({id, label, a.x, a.y, b.x - a.x, b.y - a.y});
}

static bool enter_on_focused(App& app) {
    if (!app.keys.enter || app.keys.enter_used || !ImGui::IsItemFocused()) return false;
    app.keys.enter_used = true;
    return true;
}

bool button(App& app, const std::string& id, const std::string& label, ImVec2 size) {
    bool pressed = ImGui::Button((label + "##" + id).c_str(), size);
    pressed = enter_on_focused(app) || pressed;
    record(app, id, label);
    return pressed;
}

bool primary_button(App& app, const std::string& id, const std::string& label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(0, 58, 120, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(0, 40, 90, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    bool pressed;
    {
        FontScope bold(font_bold());
        pressed = button(app, id, label, size);
    }
    ImGui::PopStyleColor(4);
    return pressed;
}

float button_width(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

bool choice_button(App& app, const std::string& id, const std::string& label, bool selected, float width) {
    const ImGuiStyle& st = ImGui::GetStyle();
    float check = ImGui::GetFontSize() * 1.2f;  // room for the check mark, also when not selected (no jumping)
    float avail = ImGui::GetContentRegionAvail().x;
    float w = width > 0 ? width : std::min(avail, button_width(label) + check);
    float wrap = w - st.FramePadding.x * 2.0f - check;
    ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    ImVec2 size(w, ts.y + st.FramePadding.y * 2.0f);
    bool pressed = ImGui::InvisibleButton(("##" + id).c_str(), size);
    pressed = enter_on_focused(app) || pressed;
    ImRect bb(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill = selected ? kAccent : hovered ? kAccentLight : IM_COL32_WHITE;
    ImU32 ink = selected ? IM_COL32_WHITE : kInk;
    dl->AddRectFilled(bb.Min, bb.Max, fill, st.FrameRounding);
    // Selection is shown by fill, a thick dark border and a check mark: never by colour alone.
    float border = selected ? std::max(3.0f, st.FrameBorderSize * 2.5f) : std::max(1.0f, st.FrameBorderSize);
    dl->AddRect(bb.Min, bb.Max, selected ? kInk : kBorder, st.FrameRounding, 0, border);
    if (selected) {
        float sz = ImGui::GetFontSize() * 0.75f;
        ImGui::RenderCheckMark(dl, ImVec2(bb.Min.x + st.FramePadding.x, bb.Min.y + st.FramePadding.y + (ImGui::GetFontSize() - sz) * 0.5f),
                               ink, sz);
    }
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(bb.Min.x + st.FramePadding.x + check, bb.Min.y + st.FramePadding.y),
                ink, label.c_str(), nullptr, wrap);
    ImGui::RenderNavHighlight(bb, ImGui::GetItemID());
    record(app, id, label);
    return pressed;
}

void flow(float next_width) {
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (x + next_width <= right) ImGui::SameLine();
}

void text(const std::string& s) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    ImGui::PopTextWrapPos();
}

void text_colored(ImU32 col, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    text(s);
    ImGui::PopStyleColor();
}

void text_muted(const std::string& s) { text_colored(kMuted, s); }

void text_bold(const std::string& s) {
    FontScope f(font_bold());
    text(s);
}

void heading(const std::string& s) {
    FontScope f(font_heading());
    text(s);
    ImGui::Spacing();
}

void label(const std::string& s) {
    FontScope f(font_bold());
    text(s);
}

void banner(const std::string& s, ImU32 bg, ImU32 ink) {
    const ImGuiStyle& st = ImGui::GetStyle();
    float w = ImGui::GetContentRegionAvail().x;
    float bar = std::max(4.0f, em() * 0.3f);
    float wrap = w - st.FramePadding.x * 2.0f - bar;
    ImVec2 ts = ImGui::CalcTextSize(s.c_str(), nullptr, false, wrap);
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImVec2 size(w, ts.y + st.FramePadding.y * 2.0f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + size.y), bg);
    dl->AddRectFilled(p, ImVec2(p.x + bar, p.y + size.y), ink);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + bar + st.FramePadding.x, p.y + st.FramePadding.y), ink,
                s.c_str(), nullptr, wrap);
    ImGui::Dummy(size);
}

// Lets ImGui grow the std::string it edits (as misc/cpp/imgui_stdlib does).
static int resize_callback(ImGuiInputTextCallbackData* d) {
    if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(d->UserData);
        s->resize(static_cast<size_t>(d->BufTextLen));
        d->Buf = s->data();
    }
    return 0;
}

bool input_text(App& app, const std::string& id, std::string& value, float width) {
    ImGui::SetNextItemWidth(width);
    bool changed = ImGui::InputText(("##" + id).c_str(), value.data(), value.capacity() + 1,
                                    ImGuiInputTextFlags_CallbackResize, resize_callback, &value);
    record(app, id, "");
    return changed;
}

bool input_multiline(App& app, const std::string& id, std::string& value, float height_lines) {
    float h = ImGui::GetTextLineHeight() * height_lines + ImGui::GetStyle().FramePadding.y * 2.0f;
    bool changed = ImGui::InputTextMultiline(("##" + id).c_str(), value.data(), value.capacity() + 1, ImVec2(-1.0f, h),
                                             ImGuiInputTextFlags_CallbackResize, resize_callback, &value);
    record(app, id, "");
    return changed;
}

FontScope::FontScope(ImFont* f) {
    if (f) {
        ImGui::PushFont(f);
        pushed = true;
    }
}

FontScope::~FontScope() {
    if (pushed) ImGui::PopFont();
}

float em() {
    ImFont* f = font_body();
    return f ? f->FontSize : ImGui::GetFontSize();
}

}  // namespace ui

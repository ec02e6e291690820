#include "widgets_common.h"

#include <algorithm>
#include <cfloat>

#include "a11y/item_hooks.h"
#include "fonts.h"
#include "imgui_internal.h"

namespace ui {

// The keyboard focus ring, thicker than ImGui's own (2 device pixels, which is
// 1 CSS pixel on a 2× screen): at least 3 px at 100 % and growing with the text
// size and the pixel ratio, so it stays ≥ 2 CSS px (WCAG 2.4.7, 2.4.11).
static void focus_ring() {
    if (!ImGui::IsItemFocused() || !ImGui::GetCurrentContext()->NavCursorVisible) return;
    const float t = std::max(3.0f, std::round(em() * 0.18f));
    const float d = std::round(t * 0.5f + 2.0f);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - d, a.y - d), ImVec2(b.x + d, b.y + d),
                                        ImGui::GetColorU32(ImGuiCol_NavCursor), ImGui::GetStyle().FrameRounding + d, t);
}

void record(App& app, const std::string& id, const std::string& label) {
    focus_ring();
    if (!ImGui::IsItemVisible()) return;
    // Only the part a click can reach: clipped by the scrolling region.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    float full_x = a.x, full_y = a.y, full_w = b.x - a.x, full_h = b.y - a.y;
    a = ImVec2(std::max(a.x, cmin.x), std::max(a.y, cmin.y));
    b = ImVec2(std::min(b.x, cmax.x), std::min(b.y, cmax.y));
    if (b.x <= a.x || b.y <= a.y) return;
    app.frame.widgets.push_back({id, label, a.x, a.y, b.x - a.x, b.y - a.y, full_x, full_y, full_w, full_h});
}

// ImGui 1.92 activates a focused item with Enter or Space. An Enter that
// pressed a button is used up, so a screen's own meaning of Enter (next item,
// confirm a dialog) does not also happen.
static bool claim_enter(App& app, bool pressed) {
    if (pressed && app.frame.keys.enter && ImGui::IsItemFocused()) app.frame.keys.enter_used = true;
    return pressed;
}

// A label too wide for the space left (a phone at 200 % text) gets line
// breaks between its words, so the button grows taller instead of running out
// of the window; ImGui buttons draw multi-line labels as they are.
static std::string fit_label(const std::string& label, float width) {
    const float pad = ImGui::GetStyle().FramePadding.x * 2.0f;
    if (width <= 0.0f || ImGui::CalcTextSize(label.c_str(), nullptr, true).x + pad <= width) return label;
    std::string out, line;
    size_t start = 0;
    while (start <= label.size()) {
        size_t end = std::min(label.find(' ', start), label.size());
        std::string word = label.substr(start, end - start);
        std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && ImGui::CalcTextSize(longer.c_str()).x + pad > width) {
            out += (out.empty() ? "" : "\n") + line;
            line = word;
        } else {
            line = longer;
        }
        start = end + 1;
    }
    return out.empty() ? line : out + "\n" + line;
}

bool button(App& app, const std::string& id, const std::string& label, ImVec2 size) {
    const std::string shown = size.x > 0.0f ? label : fit_label(label, ImGui::GetContentRegionAvail().x);
    bool pressed = ImGui::Button((shown + "##" + id).c_str(), size);
    pressed = claim_enter(app, pressed);
    record(app, id, label);
    a11y::item(a11y::Role::Button, id, label);
    return pressed;
}

bool primary_button(App& app, const std::string& id, const std::string& label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kAccentHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, kAccentActive);
    ImGui::PushStyleColor(ImGuiCol_Text, kOnAccent);
    bool pressed;
    {
        FontScope bold(font_bold());
        pressed = button(app, id, label, size);
    }
    ImGui::PopStyleColor(4);
    return pressed;
}

float button_width(const std::string& label) {
    // Never wider than the column: a longer label is broken into lines (fit_label, choice_button).
    return std::min(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f,
                    ImGui::GetContentRegionAvail().x);
}

bool choice_button(App& app, const std::string& id, const std::string& label, bool selected, float width,
                   ChoiceKind kind) {
    const ImGuiStyle& st = ImGui::GetStyle();
    float check = ImGui::GetFontSize() * 1.2f;  // room for the check mark, also when not selected (no jumping)
    float avail = ImGui::GetContentRegionAvail().x;
    float w = std::min(avail, width > 0 ? width : button_width(label) + check);  // wraps rather than runs out
    float wrap = w - st.FramePadding.x * 2.0f - check;
    ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    ImVec2 size(w, ts.y + st.FramePadding.y * 2.0f);
    bool pressed = ImGui::InvisibleButton(("##" + id).c_str(), size, ImGuiButtonFlags_EnableNav);
    pressed = claim_enter(app, pressed);
    ImRect bb(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill = selected ? kAccent : hovered ? kAccentLight : kBg;
    ImU32 ink = selected ? kOnAccent : kInk;
    dl->AddRectFilled(bb.Min, bb.Max, fill, st.FrameRounding);
    // Selection is shown by fill, a thick dark border and a check mark: never by colour alone.
    float border = selected ? std::max(3.0f, st.FrameBorderSize * 2.5f) : std::max(1.0f, st.FrameBorderSize);
    dl->AddRect(bb.Min, bb.Max, selected ? kInk : kBorder, st.FrameRounding, border);
    // Check mark and label centred together; one line labels only move by the mark's width.
    float content = ts.x + (selected ? check : 0.0f);
    float x = bb.Min.x + std::max(st.FramePadding.x, (size.x - content) * 0.5f);
    if (selected) {
        float sz = ImGui::GetFontSize() * 0.75f;
        ImGui::RenderCheckMark(dl, ImVec2(x, bb.Min.y + st.FramePadding.y + (ImGui::GetFontSize() - sz) * 0.5f), ink,
                               sz);
        x += check;
    }
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x, bb.Min.y + st.FramePadding.y), ink, label.c_str(),
                nullptr, wrap);
    ImGui::RenderNavCursor(bb, ImGui::GetItemID());
    record(app, id, label);
    if (kind == ChoiceKind::Radio)
        a11y::item(a11y::Role::Radio, id, label, {.checked = selected});
    else  // a navigation button: the selected one is the page shown now
        a11y::item(a11y::Role::Button, id, label, {.current = selected});
    return pressed;
}

bool checkbox(App& app, const std::string& id, const std::string& label, bool checked) {
    const ImGuiStyle& st = ImGui::GetStyle();
    float fs = ImGui::GetFontSize();
    float box = fs * 1.4f, gap = fs * 0.6f;
    float w = std::min(ImGui::GetContentRegionAvail().x, box + gap + ImGui::CalcTextSize(label.c_str()).x + fs * 0.5f);
    float wrap = std::max(fs * 4.0f, w - box - gap);
    ImVec2 ts = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    ImVec2 size(w, std::max(fs * 2.4f, ts.y + st.FramePadding.y * 2.0f));
    bool pressed = ImGui::InvisibleButton(("##" + id).c_str(), size, ImGuiButtonFlags_EnableNav);
    pressed = claim_enter(app, pressed);
    ImRect bb(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 b0(bb.Min.x, bb.Min.y + (size.y - box) * 0.5f), b1(b0.x + box, b0.y + box);
    dl->AddRectFilled(b0, b1, checked ? kAccent : ImGui::IsItemHovered() ? kAccentLight : kBg, st.FrameRounding);
    dl->AddRect(b0, b1, checked ? kInk : kBorder, st.FrameRounding, (checked ? 2.5f : 1.5f) * kLine);
    if (checked) ImGui::RenderCheckMark(dl, ImVec2(b0.x + box * 0.18f, b0.y + box * 0.18f), kOnAccent, box * 0.64f);
    dl->AddText(ImGui::GetFont(), fs, ImVec2(b1.x + gap, bb.Min.y + (size.y - ts.y) * 0.5f), kInk, label.c_str(),
                nullptr, wrap);
    ImGui::RenderNavCursor(bb, ImGui::GetItemID());
    record(app, id, label);
    a11y::item(a11y::Role::Checkbox, id, label, {.checked = checked});
    return pressed;
}

void flow(float next_width) {
    float right = ImGui::GetCurrentWindow()->ContentRegionRect.Max.x;
    float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (x + next_width <= right) ImGui::SameLine();
}

// Drawn text without a node (the callers add one with the right role).
static void draw_text(const std::string& s) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    ImGui::PopTextWrapPos();
}

void text(const std::string& s) {
    draw_text(s);
    a11y::text_item(a11y::Role::Text, s);
}

void text_colored(ImU32 col, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    text(s);
    ImGui::PopStyleColor();
}

void text_muted(const std::string& s) {
    text_colored(kMuted, s);
}

void text_bold(const std::string& s) {
    FontScope f(font_bold());
    text(s);
}

void heading(const std::string& s, int level) {
    FontScope f(font_heading());
    draw_text(s);
    a11y::text_item(a11y::Role::Heading, s, level);
    ImGui::Spacing();
}

void label(const std::string& s) {
    FontScope f(font_bold());
    draw_text(s);
    a11y::label(s);
}

void separator() {
    ImGui::Spacing();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float right = ImGui::GetCurrentWindow()->WorkRect.Max.x;
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(right, p.y), kDivider, std::max(1.0f, em() * 0.06f) * kLine);
    ImGui::Dummy(ImVec2(0.0f, 1.0f));
    ImGui::Spacing();
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
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + bar + st.FramePadding.x, p.y + st.FramePadding.y),
                ink, s.c_str(), nullptr, wrap);
    ImGui::Dummy(size);
    a11y::text_item(a11y::Role::Text, s);
}

bool banner_button(App& app, const std::string& s, ImU32 bg, ImU32 ink, const std::string& id,
                   const std::string& label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    float w = ImGui::GetContentRegionAvail().x;
    float bar = std::max(4.0f, em() * 0.3f);
    float bw = button_width(label);
    bool beside = w > em() * 30.0f;
    float wrap = w - st.FramePadding.x * 2.0f - bar - (beside ? bw + st.ItemSpacing.x : 0.0f);
    ImVec2 ts = ImGui::CalcTextSize(s.c_str(), nullptr, false, wrap);
    float bh = ImGui::GetFrameHeight();
    float pad = st.FramePadding.y * 0.6f;
    float h = beside ? std::max(ts.y, bh) + pad * 2.0f : ts.y + st.ItemSpacing.y + bh + pad * 2.0f;
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), bg);
    dl->AddRectFilled(p, ImVec2(p.x + bar, p.y + h), ink);
    float ty = beside ? p.y + (h - ts.y) * 0.5f : p.y + pad;
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + bar + st.FramePadding.x, ty), ink, s.c_str(),
                nullptr, wrap);
    ImGui::SetCursorScreenPos(beside ? ImVec2(p.x + w - pad - bw, p.y + (h - bh) * 0.5f)
                                     : ImVec2(p.x + bar + st.FramePadding.x, p.y + pad + ts.y + st.ItemSpacing.y));
    bool pressed = button(app, id, label);
    ImGui::SetCursorScreenPos(p);
    ImGui::Dummy(ImVec2(w, h));
    return pressed;
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

// ImGui 1.86 reverts a text field to its text from before editing on Escape.
// Here every keystroke is already saved, and users press Escape to leave a
// field: losing a long comment that way would be a nasty surprise. So Escape
// only ends editing (the active id is cleared before ImGui sees the key).
static void escape_keeps_text(const std::string& label) {
    if (ImGui::GetActiveID() == ImGui::GetID(label.c_str()) && ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        ImGui::ClearActiveID();
}

bool input_text(App& app, const std::string& id, std::string& value, float width) {
    escape_keeps_text("##" + id);
    ImGui::SetNextItemWidth(width);
    bool changed = ImGui::InputText(("##" + id).c_str(), value.data(), value.capacity() + 1,
                                    ImGuiInputTextFlags_CallbackResize, resize_callback, &value);
    record(app, id, "");
    a11y::item(a11y::Role::Textbox, id, "", {.value = value});
    return changed;
}

Inset inset_begin(float left, float right) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    Inset in{left, right, w->WorkRect.Max.x, w->ContentRegionRect.Max.x};
    if (left > 0) ImGui::Indent(left);
    w->WorkRect.Max.x -= right;
    w->ContentRegionRect.Max.x -= right;
    return in;
}

void inset_end(const Inset& in) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    w->WorkRect.Max.x = in.work_max;
    w->ContentRegionRect.Max.x = in.content_max;
    if (in.left > 0) ImGui::Unindent(in.left);
}

Card card_begin() {
    Card c;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);  // contents in front, the card's background behind
    c.pad = em() * 0.7f;
    c.min = ImGui::GetCursorScreenPos();
    c.right = ImGui::GetCurrentWindow()->WorkRect.Max.x;
    ImGui::Dummy(ImVec2(0.0f, c.pad - ImGui::GetStyle().ItemSpacing.y));
    c.inset = inset_begin(c.pad, c.pad);
    return c;
}

void card_end(const Card& c, ImU32 bg, ImU32 border, float thickness) {
    inset_end(c.inset);
    ImGui::Dummy(ImVec2(0.0f, c.pad - ImGui::GetStyle().ItemSpacing.y));
    ImVec2 max(c.right, ImGui::GetItemRectMax().y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(c.min, max, bg, ImGui::GetStyle().FrameRounding);
    if (thickness > 0) dl->AddRect(c.min, max, border, ImGui::GetStyle().FrameRounding, thickness);
    dl->ChannelsMerge();
}

bool card_button(App& app, const std::string& id, const std::string& title, const std::string& body,
                 const std::string& meta, bool selected) {
    const ImGuiStyle& st = ImGui::GetStyle();
    ImFont* bold = font_bold() ? font_bold() : ImGui::GetFont();
    float fs = ImGui::GetFontSize();
    float w = ImGui::GetContentRegionAvail().x;
    float check = fs * 1.4f;
    float wrap = w - st.FramePadding.x * 2.0f - check;
    float th = bold->CalcTextSizeA(fs, FLT_MAX, wrap, title.c_str()).y;
    float bh = body.empty() ? 0.0f : ImGui::CalcTextSize(body.c_str(), nullptr, false, wrap).y + fs * 0.3f;
    float mh = meta.empty() ? 0.0f : ImGui::CalcTextSize(meta.c_str(), nullptr, false, wrap).y + fs * 0.3f;
    ImVec2 size(w, th + bh + mh + st.FramePadding.y * 2.0f);
    bool pressed = ImGui::InvisibleButton(("##" + id).c_str(), size, ImGuiButtonFlags_EnableNav);
    pressed = claim_enter(app, pressed);
    ImRect bb(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool hovered = ImGui::IsItemHovered();
    dl->AddRectFilled(bb.Min, bb.Max, selected ? kAccentLight : hovered ? kHover : kBg, st.FrameRounding);
    dl->AddRect(bb.Min, bb.Max, selected ? kAccent : kBorder, st.FrameRounding,
                selected ? std::max(3.0f, em() * 0.18f) : std::max(1.0f, st.FrameBorderSize));
    float x = bb.Min.x + st.FramePadding.x, y = bb.Min.y + st.FramePadding.y;
    if (selected) ImGui::RenderCheckMark(dl, ImVec2(x, y + fs * 0.1f), kAccent, fs * 0.8f);
    x += check;
    dl->AddText(bold, fs, ImVec2(x, y), kInk, title.c_str(), nullptr, wrap);
    y += th + fs * 0.3f;
    if (!body.empty()) {
        dl->AddText(ImGui::GetFont(), fs, ImVec2(x, y), kInk, body.c_str(), nullptr, wrap);
        y += bh;
    }
    if (!meta.empty()) dl->AddText(ImGui::GetFont(), fs, ImVec2(x, y), kMuted, meta.c_str(), nullptr, wrap);
    ImGui::RenderNavCursor(bb, ImGui::GetItemID());
    record(app, id, title);
    std::string more = body;
    if (!meta.empty()) more += (more.empty() ? "" : " ") + meta;
    a11y::item(a11y::Role::Radio, id, title, {.checked = selected, .description = more});
    return pressed;
}

bool long_text_field(App& app, const std::string& id, std::string& value, float min_lines) {
    const ImGuiStyle& st = ImGui::GetStyle();
    // ImGui 1.92 wraps long lines itself; the field grows with its text up to
    // 12 lines (then it scrolls), with room for one more line to type into.
    float w = ImGui::GetContentRegionAvail().x;
    float wrap = w - st.FramePadding.x * 2.0f - st.ScrollbarSize;
    float line = ImGui::GetTextLineHeight();
    float text_h = ImGui::CalcTextSize(value.c_str(), value.c_str() + value.size(), false, wrap).y;
    float h = std::clamp(text_h + line, line * min_lines, line * 12.0f) + st.FramePadding.y * 2.0f;
    escape_keeps_text("##" + id);
    bool changed = ImGui::InputTextMultiline(("##" + id).c_str(), value.data(), value.capacity() + 1, ImVec2(w, h),
                                             ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_WordWrap,
                                             resize_callback, &value);
    if (ImGui::IsItemActive())
        app.answer.editing_field = id;
    else if (app.answer.editing_field == id)
        app.answer.editing_field.clear();
    record(app, id, value);
    a11y::item(a11y::Role::Textbox, id, "", {.multiline = true, .value = value});
    return changed;
}

FontScope::FontScope(FontRole role) {
    if (role.font) {
        ImGui::PushFont(role.font, fonts_body_px() * role.scale);
        pushed = true;
    }
}

FontScope::~FontScope() {
    if (pushed) ImGui::PopFont();
}

float em() {
    return fonts_body_px();
}

}  // namespace ui

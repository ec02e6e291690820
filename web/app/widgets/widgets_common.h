// widgets_common.h — small building blocks every screen uses: text that wraps,
// buttons that also answer Enter, text fields on std::string, button rows that
// wrap on a phone, and the registry of widget rectangles for tests.
#pragma once

#include <string>

#include "app_state.h"
#include "imgui.h"
#include "widgets/fonts.h"
#include "widgets/theme.h"

namespace ui {

// The theme's colours for custom drawing (kInk, kAccent, kBorder, …) are in
// widgets/theme.h; apply_theme() sets them.

// Records the last item's rectangle under `id` when it is visible.
void record(App& app, const std::string& id, const std::string& label);

// A button with a border; a focused button also reacts to Enter (ImGui 1.86
// only activates buttons with Space). `id` names it for tests.
bool button(App& app, const std::string& id, const std::string& label, ImVec2 size = ImVec2(0, 0));
// The main action of a screen: filled with the accent colour.
bool primary_button(App& app, const std::string& id, const std::string& label, ImVec2 size = ImVec2(0, 0));
// A choice among several: selected shows a check mark and a thick border. For a
// screen reader it is a radio button (grouped with its neighbours), or for
// navigation a button that marks the page shown now.
enum class ChoiceKind { Radio, Navigation };
bool choice_button(App& app, const std::string& id, const std::string& label, bool selected, float width = 0.0f,
                   ChoiceKind kind = ChoiceKind::Radio);
float button_width(const std::string& label);
// A tick box with its label, at least two lines tall so a finger hits it.
bool checkbox(App& app, const std::string& id, const std::string& label, bool checked);

// Before each button of a row after the first: stays on the line when it
// fits, wraps otherwise (phones are 360 px wide).
void flow(float next_width);

void text(const std::string& s);        // wrapped body text
void text_muted(const std::string& s);  // wrapped, secondary colour
void text_colored(ImU32 col, const std::string& s);
void text_bold(const std::string& s);
void heading(const std::string& s, int level = 2);  // screen (level 2) or section (3) heading
void label(const std::string& s);                   // a field's label (bold)
// A horizontal rule across the current (inset) column; ImGui's Separator
// always spans the whole window.
void separator();
// A box with a coloured background around wrapped text (warnings, info).
void banner(const std::string& s, ImU32 bg, ImU32 ink);
// A banner with a button inside it (right of the text, or below it on a phone).
bool banner_button(App& app, const std::string& s, ImU32 bg, ImU32 ink, const std::string& id,
                   const std::string& label);

// Text fields on std::string. Return true when the text changed.
bool input_text(App& app, const std::string& id, std::string& value, float width = -1.0f);
// A long text (comment, notes): a multiline field whose lines wrap, growing
// with its text.
bool long_text_field(App& app, const std::string& id, std::string& value, float min_lines);

// Narrows the current window's working width (text wrapping, avail width,
// full-width widgets) by `left` and `right` pixels until inset_end(). Used to
// keep lines readable on a projector and for padding inside cards.
struct Inset {
    float left = 0, right = 0;
    float work_max = 0, content_max = 0;
};
Inset inset_begin(float left, float right);
void inset_end(const Inset& inset);

// A framed box around what is drawn between card_begin and card_end, full
// width, with padding; the background is drawn behind the contents. Not nestable.
struct Card {
    Inset inset;
    ImVec2 min;
    float right = 0, pad = 0;
};
Card card_begin();
void card_end(const Card& card, ImU32 bg, ImU32 border, float thickness);

// A large selectable card: a bold title, wrapped body text and a line of
// details (instrument choice). Selected: accent border, check mark, tinted.
bool card_button(App& app, const std::string& id, const std::string& title, const std::string& body,
                 const std::string& meta, bool selected);

struct FontScope {
    explicit FontScope(FontRole role);
    ~FontScope();
    FontScope(const FontScope&) = delete;
    FontScope& operator=(const FontScope&) = delete;
    bool pushed = false;
};

// Font size in pixels of the body font: every layout measure derives from it,
// so the text-size setting and the device pixel ratio scale everything.
float em();

}  // namespace ui

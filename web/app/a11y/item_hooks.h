// item_hooks.h — the ImGui side of the screen-reader mirror: the widget
// wrappers call these right after submitting an ImGui item, so the node gets
// the item's own id and rectangle, and requests from the mirror (a screen
// reader's click or focus on a DOM element) reach the item.
#pragma once

#include <cstdint>
#include <string>

#include "a11y/semantics.h"

namespace a11y {

struct State {
    bool checked = false, disabled = false, current = false, multiline = false;
    std::string value = {}, description = {};
    int expanded = -1;  // a button that opens a list: 0 closed, 1 open; -1 not such a button
};

// Adds a node for the last ImGui item (ImGui::GetItemID(), its whole rectangle).
// A focus request for this item is carried out here: keyboard focus moves to it
// and it scrolls into view.
void item(Role role, const std::string& key, const std::string& name, const State& state = {});
// A node for text drawn at the last item's rectangle (paragraphs, headings).
void text_item(Role role, const std::string& text, int level = 0);

// From the mirror (web/a11y_web.cpp); carried out when the item is next drawn.
void request_activate(std::uint32_t item);
void request_focus(std::uint32_t item);
// Focus for the item with this widget key when it is next drawn, its ring shown if
// `visible`; a text field starts editing with the caret after its text (what was typed
// elsewhere goes on where it ended). For the static first screen's hand-over
// (library_actions.h, act_take_first_screen).
void request_focus_key(const std::string& key, bool visible);

// After the screens drew: records ImGui's keyboard focus and finishes the tree.
void end_frame(Tree& tree);

}  // namespace a11y

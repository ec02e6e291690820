// item_hooks.cpp — see item_hooks.h.
#include "a11y/item_hooks.h"

#include "imgui.h"
#include "imgui_internal.h"

namespace a11y {

namespace {

std::uint32_t g_focus = 0;
bool g_focus_visible = true;  // the focus ring shows (false: a hand-over from a mouse click)
std::string g_focus_key;
// A text field activated for a hand-over: ImGui selects all of a field activated this way;
// once it is active the caret goes to the end instead. Lapses after a few frames.
std::uint32_t g_caret_to_end = 0;
int g_caret_frames = 0;

void fill_rect(Node& n) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    n.x = a.x;
    n.y = a.y;
    n.w = b.x - a.x;
    n.h = b.y - a.y;
}

}  // namespace

void item(Role role, const std::string& key, const std::string& name, const State& state) {
    const ImGuiID id = ImGui::GetItemID();
    if (!g_focus_key.empty() && key == g_focus_key) {
        g_focus_key.clear();
        g_focus = id;
        if (role == Role::Textbox) {
            g_caret_to_end = id;
            g_caret_frames = 4;
        }
    }
    if (g_caret_to_end == id && ImGui::GetActiveID() == id) {
        if (ImGuiInputTextState* st = ImGui::GetInputTextState(id)) st->ReloadUserBufAndMoveToEnd();
        g_caret_to_end = 0;
    }
    if (g_focus && g_focus == id) {
        g_focus = 0;
        ImGui::SetFocusID(id, ImGui::GetCurrentWindow());
        // A window focused this frame asks ImGui for a default item (its first, the header's
        // Start): the request made here wins over that.
        ImGuiContext& g = *ImGui::GetCurrentContext();
        g.NavInitRequest = false;
        g.NavInitResult.ID = 0;
        ImGui::SetNavCursorVisible(g_focus_visible || role == Role::Textbox);
        g_focus_visible = true;
        ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
        // A text field focused by a screen reader starts editing, so typing works at once.
        if (role == Role::Textbox) ImGui::ActivateItemByID(id);
    }
    if (!current()) return;
    Node n;
    n.role = role;
    n.item = id;
    n.key = key;
    n.name = name;
    n.value = state.value;
    n.description = state.description;
    n.checked = state.checked;
    n.disabled = state.disabled || (ImGui::GetItemFlags() & ImGuiItemFlags_Disabled) != 0;  // inside BeginDisabled
    n.current = state.current;
    n.multiline = state.multiline;
    n.expanded = state.expanded;
    fill_rect(n);
    add(std::move(n));
}

void text_item(Role role, const std::string& text, int level) {
    if (!current() || text.empty()) return;
    Node n;
    n.role = role;
    n.name = text;
    n.level = level;
    fill_rect(n);
    add(std::move(n));
}

// ImGui's own activation (as by Space on a focused item), queued until the item
// is drawn next: every widget built on ButtonBehavior reports it as pressed.
void request_activate(std::uint32_t item) {
    ImGui::ActivateItemByID(item);
}
void request_focus(std::uint32_t item) {
    g_focus = item;
}
void request_focus_key(const std::string& key, bool visible) {
    g_focus_key = key;
    g_focus_visible = visible;
}

void end_frame(Tree& tree) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    tree.focused = g.NavId;
    tree.focus_visible = g.NavCursorVisible;
    // A request for an item that was not drawn this frame (the screen changed) lapses.
    g_focus = 0;
    g_focus_key.clear();
    g_focus_visible = true;
    if (g_caret_frames > 0 && --g_caret_frames == 0) g_caret_to_end = 0;
    finish(tree);
}

}  // namespace a11y

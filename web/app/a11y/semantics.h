// semantics.h — what a screen reader should find on the canvas: one node per
// thing the UI draws that a person reads or acts on, in reading order.
//
// The widget wrappers (widgets/widgets_common.cpp and friends) add the nodes as
// they draw (a11y/item_hooks.h), so there is one mechanism and no per-screen
// markup. After the frame the tree is finished (implicit radio groups, a modal
// dialog hides everything behind it) and published as JSON; the browser turns it
// into hidden DOM elements over the canvas (web/shell/a11y.js), the way Flutter's
// web engine exposes its semantics tree. Nothing here knows ImGui or the DOM.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace a11y {

enum class Role : std::uint8_t {
    Text,        // a paragraph
    Heading,     // level 1–3
    Button,      // acts; `current` marks the page a navigation button shows
    Radio,       // one choice of several; `checked`
    Checkbox,    // `checked`
    Textbox,     // `value`; `multiline`
    RadioGroup,  // groups radios; named by the question or the field label
    Group,       // a named region (an item's card)
    Dialog,      // a modal dialog; `alert` for error dialogs
};
const char* role_name(Role r);  // "button", "radio", … (ARIA role names)

struct Node {
    Role role = Role::Text;
    std::uint32_t item = 0;   // ImGui's item id: focus and activation are routed by it; 0 = static
    std::string key;          // the wrapper's stable id ("answer.item.pc-01.level.3"), for tests
    std::string name;         // accessible name (what is read)
    std::string value;        // a text field's content
    std::string description;  // read after the name (help, hints)
    int level = 0;            // heading level
    int expanded = -1;        // 0/1 for a button that opens a list, -1 otherwise
    bool checked = false, disabled = false, current = false, multiline = false, alert = false;
    bool is_label = false;             // a Text node drawn by label(): names the field or radio group after it
    float x = 0, y = 0, w = 0, h = 0;  // device pixels on the canvas, the whole item even when scrolled away
    int parent = -1;                   // index of the enclosing group/dialog, -1 = top level
};

struct Tree {
    std::vector<Node> nodes;
    std::uint32_t focused = 0;   // ImGui's keyboard focus (NavId), 0 = none
    bool focus_visible = false;  // the keyboard is in use (ImGui shows its focus ring)
    std::string title;           // the document title for this screen
    // While building:
    std::vector<int> open;            // stack of open group/dialog indices
    std::string pending_label;        // a label (or heading) waiting for the next field
    std::string pending_description;  // help text drawn between that label and the field
};

// The tree the wrappers add to this frame (set by begin_frame); null outside a frame.
Tree* current();
void begin_frame(Tree& tree);

// Adds a node under the innermost open group; returns its index. A text field or
// checkbox after a label() (or a heading) takes it as its name when it has none,
// and the paragraphs drawn between them as its description.
int add(Node node);
void label(const std::string& text);  // a field's visible label: read as text and names the next field
int group_begin(Role role, const std::string& name, const std::string& key = {});
void group_end();
void mark_alert();  // the innermost open group (a dialog) is an alert

// Wraps runs of radios that have no group of their own in a radio group named by
// the label before them, and when a dialog is open keeps only the dialog.
void finish(Tree& tree);

// The finished tree as compact JSON for web/shell/a11y.js: {"title","focused",
// "focusVisible","nodes":[{"role","item","key","name",…,"children":[…]}]}.
std::string to_json(const Tree& tree);

}  // namespace a11y

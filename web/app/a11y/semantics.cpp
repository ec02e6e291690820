// semantics.cpp — see semantics.h.
#include "semantics.h"

#include <nlohmann/json.hpp>  // ordered_json, like the core: one copy of the library in app.wasm

namespace a11y {

namespace {

Tree* g_tree = nullptr;

bool is_group(Role r) {
    return r == Role::RadioGroup || r == Role::Group || r == Role::Dialog;
}

nlohmann::ordered_json node_json(const Tree& t, size_t i, const std::vector<std::vector<size_t>>& kids) {
    const Node& n = t.nodes[i];
    nlohmann::ordered_json j = {{"role", role_name(n.role)}, {"name", n.name}};
    if (n.item) j["item"] = n.item;
    if (!n.key.empty()) j["key"] = n.key;
    if (!n.value.empty() || n.role == Role::Textbox) j["value"] = n.value;
    if (!n.description.empty()) j["description"] = n.description;
    if (n.level) j["level"] = n.level;
    if (n.expanded >= 0) j["expanded"] = n.expanded == 1;
    if (n.role == Role::Radio || n.role == Role::Checkbox) j["checked"] = n.checked;
    if (n.disabled) j["disabled"] = true;
    if (n.current) j["current"] = true;
    if (n.multiline) j["multiline"] = true;
    if (n.alert) j["alert"] = true;
    if (!is_group(n.role)) j["rect"] = {n.x, n.y, n.w, n.h};
    if (is_group(n.role)) {
        nlohmann::ordered_json children = nlohmann::ordered_json::array();
        for (size_t k : kids[i]) children.push_back(node_json(t, k, kids));
        j["children"] = std::move(children);
    }
    return j;
}

}  // namespace

const char* role_name(Role r) {
    switch (r) {
        case Role::Text:
            return "text";
        case Role::Heading:
            return "heading";
        case Role::Button:
            return "button";
        case Role::Radio:
            return "radio";
        case Role::Checkbox:
            return "checkbox";
        case Role::Textbox:
            return "textbox";
        case Role::RadioGroup:
            return "radiogroup";
        case Role::Group:
            return "group";
        case Role::Dialog:
            return "dialog";
    }
    return "text";
}

Tree* current() {
    return g_tree;
}

void begin_frame(Tree& tree) {
    tree.nodes.clear();
    tree.open.clear();
    tree.pending_label.clear();
    tree.pending_description.clear();
    tree.focused = 0;
    tree.focus_visible = false;
    g_tree = &tree;
}

int add(Node node) {
    if (!g_tree) return -1;
    Tree& t = *g_tree;
    if (!t.open.empty()) node.parent = t.open.back();
    const bool names_next = node.role == Role::Heading || node.is_label;
    if (node.role == Role::Text && !node.is_label) {
        // Help under a label: read with the field it explains.
        if (!t.pending_label.empty()) t.pending_description += (t.pending_description.empty() ? "" : " ") + node.name;
    } else {
        if (node.role == Role::Textbox || node.role == Role::Checkbox) {
            if (node.name.empty()) node.name = t.pending_label;
            if (node.description.empty()) node.description = t.pending_description;
        }
        t.pending_label = names_next ? node.name : std::string();
        t.pending_description.clear();
    }
    t.nodes.push_back(std::move(node));
    return static_cast<int>(t.nodes.size()) - 1;
}

void label(const std::string& text) {
    if (!g_tree) return;
    Node n;
    n.role = Role::Text;
    n.name = text;
    n.is_label = true;
    add(std::move(n));
}

int group_begin(Role role, const std::string& name, const std::string& key) {
    if (!g_tree) return -1;
    Node n;
    n.role = role;
    n.name = name;
    n.key = key;
    int i = add(std::move(n));
    g_tree->open.push_back(i);
    return i;
}

void group_end() {
    if (g_tree && !g_tree->open.empty()) g_tree->open.pop_back();
}

void mark_alert() {
    if (g_tree && !g_tree->open.empty()) g_tree->nodes[static_cast<size_t>(g_tree->open.back())].alert = true;
}

void finish(Tree& t) {
    // Implicit radio groups: consecutive radios with the same parent and no
    // radio group above them, named by the label just before the run.
    std::vector<Node> out;
    std::vector<int> remap(t.nodes.size(), -1);
    out.reserve(t.nodes.size() + 8);
    std::string last_label;
    for (size_t i = 0; i < t.nodes.size(); ++i) {
        const Node& n = t.nodes[i];
        const bool free_radio =
            n.role == Role::Radio && (n.parent < 0 || t.nodes[static_cast<size_t>(n.parent)].role != Role::RadioGroup);
        if (free_radio) {
            Node group;
            group.role = Role::RadioGroup;
            group.name = last_label;
            group.parent = n.parent < 0 ? -1 : remap[static_cast<size_t>(n.parent)];
            const int gi = static_cast<int>(out.size());
            out.push_back(std::move(group));
            size_t j = i;
            for (; j < t.nodes.size() && t.nodes[j].role == Role::Radio && t.nodes[j].parent == n.parent; ++j) {
                Node r = t.nodes[j];
                r.parent = gi;
                remap[j] = static_cast<int>(out.size());
                out.push_back(std::move(r));
            }
            i = j - 1;
            continue;
        }
        Node c = n;
        if (c.parent >= 0) c.parent = remap[static_cast<size_t>(c.parent)];
        if (c.is_label || c.role == Role::Heading) last_label = c.name;
        remap[i] = static_cast<int>(out.size());
        out.push_back(std::move(c));
    }
    // A dialog without a name of its own is named by its first heading.
    for (size_t i = 0; i < out.size(); ++i) {
        if (out[i].role != Role::Dialog || !out[i].name.empty()) continue;
        for (size_t k = i + 1; k < out.size(); ++k)
            if (out[k].role == Role::Heading && out[k].parent == static_cast<int>(i)) {
                out[i].name = out[k].name;
                break;
            }
    }
    // A modal dialog: only it is there for a screen reader (aria-modal is not
    // honoured everywhere); the rest stays drawn behind it.
    int dialog = -1;
    for (size_t i = 0; i < out.size(); ++i)
        if (out[i].role == Role::Dialog) dialog = static_cast<int>(i);
    if (dialog >= 0) {
        std::vector<Node> kept;
        std::vector<int> again(out.size(), -1);
        for (size_t i = 0; i < out.size(); ++i) {
            int p = static_cast<int>(i);
            while (p >= 0 && p != dialog) p = out[static_cast<size_t>(p)].parent;
            if (p != dialog) continue;
            Node c = out[i];
            c.parent = static_cast<int>(i) == dialog ? -1 : again[static_cast<size_t>(c.parent)];
            again[i] = static_cast<int>(kept.size());
            kept.push_back(std::move(c));
        }
        out = std::move(kept);
    }
    t.nodes = std::move(out);
    t.open.clear();
}

std::string to_json(const Tree& t) {
    std::vector<std::vector<size_t>> kids(t.nodes.size());
    nlohmann::ordered_json top = nlohmann::ordered_json::array();
    std::vector<size_t> roots;
    for (size_t i = 0; i < t.nodes.size(); ++i) {
        const int p = t.nodes[i].parent;
        if (p >= 0 && static_cast<size_t>(p) < t.nodes.size())
            kids[static_cast<size_t>(p)].push_back(i);
        else
            roots.push_back(i);
    }
    for (size_t i : roots) top.push_back(node_json(t, i, kids));
    nlohmann::ordered_json j = {
        {"title", t.title}, {"focused", t.focused}, {"focusVisible", t.focus_visible}, {"nodes", std::move(top)}};
    // Text typed by the user may hold broken UTF-8; it must not stop the mirror.
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace a11y

// Unit kinds and frameworks: reading, checking and writing them (framework.h,
// format in docs/instrument-format.md).
#include "framework.h"

#include <set>

#include "ids.h"
#include "instrument.h"
#include "instrument_read.h"

namespace spegeln {

const FrameworkTarget* Framework::find_target(const std::string& target_id) const {
    for (const auto& t : targets)
        if (t.id == target_id) return &t;
    return nullptr;
}

bool is_builtin_view(const std::string& id) {
    return id == kViewPrinciples || id == kViewAreas;
}

void read_unit_kinds(const json& root, Diagnostics& diag, Instrument& in) {
    const json* kinds = array_field(root, "unit_kinds", "", diag, false, true, kMaxUnitKinds);
    if (!kinds) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < kinds->size(); ++i) {
        std::string p = path_index("unit_kinds", i);
        if (!require_object((*kinds)[i], p, diag)) continue;
        UnitKind k;
        read_id((*kinds)[i], p, diag, seen, k.id, "diag.what.unit_kind");
        read_text((*kinds)[i], "title", p, diag, k.title, true);
        read_text((*kinds)[i], "description", p, diag, k.description, false);
        in.unit_kinds.push_back(std::move(k));
    }
}

namespace {

void read_target(const json& v, const std::string& p, Diagnostics& diag, std::set<std::string>& seen,
                 FrameworkTarget& t) {
    // Target ids are the sources' own numbers ("4.1.1", "1"), which the id form allows.
    read_id(v, p, diag, seen, t.id, "diag.what.target");
    read_text(v, "title", p, diag, t.title, true);
    read_source(v, p, diag, t.source, false);
    read_text(v, "reason", p, diag, t.reason, false);
    read_text(v, "note", p, diag, t.note, false);
}

// The wording of an item for some unit kinds: {"kommunal": {"sv", "en"}, …}.
void read_texts_by_kind(const json& v, const char* name, const std::string& path, Diagnostics& diag, TextsByKind& out,
                        const Instrument& in, const std::string& label) {
    const json* obj = object_field(v, name, path, diag, kMaxUnitKinds);
    if (!obj) return;
    std::string p = path_member(path, name);
    for (auto it = obj->begin(); it != obj->end(); ++it) {
        std::string kp = path_key(p, it.key());
        if (!in.find_unit_kind(it.key())) {
            diag.error(kp, "diag.item.unknown_unit_kind", {quote_for_message(it.key()), label});
            continue;
        }
        LocalizedText t;
        if (read_text_value(it.value(), kp, diag, t)) out.emplace_back(it.key(), std::move(t));
    }
}

}  // namespace

void read_frameworks(const json& root, Diagnostics& diag, Instrument& in) {
    const json* list = array_field(root, "frameworks", "", diag, false, false);
    if (!list) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
        std::string p = path_index("frameworks", i);
        const json& v = (*list)[i];
        if (!require_object(v, p, diag)) continue;
        Framework f;
        if (read_id(v, p, diag, seen, f.id, "diag.what.framework") && is_builtin_view(f.id))
            diag.error(path_member(p, "id"), "diag.framework.reserved", {quote_for_message(f.id)});
        read_text(v, "title", p, diag, f.title, true);
        if (read_string(v, "document", p, diag, f.document, false) && !f.document.empty() && !in.sources.empty() &&
            !in.find_source(f.document))
            diag.error(path_member(p, "document"), "diag.framework.unknown_source",
                       {quote_for_message(f.document), quote_for_message(f.id)});
        read_text(v, "note", p, diag, f.note, false);
        if (const json* targets = array_field(v, "targets", p, diag, true, true)) {
            std::set<std::string> target_ids;
            for (size_t k = 0; k < targets->size(); ++k) {
                std::string tp = path_index(path_member(p, "targets"), k);
                if (!require_object((*targets)[k], tp, diag)) continue;
                FrameworkTarget t;
                read_target((*targets)[k], tp, diag, target_ids, t);
                f.targets.push_back(std::move(t));
            }
        }
        in.frameworks.push_back(std::move(f));
    }
}

void read_item_framework_fields(const json& v, const std::string& path, Diagnostics& diag, Item& item,
                                const Instrument& in) {
    const std::string label = quote_for_message(item.id);
    if (const json* kinds = array_field(v, "unit_kinds", path, diag, false, true, kMaxUnitKinds)) {
        std::string p = path_member(path, "unit_kinds");
        item.unit_kinds = read_id_list(*kinds, p, diag);
        for (size_t i = 0; i < item.unit_kinds.size(); ++i)
            if (!in.find_unit_kind(item.unit_kinds[i]))
                diag.error(p, "diag.item.unknown_unit_kind", {quote_for_message(item.unit_kinds[i]), label});
    }
    read_texts_by_kind(v, "text_for", path, diag, item.text_for, in, label);
    read_texts_by_kind(v, "help_for", path, diag, item.help_for, in, label);
    if (auto it = v.find("core"); it != v.end()) {
        if (it->is_boolean())
            item.core = it->get<bool>();
        else
            diag.error(path_member(path, "core"), "diag.wrong_type", {"diag.type.boolean", type_code(*it)});
    }
    const json* refs = object_field(v, "frameworks", path, diag);
    if (!refs) return;
    std::string p = path_member(path, "frameworks");
    for (auto it = refs->begin(); it != refs->end(); ++it) {
        std::string fp = path_key(p, it.key());
        if (is_builtin_view(it.key())) {
            diag.error(fp, "diag.item.builtin_framework", {quote_for_message(it.key()), label});
            continue;
        }
        const Framework* f = in.find_framework(it.key());
        if (!f) {
            diag.error(fp, "diag.item.unknown_framework", {quote_for_message(it.key()), label});
            continue;
        }
        if (!it.value().is_array()) {
            diag.error(fp, "diag.wrong_type", {"diag.type.array", type_code(it.value())});
            continue;
        }
        if (it.value().empty()) {
            diag.error(fp, "diag.empty");
            continue;
        }
        if (it.value().size() > kMaxDimensions) {
            diag.error(fp, "diag.too_many", {std::to_string(it.value().size()), std::to_string(kMaxDimensions)});
            continue;
        }
        ItemFrameworkRef ref;
        ref.framework = f->id;
        for (auto& target : read_id_list(it.value(), fp, diag)) {
            if (f->find_target(target))
                ref.targets.push_back(std::move(target));
            else
                diag.error(fp, "diag.item.unknown_target",
                           {quote_for_message(f->id), quote_for_message(target), label});
        }
        item.frameworks.push_back(std::move(ref));
    }
}

void check_framework_targets(const Instrument& in, Diagnostics& diag) {
    for (size_t i = 0; i < in.frameworks.size(); ++i) {
        const Framework& f = in.frameworks[i];
        for (size_t k = 0; k < f.targets.size(); ++k) {
            const FrameworkTarget& t = f.targets[k];
            if (t.reason.empty()) continue;
            std::string items;
            for (const auto& item : in.items) {
                const auto* targets = item.targets_in(f.id);
                if (!targets) continue;
                for (const auto& id : *targets)
                    if (id == t.id) items += (items.empty() ? "" : ", ") + quote_for_message(item.id);
            }
            if (!items.empty())
                diag.error(path_member(path_index(path_member(path_index("frameworks", i), "targets"), k), "reason"),
                           "diag.target.reason_with_items", {quote_for_message(t.id), quote_for_message(f.id), items});
        }
    }
}

void write_framework_fields(const Instrument& in, json& root) {
    if (!in.unit_kinds.empty()) {
        json kinds = json::array();
        for (const auto& k : in.unit_kinds) {
            json kj = {{"id", k.id}, {"title", text_json(k.title)}};
            if (!k.description.empty()) kj["description"] = text_json(k.description);
            kinds.push_back(std::move(kj));
        }
        root["unit_kinds"] = std::move(kinds);
    }
    if (in.frameworks.empty()) return;
    json list = json::array();
    for (const auto& f : in.frameworks) {
        json fj = {{"id", f.id}, {"title", text_json(f.title)}};
        if (!f.document.empty()) fj["document"] = f.document;
        if (!f.note.empty()) fj["note"] = text_json(f.note);
        json targets = json::array();
        for (const auto& t : f.targets) {
            json tj = {{"id", t.id}, {"title", text_json(t.title)}};
            if (!t.source.document.empty()) tj["source"] = source_json(t.source);
            if (!t.reason.empty()) tj["reason"] = text_json(t.reason);
            if (!t.note.empty()) tj["note"] = text_json(t.note);
            targets.push_back(std::move(tj));
        }
        fj["targets"] = std::move(targets);
        list.push_back(std::move(fj));
    }
    root["frameworks"] = std::move(list);
}

void write_item_framework_fields(const Item& item, json& out) {
    if (!item.unit_kinds.empty()) out["unit_kinds"] = item.unit_kinds;
    auto by_kind = [](const TextsByKind& texts) {
        json j = json::object();
        for (const auto& [kind, text] : texts) j[kind] = text_json(text);
        return j;
    };
    if (!item.text_for.empty()) out["text_for"] = by_kind(item.text_for);
    if (!item.help_for.empty()) out["help_for"] = by_kind(item.help_for);
    if (item.core) out["core"] = true;
    if (!item.frameworks.empty()) {
        json refs = json::object();
        for (const auto& r : item.frameworks) refs[r.framework] = r.targets;
        out["frameworks"] = std::move(refs);
    }
}

}  // namespace spegeln

// Reading, checking and writing the brukarrevision fields of an item (audit_fields.h).
#include "audit_fields.h"

#include <algorithm>

#include "ids.h"
#include "instrument.h"
#include "instrument_read.h"
#include "json_read.h"

namespace spegeln {

const std::vector<std::string>& audit_roles() {
    static const std::vector<std::string> kRoles = {"patient", "narstaende", "personal", "ledning"};
    return kRoles;
}

const std::vector<std::string>& audit_methods() {
    static const std::vector<std::string> kMethods = {
        "intervju-patient", "intervju-narstaende", "fokusgrupp",      "enkat",
        "observation",      "dokumentgranskning",  "samtal-personal", "samtal-ledning"};
    return kMethods;
}

namespace {

bool known(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// A list of ids that must each be one of `allowed`.
std::vector<std::string> read_known_list(const json& v, const char* name, const std::string& path, Diagnostics& diag,
                                         const std::vector<std::string>& allowed, const char* code,
                                         const std::string& label) {
    const json* arr = array_field(v, name, path, diag, false, true, allowed.size());
    if (!arr) return {};
    std::string p = path_member(path, name);
    std::vector<std::string> out;
    for (auto& id : read_id_list(*arr, p, diag)) {
        if (known(allowed, id))
            out.push_back(std::move(id));
        else
            diag.error(p, code, {quote_for_message(id), joined(allowed), label});
    }
    return out;
}

}  // namespace

void read_item_audit_fields(const json& v, const std::string& path, Diagnostics& diag, Item& item) {
    const std::string label = quote_for_message(item.id);
    ItemAudit& a = item.audit;
    a.asked_of = read_known_list(v, "asked_of", path, diag, audit_roles(), "diag.item.unknown_role", label);
    a.methods = read_known_list(v, "methods", path, diag, audit_methods(), "diag.item.unknown_method", label);
    if (const json* q = object_field(v, "question", path, diag, audit_roles().size())) {
        std::string p = path_member(path, "question");
        for (auto it = q->begin(); it != q->end(); ++it) {
            std::string kp = path_key(p, it.key());
            if (!known(audit_roles(), it.key())) {
                diag.error(kp, "diag.item.unknown_role", {quote_for_message(it.key()), joined(audit_roles()), label});
                continue;
            }
            LocalizedText t;
            if (read_text_value(it.value(), kp, diag, t)) a.question.emplace_back(it.key(), std::move(t));
        }
    }
    read_text(v, "observe", path, diag, a.observe, false);
    read_text(v, "documents", path, diag, a.documents, false);
    if (const json* cw = object_field(v, "crosswalk", path, diag)) {
        std::string p = path_member(path, "crosswalk");
        for (auto it = cw->begin(); it != cw->end(); ++it) {
            std::string kp = path_key(p, it.key());
            if (!is_valid_id(it.key())) {
                diag.error(kp, "diag.id.invalid", {quote_for_message(it.key())});
                continue;
            }
            if (!it.value().is_array()) {
                diag.error(kp, "diag.wrong_type", {"diag.type.array", type_code(it.value())});
                continue;
            }
            if (it.value().size() > kMaxPerItem) {
                diag.error(kp, "diag.too_many", {std::to_string(it.value().size()), std::to_string(kMaxPerItem)});
                continue;
            }
            a.crosswalk.emplace_back(it.key(), read_id_list(it.value(), kp, diag));
        }
    }
}

void write_item_audit_fields(const Item& item, json& out) {
    const ItemAudit& a = item.audit;
    if (!a.asked_of.empty()) out["asked_of"] = a.asked_of;
    if (!a.methods.empty()) out["methods"] = a.methods;
    if (!a.question.empty()) {
        json q = json::object();
        for (const auto& [role, text] : a.question) q[role] = text_json(text);
        out["question"] = std::move(q);
    }
    if (!a.observe.empty()) out["observe"] = text_json(a.observe);
    if (!a.documents.empty()) out["documents"] = text_json(a.documents);
    if (!a.crosswalk.empty()) {
        json cw = json::object();
        for (const auto& [instrument, ids] : a.crosswalk) cw[instrument] = ids;
        out["crosswalk"] = std::move(cw);
    }
}

void check_crosswalk(const Instrument& from, const Instrument& target, Diagnostics& diag) {
    for (size_t i = 0; i < from.items.size(); ++i) {
        const Item& item = from.items[i];
        for (const auto& [instrument, ids] : item.audit.crosswalk) {
            if (instrument != target.id) continue;
            std::string p = path_key(path_member(path_index("items", i), "crosswalk"), instrument);
            for (const auto& id : ids)
                if (!target.find_item(id))
                    diag.error(p, "diag.crosswalk.unknown_item",
                               {quote_for_message(id), target.id, target.version, item.id});
        }
    }
}

}  // namespace spegeln

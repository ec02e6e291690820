// Reading, checking and writing "previous_versions" (version_mapping.h).
#include "version_mapping.h"

#include <map>
#include <set>

#include "instrument.h"
#include "instrument_read.h"

namespace spegeln {

const char* change_kind_id(ChangeKind k) {
    switch (k) {
        case ChangeKind::Same:
            return "same";
        case ChangeKind::Reworded:
            return "reworded";
        case ChangeKind::Split:
            return "split";
        case ChangeKind::Merged:
            return "merged";
        case ChangeKind::Removed:
            return "removed";
        case ChangeKind::New:
            return "new";
    }
    return "same";
}

std::optional<ChangeKind> change_kind_from_id(const std::string& id) {
    for (ChangeKind k : {ChangeKind::Same, ChangeKind::Reworded, ChangeKind::Split, ChangeKind::Merged,
                         ChangeKind::Removed, ChangeKind::New})
        if (id == change_kind_id(k)) return k;
    return std::nullopt;
}

namespace {

// Whether a change of kind `k` has a possible number of items on each side.
bool shape_fits(ChangeKind k, size_t from, size_t to) {
    switch (k) {
        case ChangeKind::Same:
        case ChangeKind::Reworded:
            return from == 1 && to == 1;
        case ChangeKind::Split:
            return from == 1 && to >= 2;
        case ChangeKind::Merged:
            return from >= 2 && to == 1;
        case ChangeKind::Removed:
            return from >= 1 && to == 0;
        case ChangeKind::New:
            return from == 0 && to >= 1;
    }
    return false;
}

const char* shape_code(ChangeKind k) {
    switch (k) {
        case ChangeKind::Same:
        case ChangeKind::Reworded:
            return "diag.version.shape_one_to_one";
        case ChangeKind::Split:
            return "diag.version.shape_split";
        case ChangeKind::Merged:
            return "diag.version.shape_merged";
        case ChangeKind::Removed:
            return "diag.version.shape_removed";
        case ChangeKind::New:
            return "diag.version.shape_new";
    }
    return "diag.version.shape_one_to_one";
}

std::vector<std::string> id_list(const json& v, const char* name, const std::string& path, Diagnostics& diag) {
    const json* arr = array_field(v, name, path, diag, true, false, kMaxInstrumentItems);
    return arr ? read_id_list(*arr, path_member(path, name), diag) : std::vector<std::string>{};
}

void read_one(const json& v, const std::string& p, Diagnostics& diag, const Instrument& in, PreviousVersion& pv) {
    const json* items = array_field(v, "items", p, diag, true, true, 2 * kMaxInstrumentItems);
    if (!items) return;
    std::map<std::string, size_t> from_seen, to_seen;  // id → index of its change
    for (size_t i = 0; i < items->size(); ++i) {
        std::string ip = path_index(path_member(p, "items"), i);
        const json& c = (*items)[i];
        if (!require_object(c, ip, diag)) continue;
        ItemChange ch;
        ch.from = id_list(c, "from", ip, diag);
        ch.to = id_list(c, "to", ip, diag);
        std::string kind;
        bool kind_ok = false;
        if (read_string(c, "change", ip, diag, kind, true)) {
            if (auto k = change_kind_from_id(kind)) {
                ch.change = *k;
                kind_ok = true;
            } else {
                diag.error(path_member(ip, "change"), "diag.version.unknown_change", {quote_for_message(kind)});
            }
        }
        read_text(c, "reason", ip, diag, ch.reason, false);
        if (kind_ok && !shape_fits(ch.change, ch.from.size(), ch.to.size()))
            diag.error(ip, shape_code(ch.change),
                       {quote_for_message(kind), std::to_string(ch.from.size()), std::to_string(ch.to.size())});
        for (const auto& id : ch.from)
            if (!from_seen.emplace(id, i).second)
                diag.error(path_member(ip, "from"), "diag.version.from_twice",
                           {quote_for_message(id), quote_for_message(pv.version)});
        for (const auto& id : ch.to) {
            if (!in.find_item(id))
                diag.error(path_member(ip, "to"), "diag.version.unknown_item", {quote_for_message(id)});
            else if (!to_seen.emplace(id, i).second)
                diag.error(path_member(ip, "to"), "diag.version.to_twice", {quote_for_message(id)});
        }
        pv.items.push_back(std::move(ch));
    }
    for (const auto& item : in.items)
        if (!to_seen.count(item.id))
            diag.error(path_member(p, "items"), "diag.version.item_unmapped",
                       {quote_for_message(item.id), quote_for_message(pv.version)});
}

}  // namespace

void read_previous_versions(const json& root, Diagnostics& diag, Instrument& in) {
    const json* list = array_field(root, "previous_versions", "", diag, false, false);
    if (!list) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
        std::string p = path_index("previous_versions", i);
        const json& v = (*list)[i];
        if (!require_object(v, p, diag)) continue;
        PreviousVersion pv;
        if (read_string(v, "version", p, diag, pv.version, true)) {
            if (pv.version.empty())
                diag.error(path_member(p, "version"), "diag.empty");
            else if (pv.version == in.version)
                diag.error(path_member(p, "version"), "diag.version.is_current", {quote_for_message(pv.version)});
            else if (!seen.insert(pv.version).second)
                diag.error(path_member(p, "version"), "diag.id.duplicate",
                           {"diag.what.version", quote_for_message(pv.version)});
        }
        read_one(v, p, diag, in, pv);
        in.previous_versions.push_back(std::move(pv));
    }
}

void write_previous_versions(const Instrument& in, json& root) {
    if (in.previous_versions.empty()) return;
    json list = json::array();
    for (const auto& pv : in.previous_versions) {
        json items = json::array();
        for (const auto& c : pv.items) {
            json cj = {{"from", c.from}, {"to", c.to}, {"change", change_kind_id(c.change)}};
            if (!c.reason.empty()) cj["reason"] = text_json(c.reason);
            items.push_back(std::move(cj));
        }
        list.push_back({{"version", pv.version}, {"items", std::move(items)}});
    }
    root["previous_versions"] = std::move(list);
}

}  // namespace spegeln

// version_mapping.h — how an instrument version's items map to an earlier version's.
//
// A newer version declares, for each earlier version it replaces, where every old
// item went (docs/instrument-format.md, "previous_versions"): the same item, reworded,
// split into several, merged with others into one, removed, or a new item with no
// predecessor. Every old item stands in exactly one "from", every current item in
// exactly one "to". The comparison that uses it is in version_compare.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "text.h"

namespace spegeln {

enum class ChangeKind { Same, Reworded, Split, Merged, Removed, New };

const char* change_kind_id(ChangeKind k);  // "same", "reworded", …
std::optional<ChangeKind> change_kind_from_id(const std::string& id);

struct ItemChange {
    std::vector<std::string> from;  // item ids of the earlier version
    std::vector<std::string> to;    // item ids of this version
    ChangeKind change = ChangeKind::Same;
    LocalizedText reason;
};

struct PreviousVersion {
    std::string version;
    std::vector<ItemChange> items;
};

}  // namespace spegeln

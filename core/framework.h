// framework.h — unit kinds and further frameworks an instrument's items can be read against.
//
// Plain data declared by an instrument (docs/instrument-format.md):
//  * a unit kind ("vardcentral", "kommunal", …) that items may be limited to, and
//    in whose own words an item may be phrased (same meaning, scored as the same item);
//  * a framework ("skane-insatser", "nationell-delmal", …) with targets that items
//    serve; a target that no item serves on purpose says why ("reason").
// The principles and the insatsområden are the built-in frameworks "principer" and
// "omraden" (views.h); those ids are reserved.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "source_ref.h"
#include "text.h"

namespace spegeln {

inline constexpr const char* kViewPrinciples = "principer";
inline constexpr const char* kViewAreas = "omraden";

// At most this many unit kinds (CompiledInstrument keeps them as bits of one word).
inline constexpr size_t kMaxUnitKinds = 32;

struct UnitKind {
    std::string id;
    LocalizedText title;
    LocalizedText description;
};

struct FrameworkTarget {
    std::string id;
    LocalizedText title;
    SourceRef source;
    LocalizedText reason;  // why no item serves it; only on a target without items
    LocalizedText note;    // a remark shown with the target
};

struct Framework {
    std::string id;
    LocalizedText title;
    std::string document;  // id of an entry in Instrument::sources
    LocalizedText note;
    std::vector<FrameworkTarget> targets;

    const FrameworkTarget* find_target(const std::string& target_id) const;
};

// The targets of one framework that an item serves.
struct ItemFrameworkRef {
    std::string framework;
    std::vector<std::string> targets;
};

// Wording of an item for one unit kind.
using TextsByKind = std::vector<std::pair<std::string, LocalizedText>>;

// Whether `id` names a built-in view ("principer", "omraden"); no framework may use it.
bool is_builtin_view(const std::string& id);

}  // namespace spegeln

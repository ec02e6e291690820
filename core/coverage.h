// coverage.h — the traceability matrix: for every view of an instrument (principer,
// omraden and each framework), every target with the items that serve it
// (`spegeln coverage`, docs/instrument-sources.md).
#pragma once

#include <string>
#include <vector>

#include "instrument.h"
#include "json_read.h"

namespace spegeln {

struct CoverageTarget {
    std::string id;
    LocalizedText title;
    std::vector<std::string> items;  // item ids, in the instrument's order
    LocalizedText reason;            // why no item serves it, when the instrument says so
    LocalizedText note;
};

struct CoverageFramework {
    std::string id;
    LocalizedText title;  // empty for the built-in views
    std::vector<CoverageTarget> targets;
};

std::vector<CoverageFramework> coverage_matrix(const Instrument& in);

// The frameworks of the Skåne strategy that every target must be served in, or say why not:
// its principles, its insatsområden and its insatser ("skane-insatser").
inline constexpr const char* kSkaneInsatser = "skane-insatser";

// "framework/target" of every target of `framework_ids` with no item and no reason.
std::vector<std::string> unserved_targets(const std::vector<CoverageFramework>& matrix,
                                          const std::vector<std::string>& framework_ids);

// {"frameworks":[{"id","targets":[{"id","title","items":[…]}]}]}, "reason" on a target that has
// one; titles in `lang` (Swedish where the instrument has no such text).
json coverage_document(const std::vector<CoverageFramework>& matrix, const std::string& lang);

}  // namespace spegeln

// views.h — the same answers read against a framework (docs/scoring.md, "Vyer").
//
// A view lists targets and the items that serve each. The built-in views are
// "principer" (the principles, each item with its principle weight: the scores of
// score_assessment) and "omraden" (the insatsområden, weight 1); every framework an
// instrument declares is a view too, each item weight 1. A target's score, coverage
// and uncertainty follow the rules of scoring.h over its items; the view's overall
// score is the mean of the target scores that exist, incomplete when a target that
// some item serves has none. A target no item serves has no score and is shown with
// its reason; it does not make the view incomplete. Items that do not apply to the
// assessment's unit kind are left out, as in score_assessment.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "assessment.h"
#include "instrument.h"
#include "scoring.h"

namespace spegeln {

struct ViewTarget {
    std::string id;
    LocalizedText title;  // for an area with its number: "4.3 …"
    SourceRef source;
    LocalizedText reason;
    LocalizedText note;
    std::vector<std::pair<size_t, double>> items;  // index into Instrument::items, weight
};

struct View {
    std::string id;
    LocalizedText title;  // empty for the built-in views (their names are UI words)
    bool builtin = false;
    std::vector<ViewTarget> targets;
};

// "principer", "omraden", then the instrument's frameworks, in its order.
std::vector<std::string> available_views(const Instrument& in);
// The view with this id; nullopt when the instrument has none.
std::optional<View> view_of(const Instrument& in, const std::string& view_id);

struct TargetScore {
    std::string id;
    std::optional<double> score;  // 0–100
    double coverage = 0.0;
    AnswerCounts counts;
    bool uncertain = false;
    size_t items = 0;  // items that serve the target and apply to the unit kind
};

struct ViewReport {
    std::string view;
    std::vector<TargetScore> targets;  // in the view's order
    std::optional<double> overall;
    bool incomplete = false;
    std::string unit_kind;
    int excluded_items = 0;

    const TargetScore* find_target(const std::string& id) const;
};

ViewReport score_view(const Instrument& in, const Assessment& a, const View& view);
// A view with its scores, as the outputs take it.
struct ScoredView {
    View view;
    ViewReport report;
};

// nullopt when the instrument has no view `view_id`.
std::optional<ViewReport> score_view(const Instrument& in, const Assessment& a, const std::string& view_id);

// The items a unit of `unit_kind` answers ("" = every item), in the instrument's order; with
// `core_only`, only those on the short core path.
std::vector<const Item*> items_for_unit_kind(const Instrument& in, const std::string& unit_kind,
                                             bool core_only = false);

}  // namespace spegeln

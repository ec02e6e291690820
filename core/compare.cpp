#include "compare.h"

#include "ids.h"

namespace spegeln {
namespace {

DimensionChange change_of(DimensionKind kind, const std::string& id, const std::optional<double>& base,
                          const std::optional<double>& follow) {
    DimensionChange c;
    c.kind = kind;
    c.id = id;
    c.baseline = base;
    c.followup = follow;
    if (base && follow) c.change = *follow - *base;
    return c;
}

}  // namespace

void warn_unlike_pair(const Assessment& baseline, const Assessment& followup, Diagnostics& diag) {
    if (baseline.unit_name != followup.unit_name)
        diag.warning("verksamhet.name", "diag.compare.other_unit",
                     {quote_for_message(baseline.unit_name), quote_for_message(followup.unit_name)});
    // ISO dates compare correctly as text.
    if (!baseline.date.empty() && !followup.date.empty() && followup.date < baseline.date)
        diag.warning("date", "diag.compare.date_order",
                     {quote_for_message(followup.date), quote_for_message(baseline.date)});
}

Comparison compare(const Instrument& in, const Assessment& baseline, const Assessment& followup, Diagnostics& diag) {
    warn_unlike_pair(baseline, followup, diag);
    ScoreReport b = score_assessment(in, baseline), f = score_assessment(in, followup);
    Comparison c;
    for (size_t i = 0; i < in.principles.size(); ++i)
        c.principles.push_back(
            change_of(DimensionKind::Principle, in.principles[i].id, b.principles[i].score, f.principles[i].score));
    for (size_t i = 0; i < in.areas.size(); ++i)
        c.areas.push_back(change_of(DimensionKind::Area, in.areas[i].id, b.areas[i].score, f.areas[i].score));
    c.overall = change_of(DimensionKind::Principle, kOverallId, b.overall, f.overall);
    return c;
}

}  // namespace spegeln

// Comparing assessments across instrument versions through the mapping (version_compare.h).
#include "version_compare.h"

#include <set>

#include "compare.h"
#include "json_read.h"
#include "scoring.h"

namespace spegeln {

void check_version_mapping(const Instrument& newer, const Instrument& older, Diagnostics& diag) {
    const PreviousVersion* pv = newer.find_previous_version(older.version);
    if (!pv) {
        diag.error("previous_versions", "diag.version.no_mapping",
                   {quote_for_message(newer.version), quote_for_message(older.version)});
        return;
    }
    std::set<std::string> mapped;
    for (const auto& c : pv->items)
        for (const auto& id : c.from) {
            mapped.insert(id);
            if (!older.find_item(id))
                diag.error("previous_versions", "diag.version.old_unknown",
                           {quote_for_message(id), quote_for_message(older.version)});
        }
    for (const auto& item : older.items)
        if (!mapped.count(item.id))
            diag.error("previous_versions", "diag.version.old_unmapped",
                       {quote_for_message(item.id), quote_for_message(older.version)});
}

namespace {

// The mean value (0–100) of the items of `ids` that apply to the unit kind and have a level.
std::optional<double> group_value(const Instrument& in, const Assessment& a, const std::vector<std::string>& ids) {
    double sum = 0;
    int n = 0;
    for (const auto& id : ids) {
        const Item* item = in.find_item(id);
        const Answer* ans = a.find_answer(id);
        if (!item || !ans || !item->applies_to(a.unit_kind)) continue;
        if (auto v = answer_value(*ans, in.scale_of(*item))) {
            sum += 100.0 * *v;
            ++n;
        }
    }
    if (n == 0) return std::nullopt;
    return sum / n;
}

}  // namespace

std::optional<VersionComparison> compare_versions(const Instrument& older, const Assessment& baseline,
                                                  const Instrument& newer, const Assessment& followup,
                                                  Diagnostics& diag) {
    if (older.id != newer.id || baseline.instrument_id != older.id || followup.instrument_id != newer.id) {
        diag.error("instrument.id", "diag.instrument.other",
                   {quote_for_message(followup.instrument_id), quote_for_message(baseline.instrument_id)});
        return std::nullopt;
    }
    const PreviousVersion* pv = newer.find_previous_version(older.version);
    if (!pv) {
        diag.error("instrument.version", "diag.version.no_mapping",
                   {quote_for_message(newer.version), quote_for_message(older.version)});
        return std::nullopt;
    }
    warn_unlike_pair(baseline, followup, diag);
    VersionComparison out;
    out.instrument_id = newer.id;
    out.from_version = older.version;
    out.to_version = newer.version;
    for (const auto& c : pv->items) {
        MappedComparison m;
        m.change = c.change;
        m.from = c.from;
        m.to = c.to;
        m.reason = c.reason;
        if (c.change == ChangeKind::Removed || c.change == ChangeKind::New) {
            out.not_compared.push_back(std::move(m));
            continue;
        }
        m.group = c.change == ChangeKind::Split || c.change == ChangeKind::Merged;
        m.baseline = group_value(older, baseline, c.from);
        m.followup = group_value(newer, followup, c.to);
        if (m.baseline && m.followup) m.change_points = *m.followup - *m.baseline;
        out.compared.push_back(std::move(m));
    }
    return out;
}

}  // namespace spegeln

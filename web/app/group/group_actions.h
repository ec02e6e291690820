// group_actions.h — several saved assessments taken together (the group screen of
// group/): a workshop's participants aggregated, or a baseline and its
// follow-up compared. Reads the saved files; never changes them. Uses
// document.h and messages.h.
#pragma once

#include <string>
#include <vector>

#include "app_state.h"

// Why the "Sammanställ valda" / "Jämför två" buttons are or are not usable.
enum class GroupCheck {
    Ok,
    TooFew,            // fewer than two selected
    NotTwo,            // compare: more than two selected
    MixedInstruments,  // not all of the same instrument
    Unreadable,        // a selected file cannot be read or its instrument is not bundled
};
void act_toggle_selected(App& app, const std::string& id);
bool is_selected(const App& app, const std::string& id);
// How a saved or pasted member is listed on the group screen: unit · date · role.
std::string member_label(const App& app, const spegeln::Assessment& a);
GroupCheck check_aggregate(const App& app);
GroupCheck check_compare(const App& app);
// The check as a sentence for the user ("" for Ok).
std::string group_check_text(const App& app, GroupCheck check, bool comparing);
// Loads the selected assessments and opens the group screen. False (and an
// error shown) when the check fails or a file does not load.
bool act_open_aggregate(App& app);
bool act_open_compare(App& app);  // the older date is the baseline
bool act_export_group_csv(App& app);
// "Följ över tid": two or more assessments of one instrument (any versions), in date order,
// each scored on its own version (core trend.h). trend_actions.cpp.
GroupCheck check_trend(const App& app);
bool act_open_trend(App& app);
// Presentation mode of the aggregate: on only when the group is at or above the anonymity
// threshold; starts at the first slide. act_slide steps by `step`, kept within `count` slides.
bool act_present(App& app, bool on);
void act_slide(App& app, int step, size_t count);
// The items whose answers differ (the core's spread above 0), largest disagreement first.
std::vector<const spegeln::ItemSpread*> differing_items(const spegeln::AggregateReport& r);
// The aggregate as the printable group report (core/group_report.h) and as the JSON of
// `spegeln aggregate --format json`, downloaded like the CSV.
bool act_export_group_html(App& app);
bool act_export_group_json(App& app);

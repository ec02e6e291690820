// trend_actions.cpp — "Följ över tid": a baseline and its follow-ups of one unit, each loaded
// against its own instrument version and handed to the core (trend.h). Reads the saved files;
// never changes them.
#include <algorithm>

#include "actions.h"
#include "platform.h"
#include "trend.h"

using namespace spegeln;

namespace {

const SavedEntry* entry(const App& app, const std::string& id) {
    for (const auto& e : app.library.saved)
        if (e.id == id) return &e;
    return nullptr;
}

}  // namespace

GroupCheck check_trend(const App& app) {
    if (app.group.selected.size() < 2) return GroupCheck::TooFew;
    std::string instrument;
    for (const auto& id : app.group.selected) {
        const SavedEntry* e = entry(app, id);
        if (!e || !e->readable || instrument_index(app, e->instrument_id, e->instrument_version) < 0)
            return GroupCheck::Unreadable;
        if (instrument.empty()) instrument = e->instrument_id;
        if (e->instrument_id != instrument) return GroupCheck::MixedInstruments;
    }
    return GroupCheck::Ok;
}

bool act_open_trend(App& app) {
    GroupCheck check = check_trend(app);
    if (check != GroupCheck::Ok) {
        show_error(app, tr(app, "trend.error"), {group_check_text(app, check, false)});
        return false;
    }
    std::vector<Assessment> members;
    std::vector<int> versions;
    for (const auto& id : app.group.selected) {
        const SavedEntry* e = entry(app, id);
        int own = instrument_index(app, e->instrument_id, e->instrument_version);
        auto text = platform::storage_read(e->storage_name);
        Diagnostics diag;
        auto a = text ? load_assessment(*text, diag, &app.instruments[static_cast<size_t>(own)]) : std::nullopt;
        if (!a) {
            std::vector<std::string> lines{app.strings.format("group.unloadable", {e->unit_name, e->date})};
            for (const auto& d : diag.items) lines.push_back(format_diagnostic(d, app.strings));
            show_error(app, tr(app, "trend.error"), lines);
            return false;
        }
        members.push_back(std::move(*a));
        versions.push_back(own);
    }
    // Date order, the instruments following their rounds (the core sorts its own copy the same way).
    std::vector<size_t> order(members.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return members[x].date < members[y].date; });
    GroupView& g = app.group;
    g.members.clear();
    g.round_instruments.clear();
    for (size_t i : order) {
        g.members.push_back(std::move(members[i]));
        g.round_instruments.push_back(versions[i]);
    }
    std::vector<TrendRound> rounds;
    for (size_t i = 0; i < g.members.size(); ++i)
        rounds.push_back({&app.instruments[static_cast<size_t>(g.round_instruments[i])], &g.members[i]});
    Diagnostics diag;
    g.trend = trend_over_time(rounds, diag);
    g.warnings.clear();
    for (const auto& d : diag.items) g.warnings.push_back(diagnostic_message(d, app.strings));
    g.instrument = g.round_instruments.back();
    g.over_time = true;
    g.comparing = false;
    g.scroll_top = true;
    app.screen = Screen::Group;
    return true;
}

// group_actions.cpp — several saved assessments taken together: a trainer's
// workshop (everyone assessed the same case; where do we differ?) and a team's
// baseline against its follow-up a year later. The numbers come from the core
// (spegeln::aggregate with each item's disagreement, spegeln::compare); this
// file picks the assessments and loads them.
#include <algorithm>

#include "actions.h"
#include "group_report.h"
#include "output.h"
#include "platform.h"
#include "widgets/personal_data_scan.h"

using namespace spegeln;

namespace {

const SavedEntry* saved_entry(const App& app, const std::string& id) {
    for (const auto& e : app.library.saved)
        if (e.id == id) return &e;
    return nullptr;
}

// What both checks share: every selected file readable, one bundled instrument. An aggregate
// needs one version too; a comparison may span two (through the newer one's mapping).
GroupCheck check_members(const App& app, bool comparing) {
    std::string instrument, version;
    for (const auto& id : app.group.selected) {
        const SavedEntry* e = saved_entry(app, id);
        if (!e || !e->readable || !find_instrument(app, e->instrument_id)) return GroupCheck::Unreadable;
        if (instrument.empty()) {
            instrument = e->instrument_id;
            version = e->instrument_version;
        } else if (e->instrument_id != instrument || (!comparing && e->instrument_version != version)) {
            return GroupCheck::MixedInstruments;
        }
    }
    return GroupCheck::Ok;
}

// Loads the selected assessments against their instrument; shows an error and
// returns false when one does not load.
bool load_selected(App& app, bool comparing) {
    GroupCheck check = comparing ? check_compare(app) : check_aggregate(app);
    std::string title = tr(app, comparing ? "group.error_compare" : "group.error_aggregate");
    if (check != GroupCheck::Ok) {
        show_error(app, title, {group_check_text(app, check, comparing)});
        return false;
    }
    const SavedEntry* first = saved_entry(app, app.group.selected.front());
    int idx = instrument_index(app, first->instrument_id, first->instrument_version);
    std::vector<Assessment> members;
    std::vector<int> versions;  // each member's own instrument version
    for (const auto& id : app.group.selected) {
        const SavedEntry* e = saved_entry(app, id);
        auto text = platform::storage_read(e->storage_name);
        Diagnostics diag;
        int own = instrument_index(app, e->instrument_id, e->instrument_version);
        versions.push_back(own);
        auto a = text ? load_assessment(*text, diag, &app.instruments[static_cast<size_t>(own)]) : std::nullopt;
        if (!a) {
            std::vector<std::string> lines{app.strings.format("group.unloadable", {e->unit_name, e->date})};
            for (const auto& d : diag.items) lines.push_back(format_diagnostic(d, app.strings));
            show_error(app, title, lines);
            return false;
        }
        members.push_back(std::move(*a));
    }
    app.group.instrument = idx;
    app.group.base_instrument = idx;
    app.group.across_versions = false;
    app.group.versions = VersionComparison{};
    if (comparing && versions.size() == 2 && versions[0] != versions[1]) {
        // The earlier version is the baseline's side, whatever the dates say.
        const bool second_older = version_order(app.instruments[static_cast<size_t>(versions[1])].version,
                                                app.instruments[static_cast<size_t>(versions[0])].version) < 0;
        if (second_older) {
            std::swap(members[0], members[1]);
            std::swap(versions[0], versions[1]);
        }
        app.group.across_versions = true;
        app.group.base_instrument = versions[0];
        app.group.instrument = versions[1];
    }
    app.group.member_labels.clear();
    for (const auto& a : members) app.group.member_labels.push_back(member_label(app, a));
    app.group.member_digests.assign(members.size(), 0);
    app.group.collect_notes.clear();
    app.group.members = std::move(members);
    app.group.comparing = comparing;
    app.group.over_time = false;
    app.group.aggregate = AggregateReport{};
    app.group.all_items = false;
    app.group.presenting = false;
    app.group.slide = 0;
    app.group.comparison = Comparison{};
    app.group.warnings.clear();
    app.group.scroll_top = true;
    return true;
}

}  // namespace

void act_toggle_selected(App& app, const std::string& id) {
    auto& sel = app.group.selected;
    auto it = std::find(sel.begin(), sel.end(), id);
    if (it != sel.end())
        sel.erase(it);
    else if (saved_entry(app, id))
        sel.push_back(id);
}

std::string member_label(const App& app, const Assessment& a) {
    return (a.unit_name.empty() ? tr(app, "saved.no_name") : a.unit_name) + " · " + a.date +
           (a.respondent_role.empty() ? "" : " · " + a.respondent_role);
}

bool is_selected(const App& app, const std::string& id) {
    const auto& sel = app.group.selected;
    return std::find(sel.begin(), sel.end(), id) != sel.end();
}

GroupCheck check_aggregate(const App& app) {
    if (app.group.selected.size() < 2) return GroupCheck::TooFew;
    return check_members(app, false);
}

GroupCheck check_compare(const App& app) {
    if (app.group.selected.size() < 2) return GroupCheck::TooFew;
    if (app.group.selected.size() > 2) return GroupCheck::NotTwo;
    return check_members(app, true);
}

std::string group_check_text(const App& app, GroupCheck check, bool comparing) {
    switch (check) {
        case GroupCheck::Ok:
            return "";
        case GroupCheck::TooFew:
            return app.strings.format(comparing ? "group.why.compare_too_few" : "group.why.too_few",
                                      {std::to_string(app.group.selected.size())});
        case GroupCheck::NotTwo:
            return app.strings.format("group.why.not_two", {std::to_string(app.group.selected.size())});
        case GroupCheck::MixedInstruments:
            return tr(app, "group.why.mixed");
        case GroupCheck::Unreadable:
            return tr(app, "group.why.unreadable");
    }
    return "";
}

std::vector<const ItemSpread*> differing_items(const AggregateReport& r) {
    std::vector<const ItemSpread*> out;
    for (const ItemSpread& s : r.spread)
        if (s.spread && *s.spread > 1e-9) out.push_back(&s);
    return out;
}

bool act_open_aggregate(App& app) {
    if (!load_selected(app, false)) return false;
    const Instrument& in = app.instruments[static_cast<size_t>(app.group.instrument)];
    app.group.aggregate = aggregate(in, app.group.members);
    app.screen = Screen::Group;
    return true;
}

bool act_open_compare(App& app) {
    if (!load_selected(app, true)) return false;
    auto& m = app.group.members;
    const Instrument& in = app.instruments[static_cast<size_t>(app.group.instrument)];
    Diagnostics diag;
    if (app.group.across_versions) {
        // Through the newer version's mapping: what was compared and what was not.
        const Instrument& older = app.instruments[static_cast<size_t>(app.group.base_instrument)];
        auto c = compare_versions(older, m[0], in, m[1], diag);
        if (!c) {
            std::vector<std::string> lines;
            for (const auto& d : diag.items) lines.push_back(format_diagnostic(d, app.strings));
            show_error(app, tr(app, "group.error_compare"), lines);
            return false;
        }
        app.group.versions = std::move(*c);
        for (const auto& d : diag.items) app.group.warnings.push_back(diagnostic_message(d, app.strings));
        app.screen = Screen::Group;
        return true;
    }
    // The older date is the baseline; on the same date, the one changed first.
    if (m[1].date < m[0].date || (m[1].date == m[0].date && m[1].modified < m[0].modified)) std::swap(m[0], m[1]);
    app.group.comparison = compare(in, m[0], m[1], diag);
    for (const auto& d : diag.items) app.group.warnings.push_back(diagnostic_message(d, app.strings));
    app.screen = Screen::Group;
    return true;
}

bool act_present(App& app, bool on) {
    GroupView& g = app.group;
    if (on && (g.comparing || g.members.empty() || g.aggregate.below_anonymity_threshold)) return false;
    g.presenting = on;
    g.slide = 0;
    return true;
}

void act_slide(App& app, int step, size_t count) {
    if (count == 0) return;
    const long next = static_cast<long>(app.group.slide) + step;
    app.group.slide = static_cast<size_t>(std::clamp(next, 0L, static_cast<long>(count) - 1));
}

bool act_export_group_csv(App& app) {
    GroupView& g = app.group;
    if (g.members.empty() || g.instrument < 0) return false;
    const Instrument& in = app.instruments[static_cast<size_t>(g.instrument)];
    // What the members hold, each finding said to be in which assessment.
    std::vector<PersonalDataHit> hits;
    for (const auto& m : g.members)
        for (auto& h : personal_data_in_assessment(app, m))
            hits.push_back({app.strings.format("pd.where.in_member", {m.unit_name, m.date, h.where}), h.what});
    if (!personal_data_export_ok(app, "group.csv", hits)) return false;
    const bool ok =
        g.comparing && g.across_versions
            ? platform::download(app.strings.format("group.file_compare", {export_file_name(g.members[1], "csv")}),
                                 "text/csv;charset=utf-8",
                                 version_compare_csv(in, g.members[0], g.members[1], g.versions, app.strings))
        : g.comparing
            ? platform::download(app.strings.format("group.file_compare", {export_file_name(g.members[1], "csv")}),
                                 "text/csv;charset=utf-8",
                                 compare_csv(in, g.members[0], g.members[1], g.comparison, app.strings))
            : platform::download(app.strings.format("group.file_aggregate", {std::to_string(g.members.size())}),
                                 "text/csv;charset=utf-8", aggregate_csv(in, g.aggregate, app.strings));
    if (!ok) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    show_toast(app, tr(app, "export.csv_done"));
    platform::announce(tr(app, "export.csv_done"));
    return true;
}

namespace {

bool download_group(App& app, const std::string& file, const char* mime, const std::string& data,
                    const char* done_key) {
    if (!platform::download(file, mime, data)) {
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.export_failed")});
        return false;
    }
    show_toast(app, tr(app, done_key));
    platform::announce(tr(app, done_key));
    return true;
}

}  // namespace

bool act_export_group_html(App& app) {
    GroupView& g = app.group;
    if (g.comparing || g.members.empty() || g.instrument < 0) return false;
    const Instrument& in = app.instruments[static_cast<size_t>(g.instrument)];
    return download_group(app, app.strings.format("group.file_report", {std::to_string(g.members.size())}),
                          "text/html;charset=utf-8", group_report_html(in, g.members, app.language),
                          "group.export_html_done");
}

bool act_export_group_json(App& app) {
    GroupView& g = app.group;
    if (g.comparing || g.members.empty() || g.instrument < 0) return false;
    const Instrument& in = app.instruments[static_cast<size_t>(g.instrument)];
    return download_group(app, app.strings.format("group.file_json", {std::to_string(g.members.size())}),
                          "application/json", aggregate_json(in, g.aggregate), "group.export_json_done");
}

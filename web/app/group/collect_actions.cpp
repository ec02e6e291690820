// collect_actions.cpp — many participants' files into one group (collect_actions.h).
// Every file is judged on its own, so one broken or foreign file never stops the
// rest of a batch: each gets a note, and the group is recounted after each one.
#include "collect_actions.h"

#include <functional>

#include "actions.h"
#include "output.h"
#include "platform.h"

using namespace spegeln;

// The same as act_open_aggregate, over the members as they are now.
void recount_group(App& app) {
    GroupView& g = app.group;
    g.aggregate = AggregateReport{};
    if (g.members.empty() || g.instrument < 0) return;
    const Instrument& in = app.instruments[static_cast<size_t>(g.instrument)];
    g.aggregate = aggregate(in, g.members);  // the core ranks the items by disagreement (aggregate.h)
}

namespace {

CollectOutcome note(App& app, const std::string& file, CollectOutcome outcome, const std::string& detail) {
    app.group.collect_notes.push_back({file, outcome, detail});
    platform::announce(collect_note_text(app, app.group.collect_notes.back()));
    return outcome;
}

std::string first_problem(const App& app, const Diagnostics& diag) {
    for (const auto& d : diag.items)
        if (d.severity == Severity::Error) return format_diagnostic(d, app.strings);
    return diag.items.empty() ? std::string() : format_diagnostic(diag.items.front(), app.strings);
}

}  // namespace

void act_open_collect(App& app) {
    app.group = GroupView{};
    app.group.scroll_top = true;
    app.screen = Screen::Group;
}

bool is_collecting(const App& app) {
    return app.screen == Screen::Group && !app.group.comparing;
}

void act_request_collect_files(App& app) {
    if (platform::request_open_files(".json,application/json", tr(app, "collect.dialog_title"))) return;
    show_message(app, tr(app, "import.no_picker_title"), {tr(app, "import.no_picker")});
}

CollectOutcome act_collect_file(App& app, const std::string& name, const FileRead& file) {
    if (!file.ok()) {
        Diagnostics diag;
        report_file_error(file, diag);
        return note(app, name, CollectOutcome::Broken, first_problem(app, diag));
    }
    GroupView& g = app.group;
    const size_t digest = std::hash<std::string>{}(file.bytes);
    Diagnostics diag;
    auto probe = load_assessment(file.bytes, diag);
    if (!probe) return note(app, name, CollectOutcome::Broken, first_problem(app, diag));
    const int idx = instrument_index(app, probe->instrument_id, probe->instrument_version);
    if (idx < 0)
        return note(
            app, name, CollectOutcome::OtherInstrument,
            app.strings.format("collect.unknown_instrument", {probe->instrument_id, probe->instrument_version}));
    if (g.instrument >= 0 && idx != g.instrument) {
        const Instrument& own = app.instruments[static_cast<size_t>(g.instrument)];
        return note(app, name, CollectOutcome::OtherInstrument,
                    app.strings.format("collect.other_instrument",
                                       {probe->instrument_id, probe->instrument_version, own.id, own.version}));
    }
    for (size_t i = 0; i < g.members.size(); ++i) {
        const bool same_bytes = i < g.member_digests.size() && g.member_digests[i] == digest;
        const bool same_id = !probe->id.empty() && g.members[i].id == probe->id;
        if (same_bytes || same_id)
            return note(app, name, CollectOutcome::Duplicate,
                        app.strings.format(same_bytes ? "collect.duplicate_file" : "collect.duplicate_id",
                                           {i < g.member_labels.size() ? g.member_labels[i] : std::to_string(i + 1)}));
    }
    // Read again against its instrument: the checks the saved list would make.
    Diagnostics checked;
    auto a = load_assessment(file.bytes, checked, &app.instruments[static_cast<size_t>(idx)]);
    if (!a) return note(app, name, CollectOutcome::Broken, first_problem(app, checked));
    g.instrument = idx;
    g.base_instrument = idx;
    g.comparing = false;
    g.members.push_back(std::move(*a));
    g.member_labels.push_back(name);
    g.member_digests.push_back(digest);
    recount_group(app);
    return note(app, name, CollectOutcome::Added, "");
}

bool act_remove_member(App& app, size_t index) {
    GroupView& g = app.group;
    if (g.comparing || index >= g.members.size()) return false;
    const std::string label = index < g.member_labels.size() ? g.member_labels[index] : std::to_string(index + 1);
    g.members.erase(g.members.begin() + static_cast<std::ptrdiff_t>(index));
    if (index < g.member_labels.size())
        g.member_labels.erase(g.member_labels.begin() + static_cast<std::ptrdiff_t>(index));
    if (index < g.member_digests.size())
        g.member_digests.erase(g.member_digests.begin() + static_cast<std::ptrdiff_t>(index));
    g.selected.clear();  // the saved list's ticks no longer describe this group
    if (g.members.empty()) g.instrument = g.base_instrument = -1;  // the next file may be of any instrument
    recount_group(app);
    const std::string done = app.strings.format("collect.removed", {label});
    show_toast(app, done);
    platform::announce(done);
    return true;
}

void act_clear_collect_notes(App& app) {
    app.group.collect_notes.clear();
}

std::string collect_note_text(const App& app, const CollectNote& n) {
    const char* key = "collect.note.added";
    switch (n.outcome) {
        case CollectOutcome::Added:
            key = "collect.note.added";
            break;
        case CollectOutcome::Duplicate:
            key = "collect.note.duplicate";
            break;
        case CollectOutcome::OtherInstrument:
            key = "collect.note.other_instrument";
            break;
        case CollectOutcome::Broken:
            key = "collect.note.broken";
            break;
    }
    return app.strings.format(key, {n.file, n.detail});
}

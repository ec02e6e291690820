// codes_actions.cpp — pasted codes become saved assessments ticked for the group (codes_actions.h).
#include "group/codes_actions.h"

#include <algorithm>

#include "actions.h"
#include "case_text.h"
#include "code.h"
#include "group/collect_actions.h"
#include "platform.h"
#include "typed_text.h"

using namespace spegeln;

int act_paste_codes(App& app, const std::string& text) {
    CodesPanel& p = app.group.codes;
    p.report.clear();
    p.added = p.damaged = p.duplicates = p.other = 0;
    // A group already on screen (files collected, codes pasted before) keeps its participants:
    // the new codes join it instead of the saved ticks replacing it.
    GroupView& g = app.group;
    const bool joining = !g.members.empty() && !g.comparing && !g.over_time && g.instrument >= 0;
    bool joined = false;
    std::vector<std::pair<std::string, int>> seen;  // normalized code, line
    size_t start = 0;
    int line = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string raw = trim_typed(text.substr(start, end - start));
        start = end + 1;
        ++line;
        if (raw.empty()) continue;
        CodeLineReport r;
        r.line = line;
        Diagnostics diag;
        auto a = decode_code(raw, app.instruments, diag);
        if (!a) {
            r.message = diag.items.empty() ? raw : diagnostic_message(diag.items[0], app.strings);
            ++p.damaged;
            p.report.push_back(std::move(r));
            continue;
        }
        std::string norm = normalize_code(raw);
        auto earlier = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == norm; });
        const bool in_group =
            std::any_of(g.members.begin(), g.members.end(), [&](const Assessment& m) { return m.id == a->id; });
        const int idx = instrument_index(app, a->instrument_id, a->instrument_version);
        if (earlier != seen.end()) {
            r.message = app.strings.format("codes.duplicate_line", {std::to_string(earlier->second)});
            ++p.duplicates;
        } else if (in_group || (!joining && is_saved(app, a->id))) {
            r.message = tr(app, "codes.duplicate_saved");
            ++p.duplicates;
            if (!joining && !is_selected(app, a->id)) g.selected.push_back(a->id);
        } else if (joining && idx != g.instrument) {
            const Instrument& own = app.instruments[static_cast<size_t>(g.instrument)];
            r.message = app.strings.format("collect.other_instrument",
                                           {a->instrument_id, a->instrument_version, own.id, own.version});
            ++p.other;
        } else {
            // The name a participant's answers are shown under: the case they assessed, and the
            // code's last group, which the participant can read on their own screen. (The first
            // group is the instrument and date, the same for everyone in a workshop.)
            auto c = case_for_instrument(a->instrument_id);
            a->unit_name = c ? c->title : tr(app, "codes.unit_name");
            a->respondent_role =
                app.strings.format("codes.participant", {norm.substr(norm.size() > 4 ? norm.size() - 4 : 0)});
            a->created = platform::now_iso();
            a->modified = a->created;
            platform::storage_write(storage_name(a->id), assessment_to_json(*a));
            if (!is_selected(app, a->id)) g.selected.push_back(a->id);
            r.added = true;
            r.message = a->respondent_role;
            ++p.added;
            if (joining) {
                g.member_labels.push_back(member_label(app, *a));
                g.member_digests.push_back(0);
                g.members.push_back(std::move(*a));
                joined = true;
            }
        }
        seen.emplace_back(norm, line);
        p.report.push_back(std::move(r));
    }
    act_refresh_saved(app);
    const bool keep_text = p.damaged > 0 || p.other > 0;
    if (joined) {
        recount_group(app);
        if (!keep_text) p.text.clear();
    } else if (!joining && check_aggregate(app) == GroupCheck::Ok) {
        CodesPanel kept = p;
        act_open_aggregate(app);
        app.group.codes = kept;
        if (!keep_text) app.group.codes.text.clear();
    } else if (!keep_text) {
        p.text.clear();
    }
    platform::announce(codes_summary(app));
    return app.group.codes.added;
}

std::string codes_summary(const App& app) {
    const CodesPanel& p = app.group.codes;
    std::string s = app.strings.format(
        "codes.summary", {std::to_string(p.added), std::to_string(p.duplicates), std::to_string(p.damaged)});
    if (p.other > 0) s += app.strings.format("codes.summary_other", {std::to_string(p.other)});
    return s;
}

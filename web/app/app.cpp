// app.cpp — implements app.h: creates the App, draws one frame (header,
// the current screen, a toast, modals) and reports state to tests.
#include "app.h"

#include <algorithm>

#include "a11y/item_hooks.h"
#include "actions.h"
#include "audit.h"
#include "bundled.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "json_read.h"
#include "platform.h"
#include "screens.h"
#include "widgets/fonts.h"
#include "widgets/theme.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

App* app_create() {
    App* app = new App();
    Diagnostics diag;
    app_init(*app, bundled_instruments(&diag));
    for (const auto& d : diag.items) app->messages.errors.push_back(format_diagnostic(d, app->strings));
    if (platform::storage_ready()) app_storage_ready(*app);
    return app;
}

void app_take_first_screen(App& app) {
    act_take_first_screen(app, platform::first_screen_form());  // scripts/first_screen.py
    if (app.storage_ready) act_start_when_ready(app);           // Start pressed there
}

void app_destroy(App* app) {
    delete app;
}

float app_text_scale(const App& app) {
    return app.settings.text_scale;
}

ui::ThemeId app_theme(const App& app) {
    return uses_high_contrast(app) ? ui::ThemeId::high_contrast : ui::ThemeId::standard;
}

double app_next_wakeup(const App& app) {
    if (app.messages.toast.empty()) return -1.0;
    return std::max(0.0, app.messages.toast_until - app.frame.time);
}

void app_file_opened(App& app, const std::string& name, const FileRead& file) {
    // On the group screen every file, good or bad, is a participant to collect: one bad
    // file in a batch is noted there and does not stop the rest with a dialog.
    if (is_collecting(app)) {
        act_collect_file(app, name, file);
        return;
    }
    if (!file.ok()) {
        // The core's sentence in the app's language, the same the CLI prints
        // ("filen är 20,1 MB; största …", "the file is 20.1 MB; the largest …").
        Diagnostics diag;
        report_file_error(file, diag);
        std::vector<std::string> lines;
        for (const auto& d : diag.items) lines.push_back(diagnostic_message(d, app.strings));
        show_error(app, app.strings.format("error.import_title", {name}), lines, true);
        return;
    }
    act_import(app, name, file.bytes);
}

void app_storage_ready(App& app) {
    if (app.storage_ready) return;
    act_storage_ready(app);
    act_start_when_ready(app);  // Start pressed on the page's static first screen
}

namespace {

// What this frame's keys mean to the screens (see FrameKeys).
void read_keys(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    app.frame.keys = FrameKeys{};
    app.frame.keys.typing = io.WantTextInput;
    if (app.frame.keys.typing || app.messages.modal != Modal::None) return;
    for (ImWchar c : io.InputQueueCharacters)
        if (c < 0x80) app.frame.keys.chars += static_cast<char>(c);
    app.frame.keys.enter =
        ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
    app.frame.keys.shift = io.KeyShift;
}

void draw_toast(App& app) {
    if (app.messages.toast.empty()) return;
    if (app.frame.time >= app.messages.toast_until) {
        app.messages.toast.clear();
        return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    float fs = ImGui::GetFontSize();
    float wrap = std::min(io.DisplaySize.x - fs * 2.0f, fs * 30.0f);
    ImVec2 ts = ImGui::CalcTextSize(app.messages.toast.c_str(), nullptr, false, wrap);
    ImVec2 pad(fs * 0.8f, fs * 0.5f);
    ImVec2 min((io.DisplaySize.x - ts.x) * 0.5f - pad.x, io.DisplaySize.y - ts.y - pad.y * 2.0f - fs);
    ImVec2 max(min.x + ts.x + pad.x * 2.0f, min.y + ts.y + pad.y * 2.0f);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(min, max, ui::kToastBg, fs * 0.3f);
    dl->AddText(ImGui::GetFont(), fs, ImVec2(min.x + pad.x, min.y + pad.y), ui::kToastInk, app.messages.toast.c_str(),
                nullptr, wrap);
}

}  // namespace

namespace {

// The frame's screen-reader mirror to the platform (web/shell/a11y.js), only
// when something in it changed; with it the page title names the screen.
void publish_semantics(App& app) {
    a11y::Tree& t = app.frame.semantics;
    a11y::end_frame(t);
    t.title = app.strings.format(
        "a11y.page_title", {tr(app, std::string("a11y.screen.") + screen_name(app.screen)), tr(app, "app.title")});
    std::string json = a11y::to_json(t);
    if (json == app.frame.semantics_published) return;
    platform::publish_semantics(json);
    app.frame.semantics_published = std::move(json);
}

}  // namespace

void app_draw(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    app.frame.time = ImGui::GetTime();
    app.frame.widgets.clear();
    a11y::begin_frame(app.frame.semantics);
    read_keys(app);

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    // Keyboard navigation needs a focused window from the first frame on.
    if (!ImGui::GetCurrentContext()->NavWindow) ImGui::SetNextWindowFocus();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("Strategispegeln##app", nullptr, flags);
    ImGui::PopStyleVar();
    if (app.screen == Screen::Group && app.group.presenting) {
        // Presentation mode (group/screen_present.cpp): the whole window, no header or navigation.
        draw_presentation(app);
        ImGui::End();
        draw_modals(app);
        draw_toast(app);
        app.frame.nav_id_last = ImGui::GetFocusID();
        publish_semantics(app);
        return;
    }

    // On a wide screen (a projector) lines stay readable: the column is at most
    // ~64 em wide and centred; the scroll bar stays at the window's edge.
    float avail = ImGui::GetContentRegionAvail().x;
    float column = std::min(avail, ui::em() * 64.0f);
    float side = std::floor((avail - column) * 0.5f);
    // The header stays put above the scrolling screen, unless it would take
    // more than a third of the window (a phone at 200 % text, or zoomed in):
    // then it scrolls away with the screen, which keeps room to read (WCAG 1.4.10).
    const bool header_scrolls = app.frame.header_h > io.DisplaySize.y / 3.0f;
    if (!header_scrolls) {
        ui::Inset inset = ui::inset_begin(side, side);
        const float y0 = ImGui::GetCursorPosY();
        draw_header(app);
        app.frame.header_h = ImGui::GetCursorPosY() - y0;
        ui::inset_end(inset);
    }
    // One scrolling region per screen: each keeps its own place, and a screen
    // opened for the first time starts at its top.
    ImGui::BeginChild((std::string("##content.") + screen_name(app.screen)).c_str(), ImVec2(0, 0),
                      ImGuiChildFlags_NavFlattened);
    {
        float sb = ImGui::GetCurrentWindow()->ScrollbarY ? ImGui::GetStyle().ScrollbarSize : 0.0f;
        ui::Inset inset = ui::inset_begin(side, std::max(0.0f, side - sb));
        if (header_scrolls) {
            const float y0 = ImGui::GetCursorPosY();
            draw_header(app);
            app.frame.header_h = ImGui::GetCursorPosY() - y0;
        }
        switch (app.screen) {
            case Screen::Start:
                draw_start(app);
                break;
            case Screen::Saved:
                draw_saved(app);
                break;
            case Screen::Answer:
                draw_answer(app);
                break;
            case Screen::Results:
                draw_results(app);
                break;
            case Screen::Export:
                draw_export(app);
                break;
            case Screen::Settings:
                draw_settings(app);
                break;
            case Screen::Group:
                draw_group(app);
                break;
            case Screen::Plan:
                draw_plan(app);
                break;
            case Screen::AuditSetup:
                draw_audit_setup(app);
                break;
            case Screen::AuditMethod:
                draw_audit_method(app);
                break;
            case Screen::AuditItems:
                draw_audit_items(app);
                break;
            case Screen::AuditRecommendations:
                draw_audit_recommendations(app);
                break;
            case Screen::AuditResponse:
                draw_audit_response(app);
                break;
            case Screen::AuditReport:
                draw_audit_report(app);
                break;
        }
        // Room at the bottom so the last button is not hidden behind a toast.
        ImGui::Dummy(ImVec2(0.0f, ui::em() * 3.0f));
        ui::inset_end(inset);
        app.frame.scroll_y = ImGui::GetScrollY();
        app.frame.scroll_max_y = ImGui::GetScrollMaxY();
    }
    ImGui::EndChild();
    ImGui::End();

    draw_modals(app);
    draw_toast(app);
    app.frame.nav_id_last = ImGui::GetFocusID();
    publish_semantics(app);
}

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Start:
            return "start";
        case Screen::Answer:
            return "answer";
        case Screen::Results:
            return "results";
        case Screen::Export:
            return "export";
        case Screen::Saved:
            return "saved";
        case Screen::Settings:
            return "settings";
        case Screen::Group:
            return "group";
        case Screen::Plan:
            return "plan";
        case Screen::AuditSetup:
            return "audit_setup";
        case Screen::AuditMethod:
            return "audit_method";
        case Screen::AuditItems:
            return "audit_items";
        case Screen::AuditRecommendations:
            return "audit_recommendations";
        case Screen::AuditResponse:
            return "audit_response";
        case Screen::AuditReport:
            return "audit_report";
    }
    return "start";
}

const char* modal_name(Modal m) {
    switch (m) {
        case Modal::None:
            return "";
        case Modal::ConfirmDelete:
            return "confirm_delete";
        case Modal::Duplicate:
            return "duplicate";
        case Modal::Error:
            return "error";
        case Modal::Message:
            return "message";
        case Modal::AuditSend:
            return "audit_send";
        case Modal::PersonalData:
            return "personal_data";
    }
    return "";
}

namespace {

json opt_json(const std::optional<double>& v) {
    return v ? json(*v) : json(nullptr);
}

json stats_json(const DimensionStats& d) {
    return {{"n", d.n},
            {"mean", opt_json(d.mean)},
            {"median", opt_json(d.median)},
            {"min", opt_json(d.min)},
            {"max", opt_json(d.max)},
            {"sd", opt_json(d.sd)}};
}

json change_json(const DimensionChange& d) {
    return {{"baseline", opt_json(d.baseline)}, {"followup", opt_json(d.followup)}, {"change", opt_json(d.change)}};
}

// What the group screen shows, at full precision (null when nothing is open).
json group_json(const App& app) {
    const GroupView& g = app.group;
    json j = json::object();
    j["selected"] = g.selected;
    // Collecting (collect_actions.h): each member's file name and what became of each file.
    j["member_labels"] = g.member_labels;
    static const char* const kOutcomes[] = {"added", "duplicate", "other-instrument",
                                            "broken"};  // CollectOutcome's order
    json notes = json::array();
    for (const auto& n : g.collect_notes)
        notes.push_back({{"file", n.file},
                         {"outcome", kOutcomes[static_cast<size_t>(n.outcome)]},
                         {"text", collect_note_text(app, n)}});
    j["collect_notes"] = notes;
    if (g.members.empty()) return j;
    j["comparing"] = g.comparing;
    j["presenting"] = g.presenting;
    j["slide"] = g.slide;
    json members = json::array();
    for (const auto& a : g.members) members.push_back(a.id);
    j["members"] = members;
    if (g.comparing && g.across_versions) {
        auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
        auto rows = [&](const std::vector<MappedComparison>& list) {
            json out = json::array();
            for (const auto& m : list)
                out.push_back({{"change", change_kind_id(m.change)},
                               {"from", m.from},
                               {"to", m.to},
                               {"group", m.group},
                               {"baseline", opt(m.baseline)},
                               {"followup", opt(m.followup)},
                               {"change_points", opt(m.change_points)}});
            return out;
        };
        j["across_versions"] = true;
        j["from_version"] = g.versions.from_version;
        j["to_version"] = g.versions.to_version;
        j["compared"] = rows(g.versions.compared);
        j["not_compared"] = rows(g.versions.not_compared);
        j["warnings"] = g.warnings;
        return j;
    }
    if (g.comparing) {
        json p = json::object(), a = json::object();
        for (const auto& d : g.comparison.principles) p[d.id] = change_json(d);
        for (const auto& d : g.comparison.areas) a[d.id] = change_json(d);
        j["principles"] = p;
        j["areas"] = a;
        j["overall"] = change_json(g.comparison.overall);
        j["warnings"] = g.warnings;
        return j;
    }
    const AggregateReport& r = g.aggregate;
    j["respondents"] = r.respondents;
    j["below_anonymity_threshold"] = r.below_anonymity_threshold;
    json p = json::object(), a = json::object();
    for (const auto& d : r.principles) p[d.id] = stats_json(d);
    for (const auto& d : r.areas) a[d.id] = stats_json(d);
    j["principles"] = p;
    j["areas"] = a;
    j["overall"] = stats_json(r.overall);
    // The items the screen lists under "Där ni skiljer er mest", in its order (the core's ranking).
    json spread = json::array();
    for (const ItemSpread* s : differing_items(r))
        spread.push_back({{"item", s->item_id}, {"spread", *s->spread}, {"answered", s->answered}});
    j["spread"] = spread;
    return j;
}

}  // namespace

std::string app_test_state_json(const App& app) {
    json j = json::object();
    j["screen"] = screen_name(app.screen);
    {
        const StartForm& f = app.library.form;
        const bool known = f.instrument >= 0 && static_cast<size_t>(f.instrument) < app.instruments.size();
        j["start"] = {{"instrument", known ? app.instruments[static_cast<size_t>(f.instrument)].id : std::string()},
                      {"mode", spegeln::mode_id(f.mode)},
                      {"unit_name", f.unit_name},
                      {"unit_kind", f.unit_kind},
                      {"core_path", f.core_path},
                      {"date", f.date},
                      {"role", f.respondent_role}};
    }
    j["storage_ready"] = app.storage_ready;
    if (app.doc.current) {
        Diagnostics ignored;
        auto parsed = parse_json(assessment_to_json(*app.doc.current), ignored);
        j["assessment"] = parsed ? *parsed : json(nullptr);
    } else {
        j["assessment"] = nullptr;
    }
    json scores = json::object();
    auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
    scores["overall"] = app.doc.current ? opt(app.doc.report.overall) : json(nullptr);
    scores["incomplete"] = app.doc.report.incomplete;
    json principles = json::object(), areas = json::object(), coverage = json::object();
    for (const auto& p : app.doc.report.principles) {
        principles[p.id] = opt(p.score);
        coverage[p.id] = p.coverage;
    }
    for (const auto& a : app.doc.report.areas) {
        areas[a.id] = opt(a.score);
        coverage[a.id] = a.coverage;
    }
    scores["principles"] = principles;
    scores["areas"] = areas;
    scores["coverage"] = coverage;
    j["scores"] = scores;
    j["modal"] = app.messages.modal == Modal::None ? json(nullptr) : json(modal_name(app.messages.modal));
    j["modal_lines"] = app.messages.lines;
    j["error_messages"] = app.messages.errors;
    j["toast"] = app.messages.toast;
    j["area"] = app.answer.area;
    j["item"] = app.answer.item;
    j["view"] = app.answer.view;
    json shown = json::array();  // the items the answer screen shows in the current area
    for (const Item* item : area_items(app, app.answer.area)) shown.push_back(item->id);
    j["area_items"] = shown;
    j["text_scale"] = app.settings.text_scale;
    j["high_contrast"] = uses_high_contrast(app);
    j["reduced_motion"] = platform::prefers_reduced_motion();
    j["language"] = app.language;
    j["scroll"] = {app.frame.scroll_y, app.frame.scroll_max_y};
    json saved = json::array();
    for (const auto& e : app.library.saved)
        saved.push_back({{"id", e.id},
                         {"unit_name", e.unit_name},
                         {"date", e.date},
                         {"unexported", e.unexported},
                         {"decided", e.progress.decided},
                         {"total", e.progress.total}});
    j["saved"] = saved;
    j["group"] = group_json(app);
    {
        // The open audit as its file holds it, its score's counts, and the saved audits.
        json audit = json::object();
        if (app.audit.current) {
            Diagnostics ignored;
            auto parsed = parse_json(audit_to_json(*app.audit.current), ignored);
            audit["open"] = parsed ? *parsed : json(nullptr);
            audit["not_investigated"] = app.audit.score.not_investigated;
            json dis = json::array();
            for (const auto& d : app.audit.score.disagreements) dis.push_back(d.item_id);
            audit["disagreements"] = dis;
        } else {
            audit["open"] = nullptr;
        }
        audit["area"] = app.audit.area;
        json list = json::array();
        for (const auto& e : app.audit.saved)
            list.push_back({{"id", e.id},
                            {"unit_name", e.unit_name},
                            {"state", audit_state_id(e.state)},
                            {"follow_up", e.follow_up},
                            {"readable", e.readable}});
        audit["saved"] = list;
        j["audit"] = audit;
    }
    json widgets = json::object(), full = json::object(), labels = json::object();
    for (const auto& w : app.frame.widgets) {
        widgets[w.id] = {w.x, w.y, w.w, w.h};
        full[w.id] = {w.full_x, w.full_y, w.full_w, w.full_h};
        labels[w.id] = w.label;
    }
    j["labels"] = labels;      // what each widget says to the user, in the UI's language
    j["widgets"] = widgets;    // what can be clicked: the visible part
    j["widgets_full"] = full;  // the whole widget, for scrolling it into view
    return dump_json(j);
}

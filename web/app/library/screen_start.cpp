// screen_start.cpp — the first screen: what the tool is and where the data
// lives, a way back to saved assessments, the form for a new assessment, and
// importing a file.
#include <algorithm>

#include "actions.h"
#include "assessment/panel_case.h"
#include "case_text.h"
#include "imgui.h"
#include "platform.h"
#include "screens.h"
#include "widgets/personal_data_warning.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

// The start screen's own keys for a mode (with a ".help" sibling); the core's
// mode_key() names the shorter label used in reports.
const char* mode_ui_key(Mode m) {
    switch (m) {
        case Mode::SelfAssessment:
            return "mode.self-assessment";
        case Mode::Brukarrevision:
            return "mode.brukarrevision";
        case Mode::Workshop:
            return "mode.workshop";
    }
    return "mode.self-assessment";
}

// The form's questions numbered as they are shown: a workshop has no unit kind
// or path to choose, an audit no role, and the numbers must not skip those.
struct Steps {
    App& app;
    int n = 0;
    void label(const char* key) { ui::label(app.strings.format("start.step", {std::to_string(++n), tr(app, key)})); }
};

void intro(App& app) {
    ui::Card c = ui::card_begin();
    ui::text(tr(app, "start.intro.what"));
    ui::text(tr(app, "start.intro.storage"));
    ui::text_bold(tr(app, "start.intro.no_patient_data"));
    ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
}

void instrument_choice(App& app, Steps& steps) {
    StartForm& f = app.library.form;
    steps.label("start.instrument");
    for (size_t i = 0; i < app.instruments.size(); ++i) {
        if (!is_newest(app, i)) continue;  // earlier versions only open assessments made on them
        const Instrument& in = app.instruments[i];
        std::string meta = app.strings.format("start.instrument_meta",
                                              {std::to_string(in.estimated_minutes), std::to_string(in.items.size())});
        if (ui::card_button(app, "start.instrument." + in.id, tx(app, in.title), tx(app, in.description), meta,
                            f.instrument == static_cast<int>(i)))
            act_choose_instrument(app, static_cast<int>(i));
    }
    if (app.instruments.empty()) ui::text_colored(ui::kErrorInk, tr(app, "start.no_instruments"));
    // A workshop with no case of its own assesses the bundled one: readable before starting.
    if (f.instrument >= 0 && f.instrument < static_cast<int>(app.instruments.size())) {
        const std::string& id = app.instruments[static_cast<size_t>(f.instrument)].id;
        if (auto c = spegeln::case_for_instrument(id)) {
            ui::text_muted(app.strings.format("start.case", {c->title}));
            if (ui::button(app, "start.case", tr(app, "case.print"))) act_print_case(app, id);
        }
    }
}

void mode_choice(App& app, const Instrument& in, Steps& steps) {
    StartForm& f = app.library.form;
    steps.label("start.mode");
    bool first = true;
    for (Mode m : in.modes) {
        std::string label = tr(app, mode_ui_key(m));
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        if (ui::choice_button(app, std::string("start.mode.") + mode_id(m), label, f.mode == m, w)) f.mode = m;
    }
    ui::text_muted(tr(app, std::string(mode_ui_key(f.mode)) + ".help"));
}

// The instrument's own list of unit kinds; the items shown and scored follow the choice.
void unit_kind_choice(App& app, const Instrument& in, Steps& steps) {
    StartForm& f = app.library.form;
    if (in.unit_kinds.empty()) return;
    steps.label("start.unit_kind");
    bool first = true;
    for (const UnitKind& k : in.unit_kinds) {
        std::string label = tx(app, k.title);
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        if (ui::choice_button(app, "start.unit_kind." + k.id, label, f.unit_kind == k.id, w)) f.unit_kind = k.id;
    }
    const UnitKind* chosen = in.find_unit_kind(f.unit_kind);
    size_t asked = 0;
    for (const auto& item : in.items) asked += item.applies_to(f.unit_kind);
    std::string about = app.strings.format("start.unit_kind.items", {std::to_string(asked)});
    if (chosen && !chosen->description.empty()) about = tx(app, chosen->description) + " " + about;
    ui::text_muted(about);
}

// The whole instrument or its short core path.
void path_choice(App& app, const Instrument& in, Steps& steps) {
    StartForm& f = app.library.form;
    if (!has_core_items(in)) return;
    size_t all = 0, core = 0;
    for (const auto& item : in.items)
        if (item.applies_to(f.unit_kind)) {
            ++all;
            core += item.core;
        }
    steps.label("start.path");
    std::string full_label = app.strings.format("start.path.full", {std::to_string(all)});
    std::string core_label = app.strings.format("start.path.core", {std::to_string(core)});
    float w1 = ui::button_width(full_label) + ImGui::GetFontSize() * 1.2f;
    float w2 = ui::button_width(core_label) + ImGui::GetFontSize() * 1.2f;
    if (ui::choice_button(app, "start.path.full", full_label, !f.core_path, w1)) f.core_path = false;
    ui::flow(w2);
    if (ui::choice_button(app, "start.path.core", core_label, f.core_path, w2)) f.core_path = true;
    ui::text_muted(tr(app, f.core_path ? "start.path.core.help" : "start.path.full.help"));
}

void unit_fields(App& app, Steps& steps) {
    StartForm& f = app.library.form;
    steps.label("start.unit_name");
    ui::input_text(app, "start.unit_name", f.unit_name);
    ui::personal_data_warning(app, "start.unit_name", f.unit_name);
    ui::text_muted(tr(app, "start.unit_name.help"));

    if (f.instrument >= 0 && f.instrument < static_cast<int>(app.instruments.size())) {
        const Instrument& in = app.instruments[static_cast<size_t>(f.instrument)];
        unit_kind_choice(app, in, steps);
        path_choice(app, in, steps);
    }

    const bool audit = f.mode == Mode::Brukarrevision;
    steps.label(audit ? "start.audit_from" : "start.date");
    // Room for "2026-03-15" and the caret; never wider than the column, and
    // "I dag" goes below it when both do not fit (a phone at 200 % text).
    ui::input_text(app, "start.date", f.date, std::min(ImGui::GetFontSize() * 9.0f, ImGui::GetContentRegionAvail().x));
    ui::flow(ui::button_width(tr(app, "start.date_today")));
    if (ui::button(app, "start.date_today", tr(app, "start.date_today"))) f.date = platform::today();
    // Said while typing, not only after pressing Start.
    if (!f.date.empty() && !is_valid_date(f.date)) ui::text_colored(ui::kErrorInk, tr(app, "start.error.date"));

    if (audit) return;  // the audit's set-up screen asks for the auditors' roles
    steps.label("start.role");
    ui::input_text(app, "start.role", f.respondent_role);
    ui::personal_data_warning(app, "start.role", f.respondent_role);
    ui::text_muted(tr(app, "start.role.help"));
}

}  // namespace

void draw_start(App& app) {
    ui::heading(tr(app, "start.title"));
    if (app.doc.current) {
        // The form below makes a new assessment; say clearly which one is open.
        if (ui::banner_button(app,
                              app.strings.format("start.current", {app.doc.current->unit_name, app.doc.current->date}),
                              ui::kAccentLight, ui::kAccent, "start.continue", tr(app, "start.continue")))
            act_go(app, Screen::Answer);
        ImGui::Spacing();
    }
    if (app.audit.current) {
        const auto& h = app.audit.current->header;
        if (ui::banner_button(app, app.strings.format("start.current_audit", {h.unit_name, h.period_from}),
                              ui::kAccentLight, ui::kAccent, "start.continue_audit", tr(app, "start.continue")))
            act_go(app, Screen::AuditSetup);
        ImGui::Spacing();
    }
    intro(app);
    ImGui::Spacing();

    if (!app.storage_ready) {
        ui::text_muted(tr(app, "start.loading"));
    } else if (!app.library.saved.empty() || !app.audit.saved.empty()) {
        ui::text(app.strings.format("start.saved_count",
                                    {std::to_string(app.library.saved.size() + app.audit.saved.size())}));
        if (ui::button(app, "start.saved", tr(app, "start.open_saved"))) act_go(app, Screen::Saved);
    }
    ImGui::Spacing();
    ui::separator();

    ui::heading(tr(app, "start.new"));
    Steps steps{app};
    instrument_choice(app, steps);
    if (app.library.form.instrument >= 0 && app.library.form.instrument < static_cast<int>(app.instruments.size())) {
        ImGui::Spacing();
        mode_choice(app, app.instruments[static_cast<size_t>(app.library.form.instrument)], steps);
    }
    ImGui::Spacing();
    unit_fields(app, steps);
    ImGui::Spacing();

    for (const auto& e : app.library.form.errors) ui::text_colored(ui::kErrorInk, e);
    ImGui::BeginDisabled(!app.storage_ready || app.instruments.empty());
    const bool audit = app.library.form.mode == Mode::Brukarrevision;
    if (ui::primary_button(app, "start.begin", tr(app, audit ? "start.begin_audit" : "start.begin"))) act_start(app);
    ImGui::EndDisabled();

    ImGui::Spacing();
    ui::separator();
    ui::heading(tr(app, "start.import_title"));
    ui::text(tr(app, "start.import_help"));
    ImGui::BeginDisabled(!app.storage_ready);
    if (ui::button(app, "start.import", tr(app, "start.import"))) act_request_import(app);
    ImGui::EndDisabled();
}

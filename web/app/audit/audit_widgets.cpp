// audit_widgets.cpp — implements audit_widgets.h.
#include "audit/audit_widgets.h"

#include <cstdio>

#include "a11y/item_hooks.h"
#include "actions.h"
#include "imgui.h"
#include "widgets/personal_data_warning.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

struct Tab {
    Screen screen;
    const char* id;
};
constexpr Tab kTabs[] = {
    {Screen::AuditSetup, "audit.nav.setup"},       {Screen::AuditMethod, "audit.nav.method"},
    {Screen::AuditItems, "audit.nav.items"},       {Screen::AuditRecommendations, "audit.nav.recommendations"},
    {Screen::AuditResponse, "audit.nav.response"}, {Screen::AuditReport, "audit.nav.report"}};

}  // namespace

void audit_nav(App& app) {
    if (!app.audit.current) return;
    const Audit& a = *app.audit.current;
    std::string name = a.header.unit_name.empty() ? tr(app, "saved.no_name") : a.header.unit_name;
    ui::text_bold(app.strings.format("audit.nav.title", {name, state_text(app, a.state)}));
    if (a.previous)
        ui::text_muted(app.strings.format("audit.nav.follow_up", {a.previous->period_from, a.previous->period_to}));
    bool first = true;
    for (const Tab& t : kTabs) {
        std::string label = tr(app, t.id);
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        if (ui::choice_button(app, t.id, label, app.screen == t.screen, w, ui::ChoiceKind::Navigation))
            act_go(app, t.screen);
    }
    if (findings_locked(a)) ui::banner(tr(app, "audit.locked"), ui::kAccentLight, ui::kInk);
    ui::separator();
}

bool count_field(App& app, const std::string& id, const std::string& label, int& value, const std::string& spoken) {
    char buf[16];
    if (value > 0)
        std::snprintf(buf, sizeof buf, "%d", value);
    else
        buf[0] = '\0';
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::em() * 4.0f);
    bool changed = ImGui::InputText(("##" + id).c_str(), buf, 7, ImGuiInputTextFlags_CharsDecimal);
    ui::record(app, id, label);
    a11y::item(a11y::Role::Textbox, id, spoken.empty() ? label : spoken, {.value = buf});
    if (!changed) return false;
    int v = 0;
    for (const char* p = buf; *p; ++p)
        if (*p >= '0' && *p <= '9') v = v * 10 + (*p - '0');
    if (v == value) return false;
    value = v;
    return true;
}

bool audit_text_field(App& app, const std::string& id, const std::string& label, std::string& value) {
    ui::label(label);
    bool changed = ui::input_text(app, id, value);
    ui::personal_data_warning(app, id, value);
    return changed;
}

bool audit_long_field(App& app, const std::string& id, const std::string& label, std::string& value, float min_lines) {
    ui::label(label);
    bool changed = ui::long_text_field(app, id, value, min_lines);
    ui::personal_data_warning(app, id, value);
    return changed;
}

std::string state_text(const App& app, AuditState s) {
    return tr(app, std::string("audit.state.") + audit_state_id(s));
}
std::string source_text(const App& app, AuditSource s) {
    return tr(app, std::string("audit.source.") + audit_source_id(s));
}
std::string group_text(const App& app, InformantGroup g) {
    return tr(app, std::string("audit.group.") + informant_group_id(g));
}
std::string priority_text(const App& app, Priority p) {
    return tr(app, std::string("audit.priority.") + priority_id(p));
}
std::string status_text(const App& app, ResponseStatus s) {
    return tr(app, std::string("audit.status.") + response_status_id(s));
}

std::string judgement_text(const App& app, const Instrument& in, const Item& item, const Judgement& j) {
    switch (j.status) {
        case JudgementStatus::Unjudged:
            return "";
        case JudgementStatus::Level:
            for (const auto& l : in.scale_of(item).levels)
                if (l.value == j.level) return tx(app, l.label);
            return std::to_string(j.level);
        case JudgementStatus::InteUndersokt:
            return tr(app, "audit.judgement.inte_undersokt");
        case JudgementStatus::VetEj:
            return tr(app, "answer.vet_ej");
        case JudgementStatus::EjAktuellt:
            return tr(app, "answer.ej_aktuellt");
    }
    return "";
}

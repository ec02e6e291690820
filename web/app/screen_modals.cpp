// screen_modals.cpp — the one modal dialog that may be open: confirm a
// delete, ask how to duplicate, show an import's problems or a message.
// Escape (or "Avbryt"/"Stäng") closes it without changing anything.
#include <algorithm>

#include "a11y/semantics.h"
#include "actions.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/widgets_common.h"

namespace {

const SavedEntry* find_saved(const App& app, const std::string& id) {
    for (const auto& e : app.library.saved)
        if (e.id == id) return &e;
    return nullptr;
}

std::string describe(const App& app, const std::string& id) {
    if (id.rfind(kAuditPrefix, 0) == 0) {
        for (const auto& a : app.audit.saved)
            if (kAuditPrefix + a.id == id)
                return (a.unit_name.empty() ? tr(app, "saved.no_name") : a.unit_name) + " (" + a.period_from + ")";
    }
    const SavedEntry* e = find_saved(app, id);
    if (!e) return id;
    return (e->unit_name.empty() ? tr(app, "saved.no_name") : e->unit_name) + " (" + e->date + ")";
}

void confirm_delete(App& app) {
    ui::heading(tr(app, "modal.delete.title"));
    ui::text(app.strings.format("modal.delete.text", {describe(app, app.messages.subject)}));
    const SavedEntry* e = find_saved(app, app.messages.subject);
    if (e && e->unexported) ui::banner(tr(app, "modal.delete.unexported"), ui::kWarnBg, ui::kWarnInk);
    ImGui::Spacing();
    std::string cancel = tr(app, "modal.cancel");
    if (ui::button(app, "modal.cancel", cancel)) {
        close_modal(app);
        return;
    }
    std::string del = tr(app, "modal.delete.confirm");
    ui::flow(ui::button_width(del));
    ImGui::PushStyleColor(ImGuiCol_Button, ui::kDanger);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ui::kDangerHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ui::kDangerHover);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kOnAccent);
    bool go = ui::button(app, "modal.delete.confirm", del);
    ImGui::PopStyleColor(4);
    if (go) {
        std::string id = app.messages.subject;
        close_modal(app);
        // A saved audit's subject is its storage prefix and id ("audit-<id>").
        if (id.rfind(kAuditPrefix, 0) == 0)
            act_delete_audit(app, id.substr(std::string(kAuditPrefix).size()));
        else
            act_delete(app, id);
    }
}

void duplicate(App& app) {
    ui::heading(tr(app, "modal.duplicate.title"));
    ui::text(app.strings.format("modal.duplicate.text", {describe(app, app.messages.subject)}));
    ImGui::Spacing();
    std::string id = app.messages.subject;
    float w = ImGui::GetContentRegionAvail().x;
    if (ui::primary_button(app, "modal.duplicate.keep", tr(app, "modal.duplicate.keep"), ImVec2(w, 0))) {
        close_modal(app);
        act_duplicate(app, id, true);
        return;
    }
    if (ui::button(app, "modal.duplicate.clear", tr(app, "modal.duplicate.clear"), ImVec2(w, 0))) {
        close_modal(app);
        act_duplicate(app, id, false);
        return;
    }
    if (ui::button(app, "modal.cancel", tr(app, "modal.cancel"))) close_modal(app);
}

// Sending the audit to the unit: its findings lock, which cannot be undone.
void audit_send(App& app) {
    ui::heading(tr(app, "modal.audit_send.title"));
    ui::text(tr(app, "modal.audit_send.text"));
    ImGui::Spacing();
    if (ui::button(app, "modal.cancel", tr(app, "modal.cancel"))) {
        close_modal(app);
        return;
    }
    std::string send = tr(app, "modal.audit_send.confirm");
    ui::flow(ui::button_width(send));
    if (ui::primary_button(app, "modal.audit_send.confirm", send)) {
        close_modal(app);
        act_audit_advance(app, spegeln::AuditState::Skickad);
    }
}

// Runs the export the personal-data dialog held back, now that the user chose it.
void run_export(App& app, const std::string& id) {
    if (id == "assessment.json") act_export_json(app);
    if (id == "assessment.csv") act_export_csv(app);
    if (id == "assessment.html") act_export_html(app);
    if (id == "group.csv") act_export_group_csv(app);
    if (id == "audit.file") act_export_audit_file(app);
    if (id == "audit.html") act_export_audit_html(app);
    if (id == "audit.csv") act_export_audit_csv(app);
    if (id == "audit.json") act_export_audit_report_json(app);
}

// What looks like personal data, each with where it is; the user decides.
void personal_data(App& app) {
    ui::heading(app.messages.title);
    ui::text(tr(app, "pd.dialog.intro"));
    float line_h = ImGui::GetTextLineHeightWithSpacing();
    float max_h = ImGui::GetIO().DisplaySize.y * 0.4f;
    float want = line_h * static_cast<float>(app.messages.lines.size()) * 2.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1.0f);
    ImGui::BeginChild("##pd_lines", ImVec2(0, std::min(max_h, std::max(line_h * 2.0f, want))), true);
    for (const auto& l : app.messages.lines) ui::text(l);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ui::text_muted(tr(app, "pd.dialog.nothing_changed"));
    if (ui::primary_button(app, "modal.cancel", tr(app, "pd.dialog.cancel"))) {
        app.messages.pending_export.clear();
        close_modal(app);
        return;
    }
    std::string go = tr(app, "pd.dialog.export_anyway");
    ui::flow(ui::button_width(go));
    if (ui::button(app, "modal.pd.export_anyway", go)) {
        std::string id = app.messages.pending_export;
        close_modal(app);
        app.messages.pending_export = id;
        app.messages.personal_data_confirmed = true;
        run_export(app, id);
    }
}

void lines_dialog(App& app, bool is_error) {
    ui::heading(app.messages.title);
    if (is_error && app.messages.file_rejected) ui::text(tr(app, "modal.error.intro"));
    // Many problems (a hand-edited file) scroll inside the dialog; the close
    // button stays visible.
    float line_h = ImGui::GetTextLineHeightWithSpacing();
    float max_h = ImGui::GetIO().DisplaySize.y * 0.5f;
    float want = line_h * static_cast<float>(app.messages.lines.size()) * 2.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1.0f);
    ImGui::BeginChild("##lines", ImVec2(0, std::min(max_h, std::max(line_h * 2.0f, want))), true);
    // An error line starts with the language's word for error (format_diagnostic in core/diagnostics.h).
    const std::string error_word = app.strings.get("diag.severity.error") + ":";
    for (const auto& l : app.messages.lines)
        ui::text_colored(is_error && l.rfind(error_word, 0) == 0 ? ui::kErrorInk : ui::kInk, l);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    if (is_error && app.messages.file_rejected) ui::text_muted(tr(app, "modal.error.nothing_changed"));
    if (ui::primary_button(app, "modal.close", tr(app, "modal.close"))) close_modal(app);
}

}  // namespace

void draw_modals(App& app) {
    if (app.messages.modal == Modal::None) return;
    const char* popup = "##modal";
    if (!ImGui::IsPopupOpen(popup)) ImGui::OpenPopup(popup);
    const ImGuiIO& io = ImGui::GetIO();
    float w = std::min(io.DisplaySize.x - ui::em() * 1.0f, ui::em() * 40.0f);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0.0f), ImVec2(w, io.DisplaySize.y * 0.9f));
    if (ImGui::BeginPopupModal(popup, nullptr,
                               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
        // For a screen reader the dialog is all there is (a11y::finish); an error is an alert dialog.
        a11y::group_begin(a11y::Role::Dialog,
                          app.messages.modal == Modal::Error || app.messages.modal == Modal::Message ||
                                  app.messages.modal == Modal::PersonalData
                              ? app.messages.title
                              : std::string(),
                          "modal");
        if (app.messages.modal == Modal::Error || app.messages.modal == Modal::PersonalData) a11y::mark_alert();
        // Modal keys: Escape closes; the app's own shortcuts are off (read_keys).
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) close_modal(app);
        // Enter on a focused button works here too.
        app.frame.keys.enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false);
        app.frame.keys.enter_used = false;
        switch (app.messages.modal) {
            case Modal::ConfirmDelete:
                confirm_delete(app);
                break;
            case Modal::Duplicate:
                duplicate(app);
                break;
            case Modal::Error:
                lines_dialog(app, true);
                break;
            case Modal::Message:
                lines_dialog(app, false);
                break;
            case Modal::AuditSend:
                audit_send(app);
                break;
            case Modal::PersonalData:
                personal_data(app);
                break;
            case Modal::None:
                break;
        }
        a11y::group_end();
        if (app.messages.modal == Modal::None) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    } else {
        close_modal(app);
    }
}

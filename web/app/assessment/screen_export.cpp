// screen_export.cpp — getting the assessment out of the browser: the JSON
// file (the durable copy, the only one that can be imported again), a CSV for
// Excel and the printable report.
#include <algorithm>
#include <cfloat>

#include "a11y/item_hooks.h"
#include "actions.h"
#include "code.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/fonts.h"
#include "widgets/qr.h"
#include "widgets/widgets_common.h"

namespace {

// The modules as dark squares on white with a four-module quiet zone, `side` pixels square.
void draw_qr(App& app, const QrMatrix& m, float side) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int quiet = 4;
    const float unit = side / static_cast<float>(m.size + 2 * quiet);
    // A scanner needs dark on light whatever the theme: plain black and white.
    dl->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x)
            if (m.at(x, y)) {
                ImVec2 a(p.x + static_cast<float>(x + quiet) * unit, p.y + static_cast<float>(y + quiet) * unit);
                dl->AddRectFilled(a, ImVec2(a.x + unit, a.y + unit), IM_COL32(0, 0, 0, 255));
            }
    ImGui::Dummy(ImVec2(side, side));
    ui::record(app, "export.qr", tr(app, "export.code_qr"));
}

// The code in large type, never broken inside a group of four, which would
// make it hard to read aloud: in smaller type when the line is narrow (a phone
// at a large text size), down to body size, and below that two groups a line.
void code_text(const std::string& code) {
    FontRole role = font_large();
    std::string shown = code;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float at_body = role.font->CalcTextSizeA(ui::em(), FLT_MAX, 0.0f, code.c_str()).x;
    if (at_body > 0.0f && at_body * role.scale > avail) {
        // A little under the exact fit: the text must not touch the wrap position.
        role.scale = std::min(role.scale, 0.97f * avail / at_body);
        if (role.scale < 1.0f) {
            role.scale = 1.0f;
            const size_t mid = code.find('-', code.size() / 2 - 1);
            if (mid != std::string::npos) shown = code.substr(0, mid + 1) + "\n" + code.substr(mid + 1);
        }
    }
    ui::FontScope f(role);
    ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
    a11y::text_item(a11y::Role::Text, code);
}

// A workshop participant's answers as a short code to read aloud or paste in a chat, and its QR.
void code_card(App& app, const spegeln::Assessment& a) {
    const spegeln::Instrument* in = current_instrument(app);
    if (!in || a.mode != spegeln::Mode::Workshop) return;
    spegeln::Diagnostics diag;
    std::string code = spegeln::encode_code(a, *in, diag);
    ui::Card c = ui::card_begin();
    ui::label(tr(app, "export.code_title"));
    if (code.empty()) {
        for (const auto& d : diag.items) ui::text_colored(ui::kErrorInk, spegeln::diagnostic_message(d, app.strings));
        ui::card_end(c, ui::kBg, ui::kBorder, ui::kLine);
        ImGui::Spacing();
        return;
    }
    ui::text(tr(app, "export.code_help"));
    code_text(code);
    ui::record(app, "export.code", code);
    if (ui::button(app, "export.code_copy", tr(app, "export.code_copy"))) {
        ImGui::SetClipboardText(code.c_str());
        show_toast(app, tr(app, "export.code_copied"));
    }
    if (app.answer.qr_code != code) {
        app.answer.qr_code = code;
        app.answer.qr = qr_encode(code);
    }
    const QrMatrix& m = app.answer.qr;
    if (m.size > 0) {
        ImGui::Spacing();
        draw_qr(app, m, std::min(ImGui::GetContentRegionAvail().x, ui::em() * 12.0f));
        ui::text_muted(tr(app, "export.code_qr"));
    }
    ui::text_muted(tr(app, "export.code_not_carried"));
    ui::card_end(c, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();
}

}  // namespace

void draw_export(App& app) {
    if (!app.doc.current) return;
    const spegeln::Assessment& a = *app.doc.current;
    ui::heading(tr(app, "export.title"));

    std::string when = exported_at(a);
    if (has_unexported_changes(a)) {
        ui::banner(
            when.empty() ? tr(app, "export.never") : app.strings.format("export.changed_since", {when.substr(0, 10)}),
            ui::kWarnBg, ui::kWarnInk);
    } else {
        ui::banner(app.strings.format("export.up_to_date", {when.substr(0, 10)}), ui::kOkBg, ui::kOkInk);
    }
    ImGui::Spacing();

    code_card(app, a);

    ui::Card c1 = ui::card_begin();
    ui::label(tr(app, "export.json_title"));
    ui::text(tr(app, "export.json_help"));
    ui::text_muted(app.strings.format("export.file_name", {export_file_name(a, "json")}));
    if (ui::primary_button(app, "export.json", tr(app, "export.json"))) act_export_json(app);
    ui::card_end(c1, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();

    ui::Card c2 = ui::card_begin();
    ui::label(tr(app, "export.html_title"));
    ui::text(tr(app, "export.html_help"));
    if (ui::button(app, "export.html", tr(app, "export.html"))) act_export_html(app);
    ui::card_end(c2, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();

    ui::Card c3 = ui::card_begin();
    ui::label(tr(app, "export.csv_title"));
    ui::text(tr(app, "export.csv_help"));
    ui::text_muted(app.strings.format("export.file_name", {export_file_name(a, "csv")}));
    if (ui::button(app, "export.csv", tr(app, "export.csv"))) act_export_csv(app);
    ui::card_end(c3, ui::kBg, ui::kBorder, ui::kLine);
    ImGui::Spacing();

    ui::text_muted(tr(app, "export.privacy"));
}

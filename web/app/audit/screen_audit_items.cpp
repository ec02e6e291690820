// screen_audit_items.cpp — the findings, one area at a time like the answer
// screen: per item what each group of informants said (tallies), the
// auditors' judgement on the scale or Inte undersökt / Vet ej / Ej aktuellt,
// a written finding and short quotes. Which sources suit the item and its
// interview questions come from the instrument. Where users and staff
// disagree (the core's rule) the card says so at a glance. Read-only once sent.
#include <algorithm>
#include <cmath>

#include "a11y/semantics.h"
#include "actions.h"
#include "audit/audit_actions.h"
#include "audit/audit_widgets.h"
#include "imgui.h"
#include "screens.h"
#include "widgets/fonts.h"
#include "widgets/personal_data_warning.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

std::string percent(double v) {
    return std::to_string(static_cast<int>(std::lround(v * 100.0)));
}

std::vector<InformantGroup> groups_of(const Item& item) {
    std::vector<InformantGroup> out;
    for (const auto& id : item.audit.asked_of)
        if (auto g = informant_group_from_id(id)) out.push_back(*g);
    if (out.empty()) out = {InformantGroup::Patient, InformantGroup::Narstaende, InformantGroup::Personal};
    return out;
}

void guide(App& app, const Item& item, const std::string& base) {
    if (!item.audit.methods.empty()) {
        std::string list;
        for (const auto& m : item.audit.methods)
            if (auto s = audit_source_from_id(m)) list += (list.empty() ? "" : ", ") + source_text(app, *s);
        ui::text_muted(app.strings.format("audit.items.sources", {list}));
    }
    if (item.audit.question.empty() && item.audit.observe.empty() && item.audit.documents.empty()) return;
    const bool shown =
        std::find(app.audit.guide_shown.begin(), app.audit.guide_shown.end(), item.id) != app.audit.guide_shown.end();
    if (ui::button(app, base + ".guide", (shown ? "▼ " : "▶ ") + tr(app, "audit.items.guide")))
        act_audit_toggle_guide(app, item.id);
    if (!shown) return;
    ui::Inset inset = ui::inset_begin(ImGui::GetFontSize(), 0.0f);
    for (const auto& [role, q] : item.audit.question) {
        auto g = informant_group_from_id(role);
        ui::text(app.strings.format("audit.items.question", {g ? group_text(app, *g) : role, tx(app, q)}));
    }
    if (!item.audit.observe.empty()) ui::text(app.strings.format("audit.items.observe", {tx(app, item.audit.observe)}));
    if (!item.audit.documents.empty())
        ui::text(app.strings.format("audit.items.documents", {tx(app, item.audit.documents)}));
    ui::inset_end(inset);
}

void tallies(App& app, const Item& item, const AuditItem* ai, const std::string& base, bool locked) {
    ui::label(tr(app, "audit.items.tallies"));
    for (InformantGroup g : groups_of(item)) {
        Tally t;
        if (ai) {
            auto it = ai->tallies.find(g);
            if (it != ai->tallies.end()) t = it->second;
        }
        const std::string gid = base + ".tally." + informant_group_id(g);
        if (locked) {
            if (t.total() > 0)
                ui::text(app.strings.format("audit.items.tally_line",
                                            {group_text(app, g), std::to_string(t.ja), std::to_string(t.delvis),
                                             std::to_string(t.nej), std::to_string(t.total())}));
            continue;
        }
        ImGui::AlignTextToFramePadding();
        ui::text_bold(group_text(app, g));
        Tally next = t;
        auto spoken = [&](const char* key) { return group_text(app, g) + ": " + tr(app, key); };
        bool changed = count_field(app, gid + ".ja", tr(app, "audit.items.ja"), next.ja, spoken("audit.items.ja"));
        ui::flow(ui::em() * 8.0f);
        changed |=
            count_field(app, gid + ".delvis", tr(app, "audit.items.delvis"), next.delvis, spoken("audit.items.delvis"));
        ui::flow(ui::em() * 8.0f);
        changed |= count_field(app, gid + ".nej", tr(app, "audit.items.nej"), next.nej, spoken("audit.items.nej"));
        if (changed) act_audit_set_tally(app, item.id, g, next);
    }
}

void judgement(App& app, const Instrument& in, const Item& item, const AuditItem* ai, const std::string& base,
               bool locked) {
    Judgement j = ai ? ai->judgement : Judgement{};
    ui::label(tr(app, "audit.items.judgement"));
    if (locked) {
        std::string s = judgement_text(app, in, item, j);
        ui::text(s.empty() ? tr(app, "audit.items.unjudged") : s);
        return;
    }
    a11y::group_begin(a11y::Role::RadioGroup, tr(app, "audit.items.judgement"));
    struct Choice {
        std::string id, label;
        Judgement j;
    };
    std::vector<Choice> choices;
    for (const auto& l : in.scale_of(item).levels)
        choices.push_back({"level." + std::to_string(l.value), tx(app, l.label), {JudgementStatus::Level, l.value}});
    choices.push_back(
        {"inte_undersokt", tr(app, "audit.judgement.inte_undersokt"), {JudgementStatus::InteUndersokt, 0}});
    choices.push_back({"vet_ej", tr(app, "answer.vet_ej"), {JudgementStatus::VetEj, 0}});
    choices.push_back({"ej_aktuellt", tr(app, "answer.ej_aktuellt"), {JudgementStatus::EjAktuellt, 0}});
    bool first = true;
    for (const auto& c : choices) {
        float w = ui::button_width(c.label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        bool selected = j.status == c.j.status && (c.j.status != JudgementStatus::Level || j.level == c.j.level);
        if (ui::choice_button(app, base + ".judgement." + c.id, c.label, selected, w))
            act_audit_set_judgement(app, item.id, c.j);
    }
    a11y::group_end();
}

void quotes(App& app, const AuditItem* ai, const std::string& item_id, const std::string& base, bool locked) {
    ui::label(tr(app, "audit.items.quotes"));
    const std::vector<std::string> list = ai ? ai->quotes : std::vector<std::string>{};
    if (list.empty() && locked) ui::text_muted(tr(app, "audit.items.no_quotes"));
    for (size_t q = 0; q < list.size(); ++q) {
        ui::text("“" + list[q] + "”");
        ui::personal_data_warning(app, base + ".quote." + std::to_string(q + 1), list[q]);
        if (!locked && ui::button(app, base + ".quote." + std::to_string(q + 1) + ".remove",
                                  app.strings.format("audit.items.quote_remove", {std::to_string(q + 1)}))) {
            act_audit_remove_quote(app, item_id, q);
            return;
        }
    }
    if (locked) return;
    std::string& draft = app.audit.quote_drafts[item_id];
    ui::label(tr(app, "audit.items.quote_new"));
    ui::text_muted(tr(app, "audit.items.quote_help"));
    ui::input_text(app, base + ".quote_draft", draft);
    ui::personal_data_warning(app, base + ".quote_draft", draft);
    ImGui::BeginDisabled(draft.find_first_not_of(" \t\r\n") == std::string::npos);
    if (ui::button(app, base + ".quote_add", tr(app, "audit.items.quote_add"))) act_audit_add_quote(app, item_id);
    ImGui::EndDisabled();
}

void item_card(App& app, const Instrument& in, const Item& item, int number, int total) {
    const Audit& a = *app.audit.current;
    const AuditItem* ai = a.find_item(item.id);
    const bool locked = findings_locked(a);
    const std::string base = "audit.item." + item.id;
    ui::Card card = ui::card_begin();
    std::string title = app.strings.format("answer.item_number", {std::to_string(number), std::to_string(total)});
    a11y::group_begin(a11y::Role::Group, title, base + ".card");
    {
        ui::FontScope f(font_bold());
        ui::text_colored(ui::kMuted, title + "  ·  " + item.id);
    }
    ui::text(tx(app, item.text_in(a.header.unit_kind)));
    guide(app, item, base);
    if (ai) {
        if (auto d = item_disagreement(item.id, *ai)) {
            ui::banner(app.strings.format("audit.items.disagreement", {percent(d->users), percent(d->staff)}),
                       ui::kWarnBg, ui::kWarnInk);
            ui::record(app, base + ".disagreement", tr(app, "audit.items.disagreement_short"));
        }
    }
    if (a.previous) {
        auto p = a.previous->judgements.find(item.id);
        if (p != a.previous->judgements.end())
            ui::text_muted(app.strings.format("audit.items.previous", {judgement_text(app, in, item, p->second)}));
    }
    ImGui::Spacing();
    tallies(app, item, ai, base, locked);
    ImGui::Spacing();
    judgement(app, in, item, ai, base, locked);
    ImGui::Spacing();
    std::string finding = ai ? ai->finding : std::string();
    if (locked) {
        ui::label(tr(app, "audit.items.finding"));
        ui::text(finding.empty() ? tr(app, "audit.not_given") : finding);
    } else if (audit_long_field(app, base + ".finding", tr(app, "audit.items.finding"), finding)) {
        act_audit_set_finding(app, item.id, finding);
    }
    ImGui::Spacing();
    quotes(app, ai, item.id, base, locked);
    a11y::group_end();
    ui::card_end(card, ui::kBg, ui::kDivider, ui::kLine);
    ImGui::Spacing();
}

}  // namespace

void draw_audit_items(App& app) {
    const Instrument* in = audit_instrument(app);
    if (!in || !app.audit.current || in->areas.empty()) return;
    audit_nav(app);
    ui::heading(tr(app, "audit.items.title"));
    ui::text_muted(tr(app, "audit.items.help"));
    const Audit& a = *app.audit.current;
    ui::text_muted(tr(app, "answer.areas_label"));
    for (size_t i = 0; i < in->areas.size(); ++i) {
        auto items = audit_area_items(app, static_cast<int>(i));
        int judged = 0;
        for (const Item* it : items) {
            const AuditItem* ai = a.find_item(it->id);
            judged += ai && ai->judgement.status != JudgementStatus::Unjudged;
        }
        std::string label = (in->areas[i].number.empty() ? std::to_string(i + 1) : in->areas[i].number) + "  " +
                            std::to_string(judged) + "/" + std::to_string(items.size());
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (i > 0) ui::flow(w);
        if (ui::choice_button(app, "audit.area." + in->areas[i].id, label, app.audit.area == static_cast<int>(i), w))
            act_audit_go_area(app, static_cast<int>(i));
    }
    const size_t ai = static_cast<size_t>(std::clamp(app.audit.area, 0, static_cast<int>(in->areas.size()) - 1));
    ImGui::Spacing();
    ui::heading(tx(app, in->areas[ai].title), 3);
    int number = 1, total = 0;
    for (size_t i = 0; i < in->areas.size(); ++i) {
        int n = static_cast<int>(audit_area_items(app, static_cast<int>(i)).size());
        if (i < ai) number += n;
        total += n;
    }
    auto items = audit_area_items(app, static_cast<int>(ai));
    if (items.empty()) ui::text_muted(tr(app, "answer.area_empty"));
    for (const Item* item : items) item_card(app, *in, *item, number++, total);

    if (ai + 1 < in->areas.size()) {
        if (ui::primary_button(app, "audit.items.next_area", tr(app, "answer.next_area") + " →")) {
            act_audit_go_area(app, static_cast<int>(ai) + 1);
            ImGui::SetScrollY(0.0f);
        }
    } else if (ui::primary_button(app, "audit.items.next", tr(app, "audit.nav.recommendations") + " →")) {
        act_go(app, Screen::AuditRecommendations);
    }
}

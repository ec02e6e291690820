// screen_results.cpp — what the answers add up to. Every number comes from
// the core's ScoreReport (App::report, recomputed after each change); this
// file only formats it (score_text: one decimal, the language's decimal mark)
// and says its limits in words, not only with a symbol or a colour.
#include <algorithm>

#include "actions.h"
#include "imgui.h"
#include "number_format.h"
#include "output.h"
#include "screens.h"
#include "widgets/fonts.h"
#include "widgets/widgets_chart.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

std::string counts_text(const App& app, const AnswerCounts& c) {
    return app.strings.format("results.counts", {std::to_string(c.answered), std::to_string(c.vet_ej),
                                                 std::to_string(c.ej_aktuellt), std::to_string(c.unanswered)});
}

// The flags of a dimension in words: missing, uncertain, coverage.
std::vector<std::string> dimension_notes(const App& app, const DimensionScore& d) {
    std::vector<std::string> out;
    if (!d.score)
        out.push_back(tr(app, "results.missing_long"));
    else if (d.uncertain)
        out.push_back(tr(app, "results.uncertain_long"));
    return out;
}

void overall_card(App& app) {
    const ScoreReport& r = app.doc.report;
    ui::Card c = ui::card_begin();
    ui::label(tr(app, "results.overall"));
    float large_h;
    {
        ui::FontScope f(font_large());
        ui::text_colored(r.overall ? ui::kInk : ui::kErrorInk, score_text(app, r.overall));
        large_h = ImGui::GetFontSize();
    }
    // "av 100" on the big number's baseline, not at its top.
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (large_h - ImGui::GetFontSize()) * 0.78f);
    ui::text_muted(tr(app, "results.of_100"));
    if (!r.overall) {
        ui::text(tr(app, "results.no_overall"));
    } else if (r.incomplete) {
        int with = static_cast<int>(std::count_if(r.principles.begin(), r.principles.end(),
                                                  [](const DimensionScore& d) { return d.score.has_value(); }));
        ui::text_colored(ui::kWarnInk, app.strings.format("results.incomplete_long",
                                                          {std::to_string(with), std::to_string(r.principles.size())}));
    }
    ui::text_muted(tr(app, "results.how"));
    ui::card_end(c, ui::kSurface, ui::kBorder, ui::kLine);
}

void principle_list(App& app, const Instrument& in) {
    for (const DimensionScore& d : app.doc.report.principles) {
        std::string title = title_of(app, in, DimensionKind::Principle, d.id);
        std::string value = d.score ? score_text(app, d.score) : tr(app, "results.missing");
        std::string detail =
            app.strings.format("results.coverage", {format_percent(d.coverage)}) + " · " + counts_text(app, d.counts);
        score_bar(app, "results.principle." + d.id, title, d.score, value, detail, dimension_notes(app, d));
    }
}

void radar(App& app, const Instrument& in, float size) {
    std::vector<RadarAxis> axes;
    for (const DimensionScore& d : app.doc.report.principles) {
        RadarAxis ax;
        ax.title = title_of(app, in, DimensionKind::Principle, d.id);
        ax.score = d.score;
        ax.value_text = !d.score      ? tr(app, "results.missing")
                        : d.uncertain ? score_text(app, d.score) + " (" + tr(app, "results.uncertain_short") + ")"
                                      : score_text(app, d.score);
        axes.push_back(std::move(ax));
    }
    radar_chart(app, "results.radar", axes, size);
}

void area_bars(App& app, const Instrument& in) {
    for (const DimensionScore& d : app.doc.report.areas) {
        std::string value = d.score ? score_text(app, d.score) : tr(app, "results.missing");
        std::string detail = app.strings.format("results.coverage", {format_percent(d.coverage)});
        score_bar(app, "results.area." + d.id, title_of(app, in, DimensionKind::Area, d.id), d.score, value, detail,
                  dimension_notes(app, d));
    }
}

// "Lägg til i handlingsplanen", or where the item's action already is.
void plan_button(App& app, const Item& item) {
    const PlanAction* existing = plan_action_for_item(app, item.id);
    std::string label =
        existing ? app.strings.format("results.plan_show", {existing->id}) : tr(app, "results.plan_add");
    if (ui::button(app, "results.plan." + item.id, label)) {
        if (!existing) act_plan_add(app, item.id);
        act_go(app, Screen::Plan);
    }
}

void lowest(App& app, const Instrument& in) {
    auto items = lowest_items(in, app.doc.report, 5);
    if (items.empty()) {
        ui::text_muted(tr(app, "results.lowest_none"));
        return;
    }
    for (const Item* item : items) {
        ui::Card c = ui::card_begin();
        const Answer* ans = app.doc.current->find_answer(item->id);
        const Scale& scale = in.scale_of(*item);
        std::string level;
        for (const auto& lv : scale.levels)
            if (ans && ans->has_level() && lv.value == ans->level)
                level = std::to_string(lv.value) + " – " + tx(app, lv.label);
        ui::text_muted(title_of(app, in, DimensionKind::Area, item->area));
        ui::text_bold(tx(app, item->text_in(app.doc.current->unit_kind)));
        ui::text(app.strings.format("results.answered_level", {level}));
        if (ans && !ans->comment.empty()) ui::text_muted(app.strings.format("results.comment", {ans->comment}));
        if (!item->actions.empty()) {
            ui::label(tr(app, "results.actions"));
            for (const auto& a : item->actions) ui::text("• " + tx(app, a));
        }
        plan_button(app, *item);
        ui::card_end(c, ui::kBg, ui::kDivider, ui::kLine);
        ImGui::Spacing();
    }
}

std::string view_label(const App& app, const Instrument& in, const std::string& id) {
    if (id == kViewPrinciples || id == kViewAreas) return tr(app, "results.view." + id);
    const Framework* f = in.find_framework(id);
    return f ? tx(app, f->title) : id;
}

// Buttons for every view of the instrument; the answers stay the same, only the reading changes.
void view_selector(App& app, const Instrument& in) {
    ui::label(tr(app, "results.view"));
    bool first = true;
    for (const std::string& id : available_views(in)) {
        std::string label = view_label(app, in, id);
        float w = ui::button_width(label) + ImGui::GetFontSize() * 1.2f;
        if (!first) ui::flow(w);
        first = false;
        if (ui::choice_button(app, "results.view." + id, label, app.answer.view == id, w)) app.answer.view = id;
    }
    ui::text_muted(tr(app, "results.view.help"));
}

// A framework's targets scored by the same rules (score_view), each with its coverage; a target
// no item serves is listed with the instrument's reason.
void framework_view(App& app, const Instrument& in, const std::string& view_id) {
    auto view = view_of(in, view_id);
    if (!view) return;
    ViewReport r = score_view(in, *app.doc.current, *view);
    ui::Card c = ui::card_begin();
    ui::label(app.strings.format("results.view.overall", {view_label(app, in, view_id)}));
    ui::text_bold(r.overall ? score_text(app, r.overall) + " " + tr(app, "results.of_100")
                            : tr(app, "results.missing"));
    if (r.incomplete) ui::text_colored(ui::kWarnInk, tr(app, "results.view.incomplete"));
    ui::card_end(c, IM_COL32(244, 247, 251, 255), ui::kBorder, 1.0f);
    ImGui::Spacing();
    for (const ViewTarget& t : view->targets) {
        const TargetScore* s = r.find_target(t.id);
        std::string title = t.id + " " + tx(app, t.title);
        if (!s || s->items == 0) {
            std::string why = t.reason.empty() ? tr(app, "results.view.no_items")
                                               : app.strings.format("results.view.reason", {tx(app, t.reason)});
            score_bar(app, "results.target." + t.id, title, std::nullopt, tr(app, "results.missing"), why, {});
            continue;
        }
        std::string value = s->score ? score_text(app, s->score) : tr(app, "results.missing");
        std::string detail = app.strings.format("results.coverage", {format_percent(s->coverage)}) + " · " +
                             app.strings.format("results.view.items", {std::to_string(s->items)}) + " · " +
                             counts_text(app, s->counts);
        std::vector<std::string> notes;
        if (!s->score)
            notes.push_back(tr(app, "results.missing_long"));
        else if (s->uncertain)
            notes.push_back(tr(app, "results.uncertain_long"));
        if (!t.note.empty()) notes.push_back(tx(app, t.note));
        score_bar(app, "results.target." + t.id, title, s->score, value, detail, notes);
    }
}

void principles_view(App& app, const Instrument& in) {
    ui::heading(tr(app, "results.principles"));
    float avail = ImGui::GetContentRegionAvail().x;
    float radar_size = std::min(avail, ui::em() * 34.0f);
    if (avail >= ui::em() * 58.0f) {
        // Side by side: the numbers on the left, the same numbers as a shape on the right.
        if (ImGui::BeginTable("##principles", 2)) {
            ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("b", ImGuiTableColumnFlags_WidthFixed, radar_size);
            ImGui::TableNextColumn();
            principle_list(app, in);
            ImGui::TableNextColumn();
            radar(app, in, radar_size);
            ImGui::EndTable();
        }
    } else {
        principle_list(app, in);
        radar(app, in, radar_size);
    }
}

// Which items the scores rest on: the unit kind's, and on the core path what that leaves out.
void scope_note(App& app, const Instrument& in) {
    const Assessment& a = *app.doc.current;
    const UnitKind* kind = in.find_unit_kind(a.unit_kind);
    if (kind) {
        int excluded = 0;
        for (const auto& item : in.items) excluded += !item.applies_to(a.unit_kind);
        ui::text_muted(app.strings.format("results.unit_kind", {tx(app, kind->title), std::to_string(excluded)}));
    }
    if (a.core_path) ui::text_muted(tr(app, "results.core_path"));
}

}  // namespace

void draw_results(App& app) {
    const Instrument* in = current_instrument(app);
    if (!in || !app.doc.current) return;
    ui::heading(tr(app, "results.title"));
    scope_note(app, *in);
    overall_card(app);
    ImGui::Spacing();

    auto views = available_views(*in);
    if (std::find(views.begin(), views.end(), app.answer.view) == views.end()) app.answer.view = kViewPrinciples;
    if (views.size() > 2) {
        view_selector(app, *in);
        ImGui::Spacing();
    }
    if (app.answer.view == kViewPrinciples || views.size() <= 2) {
        // An instrument without frameworks keeps both of its built-in readings on one page.
        principles_view(app, *in);
        ImGui::Spacing();
        if (views.size() <= 2 || app.answer.view == kViewAreas) {
            ui::heading(tr(app, "results.areas"));
            area_bars(app, *in);
        }
    } else if (app.answer.view == kViewAreas) {
        ui::heading(tr(app, "results.areas"));
        area_bars(app, *in);
    } else {
        ui::heading(view_label(app, *in, app.answer.view));
        framework_view(app, *in, app.answer.view);
    }

    ImGui::Spacing();
    ui::heading(tr(app, "results.lowest"));
    ui::text_muted(tr(app, "results.lowest_help"));
    lowest(app, *in);

    ImGui::Spacing();
    ui::heading(tr(app, "answer.notes"));
    std::string notes = app.doc.current->notes;
    if (ui::long_text_field(app, "results.notes", notes, 3.0f)) act_set_notes(app, notes);
    ImGui::Spacing();
    if (ui::primary_button(app, "results.to_export", tr(app, "results.to_export") + " →")) act_go(app, Screen::Export);
}

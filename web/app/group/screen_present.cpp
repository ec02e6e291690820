// screen_present.cpp — presentation mode of a group's aggregate, for a projector
// in a workshop: the whole window, large text, one slide at a time (the overall
// score, then each principle, then each insatsområde), stepped with the arrow
// keys or the buttons; Escape leaves. No names or roles: what the room sees is
// the group, every participant a dot without a label. Never shown below the
// anonymity threshold (act_present refuses). Every number is the core's.
#include <algorithm>

#include "actions.h"
#include "ids.h"
#include "imgui.h"
#include "number_format.h"
#include "screens.h"
#include "widgets/fonts.h"
#include "widgets/widgets_chart.h"
#include "widgets/widgets_common.h"

using namespace spegeln;

namespace {

constexpr size_t kItemsPerSlide = 3;

struct Slide {
    const DimensionStats* stats;
    std::string section;  // "Principer", "Insatsområden" or "" for the overall score
    std::string title;
};

std::vector<Slide> slides(const App& app, const Instrument& in, const AggregateReport& r) {
    std::vector<Slide> out;
    out.push_back({&r.overall, "", tr(app, "group.overall")});
    for (const auto& d : r.principles)
        out.push_back({&d, tr(app, "group.principles"), title_of(app, in, DimensionKind::Principle, d.id)});
    for (const auto& d : r.areas)
        out.push_back({&d, tr(app, "group.areas"), title_of(app, in, DimensionKind::Area, d.id)});
    return out;
}

// Whether `item` counts in the slide's dimension (every item counts in the overall score).
bool in_dimension(const Item& item, const DimensionStats& d) {
    if (d.id == kOverallId) return true;
    if (d.kind == DimensionKind::Area) return item.area == d.id;
    for (const auto& w : item.principles)
        if (w.principle == d.id && w.weight > 0) return true;
    return false;
}

void keys(App& app, size_t count) {
    if (app.frame.keys.typing || app.messages.modal != Modal::None) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        act_present(app, false);
        return;
    }
    const bool next = ImGui::IsKeyPressed(ImGuiKey_RightArrow) || ImGui::IsKeyPressed(ImGuiKey_DownArrow) ||
                      ImGui::IsKeyPressed(ImGuiKey_PageDown);
    const bool prev = ImGui::IsKeyPressed(ImGuiKey_LeftArrow) || ImGui::IsKeyPressed(ImGuiKey_UpArrow) ||
                      ImGui::IsKeyPressed(ImGuiKey_PageUp);
    if (next) act_slide(app, 1, count);
    if (prev) act_slide(app, -1, count);
    if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) act_slide(app, -static_cast<int>(count), count);
    if (ImGui::IsKeyPressed(ImGuiKey_End, false)) act_slide(app, static_cast<int>(count), count);
}

// The items of the slide's dimension where the group differs most: where the talk can start.
void differ_items(App& app, const Instrument& in, const AggregateReport& r, const DimensionStats& d) {
    size_t shown = 0;
    for (const ItemSpread* s : differing_items(r)) {
        const Item* item = in.find_item(s->item_id);
        if (!item || !in_dimension(*item, d)) continue;
        if (shown == 0) {
            ui::FontScope f(FontRole(font_bold(), 1.9f));
            ui::text(tr(app, "present.differ"));
        }
        ui::text("• " + tx(app, item->text) + "  (" + decimal_text(app, *s->spread, 2) + ")");
        if (++shown == kItemsPerSlide) break;
    }
}

}  // namespace

void draw_presentation(App& app) {
    const GroupView& g = app.group;
    const Instrument& in = app.instruments[static_cast<size_t>(g.instrument)];
    const AggregateReport& r = g.aggregate;
    const std::vector<Slide> all = slides(app, in, r);
    keys(app, all.size());
    if (!app.group.presenting) return;  // Escape this frame
    const size_t at = std::min(app.group.slide, all.size() - 1);
    const Slide& slide = all[at];
    const DimensionStats& d = *slide.stats;

    // Margins in proportion to the window, so that a projector's edge never cuts the text.
    const ImVec2 size = ImGui::GetContentRegionAvail();
    const float side = std::max(ui::em(), size.x * 0.06f);
    ui::Inset inset = ui::inset_begin(side, side);
    ImGui::Dummy(ImVec2(0.0f, size.y * 0.03f));
    {
        ui::FontScope f(FontRole(font_body(), 1.6f));
        std::string where = app.strings.format("present.slide", {std::to_string(at + 1), std::to_string(all.size())});
        if (!slide.section.empty()) where = slide.section + " · " + where;
        ui::text_muted(where);
    }
    {
        ui::FontScope f(FontRole(font_bold(), 3.0f));
        ui::text(slide.title);
        ui::record(app, "present.title", slide.title);
    }
    ImGui::Dummy(ImVec2(0.0f, ui::em()));
    {
        ui::FontScope f(FontRole(font_body(), 2.0f));
        std::string stats =
            d.n > 0 ? app.strings.format("present.stats", {score_text(app, d.mean), score_text(app, d.median),
                                                           score_text(app, d.min), score_text(app, d.max)})
                    : tr(app, "group.no_scores");
        std::string count = app.strings.format("group.n", {std::to_string(d.n), std::to_string(r.respondents)});
        spread_chart(app, "present.chart", stats + " · " + count, d.min, d.median, d.max, d.values, d.mean);
        ImGui::Dummy(ImVec2(0.0f, ui::em() * 0.3f));
        {
            ui::FontScope b(FontRole(font_bold(), 2.0f));
            ui::text(stats);
        }
        ui::text_muted(count + " · " + tr(app, "present.legend"));
        ImGui::Dummy(ImVec2(0.0f, ui::em() * 0.5f));
        differ_items(app, in, r, d);
    }
    ImGui::Dummy(ImVec2(0.0f, ui::em()));
    // The buttons large too: a trainer at a projector clicks from a distance or on a touch screen.
    ui::FontScope big(FontRole(font_body(), 1.5f));
    const std::string prev = tr(app, "present.prev"), next = tr(app, "present.next"), close = tr(app, "present.close");
    if (ui::button(app, "present.prev", prev)) act_slide(app, -1, all.size());
    ui::flow(ui::button_width(next));
    // Not primary_button: that one keeps the body size, and all three are large here.
    if (ui::button(app, "present.next", next)) act_slide(app, 1, all.size());
    ui::flow(ui::button_width(close));
    if (ui::button(app, "present.close", close)) act_present(app, false);
    ui::text_muted(tr(app, "present.keys"));
    ui::inset_end(inset);
}

#include "widgets_chart.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "a11y/item_hooks.h"
#include "fonts.h"
#include "imgui.h"
#include "widgets_common.h"

namespace {

constexpr float kPi = 3.14159265358979f;
// Colours come from the theme (theme.h), where each pair drawn here is listed
// with the contrast it needs. The radar's area is the accent seen through:
// decoration behind the outline and dots, which carry the values.
ImU32 translucent(ImU32 c, int alpha) {
    return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

ImVec2 polar(ImVec2 c, float r, float angle) {
    return ImVec2(c.x + r * std::cos(angle), c.y + r * std::sin(angle));
}

// Text at `anchor`, aligned away from the centre so it never overlaps the chart.
void axis_label(ImDrawList* dl, ImVec2 anchor, float angle, float wrap, const std::string& title,
                const std::string& value, bool missing) {
    ImFont* bold = font_bold() ? font_bold() : ImGui::GetFont();
    float fs = ImGui::GetFontSize();
    ImVec2 ts = bold->CalcTextSizeA(fs, FLT_MAX, wrap, title.c_str());
    ImVec2 vs = ImGui::GetFont()->CalcTextSizeA(fs, FLT_MAX, wrap, value.c_str());
    float w = std::max(ts.x, vs.x), h = ts.y + vs.y;
    float cx = std::cos(angle), cy = std::sin(angle);
    float x = cx > 0.3f ? anchor.x : cx < -0.3f ? anchor.x - w : anchor.x - w * 0.5f;
    float y = cy > 0.3f ? anchor.y : cy < -0.3f ? anchor.y - h : anchor.y - h * 0.5f;
    dl->AddText(bold, fs, ImVec2(x, y), ui::kInk, title.c_str(), nullptr, wrap);
    dl->AddText(ImGui::GetFont(), fs, ImVec2(x, y + ts.y), missing ? ui::kErrorInk : ui::kAccent, value.c_str(),
                nullptr, wrap);
}

// The label above a bar, the bar's box (recorded for tests), and room to its
// right for the value; shared by the score bars and the range bars.
struct BarBox {
    ImVec2 pos;
    float w, h;
};

// `height`: of the box below the label (0: the bar's own, 1.2 em).
BarBox begin_bar(App& app, const std::string& id, const std::string& label, const std::string& value_text,
                 float height = 0.0f) {
    ui::text_bold(label);
    float fs = ImGui::GetFontSize();
    float value_w;
    {
        ui::FontScope f(font_bold());
        value_w = std::max(ImGui::CalcTextSize(value_text.c_str()).x, fs * 3.0f);
    }
    BarBox box;
    box.w = std::max(fs * 4.0f, ImGui::GetContentRegionAvail().x - value_w - ImGui::GetStyle().ItemSpacing.x);
    box.h = height > 0.0f ? height : fs * 1.2f;
    box.pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(box.w, box.h));
    ui::record(app, id, label);
    a11y::text_item(a11y::Role::Text, value_text);  // the bar itself says nothing to a screen reader
    return box;
}

// The value to the right of the bar, bold; in the error colour when there is none.
void end_bar(const std::string& value_text, bool has_value) {
    ImGui::SameLine();
    ui::FontScope f(font_bold());
    ui::text_colored(has_value ? ui::kInk : ui::kErrorInk, value_text);
}

}  // namespace

void radar_chart(App& app, const std::string& id, const std::vector<RadarAxis>& in_axes, float size) {
    const int n = static_cast<int>(in_axes.size());
    if (n < 3) return;
    float fs = ImGui::GetFontSize();
    // On a phone the titles would squeeze the chart to a dot: the axes get
    // numbers and a legend below says what each number is.
    const bool compact = size < fs * 26.0f;
    std::vector<RadarAxis> axes = in_axes;
    // The values move to the legend too: "30,6 (osäkert)" beside a small chart
    // would run out of a 320 px window at 200 % text.
    if (compact)
        for (int i = 0; i < n; ++i) {
            axes[static_cast<size_t>(i)].title = std::to_string(i + 1);
            axes[static_cast<size_t>(i)].value_text.clear();
        }
    auto angle = [&](int i) { return -kPi / 2.0f + 2.0f * kPi * static_cast<float>(i) / static_cast<float>(n); };
    // Labels left and right of the chart need a column of their own, as wide as
    // their text (at most ~9 em, never narrower than their longest word);
    // labels above and below need two lines or more.
    ImFont* bold = font_bold() ? font_bold() : ImGui::GetFont();
    float side = 0.0f, above = fs * 2.6f;
    std::vector<float> wraps(static_cast<size_t>(n), size * 0.6f);
    // Width a text needs: its longest word, or the whole text up to 9 em.
    auto needed = [&](ImFont* f, const std::string& t) {
        float whole = f->CalcTextSizeA(fs, FLT_MAX, 0.0f, t.c_str()).x;
        float word = 0.0f;
        for (size_t b = 0; b <= t.size();) {
            size_t e = std::min(t.find(' ', b), t.size());
            word = std::max(word, f->CalcTextSizeA(fs, FLT_MAX, 0.0f, t.c_str() + b, t.c_str() + e).x);
            b = e + 1;
        }
        return std::max(word, std::min(whole, fs * 9.0f)) + 2.0f;
    };
    for (int i = 0; i < n; ++i) {
        const RadarAxis& ax = axes[static_cast<size_t>(i)];
        if (std::fabs(std::cos(angle(i))) <= 0.3f) continue;
        float w = std::max(needed(bold, ax.title), needed(ImGui::GetFont(), ax.value_text));
        wraps[static_cast<size_t>(i)] = w;
        side = std::max(side, w);
        above = std::max(above, bold->CalcTextSizeA(fs, FLT_MAX, w, ax.title.c_str()).y + fs * 1.4f);
    }
    float gap = fs * 0.6f;
    float r = std::max(fs * 2.5f, std::min(size * 0.5f - side - gap, fs * 12.0f));
    float margin_y = fs * 1.2f + above * 0.5f + gap;
    for (int i = 0; i < n; ++i)  // labels straight above or below: a full text block
        if (std::fabs(std::cos(angle(i))) <= 0.3f) margin_y = std::max(margin_y, above + gap);
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, 2.0f * (r + margin_y)));
    ui::record(app, id, "");
    {  // The chart as a sentence: every axis with its value.
        std::string said;
        for (const RadarAxis& ax : axes) said += (said.empty() ? "" : "; ") + ax.title + ": " + ax.value_text;
        a11y::text_item(a11y::Role::Text, said);
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 c(p.x + size * 0.5f, p.y + margin_y + r);

    for (int ring = 1; ring <= 4; ++ring) {
        float rr = r * static_cast<float>(ring) / 4.0f;
        for (int i = 0; i < n; ++i) dl->PathLineTo(polar(c, rr, angle(i)));
        dl->PathStroke(ui::kGrid, (ring == 4 ? 2.0f : 1.0f) * ui::kLine, ImDrawFlags_Closed);
        // Ring values just right of the first (upward) axis, in grey. A small
        // chart (a phone at a large text size) has rings closer than a line of
        // text: then only every second ring, or only the outer one, is numbered
        // so the numbers never overlap.
        const int every = r / 4.0f >= fs * 0.95f ? 1 : r / 2.0f >= fs * 0.95f ? 2 : 4;
        if (ring % every != 0) continue;
        std::string v = std::to_string(ring * 25);
        ImVec2 at = polar(c, rr, angle(0));
        ImVec2 vs = ImGui::CalcTextSize(v.c_str());
        ImVec2 tl(at.x + 4.0f, at.y - vs.y * 0.5f);
        // A white patch keeps the number legible where the scores' outline crosses it.
        dl->AddRectFilled(ImVec2(tl.x - 1.0f, tl.y + vs.y * 0.15f), ImVec2(tl.x + vs.x + 1.0f, tl.y + vs.y * 0.9f),
                          translucent(ui::kBg, 210));
        dl->AddText(tl, ui::kMuted, v.c_str());
    }
    if (r / 4.0f >= fs * 0.95f) dl->AddText(ImVec2(c.x + 4.0f, c.y - fs * 0.5f), ui::kMuted, "0");
    for (int i = 0; i < n; ++i) dl->AddLine(c, polar(c, r, angle(i)), ui::kGrid, ui::kLine);

    // The area: triangles from the centre between neighbouring axes that both
    // have a score, so a missing principle leaves a visible gap.
    auto point = [&](int i) {
        return polar(c, r * static_cast<float>(*axes[static_cast<size_t>(i)].score) / 100.0f, angle(i));
    };
    for (int i = 0; i < n; ++i) {
        int j = (i + 1) % n;
        if (!axes[static_cast<size_t>(i)].score || !axes[static_cast<size_t>(j)].score) continue;
        dl->AddTriangleFilled(c, point(i), point(j), translucent(ui::kAccent, 70));
        dl->AddLine(point(i), point(j), ui::kAccent, std::max(2.0f, fs * 0.15f));
    }
    for (int i = 0; i < n; ++i) {
        const RadarAxis& ax = axes[static_cast<size_t>(i)];
        if (ax.score) {
            dl->AddCircleFilled(point(i), std::max(4.0f, fs * 0.3f), ui::kAccent);
        } else {
            // A hollow ring on the axis' end says "nothing here", unlike a dot at 0.
            dl->AddCircle(polar(c, r, angle(i)), std::max(4.0f, fs * 0.3f), ui::kErrorInk, 0, 2.0f);
        }
        axis_label(dl, polar(c, r + gap, angle(i)), angle(i), wraps[static_cast<size_t>(i)], ax.title, ax.value_text,
                   !ax.score);
    }
    if (compact)
        for (int i = 0; i < n; ++i) {
            const RadarAxis& ax = in_axes[static_cast<size_t>(i)];
            ui::text_colored(ax.score ? ui::kInk : ui::kErrorInk,
                             std::to_string(i + 1) + " = " + ax.title + ": " + ax.value_text);
        }
}

void score_bar(App& app, const std::string& id, const std::string& label, const std::optional<double>& score,
               const std::string& value_text, const std::string& detail, const std::vector<std::string>& notes) {
    const BarBox box = begin_bar(app, id, label, value_text);
    const ImVec2 p = box.pos;
    const float bar_w = box.w, bar_h = box.h;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + bar_w, p.y + bar_h), ui::kTrack);
    if (score) {
        float fw = bar_w * static_cast<float>(std::clamp(*score, 0.0, 100.0) / 100.0);
        dl->AddRectFilled(p, ImVec2(p.x + fw, p.y + bar_h), ui::kAccent);
    }
    for (int q = 1; q < 4; ++q) {  // quarter marks so bars can be compared by eye
        float x = p.x + bar_w * static_cast<float>(q) / 4.0f;
        dl->AddLine(ImVec2(x, p.y), ImVec2(x, p.y + bar_h), translucent(ui::kBg, 160), 1.0f);
    }
    dl->AddRect(p, ImVec2(p.x + bar_w, p.y + bar_h), ui::kBorder, 0.0f, ui::kLine);
    end_bar(value_text, score.has_value());
    if (!detail.empty()) ui::text_muted(detail);
    for (const auto& n : notes) ui::text_colored(score ? ui::kWarnInk : ui::kErrorInk, n);
    ImGui::Spacing();
}

namespace {

// Rows for dots at `xs` (ascending) so that no two in a row overlap: each goes to the first row
// whose last dot is at least a diameter away. Returns the row of each dot.
std::vector<int> stack_rows(const std::vector<float>& xs, float diameter, int& rows) {
    std::vector<float> last;
    std::vector<int> row_of;
    for (float x : xs) {
        size_t r = 0;
        while (r < last.size() && x - last[r] < diameter) ++r;
        if (r == last.size()) last.push_back(x);
        last[r] = x;
        row_of.push_back(static_cast<int>(r));
    }
    rows = static_cast<int>(last.size());
    return row_of;
}

}  // namespace

namespace {

// A group's scores on a 0–100 track of width `w`: its height (the dots stacked), then the drawing.
struct SpreadTrack {
    float radius, diameter, height;
    std::vector<int> row_of;
};

SpreadTrack measure_track(float w, const std::vector<double>& dots, float fs) {
    SpreadTrack t;
    t.radius = std::max(3.0f, fs * 0.26f);
    t.diameter = 2.0f * t.radius + 1.0f;
    std::vector<float> xs;
    for (double v : dots) xs.push_back(w * static_cast<float>(std::clamp(v, 0.0, 100.0) / 100.0));
    int rows = 0;
    t.row_of = stack_rows(xs, t.diameter, rows);
    const float dots_h = rows > 0 ? static_cast<float>(rows) * t.diameter + t.radius : 0.0f;
    t.height = std::max(fs * 1.2f, dots_h);
    return t;
}

void draw_track(ImDrawList* dl, ImVec2 p, float bar_w, const SpreadTrack& t, const std::optional<double>& lo,
                const std::optional<double>& mid, const std::optional<double>& hi, const std::vector<double>& dots,
                const std::optional<double>& mean, float fs) {
    const float bar_h = t.height;
    auto x_of = [&](double v) { return p.x + bar_w * static_cast<float>(std::clamp(v, 0.0, 100.0) / 100.0); };
    dl->AddRectFilled(p, ImVec2(p.x + bar_w, p.y + bar_h), ui::kTrack);
    for (int q = 1; q < 4; ++q) {
        float x = p.x + bar_w * static_cast<float>(q) / 4.0f;
        dl->AddLine(ImVec2(x, p.y), ImVec2(x, p.y + bar_h), translucent(ui::kGrid, 120), 1.0f);
    }
    if (lo && hi) {
        // At least a few pixels wide, so everyone agreeing is still a visible mark.
        float x0 = x_of(*lo), x1 = std::max(x_of(*hi), x0 + 3.0f);
        dl->AddRectFilled(ImVec2(x0, p.y + bar_h * 0.2f), ImVec2(x1, p.y + bar_h * 0.8f), ui::kRangeFill);
        dl->AddRect(ImVec2(x0, p.y + bar_h * 0.2f), ImVec2(x1, p.y + bar_h * 0.8f), ui::kAccent, 0.0f,
                    1.5f * ui::kLine);
    }
    if (mid) {
        float x = x_of(*mid), half = std::max(2.0f, fs * 0.14f);
        dl->AddRectFilled(ImVec2(x - half, p.y - 1.0f), ImVec2(x + half, p.y + bar_h + 1.0f), ui::kInk);
    }
    // One dot per respondent, from the bottom of the track up; a white ring keeps each one apart
    // from the median mark and from its neighbours.
    for (size_t i = 0; i < dots.size() && i < t.row_of.size(); ++i) {
        ImVec2 c(x_of(dots[i]), p.y + bar_h - t.radius - 1.0f - static_cast<float>(t.row_of[i]) * t.diameter);
        dl->AddCircleFilled(c, t.radius + 1.0f, ui::kBg);
        dl->AddCircleFilled(c, t.radius, ui::kAccent);
    }
    if (mean) {  // a triangle pointing up at the mean, under the track
        float x = x_of(*mean), s = fs * 0.4f;
        dl->AddTriangleFilled(ImVec2(x, p.y + bar_h + 1.0f), ImVec2(x - s * 0.6f, p.y + bar_h + s + 1.0f),
                              ImVec2(x + s * 0.6f, p.y + bar_h + s + 1.0f), ui::kInk);
    }
    dl->AddRect(p, ImVec2(p.x + bar_w, p.y + bar_h), ui::kBorder, 0.0f, ui::kLine);
}

}  // namespace

void range_bar(App& app, const std::string& id, const std::string& label, const std::optional<double>& lo,
               const std::optional<double>& mid, const std::optional<double>& hi, const std::string& value_text,
               const std::string& detail, const std::vector<double>& dots, const std::optional<double>& mean) {
    float fs = ImGui::GetFontSize();
    // The track is as tall as the stacked dots need; the dots' rows are known only from the width,
    // so the box is measured first with the same width begin_bar will give it.
    float value_w;
    {
        ui::FontScope f(font_bold());
        value_w = std::max(ImGui::CalcTextSize(value_text.c_str()).x, fs * 3.0f);
    }
    const float est_w =
        std::max(fs * 4.0f, ImGui::GetContentRegionAvail().x - value_w - ImGui::GetStyle().ItemSpacing.x);
    const SpreadTrack t = measure_track(est_w, dots, fs);
    const BarBox box = begin_bar(app, id, label, value_text, t.height + (mean ? fs * 0.55f : 0.0f));
    draw_track(ImGui::GetWindowDrawList(), box.pos, box.w, t, lo, mid, hi, dots, mean, fs);
    end_bar(value_text, mid.has_value());
    if (!detail.empty()) ui::text_muted(detail);
    ImGui::Spacing();
}

void spread_chart(App& app, const std::string& id, const std::string& said, const std::optional<double>& lo,
                  const std::optional<double>& mid, const std::optional<double>& hi, const std::vector<double>& dots,
                  const std::optional<double>& mean) {
    const float fs = ImGui::GetFontSize();
    const float w = ImGui::GetContentRegionAvail().x;
    const SpreadTrack t = measure_track(w, dots, fs);
    const float below = fs * 0.55f + fs * 1.3f;  // the mean's triangle, then the scale's numbers
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, t.height + below));
    ui::record(app, id, said);
    a11y::text_item(a11y::Role::Text, said);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_track(dl, p, w, t, lo, mid, hi, dots, mean, fs);
    for (int q = 0; q <= 4; ++q) {
        std::string v = std::to_string(q * 25);
        float tw = ImGui::CalcTextSize(v.c_str()).x;
        float x = p.x + w * static_cast<float>(q) / 4.0f - (q == 0 ? 0.0f : q == 4 ? tw : tw * 0.5f);
        dl->AddText(ImVec2(x, p.y + t.height + fs * 0.6f), ui::kMuted, v.c_str());
    }
}

void distribution_chart(App& app, const std::string& id, const std::vector<DistributionColumn>& columns,
                        const std::string& said) {
    if (columns.empty()) return;
    const float fs = ImGui::GetFontSize();
    int most = 1;
    float col_w = fs * 2.2f;
    for (const auto& c : columns) {
        most = std::max(most, c.count);
        col_w = std::max(col_w, ImGui::CalcTextSize(c.label.c_str()).x + fs * 0.6f);
    }
    const float chart_h = fs * 3.0f, label_h = fs * 2.4f;
    const float w = std::min(ImGui::GetContentRegionAvail().x, col_w * static_cast<float>(columns.size()));
    col_w = w / static_cast<float>(columns.size());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, chart_h + label_h));
    ui::record(app, id, said);
    a11y::text_item(a11y::Role::Text, said);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float base = p.y + chart_h;
    dl->AddLine(ImVec2(p.x, base), ImVec2(p.x + w, base), ui::kBorder, ui::kLine);
    for (size_t i = 0; i < columns.size(); ++i) {
        const DistributionColumn& c = columns[i];
        const float x0 = p.x + col_w * static_cast<float>(i) + col_w * 0.2f, x1 = x0 + col_w * 0.6f;
        const float h = (chart_h - fs * 0.2f) * static_cast<float>(c.count) / static_cast<float>(most);
        if (c.count > 0) {
            if (c.level)
                dl->AddRectFilled(ImVec2(x0, base - h), ImVec2(x1, base), ui::kAccent);
            else  // not on the scale: an outline, so it is not read as one more level
                dl->AddRect(ImVec2(x0, base - h), ImVec2(x1, base), ui::kMuted, 0.0f, 1.5f * ui::kLine);
        }
        std::string n = std::to_string(c.count);
        const float cx = p.x + col_w * (static_cast<float>(i) + 0.5f);
        ImVec2 ns = ImGui::CalcTextSize(n.c_str());
        dl->AddText(ImVec2(cx - ns.x * 0.5f, base + fs * 0.1f), ui::kInk, n.c_str());
        ImVec2 ls = ImGui::CalcTextSize(c.label.c_str());
        dl->AddText(ImVec2(cx - ls.x * 0.5f, base + fs * 1.2f), ui::kMuted, c.label.c_str());
    }
}

void progress_bar(App& app, const std::string& id, float fraction, const std::string& text, float width) {
    float w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    float fs = ImGui::GetFontSize();
    ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, w - fs);
    float h = std::max(fs * 1.5f, ts.y + fs * 0.4f);
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    ui::record(app, id, text);
    a11y::text_item(a11y::Role::Text, text);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ui::kBg);
    const float done = w * std::clamp(fraction, 0.0f, 1.0f);
    dl->AddRectFilled(p, ImVec2(p.x + done, p.y + h), ui::kProgress);
    // The done part ends in a line that stands out from both sides (the light
    // fill alone is under 3:1 against white; the text says the same in words).
    if (done > 0.0f && done < w) {
        float edge = std::max(2.0f, fs * 0.12f);
        dl->AddRectFilled(ImVec2(p.x + done - edge, p.y), ImVec2(p.x + done, p.y + h), ui::kAccent);
    }
    dl->AddRect(p, ImVec2(p.x + w, p.y + h), ui::kBorder, 0.0f, ui::kLine);
    dl->AddText(ImGui::GetFont(), fs, ImVec2(p.x + fs * 0.5f, p.y + (h - ts.y) * 0.5f), ui::kInk, text.c_str(), nullptr,
                w - fs);
}

// widgets_chart.h — the results drawn with ImDrawList: a radar chart of the
// principles, horizontal score bars for areas, and a progress bar. Every
// number is also written as text next to its shape (a chart alone says
// nothing to someone who cannot tell the shapes apart), and a missing score is
// a gap with the word for it, never a zero.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app_state.h"

struct RadarAxis {
    std::string title;
    std::optional<double> score;  // 0–100
    std::string value_text;       // "62,5", "62,5 (osäkert)" or "Saknas"
};

// A square radar chart `size` pixels wide with rings at 0/25/50/75/100.
void radar_chart(App& app, const std::string& id, const std::vector<RadarAxis>& axes, float size);

// One horizontal bar: a label above, the bar (0–100) and `value_text` to its
// right, then `detail` and any `notes` (the dimension's flags in words) below.
void score_bar(App& app, const std::string& id, const std::string& label, const std::optional<double>& score,
               const std::string& value_text, const std::string& detail, const std::vector<std::string>& notes);

// The spread of a group's scores: a label above, then a 0–100 track with the
// span from `lo` to `hi` filled and a thick mark at `mid` (the median), with
// `value_text` to its right and `detail` below. No span when `lo` is missing.
// `dots`: every respondent's score as a dot on the track (equal or close ones
// stacked, so that each person stays visible); `mean`: a triangle under the track.
void range_bar(App& app, const std::string& id, const std::string& label, const std::optional<double>& lo,
               const std::optional<double>& mid, const std::optional<double>& hi, const std::string& value_text,
               const std::string& detail, const std::vector<double>& dots = {},
               const std::optional<double>& mean = std::nullopt);

// The same track as range_bar, as wide as the column and at the current font size (presentation
// mode draws it large), with the scale's numbers 0–100 under it and no label or value beside it:
// `said` is what a screen reader hears.
void spread_chart(App& app, const std::string& id, const std::string& said, const std::optional<double>& lo,
                  const std::optional<double>& mid, const std::optional<double>& hi, const std::vector<double>& dots,
                  const std::optional<double>& mean);

// How a group answered one item: a column per level (height = count, the count
// under it with the level's short label), then the answers without a level.
struct DistributionColumn {
    std::string label;  // "0", "1", … or "Vet ej"
    int count = 0;
    bool level = true;  // false: vet ej / ej aktuellt / unanswered, drawn hollow
};
void distribution_chart(App& app, const std::string& id, const std::vector<DistributionColumn>& columns,
                        const std::string& said);

// A progress bar with its text inside ("12 av 40 frågor").
void progress_bar(App& app, const std::string& id, float fraction, const std::string& text, float width = -1.0f);

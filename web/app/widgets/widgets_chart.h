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
void range_bar(App& app, const std::string& id, const std::string& label, const std::optional<double>& lo,
               const std::optional<double>& mid, const std::optional<double>& hi, const std::string& value_text,
               const std::string& detail);

// A progress bar with its text inside ("12 av 40 frågor").
void progress_bar(App& app, const std::string& id, float fraction, const std::string& text, float width = -1.0f);

// fuzz_exercise.h — runs everything the CLI and the app do with a loaded
// instrument and assessment, and checks what docs/scoring.md and
// docs/output-json.md promise about the results.
#pragma once

#include <cmath>
#include <string>

#include "aggregate.h"
#include "assessment.h"
#include "compare.h"
#include "csv_read.h"
#include "fuzz_check.h"
#include "output.h"
#include "report_html.h"
#include "scoring.h"
#include "translations.h"
#include "ui_strings.h"

namespace fuzz {

inline void check_dimension(const spegeln::Instrument& in, const spegeln::DimensionScore& d,
                            const std::string& unit_kind = {}) {
    // Every item mapped to the dimension is counted exactly once, unless it does not
    // apply to the assessment's unit kind (then it is left out of every score).
    int mapped = 0;
    for (const auto& item : in.items) {
        if (!item.applies_to(unit_kind)) continue;
        bool in_dim = d.kind == spegeln::DimensionKind::Area ? item.area == d.id : item.weight_for(d.id) > 0;
        mapped += in_dim ? 1 : 0;
    }
    const auto& c = d.counts;
    check(c.answered + c.vet_ej + c.ej_aktuellt + c.unanswered == mapped, "counts do not add up to the items", d.id);
    check(d.coverage >= 0.0 && d.coverage <= 1.0, "coverage outside 0–1", d.id);
    check(d.score.has_value() == (c.answered > 0), "a score exists exactly when an item has a level", d.id);
    if (d.score) check(*d.score >= 0.0 && *d.score <= 100.0, "score outside 0–100", d.id);
    check(d.uncertain == (d.score && d.coverage < spegeln::kUncertainCoverage), "uncertain flag", d.id);
}

// The CSV reads back under the strict reader, and no cell can start a formula.
inline void check_csv(const std::string& csv) {
    std::string error;
    auto rows = read_csv_strict(csv, &error);
    check(rows.has_value(), "CSV does not read back", error);
    for (const auto& row : *rows)
        for (const auto& cell : row)
            check(!starts_like_formula(cell) || is_plain_number(cell), "CSV cell would start a formula", cell);
}

inline void check_output(const std::string& out, bool is_json) {
    check(spegeln::is_valid_utf8(out), "output is not UTF-8", out);
    if (is_json) {
        spegeln::Diagnostics d;
        auto parsed = spegeln::parse_json(out, d);
        check(parsed.has_value(), "JSON output does not read back",
              d.items.empty() ? std::string_view{} : std::string_view(d.items[0].code));
    }
}

// The Swedish texts, loaded once: the outputs are written in Swedish (';' between
// CSV cells, as read_csv_strict expects).
inline const spegeln::UiStrings& swedish() {
    static const spegeln::UiStrings strings = [] {
        spegeln::UiStrings s;
        spegeln::Diagnostics d;
        spegeln::load_bundled_language("sv", s, d);
        return s;
    }();
    return strings;
}

inline void exercise(const spegeln::Instrument& in, const spegeln::Assessment& a) {
    using namespace spegeln;
    const UiStrings& t = swedish();
    ScoreReport r = score_assessment(in, a);
    for (const auto& d : r.principles) check_dimension(in, d, r.unit_kind);
    for (const auto& d : r.areas) check_dimension(in, d, r.unit_kind);
    if (r.overall) check(*r.overall >= 0.0 && *r.overall <= 100.0, "overall outside 0–100");
    lowest_items(in, r, 5);
    progress(in, a);

    check_output(score_text(in, a, r, t), false);
    check_output(score_json(in, a, r), true);
    std::string csv = score_csv(in, a, r, t);
    check_output(csv, false);
    check_csv(csv);
    // Each item's row carries its id first and the comment last, as written.
    auto rows = read_csv_strict(csv, nullptr);
    for (const auto& item : in.items) {
        const Answer* ans = a.find_answer(item.id);
        std::string comment = expected_cell(ans ? ans->comment : "");
        bool found = false;
        for (const auto& row : *rows)
            found = found || (row.size() == 7 && row[0] == expected_cell(item.id) && row[6] == comment);
        check(found, "an item's row (id, comment) is missing from the CSV", item.id);
    }
    check_output(report_html(in, a, r, t), false);

    AggregateReport ag = aggregate(in, {a, a});
    check(ag.respondents == 2, "aggregate of two counts two");
    check_output(aggregate_text(in, ag, t), false);
    check_output(aggregate_json(in, ag), true);
    std::string agcsv = aggregate_csv(in, ag, t);
    check_output(agcsv, false);
    check_csv(agcsv);

    Diagnostics cd;
    Comparison c = compare(in, a, a, cd);
    for (const auto& d : c.principles)
        if (d.change) check(std::fabs(*d.change) < 1e-9, "an assessment compared with itself changed", d.id);
    check_output(compare_text(in, a, a, c, t), false);
    check_output(compare_json(in, a, a, c), true);
    std::string ccsv = compare_csv(in, a, a, c, t);
    check_output(ccsv, false);
    check_csv(ccsv);
}

// Loads `text` as an assessment of `in`; an accepted one must be written back by
// assessment_to_json into a file that loads again and writes the same bytes
// (nothing a user entered is dropped, assessment.h), then score and export.
inline void assessment_round(std::string_view text, const spegeln::Instrument& in) {
    spegeln::Diagnostics diag;
    auto a = spegeln::load_assessment(text, diag, &in);
    check_result(a, diag, "load_assessment");
    if (!a) return;
    std::string written = spegeln::assessment_to_json(*a);
    spegeln::Diagnostics again;
    auto reread = spegeln::load_assessment(written, again, &in);
    check_result(reread, again, "load_assessment (written back)");
    check(reread.has_value(), "a loaded assessment, written back, does not load",
          again.items.empty() ? std::string_view{} : std::string_view(again.items[0].code));
    check(spegeln::assessment_to_json(*reread) == written, "assessment_to_json is not stable", written);
    exercise(in, *a);
}

}  // namespace fuzz

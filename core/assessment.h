// assessment.h — one filled-in assessment of a verksamhet (a unit of care).
//
// An assessment records which instrument (id and version) was used, the unit
// (its name and, among the instrument's unit kinds, its kind), the date, the respondent's role, the mode, an answer per
// item and free notes. An answer is a level on the item's scale, or "vet ej"
// (don't know: counts as missing) or "ej aktuellt" (not applicable: the item is
// left out), plus an optional comment. A comment without a level is kept.
//
// Nothing a user entered is ever dropped: answers to item ids the instrument does
// not know, and fields this version does not understand, are kept in the model
// and written back out.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "instrument.h"
#include "json_read.h"
#include "plan.h"

namespace spegeln {

inline constexpr int kAssessmentFormatVersion = 1;

// The most answers one assessment may hold, known or not. An instrument has at
// most kMaxInstrumentItems items; answers to items a version removed are kept,
// so there is room for many, but a file with millions of answer ids (each one a
// map entry) is refused rather than allowed to take hundreds of megabytes.
inline constexpr size_t kMaxAnswers = 20000;

// Format 1 files before unit kinds said what kind of unit they were in "verksamhet.type", from a
// fixed list. The unit kinds now come from the instrument ("unit_kind"); an old type reads as the
// nearest unit kind (docs/assessment-format.md): vardcentral → vardcentral, psykiatrisk-mottagning →
// psykiatri-oppenvard, kommunal-verksamhet → kommunal, annan → "" (no kind: every item applies).
// std::nullopt for a value that was never in the old list.
std::optional<std::string> unit_kind_for_old_type(const std::string& type);

enum class AnswerStatus { Unanswered, Level, VetEj, EjAktuellt };

struct Answer {
    AnswerStatus status = AnswerStatus::Unanswered;
    int level = 0;  // meaningful when status == Level
    std::string comment;
    json extra = json::object();  // fields this version does not know, kept as they were

    bool has_level() const { return status == AnswerStatus::Level; }
    bool is_empty() const { return status == AnswerStatus::Unanswered && comment.empty() && extra.empty(); }
};

struct Assessment {
    std::string id;  // a random id that tells saved assessments apart
    std::string instrument_id;
    std::string instrument_version;
    // The item ids of the instrument version the assessment was made with, so a
    // later version can say exactly which items were added or removed.
    std::vector<std::string> instrument_item_ids;
    std::string unit_name;
    // The kind of unit among the instrument's unit_kinds (framework.h); "" = every item applies.
    std::string unit_kind;
    // An old file's "verksamhet.type", kept and written back as it was. When the file had no
    // "unit_kind", unit_kind was read from it (unit_kind_for_old_type) and unit_kind_from_type is
    // set: such a kind is not written out, and an instrument without that kind is no error (the
    // kind then just selects nothing: every item applies).
    std::string old_unit_type;
    bool unit_kind_from_type = false;
    // "path": "core" — the team answers only the instrument's core items (Item::core); the
    // scoring rules are unchanged (docs/assessment-format.md).
    bool core_path = false;
    std::string date;  // YYYY-MM-DD
    std::string respondent_role;
    Mode mode = Mode::SelfAssessment;
    std::map<std::string, Answer> answers;  // by item id; unknown ids are kept
    std::string notes;
    ActionPlan plan;      // the handlingsplan (plan.h); empty in files without one
    std::string created;  // ISO 8601 timestamps, informational
    std::string modified;
    json extra = json::object();             // unknown top-level fields, kept
    json unit_extra = json::object();        // unknown fields inside "verksamhet", kept
    json instrument_extra = json::object();  // unknown fields inside "instrument", kept

    const Answer* find_answer(const std::string& item_id) const;
};

// A new, empty assessment of `instrument`.
Assessment new_assessment(const Instrument& instrument, Mode mode);

// Reads an assessment from JSON text. Structural problems (wrong types, an
// unknown answer status, a malformed date) are errors and give nullopt. When an
// instrument is given, answers are checked against it as well (see
// check_against_instrument).
std::optional<Assessment> load_assessment(std::string_view json_text, Diagnostics& diag,
                                          const Instrument* instrument = nullptr);

// Checks an assessment against an instrument. Errors: a level outside the item's
// scale, a different instrument id, a unit kind the instrument does not declare. Warnings: a different instrument
// version (with what differs), answers to unknown item ids (kept, not scored), a mode the instrument is not written
// for.
// A unit kind read from an old "verksamhet.type" that `instrument` does not declare selects
// nothing: it is dropped (the old type is still written back). Call once the instrument is known.
void settle_unit_kind(Assessment& a, const Instrument& instrument);
void check_against_instrument(const Assessment& a, const Instrument& instrument, Diagnostics& diag);

std::string assessment_to_json(const Assessment& a);

// Whether `date` is YYYY-MM-DD and a real calendar date (1900 or later).
bool is_valid_date(const std::string& date);

// Whether the assessment asks `item`: it applies to the unit kind and, on the core path, is a
// core item. What the answer screen shows and progress counts; scoring uses the unit kind only.
bool asks_item(const Assessment& a, const Item& item);

// Answer counts: how far the user has come.
struct Progress {
    int total = 0;    // items of the instrument (or area) the assessment asks (asks_item)
    int decided = 0;  // items with a level, vet ej or ej aktuellt
};
Progress progress(const Instrument& instrument, const Assessment& a, const std::string& area_id = "");

}  // namespace spegeln

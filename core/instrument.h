// instrument.h — an instrument: the questions a unit answers and what they measure.
//
// An instrument is data (JSON in assets/instruments/), never code. It declares
// the dimensions it scores — the strategy's four principles (§5.3) and its areas
// (for Region Skåne, the seven insatsområden of §4.1–4.7) — its response scales,
// and its items. Each item belongs to one area, maps to one or more principles
// with a weight, uses one scale, names the section of the source it derives
// from, and suggests actions (the strategy's insatser) that would raise it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "text.h"

namespace spegeln {

// Who the instrument (or an assessment) is for.
enum class Mode { SelfAssessment, Brukarrevision, Workshop };

const char* mode_id(Mode m);  // "self-assessment", …
std::optional<Mode> mode_from_id(const std::string& id);
const char* mode_label_sv(Mode m);  // "Självskattning", …

struct SourceRef {
    std::string document;  // id of an entry in Instrument::sources
    std::string section;   // "4.3"
    std::string detail;    // optional, e.g. "insats 2"
};

struct SourceDocument {
    std::string id;
    std::string title;
    std::string file;
};

struct Principle {
    std::string id;
    LocalizedText title;
    LocalizedText description;
    SourceRef source;
};

struct Area {
    std::string id;
    std::string number;  // "4.3" as the strategy numbers it
    LocalizedText title;
    LocalizedText description;
    SourceRef source;
};

struct ScaleLevel {
    int value = 0;
    LocalizedText label;
    LocalizedText description;
};

// Levels are 0..K without gaps; an answer at level L has the value L/K.
struct Scale {
    std::string id;
    LocalizedText title;
    std::vector<ScaleLevel> levels;

    int top() const { return levels.empty() ? 0 : levels.back().value; }
};

// Upper bound on an instrument's items (the Skåne ones have 45); also bounds
// the item ids an assessment may list.
inline constexpr size_t kMaxInstrumentItems = 1000;

// Weights an item may give a principle: a range that keeps the weighted sums of
// docs/scoring.md finite and exact enough with kMaxInstrumentItems items.
inline constexpr double kMinWeight = 0.001;
inline constexpr double kMaxWeight = 1000.0;

struct PrincipleWeight {
    std::string principle;
    double weight = 1.0;
};

struct Item {
    std::string id;
    std::string area;
    LocalizedText text;
    LocalizedText help;
    std::vector<PrincipleWeight> principles;
    std::string scale;
    SourceRef source;
    std::vector<LocalizedText> actions;

    // Weight of `principle` for this item, 0 when the item does not map to it.
    double weight_for(const std::string& principle) const;
};

struct Instrument {
    int format_version = 1;
    std::string id;
    std::string version;
    LocalizedText title;
    LocalizedText description;
    std::vector<Mode> modes;
    int estimated_minutes = 0;
    std::vector<SourceDocument> sources;
    std::vector<Principle> principles;
    std::vector<Area> areas;
    std::vector<Scale> scales;
    std::vector<Item> items;

    const Item* find_item(const std::string& item_id) const;
    const Area* find_area(const std::string& area_id) const;
    const Principle* find_principle(const std::string& principle_id) const;
    const Scale* find_scale(const std::string& scale_id) const;
    const Scale& scale_of(const Item& item) const;  // instrument must be valid
    const SourceDocument* find_source(const std::string& source_id) const;
    std::vector<const Item*> items_in_area(const std::string& area_id) const;
    bool supports(Mode m) const;
};

// Reads and validates an instrument from JSON text. Returns nullopt when any
// error was found; every problem is in `diag` with its JSON path.
std::optional<Instrument> load_instrument(std::string_view json_text, Diagnostics& diag);

// Writes an instrument back to JSON (used by tests and by `spegeln instruments --json`).
std::string instrument_to_json(const Instrument& instrument);

}  // namespace spegeln

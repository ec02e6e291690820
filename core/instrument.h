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

#include "audit_fields.h"
#include "diagnostics.h"
#include "framework.h"
#include "source_ref.h"
#include "text.h"
#include "version_mapping.h"

namespace spegeln {

// Who the instrument (or an assessment) is for.
enum class Mode { SelfAssessment, Brukarrevision, Workshop };

const char* mode_id(Mode m);  // "self-assessment", …
std::optional<Mode> mode_from_id(const std::string& id);
const char* mode_label_sv(Mode m);  // "Självskattning", …

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
    // Optional (framework.h): the unit kinds it applies to (empty: every kind), its wording
    // for some kinds, whether it is on the short core path, the framework targets it serves.
    std::vector<std::string> unit_kinds;
    TextsByKind text_for;
    TextsByKind help_for;
    bool core = false;
    std::vector<ItemFrameworkRef> frameworks;
    ItemAudit audit;  // optional, for brukarrevision (audit_fields.h)

    // Whether the item applies to a unit of `unit_kind` ("" = no kind given: every item applies).
    bool applies_to(const std::string& unit_kind) const;
    // The item's text and help as a unit of `unit_kind` reads them (its own wording where it has one).
    const LocalizedText& text_in(const std::string& unit_kind) const;
    const LocalizedText& help_in(const std::string& unit_kind) const;
    // The targets of `framework` the item serves; nullptr when none.
    const std::vector<std::string>* targets_in(const std::string& framework) const;

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
    // Optional (framework.h, version_mapping.h, audit_fields.h).
    std::vector<UnitKind> unit_kinds;
    std::vector<Framework> frameworks;
    std::vector<PreviousVersion> previous_versions;
    LocalizedText consent_text;

    const Item* find_item(const std::string& item_id) const;
    const Area* find_area(const std::string& area_id) const;
    const Principle* find_principle(const std::string& principle_id) const;
    const Scale* find_scale(const std::string& scale_id) const;
    const Scale& scale_of(const Item& item) const;  // instrument must be valid
    const SourceDocument* find_source(const std::string& source_id) const;
    std::vector<const Item*> items_in_area(const std::string& area_id) const;
    bool supports(Mode m) const;
    const UnitKind* find_unit_kind(const std::string& kind_id) const;
    const Framework* find_framework(const std::string& framework_id) const;
    const PreviousVersion* find_previous_version(const std::string& version) const;
};

// Orders version strings: dot-separated parts compared as numbers where both are digits
// ("1.10.0" after "1.9.0"), else as text. <0, 0 or >0.
int version_order(std::string_view a, std::string_view b);

// Reads and validates an instrument from JSON text. Returns nullopt when any
// error was found; every problem is in `diag` with its JSON path.
std::optional<Instrument> load_instrument(std::string_view json_text, Diagnostics& diag);

// Writes an instrument back to JSON (used by tests and by `spegeln instruments --json`).
std::string instrument_to_json(const Instrument& instrument);

}  // namespace spegeln

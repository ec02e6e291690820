// audit.h — a brukarrevision: a user-led audit of a verksamhet (issue 9).
//
// Trained user auditors from an association (a brukarförening) interview
// patients and närstående, hold focus groups, observe, read documents and talk
// with staff and management; they record, per item of the brukarrevision
// instrument, what each group of informants said (tallies), their own
// judgement, a written finding and anonymised quotes, and write
// recommendations. The unit answers each recommendation in the same file; the
// audit then moves on and is followed up by a new audit that carries the
// earlier recommendations and their status.
//
// States: utkast → skickad (sent to the unit; findings locked) → svar-mottaget
// (the unit's response recorded) → uppfoljd. Functions that change findings
// refuse with "diag.audit.locked" once the audit is sent: a new version is a
// new file (start_follow_up, or a copy in state utkast).
//
// The file format is "strategispegeln-brukarrevision" (docs/audit-format.md).
// As with assessments, fields this version does not know are kept and written back.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assessment.h"
#include "diagnostics.h"
#include "instrument.h"
#include "json_read.h"
#include "scoring.h"

namespace spegeln {

inline constexpr int kAuditFormatVersion = 1;
inline constexpr const char* kAuditFormatName = "strategispegeln-brukarrevision";

// Limits, the same as an assessment's (kMaxAnswers items) and some for lists
// within an item, so a hostile file cannot grow without bound.
inline constexpr size_t kMaxAuditItems = kMaxAnswers;
inline constexpr size_t kMaxAuditList = 1000;   // auditors, method entries, dates, quotes, recommendations
inline constexpr long long kMaxCount = 100000;  // informants, occasions and tallies

// The audit's sources (method), as docs/audit-format.md names them.
enum class AuditSource {
    IntervjuPatient,
    IntervjuNarstaende,
    Fokusgrupp,
    Enkat,
    Observation,
    Dokumentgranskning,
    SamtalPersonal,
    SamtalLedning
};
const char* audit_source_id(AuditSource s);  // "intervju-patient", …
std::optional<AuditSource> audit_source_from_id(const std::string& id);
inline constexpr AuditSource kAllAuditSources[] = {AuditSource::IntervjuPatient, AuditSource::IntervjuNarstaende,
                                                   AuditSource::Fokusgrupp,      AuditSource::Enkat,
                                                   AuditSource::Observation,     AuditSource::Dokumentgranskning,
                                                   AuditSource::SamtalPersonal,  AuditSource::SamtalLedning};

// The groups whose answers are tallied per item (the instrument's "asked_of").
// Patients and närstående are the users' side, personal and ledning the staff's.
enum class InformantGroup { Patient, Narstaende, Personal, Ledning };
const char* informant_group_id(InformantGroup g);  // "patient", "narstaende", "personal", "ledning"
std::optional<InformantGroup> informant_group_from_id(const std::string& id);
bool is_user_side(InformantGroup g);

enum class AuditState { Utkast, Skickad, SvarMottaget, Uppfoljd };
const char* audit_state_id(AuditState s);  // "utkast", "skickad", "svar-mottaget", "uppfoljd"
std::optional<AuditState> audit_state_from_id(const std::string& id);

enum class Priority { Hog, Medel, Lag };
const char* priority_id(Priority p);  // "hog", "medel", "lag"
std::optional<Priority> priority_from_id(const std::string& id);

enum class ResponseStatus { Planerad, Pagar, Genomford, Avbojd };
const char* response_status_id(ResponseStatus s);  // "planerad", "pagar", "genomford", "avbojd"
std::optional<ResponseStatus> response_status_from_id(const std::string& id);

// The auditors' judgement of an item: a level on the item's scale, or one of
// three statuses that are not scale values. InteUndersokt (not looked at) is
// not Nej (looked at and found missing); both it and VetEj count as missing in
// the score, EjAktuellt leaves the item out.
enum class JudgementStatus { Unjudged, Level, InteUndersokt, VetEj, EjAktuellt };

struct Judgement {
    JudgementStatus status = JudgementStatus::Unjudged;
    int level = 0;  // when status == Level
};

// How many of a group answered yes, partly and no to an item.
struct Tally {
    int ja = 0;
    int delvis = 0;
    int nej = 0;
    int total() const { return ja + delvis + nej; }
    // 0–1: ja 1, delvis ½, nej 0; nullopt without answers.
    std::optional<double> value() const;
};

struct Auditor {
    std::string role;  // "brukarrevisor", "samordnare", …
    std::string name;  // optional; shown only when AuditHeader::show_names
    json extra = json::object();
};

struct AuditHeader {
    std::string unit_name;
    std::string unit_kind;               // among the instrument's unit_kinds ("psykiatri-oppenvard"); "" = not said
    std::string old_unit_type;           // an older file's "verksamhet.type", kept and written back as it was
    bool unit_kind_from_type = false;    // unit_kind was read from old_unit_type (settle_unit_kind in assessment.h)
    std::string period_from, period_to;  // YYYY-MM-DD
    std::string association;             // the user association that runs the audit
    std::vector<Auditor> auditors;
    bool show_names = false;  // auditors' names in the report: off by default
    std::string unit_contact_role;
    std::string informants_informed;   // how informants were told about the audit
    bool voluntary_explained = false;  // and that taking part is voluntary
    json unit_extra = json::object();
    json extra = json::object();
};

struct MethodEntry {
    AuditSource source = AuditSource::IntervjuPatient;
    int informants = 0;  // people (interviews, focus groups, surveys)
    int occasions = 0;   // sessions (observations, document readings, conversations)
    std::vector<std::string> dates;
    std::string note;
    json extra = json::object();
};

struct AuditItem {
    std::map<InformantGroup, Tally> tallies;
    Judgement judgement;
    std::string finding;
    std::vector<std::string> quotes;
    json extra = json::object();

    bool is_empty() const {
        return tallies.empty() && judgement.status == JudgementStatus::Unjudged && finding.empty() && quotes.empty() &&
               extra.empty();
    }
};

struct Response {
    std::string action;
    std::string responsible_role;
    std::string date;  // by when, YYYY-MM-DD
    ResponseStatus status = ResponseStatus::Planerad;
    std::string reason;  // required when avbojd
    json extra = json::object();
};

struct Recommendation {
    std::string id;
    std::string text;
    std::vector<std::string> items;  // the findings it rests on (item ids)
    Priority priority = Priority::Medel;
    std::optional<Response> response;
    json extra = json::object();
};

struct StateChange {
    AuditState state = AuditState::Utkast;
    std::string date;
};

// What a follow-up carries from the audit it follows.
struct PreviousAudit {
    std::string audit_id;
    std::string period_from, period_to;
    std::vector<Recommendation> recommendations;  // with the unit's response and status
    std::map<std::string, Judgement> judgements;  // the earlier judgement per item
    json extra = json::object();
};

struct Audit {
    std::string id;
    std::string instrument_id;
    std::string instrument_version;
    std::vector<std::string> instrument_item_ids;
    AuditHeader header;
    std::vector<MethodEntry> method;
    std::map<std::string, AuditItem> items;  // by item id
    std::vector<Recommendation> recommendations;
    AuditState state = AuditState::Utkast;
    std::vector<StateChange> history;  // each change of state with its date
    std::optional<PreviousAudit> previous;
    std::string notes;
    std::string created, modified;
    json instrument_extra = json::object();
    json extra = json::object();

    const AuditItem* find_item(const std::string& item_id) const;
    const Recommendation* find_recommendation(const std::string& id) const;
};

// ---- Reading, writing, checking (audit_json.cpp) ----

// Reads and validates an audit. Structural problems are errors and give
// nullopt; with an instrument the items are checked against it too.
std::optional<Audit> load_audit(std::string_view json_text, Diagnostics& diag, const Instrument* instrument = nullptr);
std::string audit_to_json(const Audit& a);

// Errors: another instrument, a level outside an item's scale. Warnings:
// another version, judgements of unknown items and recommendations tied to
// them (kept, not scored), an instrument not written for brukarrevision.
void check_audit_against_instrument(const Audit& a, const Instrument& instrument, Diagnostics& diag);

// ---- The state machine and edits (audit.cpp) ----

Audit new_audit(const Instrument& instrument);

// Findings (header, method, items, recommendations) can change only in utkast.
bool findings_locked(const Audit& a);

// Each returns false and adds one error naming the reason when the change is
// refused (the audit is sent: "diag.audit.locked"; an unknown recommendation, …).
bool set_judgement(Audit& a, const std::string& item_id, Judgement j, Diagnostics& diag);
bool set_tally(Audit& a, const std::string& item_id, InformantGroup group, Tally t, Diagnostics& diag);
bool set_finding(Audit& a, const std::string& item_id, const std::string& text, Diagnostics& diag);
bool add_quote(Audit& a, const std::string& item_id, const std::string& quote, Diagnostics& diag);
// Removes quote number `index` (0-based) of the item; refused when there is no such quote.
bool remove_quote(Audit& a, const std::string& item_id, size_t index, Diagnostics& diag);
bool set_method(Audit& a, std::vector<MethodEntry> method, Diagnostics& diag);
bool set_header(Audit& a, AuditHeader header, Diagnostics& diag);
// Adds the recommendation, or replaces the one with the same id.
bool put_recommendation(Audit& a, Recommendation r, Diagnostics& diag);
bool remove_recommendation(Audit& a, const std::string& id, Diagnostics& diag);
// The unit's response: only once the audit is sent (skickad or svar-mottaget).
bool set_response(Audit& a, const std::string& recommendation_id, Response r, Diagnostics& diag);

// Moves the audit one step on (utkast → skickad → svar-mottaget → uppfoljd) and
// records the date. Refused: going back or skipping a step, sending without any
// judged item or with a recommendation not tied to a finding, "svar mottaget"
// while a recommendation has no response.
bool advance_state(Audit& a, AuditState to, const std::string& date, Diagnostics& diag);

// Whether `after` changed anything the lock protects compared with `before`:
// the app checks this before saving a sent audit.
bool findings_equal(const Audit& before, const Audit& after);

// A new audit in utkast of the same unit and instrument, that carries the
// earlier audit's recommendations with their response and status, and its
// judgements, so the report can say what changed.
Audit start_follow_up(const Audit& earlier, const Instrument& instrument);

// A brukarrevision assessment of the older format (mode brukarrevision) as an
// audit, losing nothing: levels, vet-ej and ej-aktuellt become judgements,
// comments become findings, notes and unknown fields are kept. Nej stays Nej,
// with one warning that the old format did not tell "not investigated" apart.
// An assessment in another mode is refused with an error.
std::optional<Audit> audit_from_assessment(const Assessment& assessment, Diagnostics& diag);

// ---- Scoring (audit_score.cpp) ----

// Users and staff differ on an item when both sides answered and their tally
// values (ja 1, delvis ½, nej 0) lie at least this far apart.
inline constexpr double kDisagreementGap = 0.5;

struct ItemDisagreement {
    std::string item_id;
    double users = 0.0;  // 0–1, patients and närstående together
    double staff = 0.0;  // 0–1, personal and ledning together
    double gap() const { return users > staff ? users - staff : staff - users; }
};

struct AuditDimension {
    DimensionScore score;      // as for an assessment (docs/scoring.md)
    int not_investigated = 0;  // items of the dimension judged "inte undersökt"
    int disagreements = 0;     // items of the dimension where users and staff differ
};

struct AuditScore {
    ScoreReport report;  // the auditors' judgements scored like an assessment
    std::vector<AuditDimension> principles;
    std::vector<AuditDimension> areas;
    int not_investigated = 0;
    std::vector<ItemDisagreement> disagreements;  // largest gap first
};

// The audit's judgements as an assessment (levels, vet-ej, ej-aktuellt; inte
// undersökt as missing) for the scoring rules of docs/scoring.md.
Assessment audit_as_assessment(const Audit& a);
std::optional<ItemDisagreement> item_disagreement(const std::string& item_id, const AuditItem& item);
AuditScore score_audit(const Instrument& instrument, const Audit& a);

}  // namespace spegeln

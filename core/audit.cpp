// The audit's names, state machine, edits, follow-up and migration (audit.h).
#include "audit.h"

#include <algorithm>

#include "ids.h"

namespace spegeln {
namespace {

template <typename E, size_t N>
std::optional<E> from_id(const std::string& id, const char* const (&ids)[N]) {
    for (size_t i = 0; i < N; ++i)
        if (id == ids[i]) return static_cast<E>(i);
    return std::nullopt;
}

constexpr const char* kSourceIds[] = {"intervju-patient", "intervju-narstaende", "fokusgrupp",      "enkat",
                                      "observation",      "dokumentgranskning",  "samtal-personal", "samtal-ledning"};
constexpr const char* kGroupIds[] = {"patient", "narstaende", "personal", "ledning"};
constexpr const char* kStateIds[] = {"utkast", "skickad", "svar-mottaget", "uppfoljd"};
constexpr const char* kPriorityIds[] = {"hog", "medel", "lag"};
constexpr const char* kResponseIds[] = {"planerad", "pagar", "genomford", "avbojd"};

// A state as a diagnostic argument: a key, so each language names it.
std::string state_name(AuditState s) {
    return std::string("diag.audit.state_name.") + audit_state_id(s);
}

// The one refusal of every edit of a sent audit.
bool editable(const Audit& a, Diagnostics& diag) {
    if (!findings_locked(a)) return true;
    diag.error("state", "diag.audit.locked", {state_name(a.state)});
    return false;
}

}  // namespace

const char* audit_source_id(AuditSource s) {
    return kSourceIds[static_cast<size_t>(s)];
}
std::optional<AuditSource> audit_source_from_id(const std::string& id) {
    return from_id<AuditSource>(id, kSourceIds);
}
const char* informant_group_id(InformantGroup g) {
    return kGroupIds[static_cast<size_t>(g)];
}
std::optional<InformantGroup> informant_group_from_id(const std::string& id) {
    return from_id<InformantGroup>(id, kGroupIds);
}
bool is_user_side(InformantGroup g) {
    return g == InformantGroup::Patient || g == InformantGroup::Narstaende;
}
const char* audit_state_id(AuditState s) {
    return kStateIds[static_cast<size_t>(s)];
}
std::optional<AuditState> audit_state_from_id(const std::string& id) {
    return from_id<AuditState>(id, kStateIds);
}
const char* priority_id(Priority p) {
    return kPriorityIds[static_cast<size_t>(p)];
}
std::optional<Priority> priority_from_id(const std::string& id) {
    return from_id<Priority>(id, kPriorityIds);
}
const char* response_status_id(ResponseStatus s) {
    return kResponseIds[static_cast<size_t>(s)];
}
std::optional<ResponseStatus> response_status_from_id(const std::string& id) {
    return from_id<ResponseStatus>(id, kResponseIds);
}

std::optional<double> Tally::value() const {
    if (total() == 0) return std::nullopt;
    return (ja + 0.5 * delvis) / total();
}

const AuditItem* Audit::find_item(const std::string& item_id) const {
    auto it = items.find(item_id);
    return it == items.end() ? nullptr : &it->second;
}

const Recommendation* Audit::find_recommendation(const std::string& rid) const {
    for (const auto& r : recommendations)
        if (r.id == rid) return &r;
    return nullptr;
}

Audit new_audit(const Instrument& instrument) {
    Audit a;
    a.instrument_id = instrument.id;
    a.instrument_version = instrument.version;
    for (const auto& item : instrument.items) a.instrument_item_ids.push_back(item.id);
    return a;
}

bool findings_locked(const Audit& a) {
    return a.state != AuditState::Utkast;
}

bool set_judgement(Audit& a, const std::string& item_id, Judgement j, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    a.items[item_id].judgement = j;
    return true;
}

bool set_tally(Audit& a, const std::string& item_id, InformantGroup group, Tally t, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    if (t.ja < 0 || t.delvis < 0 || t.nej < 0 || t.ja > kMaxCount || t.delvis > kMaxCount || t.nej > kMaxCount) {
        diag.error(path_member(path_member(path_key("items", item_id), "tallies"), informant_group_id(group)),
                   "diag.range", {"0", std::to_string(kMaxCount)});
        return false;
    }
    if (t.total() == 0)
        a.items[item_id].tallies.erase(group);
    else
        a.items[item_id].tallies[group] = t;
    return true;
}

bool set_finding(Audit& a, const std::string& item_id, const std::string& text, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    a.items[item_id].finding = text;
    return true;
}

bool add_quote(Audit& a, const std::string& item_id, const std::string& quote, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    auto& quotes = a.items[item_id].quotes;
    if (quotes.size() >= kMaxAuditList) {
        diag.error(path_member(path_key("items", item_id), "quotes"), "diag.too_many",
                   {std::to_string(quotes.size() + 1), std::to_string(kMaxAuditList)});
        return false;
    }
    quotes.push_back(quote);
    return true;
}

bool remove_quote(Audit& a, const std::string& item_id, size_t index, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    auto it = a.items.find(item_id);
    if (it == a.items.end() || index >= it->second.quotes.size()) {
        diag.error(path_member(path_key("items", item_id), "quotes"), "diag.range",
                   {"1", std::to_string(it == a.items.end() ? 0 : it->second.quotes.size())});
        return false;
    }
    it->second.quotes.erase(it->second.quotes.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

bool set_method(Audit& a, std::vector<MethodEntry> method, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    a.method = std::move(method);
    return true;
}

bool set_header(Audit& a, AuditHeader header, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    a.header = std::move(header);
    return true;
}

bool put_recommendation(Audit& a, Recommendation r, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    if (!is_valid_id(r.id)) {
        diag.error("recommendations", "diag.id.invalid", {quote_for_message(r.id)});
        return false;
    }
    for (auto& existing : a.recommendations)
        if (existing.id == r.id) {
            existing = std::move(r);
            return true;
        }
    if (a.recommendations.size() >= kMaxAuditList) {
        diag.error("recommendations", "diag.too_many",
                   {std::to_string(a.recommendations.size() + 1), std::to_string(kMaxAuditList)});
        return false;
    }
    a.recommendations.push_back(std::move(r));
    return true;
}

bool remove_recommendation(Audit& a, const std::string& rid, Diagnostics& diag) {
    if (!editable(a, diag)) return false;
    auto it = std::find_if(a.recommendations.begin(), a.recommendations.end(),
                           [&](const Recommendation& r) { return r.id == rid; });
    if (it == a.recommendations.end()) {
        diag.error("recommendations", "diag.audit.unknown_recommendation", {quote_for_message(rid)});
        return false;
    }
    a.recommendations.erase(it);
    return true;
}

bool set_response(Audit& a, const std::string& rid, Response r, Diagnostics& diag) {
    if (a.state != AuditState::Skickad && a.state != AuditState::SvarMottaget) {
        diag.error("state", "diag.audit.response_not_open", {state_name(a.state)});
        return false;
    }
    for (size_t i = 0; i < a.recommendations.size(); ++i) {
        if (a.recommendations[i].id != rid) continue;
        std::string p = path_member(path_index("recommendations", i), "response");
        if (r.status == ResponseStatus::Avbojd && r.reason.empty()) {
            diag.error(path_member(p, "reason"), "diag.audit.response.reason_missing");
            return false;
        }
        if (!r.date.empty() && !is_valid_date(r.date)) {
            diag.error(path_member(p, "date"), "diag.date.invalid", {quote_for_message(r.date)});
            return false;
        }
        a.recommendations[i].response = std::move(r);
        return true;
    }
    diag.error("recommendations", "diag.audit.unknown_recommendation", {quote_for_message(rid)});
    return false;
}

bool advance_state(Audit& a, AuditState to, const std::string& date, Diagnostics& diag) {
    if (static_cast<int>(to) != static_cast<int>(a.state) + 1) {
        diag.error("state", "diag.audit.state_step", {state_name(a.state), state_name(to)});
        return false;
    }
    if (!is_valid_date(date)) {
        diag.error("history", "diag.date.invalid", {quote_for_message(date)});
        return false;
    }
    if (to == AuditState::Skickad) {
        bool judged = std::any_of(a.items.begin(), a.items.end(), [](const auto& kv) {
            return kv.second.judgement.status != JudgementStatus::Unjudged;
        });
        if (!judged) {
            diag.error("items", "diag.audit.nothing_judged");
            return false;
        }
        if (!is_valid_date(a.header.period_from) || !is_valid_date(a.header.period_to)) {
            diag.error("header.period", "diag.audit.period_missing");
            return false;
        }
        if (a.header.period_to < a.header.period_from) {
            diag.error("header.period", "diag.audit.period_order", {a.header.period_from, a.header.period_to});
            return false;
        }
        for (size_t i = 0; i < a.recommendations.size(); ++i) {
            const auto& r = a.recommendations[i];
            bool tied = !r.items.empty() && std::all_of(r.items.begin(), r.items.end(), [&](const std::string& id) {
                const AuditItem* item = a.find_item(id);
                return item && !item->is_empty();
            });
            if (!tied || r.text.empty()) {
                diag.error(path_index("recommendations", i), "diag.audit.recommendation.not_ready",
                           {quote_for_message(r.id)});
                return false;
            }
        }
    }
    if (to == AuditState::SvarMottaget) {
        for (size_t i = 0; i < a.recommendations.size(); ++i)
            if (!a.recommendations[i].response) {
                diag.error(path_index("recommendations", i), "diag.audit.no_response",
                           {quote_for_message(a.recommendations[i].id)});
                return false;
            }
    }
    a.state = to;
    a.history.push_back({to, date});
    return true;
}

bool findings_equal(const Audit& before, const Audit& after) {
    // Compared as the file writes them, without what may change after sending:
    // the state, its history, the responses and the free notes.
    auto locked_part = [](Audit a) {
        a.state = AuditState::Utkast;
        a.history.clear();
        a.notes.clear();
        a.modified.clear();
        for (auto& r : a.recommendations) r.response.reset();
        return audit_to_json(a);
    };
    return locked_part(before) == locked_part(after);
}

Audit start_follow_up(const Audit& earlier, const Instrument& instrument) {
    Audit a = new_audit(instrument);
    a.header = earlier.header;
    a.header.period_from.clear();
    a.header.period_to.clear();
    PreviousAudit p;
    p.audit_id = earlier.id;
    p.period_from = earlier.header.period_from;
    p.period_to = earlier.header.period_to;
    p.recommendations = earlier.recommendations;
    for (const auto& [id, item] : earlier.items)
        if (item.judgement.status != JudgementStatus::Unjudged) p.judgements[id] = item.judgement;
    a.previous = std::move(p);
    return a;
}

std::optional<Audit> audit_from_assessment(const Assessment& s, Diagnostics& diag) {
    if (s.mode != Mode::Brukarrevision) {
        diag.error("mode", "diag.audit.not_brukarrevision", {mode_id(s.mode)});
        return std::nullopt;
    }
    Audit a;
    a.id = s.id;
    a.instrument_id = s.instrument_id;
    a.instrument_version = s.instrument_version;
    a.instrument_item_ids = s.instrument_item_ids;
    a.instrument_extra = s.instrument_extra;
    a.header.unit_name = s.unit_name;
    a.header.unit_kind = s.unit_kind;
    a.header.old_unit_type = s.old_unit_type;
    a.header.unit_kind_from_type = s.unit_kind_from_type;
    a.header.unit_extra = s.unit_extra;
    // The assessment had one date and one respondent: the audit's period is that
    // day, and the respondent's role is the (first) auditor's.
    a.header.period_from = a.header.period_to = s.date;
    if (!s.respondent_role.empty()) a.header.auditors.push_back({s.respondent_role, "", json::object()});
    int nej = 0;
    for (const auto& [id, ans] : s.answers) {
        AuditItem item;
        switch (ans.status) {
            case AnswerStatus::Level:
                item.judgement = {JudgementStatus::Level, ans.level};
                if (ans.level == 0) ++nej;
                break;
            case AnswerStatus::VetEj:
                item.judgement = {JudgementStatus::VetEj, 0};
                break;
            case AnswerStatus::EjAktuellt:
                item.judgement = {JudgementStatus::EjAktuellt, 0};
                break;
            case AnswerStatus::Unanswered:
                break;
        }
        item.finding = ans.comment;
        item.extra = ans.extra;
        a.items[id] = std::move(item);
    }
    a.notes = s.notes;
    a.created = s.created;
    a.modified = s.modified;
    a.extra = s.extra;
    // Where it came from, so nothing about the old file is lost either.
    if (!a.extra.contains("migrated_from"))
        a.extra["migrated_from"] = {{"format", "strategispegeln-assessment"}, {"mode", mode_id(s.mode)}};
    if (nej > 0) diag.warning("items", "diag.audit.migrated_nej", {std::to_string(nej)});
    return a;
}

void check_audit_against_instrument(const Audit& a, const Instrument& in, Diagnostics& diag) {
    // The judgements are checked by the assessment's rules; their paths name the
    // audit's fields ("items[…]" where an assessment has "answers[…]").
    Diagnostics local;
    Assessment as = audit_as_assessment(a);
    settle_unit_kind(as, in);  // an old "type" the instrument has no kind for selects nothing, as for assessments
    check_against_instrument(as, in, local);
    for (auto d : local.items) {
        if (d.path.rfind("answers", 0) == 0) d.path = "items" + d.path.substr(7);
        if (d.code == "diag.mode.not_supported") continue;
        if (d.code == "diag.instrument.other")
            d.code = "diag.audit.instrument_other";  // a brukarrevision instrument is asked for below
        diag.items.push_back(std::move(d));
    }
    if (a.instrument_id != in.id) return;
    // Items with only tallies, a finding or "inte undersökt" are not answers of
    // the assessment above; an unknown one is reported here (the same cap of 20).
    size_t unknown = 0;
    for (const auto& [id, item] : a.items) {
        auto s = item.judgement.status;
        bool answered = s == JudgementStatus::Level || s == JudgementStatus::VetEj || s == JudgementStatus::EjAktuellt;
        if (answered || in.find_item(id) || ++unknown > 20) continue;
        diag.warning(path_key("items", id), "diag.answer.unknown_item",
                     {quote_for_message(in.id), quote_for_message(in.version)});
    }
    if (!in.supports(Mode::Brukarrevision))
        diag.warning("instrument.id", "diag.mode.not_supported", {"brukarrevision"});
    for (size_t i = 0; i < a.recommendations.size(); ++i)
        for (size_t k = 0; k < a.recommendations[i].items.size(); ++k)
            if (!in.find_item(a.recommendations[i].items[k]))
                diag.warning(path_index(path_member(path_index("recommendations", i), "items"), k),
                             "diag.audit.recommendation.item_not_in_instrument",
                             {quote_for_message(a.recommendations[i].items[k]), quote_for_message(in.id)});
}

}  // namespace spegeln

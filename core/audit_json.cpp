// Reading and writing brukarrevision files (format in docs/audit-format.md).
#include "audit.h"
#include "audit_json_fields.h"
#include "ids.h"

namespace spegeln {
namespace {

using namespace audit_fields;

json take_unknown(json& obj, const std::set<std::string>& known) {
    json extra = json::object();
    auto& out = extra.get_ref<json::object_t&>();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (!known.count(it.key())) out.emplace_back(it.key(), std::move(it.value()));
    return extra;
}

// The member `name` of `obj` when it is of the wanted type; an error when it is
// there with another type. nullptr when absent or wrong.
json* member(json& obj, std::string_view name, const std::string& path, bool want_array, Diagnostics& diag,
             bool required = false) {
    auto it = obj.find(std::string(name));
    std::string p = path_member(path, name);
    if (it == obj.end() || it->is_null()) {
        if (required) diag.error(p, "diag.missing");
        return nullptr;
    }
    if (want_array ? !it->is_array() : !it->is_object()) {
        diag.error(p, "diag.wrong_type", {want_array ? "diag.type.array" : "diag.type.object", type_code(*it)});
        return nullptr;
    }
    if (want_array && it->size() > kMaxAuditList) {
        diag.error(p, "diag.too_many", {std::to_string(it->size()), std::to_string(kMaxAuditList)});
        return nullptr;
    }
    return &*it;
}

void read_bool(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, bool& out) {
    auto it = obj.find(std::string(name));
    if (it == obj.end() || it->is_null()) return;
    if (!it->is_boolean()) {
        diag.error(path_member(path, name), "diag.wrong_type", {"diag.type.boolean", type_code(*it)});
        return;
    }
    out = it->get<bool>();
}

void read_count(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, int& out) {
    long long v = 0;
    if (!obj.contains(std::string(name)) || !read_integer(obj, name, path, diag, v, false)) return;
    if (v < 0 || v > kMaxCount) {
        diag.error(path_member(path, name), "diag.range", {"0", std::to_string(kMaxCount)});
        return;
    }
    out = static_cast<int>(v);
}

void read_date(const json& obj, std::string_view name, const std::string& path, Diagnostics& diag, std::string& out) {
    if (read_string(obj, name, path, diag, out, false) && !out.empty() && !is_valid_date(out))
        diag.error(path_member(path, name), "diag.date.invalid", {quote_for_message(out)});
}

void read_period(json& obj, const std::string& path, Diagnostics& diag, std::string& from, std::string& to) {
    json* p = member(obj, "period", path, false, diag);
    if (!p) return;
    std::string pp = path_member(path, "period");
    read_date(*p, "from", pp, diag, from);
    read_date(*p, "to", pp, diag, to);
    // A warning, not an error: the app saves a period as it is typed, and an audit saved with its
    // dates the wrong way round must still open so they can be put right. Sending refuses it
    // (advance_state).
    if (is_valid_date(from) && is_valid_date(to) && to < from) diag.warning(pp, "diag.audit.period_order", {from, to});
}

void read_strings(json& obj, std::string_view name, const std::string& path, Diagnostics& diag,
                  std::vector<std::string>& out, bool dates = false) {
    json* arr = member(obj, name, path, true, diag);
    if (!arr) return;
    std::string p = path_member(path, name);
    for (size_t i = 0; i < arr->size(); ++i) {
        const json& v = (*arr)[i];
        if (!v.is_string()) {
            diag.error(path_index(p, i), "diag.wrong_type", {"diag.type.string", type_code(v)});
            continue;
        }
        std::string s = v.get<std::string>();
        if (dates && !is_valid_date(s)) diag.error(path_index(p, i), "diag.date.invalid", {quote_for_message(s)});
        out.push_back(std::move(s));
    }
}

// {"level": 2} or {"status": "inte-undersokt" | "vet-ej" | "ej-aktuellt"}.
void read_judgement(const json& v, const std::string& p, Diagnostics& diag, Judgement& j) {
    bool has_level = v.contains("level") && !v["level"].is_null();
    std::string status;
    bool has_status = read_string(v, "status", p, diag, status, false) && v.contains("status") && !status.empty();
    if (has_level) {
        long long level = 0;
        if (read_integer(v, "level", p, diag, level, true)) {
            if (level < 0)
                diag.error(path_member(p, "level"), "diag.level.negative", {std::to_string(level)});
            else if (level > 1000)
                diag.error(path_member(p, "level"), "diag.level.implausible", {std::to_string(level)});
            else
                j = {JudgementStatus::Level, static_cast<int>(level)};
        }
    }
    if (!has_status) return;
    JudgementStatus s = JudgementStatus::Unjudged;
    if (status == "inte-undersokt")
        s = JudgementStatus::InteUndersokt;
    else if (status == "vet-ej")
        s = JudgementStatus::VetEj;
    else if (status == "ej-aktuellt")
        s = JudgementStatus::EjAktuellt;
    else {
        diag.error(path_member(p, "status"), "diag.audit.judgement_status.unknown", {quote_for_message(status)});
        return;
    }
    if (has_level) {
        diag.error(p, "diag.answer.level_and_status", {quote_for_message(status)});
        return;
    }
    j = {s, 0};
}

void read_recommendations(json& obj, const std::string& path, Diagnostics& diag, std::vector<Recommendation>& out) {
    json* arr = member(obj, "recommendations", path, true, diag);
    if (!arr) return;
    std::string base = path_member(path, "recommendations");
    std::set<std::string> seen;
    for (size_t i = 0; i < arr->size(); ++i) {
        json& v = (*arr)[i];
        std::string p = path_index(base, i);
        if (!v.is_object()) {
            diag.error(p, "diag.wrong_type", {"diag.type.object", type_code(v)});
            continue;
        }
        Recommendation r;
        if (read_string(v, "id", p, diag, r.id, true)) {
            if (!is_valid_id(r.id))
                diag.error(path_member(p, "id"), "diag.id.invalid", {quote_for_message(r.id)});
            else if (!seen.insert(r.id).second)
                diag.error(path_member(p, "id"), "diag.id.duplicate",
                           {"diag.what.recommendation", quote_for_message(r.id)});
        }
        if (read_string(v, "text", p, diag, r.text, true) && v.contains("text") && r.text.empty())
            diag.error(path_member(p, "text"), "diag.empty");
        read_strings(v, "items", p, diag, r.items);
        std::string priority;
        if (read_string(v, "priority", p, diag, priority, true) && v.contains("priority")) {
            if (auto pr = priority_from_id(priority))
                r.priority = *pr;
            else
                diag.error(path_member(p, "priority"), "diag.audit.priority.unknown", {quote_for_message(priority)});
        }
        if (json* resp = member(v, "response", p, false, diag)) {
            std::string rp = path_member(p, "response");
            Response res;
            read_string(*resp, "action", rp, diag, res.action, false);
            read_string(*resp, "responsible_role", rp, diag, res.responsible_role, false);
            read_date(*resp, "date", rp, diag, res.date);
            std::string status;
            if (read_string(*resp, "status", rp, diag, status, true) && resp->contains("status")) {
                if (auto s = response_status_from_id(status))
                    res.status = *s;
                else
                    diag.error(path_member(rp, "status"), "diag.audit.response_status.unknown",
                               {quote_for_message(status)});
            }
            read_string(*resp, "reason", rp, diag, res.reason, false);
            if (res.status == ResponseStatus::Avbojd && res.reason.empty())
                diag.error(path_member(rp, "reason"), "diag.audit.response.reason_missing");
            res.extra = take_unknown(*resp, kResponseFields);
            r.response = std::move(res);
        }
        r.extra = take_unknown(v, kRecommendationFields);
        out.push_back(std::move(r));
    }
}

void read_header(json& root, Diagnostics& diag, AuditHeader& h) {
    json* hj = member(root, "header", "", false, diag);
    if (!hj) return;
    const std::string p = "header";
    if (json* unit = member(*hj, "verksamhet", p, false, diag)) {
        std::string up = path_member(p, "verksamhet");
        read_string(*unit, "name", up, diag, h.unit_name, false);
        read_string(*unit, "unit_kind", up, diag, h.unit_kind, false);
        // Files written before unit kinds came from the instrument said "type" (assessment.h).
        if (read_string(*unit, "type", up, diag, h.old_unit_type, false) && h.unit_kind.empty()) {
            h.unit_kind = unit_kind_for_old_type(h.old_unit_type).value_or("");
            h.unit_kind_from_type = !h.unit_kind.empty();
        }
        h.unit_extra = take_unknown(*unit, kUnitFields);
    }
    read_period(*hj, p, diag, h.period_from, h.period_to);
    read_string(*hj, "association", p, diag, h.association, false);
    if (json* arr = member(*hj, "auditors", p, true, diag)) {
        for (size_t i = 0; i < arr->size(); ++i) {
            json& v = (*arr)[i];
            std::string ap = path_index(path_member(p, "auditors"), i);
            if (!v.is_object()) {
                diag.error(ap, "diag.wrong_type", {"diag.type.object", type_code(v)});
                continue;
            }
            Auditor a;
            read_string(v, "role", ap, diag, a.role, true);
            read_string(v, "name", ap, diag, a.name, false);
            a.extra = take_unknown(v, kAuditorFields);
            h.auditors.push_back(std::move(a));
        }
    }
    read_bool(*hj, "show_names", p, diag, h.show_names);
    read_string(*hj, "unit_contact_role", p, diag, h.unit_contact_role, false);
    read_string(*hj, "informants_informed", p, diag, h.informants_informed, false);
    read_bool(*hj, "voluntary_explained", p, diag, h.voluntary_explained);
    h.extra = take_unknown(*hj, kHeaderFields);
}

void read_method(json& root, Diagnostics& diag, std::vector<MethodEntry>& out) {
    json* arr = member(root, "method", "", true, diag);
    if (!arr) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < arr->size(); ++i) {
        json& v = (*arr)[i];
        std::string p = path_index("method", i);
        if (!v.is_object()) {
            diag.error(p, "diag.wrong_type", {"diag.type.object", type_code(v)});
            continue;
        }
        MethodEntry m;
        std::string source;
        if (read_string(v, "source", p, diag, source, true) && v.contains("source")) {
            if (auto s = audit_source_from_id(source)) {
                m.source = *s;
                if (!seen.insert(source).second)
                    diag.error(path_member(p, "source"), "diag.audit.source.twice", {quote_for_message(source)});
            } else {
                diag.error(path_member(p, "source"), "diag.audit.source.unknown", {quote_for_message(source)});
            }
        }
        read_count(v, "informants", p, diag, m.informants);
        read_count(v, "occasions", p, diag, m.occasions);
        read_strings(v, "dates", p, diag, m.dates, true);
        read_string(v, "note", p, diag, m.note, false);
        m.extra = take_unknown(v, kMethodFields);
        out.push_back(std::move(m));
    }
}

void read_item(json& v, const std::string& p, Diagnostics& diag, AuditItem& item) {
    if (!v.is_object()) {
        diag.error(p, "diag.wrong_type", {"diag.type.object", type_code(v)});
        return;
    }
    if (json* tallies = member(v, "tallies", p, false, diag)) {
        std::string tp = path_member(p, "tallies");
        for (auto it = tallies->begin(); it != tallies->end(); ++it) {
            std::string gp = path_member(tp, it.key());
            auto group = informant_group_from_id(it.key());
            if (!group) {
                diag.error(gp, "diag.audit.group.unknown", {quote_for_message(it.key())});
                continue;
            }
            if (!it->is_object()) {
                diag.error(gp, "diag.wrong_type", {"diag.type.object", type_code(*it)});
                continue;
            }
            Tally t;
            read_count(*it, "ja", gp, diag, t.ja);
            read_count(*it, "delvis", gp, diag, t.delvis);
            read_count(*it, "nej", gp, diag, t.nej);
            item.tallies[*group] = t;
        }
    }
    read_judgement(v, p, diag, item.judgement);
    read_string(v, "finding", p, diag, item.finding, false);
    read_strings(v, "quotes", p, diag, item.quotes);
    item.extra = take_unknown(v, kItemFields);
}

// The sources a group's answers can come from.
bool source_reaches(AuditSource s, InformantGroup g) {
    switch (s) {
        case AuditSource::IntervjuPatient:
            return g == InformantGroup::Patient;
        case AuditSource::IntervjuNarstaende:
            return g == InformantGroup::Narstaende;
        case AuditSource::Fokusgrupp:
        case AuditSource::Enkat:
            return g != InformantGroup::Ledning;
        case AuditSource::SamtalPersonal:
            return g == InformantGroup::Personal;
        case AuditSource::SamtalLedning:
            return g == InformantGroup::Ledning;
        case AuditSource::Observation:
        case AuditSource::Dokumentgranskning:
            return false;
    }
    return false;
}

// A warning where an item's tally for a group counts more people than the
// method says were asked (a typing slip, or a source missing from the method).
// Without a method there is nothing to compare with.
void check_tallies_against_method(const Audit& a, Diagnostics& diag) {
    if (a.method.empty()) return;
    for (const auto& [id, item] : a.items)
        for (const auto& [group, t] : item.tallies) {
            long long informants = 0;
            for (const auto& m : a.method)
                if (source_reaches(m.source, group)) informants += m.informants;
            if (t.total() > informants)
                diag.warning(path_member(path_member(path_key("items", id), "tallies"), informant_group_id(group)),
                             "diag.audit.tally_exceeds_informants",
                             {std::to_string(t.total()), std::to_string(informants),
                              std::string("diag.audit.group_name.") + informant_group_id(group)});
        }
}

}  // namespace

std::optional<Audit> load_audit(std::string_view json_text, Diagnostics& diag, const Instrument* instrument) {
    Diagnostics local;
    const DocumentKind kind{kAuditFormatName, kAuditFormatVersion, "diag.audit.not_object", "diag.format.not_audit"};
    auto parsed = read_document_head(json_text, kind, local);
    if (!parsed) {
        diag.append(local);
        return std::nullopt;
    }
    json& root = *parsed;
    Audit a;
    read_string(root, "id", "", local, a.id, false);
    if (json* inst = member(root, "instrument", "", false, local, true)) {
        read_string(*inst, "id", "instrument", local, a.instrument_id, true);
        read_string(*inst, "version", "instrument", local, a.instrument_version, true);
        read_strings(*inst, "item_ids", "instrument", local, a.instrument_item_ids);
        a.instrument_extra = take_unknown(*inst, kInstrumentFields);
    }
    std::string state;
    if (read_string(root, "state", "", local, state, false) && root.contains("state")) {
        if (auto s = audit_state_from_id(state))
            a.state = *s;
        else
            local.error("state", "diag.audit.state.unknown", {quote_for_message(state)});
    }
    if (json* hist = member(root, "history", "", true, local)) {
        for (size_t i = 0; i < hist->size(); ++i) {
            const json& v = (*hist)[i];
            std::string p = path_index("history", i);
            if (!v.is_object()) {
                local.error(p, "diag.wrong_type", {"diag.type.object", type_code(v)});
                continue;
            }
            StateChange c;
            std::string s;
            if (read_string(v, "state", p, local, s, true) && v.contains("state")) {
                if (auto st = audit_state_from_id(s))
                    c.state = *st;
                else
                    local.error(path_member(p, "state"), "diag.audit.state.unknown", {quote_for_message(s)});
            }
            read_date(v, "date", p, local, c.date);
            a.history.push_back(std::move(c));
        }
    }
    read_header(root, local, a.header);
    read_method(root, local, a.method);
    if (json* items = member(root, "items", "", false, local)) {
        if (items->size() > kMaxAuditItems) {
            local.error("items", "diag.too_many", {std::to_string(items->size()), std::to_string(kMaxAuditItems)});
        } else {
            for (auto it = items->begin(); it != items->end(); ++it) {
                AuditItem item;
                read_item(it.value(), path_key("items", it.key()), local, item);
                a.items[it.key()] = std::move(item);
            }
        }
    }
    check_tallies_against_method(a, local);
    read_recommendations(root, "", local, a.recommendations);
    for (size_t i = 0; i < a.recommendations.size(); ++i) {
        const auto& r = a.recommendations[i];
        std::string p = path_index("recommendations", i);
        if (r.items.empty()) local.error(path_member(p, "items"), "diag.audit.recommendation.no_items");
        // A finding is an item with something recorded: an empty one is not
        // written back, so nothing may rest on it.
        for (size_t k = 0; k < r.items.size(); ++k)
            if (const AuditItem* item = a.find_item(r.items[k]); !item || item->is_empty())
                local.error(path_index(path_member(p, "items"), k), "diag.audit.recommendation.unknown_item",
                            {quote_for_message(r.items[k])});
        if (r.response && a.state == AuditState::Utkast)
            local.error(path_member(p, "response"), "diag.audit.response_in_draft");
    }
    if (json* prev = member(root, "previous", "", false, local)) {
        PreviousAudit pa;
        read_string(*prev, "audit_id", "previous", local, pa.audit_id, false);
        read_period(*prev, "previous", local, pa.period_from, pa.period_to);
        read_recommendations(*prev, "previous", local, pa.recommendations);
        if (json* js = member(*prev, "judgements", "previous", false, local)) {
            if (js->size() > kMaxAuditItems) {
                local.error("previous.judgements", "diag.too_many",
                            {std::to_string(js->size()), std::to_string(kMaxAuditItems)});
            } else {
                for (auto it = js->begin(); it != js->end(); ++it) {
                    std::string p = path_key("previous.judgements", it.key());
                    if (!it->is_object()) {
                        local.error(p, "diag.wrong_type", {"diag.type.object", type_code(*it)});
                        continue;
                    }
                    read_judgement(*it, p, local, pa.judgements[it.key()]);
                }
            }
        }
        pa.extra = take_unknown(*prev, kPreviousFields);
        a.previous = std::move(pa);
    }
    read_string(root, "notes", "", local, a.notes, false);
    read_string(root, "created", "", local, a.created, false);
    read_string(root, "modified", "", local, a.modified, false);
    a.extra = take_unknown(root, kTopFields);
    if (instrument && !local.has_errors()) check_audit_against_instrument(a, *instrument, local);
    bool ok = !local.has_errors();
    diag.append(local);
    if (!ok) return std::nullopt;
    return a;
}

}  // namespace spegeln

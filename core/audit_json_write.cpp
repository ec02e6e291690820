// Writing brukarrevision files (format in docs/audit-format.md): known fields
// in a fixed order, then the unknown ones each object was read with.
#include "audit.h"
#include "audit_json_fields.h"

namespace spegeln {
namespace {

using namespace audit_fields;

void append_unknown(json& target, const json& extra, const std::set<std::string>& known) {
    auto& out = target.get_ref<json::object_t&>();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (known.count(it.key()))
            target[it.key()] = it.value();
        else
            out.emplace_back(it.key(), it.value());
    }
}

void write_judgement(json& out, const Judgement& j) {
    switch (j.status) {
        case JudgementStatus::Level:
            out["level"] = j.level;
            break;
        case JudgementStatus::InteUndersokt:
            out["status"] = "inte-undersokt";
            break;
        case JudgementStatus::VetEj:
            out["status"] = "vet-ej";
            break;
        case JudgementStatus::EjAktuellt:
            out["status"] = "ej-aktuellt";
            break;
        case JudgementStatus::Unjudged:
            break;
    }
}

json recommendations_json(const std::vector<Recommendation>& list) {
    json arr = json::array();
    for (const auto& r : list) {
        json j = {{"id", r.id}, {"text", r.text}, {"items", r.items}, {"priority", priority_id(r.priority)}};
        if (r.response) {
            const Response& res = *r.response;
            json rj = {{"action", res.action},
                       {"responsible_role", res.responsible_role},
                       {"date", res.date},
                       {"status", response_status_id(res.status)}};
            if (!res.reason.empty()) rj["reason"] = res.reason;
            append_unknown(rj, res.extra, kResponseFields);
            j["response"] = std::move(rj);
        }
        append_unknown(j, r.extra, kRecommendationFields);
        arr.push_back(std::move(j));
    }
    return arr;
}

}  // namespace

std::string audit_to_json(const Audit& a) {
    json j = json::object();
    j["format"] = kAuditFormatName;
    j["format_version"] = kAuditFormatVersion;
    j["id"] = a.id;
    j["instrument"] = {{"id", a.instrument_id}, {"version", a.instrument_version}};
    if (!a.instrument_item_ids.empty()) j["instrument"]["item_ids"] = a.instrument_item_ids;
    append_unknown(j["instrument"], a.instrument_extra, kInstrumentFields);
    j["state"] = audit_state_id(a.state);
    json hist = json::array();
    for (const auto& c : a.history) hist.push_back({{"state", audit_state_id(c.state)}, {"date", c.date}});
    j["history"] = std::move(hist);

    const AuditHeader& h = a.header;
    json hj = json::object();
    hj["verksamhet"] = {{"name", h.unit_name}};
    if (!h.unit_kind.empty() && !h.unit_kind_from_type) hj["verksamhet"]["unit_kind"] = h.unit_kind;
    if (!h.old_unit_type.empty()) hj["verksamhet"]["type"] = h.old_unit_type;
    append_unknown(hj["verksamhet"], h.unit_extra, kUnitFields);
    hj["period"] = {{"from", h.period_from}, {"to", h.period_to}};
    hj["association"] = h.association;
    json auditors = json::array();
    for (const auto& au : h.auditors) {
        json x = {{"role", au.role}};
        if (!au.name.empty()) x["name"] = au.name;
        append_unknown(x, au.extra, kAuditorFields);
        auditors.push_back(std::move(x));
    }
    hj["auditors"] = std::move(auditors);
    hj["show_names"] = h.show_names;
    hj["unit_contact_role"] = h.unit_contact_role;
    hj["informants_informed"] = h.informants_informed;
    hj["voluntary_explained"] = h.voluntary_explained;
    append_unknown(hj, h.extra, kHeaderFields);
    j["header"] = std::move(hj);

    json method = json::array();
    for (const auto& m : a.method) {
        json x = {{"source", audit_source_id(m.source)},
                  {"informants", m.informants},
                  {"occasions", m.occasions},
                  {"dates", m.dates}};
        if (!m.note.empty()) x["note"] = m.note;
        append_unknown(x, m.extra, kMethodFields);
        method.push_back(std::move(x));
    }
    j["method"] = std::move(method);

    json items = json::object();
    for (const auto& [id, item] : a.items) {
        if (item.is_empty()) continue;
        json x = json::object();
        if (!item.tallies.empty()) {
            json t = json::object();
            for (const auto& [g, tally] : item.tallies)
                t[informant_group_id(g)] = {{"ja", tally.ja}, {"delvis", tally.delvis}, {"nej", tally.nej}};
            x["tallies"] = std::move(t);
        }
        write_judgement(x, item.judgement);
        if (!item.finding.empty()) x["finding"] = item.finding;
        if (!item.quotes.empty()) x["quotes"] = item.quotes;
        append_unknown(x, item.extra, kItemFields);
        items.get_ref<json::object_t&>().emplace_back(id, std::move(x));
    }
    j["items"] = std::move(items);
    j["recommendations"] = recommendations_json(a.recommendations);
    if (a.previous) {
        const PreviousAudit& p = *a.previous;
        json pj = {{"audit_id", p.audit_id},
                   {"period", {{"from", p.period_from}, {"to", p.period_to}}},
                   {"recommendations", recommendations_json(p.recommendations)}};
        json js = json::object();
        for (const auto& [id, judgement] : p.judgements) {
            json x = json::object();
            write_judgement(x, judgement);
            js.get_ref<json::object_t&>().emplace_back(id, std::move(x));
        }
        pj["judgements"] = std::move(js);
        append_unknown(pj, p.extra, kPreviousFields);
        j["previous"] = std::move(pj);
    }
    j["notes"] = a.notes;
    if (!a.created.empty()) j["created"] = a.created;
    if (!a.modified.empty()) j["modified"] = a.modified;
    append_unknown(j, a.extra, kTopFields);
    return dump_json(j);
}

}  // namespace spegeln

// The brukarrevisionsrapport (audit_report.h): one document, three forms.
#include "audit_report.h"

#include <cmath>

#include "bundled.h"
#include "csv.h"
#include "number_format.h"
#include "output.h"
#include "output_common.h"
#include "report_html.h"

namespace spegeln {
namespace {

constexpr std::string_view kTemplate = "templates/audit-report.html.mustache";
constexpr std::string_view kTextPrefix = "html_report.audit.";
constexpr InformantGroup kGroups[] = {InformantGroup::Patient, InformantGroup::Narstaende, InformantGroup::Personal,
                                      InformantGroup::Ledning};
constexpr Priority kPriorities[] = {Priority::Hog, Priority::Medel, Priority::Lag};

json opt(const std::optional<double>& v) {
    return v ? json(*v) : json(nullptr);
}

// A judgement as the report's JSON writes it: the level, or the status's id.
json judgement_json(const Judgement& j) {
    switch (j.status) {
        case JudgementStatus::Level:
            return j.level;
        case JudgementStatus::InteUndersokt:
            return "inte-undersokt";
        case JudgementStatus::VetEj:
            return "vet-ej";
        case JudgementStatus::EjAktuellt:
            return "ej-aktuellt";
        case JudgementStatus::Unjudged:
            break;
    }
    return nullptr;
}

json dimension_json(const AuditDimension& d) {
    const DimensionScore& s = d.score;
    return {{"id", s.id},
            {"score", opt(s.score)},
            {"coverage", s.coverage},
            {"uncertain", s.uncertain},
            {"answered", s.counts.answered},
            {"vet_ej", s.counts.vet_ej},
            {"ej_aktuellt", s.counts.ej_aktuellt},
            {"unanswered", s.counts.unanswered},
            {"not_investigated", d.not_investigated},
            {"disagreements", d.disagreements}};
}

json recommendation_json(const Recommendation& r) {
    json j = {{"id", r.id}, {"text", r.text}, {"items", r.items}, {"priority", priority_id(r.priority)}};
    if (r.response)
        j["response"] = {{"action", r.response->action},
                         {"responsible_role", r.response->responsible_role},
                         {"date", r.response->date},
                         {"status", response_status_id(r.response->status)},
                         {"reason", r.response->reason}};
    else
        j["response"] = nullptr;
    return j;
}

// Recommendations ordered hög, medel, låg; the file's order within each.
std::vector<const Recommendation*> by_priority(const std::vector<Recommendation>& list) {
    std::vector<const Recommendation*> out;
    for (Priority p : kPriorities)
        for (const auto& r : list)
            if (r.priority == p) out.push_back(&r);
    return out;
}

// Item ids in the instrument's order, then ids the instrument does not know.
std::vector<std::string> item_order(const Instrument& in, const Audit& a) {
    std::vector<std::string> ids;
    for (const auto& item : in.items)
        if (a.items.count(item.id)) ids.push_back(item.id);
    for (const auto& [id, item] : a.items)
        if (!in.find_item(id)) ids.push_back(id);
    return ids;
}

// Whether a judgement went up, down or stayed (levels only), for a follow-up.
const char* change_of(const Judgement& before, const Judgement& after) {
    if (before.status != JudgementStatus::Level || after.status != JudgementStatus::Level) return "jamfors-ej";
    if (after.level > before.level) return "battre";
    if (after.level < before.level) return "samre";
    return "oforandrad";
}

// ---- words for people ----

std::string score_of(const Words& w, const json& v) {
    return v.is_number() ? w.score(v.get<double>()) : w.score(std::nullopt);
}

// A judgement in words: the scale level's label, or the status's name.
std::string judgement_label(const Words& w, const Instrument& in, const std::string& item_id, const json& j) {
    if (j.is_number_integer()) {
        int level = j.get<int>();
        if (const Item* item = in.find_item(item_id)) {
            const Scale& s = in.scale_of(*item);
            if (level >= 0 && static_cast<size_t>(level) < s.levels.size())
                return s.levels[static_cast<size_t>(level)].label.in(w.lang);
        }
        return std::to_string(level);
    }
    if (j.is_string()) return w("judgement." + j.get<std::string>());
    return w("judgement.ej-bedomd");
}

std::string question_label(const Words& w, const Instrument& in, const std::string& id) {
    const Item* item = in.find_item(id);
    return item ? id + " " + item->text.in(w.lang) : id;
}

std::string tally_cell(const json& tallies, const char* group) {
    if (!tallies.contains(group)) return "";
    const json& t = tallies[group];
    return std::to_string(t["ja"].get<int>()) + "/" + std::to_string(t["delvis"].get<int>()) + "/" +
           std::to_string(t["nej"].get<int>());
}

json response_fields(const Words& w, const json& r) {
    if (r["response"].is_null()) return {{"has_response", false}, {"none", w("response.none")}};
    const json& res = r["response"];
    return {{"has_response", true},
            {"action", res["action"]},
            {"responsible_role", res["responsible_role"]},
            {"date", res["date"]},
            {"status", w("response_status." + res["status"].get<std::string>())},
            {"reason", res["reason"]},
            {"has_reason", !res["reason"].get<std::string>().empty()}};
}

json recommendation_fields(const Words& w, const Instrument& in, const json& r) {
    json items = json::array();
    for (const auto& id : r["items"]) items.push_back(question_label(w, in, id.get<std::string>()));
    // "recommendation", not "text": inside a section the template's {{text.…}}
    // must still reach the sentences.
    json f = {{"id", r["id"]},
              {"recommendation", r["text"]},
              {"priority", w("priority." + r["priority"].get<std::string>())},
              {"items", items}};
    f.update(response_fields(w, r));
    return f;
}

json report_fields(const Words& w, const Instrument& in, const Audit& a, const json& doc) {
    const std::string unit = a.header.unit_name.empty() ? w("unnamed_unit") : a.header.unit_name;
    std::string auditors;
    for (const auto& au : a.header.auditors) {
        std::string one = a.header.show_names && !au.name.empty() ? au.name + " (" + au.role + ")" : au.role;
        auditors += (auditors.empty() ? "" : ", ") + one;
    }
    json f = {
        {"document_title", w.format("document_title", {unit, a.header.period_to})},
        {"heading", w.format("heading", {unit})},
        {"instrument_title", in.title.in(w.lang)},
        {"unit", unit},
        {"unit_type", in.find_unit_kind(a.header.unit_kind) ? in.find_unit_kind(a.header.unit_kind)->title.in(w.lang)
                                                            : std::string()},
        {"period", w.format("period_value", {a.header.period_from, a.header.period_to})},
        {"association", a.header.association},
        {"auditors", auditors},
        {"contact", a.header.unit_contact_role},
        {"informed", a.header.informants_informed},
        {"voluntary", w(a.header.voluntary_explained ? "yes" : "no")},
        {"state", w("state." + std::string(audit_state_id(a.state)))},
        {"instrument", a.instrument_id + " " + a.instrument_version},
        {"overall", score_of(w, doc["overall"])},
        {"not_investigated", w.format("not_investigated_value", {std::to_string(doc["not_investigated"].get<int>())})},
        {"disagreements", w.format("disagreements_value", {std::to_string(doc["disagreements"].size())})}};
    auto dims = [&](const char* key, DimensionKind kind) {
        json rows = json::array();
        for (const auto& d : doc[key]) {
            std::string flag =
                d["score"].is_null() ? w("flag.no_score") : (d["uncertain"].get<bool>() ? w("flag.uncertain") : "");
            rows.push_back({{"title", w.title(in, kind, d["id"].get<std::string>())},
                            {"score", score_of(w, d["score"])},
                            {"coverage", w.percent(d["coverage"].get<double>())},
                            {"not_investigated", std::to_string(d["not_investigated"].get<int>())},
                            {"disagreements", std::to_string(d["disagreements"].get<int>())},
                            {"flag", flag}});
        }
        return rows;
    };
    f["principles"] = dims("principles", DimensionKind::Principle);
    f["areas"] = dims("areas", DimensionKind::Area);
    json method = json::array();
    for (const auto& m : doc["method"]) {
        std::string dates;
        for (const auto& d : m["dates"]) dates += (dates.empty() ? "" : ", ") + d.get<std::string>();
        method.push_back({{"source", w("source." + m["source"].get<std::string>())},
                          {"informants", std::to_string(m["informants"].get<int>())},
                          {"occasions", std::to_string(m["occasions"].get<int>())},
                          {"dates", dates},
                          {"note", m["note"]}});
    }
    f["method"] = std::move(method);
    f["has_method"] = !f["method"].empty();
    json items = json::array();
    for (const auto& it : doc["items"]) {
        const std::string id = it["id"].get<std::string>();
        json groups = json::array();
        for (InformantGroup g : kGroups) {
            const char* gid = informant_group_id(g);
            if (!it["tallies"].contains(gid)) continue;
            const json& t = it["tallies"][gid];
            groups.push_back({{"group", w("group." + std::string(gid))},
                              {"ja", std::to_string(t["ja"].get<int>())},
                              {"delvis", std::to_string(t["delvis"].get<int>())},
                              {"nej", std::to_string(t["nej"].get<int>())}});
        }
        items.push_back(
            {{"question", question_label(w, in, id)},
             {"judgement", judgement_label(w, in, id, it["judgement"])},
             {"has_tallies", !groups.empty()},
             {"tallies", groups},
             {"disagreement", it["disagreement"].get<bool>()},
             {"disagreement_text",
              w.format("disagreement_value", {w.percent(it["users"].is_number() ? it["users"].get<double>() : 0),
                                              w.percent(it["staff"].is_number() ? it["staff"].get<double>() : 0)})},
             {"finding", it["finding"]},
             {"has_quotes", !it["quotes"].empty()},
             {"quotes", it["quotes"]}});
    }
    f["items"] = std::move(items);
    json recs = json::array();
    for (const auto& r : doc["recommendations"]) recs.push_back(recommendation_fields(w, in, r));
    f["recommendations"] = std::move(recs);
    f["has_recommendations"] = !f["recommendations"].empty();
    if (doc["previous"].is_object()) {
        const json& p = doc["previous"];
        json prev_recs = json::array(), changes = json::array();
        for (const auto& r : p["recommendations"]) prev_recs.push_back(recommendation_fields(w, in, r));
        for (const auto& c : p["changes"]) {
            const std::string id = c["item"].get<std::string>();
            changes.push_back({{"question", question_label(w, in, id)},
                               {"before", judgement_label(w, in, id, c["before"])},
                               {"after", judgement_label(w, in, id, c["after"])},
                               {"change", w("change." + c["change"].get<std::string>())}});
        }
        f["previous"] = {{"period", w.format("period_value", {p["period"]["from"].get<std::string>(),
                                                              p["period"]["to"].get<std::string>()})},
                         {"recommendations", prev_recs},
                         {"changes", changes},
                         {"has_changes", !changes.empty()}};
    } else {
        f["previous"] = false;
    }
    f["has_notes"] = !a.notes.empty();
    f["notes"] = a.notes;
    return f;
}

}  // namespace

json audit_report_document(const Instrument& in, const Audit& a, const AuditScore& s) {
    json doc = {{"format", "strategispegeln-brukarrevisionsrapport"},
                {"format_version", 1},
                {"audit_id", a.id},
                {"instrument", {{"id", a.instrument_id}, {"version", a.instrument_version}}},
                {"state", audit_state_id(a.state)},
                {"verksamhet", {{"name", a.header.unit_name}, {"unit_kind", a.header.unit_kind}}},
                {"period", {{"from", a.header.period_from}, {"to", a.header.period_to}}},
                {"association", a.header.association}};
    json auditors = json::array();
    for (const auto& au : a.header.auditors) {
        json x = {{"role", au.role}};
        if (a.header.show_names && !au.name.empty()) x["name"] = au.name;  // names only when chosen
        auditors.push_back(std::move(x));
    }
    doc["auditors"] = std::move(auditors);
    doc["unit_contact_role"] = a.header.unit_contact_role;
    doc["informants_informed"] = a.header.informants_informed;
    doc["voluntary_explained"] = a.header.voluntary_explained;
    doc["overall"] = opt(s.report.overall);
    doc["incomplete"] = s.report.incomplete;
    doc["not_investigated"] = s.not_investigated;
    json principles = json::array(), areas = json::array();
    for (const auto& d : s.principles) principles.push_back(dimension_json(d));
    for (const auto& d : s.areas) areas.push_back(dimension_json(d));
    doc["principles"] = std::move(principles);
    doc["areas"] = std::move(areas);
    json method = json::array();
    for (const auto& m : a.method)
        method.push_back({{"source", audit_source_id(m.source)},
                          {"informants", m.informants},
                          {"occasions", m.occasions},
                          {"dates", m.dates},
                          {"note", m.note}});
    doc["method"] = std::move(method);
    json items = json::array();
    for (const auto& id : item_order(in, a)) {
        const AuditItem& item = a.items.at(id);
        json tallies = json::object();
        for (const auto& [g, t] : item.tallies)
            tallies[informant_group_id(g)] = {{"ja", t.ja}, {"delvis", t.delvis}, {"nej", t.nej}};
        Tally users, staff;
        for (const auto& [g, t] : item.tallies) {
            Tally& side = is_user_side(g) ? users : staff;
            side.ja += t.ja, side.delvis += t.delvis, side.nej += t.nej;
        }
        items.push_back({{"id", id},
                         {"judgement", judgement_json(item.judgement)},
                         {"tallies", tallies},
                         {"users", opt(users.value())},
                         {"staff", opt(staff.value())},
                         {"disagreement", item_disagreement(id, item).has_value()},
                         {"finding", item.finding},
                         {"quotes", item.quotes}});
    }
    doc["items"] = std::move(items);
    json dis = json::array();
    for (const auto& d : s.disagreements)
        dis.push_back({{"item", d.item_id}, {"users", d.users}, {"staff", d.staff}, {"gap", d.gap()}});
    doc["disagreements"] = std::move(dis);
    json recs = json::array();
    for (const Recommendation* r : by_priority(a.recommendations)) recs.push_back(recommendation_json(*r));
    doc["recommendations"] = std::move(recs);
    if (a.previous) {
        const PreviousAudit& p = *a.previous;
        json prev_recs = json::array(), changes = json::array();
        for (const Recommendation* r : by_priority(p.recommendations)) prev_recs.push_back(recommendation_json(*r));
        for (const auto& [id, before] : p.judgements) {
            const AuditItem* now = a.find_item(id);
            if (!now || now->judgement.status == JudgementStatus::Unjudged) continue;
            changes.push_back({{"item", id},
                               {"before", judgement_json(before)},
                               {"after", judgement_json(now->judgement)},
                               {"change", change_of(before, now->judgement)}});
        }
        doc["previous"] = {{"audit_id", p.audit_id},
                           {"period", {{"from", p.period_from}, {"to", p.period_to}}},
                           {"recommendations", prev_recs},
                           {"changes", changes}};
    } else {
        doc["previous"] = nullptr;
    }
    return doc;
}

std::string audit_report_json(const Instrument& in, const Audit& a, const AuditScore& s) {
    return dump_json(audit_report_document(in, a, s)) + "\n";
}

std::string audit_report_csv(const Instrument& in, const Audit& a, const AuditScore& s, const UiStrings& t) {
    const json doc = audit_report_document(in, a, s);
    Words w(t, "out.audit_csv.");
    const std::string& sep = t.get("csv.separator");
    CsvWriter csv(sep.size() == 1 ? sep[0] : ';');
    csv.row({w("type"), w("id"), w("title"), w("score"), w("coverage"), w("not_investigated"), w("judgement"),
             w("patient"), w("narstaende"), w("personal"), w("ledning"), w("disagreement"), w("text"), w("priority"),
             w("status")});
    auto num = [&](const json& v) {
        return v.is_number() ? format_decimal(v.get<double>(), 1, w.num.decimal_sep) : "";
    };
    for (const char* key : {"principles", "areas"})
        for (const auto& d : doc[key]) {
            DimensionKind kind = std::string(key) == "principles" ? DimensionKind::Principle : DimensionKind::Area;
            csv.row({w(std::string("type.") + key), d["id"].get<std::string>(),
                     w.title(in, kind, d["id"].get<std::string>()), num(d["score"]),
                     format_decimal(d["coverage"].get<double>() * 100.0, 1, w.num.decimal_sep),
                     std::to_string(d["not_investigated"].get<int>()), "", "", "", "", "",
                     std::to_string(d["disagreements"].get<int>()), "", "", ""});
        }
    for (const auto& it : doc["items"]) {
        const std::string id = it["id"].get<std::string>();
        const Item* item = in.find_item(id);
        csv.row({w("type.item"), id, item ? item->text.in(w.lang) : "", "", "", "",
                 judgement_label(w, in, id, it["judgement"]), tally_cell(it["tallies"], "patient"),
                 tally_cell(it["tallies"], "narstaende"), tally_cell(it["tallies"], "personal"),
                 tally_cell(it["tallies"], "ledning"), it["disagreement"].get<bool>() ? w("yes") : "",
                 it["finding"].get<std::string>(), "", ""});
    }
    for (const auto& r : doc["recommendations"]) {
        std::string items;
        for (const auto& i : r["items"]) items += (items.empty() ? "" : ", ") + i.get<std::string>();
        csv.row({w("type.recommendation"), r["id"].get<std::string>(), items, "", "", "", "", "", "", "", "", "",
                 r["text"].get<std::string>(),
                 w.t.get(std::string(kTextPrefix) + "priority." + r["priority"].get<std::string>()),
                 r["response"].is_null() ? ""
                                         : w.t.get(std::string(kTextPrefix) + "response_status." +
                                                   r["response"]["status"].get<std::string>())});
    }
    return csv.str();
}

std::string audit_report_html(const Instrument& in, const Audit& a, const AuditScore& s, const UiStrings& text) {
    Words w(text, std::string(kTextPrefix));
    json doc = audit_report_document(in, a, s);
    json data = {{"lang", text.get("html_report.lang")}, {"text", report_text_tree(text, kTextPrefix)}};
    data["report"] = report_fields(w, in, a, doc);
    std::string out, error;
    if (render_template(bundled_asset(kTemplate), data, out, error)) return out;
    // Unreachable with the bundled template (tests render it in every language).
    return "<p>" + html_escape(std::string(kTemplate) + ": " + error) + "</p>\n";
}

}  // namespace spegeln

// The handlingsplan as text, CSV and JSON (`spegeln plan`), and the rows the HTML report shows.
// Each action is shown next to the current answers of its items, so a follow-up round's status
// is updated beside the new scores.
#include "csv.h"
#include "number_format.h"
#include "output.h"
#include "output_common.h"
#include "plan.h"
#include "ui_strings.h"

namespace spegeln {
namespace {

char separator(const UiStrings& t) {
    const std::string& s = t.get("csv.separator");
    return s.size() == 1 ? s[0] : ';';
}

std::string joined(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
    return s;
}

// "hf-01: 2 – Delvis" for each item of the action that the instrument knows.
std::vector<std::string> item_answers(const Instrument& in, const Assessment& a, const PlanAction& act,
                                      const UiStrings& t) {
    std::vector<std::string> out;
    for (const auto& id : act.items) {
        const Item* item = in.find_item(id);
        std::string label = item ? answer_label(in, *item, a.find_answer(id), t) : "";
        out.push_back(id + ": " + (label.empty() ? t.get("plan.out.no_answer") : label));
    }
    return out;
}

std::string what_text(const Instrument& in, const PlanAction& act, const std::string& lang) {
    std::string s;
    if (!act.insats.empty()) {
        std::string title = insats_title(in, act.insats, lang);
        s = title.empty() ? act.insats : title;
    }
    if (!act.own_action.empty()) s += (s.empty() ? "" : " — ") + act.own_action;
    return s;
}

}  // namespace

json plan_document(const Instrument& in, const Assessment& a, const ScoreReport& r) {
    json j = json::object();
    j["format"] = "strategispegeln-plan";
    j["instrument"] = {{"id", in.id}, {"version", a.instrument_version}};
    j["verksamhet"] = {{"name", a.unit_name}};
    j["date"] = a.date;
    if (a.plan.follows)
        j["follows"] = {{"assessment", a.plan.follows->assessment},
                        {"date", a.plan.follows->date},
                        {"instrument_version", a.plan.follows->instrument_version}};
    json acts = json::array();
    for (const auto& act : a.plan.actions) {
        json aj = json::object();
        aj["id"] = act.id;
        json items = json::array();
        for (const auto& id : act.items) {
            json ij = {{"id", id}};
            const Item* item = in.find_item(id);
            ij["area"] = item ? item->area : "";
            const ItemResult* res = r.find_item(id);
            const Answer* ans = a.find_answer(id);
            ij["status"] = status_id(ans ? ans->status : AnswerStatus::Unanswered);
            if (res && res->value)
                ij["value"] = *res->value * 100.0;
            else
                ij["value"] = nullptr;
            items.push_back(std::move(ij));
        }
        aj["items"] = std::move(items);
        if (!act.insats.empty()) {
            const Framework* fw = in.find_framework(kInsatsFramework);
            const FrameworkTarget* tg = fw ? fw->find_target(act.insats) : nullptr;
            aj["insats"] = {{"id", act.insats},
                            {"title", {{"sv", tg ? tg->title.sv : ""}, {"en", tg ? tg->title.en : ""}}}};
        } else {
            aj["insats"] = nullptr;
        }
        aj["action"] = act.own_action;
        aj["responsible"] = act.responsible;
        aj["due"] = act.due;
        aj["follow_up"] = act.follow_up;
        aj["status"] = action_status_id(act.status);
        if (act.carried_from)
            aj["carried_from"] = {{"action", act.carried_from->action},
                                  {"items", act.carried_from->items},
                                  {"status", action_status_id(act.carried_from->status)}};
        else
            aj["carried_from"] = nullptr;
        aj["unmapped_items"] = act.unmapped_items;
        acts.push_back(std::move(aj));
    }
    j["actions"] = std::move(acts);
    return j;
}

std::string plan_json(const Instrument& in, const Assessment& a, const ScoreReport& r) {
    return dump_json(plan_document(in, a, r)) + "\n";
}

std::vector<PlanRow> plan_rows(const Instrument& in, const Assessment& a, const UiStrings& t) {
    std::string lang = content_language(t);
    std::vector<PlanRow> rows;
    for (const auto& act : a.plan.actions) {
        PlanRow row;
        row.id = act.id;
        row.items = joined(act.items);
        row.answers = joined(item_answers(in, a, act, t), "; ");
        row.what = what_text(in, act, lang);
        row.insats = act.insats;
        row.own_action = act.own_action;
        row.responsible = act.responsible;
        row.due = act.due;
        row.follow_up = act.follow_up;
        row.status = t.get(action_status_key(act.status));
        if (act.carried_from) row.earlier_status = t.get(action_status_key(act.carried_from->status));
        row.unmapped = joined(act.unmapped_items);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string plan_text(const Instrument& in, const Assessment& a, const UiStrings& t) {
    std::string s = t.get("plan.out.title") + "\n\n";
    s +=
        t.get("out.label.unit") + ": " + terminal_safe(a.unit_name.empty() ? t.get("out.no_name") : a.unit_name) + "\n";
    s += t.get("out.label.date") + ": " + (a.date.empty() ? t.get("out.no_date") : a.date) + "\n";
    if (a.plan.follows)
        s += t.format("plan.out.follows", {a.plan.follows->date.empty() ? t.get("out.no_date") : a.plan.follows->date,
                                           a.plan.follows->instrument_version}) +
             "\n";
    s += "\n";
    auto rows = plan_rows(in, a, t);
    if (rows.empty()) return s + t.get("plan.out.empty") + "\n";
    for (const auto& r : rows) {
        s += r.id + "  " + terminal_safe(r.what) + "\n";
        s += "    " + t.get("plan.col.items") + ": " + terminal_safe(r.answers) + "\n";
        s += "    " + t.get("plan.col.responsible") + ": " + terminal_safe(r.responsible) + "\n";
        s += "    " + t.get("plan.col.due") + ": " + r.due + "\n";
        s += "    " + t.get("plan.col.follow_up") + ": " + terminal_safe(r.follow_up) + "\n";
        s += "    " + t.get("plan.col.status") + ": " + r.status;
        if (!r.earlier_status.empty()) s += "  (" + t.format("plan.out.earlier_status", {r.earlier_status}) + ")";
        s += "\n";
        if (!r.unmapped.empty()) s += "    " + t.format("plan.out.unmapped", {terminal_safe(r.unmapped)}) + "\n";
    }
    return s;
}

std::string plan_csv(const Instrument& in, const Assessment& a, const UiStrings& t) {
    CsvWriter out(separator(t));
    out.row({t.get("out.csv.unit"), a.unit_name, t.get("out.csv.date"), a.date, t.get("out.csv.instrument"), in.id,
             t.get("out.csv.version"), a.instrument_version, t.get("plan.col.follows"),
             a.plan.follows ? a.plan.follows->date : ""});
    out.row({});
    out.row({t.get("plan.col.id"), t.get("plan.col.items"), t.get("plan.col.answers"), t.get("plan.col.insats"),
             t.get("plan.col.what"), t.get("plan.col.own_action"), t.get("plan.col.responsible"), t.get("plan.col.due"),
             t.get("plan.col.follow_up"), t.get("plan.col.status"), t.get("plan.col.earlier_status"),
             t.get("plan.col.unmapped")});
    for (const auto& r : plan_rows(in, a, t))
        out.row({r.id, r.items, r.answers, r.insats, r.what, r.own_action, r.responsible, r.due, r.follow_up, r.status,
                 r.earlier_status, r.unmapped});
    return out.str();
}

}  // namespace spegeln

// Two views of one unit (audit_compare.h).
#include "audit_compare.h"

#include <algorithm>
#include <cmath>

#include "csv.h"
#include "ids.h"
#include "output.h"
#include "output_common.h"

namespace spegeln {
namespace {

constexpr size_t kNameWidth = 34;

std::optional<double> percent_of(const std::optional<double>& v) {
    if (!v) return std::nullopt;
    return *v * 100.0;
}

std::optional<double> difference(const std::optional<double>& self, const std::optional<double>& audit) {
    if (!self || !audit) return std::nullopt;
    return *audit - *self;
}

// The value (0–1) of an item in a report, when it applies and has a level.
std::optional<double> item_value(const ScoreReport& r, const std::string& id) {
    const ItemResult* x = r.find_item(id);
    if (!x || !x->applies) return std::nullopt;
    return x->value;
}

const std::vector<std::string>* crosswalk_to(const Item& item, const std::string& instrument_id) {
    for (const auto& [target, ids] : item.audit.crosswalk)
        if (target == instrument_id) return &ids;
    return nullptr;
}

json opt(const std::optional<double>& v) {
    return v ? json(*v) : json(nullptr);
}

json sides_json(const SidesScore& s) {
    return {{"id", s.id}, {"self", opt(s.self)}, {"audit", opt(s.audit)}, {"difference", opt(s.difference)}};
}

std::string item_title(const Instrument& in, const std::string& id, const std::string& lang) {
    const Item* item = in.find_item(id);
    return item ? item->text.in(lang) : id;
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

}  // namespace

AuditComparison compare_self_and_audit(const Instrument& self_in, const Assessment& self, const Instrument& audit_in,
                                       const Audit& audit, Diagnostics& diag) {
    if (self.unit_name != audit.header.unit_name)
        diag.warning("verksamhet.name", "diag.compare.other_unit",
                     {quote_for_message(self.unit_name), quote_for_message(audit.header.unit_name)});
    const ScoreReport s = score_assessment(self_in, self);
    const AuditScore a = score_audit(audit_in, audit);
    AuditComparison c;
    // Principles are matched by id: both instruments score the strategy's four.
    for (const auto& p : self_in.principles) {
        SidesScore row{p.id, std::nullopt, std::nullopt, std::nullopt};
        if (const DimensionScore* d = s.find_principle(p.id)) row.self = d->score;
        if (const DimensionScore* d = a.report.find_principle(p.id)) row.audit = d->score;
        row.difference = difference(row.self, row.audit);
        c.principles.push_back(row);
    }
    c.overall = {kOverallId, s.overall, a.report.overall, difference(s.overall, a.report.overall)};

    std::vector<std::string> missing;
    bool any_crosswalk = false;
    for (const auto& item : audit_in.items) {
        const std::vector<std::string>* ids = crosswalk_to(item, self_in.id);
        if (!ids) continue;
        any_crosswalk = true;
        ItemSides row;
        row.audit_item = item.id;
        double sum = 0;
        int n = 0;
        for (const auto& id : *ids) {
            if (!self_in.find_item(id)) {
                if (std::find(missing.begin(), missing.end(), id) == missing.end()) missing.push_back(id);
                continue;
            }
            row.self_items.push_back(id);
            if (auto v = item_value(s, id)) sum += *v, ++n;
        }
        if (row.self_items.empty()) continue;
        if (n > 0) row.self = 100.0 * sum / n;
        row.audit = percent_of(item_value(a.report, item.id));
        if (const AuditItem* ai = audit.find_item(item.id)) {
            Tally users;
            for (const auto& [g, t] : ai->tallies)
                if (is_user_side(g)) users.ja += t.ja, users.delvis += t.delvis, users.nej += t.nej;
            row.users = percent_of(users.value());
        }
        row.difference = difference(row.self, row.audit);
        c.items.push_back(std::move(row));
    }
    std::stable_sort(c.items.begin(), c.items.end(), [](const ItemSides& x, const ItemSides& y) {
        double gx = x.difference ? std::fabs(*x.difference) : -1, gy = y.difference ? std::fabs(*y.difference) : -1;
        return gx > gy;
    });
    if (!any_crosswalk)
        diag.warning("instrument", "diag.compare_audit.no_crosswalk",
                     {quote_for_message(audit_in.id + " " + audit_in.version), quote_for_message(self_in.id)});
    else if (!missing.empty())
        diag.warning("instrument", "diag.compare_audit.crosswalk_missing",
                     {std::to_string(missing.size()), quote_for_message(self_in.version), joined(missing)});
    return c;
}

std::string audit_comparison_json(const Assessment& self, const Audit& audit, const AuditComparison& c) {
    json doc = {{"format", "strategispegeln-tva-bilder"},
                {"format_version", 1},
                {"self_assessment",
                 {{"unit", self.unit_name},
                  {"date", self.date},
                  {"instrument", {{"id", self.instrument_id}, {"version", self.instrument_version}}}}},
                {"audit",
                 {{"unit", audit.header.unit_name},
                  {"period", {{"from", audit.header.period_from}, {"to", audit.header.period_to}}},
                  {"instrument", {{"id", audit.instrument_id}, {"version", audit.instrument_version}}}}}};
    json principles = json::array();
    for (const auto& p : c.principles) principles.push_back(sides_json(p));
    doc["principles"] = std::move(principles);
    doc["overall"] = sides_json(c.overall);
    json items = json::array();
    for (const auto& i : c.items)
        items.push_back({{"audit_item", i.audit_item},
                         {"self_items", i.self_items},
                         {"self", opt(i.self)},
                         {"audit", opt(i.audit)},
                         {"users", opt(i.users)},
                         {"difference", opt(i.difference)}});
    doc["items"] = std::move(items);
    return dump_json(doc) + "\n";
}

std::string audit_comparison_csv(const Instrument& self_in, const Instrument& audit_in, const AuditComparison& c,
                                 const UiStrings& t) {
    Words w(t, "out.audit_compare.csv.");
    const std::string& sep = t.get("csv.separator");
    CsvWriter csv(sep.size() == 1 ? sep[0] : ';');
    csv.row({w("type"), w("id"), w("title"), w("self"), w("audit"), w("difference"), w("self_items"), w("users")});
    for (const auto& p : c.principles)
        csv.row({w("type.principle"), p.id, w.title(self_in, DimensionKind::Principle, p.id), w.num1(p.self),
                 w.num1(p.audit), w.num1(p.difference), "", ""});
    csv.row({w("type.overall"), c.overall.id, w.title(self_in, DimensionKind::Principle, kOverallId),
             w.num1(c.overall.self), w.num1(c.overall.audit), w.num1(c.overall.difference), "", ""});
    for (const auto& i : c.items)
        csv.row({w("type.item"), i.audit_item, item_title(audit_in, i.audit_item, w.lang), w.num1(i.self),
                 w.num1(i.audit), w.num1(i.difference), joined(i.self_items), w.num1(i.users)});
    return csv.str();
}

std::string audit_comparison_text(const Instrument& self_in, const Instrument& audit_in, const Assessment& self,
                                  const Audit& audit, const AuditComparison& c, const UiStrings& t) {
    Words w(t, "out.audit_compare.");
    std::string s = w("heading") + "\n\n";
    s += w.format("self_line", {self.unit_name, self.date, self.instrument_id + " " + self.instrument_version}) + "\n";
    s += w.format("audit_line", {audit.header.unit_name, audit.header.period_from, audit.header.period_to,
                                 audit.instrument_id + " " + audit.instrument_version}) +
         "\n\n";
    s += w("principles") + "\n";
    s += pad_right("", kNameWidth) + pad_left(w("self"), 16) + pad_left(w("audit"), 16) +
         pad_left(w("difference"), 10) + "\n";
    auto line = [&](const std::string& name, const SidesScore& d) {
        return pad_right(name, kNameWidth) + pad_left(w.score(d.self), 16) + pad_left(w.score(d.audit), 16) +
               pad_left(format_change(d.difference, w.num), 10) + "\n";
    };
    for (const auto& p : c.principles) s += line(w.title(self_in, DimensionKind::Principle, p.id), p);
    s += line(w("overall"), c.overall);
    s += "\n" + w("explain") + "\n\n";
    s += w("items") + "\n";
    if (c.items.empty()) s += "  " + w("no_items") + "\n";
    for (const auto& i : c.items) {
        s += "  " + i.audit_item + " " + item_title(audit_in, i.audit_item, w.lang) + "\n";
        s += "    " + w.format("item_values", {w.score(i.self), joined(i.self_items), w.score(i.audit),
                                               format_change(i.difference, w.num)});
        if (i.users) s += " " + w.format("item_users", {w.score(i.users)});
        s += "\n";
    }
    return s;
}

}  // namespace spegeln

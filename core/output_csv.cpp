// CSV for Swedish Excel: see csv.h for the encoding rules.
#include "csv.h"
#include "ids.h"
#include "number_format.h"
#include "output.h"
#include "output_common.h"

namespace spegeln {
namespace {

std::string num(const std::optional<double>& v) { return v ? format_decimal(*v, 1) : ""; }

std::vector<std::string> dimension_row(const Instrument& in, const char* type, const DimensionScore& d) {
    return {type,
            d.id,
            dimension_title(in, d.kind, d.id),
            num(d.score),
            format_decimal(d.coverage * 100.0, 1),
            std::to_string(d.counts.answered),
            std::to_string(d.counts.vet_ej),
            std::to_string(d.counts.ej_aktuellt),
            std::to_string(d.counts.unanswered),
            d.uncertain ? "ja" : "nej"};
}

std::vector<std::string> stats_row(const Instrument& in, const char* type, const DimensionStats& s) {
    return {type,
            s.id,
            s.id == kOverallId ? "Sammanvägt resultat" : dimension_title(in, s.kind, s.id),
            std::to_string(s.n),
            num(s.mean),
            num(s.median),
            num(s.min),
            num(s.max),
            s.sd ? format_decimal(*s.sd, 1) : ""};
}

std::vector<std::string> change_row(const Instrument& in, const char* type, const DimensionChange& c) {
    return {type,
            c.id,
            c.id == kOverallId ? "Sammanvägt resultat" : dimension_title(in, c.kind, c.id),
            num(c.baseline),
            num(c.followup),
            num(c.change)};
}

}  // namespace

std::string score_csv(const Instrument& in, const Assessment& a, const ScoreReport& r) {
    CsvWriter w;
    w.row({"Verksamhet", a.unit_name, "Datum", a.date, "Instrument", in.id, "Version", a.instrument_version});
    w.row({});
    w.row({"Typ", "Id", "Namn", "Poäng", "Täckning (%)", "Besvarade", "Vet ej", "Ej aktuellt", "Obesvarade", "Osäkert"});
    w.row({"Sammanvägt", kOverallId, "Sammanvägt resultat", num(r.overall), "", "", "", "", "",
           r.incomplete ? "ofullständigt" : ""});
    for (const auto& d : r.principles) w.row(dimension_row(in, "Princip", d));
    for (const auto& d : r.areas) w.row(dimension_row(in, "Insatsområde", d));
    w.row({});
    w.row({"Fråga", "Insatsområde", "Text", "Svar", "Nivå", "Värde (0–1)", "Kommentar"});
    for (const auto& item : in.items) {
        const Answer* ans = a.find_answer(item.id);
        const ItemResult* res = r.find_item(item.id);
        w.row({item.id, item.area, item.text.sv, answer_label(in, item, ans),
               ans && ans->has_level() ? std::to_string(ans->level) : "",
               res && res->value ? format_decimal(*res->value, 2) : "", ans ? ans->comment : ""});
    }
    // Answers to items this instrument does not know are kept in the export too.
    for (const auto& [id, ans] : a.answers) {
        if (in.find_item(id)) continue;
        w.row({id, "", "(okänd fråga – räknas inte)", status_label_sv(ans.status),
               ans.has_level() ? std::to_string(ans.level) : "", "", ans.comment});
    }
    if (!a.notes.empty()) {
        w.row({});
        w.row({"Anteckningar", a.notes});
    }
    return w.str();
}

std::string aggregate_csv(const Instrument& in, const AggregateReport& r) {
    CsvWriter w;
    w.row({"Instrument", in.id, "Antal bedömningar", std::to_string(r.respondents), "Under anonymitetsgränsen",
           r.below_anonymity_threshold ? "ja" : "nej"});
    w.row({});
    w.row({"Typ", "Id", "Namn", "n", "Medel", "Median", "Min", "Max", "Standardavvikelse"});
    w.row(stats_row(in, "Sammanvägt", r.overall));
    for (const auto& d : r.principles) w.row(stats_row(in, "Princip", d));
    for (const auto& d : r.areas) w.row(stats_row(in, "Insatsområde", d));
    w.row({});
    size_t max_levels = 0;
    for (const auto& d : r.items) max_levels = std::max(max_levels, d.level_counts.size());
    std::vector<std::string> head = {"Fråga"};
    for (size_t i = 0; i < max_levels; ++i) head.push_back("Nivå " + std::to_string(i));
    head.insert(head.end(), {"Vet ej", "Ej aktuellt", "Obesvarade"});
    w.row(head);
    for (const auto& d : r.items) {
        std::vector<std::string> row = {d.item_id};
        for (size_t i = 0; i < max_levels; ++i)
            row.push_back(i < d.level_counts.size() ? std::to_string(d.level_counts[i]) : "");
        row.insert(row.end(), {std::to_string(d.vet_ej), std::to_string(d.ej_aktuellt), std::to_string(d.unanswered)});
        w.row(row);
    }
    return w.str();
}

std::string compare_csv(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c) {
    CsvWriter w;
    w.row({"Verksamhet", follow.unit_name, "Baslinje", base.date, "Uppföljning", follow.date});
    w.row({});
    w.row({"Typ", "Id", "Namn", "Baslinje", "Uppföljning", "Förändring"});
    w.row(change_row(in, "Sammanvägt", c.overall));
    for (const auto& d : c.principles) w.row(change_row(in, "Princip", d));
    for (const auto& d : c.areas) w.row(change_row(in, "Insatsområde", d));
    return w.str();
}

}  // namespace spegeln

// Readable Swedish for a terminal.
#include "number_format.h"
#include "output.h"
#include "output_common.h"

namespace spegeln {
namespace {

constexpr size_t kNameWidth = 50;

std::string header_line() {
    return pad_right("", kNameWidth) + pad_left("Poäng", 7) + pad_left("Täckning", 10) + pad_left("Besv.", 7) +
           pad_left("Vet ej", 8) + pad_left("Ej akt.", 9) + pad_left("Obesv.", 8) + "\n";
}

std::string dimension_line(const std::string& name, const DimensionScore& d) {
    std::string line = pad_right(name, kNameWidth) + pad_left(format_score(d.score), 7) +
                       pad_left(format_percent(d.coverage), 10) + pad_left(std::to_string(d.counts.answered), 7) +
                       pad_left(std::to_string(d.counts.vet_ej), 8) + pad_left(std::to_string(d.counts.ej_aktuellt), 9) +
                       pad_left(std::to_string(d.counts.unanswered), 8);
    if (d.uncertain) line += "  osäkert*";
    if (!d.score) line += "  inget resultat";
    return line + "\n";
}

std::string stats_cells(const DimensionStats& s) {
    auto sd = s.sd ? format_decimal(*s.sd, 1) : std::string("–");
    return pad_left(std::to_string(s.n), 4) + pad_left(format_score(s.mean), 8) + pad_left(format_score(s.median), 8) +
           pad_left(format_score(s.min), 7) + pad_left(format_score(s.max), 7) + pad_left(sd, 7);
}

std::string unit_block(const Instrument& in, const Assessment& a) {
    std::string s = "Instrument:  " + terminal_safe(in.title.sv) + " (version " + terminal_safe(a.instrument_version) + ")\n";
    s += "Verksamhet:  " + (a.unit_name.empty() ? std::string("(inget namn)") : terminal_safe(a.unit_name)) + " – " +
         unit_type_label_sv(a.unit_type) + "\n";
    s += "Datum:       " + (a.date.empty() ? std::string("(inget datum)") : terminal_safe(a.date)) + "\n";
    if (!a.respondent_role.empty()) s += "Roll:        " + terminal_safe(a.respondent_role) + "\n";
    s += std::string("Läge:        ") + mode_label_sv(a.mode) + "\n";
    return s;
}

}  // namespace

std::string dimension_title(const Instrument& in, DimensionKind kind, const std::string& id) {
    if (kind == DimensionKind::Principle) {
        if (const Principle* p = in.find_principle(id)) return p->title.sv;
    } else if (const Area* a = in.find_area(id)) {
        return a->number.empty() ? a->title.sv : a->number + " " + a->title.sv;
    }
    return id;
}

std::string score_text(const Instrument& in, const Assessment& a, const ScoreReport& r) {
    std::string s = "Strategispegeln – resultat\n\n" + unit_block(in, a) + "\n";
    s += "Sammanvägt resultat: " + format_score(r.overall) + " av 100";
    if (r.incomplete) s += "  (ofullständigt: minst en princip saknar resultat)";
    s += "\n\nPrinciper\n" + header_line();
    bool any_uncertain = false;
    for (const auto& d : r.principles) {
        s += dimension_line(dimension_title(in, d.kind, d.id), d);
        any_uncertain = any_uncertain || d.uncertain;
    }
    s += "\nInsatsområden\n" + header_line();
    for (const auto& d : r.areas) {
        s += dimension_line(dimension_title(in, d.kind, d.id), d);
        any_uncertain = any_uncertain || d.uncertain;
    }
    if (any_uncertain) s += "\n* osäkert: mindre än hälften av frågornas vikt är besvarad med en nivå.\n";
    s += "\nPoäng 0–100; täckning = andel av frågornas vikt som besvarats (vet ej och obesvarade saknas,\n"
         "ej aktuellt räknas inte). Reglerna står i docs/scoring.md.\n";
    return s;
}

std::string aggregate_text(const Instrument& in, const AggregateReport& r) {
    std::string s = "Strategispegeln – sammanställning\n\n";
    s += "Instrument:  " + terminal_safe(in.title.sv) + "\n";
    s += "Antal bedömningar: " + std::to_string(r.respondents) + "\n";
    if (r.below_anonymity_threshold)
        s += "OBS: färre än " + std::to_string(kAnonymityThreshold) +
             " bedömningar – under anonymitetsgränsen. Visa inte resultatet per person.\n";
    std::string head = pad_right("", kNameWidth) + pad_left("n", 4) + pad_left("Medel", 8) + pad_left("Median", 8) +
                       pad_left("Min", 7) + pad_left("Max", 7) + pad_left("Sd", 7) + "\n";
    s += "\nSammanvägt\n" + head + pad_right("Sammanvägt resultat", kNameWidth) + stats_cells(r.overall) + "\n";
    s += "\nPrinciper\n" + head;
    for (const auto& d : r.principles) s += pad_right(dimension_title(in, d.kind, d.id), kNameWidth) + stats_cells(d) + "\n";
    s += "\nInsatsområden\n" + head;
    for (const auto& d : r.areas) s += pad_right(dimension_title(in, d.kind, d.id), kNameWidth) + stats_cells(d) + "\n";
    s += "\nSvarsfördelning per fråga (antal per nivå 0, 1, 2 …; V = vet ej, E = ej aktuellt, O = obesvarad)\n";
    for (const auto& d : r.items) {
        std::string levels;
        for (size_t i = 0; i < d.level_counts.size(); ++i)
            levels += (i ? " " : "") + std::to_string(i) + ":" + std::to_string(d.level_counts[i]);
        s += pad_right(d.item_id, 8) + levels + "  V:" + std::to_string(d.vet_ej) + " E:" + std::to_string(d.ej_aktuellt) +
             " O:" + std::to_string(d.unanswered) + "\n";
    }
    s += "\nSd = standardavvikelse (stickprov, n − 1). n = antal bedömningar som har ett resultat för dimensionen.\n";
    return s;
}

std::string compare_text(const Instrument& in, const Assessment& base, const Assessment& follow, const Comparison& c) {
    std::string s = "Strategispegeln – jämförelse\n\n";
    s += "Instrument:   " + terminal_safe(in.title.sv) + "\n";
    s += "Verksamhet:   " + terminal_safe(follow.unit_name) + "\n";
    s += "Baslinje:     " + terminal_safe(base.date) + "\n";
    s += "Uppföljning:  " + terminal_safe(follow.date) + "\n\n";
    std::string head = pad_right("", kNameWidth) + pad_left("Baslinje", 10) + pad_left("Uppföljning", 13) +
                       pad_left("Förändring", 12) + "\n";
    auto line = [&](const std::string& name, const DimensionChange& d) {
        return pad_right(name, kNameWidth) + pad_left(format_score(d.baseline), 10) + pad_left(format_score(d.followup), 13) +
               pad_left(format_change(d.change), 12) + "\n";
    };
    s += head + line("Sammanvägt resultat", c.overall);
    s += "\nPrinciper\n" + head;
    for (const auto& d : c.principles) s += line(dimension_title(in, d.kind, d.id), d);
    s += "\nInsatsområden\n" + head;
    for (const auto& d : c.areas) s += line(dimension_title(in, d.kind, d.id), d);
    s += "\nFörändring i poäng (0–100) = uppföljning − baslinje; – där något av resultaten saknas.\n";
    return s;
}

}  // namespace spegeln

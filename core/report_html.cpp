// The printable report. Self-contained on purpose: no scripts, no fonts or
// images fetched from anywhere, so it can be saved, mailed and printed, and so
// nothing in it can run — every user-entered string goes through html_escape.
#include "report_html.h"

#include <cmath>
#include <cstdio>

#include "number_format.h"
#include "output.h"
#include "output_common.h"

namespace spegeln {
namespace {

constexpr double kPi = 3.14159265358979323846;

constexpr const char* kStyle = R"CSS(
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #111; line-height: 1.45; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #1a4f8b; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8eef6; } td.num { text-align: right; white-space: nowrap; }
.meta th { width: 12rem; } .overall { font-size: 1.3rem; font-weight: bold; }
.flag { font-weight: bold; color: #8a3b00; } .bar { background: #d9e3f0; height: .8rem; min-width: 4rem; }
.bar span { display: block; height: 100%; background: #1a4f8b; }
.note { white-space: pre-wrap; border-left: 4px solid #1a4f8b; padding: .3rem .8rem; background: #f4f6f9; }
.comment { white-space: pre-wrap; font-style: italic; }
figure { margin: 1rem 0; } figcaption { font-size: .9rem; color: #333; }
footer { margin-top: 2rem; font-size: .85rem; color: #333; }
tr, figure { break-inside: avoid; } h2, h3 { break-after: avoid; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
)CSS";

std::string cell_num(const std::string& s) { return "<td class=\"num\">" + s + "</td>"; }

std::string flags_in_words(const DimensionScore& d) {
    if (!d.score) return "Inget resultat: ingen fråga besvarad med en nivå";
    if (d.uncertain) return "Osäkert: mindre än hälften av frågorna besvarade";
    return "";
}

std::string bar(const std::optional<double>& score) {
    double w = score ? std::fmax(0.0, std::fmin(100.0, *score)) : 0.0;
    char buf[96];
    std::snprintf(buf, sizeof buf, "<div class=\"bar\" aria-hidden=\"true\"><span style=\"width:%.1f%%\"></span></div>", w);
    return buf;
}

// A radar chart of the principles as inline SVG; the same numbers are in the
// table above it, so the figure is decorative for screen readers.
std::string radar_svg(const Instrument& in, const ScoreReport& r) {
    const double cx = 200, cy = 170, radius = 120;
    size_t n = r.principles.size();
    if (n < 3) return "";
    std::string s = "<svg viewBox=\"0 0 400 340\" width=\"400\" height=\"340\" role=\"img\" aria-label=\"Radardiagram över principernas poäng\">";
    char buf[256];
    auto point = [&](size_t i, double frac, double& x, double& y) {
        double ang = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
        x = cx + radius * frac * std::cos(ang);
        y = cy + radius * frac * std::sin(ang);
    };
    for (int ring = 1; ring <= 4; ++ring) {
        std::string pts;
        for (size_t i = 0; i < n; ++i) {
            double x, y;
            point(i, ring / 4.0, x, y);
            std::snprintf(buf, sizeof buf, "%.1f,%.1f ", x, y);
            pts += buf;
        }
        s += "<polygon points=\"" + pts + "\" fill=\"none\" stroke=\"#bbb\"/>";
    }
    std::string pts;
    for (size_t i = 0; i < n; ++i) {
        double x, y;
        point(i, 1.0, x, y);
        std::snprintf(buf, sizeof buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\"/>", cx, cy, x, y);
        s += buf;
        double vx, vy;
        point(i, r.principles[i].score ? *r.principles[i].score / 100.0 : 0.0, vx, vy);
        std::snprintf(buf, sizeof buf, "%.1f,%.1f ", vx, vy);
        pts += buf;
        double lx, ly;
        point(i, 1.18, lx, ly);
        const char* anchor = std::fabs(lx - cx) < 5 ? "middle" : (lx < cx ? "end" : "start");
        std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">", lx, ly + 4, anchor);
        s += buf + html_escape(dimension_title(in, DimensionKind::Principle, r.principles[i].id)) + " " +
             format_score(r.principles[i].score) + "</text>";
    }
    s += "<polygon points=\"" + pts + "\" fill=\"rgba(26,79,139,0.25)\" stroke=\"#1a4f8b\" stroke-width=\"2\"/></svg>";
    return s;
}

}  // namespace

std::string html_escape(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (char c : in) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                // Other control characters have no place in a report.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += ' ';
                else out += c;
        }
    }
    return out;
}

std::string report_html(const Instrument& in, const Assessment& a, const ScoreReport& r) {
    const std::string unit = a.unit_name.empty() ? "(verksamhet utan namn)" : a.unit_name;
    std::string h = "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>Strategispegeln – " + html_escape(unit) + " " + html_escape(a.date) + "</title>\n<style>" +
                    kStyle + "</style>\n</head>\n<body>\n<header>\n<h1>Strategispegeln – " + html_escape(unit) + "</h1>\n";
    h += "<p>" + html_escape(in.title.sv) + "</p>\n</header>\n<main>\n";
    h += "<table class=\"meta\"><caption>Om bedömningen</caption>\n";
    h += "<tr><th scope=\"row\">Verksamhet</th><td>" + html_escape(unit) + " (" + unit_type_label_sv(a.unit_type) + ")</td></tr>\n";
    h += "<tr><th scope=\"row\">Datum</th><td>" + html_escape(a.date) + "</td></tr>\n";
    h += "<tr><th scope=\"row\">Roll</th><td>" + html_escape(a.respondent_role) + "</td></tr>\n";
    h += std::string("<tr><th scope=\"row\">Läge</th><td>") + mode_label_sv(a.mode) + "</td></tr>\n";
    h += "<tr><th scope=\"row\">Instrument</th><td>" + html_escape(in.id) + ", version " + html_escape(a.instrument_version) + "</td></tr>\n";
    Progress pr = progress(in, a);
    h += "<tr><th scope=\"row\">Besvarade frågor</th><td>" + std::to_string(pr.decided) + " av " + std::to_string(pr.total) + "</td></tr>\n</table>\n";

    h += "<h2>Sammanvägt resultat</h2>\n<p class=\"overall\">" + format_score(r.overall) + " av 100</p>\n";
    if (r.incomplete) h += "<p class=\"flag\">Ofullständigt: minst en princip saknar resultat, så det sammanvägda resultatet bygger bara på de principer som har ett.</p>\n";

    h += "<h2>Principer</h2>\n<table><caption>Resultat per princip (0–100)</caption>\n<tr><th scope=\"col\">Princip</th><th scope=\"col\">Poäng</th><th scope=\"col\">Täckning</th><th scope=\"col\">Besvarade</th><th scope=\"col\">Vet ej</th><th scope=\"col\">Ej aktuellt</th><th scope=\"col\">Obesvarade</th><th scope=\"col\">Kommentar</th></tr>\n";
    for (const auto& d : r.principles)
        h += "<tr><th scope=\"row\">" + html_escape(dimension_title(in, d.kind, d.id)) + "</th>" + cell_num(format_score(d.score)) +
             cell_num(format_percent(d.coverage)) + cell_num(std::to_string(d.counts.answered)) +
             cell_num(std::to_string(d.counts.vet_ej)) + cell_num(std::to_string(d.counts.ej_aktuellt)) +
             cell_num(std::to_string(d.counts.unanswered)) + "<td class=\"flag\">" + flags_in_words(d) + "</td></tr>\n";
    h += "</table>\n<figure>" + radar_svg(in, r) + "<figcaption>Principernas poäng. Samma siffror som i tabellen ovan.</figcaption></figure>\n";

    h += "<h2>Insatsområden</h2>\n<table><caption>Resultat per insatsområde (0–100)</caption>\n<tr><th scope=\"col\">Insatsområde</th><th scope=\"col\">Poäng</th><th scope=\"col\">Stapel</th><th scope=\"col\">Täckning</th><th scope=\"col\">Kommentar</th></tr>\n";
    for (const auto& d : r.areas)
        h += "<tr><th scope=\"row\">" + html_escape(dimension_title(in, d.kind, d.id)) + "</th>" + cell_num(format_score(d.score)) +
             "<td>" + bar(d.score) + "</td>" + cell_num(format_percent(d.coverage)) + "<td class=\"flag\">" + flags_in_words(d) + "</td></tr>\n";
    h += "</table>\n";

    auto lowest = lowest_items(in, r, 5);
    h += "<h2>Där ni har mest att vinna</h2>\n";
    if (lowest.empty()) h += "<p>Inga frågor med en nivå under skalans topp.</p>\n";
    for (const Item* item : lowest) {
        h += "<h3>" + html_escape(item->id) + ": " + html_escape(item->text.sv) + "</h3>\n";
        h += "<p>Ert svar: " + html_escape(answer_label(in, *item, a.find_answer(item->id))) + "</p>\n";
        if (!item->actions.empty()) {
            h += "<p>Förslag på insatser enligt strategin:</p>\n<ul>\n";
            for (const auto& act : item->actions) h += "<li>" + html_escape(act.sv) + "</li>\n";
            h += "</ul>\n";
        }
    }

    h += "<h2>Teamets anteckningar</h2>\n";
    h += a.notes.empty() ? "<p>Inga anteckningar.</p>\n" : "<p class=\"note\">" + html_escape(a.notes) + "</p>\n";

    h += "<h2>Alla svar</h2>\n";
    for (const auto& area : in.areas) {
        h += "<table><caption>" + html_escape(dimension_title(in, DimensionKind::Area, area.id)) + "</caption>\n<tr><th scope=\"col\">Fråga</th><th scope=\"col\">Svar</th><th scope=\"col\">Kommentar</th></tr>\n";
        for (const Item* item : in.items_in_area(area.id)) {
            const Answer* ans = a.find_answer(item->id);
            std::string label = answer_label(in, *item, ans);
            h += "<tr><td>" + html_escape(item->id) + " " + html_escape(item->text.sv) + "</td><td>" +
                 (label.empty() ? std::string("<em>Obesvarad</em>") : html_escape(label)) + "</td><td class=\"comment\">" +
                 (ans ? html_escape(ans->comment) : std::string()) + "</td></tr>\n";
        }
        h += "</table>\n";
    }
    bool unknown = false;
    for (const auto& [id, ans] : a.answers) unknown = unknown || !in.find_item(id);
    if (unknown) {
        h += "<table><caption>Svar på frågor som inte finns i den här versionen av instrumentet (räknas inte)</caption>\n<tr><th scope=\"col\">Fråga</th><th scope=\"col\">Svar</th><th scope=\"col\">Kommentar</th></tr>\n";
        for (const auto& [id, ans] : a.answers) {
            if (in.find_item(id)) continue;
            h += "<tr><td>" + html_escape(id) + "</td><td>" + (ans.has_level() ? std::to_string(ans.level) : status_label_sv(ans.status)) +
                 "</td><td class=\"comment\">" + html_escape(ans.comment) + "</td></tr>\n";
        }
        h += "</table>\n";
    }
    h += "</main>\n<footer>\n<p>Så räknas poängen: ett svar på nivå L av högst K ger värdet L/K. En princips eller ett insatsområdes poäng är 100 × det viktade medelvärdet av de frågor som besvarats med en nivå. ”Vet ej” och obesvarade frågor saknas; ”ej aktuellt” räknas inte alls. Täckning är andelen av frågornas vikt som besvarats; under 50 % kallas resultatet osäkert. Det sammanvägda resultatet är medelvärdet av principernas poäng.</p>\n";
    h += "<p>Skapad med Strategispegeln. Rapporten innehåller bara det teamet själva har skrivit in.</p>\n</footer>\n</body>\n</html>\n";
    return h;
}

}  // namespace spegeln

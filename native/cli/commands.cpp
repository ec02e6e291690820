#include "commands.h"

#include <cstdio>
#include <optional>

#include "aggregate.h"
#include "assessment.h"
#include "bundled.h"
#include "compare.h"
#include "file_io.h"
#include "json_read.h"
#include "output.h"
#include "output_common.h"
#include "report_html.h"
#include "scoring.h"

namespace cli {
namespace {

using namespace spegeln;

// Parsed command line of one subcommand: positional files and known flags.
struct Args {
    std::vector<std::string> files;
    std::string format = "text";
    std::string instrument_file;
    bool help = false;
    bool html_allowed = false;  // only `score` writes the HTML report
};

bool parse_args(const std::vector<std::string>& in, Args& out, bool takes_instrument, const char* usage) {
    for (size_t i = 0; i < in.size(); ++i) {
        const std::string& a = in[i];
        auto value = [&](const std::string& flag, std::string& dest) {
            if (a.rfind(flag + "=", 0) == 0) {
                dest = a.substr(flag.size() + 1);
                return true;
            }
            if (a == flag) {
                if (i + 1 >= in.size()) return false;
                dest = in[++i];
                return true;
            }
            return false;
        };
        if (a == "--help" || a == "-h") {
            out.help = true;
        } else if (a.rfind("--format", 0) == 0) {
            if (!value("--format", out.format)) {
                std::fprintf(stderr, "spegeln: --format behöver ett värde (text, json eller csv)\n\n%s", usage);
                return false;
            }
        } else if (takes_instrument && a.rfind("--instrument", 0) == 0) {
            if (!value("--instrument", out.instrument_file)) {
                std::fprintf(stderr, "spegeln: --instrument behöver en fil\n\n%s", usage);
                return false;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "spegeln: okänd flagga \"%s\"\n\n%s", terminal_safe(a).c_str(), usage);
            return false;
        } else {
            out.files.push_back(a);
        }
    }
    if (out.format != "text" && out.format != "json" && out.format != "csv" &&
        !(out.html_allowed && out.format == "html")) {
        std::fprintf(stderr, "spegeln: okänt format \"%s\" (välj text, json eller csv)\n\n%s",
                     terminal_safe(out.format).c_str(), usage);
        return false;
    }
    return true;
}

void print_diagnostics(const std::string& file, const Diagnostics& d, FILE* to = stderr) {
    for (const auto& x : d.items)
        std::fprintf(to, "%s: %s\n", terminal_safe(file).c_str(), terminal_safe(format_diagnostic(x)).c_str());
}

bool read_input(const std::string& path, std::string& text) {
    std::string error;
    if (read_file(path, text, error, kMaxDocumentBytes)) return true;
    std::fprintf(stderr, "%s: fel: %s\n", terminal_safe(path).c_str(), error.c_str());
    return false;
}

// What a file claims to be, from its "format" field (without full validation).
std::string peek_format(const std::string& text) {
    Diagnostics ignore;
    auto j = parse_json(text, ignore);
    if (!j || !j->is_object()) return "";
    auto it = j->find("format");
    return it != j->end() && it->is_string() ? it->get<std::string>() : "";
}

std::optional<Instrument> load_instrument_file(const std::string& path) {
    std::string text;
    if (!read_input(path, text)) return std::nullopt;
    Diagnostics d;
    auto in = load_instrument(text, d);
    print_diagnostics(path, d);
    return in;
}

// The instrument for an assessment: the one given with --instrument, else the
// bundled one with the same id (the same version when it is bundled).
std::optional<Instrument> instrument_for(const std::string& instrument_id, const std::string& version,
                                         const Args& args, const std::string& file) {
    if (!args.instrument_file.empty()) return load_instrument_file(args.instrument_file);
    std::optional<Instrument> best;
    for (auto& in : bundled_instruments()) {
        if (in.id != instrument_id) continue;
        if (in.version == version || !best) best = std::move(in);
    }
    if (!best)
        std::fprintf(stderr, "%s: fel: instrument.id: instrumentet %s följer inte med programmet; ange det med "
                             "--instrument FIL\n", terminal_safe(file).c_str(),
                     terminal_safe(quote_for_message(instrument_id)).c_str());
    return best;
}

// Reads an assessment, finds its instrument and checks one against the other.
bool load_checked(const std::string& path, const Args& args, std::optional<Instrument>& instrument,
                  Assessment& out) {
    std::string text;
    if (!read_input(path, text)) return false;
    Diagnostics d;
    auto a = load_assessment(text, d);
    if (!a) {
        print_diagnostics(path, d);
        return false;
    }
    if (!instrument) instrument = instrument_for(a->instrument_id, a->instrument_version, args, path);
    if (!instrument) return false;
    check_against_instrument(*a, *instrument, d);
    print_diagnostics(path, d);
    if (d.has_errors()) return false;
    out = std::move(*a);
    return true;
}

void emit(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

constexpr const char* kValidateUsage =
    "Användning: spegeln validate FIL…\n\n"
    "Kontrollerar instrument- och bedömningsfiler (JSON). Varje problem skrivs ut med\n"
    "filens namn och JSON-sökvägen, till exempel answers[\"pc-03\"].level.\n"
    "Bedömningar kontrolleras mot sitt instrument (det medföljande, eller --instrument FIL).\n\n"
    "Flaggor:\n  --instrument FIL   instrumentet som bedömningarna gjordes med\n"
    "  --format text|json  utskriftens form (json: en lista med problem per fil)\n"
    "Slutkod 0 om alla filer är giltiga, annars 1.\n";

constexpr const char* kScoreUsage =
    "Användning: spegeln score BEDÖMNING [--instrument FIL] [--format text|json|csv|html]\n\n"
    "Räknar fram poäng per princip och insatsområde, täckning och det sammanvägda resultatet\n"
    "enligt reglerna i docs/scoring.md. Utan --instrument används det medföljande instrumentet.\n"
    "CSV är anpassad för svensk Excel (UTF-8 med BOM, semikolon, decimalkomma).\n"
    "HTML är den utskrivbara rapporten, densamma som webbappens export (docs/reports.md).\n";

constexpr const char* kAggregateUsage =
    "Användning: spegeln aggregate FIL… [--instrument FIL] [--format text|json|csv]\n\n"
    "Sammanställer flera bedömningar av samma instrument (en workshop, flera svarande):\n"
    "antal, medel, median, min, max och standardavvikelse per dimension och svarsfördelning\n"
    "per fråga. Färre än 3 bedömningar markeras som under anonymitetsgränsen.\n";

constexpr const char* kCompareUsage =
    "Användning: spegeln compare BASLINJE UPPFÖLJNING [--instrument FIL] [--format text|json|csv]\n\n"
    "Jämför två bedömningar av samma verksamhet och instrument och visar förändringen\n"
    "per dimension (uppföljning − baslinje).\n";

constexpr const char* kInstrumentsUsage =
    "Användning: spegeln instruments [--format text|json]\n\n"
    "Listar instrumenten som följer med programmet.\n";

}  // namespace

int cmd_validate(const std::vector<std::string>& raw) {
    Args args;
    if (!parse_args(raw, args, true, kValidateUsage)) return kExitUsage;
    if (args.help) return std::fputs(kValidateUsage, stdout), kExitOk;
    if (args.files.empty()) {
        std::fprintf(stderr, "spegeln validate: ange minst en fil\n\n%s", kValidateUsage);
        return kExitUsage;
    }
    bool all_ok = true;
    json report = json::array();
    for (const auto& path : args.files) {
        std::string text;
        Diagnostics d;
        std::string kind;
        std::string error;
        if (!read_file(path, text, error, kMaxDocumentBytes)) {
            d.error("", error);
        } else {
            std::string format = peek_format(text);
            if (format == "strategispegeln-instrument") {
                kind = "instrument";
                load_instrument(text, d);
            } else {
                kind = "bedömning";
                auto a = load_assessment(text, d);
                if (a) {
                    std::optional<Instrument> in;
                    if (!args.instrument_file.empty()) {
                        std::string itext;
                        Diagnostics id;
                        if (read_file(args.instrument_file, itext, error, kMaxDocumentBytes)) in = load_instrument(itext, id);
                        else id.error("", error);
                        // Say why the instrument could not be used, not only that it could not.
                        print_diagnostics(args.instrument_file, id);
                        if (!in) d.error("", "instrumentet " + args.instrument_file + " gick inte att läsa (se ovan)");
                    } else {
                        for (auto& b : bundled_instruments())
                            if (b.id == a->instrument_id && (!in || b.version == a->instrument_version)) in = std::move(b);
                        if (!in) d.warning("instrument.id", "instrumentet " + quote_for_message(a->instrument_id) +
                                                                " följer inte med programmet; svaren kontrollerades inte mot det");
                    }
                    if (in) check_against_instrument(*a, *in, d);
                }
            }
        }
        bool ok = !d.has_errors();
        all_ok = all_ok && ok;
        if (args.format == "json") {
            report.push_back({{"file", path}, {"kind", kind}, {"valid", ok},
                              {"problems", diagnostics_json(d)}});
        } else {
            print_diagnostics(path, d, ok ? stdout : stderr);
            if (ok) std::printf("%s: giltig %s\n", terminal_safe(path).c_str(), kind.c_str());
        }
    }
    if (args.format == "json") emit(dump_json(report) + "\n");
    return all_ok ? kExitOk : kExitInvalid;
}

int cmd_score(const std::vector<std::string>& raw) {
    Args args;
    args.html_allowed = true;
    if (!parse_args(raw, args, true, kScoreUsage)) return kExitUsage;
    if (args.help) return std::fputs(kScoreUsage, stdout), kExitOk;
    if (args.files.size() != 1) {
        std::fprintf(stderr, "spegeln score: ange exakt en bedömning\n\n%s", kScoreUsage);
        return kExitUsage;
    }
    std::optional<Instrument> in;
    if (!args.instrument_file.empty() && !(in = load_instrument_file(args.instrument_file))) return kExitInvalid;
    Assessment a;
    if (!load_checked(args.files[0], args, in, a)) return kExitInvalid;
    ScoreReport r = score_assessment(*in, a);
    if (args.format == "json") emit(score_json(*in, a, r));
    else if (args.format == "csv") emit(score_csv(*in, a, r));
    else if (args.format == "html") emit(report_html(*in, a, r));
    else emit(score_text(*in, a, r));
    return kExitOk;
}

int cmd_aggregate(const std::vector<std::string>& raw) {
    Args args;
    if (!parse_args(raw, args, true, kAggregateUsage)) return kExitUsage;
    if (args.help) return std::fputs(kAggregateUsage, stdout), kExitOk;
    if (args.files.empty()) {
        std::fprintf(stderr, "spegeln aggregate: ange minst en bedömning\n\n%s", kAggregateUsage);
        return kExitUsage;
    }
    std::optional<Instrument> in;
    if (!args.instrument_file.empty() && !(in = load_instrument_file(args.instrument_file))) return kExitInvalid;
    std::vector<Assessment> all;
    bool ok = true;
    for (const auto& path : args.files) {
        Assessment a;
        if (load_checked(path, args, in, a)) all.push_back(std::move(a));
        else ok = false;
    }
    if (!ok) return kExitInvalid;
    AggregateReport r = aggregate(*in, all);
    if (args.format == "json") emit(aggregate_json(*in, r));
    else if (args.format == "csv") emit(aggregate_csv(*in, r));
    else emit(aggregate_text(*in, r));
    return kExitOk;
}

int cmd_compare(const std::vector<std::string>& raw) {
    Args args;
    if (!parse_args(raw, args, true, kCompareUsage)) return kExitUsage;
    if (args.help) return std::fputs(kCompareUsage, stdout), kExitOk;
    if (args.files.size() != 2) {
        std::fprintf(stderr, "spegeln compare: ange två bedömningar, baslinjen först\n\n%s", kCompareUsage);
        return kExitUsage;
    }
    std::optional<Instrument> in;
    if (!args.instrument_file.empty() && !(in = load_instrument_file(args.instrument_file))) return kExitInvalid;
    Assessment base, follow;
    bool ok = load_checked(args.files[0], args, in, base);
    ok = load_checked(args.files[1], args, in, follow) && ok;
    if (!ok) return kExitInvalid;
    Diagnostics d;
    Comparison c = compare(*in, base, follow, d);
    print_diagnostics(args.files[1], d);
    if (args.format == "json") emit(compare_json(*in, base, follow, c));
    else if (args.format == "csv") emit(compare_csv(*in, base, follow, c));
    else emit(compare_text(*in, base, follow, c));
    return kExitOk;
}

int cmd_instruments(const std::vector<std::string>& raw) {
    Args args;
    if (!parse_args(raw, args, false, kInstrumentsUsage)) return kExitUsage;
    if (args.help) return std::fputs(kInstrumentsUsage, stdout), kExitOk;
    if (!args.files.empty() || args.format == "csv") {
        std::fprintf(stderr, "spegeln instruments: tar inga filer; format text eller json\n\n%s", kInstrumentsUsage);
        return kExitUsage;
    }
    Diagnostics d;
    auto all = bundled_instruments(&d);
    print_diagnostics("(medföljande)", d);
    if (args.format == "json") {
        json list = json::array();
        for (const auto& in : all) {
            json modes = json::array();
            for (Mode m : in.modes) modes.push_back(mode_id(m));
            list.push_back({{"id", in.id}, {"version", in.version}, {"title", in.title.sv}, {"modes", modes},
                            {"items", in.items.size()}, {"estimated_minutes", in.estimated_minutes}});
        }
        emit(dump_json(list) + "\n");
    } else {
        for (const auto& in : all) {
            std::string modes;
            for (Mode m : in.modes) modes += (modes.empty() ? "" : ", ") + std::string(mode_label_sv(m));
            std::printf("%s (version %s)\n  %s\n  %zu frågor, cirka %d minuter; %s\n\n", in.id.c_str(),
                        in.version.c_str(), in.title.sv.c_str(), in.items.size(), in.estimated_minutes, modes.c_str());
        }
    }
    return d.has_errors() ? kExitInvalid : kExitOk;
}

}  // namespace cli

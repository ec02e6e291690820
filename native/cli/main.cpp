// spegeln — Strategispegeln on the command line: validate, score, aggregate and
// compare assessments with the same core as the web app.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"
#include "output_common.h"

namespace {

constexpr const char* kUsage =
    "Användning: spegeln <kommando> [flaggor]\n"
    "\n"
    "Strategispegeln – självskattning mot Region Skånes strategi för psykisk hälsa 2025–2035.\n"
    "\n"
    "Kommandon:\n"
    "  validate FIL…                 kontrollera instrument- eller bedömningsfiler\n"
    "  score BEDÖMNING               räkna fram poäng för en bedömning\n"
    "  aggregate FIL…                sammanställ flera bedömningar av samma instrument\n"
    "  compare BASLINJE UPPFÖLJNING  jämför två bedömningar av samma verksamhet\n"
    "  instruments                   lista de medföljande instrumenten\n"
    "\n"
    "Skriv `spegeln <kommando> --help` för kommandots flaggor.\n"
    "Slutkoder: 0 = klart, 1 = ogiltig indata, 2 = felaktigt anrop.\n";

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return cli::kExitUsage;
    }
    std::string cmd = argv[1];
    std::vector<std::string> args(argv + 2, argv + argc);
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kUsage, stdout);
        return cli::kExitOk;
    }
    if (cmd == "--version") {
        std::puts("spegeln 0.1.0");
        return cli::kExitOk;
    }
    if (cmd == "validate") return cli::cmd_validate(args);
    if (cmd == "score") return cli::cmd_score(args);
    if (cmd == "aggregate") return cli::cmd_aggregate(args);
    if (cmd == "compare") return cli::cmd_compare(args);
    if (cmd == "instruments") return cli::cmd_instruments(args);
    std::fprintf(stderr, "spegeln: okänt kommando \"%s\"\n\n%s", spegeln::terminal_safe(cmd).c_str(), kUsage);
    return cli::kExitUsage;
}

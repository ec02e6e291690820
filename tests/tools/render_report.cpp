// render_report — writes the HTML report of an assessment (with its bundled
// instrument) in a given language to stdout, for the browser tests of the
// report (tests/e2e/report.test.mjs): screenshots and axe in sv and en, and,
// built with SPEGELN_TEST_NO_ESCAPE, a report whose user text is not escaped,
// so the test can show that the report's Content-Security-Policy alone stops it.
//
//   render_report ASSESSMENT.json [LANG]
#include <cstdio>
#include <string>

#include "assessment.h"
#include "bundled.h"
#include "file_io.h"
#include "report_html.h"
#include "scoring.h"
#include "translations.h"
#include "ui_strings.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs("usage: render_report ASSESSMENT.json [LANG]\n", stderr);
        return 2;
    }
    const std::string lang = argc > 2 ? argv[2] : "sv";
    spegeln::FileRead file = spegeln::read_file(argv[1]);
    if (!file.ok()) {
        spegeln::Diagnostics why, ignored;
        spegeln::report_file_error(file, why);
        spegeln::UiStrings strings;
        spegeln::load_bundled_language(lang, strings, ignored);
        for (const auto& d : why.items)
            std::fprintf(stderr, "%s: %s\n", argv[1], spegeln::format_diagnostic(d, strings).c_str());
        return 1;
    }
    spegeln::Diagnostics diag;
    auto a = spegeln::load_assessment(file.bytes, diag);
    if (!a) {
        std::fprintf(stderr, "%s: not a valid assessment\n", argv[1]);
        return 1;
    }
    // The assessment's own version when bundled, as the CLI and the app read it.
    auto in = spegeln::bundled_instrument_for(*a);
    if (in) spegeln::settle_unit_kind(*a, *in);
    if (!in) {
        std::fprintf(stderr, "%s: no bundled instrument \"%s\"\n", argv[1], a->instrument_id.c_str());
        return 1;
    }
    std::string html = spegeln::report_html(*in, *a, spegeln::score_assessment(*in, *a), lang);
    std::fwrite(html.data(), 1, html.size(), stdout);
    return 0;
}

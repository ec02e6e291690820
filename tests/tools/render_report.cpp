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

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs("usage: render_report ASSESSMENT.json [LANG]\n", stderr);
        return 2;
    }
    std::string text, error;
    if (!spegeln::read_file(argv[1], text, error, spegeln::kMaxDocumentBytes)) {
        std::fprintf(stderr, "%s: %s\n", argv[1], error.c_str());
        return 1;
    }
    spegeln::Diagnostics diag;
    auto a = spegeln::load_assessment(text, diag);
    if (!a) {
        std::fprintf(stderr, "%s: not a valid assessment\n", argv[1]);
        return 1;
    }
    auto in = spegeln::bundled_instrument(a->instrument_id);
    if (!in) {
        std::fprintf(stderr, "%s: no bundled instrument \"%s\"\n", argv[1], a->instrument_id.c_str());
        return 1;
    }
    std::string html = spegeln::report_html(*in, *a, spegeln::score_assessment(*in, *a), argc > 2 ? argv[2] : "sv");
    std::fwrite(html.data(), 1, html.size(), stdout);
    return 0;
}

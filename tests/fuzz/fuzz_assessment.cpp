// Fuzzes load_assessment (core/assessment.h) as the CLI and the app read a
// user's file: first on its own, then against the bundled instrument it names
// (core/bundled.h), with the round trip and the checks of fuzz_exercise.h.
#include "assessment.h"
#include "bundled.h"
#include "fuzz_exercise.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // Loaded once: the bundled instruments are the same bytes for every input.
    static const std::vector<spegeln::Instrument> bundled = spegeln::bundled_instruments();
    std::string_view text = fuzz::as_text(data, size);
    spegeln::Diagnostics diag;
    auto a = spegeln::load_assessment(text, diag);
    fuzz::check_result(a, diag, "load_assessment (no instrument)");
    if (!a) return 0;
    for (const auto& in : bundled)
        if (in.id == a->instrument_id) fuzz::assessment_round(text, in);
    return 0;
}

// Fuzzes an instrument and an assessment of it together, so the scoring and the
// outputs meet instruments no one wrote by hand (odd weights, scales, ids). The
// input is "<instrument>\n#--#\n<assessment>" (fuzz_check.h, split_two).
#include "assessment.h"
#include "fuzz_exercise.h"
#include "instrument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view instrument_text, assessment_text;
    fuzz::split_two(fuzz::as_text(data, size), instrument_text, assessment_text);
    spegeln::Diagnostics diag;
    auto in = spegeln::load_instrument(instrument_text, diag);
    fuzz::check_result(in, diag, "load_instrument");
    if (in) fuzz::assessment_round(assessment_text, *in);
    return 0;
}

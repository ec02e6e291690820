// The compact code (core/code.h): every answer value survives the round trip, every single
// wrong symbol and every swap of two neighbours is caught, and a damaged or foreign code
// says what is wrong.
#include <gtest/gtest.h>

#include <random>

#include "bundled.h"
#include "code.h"
#include "test_helpers.h"

using namespace spegeln;

namespace {

const std::vector<Instrument>& instruments() {
    static const std::vector<Instrument> all = bundled_instruments();
    return all;
}

const Instrument& workshop() {
    for (const auto& in : instruments())
        if (in.id == "skane-2025-workshop") return in;
    ADD_FAILURE() << "skane-2025-workshop is not bundled";
    return instruments().front();
}

// Answer value v (0 unanswered, 1 vet ej, 2 ej aktuellt, 3+ level) for every item.
Assessment with_values(const Instrument& in, const std::vector<int>& values) {
    Assessment a = new_assessment(in, Mode::Workshop);
    a.id = "deltagare-7";
    a.date = "2026-12-01";
    for (size_t k = 0; k < in.items.size(); ++k) {
        int v = values[k % values.size()];
        if (v == 0) continue;
        Answer ans;
        ans.status = v == 1 ? AnswerStatus::VetEj : v == 2 ? AnswerStatus::EjAktuellt : AnswerStatus::Level;
        ans.level = v >= 3 ? v - 3 : 0;
        a.answers[in.items[k].id] = ans;
    }
    return a;
}

std::vector<int> symbols(const std::string& code) {
    std::vector<int> v;
    for (char c : normalize_code(code)) v.push_back(static_cast<int>(kCodeAlphabet.find(c)));
    return v;
}

std::string from_symbols(const std::vector<int>& v) {
    std::string s;
    for (int x : v) s += kCodeAlphabet[static_cast<size_t>(x)];
    return s;
}

void expect_same_answers(const Instrument& in, const Assessment& a, const Assessment& b) {
    for (const auto& item : in.items) {
        const Answer* x = a.find_answer(item.id);
        const Answer* y = b.find_answer(item.id);
        AnswerStatus sx = x ? x->status : AnswerStatus::Unanswered;
        AnswerStatus sy = y ? y->status : AnswerStatus::Unanswered;
        EXPECT_EQ(static_cast<int>(sx), static_cast<int>(sy)) << item.id;
        if (sx == AnswerStatus::Level && y) {
            EXPECT_EQ(x->level, y->level) << item.id;
        }
    }
}

}  // namespace

TEST(Code, AlphabetHasAPrimeSizeAndNoLookAlikes) {
    EXPECT_EQ(kCodeAlphabet.size(), 31u);
    for (char c : std::string("01OIL")) EXPECT_EQ(kCodeAlphabet.find(c), std::string_view::npos) << c;
}

TEST(Code, WorkshopCodeFitsIn32CharactersGroupedByFour) {
    Diagnostics diag;
    std::string code = encode_code(with_values(workshop(), {7}), workshop(), diag);
    EXPECT_EQ(workshop().items.size(), 12u);
    EXPECT_LE(code.size(), 32u) << code;
    EXPECT_EQ(code.size(), 19u) << code;  // 16 symbols in four groups
    for (size_t i = 4; i < code.size(); i += 5) EXPECT_EQ(code[i], '-') << code;
}

TEST(Code, EveryAnswerValueSurvivesTheRoundTripOnEveryItem) {
    const Instrument& in = workshop();
    // Each of the 8 values (unanswered, vet ej, ej aktuellt, levels 0–4) on every item.
    for (int shift = 0; shift < 8; ++shift) {
        std::vector<int> values;
        for (int k = 0; k < 12; ++k) values.push_back((k + shift) % 8);
        Assessment a = with_values(in, values);
        Diagnostics d;
        std::string code = encode_code(a, in, d);
        ASSERT_FALSE(code.empty()) << d.items[0].code;
        auto back = decode_code(code, instruments(), d);
        ASSERT_TRUE(back) << code << " " << (d.items.empty() ? "" : d.items[0].code);
        EXPECT_EQ(back->instrument_id, in.id);
        EXPECT_EQ(back->instrument_version, in.version);
        EXPECT_EQ(back->date, "2026-12-01");
        EXPECT_EQ(back->mode, Mode::Workshop);
        expect_same_answers(in, a, *back);
        EXPECT_EQ(encode_code(*back, in, d).substr(0, 5), code.substr(0, 5));
    }
}

TEST(Code, EveryBundledAssessmentInstrumentRoundTripsWithUnitKindAndCorePath) {
    std::mt19937 rng(7);
    for (const auto& in : instruments()) {
        if (in.supports(Mode::Brukarrevision)) continue;  // an audit is its own file, not an assessment
        std::vector<int> values;                          // within each item's scale (1.0 also has a three-level scale)
        for (const auto& item : in.items)
            values.push_back(static_cast<int>(rng() % (3 + in.scale_of(item).levels.size())));
        Assessment a = with_values(in, values);
        if (!in.unit_kinds.empty()) a.unit_kind = in.unit_kinds.back().id;
        a.core_path = !in.unit_kinds.empty();
        Diagnostics d;
        std::string code = encode_code(a, in, d);
        ASSERT_FALSE(code.empty()) << in.id << " " << in.version << " is in the code registry";
        auto back = decode_code(code, instruments(), d);
        ASSERT_TRUE(back) << in.id << " " << code;
        EXPECT_EQ(back->instrument_version, in.version);
        EXPECT_EQ(back->unit_kind, a.unit_kind);
        EXPECT_EQ(back->core_path, a.core_path);
        expect_same_answers(in, a, *back);
    }
}

TEST(Code, DecodingIgnoresCaseSpacesAndDashes) {
    Diagnostics d;
    std::string code = encode_code(with_values(workshop(), {3, 4, 5}), workshop(), d);
    std::string messy;
    for (char c : normalize_code(code)) messy += std::string(1, static_cast<char>(std::tolower(c))) + " ";
    auto a = decode_code(messy, instruments(), d);
    ASSERT_TRUE(a) << messy;
    EXPECT_EQ(a->id, "kod-" + normalize_code(code));
}

// Every symbol replaced by every other symbol, in many codes: never accepted.
TEST(Code, EverySingleWrongSymbolIsCaught) {
    std::mt19937 rng(11);
    size_t tried = 0;
    for (int round = 0; round < 40; ++round) {
        std::vector<int> values;
        for (int k = 0; k < 12; ++k) values.push_back(static_cast<int>(rng() % 8));
        Assessment a = with_values(workshop(), values);
        a.id = "p" + std::to_string(round);
        Diagnostics d;
        std::vector<int> v = symbols(encode_code(a, workshop(), d));
        for (size_t i = 0; i < v.size(); ++i)
            for (int s = 0; s < 31; ++s) {
                if (s == v[i]) continue;
                std::vector<int> w = v;
                w[i] = s;
                ++tried;
                EXPECT_FALSE(code_check_passes(w));
                Diagnostics bad;
                EXPECT_FALSE(decode_code(from_symbols(w), instruments(), bad)) << from_symbols(w);
                ASSERT_FALSE(bad.items.empty());
            }
    }
    EXPECT_EQ(tried, 40u * 16 * 30);
}

TEST(Code, EverySwapOfTwoDifferentNeighboursIsCaught) {
    std::mt19937 rng(13);
    for (int round = 0; round < 200; ++round) {
        std::vector<int> values;
        for (int k = 0; k < 12; ++k) values.push_back(static_cast<int>(rng() % 8));
        Assessment a = with_values(workshop(), values);
        a.id = "q" + std::to_string(round);
        Diagnostics d;
        std::vector<int> v = symbols(encode_code(a, workshop(), d));
        for (size_t i = 0; i + 1 < v.size(); ++i) {
            if (v[i] == v[i + 1]) continue;
            std::vector<int> w = v;
            std::swap(w[i], w[i + 1]);
            Diagnostics bad;
            EXPECT_FALSE(decode_code(from_symbols(w), instruments(), bad));
            ASSERT_EQ(bad.items.size(), 1u);
            EXPECT_EQ(bad.items[0].code, "diag.code.checksum") << from_symbols(w);
        }
    }
}

// The check itself, exhaustively: at every position of a code of every length up to 70 symbols
// (longer than the 44 of the full self-assessment; the weights repeat every 30), every pair of
// values (a, b) on two neighbours, every substitution of a by another value and the swap of a and
// b are caught.
TEST(Code, TheCheckCatchesEverySubstitutionAndNeighbourSwapAtEveryPosition) {
    for (size_t len = 3; len <= 70; ++len)
        for (size_t i = 0; i + 1 < len; ++i)
            for (int a = 0; a < 31; ++a)
                for (int b = 0; b < 31; ++b) {
                    std::vector<int> w(len - 1, 0);
                    w[i] = a;
                    if (i + 1 < len - 1) w[i + 1] = b;
                    w.push_back(code_check_value(w));
                    ASSERT_TRUE(code_check_passes(w));
                    std::vector<int> sub = w;
                    sub[i] = b;
                    if (b != a) {
                        EXPECT_FALSE(code_check_passes(sub)) << len << " at " << i;
                    }
                    sub = w;
                    sub[len - 1] = (w[len - 1] + 1 + b % 30) % 31;  // the check symbol itself wrong
                    EXPECT_FALSE(code_check_passes(sub)) << len;
                    if (w[i] != w[i + 1]) {
                        std::vector<int> sw = w;
                        std::swap(sw[i], sw[i + 1]);
                        EXPECT_FALSE(code_check_passes(sw)) << len << " swap at " << i;
                    }
                }
}

TEST(Code, DamagedCodesSayWhatIsWrong) {
    Diagnostics d;
    std::string code = normalize_code(encode_code(with_values(workshop(), {4}), workshop(), d));
    auto problem = [](const std::string& text) {
        Diagnostics bad;
        EXPECT_FALSE(decode_code(text, instruments(), bad)) << text;
        return bad.items.empty() ? std::string() : bad.items[0].code;
    };
    std::string swapped = code;
    std::swap(swapped[5], swapped[6]);
    if (swapped != code) {
        EXPECT_EQ(problem(swapped), "diag.code.checksum");
    }
    EXPECT_EQ(problem(code.substr(0, code.size() - 1)), "diag.code.length");
    EXPECT_EQ(problem(code + "A"), "diag.code.length");
    EXPECT_EQ(problem(""), "diag.code.empty");
    EXPECT_EQ(problem(code.substr(0, 3) + "0" + code.substr(4)), "diag.code.character");
    EXPECT_EQ(problem(code.substr(0, 3) + "I" + code.substr(4)), "diag.code.character");

    // The message a participant reads says both possibilities.
    Diagnostics bad;
    decode_code(swapped == code ? code.substr(0, 15) + "2" : swapped, instruments(), bad);
    ASSERT_FALSE(bad.items.empty());
    EXPECT_EQ(testing_support::sv(bad.items[0]),
              "kontrolltecknet stämmer inte – ett tecken är fel eller två har bytt plats");
}

TEST(Code, AnInstrumentOutsideTheRegistryOrNotBundledIsNamed) {
    // A valid code whose first symbol names registry place 30, which is empty.
    Diagnostics diag;
    std::vector<int> v = symbols(encode_code(with_values(workshop(), {3}), workshop(), diag));
    v[0] = 30;
    v.back() = 0;
    v.back() = code_check_value(std::vector<int>(v.begin(), v.end() - 1));
    Diagnostics unknown;
    EXPECT_FALSE(decode_code(from_symbols(v), instruments(), unknown));
    ASSERT_EQ(unknown.items.size(), 1u);
    EXPECT_EQ(unknown.items[0].code, "diag.code.unknown_instrument");

    // A workshop code read by a program without the workshop instrument.
    std::vector<Instrument> others;
    for (const auto& in : instruments())
        if (in.id != "skane-2025-workshop") others.push_back(in);
    Diagnostics missing;
    Diagnostics d;
    EXPECT_FALSE(decode_code(encode_code(with_values(workshop(), {3}), workshop(), d), others, missing));
    ASSERT_EQ(missing.items.size(), 1u);
    EXPECT_EQ(missing.items[0].code, "diag.code.instrument_not_bundled");
    EXPECT_EQ(missing.items[0].args[0], "skane-2025-workshop");

    // An instrument that is not in the registry cannot be written as a code.
    Instrument foreign = workshop();
    foreign.id = "egen-enkat";
    Diagnostics refused;
    EXPECT_EQ(encode_code(with_values(foreign, {3}), foreign, refused), "");
    ASSERT_EQ(refused.items.size(), 1u);
    EXPECT_EQ(refused.items[0].code, "diag.code.not_in_registry");
}

TEST(Code, TwoParticipantsWithTheSameAnswersGiveTwoCodesAndOneGivesTheSameTwice) {
    Assessment a = with_values(workshop(), {5});
    Assessment b = a;
    b.id = "deltagare-8";
    Diagnostics d;
    EXPECT_NE(encode_code(a, workshop(), d), encode_code(b, workshop(), d));
    EXPECT_EQ(encode_code(a, workshop(), d), encode_code(a, workshop(), d));
}

// json_read: parsing untrusted JSON without exceptions, JSON paths as users see
// them, message quoting and the UTF-8 check every file goes through first.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "json_read.h"
#include "test_helpers.h"

using namespace spegeln;
using testing_support::en;
using testing_support::language;
using testing_support::sv;

namespace {

// The one error a failed parse reports (parse_json promises exactly one).
Diagnostic only_error(std::string_view text) {
    Diagnostics d;
    auto j = parse_json(text, d);
    EXPECT_FALSE(j.has_value()) << text;
    EXPECT_EQ(d.items.size(), 1u);
    EXPECT_EQ(d.error_count(), 1u);
    return d.items.empty() ? Diagnostic{} : d.items.front();
}

}  // namespace

TEST(ParseJson, ValidDocumentKeepsKeyOrderAndValues) {
    Diagnostics d;
    auto j = parse_json(R"({"b": 1, "a": [true, null, "å"], "c": {"x": 2.5}})", d);
    ASSERT_TRUE(j.has_value());
    EXPECT_TRUE(d.items.empty());
    // ordered_json: the user's order is kept, so a file written back looks the same.
    EXPECT_EQ(j->begin().key(), "b");
    EXPECT_EQ((*j)["a"][2].get<std::string>(), "å");
    EXPECT_DOUBLE_EQ((*j)["c"]["x"].get<double>(), 2.5);
}

TEST(ParseJson, ByteOrderMarkIsAccepted) {
    Diagnostics d;
    auto j = parse_json("\xEF\xBB\xBF{\"a\": 1}", d);
    ASSERT_TRUE(j.has_value()) << (d.items.empty() ? "" : sv(d.items[0]));
    EXPECT_EQ((*j)["a"].get<int>(), 1);
}

TEST(ParseJson, EmptyOrBlankTextSaysTheFileIsEmpty) {
    for (std::string_view text : {"", "   ", "\n\r\t ", "\xEF\xBB\xBF"}) {
        Diagnostic e = only_error(text);
        EXPECT_EQ(e.code, "diag.json.empty") << text;
        EXPECT_NE(sv(e).find("tom"), std::string::npos) << sv(e);
    }
}

TEST(ParseJson, SyntaxErrorGivesLineAndColumn) {
    // The stray 'x' is on line 3, column 8.
    Diagnostic e = only_error("{\n  \"a\": 1,\n  \"b\": x\n}");
    EXPECT_EQ(e.code, "diag.json.bad_token");
    ASSERT_GE(e.args.size(), 2u);
    EXPECT_EQ(e.args[0], "3") << "line";
    EXPECT_EQ(e.args[1], "8") << "column";
    EXPECT_NE(sv(e).find("ogiltig JSON"), std::string::npos) << sv(e);
    EXPECT_NE(sv(e).find("rad 3, kolumn 8"), std::string::npos) << sv(e);
    EXPECT_NE(en(e).find("invalid JSON at line 3, column 8"), std::string::npos) << en(e);
}

TEST(ParseJson, TruncatedDocumentSaysItEndsEarly) {
    for (std::string_view text : {"{\"a\": [1, 2", "{\"a\": \"abc", "{\"a\":", "[", "{\"a\": 1,"}) {
        Diagnostic e = only_error(text);
        EXPECT_EQ(e.code, "diag.json.truncated") << text;
        EXPECT_NE(sv(e).find("tar slut"), std::string::npos) << text << " → " << sv(e);
    }
}

TEST(ParseJson, ErrorAtTheLastByteIsNotMistakenForTruncation) {
    // A trailing comma or a typo in the last character is a mistake in the text,
    // not a file cut short; the message must not send the user looking for the rest.
    for (std::string_view text : {"[1,]", "{\"a\": 1,}", "{\"a\": tru}", "{\"a\": 1} x"}) {
        Diagnostic e = only_error(text);
        EXPECT_NE(e.code, "diag.json.truncated") << text;
        EXPECT_NE(sv(e).find("ogiltig JSON"), std::string::npos) << text << " → " << sv(e);
    }
}

TEST(ParseJson, NumberTooLargeForADoubleIsExplainedWithoutLibraryTags) {
    Diagnostic e = only_error("{\"level\": 1e400}");
    EXPECT_EQ(e.code, "diag.json.number_overflow");
    ASSERT_EQ(e.args.size(), 3u);
    EXPECT_EQ(e.args[2], "\"1e400\"");
    EXPECT_NE(sv(e).find("1e400"), std::string::npos) << sv(e);
    EXPECT_EQ(sv(e).find("json.exception"), std::string::npos) << sv(e);
    EXPECT_EQ(en(e).find("json.exception"), std::string::npos) << en(e);
}

TEST(ParseJson, TrailingGarbageIsAnErrorNotIgnored) {
    Diagnostic e = only_error("{\"a\": 1} {\"b\": 2}");
    EXPECT_NE(sv(e).find("ogiltig JSON"), std::string::npos) << sv(e);
}

TEST(ParseJson, NulByteIsRejectedEvenAfterTheDocument) {
    // nlohmann reads a NUL as the end of the text: without the check the rest would be ignored.
    Diagnostic e = only_error(std::string_view("{\"a\": 1}\0{\"b\": 2}", 17));
    EXPECT_EQ(e.code, "diag.json.nul_byte");
    EXPECT_EQ(e.args, (std::vector<std::string>{"1", "9"}));
    EXPECT_NE(sv(e).find("NUL-byte (rad 1, kolumn 9)"), std::string::npos) << sv(e);
}

TEST(ParseJson, DuplicateKeyIsRejectedWithItsPath) {
    Diagnostic e = only_error(R"({"answers": {"pc-03": {"level": 1}, "pc-03": {"level": 2}}})");
    EXPECT_EQ(e.path, "answers[\"pc-03\"]");
    EXPECT_EQ(e.code, "diag.json.duplicate_key");
    EXPECT_NE(sv(e).find("mer än en gång"), std::string::npos) << sv(e);
}

TEST(ParseJson, DuplicateKeyDeepInsideArraysHasTheFullPath) {
    Diagnostic e = only_error(R"({"items": [{"id": "a"}, {"id": "b", "principles": [{"id": "p", "id": "q"}]}]})");
    EXPECT_EQ(e.path, "items[1].principles[0][\"id\"]");
}

TEST(ParseJson, DuplicateKeyBelowAHostileKeyIsQuotedSafely) {
    // The parent key holds an escape sequence, a quote and a newline: the path
    // must show them escaped, never raw (they would reach a terminal or a log).
    Diagnostic e = only_error("{\"answers\": {\"x\\u001b[2J\\\"\\n\": {\"level\": 1, \"level\": 2}}}");
    EXPECT_EQ(e.path.find('\x1b'), std::string::npos) << e.path;
    EXPECT_EQ(e.path.find('\n'), std::string::npos) << e.path;
    EXPECT_NE(e.path.find("\\u001b"), std::string::npos) << e.path;
    EXPECT_NE(e.path.find("\\\""), std::string::npos) << e.path;
    EXPECT_TRUE(is_valid_utf8(e.path));
}

TEST(ParseJson, NestingUpToTheLimitIsAcceptedAndOneDeeperIsNot) {
    std::string ok = std::string(kMaxNestingDepth, '[') + std::string(kMaxNestingDepth, ']');
    Diagnostics d;
    EXPECT_TRUE(parse_json(ok, d).has_value());
    std::string deep = std::string(kMaxNestingDepth + 1, '[') + std::string(kMaxNestingDepth + 1, ']');
    Diagnostic e = only_error(deep);
    EXPECT_EQ(e.code, "diag.json.too_deep");
    ASSERT_FALSE(e.args.empty());
    EXPECT_EQ(e.args[0], "64");
    EXPECT_NE(sv(e).find("nästlad djupare än 64"), std::string::npos) << sv(e);
}

TEST(ParseJson, ObjectWithManyKeysParsesInLinearTime) {
    // The duplicate-key check and the DOM must not search the object per key:
    // when they did, 100 000 keys took 23 s (quadratic); as many as the value cap
    // allows (the object is one value, each key's value another) would take minutes.
    const size_t keys = kMaxJsonValues - 1;
    std::string text = "{";
    for (size_t i = 0; i < keys; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    text += "}";
    auto t0 = std::chrono::steady_clock::now();
    Diagnostics d;
    auto j = parse_json(text, d);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_TRUE(j);
    EXPECT_EQ(j->size(), keys);
    EXPECT_EQ((*j)["k" + std::to_string(keys - 1)], 0);
    EXPECT_LT(seconds, 20.0);
}

TEST(ParseJson, BracketsInsideStringsDoNotCountAsNesting) {
    std::string text = "{\"a\": \"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"}";
    Diagnostics d;
    EXPECT_TRUE(parse_json(text, d).has_value()) << (d.items.empty() ? "" : sv(d.items[0]));
}

TEST(ParseJson, TooLargeDocumentIsRejectedBeforeParsing) {
    std::string big(kMaxDocumentBytes + 1, ' ');
    Diagnostic e = only_error(big);
    EXPECT_EQ(e.code, "diag.file.too_large");
    EXPECT_NE(sv(e).find("största tillåtna storlek är 16 MB"), std::string::npos) << sv(e);
    EXPECT_NE(en(e).find("the largest allowed size is 16 MB"), std::string::npos) << en(e);
}

TEST(ParseJson, InvalidUtf8GivesLineAndColumnOfTheBadByte) {
    Diagnostic e = only_error("{\n\"a\": \"x\xFF\"}");
    EXPECT_EQ(e.code, "diag.json.bad_utf8");
    EXPECT_NE(sv(e).find("inte giltig UTF-8"), std::string::npos) << sv(e);
    EXPECT_NE(sv(e).find("rad 2, kolumn 8"), std::string::npos) << sv(e);
}

// Found by tests/fuzz/fuzz_json.cpp (tests/fuzz/regressions/fuzz_json/): nlohmann
// quotes the token it stopped in, which ended inside the two-byte U+07AF.
TEST(ParseJson, SyntaxErrorInsideAMultiByteCharacterKeepsTheMessageUtf8) {
    Diagnostic e = only_error(" \xDE\xAF<");
    for (const auto& arg : e.args) EXPECT_TRUE(is_valid_utf8(arg)) << arg;
    EXPECT_TRUE(is_valid_utf8(sv(e))) << sv(e);
    EXPECT_NE(sv(e).find("rad 1, kolumn 2"), std::string::npos) << sv(e);
}

TEST(Paths, MemberIndexAndKeyFormsAsUsersSeeThem) {
    EXPECT_EQ(path_member("", "items"), "items");
    EXPECT_EQ(path_index("items", 3), "items[3]");
    EXPECT_EQ(path_member(path_index("items", 3), "weight"), "items[3].weight");
    EXPECT_EQ(path_member(path_key("answers", "pc-03"), "level"), "answers[\"pc-03\"].level");
}

TEST(Paths, KeyIsQuotedSoQuotesAndControlCharactersCannotBreakIt) {
    EXPECT_EQ(path_key("answers", "a\"b"), "answers[\"a\\\"b\"]");
    EXPECT_EQ(path_key("answers", "a\nb"), "answers[\"a\\u000ab\"]");
}

TEST(QuoteForMessage, EscapesQuotesBackslashesAndControlCharacters) {
    EXPECT_EQ(quote_for_message("abc"), "\"abc\"");
    EXPECT_EQ(quote_for_message("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(quote_for_message(std::string("a\x1b[31m\x7f\0", 8)), "\"a\\u001b[31m\\u007f\\u0000\"");
}

TEST(QuoteForMessage, ShortensLongTextCountingCharactersNotBytes) {
    std::string s;
    for (int i = 0; i < 100; ++i) s += "å";  // two bytes each
    std::string q = quote_for_message(s);
    std::string expected = "\"";
    for (int i = 0; i < 60; ++i) expected += "å";
    expected += "…\"";
    EXPECT_EQ(q, expected);
    EXPECT_TRUE(is_valid_utf8(q));
}

TEST(QuoteForMessage, InvalidUtf8NeverReachesAMessage) {
    EXPECT_EQ(quote_for_message("a\xFF"), "\"\uFFFD\"") << "the replacement character, the same in every language";
}

TEST(Utf8, AcceptsOneToFourByteCharactersUpToU10FFFF) {
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("ascii"));
    EXPECT_TRUE(is_valid_utf8("åäö"));                        // 2 bytes
    EXPECT_TRUE(is_valid_utf8("\xE2\x82\xAC"));               // € (3 bytes)
    EXPECT_TRUE(is_valid_utf8("\xF0\x9D\x84\x9E"));           // 𝄞 (4 bytes)
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));           // U+10FFFF
    EXPECT_TRUE(is_valid_utf8(std::string_view("a\0b", 3)));  // NUL is valid UTF-8 (JSON rejects it later)
}

TEST(Utf8, RejectsBadBytesAndReportsTheirOffset) {
    struct Case {
        std::string text;
        size_t offset;
        const char* why;
    };
    const Case cases[] = {
        {"ab\xFF", 2, "lone 0xFF"},
        {"a\x80", 1, "continuation byte without a lead"},
        {"\xC0\xAF", 0, "overlong '/' in two bytes"},
        {"x\xE0\x80\xAF", 1, "overlong '/' in three bytes"},
        {"\xF0\x80\x80\xAF", 0, "overlong in four bytes"},
        {"ok\xED\xA0\x80", 2, "UTF-16 surrogate U+D800"},
        {"\xF4\x90\x80\x80", 0, "beyond U+10FFFF"},
        {"abc\xE2\x82", 3, "cut off at the end"},
        {"\xC3(", 0, "lead byte followed by ASCII"},
    };
    for (const auto& c : cases) {
        size_t at = 999;
        EXPECT_FALSE(is_valid_utf8(c.text, &at)) << c.why;
        EXPECT_EQ(at, c.offset) << c.why;
    }
}

TEST(TypedReaders, WrongTypeNamesPathAndBothTypes) {
    Diagnostics d;
    auto j = parse_json(R"({"n": "7", "s": 7, "t": [1]})", d);
    ASSERT_TRUE(j);
    double num = 0;
    std::string str;
    LocalizedText text;
    EXPECT_FALSE(read_number(*j, "n", "x", d, num, true));
    EXPECT_FALSE(read_string(*j, "s", "x", d, str, true));
    EXPECT_FALSE(read_text(*j, "t", "x", d, text, true));
    ASSERT_EQ(d.items.size(), 3u);
    EXPECT_EQ(d.items[0].path, "x.n");
    EXPECT_EQ(d.items[0].code, "diag.wrong_type");
    EXPECT_EQ(d.items[0].args, (std::vector<std::string>{"diag.type.number", "diag.type.string"}));
    EXPECT_NE(sv(d.items[0]).find("ska vara ett tal, men är en text"), std::string::npos);
    EXPECT_EQ(en(d.items[0]), "should be a number, but is a string");
    EXPECT_EQ(d.items[1].path, "x.s");
    EXPECT_NE(sv(d.items[1]).find("ska vara en text, men är ett tal"), std::string::npos);
    EXPECT_EQ(d.items[2].path, "x.t");
}

TEST(TypedReaders, MissingRequiredFieldIsAnErrorAndOptionalIsNot) {
    Diagnostics d;
    json obj = json::object();
    std::string s = "unchanged";
    EXPECT_TRUE(read_string(obj, "opt", "", d, s, false));
    EXPECT_EQ(s, "unchanged");
    EXPECT_TRUE(d.items.empty());
    EXPECT_FALSE(read_string(obj, "req", "", d, s, true));
    ASSERT_EQ(d.items.size(), 1u);
    EXPECT_EQ(d.items[0].path, "req");
    EXPECT_EQ(d.items[0].code, "diag.missing");
    EXPECT_TRUE(d.items[0].args.empty());
    EXPECT_EQ(sv(d.items[0]), "saknas men krävs");
    EXPECT_EQ(en(d.items[0]), "is missing but required");
}

TEST(TypedReaders, IntegerAcceptsWholeFloatsAndRejectsFractionsAndHugeValues) {
    Diagnostics d;
    auto j = parse_json(R"({"a": 3, "b": 3.0, "c": 3.5, "d": 9223372036854775808, "e": -2, "f": true})", d);
    ASSERT_TRUE(j);
    long long v = 0;
    EXPECT_TRUE(read_integer(*j, "a", "", d, v, true));
    EXPECT_EQ(v, 3);
    EXPECT_TRUE(read_integer(*j, "b", "", d, v, true));
    EXPECT_EQ(v, 3);
    EXPECT_TRUE(read_integer(*j, "e", "", d, v, true));
    EXPECT_EQ(v, -2);
    EXPECT_TRUE(d.items.empty());
    EXPECT_FALSE(read_integer(*j, "c", "", d, v, true));
    EXPECT_FALSE(read_integer(*j, "d", "", d, v, true));  // 2^63 does not fit
    EXPECT_FALSE(read_integer(*j, "f", "", d, v, true));
    ASSERT_EQ(d.items.size(), 3u);
    EXPECT_EQ(d.items[0].code, "diag.not_integer");
    EXPECT_EQ(d.items[1].code, "diag.number_too_large");
    EXPECT_EQ(d.items[2].code, "diag.wrong_type");
    EXPECT_NE(sv(d.items[0]).find("inte ett heltal"), std::string::npos) << sv(d.items[0]);
    EXPECT_NE(sv(d.items[1]).find("för stort"), std::string::npos) << sv(d.items[1]);
    EXPECT_NE(sv(d.items[2]).find("ska vara ett heltal"), std::string::npos) << sv(d.items[2]);
}

TEST(TypedReaders, TextIsAStringOrSvEnObjectAndNeverEmptyWhenRequired) {
    Diagnostics d;
    auto j = parse_json(R"({"a": "Hej", "b": {"sv": "Hej", "en": "Hi"}, "c": "", "d": {"en": "Hi"}, "e": 1})", d);
    ASSERT_TRUE(j);
    LocalizedText t;
    EXPECT_TRUE(read_text(*j, "a", "", d, t, true));
    EXPECT_EQ(t.sv, "Hej");
    t = {};
    EXPECT_TRUE(read_text(*j, "b", "", d, t, true));
    EXPECT_EQ(t.in("en"), "Hi");
    EXPECT_EQ(t.in("sv"), "Hej");
    EXPECT_TRUE(d.items.empty());
    EXPECT_FALSE(read_text(*j, "c", "", d, t, true));
    EXPECT_FALSE(read_text(*j, "d", "", d, t, true));
    EXPECT_FALSE(read_text(*j, "e", "", d, t, true));
    ASSERT_EQ(d.items.size(), 3u);
    EXPECT_EQ(d.items[0].path, "c");
    EXPECT_EQ(d.items[1].path, "d.sv");
    EXPECT_EQ(d.items[2].path, "e");
}

TEST(DescribeValue, ShortFormsForMessages) {
    EXPECT_EQ(describe_value(json(7)), "7");
    EXPECT_EQ(describe_value(json("abc")), "\"abc\"");
    EXPECT_EQ(describe_value(json::array()), "diag.type.array") << "a type name is translated where it is shown";
    EXPECT_EQ(describe_value(json(nullptr)), "null");
    EXPECT_EQ(type_code(json::object()), "diag.type.object");
    EXPECT_EQ(type_code(json(true)), "diag.type.boolean");
    EXPECT_EQ(type_code(json(1.5)), "diag.type.number");
    EXPECT_EQ(language("sv").get(type_code(json::object())), "ett objekt");
    EXPECT_EQ(language("en").get(type_code(json(true))), "true or false");
}

TEST(DumpJson, InvalidUtf8FromACallerIsReplacedNotThrown) {
    json j = {{"name", std::string("a\xFF"
                                   "b")}};
    std::string s = dump_json(j);
    EXPECT_TRUE(is_valid_utf8(s));
    EXPECT_NE(s.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
}

// nlohmann's English grammar never reaches a user: each syntax error becomes a
// code whose parameters are keys (where, what was met, what was expected), and
// what was expected is still named in both languages.
TEST(ParseJsonMessages, SyntaxErrorsAreCodesWithTranslatedParts) {
    for (const char* text : {"{\"a\": [1, 2,, 3]}", "{\"a\": tru}", "{\"a\" 1}", "[1, 2", "{\"a\": -x}"}) {
        spegeln::Diagnostics d;
        EXPECT_FALSE(spegeln::parse_json(text, d).has_value()) << text;
        ASSERT_EQ(d.items.size(), 1u) << text;
        EXPECT_EQ(d.items[0].code.rfind("diag.json.", 0), 0u) << d.items[0].code;
        std::string m = sv(d.items[0]);
        EXPECT_EQ(m.find("syntax error"), std::string::npos) << m;
        EXPECT_EQ(m.find("unexpected"), std::string::npos) << m;
        EXPECT_EQ(m.find("expected"), std::string::npos) << m;
        EXPECT_EQ(m.find("diag."), std::string::npos) << "every part is translated: " << m;
        EXPECT_NE(m.find("rad 1, kolumn"), std::string::npos) << m;
        std::string e = en(d.items[0]);
        EXPECT_EQ(e.find("diag."), std::string::npos) << e;
        EXPECT_EQ(e.find("syntax error"), std::string::npos) << e;
        EXPECT_NE(e.find("line 1, column"), std::string::npos) << e;
    }
    spegeln::Diagnostics d;
    spegeln::parse_json("{\"a\" 1}", d);
    ASSERT_EQ(d.items.size(), 1u);
    const Diagnostic& x = d.items[0];
    EXPECT_EQ(x.code, "diag.json.unexpected_expected");
    EXPECT_EQ(x.args, (std::vector<std::string>{"1", "6", "diag.json.where.object_separator", "diag.json.token.number",
                                                "':'"}));
    EXPECT_NE(sv(x).find("väntade ':'"), std::string::npos) << sv(x);
    EXPECT_EQ(en(x), "invalid JSON at line 1, column 6: unexpected number after a key of an object; expected ':'");
}

TEST(ParseJsonMessages, LexerErrorsNameTheProblem) {
    struct Case {
        const char* text;
        const char* problem;
    } cases[] = {{"{\"a\": tru}", "diag.json.lex.literal"},
                 {"{\"a\": -x}", "diag.json.lex.number_minus"},
                 {"{\"a\": 1.}", "diag.json.lex.number_point"},
                 {"{\"a\": \"x\\qy\"}", "diag.json.lex.bad_escape"},
                 {"{\"a\": \"x\ty\"}", "diag.json.lex.control_character"}};
    for (const auto& c : cases) {
        spegeln::Diagnostics d;
        EXPECT_FALSE(spegeln::parse_json(c.text, d).has_value()) << c.text;
        ASSERT_EQ(d.items.size(), 1u) << c.text;
        EXPECT_EQ(d.items[0].code, "diag.json.bad_token") << c.text;
        ASSERT_EQ(d.items[0].args.size(), 4u) << c.text;
        EXPECT_EQ(d.items[0].args[2], c.problem) << c.text;
    }
}

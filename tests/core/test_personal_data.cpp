// The personal-data detector (core/personal_data): what it must find, and the
// look-alikes it must leave alone. Numbers are built for a fixed reference year
// (2025), so the tests do not change with the calendar.
#include <gtest/gtest.h>

#include "personal_data.h"

using namespace spegeln;

namespace {

constexpr int kYear = 2025;

// The findings as "kind:matched text" for readable failures.
std::vector<std::string> found(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& f : find_personal_data(text, kYear))
        out.push_back(std::string(personal_data_kind_id(f.kind)) + ":" +
                      std::string(text.substr(f.start, f.end - f.start)));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(PersonalData, LuhnCheckDigit) {
    EXPECT_TRUE(luhn_valid("8112189876"));
    EXPECT_FALSE(luhn_valid("8112189875"));
    EXPECT_TRUE(luhn_valid("1212121212"));
    EXPECT_FALSE(luhn_valid("121212121"));   // nine digits
    EXPECT_FALSE(luhn_valid("12121212x2"));  // not a digit
}

TEST(PersonalData, PersonnummerInEveryWrittenForm) {
    EXPECT_EQ(found("811218-9876"), V{"personnummer:811218-9876"});
    EXPECT_EQ(found("8112189876"), V{"personnummer:8112189876"});
    EXPECT_EQ(found("19811218-9876"), V{"personnummer:19811218-9876"});
    EXPECT_EQ(found("198112189876"), V{"personnummer:198112189876"});
    EXPECT_EQ(found("Patienten (pnr 121212-1212) sa att"), V{"personnummer:121212-1212"});
    EXPECT_EQ(found("pnr: 811218-9876."), V{"personnummer:811218-9876"});
}

TEST(PersonalData, OffsetsAreBytesIntoUtf8Text) {
    std::string text = "Åsa: 811218-9876";  // Å is two bytes
    auto f = find_personal_data(text, kYear);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 6u);
    EXPECT_EQ(f[0].end, text.size());
}

TEST(PersonalData, WrongCheckDigitIsNotFlagged) {
    for (const char* s : {"811218-9875", "8112189870", "19811218-9871", "198112189879", "121212-1213"})
        EXPECT_EQ(found(s), V{}) << s;
}

TEST(PersonalData, ImpossibleDateIsNotFlagged) {
    // Valid check digits, impossible dates: day 32, month 13, 29 February of 2019.
    EXPECT_EQ(found("811232-9878"), V{});
    EXPECT_EQ(found("811318-9875"), V{});
    EXPECT_EQ(found("190229-1234"), V{});
    // Born after the reference year (12 digits carry their century).
    EXPECT_EQ(found("20301218-0000"), V{});
}

TEST(PersonalData, SamordningsnummerHasDayPlusSixty) {
    EXPECT_EQ(found("701063-2391"), V{"samordningsnummer:701063-2391"});
    EXPECT_EQ(found("811278-9873"), V{"samordningsnummer:811278-9873"});
    EXPECT_EQ(found("19701063-2391"), V{"samordningsnummer:19701063-2391"});
    // Day 92 would be the 32nd.
    EXPECT_EQ(found("811292-9874"), V{});
}

TEST(PersonalData, PlusMeansAHundredYearsOrOlder) {
    // 29 February 2000 existed, 29 February 1900 did not: the '+' moves the
    // birth a century back, and the date must still be real.
    EXPECT_EQ(found("000229-1235"), V{"personnummer:000229-1235"});
    EXPECT_EQ(found("000229+1235"), V{});
    EXPECT_EQ(found("040229+1231"), V{"personnummer:040229+1231"});  // 1904 was a leap year
    EXPECT_EQ(found("20000229-1235"), V{"personnummer:20000229-1235"});
    EXPECT_EQ(found("19000229-1235"), V{});
}

TEST(PersonalData, DatesAmountsAndCaseNumbersAreNotFlagged) {
    for (const char* s : {"2025-03-01",       "20250301",        "möte 2025-03-01 kl 10.00",
                          "01-02-2025",       "1/3 2025",        "12 500 kr",
                          "1 234 567",        "1 234 567 kr",    "1 020 304 050 kr",
                          "kostnad 0,5 mnkr", "Dnr 2024-000123", "RS 2023/456",
                          "dnr 2024-811218",  "år 2024",         "2024–2025",
                          "211 45 Malmö",     "SE-211 45",       "Org.nr 556677-8899",
                          "version 1.2.3",    "kl 08.30–10.00",  "811218-98765",
                          "1811218-9876",     "ABC811218-9876",  "811218-9876A",
                          "2024-811218-9876"})
        EXPECT_EQ(found(s), V{}) << s;
}

TEST(PersonalData, MobileNumbersInCommonForms) {
    EXPECT_EQ(found("070-123 45 67"), V{"telefon:070-123 45 67"});
    EXPECT_EQ(found("0701234567"), V{"telefon:0701234567"});
    EXPECT_EQ(found("070 123 45 67"), V{"telefon:070 123 45 67"});
    EXPECT_EQ(found("073-1234567"), V{"telefon:073-1234567"});
    EXPECT_EQ(found("+46 70 123 45 67"), V{"telefon:+46 70 123 45 67"});
    EXPECT_EQ(found("+46701234567"), V{"telefon:+46701234567"});
    EXPECT_EQ(found("0046 70-123 45 67"), V{"telefon:0046 70-123 45 67"});
    EXPECT_EQ(found("+46 (0)70 123 45 67"), V{"telefon:+46 (0)70 123 45 67"});
    EXPECT_EQ(found("ring 076\xC2\xA0"
                    "123\xC2\xA0"
                    "45\xC2\xA0"
                    "67 i kväll"),
              V{"telefon:076\xC2\xA0"
                "123\xC2\xA0"
                "45\xC2\xA0"
                "67"});
}

TEST(PersonalData, LandlineNumbers) {
    EXPECT_EQ(found("08-123 456 78"), V{"telefon:08-123 456 78"});
    EXPECT_EQ(found("08 12 34 56"), V{"telefon:08 12 34 56"});
    EXPECT_EQ(found("031-123 45 67"), V{"telefon:031-123 45 67"});
    EXPECT_EQ(found("0431-123 45"), V{"telefon:0431-123 45"});
    EXPECT_EQ(found("+46 8 123 456 78"), V{"telefon:+46 8 123 456 78"});
    EXPECT_EQ(found("tel. 040-12 34 56."), V{"telefon:040-12 34 56"});
}

TEST(PersonalData, PhoneLookAlikesAreNotFlagged) {
    for (const char* s : {"070-123 45", "071-123 45 67", "+47 70 123 45 67", "0 12 34 56 78", "07012345678901",
                          "ring 1177", "larma 112", "113 13", "070-123 45 67-89", "12345678"})
        EXPECT_EQ(found(s), V{}) << s;
}

TEST(PersonalData, EmailAddresses) {
    EXPECT_EQ(found("kalle.anka@exempel.se"), V{"epost:kalle.anka@exempel.se"});
    EXPECT_EQ(found("skriv till <Asa_B+revision@region.skane.se>."), V{"epost:Asa_B+revision@region.skane.se"});
    EXPECT_EQ(found("Åsa.Öberg@vården.se, tack"), V{"epost:Åsa.Öberg@vården.se"});
    EXPECT_EQ(found("mejla\xC2\xA0kalle@exempel.se\xC2\xA0nu"), V{"epost:kalle@exempel.se"});
    EXPECT_EQ(found("”kalle@exempel.se”"), V{"epost:kalle@exempel.se"});
    // A number inside an address is part of the address, not a second finding.
    EXPECT_EQ(found("0701234567@sms.exempel.se"), V{"epost:0701234567@sms.exempel.se"});
}

TEST(PersonalData, EmailLookAlikesAreNotFlagged) {
    for (const char* s : {"a@b", "@exempel.se", "kalle@", "kalle@localhost", "x@1.2.3.4", "träffas @ 10",
                          "kalle@-exempel.se", ".@exempel.se"})
        EXPECT_EQ(found(s), V{}) << s;
}

TEST(PersonalData, SeveralFindingsInOrder) {
    EXPECT_EQ(found("Anna 811218-9876, tel 070-123 45 67 eller anna@exempel.se; 12 500 kr"),
              (V{"personnummer:811218-9876", "telefon:070-123 45 67", "epost:anna@exempel.se"}));
}

TEST(PersonalData, MaskKeepsOnlyTheHarmlessPart) {
    EXPECT_EQ(mask_personal_data("19811218-9876", PersonalDataKind::Personnummer), "19811218-****");
    EXPECT_EQ(mask_personal_data("8112189876", PersonalDataKind::Personnummer), "811218****");
    EXPECT_EQ(mask_personal_data("070-123 45 67", PersonalDataKind::Phone), "070-*** ** **");
    EXPECT_EQ(mask_personal_data("+46 70 123 45 67", PersonalDataKind::Phone), "+46 70 *** ** **");
    EXPECT_EQ(mask_personal_data("0046 70-123 45 67", PersonalDataKind::Phone), "0046 70-*** ** **");
    EXPECT_EQ(mask_personal_data("kalle@exempel.se", PersonalDataKind::Email), "k****@exempel.se");
}

TEST(PersonalData, JsonFindingsNameTheStringTheyAreIn) {
    json doc = json::parse(R"({
      "notes": "Ring 070-123 45 67",
      "answers": {"pc-01": {"comment": "pnr 811218-9876", "level": 3}},
      "quotes": ["bra", "mejla kalle@exempel.se"],
      "date": "2025-03-01",
      "811218-9876": "keys are names, not free text"
    })");
    auto f = find_personal_data_in_json(doc, kYear);
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(f[0].path, "notes");
    EXPECT_EQ(f[0].finding.kind, PersonalDataKind::Phone);
    EXPECT_EQ(f[0].finding.start, 5u);
    EXPECT_EQ(f[0].text, "070-123 45 67");
    EXPECT_EQ(f[1].path, "answers[\"pc-01\"].comment");
    EXPECT_EQ(f[1].finding.kind, PersonalDataKind::Personnummer);
    EXPECT_EQ(f[2].path, "quotes[1]");
    EXPECT_EQ(f[2].finding.kind, PersonalDataKind::Email);
}

TEST(PersonalData, CurrentYearIsTheDefault) {
    // A number born in 2024 is a person today (the clock's year is 2024 or later),
    // and one born a century on from now is not.
    EXPECT_EQ(find_personal_data("20240229-0007").size(), 1u);
    EXPECT_TRUE(find_personal_data("21240229-0007").empty());
    // 121212-1212 is 2012 today; nothing depends on the year for this one.
    EXPECT_EQ(find_personal_data("121212-1212").size(), 1u);
}

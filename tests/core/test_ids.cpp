// The one id rule, the id reserved for the total, and the one UUID formatter (core/ids.h).
#include <gtest/gtest.h>

#include <set>

#include "ids.h"

using namespace spegeln;

TEST(Ids, ValidIdsAreOneTo64LettersDigitsAndDashUnderscoreDot) {
    for (const char* id : {"a", "pc-03", "skane-2025-sjalvskattning", "A_b.c", "0", "1.0"})
        EXPECT_TRUE(is_valid_id(id)) << id;
    EXPECT_TRUE(is_valid_id(std::string(kMaxIdLength, 'x')));
    EXPECT_FALSE(is_valid_id(std::string(kMaxIdLength + 1, 'x')));
    for (const char* id : {"", "a b", "a/b", "a\\b", "å", "a\"", "a:b", "id\n"}) EXPECT_FALSE(is_valid_id(id)) << id;
    EXPECT_FALSE(is_valid_id(std::string_view("a\0b", 3))) << "an embedded NUL";
}

TEST(Ids, TheTotalsIdIsReservedInAnyCase) {
    for (const char* id : {"overall", "Overall", "OVERALL", "oVeRaLl"}) EXPECT_TRUE(is_reserved_id(id)) << id;
    for (const char* id : {"overall2", "overal", "total", "", "overall "}) EXPECT_FALSE(is_reserved_id(id)) << id;
}

TEST(Ids, UuidV4HasTheVersionAndVariantBitsAndLowercaseHex) {
    unsigned char zeros[16] = {};
    EXPECT_EQ(uuid_v4(zeros), "00000000-0000-4000-8000-000000000000");
    unsigned char ones[16];
    for (unsigned char& b : ones) b = 0xFF;
    EXPECT_EQ(uuid_v4(ones), "ffffffff-ffff-4fff-bfff-ffffffffffff");
    unsigned char counting[16];
    for (int i = 0; i < 16; ++i) counting[i] = static_cast<unsigned char>(i * 17);
    EXPECT_EQ(uuid_v4(counting), "00112233-4455-4677-8899-aabbccddeeff");
    EXPECT_TRUE(is_valid_id(uuid_v4(counting))) << "a UUID is a valid id (it names a file in storage)";
}

TEST(Ids, DifferentBytesGiveDifferentUuids) {
    std::set<std::string> seen;
    unsigned char b[16] = {};
    for (int i = 0; i < 256; ++i) {
        b[15] = static_cast<unsigned char>(i);
        seen.insert(uuid_v4(b));
    }
    EXPECT_EQ(seen.size(), 256u);
}

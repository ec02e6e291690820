// The bundled fictional case (core/case_text.h): read into sections, printable as escaped HTML.
#include <gtest/gtest.h>

#include "case_text.h"

using namespace spegeln;

TEST(CaseText, TitleSectionsAndParagraphsAreRead) {
    CaseText c = parse_case("x", "# Fallet\n\nInledning rad ett\nrad två.\n\n## Tolk\nEn <b>mening</b>.\n\nAndra.\n");
    EXPECT_EQ(c.title, "Fallet");
    ASSERT_EQ(c.sections.size(), 2u);
    EXPECT_EQ(c.sections[0].heading, "");
    EXPECT_EQ(c.sections[0].paragraphs, std::vector<std::string>{"Inledning rad ett rad två."});
    EXPECT_EQ(c.sections[1].heading, "Tolk");
    EXPECT_EQ(c.sections[1].paragraphs.size(), 2u);
    std::string html = case_html(c, "sv");
    EXPECT_NE(html.find("<h2>Tolk</h2>"), std::string::npos);
    EXPECT_NE(html.find("En &lt;b&gt;mening&lt;/b&gt;."), std::string::npos) << "text is escaped";
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_NE(html.find("size: A4"), std::string::npos);
}

// The case bears on the workshop items: it mentions what they ask about.
TEST(CaseText, TheWorkshopCaseIsBundledAndTouchesTheItemsThemes) {
    auto c = case_for_instrument("skane-2025-workshop");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->title, "Fallet Vårdcentralen Ekbacken");
    EXPECT_GE(c->sections.size(), 6u);
    std::string all;
    for (const auto& s : c->sections)
        for (const auto& p : s.paragraphs) all += p + " ";
    for (const char* theme :
         {"tolk", "SIP", "närstående", "väntan", "skattningsskala", "självmordsrisk", "kunskapsstöd", "lätt svenska"})
        EXPECT_NE(all.find(theme), std::string::npos) << theme;
    EXPECT_FALSE(case_for_instrument("skane-2025-sjalvskattning"));
}

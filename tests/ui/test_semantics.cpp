// test_semantics.cpp — the screen-reader mirror's tree (web/app/a11y/semantics.h):
// labels name fields, runs of radios get a named group, a dialog hides what is
// behind it, and the JSON carries what web/shell/a11y.js needs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "a11y/semantics.h"

using a11y::Node;
using a11y::Role;

namespace {

Node node(Role role, const std::string& name, std::uint32_t item = 0) {
    Node n;
    n.role = role;
    n.name = name;
    n.item = item;
    return n;
}

}  // namespace

TEST(Semantics, ALabelNamesTheFieldRightAfterItAndNothingLater) {
    a11y::Tree t;
    a11y::begin_frame(t);
    a11y::label("3. Verksamhetens namn");
    a11y::add(node(Role::Textbox, "", 7));
    a11y::add(node(Role::Textbox, "", 8));
    a11y::finish(t);
    ASSERT_EQ(t.nodes.size(), 3u);
    EXPECT_EQ(t.nodes[0].role, Role::Text);  // the label is also read as text
    EXPECT_EQ(t.nodes[1].name, "3. Verksamhetens namn");
    EXPECT_EQ(t.nodes[2].name, "");  // a second field is not named by the same label
}

TEST(Semantics, ARunOfRadiosBecomesAGroupNamedByTheTextBeforeIt) {
    a11y::Tree t;
    a11y::begin_frame(t);
    a11y::label("2. Hur görs bedömningen?");
    a11y::add(node(Role::Radio, "Självskattning", 1));
    a11y::add(node(Role::Radio, "Workshop", 2));
    a11y::add(node(Role::Button, "Starta", 3));
    a11y::add(node(Role::Radio, "Ensam", 4));
    a11y::finish(t);
    ASSERT_EQ(t.nodes.size(), 7u);
    EXPECT_EQ(t.nodes[1].role, Role::RadioGroup);
    EXPECT_EQ(t.nodes[1].name, "2. Hur görs bedömningen?");
    EXPECT_EQ(t.nodes[2].parent, 1);
    EXPECT_EQ(t.nodes[3].parent, 1);
    EXPECT_EQ(t.nodes[4].parent, -1);  // the button ends the run
    EXPECT_EQ(t.nodes[5].role, Role::RadioGroup);
    EXPECT_EQ(t.nodes[6].parent, 5);
}

TEST(Semantics, RadiosInAnExplicitGroupStayThere) {
    a11y::Tree t;
    a11y::begin_frame(t);
    a11y::group_begin(Role::RadioGroup, "Vi frågar om levnadsvanor");
    a11y::add(node(Role::Radio, "0 Inte påbörjat", 1));
    a11y::add(node(Role::Radio, "1 Planerat", 2));
    a11y::group_end();
    a11y::finish(t);
    ASSERT_EQ(t.nodes.size(), 3u);
    EXPECT_EQ(t.nodes[1].parent, 0);
    EXPECT_EQ(t.nodes[2].parent, 0);
}

TEST(Semantics, AnOpenDialogIsAllThereIsAndIsNamedByItsHeading) {
    a11y::Tree t;
    a11y::begin_frame(t);
    a11y::add(node(Role::Heading, "Sparade bedömningar"));
    a11y::add(node(Role::Button, "Ta bort", 1));
    a11y::group_begin(Role::Dialog, "");
    a11y::add(node(Role::Heading, "Ta bort bedömningen?"));
    a11y::add(node(Role::Button, "Avbryt", 2));
    a11y::group_end();
    a11y::finish(t);
    ASSERT_EQ(t.nodes.size(), 3u);
    EXPECT_EQ(t.nodes[0].role, Role::Dialog);
    EXPECT_EQ(t.nodes[0].name, "Ta bort bedömningen?");
    EXPECT_EQ(t.nodes[0].parent, -1);
    EXPECT_EQ(t.nodes[2].name, "Avbryt");
    EXPECT_EQ(t.nodes[2].parent, 0);
}

TEST(Semantics, JsonNestsChildrenAndCarriesStateFocusAndTitle) {
    a11y::Tree t;
    a11y::begin_frame(t);
    Node h = node(Role::Heading, "Resultat");
    h.level = 2;
    a11y::add(h);
    a11y::group_begin(Role::RadioGroup, "Fråga");
    Node r = node(Role::Radio, "2 Påbörjat", 42);
    r.checked = true;
    r.x = 10;
    r.y = 20;
    r.w = 30;
    r.h = 40;
    a11y::add(r);
    a11y::group_end();
    Node f = node(Role::Textbox, "Kommentar", 43);
    f.value = "bad \xff byte";  // broken UTF-8 typed in must not break the mirror
    f.multiline = true;
    a11y::add(f);
    a11y::finish(t);
    t.focused = 42;
    t.focus_visible = true;
    t.title = "Resultat – Strategispegeln";
    nlohmann::json j = nlohmann::json::parse(a11y::to_json(t));
    EXPECT_EQ(j["title"], "Resultat – Strategispegeln");
    EXPECT_EQ(j["focused"], 42);
    EXPECT_EQ(j["focusVisible"], true);
    ASSERT_EQ(j["nodes"].size(), 3u);
    EXPECT_EQ(j["nodes"][0]["role"], "heading");
    EXPECT_EQ(j["nodes"][0]["level"], 2);
    EXPECT_EQ(j["nodes"][1]["role"], "radiogroup");
    ASSERT_EQ(j["nodes"][1]["children"].size(), 1u);
    const auto& radio = j["nodes"][1]["children"][0];
    EXPECT_EQ(radio["checked"], true);
    EXPECT_EQ(radio["item"], 42);
    EXPECT_EQ(radio["rect"], nlohmann::json::array({10, 20, 30, 40}));
    EXPECT_EQ(j["nodes"][2]["multiline"], true);
    EXPECT_NE(j["nodes"][2]["value"].get<std::string>().find("bad"), std::string::npos);
}

TEST(Semantics, EachFrameStartsEmptyWithNoLabelLeftOver) {
    a11y::Tree t;
    a11y::begin_frame(t);
    a11y::add(node(Role::Button, "Start", 1));
    a11y::label("Namn");
    a11y::begin_frame(t);
    a11y::add(node(Role::Textbox, "", 2));
    EXPECT_EQ(a11y::current(), &t);
    ASSERT_EQ(t.nodes.size(), 1u);
    EXPECT_EQ(t.nodes[0].name, "");
}

TEST(Semantics, HelpBetweenALabelOrHeadingAndItsFieldDescribesTheField) {
    a11y::Tree t;
    a11y::begin_frame(t);
    a11y::label("Anteckningar");
    a11y::add(node(Role::Text, "Det ni vill minnas."));
    a11y::add(node(Role::Textbox, "", 9));
    a11y::add(node(Role::Heading, "Anteckningar om resultatet"));
    a11y::add(node(Role::Textbox, "", 10));
    a11y::add(node(Role::Button, "Spara", 11));
    a11y::add(node(Role::Textbox, "", 12));
    a11y::finish(t);
    ASSERT_EQ(t.nodes.size(), 7u);
    EXPECT_EQ(t.nodes[2].name, "Anteckningar");
    EXPECT_EQ(t.nodes[2].description, "Det ni vill minnas.");
    EXPECT_EQ(t.nodes[4].name, "Anteckningar om resultatet");
    EXPECT_EQ(t.nodes[4].description, "");
    EXPECT_EQ(t.nodes[6].name, "");  // a button in between: the heading no longer names it
}

// test_helpers.h — shared fixtures for the core tests.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "assessment.h"
#include "file_io.h"
#include "instrument.h"
#include "translations.h"
#include "ui_strings.h"

namespace testing_support {

inline std::string read_fixture(const std::string& name) {
    spegeln::FileRead file = spegeln::read_file(std::string(SPEGELN_FIXTURES) + "/" + name);
    spegeln::Diagnostics d;
    spegeln::report_file_error(file, d);
    EXPECT_TRUE(file.ok()) << name << ": " << (d.items.empty() ? "" : d.items[0].code);
    return file.bytes;
}

// A bundled language's whole table, loaded once per test binary.
inline const spegeln::UiStrings& language(const std::string& lang) {
    static std::map<std::string, spegeln::UiStrings> tables;
    auto it = tables.find(lang);
    if (it == tables.end()) {
        spegeln::Diagnostics d;
        EXPECT_TRUE(spegeln::load_bundled_language(lang, tables[lang], d)) << lang;
        it = tables.find(lang);
    }
    return it->second;
}

// A diagnostic's sentence as a Swedish or an English reader sees it.
inline std::string sv(const spegeln::Diagnostic& d) {
    return spegeln::diagnostic_message(d, language("sv"));
}
inline std::string en(const spegeln::Diagnostic& d) {
    return spegeln::diagnostic_message(d, language("en"));
}

inline spegeln::Instrument mini_instrument() {
    spegeln::Diagnostics d;
    auto in = spegeln::load_instrument(read_fixture("mini-instrument.json"), d);
    EXPECT_TRUE(in.has_value());
    return in ? *in : spegeln::Instrument{};
}

// An assessment of the mini instrument with the given answers set.
inline spegeln::Assessment blank(const spegeln::Instrument& in) {
    return spegeln::new_assessment(in, spegeln::Mode::SelfAssessment);
}

inline void set_level(spegeln::Assessment& a, const std::string& id, int level) {
    a.answers[id].status = spegeln::AnswerStatus::Level;
    a.answers[id].level = level;
}

inline void set_status(spegeln::Assessment& a, const std::string& id, spegeln::AnswerStatus s) {
    a.answers[id].status = s;
}

// Every message of `d`, one per line, for assertion failure output.
inline std::string all_messages(const spegeln::Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items) s += "\n  " + spegeln::format_diagnostic(x, language("sv"));
    return s;
}

}  // namespace testing_support

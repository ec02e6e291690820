// report_lang.h — what the HTML reports' sentences need from the language:
// its texts under one key prefix and its number style. Shared by the
// self-assessment report (report_html.cpp, "html_report.") and the group report
// (group_report.cpp, "html_report.group.").
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "ui_strings.h"

namespace spegeln {

struct ReportLang {
    const UiStrings& ui;
    std::string prefix;  // the report's keys: get("x") reads prefix + "x"
    std::string code;    // the document's language, from "html_report.lang", safe for an attribute
    char decimal = ',';  // from "html_report.number.decimal_separator"

    ReportLang(const UiStrings& table, std::string_view key_prefix);

    const std::string& get(const std::string& key) const;
    std::string format(const std::string& key, std::initializer_list<std::string> args) const;
    std::string score(const std::optional<double>& s) const;  // "42,5", "–" when none
    std::string percent(double fraction) const;               // prefix + "number.percent" with a whole number
};

}  // namespace spegeln

#include "case_text.h"

#include "bundled.h"
#include "report_html.h"  // html_escape, the reports' one escaping rule

namespace spegeln {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    return s;
}

}  // namespace

CaseText parse_case(std::string_view id, std::string_view markdown) {
    CaseText c;
    c.id = std::string(id);
    c.sections.emplace_back();
    bool in_paragraph = false;
    while (!markdown.empty()) {
        size_t end = markdown.find('\n');
        std::string_view line = trimmed(markdown.substr(0, end));
        markdown = end == std::string_view::npos ? std::string_view() : markdown.substr(end + 1);
        if (line.rfind("## ", 0) == 0) {
            c.sections.push_back({std::string(trimmed(line.substr(3))), {}});
            in_paragraph = false;
        } else if (line.rfind("# ", 0) == 0) {
            c.title = std::string(trimmed(line.substr(2)));
            in_paragraph = false;
        } else if (line.empty()) {
            in_paragraph = false;
        } else if (in_paragraph) {
            c.sections.back().paragraphs.back() += " " + std::string(line);
        } else {
            c.sections.back().paragraphs.emplace_back(line);
            in_paragraph = true;
        }
    }
    if (c.sections.front().paragraphs.empty() && c.sections.size() > 1) c.sections.erase(c.sections.begin());
    return c;
}

std::vector<CaseText> bundled_cases() {
    std::vector<CaseText> out;
    for (const auto& f : spegeln_bundled_assets()) {
        std::string_view name = f.name;
        if (name.rfind("cases/", 0) != 0 || name.size() < 10 || name.substr(name.size() - 3) != ".md") continue;
        out.push_back(parse_case(name.substr(6, name.size() - 9), f.data));
    }
    return out;
}

std::optional<CaseText> case_for_instrument(std::string_view instrument_id) {
    // The one case so far belongs to the workshop instrument (its description names it).
    if (instrument_id != "skane-2025-workshop") return std::nullopt;
    for (auto& c : bundled_cases())
        if (c.id == "vardcentral-ekbacken") return c;
    return std::nullopt;
}

std::string case_html(const CaseText& c, std::string_view lang) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"" + html_escape(lang) +
        "\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<title>" +
        html_escape(c.title) +
        "</title>\n<style>\n"
        "@page { size: A4; margin: 20mm 18mm; }\n"
        "body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.45;"
        " color: #1a1a1a; max-width: 170mm; margin: 0 auto; }\n"
        "h1 { font-size: 18pt; margin: 0 0 8pt; }\n"
        "h2 { font-size: 12.5pt; margin: 14pt 0 4pt; break-after: avoid; }\n"
        "p { margin: 0 0 6pt; orphans: 3; widows: 3; }\n"
        "</style>\n</head>\n<body>\n<h1>" +
        html_escape(c.title) + "</h1>\n";
    for (const auto& s : c.sections) {
        if (!s.heading.empty()) out += "<h2>" + html_escape(s.heading) + "</h2>\n";
        for (const auto& p : s.paragraphs) out += "<p>" + html_escape(p) + "</p>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace spegeln

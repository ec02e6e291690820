// The brukarrevision's paper guides (audit_guides.h).
#include "audit_guides.h"

#include <algorithm>

#include "bundled.h"
#include "output.h"
#include "report_html.h"
#include "translations.h"

namespace spegeln {
namespace {

constexpr std::string_view kTemplate = "templates/audit-guide.html.mustache";
constexpr std::string_view kTextPrefix = "html_report.guide.";

const LocalizedText* question_to(const Item& item, const char* role) {
    for (const auto& [r, text] : item.audit.question)
        if (r == role && !text.empty()) return &text;
    return nullptr;
}

bool has_method(const Item& item, const char* method) {
    const auto& m = item.audit.methods;
    return std::find(m.begin(), m.end(), method) != m.end();
}

const LocalizedText* prompt_for(const Item& item, GuideKind kind) {
    switch (kind) {
        case GuideKind::Patient:
            return question_to(item, "patient");
        case GuideKind::Narstaende:
            return question_to(item, "narstaende");
        case GuideKind::Fokusgrupp:
            if (!has_method(item, "fokusgrupp")) return nullptr;
            if (const LocalizedText* q = question_to(item, "patient")) return q;
            return question_to(item, "narstaende");
        case GuideKind::Observation:
            return item.audit.observe.empty() ? nullptr : &item.audit.observe;
    }
    return nullptr;
}

// The rows of the "fill in" box at the top: what the team writes on each copy.
std::vector<std::string> fill_keys(GuideKind kind) {
    switch (kind) {
        case GuideKind::Patient:
        case GuideKind::Narstaende:
            return {"fill.unit", "fill.date", "fill.auditor", "fill.interview"};
        case GuideKind::Fokusgrupp:
            return {"fill.unit", "fill.date", "fill.auditor", "fill.participants"};
        case GuideKind::Observation:
            return {"fill.unit", "fill.date", "fill.auditor", "fill.places"};
    }
    return {};
}

std::string get(const UiStrings& t, const std::string& key) {
    return t.get(std::string(kTextPrefix) + key);
}

// A sentence list from one text with lines separated by "\n" (reminders, intros).
json lines_of(const std::string& s) {
    json out = json::array();
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace

const char* guide_kind_id(GuideKind k) {
    switch (k) {
        case GuideKind::Patient:
            return "patient";
        case GuideKind::Narstaende:
            return "narstaende";
        case GuideKind::Fokusgrupp:
            return "fokusgrupp";
        case GuideKind::Observation:
            return "observation";
    }
    return "patient";
}

std::optional<GuideKind> guide_kind_from_id(std::string_view id) {
    for (GuideKind k : kAllGuideKinds)
        if (id == guide_kind_id(k)) return k;
    return std::nullopt;
}

std::vector<GuideQuestion> guide_questions(const Instrument& in, GuideKind kind, const std::string& unit_kind) {
    std::vector<GuideQuestion> out;
    for (const auto& area : in.areas)
        for (const auto& item : in.items) {
            if (item.area != area.id || !item.applies_to(unit_kind)) continue;
            if (const LocalizedText* p = prompt_for(item, kind)) out.push_back({&item, p});
        }
    return out;
}

json guide_data(const Instrument& in, GuideKind kind, const UiStrings& text, const std::string& unit_kind) {
    const std::string lang = content_language(text);
    const std::string kid = guide_kind_id(kind);
    const bool interview = kind == GuideKind::Patient || kind == GuideKind::Narstaende;
    json g = {
        {"document_title", text.format(std::string(kTextPrefix) + "document_title",
                                       {get(text, "kind." + kid + ".title"), in.title.in(lang)})},
        {"heading", get(text, "kind." + kid + ".title")},
        {"instrument_line", text.format(std::string(kTextPrefix) + "instrument_line", {in.title.in(lang), in.version})},
        {"intro", lines_of(get(text, "kind." + kid + ".intro"))},
        {"reminders",
         lines_of(get(text, "reminders." + std::string(kind == GuideKind::Observation ? "observation" : "interview")))},
        {"counts", kind == GuideKind::Fokusgrupp},
        {"observation", kind == GuideKind::Observation}};
    if (const UnitKind* uk = in.find_unit_kind(unit_kind))
        g["unit_kind_line"] = text.format(std::string(kTextPrefix) + "unit_kind_line", {uk->title.in(lang)});
    else
        g["unit_kind_line"] = false;
    json fill = json::array();
    for (const auto& key : fill_keys(kind)) fill.push_back(get(text, key));
    g["fill"] = std::move(fill);
    // What is read out: the instrument's own information text for informants;
    // on a walk through the unit, a short word to the people there instead.
    std::string consent = kind == GuideKind::Observation ? get(text, "consent.observation")
                          : in.consent_text.empty()      ? get(text, "consent.default")
                                                         : in.consent_text.in(lang);
    g["consent"] = lines_of(consent);
    g["has_group_rules"] = kind == GuideKind::Fokusgrupp;
    g["group_rules"] = kind == GuideKind::Fokusgrupp ? lines_of(get(text, "consent.group_rules")) : json::array();

    json areas = json::array();
    json summary_rows = json::array();
    int number = 0;
    for (const GuideQuestion& q : guide_questions(in, kind, unit_kind)) {
        const Area* area = in.find_area(q.item->area);
        const std::string area_title = area ? area->number + " " + area->title.in(lang) : q.item->area;
        if (areas.empty() || areas.back()["title"] != area_title)
            areas.push_back({{"title", area_title}, {"questions", json::array()}});
        ++number;
        const std::string n = std::to_string(number);
        json question = {{"number", n},
                         {"id", q.item->id},
                         {"core", q.item->core},
                         {"prompt", q.prompt->in(lang)},
                         {"tally_label", text.format(std::string(kTextPrefix) + "tally.label", {n})}};
        // On a walk, the item the observation belongs to says why it is looked at.
        if (kind == GuideKind::Observation)
            question["context"] = text.format(std::string(kTextPrefix) + "observe.context",
                                              {q.item->id, q.item->text_in(unit_kind).in(lang)});
        else
            question["context"] = false;
        areas.back()["questions"].push_back(std::move(question));
        summary_rows.push_back({{"number", n}, {"id", q.item->id}, {"prompt", q.prompt->in(lang)}});
    }
    g["areas"] = std::move(areas);
    g["has_questions"] = number > 0;
    // Interview guides end with a sheet to count every interview together: the
    // numbers the team types in under each item for that group of informants.
    if (interview && number > 0)
        g["summary"] = {
            {"intro", text.format(std::string(kTextPrefix) + "summary.intro", {get(text, "summary.group." + kid)})},
            {"rows", std::move(summary_rows)}};
    else
        g["summary"] = false;
    return {{"lang", text.get("html_report.lang")}, {"text", report_text_tree(text, kTextPrefix)}, {"guide", g}};
}

std::string audit_guide_html(const Instrument& in, GuideKind kind, const UiStrings& text,
                             const std::string& unit_kind) {
    std::string out, error;
    if (render_template(bundled_asset(kTemplate), guide_data(in, kind, text, unit_kind), out, error)) return out;
    // Unreachable with the bundled template (tests render every kind in every language).
    return "<p>" + html_escape(std::string(kTemplate) + ": " + error) + "</p>\n";
}

std::string audit_guide_html(const Instrument& in, GuideKind kind, std::string_view lang,
                             const std::string& unit_kind) {
    UiStrings text;
    Diagnostics ignored;  // a bundled language loads cleanly (tests/core/test_ui_strings.cpp)
    if (!load_bundled_language(pick_language(lang), text, ignored))
        load_bundled_language(kDefaultLanguage, text, ignored);
    return audit_guide_html(in, kind, text, unit_kind);
}

}  // namespace spegeln

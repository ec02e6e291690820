// document.cpp — implements document.h: set-up, the settings, the saved list,
// the open document and commit(), the one place that saves.
#include "document.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "audit/audit_list.h"
#include "bundled.h"
#include "json_read.h"
#include "messages.h"
#include "output.h"
#include "platform.h"
#include "scoring.h"
#include "translations.h"
#include "version_compare.h"

using namespace spegeln;

namespace {

// Extra top-level field of the assessment JSON where the app remembers when it
// was last exported; the core keeps unknown fields, so the CLI ignores it and
// an exported and re-imported file still knows it is saved outside the browser.
constexpr const char* kAppField = "strategispegeln_app";

json& app_field(Assessment& a) {
    if (!a.extra.contains(kAppField) || !a.extra[kAppField].is_object()) a.extra[kAppField] = json::object();
    return a.extra[kAppField];
}

std::string settings_json(const Settings& s) {
    json j = json::object();
    if (!s.language.empty()) j["language"] = s.language;
    j["text_scale"] = s.text_scale;
    j["help_open"] = s.help_open;
    if (s.high_contrast) j["high_contrast"] = *s.high_contrast;  // absent: follow the platform
    return dump_json(j);
}

float nearest_text_scale(double v) {
    const float steps[] = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f};
    float best = 1.0f;
    for (float s : steps)
        if (std::fabs(s - v) < std::fabs(best - v)) best = s;
    return best;
}

// The first of the user's languages that is bundled; "" when none is.
std::string first_bundled(const std::vector<std::string>& preferred) {
    for (const auto& p : preferred) {
        std::string lang = pick_language(p);
        // pick_language falls back to the default language; only an exact or
        // primary-subtag match counts as the user's choice here.
        std::string primary = p.substr(0, p.find_first_of("-_."));
        for (auto& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lang == primary) return lang;
    }
    return "";
}

// The bundled texts of `lang` and the platform's overlay on top of them.
void load_language(App& app, const std::string& lang) {
    UiStrings strings;
    Diagnostics diag;
    load_bundled_language(lang, strings, diag);
    if (std::string overlay = platform::ui_strings_overlay(lang); !overlay.empty() && !bundled_asset(overlay).empty())
        strings.load(bundled_asset(overlay), diag);  // later keys replace earlier ones
    for (const auto& d : diag.items) app.messages.errors.push_back(format_diagnostic(d, strings));
    app.strings = std::move(strings);
    app.language = lang;
    platform::set_language(lang, tr(app, "app.title"));
}

}  // namespace

// ---- Set-up -------------------------------------------------------------

void app_init(App& app, std::vector<Instrument> instruments) {
    app.instruments = std::move(instruments);
    // Self-assessment is what most units come for: those instruments first.
    std::stable_sort(app.instruments.begin(), app.instruments.end(), [](const Instrument& a, const Instrument& b) {
        return a.supports(Mode::SelfAssessment) && !b.supports(Mode::SelfAssessment);
    });
    // Until the settings are read, the browser's or system's language.
    std::string lang = first_bundled(platform::preferred_languages());
    if (lang.empty()) lang = kDefaultLanguage;
    // Each language is offered by its own name, read from its own texts. The one in use is
    // loaded only once: reading a language's texts is a good part of the app's start.
    app.languages.clear();
    for (const auto& code : bundled_languages()) {
        if (code == lang) {
            load_language(app, lang);
            app.languages.push_back({code, app.strings.has("language.name") ? tr(app, "language.name") : code});
            continue;
        }
        UiStrings texts;
        Diagnostics ignored;  // reported when the language is loaded
        load_bundled_language(code, texts, ignored);
        app.languages.push_back({code, texts.has("language.name") ? texts.get("language.name") : code});
    }
    if (app.language != lang) load_language(app, lang);  // not bundled after all: its error is shown
    app.library.form.date = platform::today();
    app.system_high_contrast = platform::prefers_high_contrast();
    // A team doing a brukarrevision picks that mode; self-assessment is the usual case.
    if (!app.instruments.empty() && !app.instruments[0].modes.empty())
        app.library.form.mode = app.instruments[0].modes[0];
    // New assessments use the newest version (the earlier ones are there for old assessments).
    if (!app.instruments.empty()) app.library.form.instrument = instrument_index(app, app.instruments[0].id);
}

void act_storage_ready(App& app) {
    app.storage_ready = true;
    if (auto text = platform::storage_read(kSettingsFile)) {
        Diagnostics diag;
        if (auto j = parse_json(*text, diag); j && j->is_object()) {
            if (j->contains("text_scale") && (*j)["text_scale"].is_number())
                app.settings.text_scale = nearest_text_scale((*j)["text_scale"].get<double>());
            if (j->contains("help_open") && (*j)["help_open"].is_boolean())
                app.settings.help_open = (*j)["help_open"].get<bool>();
            if (j->contains("high_contrast") && (*j)["high_contrast"].is_boolean())
                app.settings.high_contrast = (*j)["high_contrast"].get<bool>();
            // Only a language that is still bundled; otherwise the platform's stays.
            if (j->contains("language") && (*j)["language"].is_string()) {
                std::string lang = (*j)["language"].get<std::string>();
                for (const auto& l : app.languages)
                    if (l.code == lang) app.settings.language = lang;
            }
        }
    }
    if (!app.settings.language.empty() && app.settings.language != app.language)
        load_language(app, app.settings.language);
    act_refresh_saved(app);
}

void act_refresh_saved(App& app) {
    app.library.saved.clear();
    for (const auto& name : platform::storage_list()) {
        if (name.rfind(kAssessmentPrefix, 0) != 0 || name.size() < 6 || name.substr(name.size() - 5) != ".json")
            continue;
        SavedEntry e;
        e.storage_name = name;
        e.id =
            name.substr(std::string(kAssessmentPrefix).size(), name.size() - 5 - std::string(kAssessmentPrefix).size());
        auto text = platform::storage_read(name);
        Diagnostics diag;
        auto a = text ? load_assessment(*text, diag) : std::nullopt;
        if (!a) {
            e.readable = false;
            e.unit_name = name;
            app.library.saved.push_back(std::move(e));
            continue;
        }
        e.unit_name = a->unit_name;
        e.date = a->date;
        e.respondent_role = a->respondent_role;
        e.instrument_id = a->instrument_id;
        e.instrument_title = a->instrument_id;
        e.instrument_version = a->instrument_version;
        if (int idx = instrument_index(app, a->instrument_id, a->instrument_version); idx >= 0) {
            const Instrument* in = &app.instruments[static_cast<size_t>(idx)];
            e.instrument_title = tx(app, in->title);
            settle_unit_kind(*a, *in);
            e.progress = progress(*in, *a);
        }
        e.modified = a->modified;
        e.unexported = has_unexported_changes(*a);
        app.library.saved.push_back(std::move(e));
    }
    std::sort(app.library.saved.begin(), app.library.saved.end(),
              [](const SavedEntry& x, const SavedEntry& y) { return x.modified > y.modified; });
    read_saved_audits(app);
    // A deleted assessment is no longer selected.
    auto& sel = app.group.selected;
    sel.erase(std::remove_if(sel.begin(), sel.end(), [&](const std::string& id) { return !is_saved(app, id); }),
              sel.end());
}

// ---- The one place that saves ---------------------------------------------

bool commit(App& app, Change change) {
    if (!app.doc.current) return false;
    Assessment& a = *app.doc.current;
    if (change == Change::Content) {
        a.modified = platform::now_iso();
        app_field(a)["unexported_changes"] = true;
    }
    const Instrument* in = current_instrument(app);
    if (in) app.doc.report = score_assessment(*in, a);
    bool ok = platform::storage_write(kAssessmentPrefix + a.id + ".json", assessment_to_json(a));
    if (!ok) {
        // Keep going (the data is still on screen) but say so: the user must export.
        show_error(app, tr(app, "error.save_title"), {tr(app, "error.save_failed")});
    }
    // Update the open assessment's line of the saved list in place: re-reading
    // every stored file on each keystroke of a comment would be wasteful.
    auto entry = std::find_if(app.library.saved.begin(), app.library.saved.end(),
                              [&](const SavedEntry& e) { return e.id == a.id; });
    if (entry == app.library.saved.end() || !in) {
        act_refresh_saved(app);
    } else {
        entry->unit_name = a.unit_name;
        entry->date = a.date;
        entry->progress = progress(*in, a);
        entry->modified = a.modified;
        entry->unexported = has_unexported_changes(a);
        std::rotate(app.library.saved.begin(), entry, entry + 1);  // newest change first
    }
    return ok;
}

void act_close(App& app) {
    app.doc.current.reset();
    app.doc.instrument = -1;
    app.doc.report = ScoreReport{};
    app.screen = Screen::Start;
}

// ---- Settings -------------------------------------------------------------

void act_set_text_scale(App& app, float scale) {
    app.settings.text_scale = nearest_text_scale(scale);
    platform::storage_write(kSettingsFile, settings_json(app.settings));
}

void act_set_high_contrast(App& app, bool on) {
    app.settings.high_contrast = on;
    platform::storage_write(kSettingsFile, settings_json(app.settings));
}

bool uses_high_contrast(const App& app) {
    return app.settings.high_contrast.value_or(app.system_high_contrast);
}

bool act_set_language(App& app, const std::string& lang) {
    auto known = std::find_if(app.languages.begin(), app.languages.end(),
                              [&](const LanguageChoice& l) { return l.code == lang; });
    if (known == app.languages.end()) return false;
    app.settings.language = lang;
    platform::storage_write(kSettingsFile, settings_json(app.settings));
    if (lang != app.language) {
        load_language(app, lang);
        // The saved list holds instrument titles in the language it was read in.
        if (app.storage_ready) act_refresh_saved(app);
    }
    return true;
}

void act_set_help_open(App& app, bool open) {
    app.settings.help_open = open;
    app.answer.help_shown.clear();
    platform::storage_write(kSettingsFile, settings_json(app.settings));
}

// ---- Queries --------------------------------------------------------------

const Instrument* current_instrument(const App& app) {
    if (app.doc.instrument < 0 || app.doc.instrument >= static_cast<int>(app.instruments.size())) return nullptr;
    return &app.instruments[static_cast<size_t>(app.doc.instrument)];
}

const Instrument* find_instrument(const App& app, const std::string& id) {
    int i = instrument_index(app, id);
    return i < 0 ? nullptr : &app.instruments[static_cast<size_t>(i)];
}

int instrument_index(const App& app, const std::string& id) {
    int best = -1;
    for (size_t i = 0; i < app.instruments.size(); ++i)
        if (app.instruments[i].id == id &&
            (best < 0 ||
             version_order(app.instruments[i].version, app.instruments[static_cast<size_t>(best)].version) > 0))
            best = static_cast<int>(i);
    return best;
}

int instrument_index(const App& app, const std::string& id, const std::string& version) {
    for (size_t i = 0; i < app.instruments.size(); ++i)
        if (app.instruments[i].id == id && app.instruments[i].version == version) return static_cast<int>(i);
    return instrument_index(app, id);
}

bool is_newest(const App& app, size_t index) {
    return index < app.instruments.size() &&
           instrument_index(app, app.instruments[index].id) == static_cast<int>(index);
}

bool is_saved(const App& app, const std::string& id) {
    return std::any_of(app.library.saved.begin(), app.library.saved.end(),
                       [&](const SavedEntry& e) { return e.id == id; });
}

std::string storage_name(const std::string& id) {
    return kAssessmentPrefix + id + ".json";
}

std::string exported_at(const Assessment& a) {
    auto f = a.extra.find(kAppField);
    if (f == a.extra.end() || !f->is_object()) return "";
    auto t = f->find("exported_at");
    return t != f->end() && t->is_string() ? t->get<std::string>() : "";
}

bool has_unexported_changes(const Assessment& a) {
    auto f = a.extra.find(kAppField);
    if (f == a.extra.end() || !f->is_object()) return true;
    auto c = f->find("unexported_changes");
    if (c != f->end() && c->is_boolean()) return c->get<bool>();
    return exported_at(a).empty();
}

std::string export_file_name(const Assessment& a, const std::string& ext) {
    std::string base = a.unit_name.empty() ? "bedomning" : a.unit_name;
    std::string out;
    for (unsigned char c : base) {
        // Keep letters (incl. UTF-8 å/ä/ö bytes), digits, '-' and '_'; anything a
        // file system or a shell could trip on becomes '-'.
        bool keep = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    c == '-' || c == '_';
        char ch = keep ? static_cast<char>(c) : '-';
        if (ch == '-' && (out.empty() || out.back() == '-')) continue;  // no runs, no leading '-'
        out += ch;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 80) out.resize(80);
    while (!is_valid_utf8(out)) out.pop_back();  // never end inside a UTF-8 sequence
    if (out.empty()) out = "bedomning";
    std::string date = is_valid_date(a.date) ? a.date : "utan-datum";
    return out + "-" + date + "." + ext;
}

void mark_exported(Assessment& a, const std::string& when) {
    json& f = app_field(a);
    f["exported_at"] = when;
    f["unexported_changes"] = false;
}

bool same_content(const Assessment& x, const Assessment& y) {
    Assessment a = x, b = y;
    a.extra.erase(kAppField);
    b.extra.erase(kAppField);
    return assessment_to_json(a) == assessment_to_json(b);
}

#include "translations.h"

#include <algorithm>
#include <cctype>

#include "bundled.h"
#include "json_read.h"

namespace spegeln {

namespace {

constexpr std::string_view kUiPrefix = "ui/";

// "ui/sv/app.json" → "sv"; "" for files outside a language folder.
std::string_view language_of(std::string_view asset_name) {
    if (asset_name.substr(0, kUiPrefix.size()) != kUiPrefix) return {};
    auto rest = asset_name.substr(kUiPrefix.size());
    auto slash = rest.find('/');
    if (slash == std::string_view::npos) return {};
    auto lang = rest.substr(0, slash);
    // Overlays live in ui/<platform>/<lang>.json; language codes are 2–3 letters.
    if (lang.size() < 2 || lang.size() > 3) return {};
    return lang;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::vector<std::string> bundled_languages() {
    std::vector<std::string> out;
    for (const auto& f : spegeln_bundled_assets()) {
        auto lang = language_of(f.name);
        if (!lang.empty() && std::find(out.begin(), out.end(), lang) == out.end()) out.emplace_back(lang);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool load_bundled_language(std::string_view lang, UiStrings& out, Diagnostics& diag) {
    std::vector<const EmbeddedFile*> files;
    for (const auto& f : spegeln_bundled_assets())
        if (language_of(f.name) == lang) files.push_back(&f);
    if (files.empty()) {
        diag.error("", "diag.lang.unknown", {quote_for_message(lang)});
        return false;
    }
    std::sort(files.begin(), files.end(), [](auto* a, auto* b) { return a->name < b->name; });
    bool ok = true;
    for (const auto* f : files) {
        UiStrings part;
        Diagnostics local;
        ok = part.load(f->data, local) && ok;
        for (auto d : local.items) {
            d.path = std::string(f->name) + (d.path.empty() ? "" : ": " + d.path);
            diag.items.push_back(std::move(d));
        }
        for (const auto& [key, text] : part.table()) {
            if (out.has(key)) {
                diag.error(std::string(f->name) + ": " + key, "diag.lang.duplicate_key");
                ok = false;
            }
        }
        out.merge(std::move(part));  // parsed once: a language's files are read at every start
    }
    return ok;
}

std::string pick_language(std::string_view preferred) {
    auto langs = bundled_languages();
    auto has = [&](const std::string& l) { return std::find(langs.begin(), langs.end(), l) != langs.end(); };
    std::string want = lower(preferred);
    std::replace(want.begin(), want.end(), '_', '-');
    if (has(want)) return want;
    auto primary = want.substr(0, want.find('-'));
    if (has(primary)) return primary;
    return std::string(kDefaultLanguage);
}

}  // namespace spegeln

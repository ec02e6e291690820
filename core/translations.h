// translations.h — which languages ship, and loading one of them.
//
// A language is a folder of flat {"key": "text"} files under assets/ui/<lang>/
// (app.json for the screens, and one file per further part such as the core's
// diagnostics, the CLI or the reports). All files of a folder form one table,
// so each part can be translated and reviewed on its own; a key may live in
// only one of them. Platform overlays (assets/ui/desktop/<lang>.json) reword a
// few keys for one front end and are loaded on top by that front end.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"
#include "ui_strings.h"

namespace spegeln {

// The language the project is written in; used when another is not available.
inline constexpr std::string_view kDefaultLanguage = "sv";

// Language codes with a folder of bundled texts ("en", "sv"), sorted.
std::vector<std::string> bundled_languages();

// Loads every file of assets/ui/<lang>/ into `out`. False (with the reasons in
// `diag`) when the language does not exist, a file is not a valid table, or a
// key is defined in two files of the language.
bool load_bundled_language(std::string_view lang, UiStrings& out, Diagnostics& diag);

// The best bundled language for a preference such as the browser's
// "en-GB" or a CLI's "--lang EN": the exact code, then its primary subtag,
// then kDefaultLanguage.
std::string pick_language(std::string_view preferred);

}  // namespace spegeln

// platform.h — the few things the app needs that differ between the browser
// and the desktop window. One implementation per platform, picked by CMake:
// web/platform_web.cpp (IndexedDB, Blob downloads, <input type=file>, new tab)
// and native/desktop/platform_desktop.cpp (files in a data folder, drag and drop).
// Screens call only these; there is no #ifdef __EMSCRIPTEN__ in the app.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace platform {

// ---- Storage that survives a reload, a closed tab and a crash ----
// Documents are small (an assessment is a few kB). A write is persisted before
// the function returns natively; in the browser it is written to the in-memory
// file system at once and flushed to IndexedDB right after (asynchronously).
bool storage_write(const std::string& name, const std::string& data);
std::optional<std::string> storage_read(const std::string& name);
std::vector<std::string> storage_list();  // names, any order
bool storage_remove(const std::string& name);
// False until stored documents have been loaded (the browser loads IndexedDB
// asynchronously at start-up); the app shows a short "Läser in…" meanwhile.
bool storage_ready();

// ---- Files in and out ----
// Offers `data` to the user as a download named `filename`. False if it could
// not be written (natively: the folder is missing or full); the browser hands
// the file to its download manager and always returns true.
bool download(const std::string& filename, const std::string& mime, const std::string& data);
// Asks the user to pick a file; the result arrives later through
// app_file_opened() in app.h. Natively, files dropped on the window arrive the same way.
// False if no file picker can be shown (natively: neither zenity nor kdialog is
// installed); then the caller tells the user to drop the file on the window.
// `title` names the dialog where the platform shows one (the desktop's file
// dialog); the browser's picker has its own.
bool request_open_file(const std::string& accept /* ".json,.csv" */, const std::string& title);
// The same with several files picked at once; each arrives through its own
// app_file_opened() call. Natively the dialog picks one (drop several instead).
bool request_open_files(const std::string& accept, const std::string& title);
// Opens a self-contained HTML document for reading and printing (a new tab in the
// browser; the default browser natively).
void open_html(const std::string& title, const std::string& html);

// ---- Misc ----
// Today's date, YYYY-MM-DD, local time.
std::string today();
// Current time, ISO 8601 UTC, for created/modified stamps.
std::string now_iso();
// A random id for a new assessment.
std::string random_id();
// ---- Language ----
// The user's languages, most preferred first, as BCP 47 tags or locale names
// ("sv-SE", "en", "sv_SE.UTF-8"): navigator.languages in the browser, the
// LANGUAGE/LC_ALL/LC_MESSAGES/LANG environment natively. The app picks the
// first one it has texts for (spegeln::pick_language).
std::vector<std::string> preferred_languages();
// Tells the page or window the language now shown: <html lang> and the
// document title in the browser (screen readers and hyphenation follow lang),
// the window title natively.
void set_language(const std::string& lang, const std::string& title);
// The bundled asset with UI strings that replace some of assets/ui/<lang>/ on
// this platform (the desktop window keeps data in a folder, not "in this
// browser"): "ui/desktop/<lang>.json", or "" for none.
std::string ui_strings_overlay(const std::string& lang);
// What the person chose and typed on the page's static first screen while the app
// was loading (scripts/first_screen.py, web/shell/first-screen.js), as JSON, read
// once when the app is created; "" when nothing was touched, and always natively.
std::string first_screen_form();
// ---- What the user asked the system for ----
// A high-contrast look: the browser's `prefers-contrast: more` or
// `forced-colors: active` (Windows' contrast themes); false on the desktop.
bool prefers_high_contrast();
// Less motion: the browser's `prefers-reduced-motion: reduce`; false on the desktop.
bool prefers_reduced_motion();

// Announces a short status message to screen readers (an aria-live region in
// the browser; nothing natively).
void announce(const std::string& text);
// Hands the screen-reader mirror of the frame just drawn to the platform: JSON
// from a11y::to_json (a11y/semantics.h), which the browser turns into hidden DOM
// elements over the canvas (web/shell/a11y.js). Called only when it changed.
// The desktop window has no bridge to the platform's accessibility API yet.
void publish_semantics(const std::string& json);

}  // namespace platform

// messages.h — what the app says: UI texts in the chosen language (tr, tx),
// numbers with that language's decimal mark, the one open dialog, toasts, and
// which screen is shown. The bottom layer of web/app's actions (see
// actions.h): it calls nothing of the others and changes only App::messages
// and App::screen.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app_state.h"
#include "output.h"

// ---- Screens ----
void act_go(App& app, Screen screen);  // screens that need an open assessment fall back to start

// ---- Dialogs and toasts ----
// `file_rejected`: the error explains why a file was not read in (and nothing changed).
void show_error(App& app, const std::string& title, const std::vector<std::string>& lines, bool file_rejected = false);
void show_message(App& app, const std::string& title, const std::vector<std::string>& lines);
void show_toast(App& app, const std::string& text, double seconds = 3.0);
void close_modal(App& app);
// The core's problems as a dialog's lines in the UI's language: at most 50, then
// one line that says how many more (a hand-edited file can have thousands, and
// the dialog redraws every line).
std::vector<std::string> diagnostic_lines(const App& app, const spegeln::Diagnostics& diag);

// ---- Text in the UI's language ----
const std::string& tr(const App& app, const std::string& key);  // UI text
// An instrument's text in the UI's language, in Swedish where it has no translation.
const std::string& tx(const App& app, const spegeln::LocalizedText& text);
// A principle's or an area's title ("3.2 Tidiga insatser") in the UI's language.
std::string title_of(const App& app, const spegeln::Instrument& in, spegeln::DimensionKind kind, const std::string& id);
// Numbers as the core formats them (core/number_format.h), with the decimal
// mark of the UI's language (key number.decimal_mark: "72,5" or "72.5").
std::string score_text(const App& app, const std::optional<double>& score);
std::string change_text(const App& app, const std::optional<double>& change);
std::string decimal_text(const App& app, double value, int decimals);

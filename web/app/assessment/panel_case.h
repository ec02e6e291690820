// panel_case.h — the bundled fictional case a workshop assesses (core/case_text.h): a panel on
// the answer screen that opens to the whole text, and the printable page.
#pragma once

#include <string>

#include "app_state.h"

// The case's text, collapsed to its title and two buttons until opened. Nothing when the open
// assessment's instrument has no case.
void draw_case_panel(App& app);
// Opens the case of `instrument_id` as a printable page (A4) in a new tab; false when it has none.
bool act_print_case(App& app, const std::string& instrument_id);

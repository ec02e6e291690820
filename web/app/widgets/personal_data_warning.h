// personal_data_warning.h — the inline warning under a free-text field when
// what was typed looks like personal data (a personnummer, a phone number, an
// e-mail address): it names what was found, masked, and changes nothing.
#pragma once

#include <string>

#include "app_state.h"

namespace ui {

// Draws nothing when `text` holds nothing that looks like personal data.
// `id` is the field's id; the warning is recorded as "<id>.personal_data".
void personal_data_warning(App& app, const std::string& id, const std::string& text);

}  // namespace ui

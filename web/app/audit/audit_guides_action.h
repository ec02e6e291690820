// audit_guides_action.h — "Skriv ut intervjuguide": a brukarrevision's paper
// guide (core/audit_guides.h) offered as an HTML file to print, the same page
// as `spegeln guide KIND`. Uses document.h and messages.h only.
#pragma once

#include <string>

#include "app_state.h"
#include "audit_guides.h"

// Offers the guide of `kind` from the newest bundled brukarrevision instrument
// as a download, in the app's language, with only the items for `unit_kind`
// ("" = every kind). A toast says where the file went; false (and an error
// dialog) when the browser refused it.
bool act_download_guide(App& app, spegeln::GuideKind kind, const std::string& unit_kind = "");

// The translation key of the button that offers `kind` ("guide.button.patient", …).
std::string guide_button_key(spegeln::GuideKind kind);

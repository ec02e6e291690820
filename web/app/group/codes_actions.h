// codes_actions.h — a workshop's codes pasted by the trainer (one per line, as they came in a
// chat) become participants of the group screen. Uses document.h and messages.h.
#pragma once

#include <string>

#include "app_state.h"

// Decodes every non-empty line of `text` (core/code.h). A good code that is new is saved as an
// assessment (id "kod-<code>", so the same code twice is one participant), ticked for the group
// and, once the selection can be aggregated, the group view is reopened with it. A damaged line is
// reported with its line number and the core's message; a code already pasted or already among
// the saved assessments is reported as a duplicate. When the screen already shows a group (files
// collected, codes pasted before), the new codes join it; a code of another instrument is then
// reported and left out. Returns the number of new participants.
int act_paste_codes(App& app, const std::string& text);

// The last paste in one sentence: new, duplicate, damaged and other-instrument lines.
std::string codes_summary(const App& app);

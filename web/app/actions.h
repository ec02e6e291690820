// actions.h — the named changes of the app's state, in layers.
//
// Screens never change an assessment themselves: they call one of these. No
// ImGui here, so tests/ui/ drives them without a window. Each layer uses only
// the ones below it, which scripts/check_tu_cycles.py checks on the compiled
// objects (CTest: web_app_tu_cycles):
//
//   group/group_actions.h              several saved assessments together
//   library/library_actions.h          start, resume, duplicate, delete, import
//   audit/audit_actions.h              the brukarrevision (beside the assessment flow)
//   assessment/assessment_actions.h    answering the open assessment, exporting it
//   document.h                         the open document, storage, settings, commit()
//   messages.h                         texts, dialogs, toasts, which screen is shown
//
// The library opens an assessment through open_document() and act_go(); the
// assessment flow returns to the list through act_go() alone, so the two
// never call each other.
#pragma once

#include "assessment/assessment_actions.h"
#include "assessment/plan_actions.h"
#include "audit/audit_actions.h"
#include "document.h"
#include "group/collect_actions.h"
#include "group/group_actions.h"
#include "library/library_actions.h"
#include "messages.h"

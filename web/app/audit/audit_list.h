// audit_list.h — the saved audits as the saved screen lists them, read from
// storage ("audit-<id>.json"). At the level of document.h (it uses only the
// core, the platform and messages.h), so act_refresh_saved() reads both lists.
#pragma once

#include <string>

#include "app_state.h"

// Reads every stored audit into app.audit.saved, newest change first.
void read_saved_audits(App& app);
// "audit-<id>.json"
std::string audit_storage_name(const std::string& id);

// screens_group.h — the group screen's panels in their own files (screen_group.cpp draws them).
#pragma once

#include "app_state.h"

// The participants, adding many files at once, removing one, and the notes of the last files (panel_collect.cpp).
void draw_collect_panel(App& app);

// panel_codes.h — the trainer's paste field for participants' codes, atop the group screen.
#pragma once

#include "app_state.h"

void draw_codes_panel(App& app);

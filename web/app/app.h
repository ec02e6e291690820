// app.h — the seam between the platform's main loop and the app's screens.
//
// The main loop (web/main_web.cpp, native/desktop/main_desktop.cpp, sharing
// web/app/main_loop.*) owns the window, GLFW/ImGui set-up, fonts, HiDPI and the
// decision whether to draw a frame at all. Everything the user sees inside the
// frame is drawn by app_draw() from the plain state in App.
#pragma once

#include <string>

#include "file_io.h"

struct App;  // defined in app_state.h
namespace ui {
enum class ThemeId;  // widgets/theme.h
}

App* app_create();  // loads bundled instruments, UI strings, settings and the saved-assessment list
// What the person did on the page's static first screen while the app loaded
// (platform::first_screen_form()); read once, as the app starts taking input.
void app_take_first_screen(App& app);
void app_destroy(App*);

// Draws the whole UI; call between ImGui::NewFrame() and ImGui::Render().
void app_draw(App& app);

// The user's text-size setting (1.0 = normal, up to 2.0); the main loop
// rebuilds fonts and rescales the style when it changes.
float app_text_scale(const App& app);

// Seconds until the app needs a frame without any input (a toast fading, a
// pending save); a negative value means never.
double app_next_wakeup(const App& app);

// A file the user picked or dropped, as the core's one reader (file_io.h) read
// it: its bytes, or why it could not be read (missing, too large, …).
void app_file_opened(App& app, const std::string& name, const spegeln::FileRead& file);

// Called once storage_ready() turns true, so saved assessments can be listed/resumed.
void app_storage_ready(App& app);

// For tests: the app's state as JSON (screen, current assessment, scores shown).
std::string app_test_state_json(const App& app);

// The theme to draw with: the user's choice in the settings, else the
// platform's preference (prefers-contrast: more / forced-colors in the browser).
ui::ThemeId app_theme(const App& app);

// Colours and sizes of `theme` for the user's text size (1–2) and the device
// pixel ratio; the main loop calls it whenever one of them changes.
void app_apply_style(float text_scale, float dpr, ui::ThemeId theme);

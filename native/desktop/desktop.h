// desktop.h — glue between the desktop window's files (main_desktop.cpp,
// loop_desktop.cpp, platform_desktop.cpp). Not used by the shared app.
#pragma once

#include <string>

// --screenshot: after frame `frame` (counting from 1) is drawn, save it as a
// PNG at `path` and close the window.
void desktop_request_screenshot(const std::string& path, int frame);
// 0 = saved, 1 = not saved (yet).
int desktop_screenshot_status();

// Delivers a file picked in a background file dialog (platform_desktop.cpp) to
// the app; call on the main thread after each wait for events.
void desktop_poll_file_dialog();

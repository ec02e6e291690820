// main_desktop.cpp — Strategispegeln in a desktop window (GLFW + OpenGL 3): the
// same app and main loop as the browser (web/app/), driven by GLFW's event wait
// so an idle window uses no CPU.
//
//   strategispegeln-desktop [--screenshot out.png [--frames N]]
//
// --screenshot draws N frames (default 10) continuously, saves the last one as
// a PNG and exits; tests run it under Xvfb.
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "desktop.h"
#include "main_loop.h"

namespace {

int usage(const char* argv0) {
    std::fprintf(stderr, "Användning: %s [--screenshot fil.png [--frames N]]\n", argv0);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string screenshot;
    int frames = 10;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 && i + 1 < argc) {
            screenshot = argv[++i];
        } else if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
            frames = std::atoi(argv[++i]);
        } else {
            return usage(argv[0]);
        }
    }

    if (!main_loop::init("Strategispegeln", 1280, 800)) {
        std::fprintf(stderr, "Kunde inte öppna ett fönster med OpenGL 3.0.\n");
        return 1;
    }
    if (!screenshot.empty()) {
        main_loop::set_continuous(true);
        desktop_request_screenshot(screenshot, frames);
    }
    while (!glfwWindowShouldClose(main_loop::window())) {
        const double wait = main_loop::tick();
        if (wait == 0.0)
            glfwPollEvents();
        else if (wait > 0.0)
            glfwWaitEventsTimeout(wait);
        else
            glfwWaitEvents();
        desktop_poll_file_dialog();
    }
    main_loop::shutdown();
    return screenshot.empty() ? 0 : desktop_screenshot_status();
}

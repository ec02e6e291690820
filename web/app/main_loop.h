// main_loop.h — the one main-loop body shared by the browser (web/main_web.cpp,
// driven by requestAnimationFrame) and the desktop window
// (native/desktop/main_desktop.cpp, driven by glfwWaitEventsTimeout).
//
// It owns the GLFW window, the ImGui context, the fonts, HiDPI, and the choice
// whether to draw at all: a tick with nothing new returns without a single GL
// call, so an idle page costs next to nothing (docs/browser-fixes.md §1). Any input
// draws a few frames so hover and popups settle; the app can ask for more
// through app_next_wakeup(); code outside GLFW's callbacks (a file that
// arrived, storage that loaded) calls wake().
#pragma once

struct App;
struct GLFWwindow;

namespace main_loop {

// create_app() then open_window(): the desktop window.
bool init(const char* title, int width, int height);
// ImGui, the fonts and the App: everything that needs no GL context. The browser
// runs this first and lets the page take input before it opens the window, because
// the first WebGL call waits for the GPU process (docs/performance.md, "Start").
bool create_app();
// The window, its GL context and ImGui's backends; then the app takes over the page's
// static first screen. False if there is no usable GL context (in the browser: no
// WebGL2); shutdown() frees the App then.
bool open_window(const char* title, int width, int height);
// One iteration: draws a frame if one is due. Returns the seconds until the next
// frame is due without input: 0 = as soon as possible, negative = only on input.
double tick();
void shutdown();

// Something happened that GLFW did not report: draw a few frames.
void wake();

App* app();  // valid between init() and shutdown()
GLFWwindow* window();

// ---- For tests and benchmarks ----
int frame_count();                 // frames actually drawn
void set_continuous(bool on);      // draw on every tick, idle or not
void set_overlay(void (*draw)());  // extra ImGui windows drawn after the app (test hooks)

}  // namespace main_loop

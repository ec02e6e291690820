// main_web.cpp — Strategispegeln in the browser: start-up, the
// requestAnimationFrame loop, and the hooks the end-to-end tests call
// (tests/e2e/lib.mjs) through Module.ccall.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app.h"
#include "main_loop.h"
#include "messages.h"
#include "platform.h"
#include "platform_web.h"
#include "test_overlay.h"

namespace {

std::string g_state_json;

// The shell checks for WebGL2 before it loads us; this covers a context that
// still cannot be created (blocklisted GPU, lost at start-up).
// EM_JS bodies are JavaScript: clang-format must not touch them.
// clang-format off
EM_JS(void, js_no_webgl, (), { if (Module.onNoWebGL) Module.onNoWebGL(); });
// clang-format on

// Runs on every requestAnimationFrame; draws only when something happened.
void tick() {
    main_loop::tick();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int spegeln_frame_count() {
    return main_loop::frame_count();
}

EMSCRIPTEN_KEEPALIVE const char* spegeln_test_state_json() {
    App* app = main_loop::app();
    g_state_json = app ? app_test_state_json(*app) : std::string("{}");
    return g_state_json.c_str();
}

// Tests and benchmarks: 1 = draw every animation frame, 0 = only when needed.
EMSCRIPTEN_KEEPALIVE void spegeln_set_continuous(int on) {
    main_loop::set_continuous(on != 0);
}

// shell.js: a new version of the site is installed and waits (web/shell/sw.js). The running app
// stays as it is; the toast and the status region say that the next start uses the new one.
EMSCRIPTEN_KEEPALIVE void spegeln_update_ready() {
    if (App* app = main_loop::app()) {
        const std::string text = tr(*app, "app.update_ready");
        show_toast(*app, text, 8.0);
        platform::announce(text);
    }
    main_loop::wake();
}

EMSCRIPTEN_KEEPALIVE void spegeln_wake() {
    main_loop::wake();
}

EMSCRIPTEN_KEEPALIVE void spegeln_test_overlay(int on) {
    main_loop::set_overlay(on ? test_overlay_draw : nullptr);
}

EMSCRIPTEN_KEEPALIVE const char* spegeln_test_overlay_json() {
    return test_overlay_json();
}

// Storage round trips for tests/e2e/platform.test.mjs (persistence across a reload).
EMSCRIPTEN_KEEPALIVE int spegeln_test_storage_ready() {
    return platform::storage_ready() ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int spegeln_test_storage_write(const char* name, const char* data) {
    return platform::storage_write(name, data) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* spegeln_test_storage_read(const char* name) {
    const std::optional<std::string> data = platform::storage_read(name);
    g_state_json = data.value_or("");
    return data ? g_state_json.c_str() : nullptr;  // ccall turns nullptr into ""
}
EMSCRIPTEN_KEEPALIVE int spegeln_test_storage_remove(const char* name) {
    return platform::storage_remove(name) ? 1 : 0;
}

}  // extern "C"

// clang-format off
EM_JS(void, js_mark_main, (), { performance.mark('spegeln-main'); });
// clang-format on

namespace {

// The window's size: the size the shell already gave the canvas' backing store
// (CSS size × devicePixelRatio, §2), so that GLFW reallocates no WebGL buffers
// (docs/performance.md).
void open_window() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    if (!main_loop::open_window("Strategispegeln", std::max(1, static_cast<int>(std::lround(css_w * dpr))),
                                std::max(1, static_cast<int>(std::lround(css_h * dpr))))) {
        main_loop::shutdown();
        js_no_webgl();
        return;
    }
    // fps 0 = requestAnimationFrame; main() has returned, so no infinite loop to simulate.
    emscripten_set_main_loop(tick, 0, 0);
    // The first frame at once, in the task that took over the static first screen: the next
    // animation frame can be far off while the browser presents the page's first paint.
    tick();
}

// Opens the window once the shell's fence says the GPU process has made the WebGL
// context (web/shell/shell.js, watchGpu), from a task of its own.
// clang-format off
EM_JS(void, js_when_gpu_ready, (), {
    var ready = Module.spegelnGpuReady || Promise.resolve();
    ready.then(function() { setTimeout(function() { Module.ccall('spegeln_open_window', null, [], []); }, 0); });
});
// clang-format on

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void spegeln_open_window() {
    open_window();
}

int main() {
    js_mark_main();  // the runtime is up (docs/performance.md)
    platform_web_init();
    // The app first (instruments, texts: CPU work), then a return to the browser before
    // the window: GLFW's first WebGL call holds the main thread until the GPU process has
    // made the context (≈ 0.2–0.4 s in headless Chromium), so the window opens when the
    // shell's fence says it is made, and meanwhile the page's static first screen takes
    // input. The app takes over that screen when its window is open (main_loop.h).
    main_loop::create_app();
    js_when_gpu_ready();
    return 0;
}

// loop_platform.h — the few places where the main loop (main_loop.cpp) differs
// between the browser and the desktop window. Internal to the main loop; screens
// never call it. Implemented once per platform, picked by CMake:
// web/loop_web.cpp (canvas size × devicePixelRatio, wheel fix, clipboard, the
// hidden <textarea> for text input, touch, key-up fixes) and
// native/desktop/loop_desktop.cpp (framebuffer size, content scale, swap).
#pragma once

struct GLFWwindow;
struct ImGuiIO;

namespace loop_platform {

// The drawing surface in device pixels. The UI is laid out in device pixels
// ("pixel-space UI"): fonts and sizes are scaled by dpr instead of letting the
// browser or OS stretch a low-resolution image.
struct Surface {
    int width = 0;
    int height = 0;
    float dpr = 1.0f;  // device pixels per CSS pixel / per screen point
    bool operator==(const Surface&) const = default;
};

// After glfwInit(), before the window exists: GLFW window hints. Returns the
// GLSL version line for ImGui's OpenGL3 backend (nullptr: the backend's default).
const char* window_hints();
// After the ImGui GLFW and OpenGL backends are initialised.
void init(GLFWwindow* window);
// Every tick, drawn or not: measures the surface (the browser also resizes the
// canvas' backing store here). Cheap; no GL calls.
Surface surface(GLFWwindow* window);
// After ImGui_ImplGlfw_NewFrame(), before ImGui::NewFrame(): fix what the
// backend got wrong for this platform (mouse scale, a finger that has lifted).
void adjust_input(ImGuiIO& io, const Surface& s);
// After the frame is drawn, before the buffers are swapped: text-input focus,
// deferred key releases, splash screen, screenshots.
void frame_drawn(ImGuiIO& io, const Surface& s, int frame_number);
// tick() found nothing to draw for `seconds` (< 0: until input). The browser
// stops requestAnimationFrame altogether (an idle rAF loop still costs Chromium
// ~2 % of a core) and sets a timer; the desktop waits in glfwWaitEventsTimeout.
void idle(double seconds);
// main_loop::wake() was called: restart a loop that idle() stopped.
void wake();
// A start-up stage was reached ("gl", "fonts", "app", "frame0-start" …): the
// browser records a performance mark "spegeln-<stage>" for scripts/bench-start.mjs
// (docs/performance.md); the desktop does nothing.
void mark(const char* stage);

}  // namespace loop_platform

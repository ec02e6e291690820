// main_loop.cpp — see main_loop.h. Platform differences: loop_platform.h.
#include "main_loop.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app.h"
#include "loop_platform.h"
#include "platform.h"
#include "widgets/fonts.h"
#include "widgets/theme.h"

namespace {

// Frames drawn after any input: hover, popups and ImGui's auto-sizing windows
// need two or three frames to settle (Tracy uses 3, Raven 5).
constexpr int kFramesAfterInput = 4;
// ImGui's caret is on 0.8 s and off 0.4 s; redrawing every 0.2 s while a text
// field is active keeps the blink within a fifth of a second of correct.
constexpr double kCaretRedraw = 0.2;
// Body text size in device pixels at 100 % text size on a 1× screen.
constexpr float kBaseFontPx = 17.0f;

struct Loop {
    GLFWwindow* window = nullptr;
    App* app = nullptr;
    int frames_left = kFramesAfterInput;
    double deadline = -1.0;  // glfwGetTime() of the next frame the app asked for; < 0: none
    bool continuous = false;
    bool storage_reported = false;
    bool useful_marked = false;
    float style_scale = 0.0f;
    ui::ThemeId style_theme = ui::ThemeId::standard;
    loop_platform::Surface surface;
    int frames = 0;
    void (*overlay)() = nullptr;
};
Loop g;

// ---- Activity: every GLFW input callback wakes the loop ----
// Installed before ImGui_ImplGlfw_InitForOpenGL(), which chains to them.
void on_cursor(GLFWwindow*, double, double) {
    main_loop::wake();
}
void on_button(GLFWwindow*, int, int, int) {
    main_loop::wake();
}
void on_scroll(GLFWwindow*, double, double) {
    main_loop::wake();
}
void on_key(GLFWwindow*, int, int, int, int) {
    main_loop::wake();
}
void on_char(GLFWwindow*, unsigned int) {
    main_loop::wake();
}
void on_focus(GLFWwindow*, int) {
    main_loop::wake();
}
void on_enter(GLFWwindow*, int) {
    main_loop::wake();
}
void on_refresh(GLFWwindow*) {
    main_loop::wake();
}  // desktop: window uncovered

// Files dropped on the window (desktop) or the canvas (browser: GLFW copies
// them into the in-memory file system first, under /.glfw_dropped_files/).
void on_drop(GLFWwindow*, int count, const char** paths) {
    for (int i = 0; i < count; ++i) {
        const std::string path = paths[i];
        const size_t slash = path.find_last_of("/\\");
        app_file_opened(*g.app, slash == std::string::npos ? path : path.substr(slash + 1),
                        spegeln::read_file(paths[i]));
        if (path.rfind("/.glfw_dropped_files/", 0) == 0) std::remove(paths[i]);  // browser copy only
    }
    main_loop::wake();
}

// Text at floor(17 px × text size × dpr) and the style at the same scale, so
// text is sharp at any zoom (docs/browser-fixes.md §2). ImGui 1.92 rasterises
// the new size on demand; only the style's sizes need rescaling.
void update_fonts_and_style(const loop_platform::Surface& s) {
    const float scale = app_text_scale(*g.app) * s.dpr;
    const ui::ThemeId theme = app_theme(*g.app);
    if (scale != g.style_scale || theme != g.style_theme) {
        app_apply_style(app_text_scale(*g.app), s.dpr, theme);
        g.style_scale = scale;
        g.style_theme = theme;
    }
    fonts_set_body_px(kBaseFontPx * scale);
}

// Nothing to draw for `seconds` (< 0: until input); returns `seconds`.
double idle(double seconds) {
    if (seconds != 0.0) loop_platform::idle(seconds);
    return seconds;
}

void draw_frame(const loop_platform::Surface& s) {
    const bool timed = g.frames < 2;  // start-up stages (docs/performance.md)
    if (timed) loop_platform::mark(g.frames == 0 ? "frame0-start" : "frame1-start");
    update_fonts_and_style(s);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    // Pixel-space UI: ImGui lays out in device pixels, the backing store has
    // exactly that many, and nothing is stretched (docs/browser-fixes.md §2).
    io.DisplaySize = ImVec2(static_cast<float>(s.width), static_cast<float>(s.height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    loop_platform::adjust_input(io, s);

    ImGui::NewFrame();
    app_draw(*g.app);
    if (g.overlay) g.overlay();
    ImGui::Render();
    if (timed) loop_platform::mark(g.frames == 0 ? "frame0-laid-out" : "frame1-laid-out");

    glViewport(0, 0, s.width, s.height);
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    loop_platform::frame_drawn(io, s, g.frames);
    glfwSwapBuffers(g.window);  // a no-op in the browser, which presents after the rAF callback
    if (timed) loop_platform::mark(g.frames == 0 ? "frame0-end" : "frame1-end");
    if (!g.useful_marked && g.storage_reported) {  // the start screen with its saved list and buttons
        g.useful_marked = true;
        loop_platform::mark("useful");
    }
    ++g.frames;
}

}  // namespace

namespace main_loop {

bool create_app() {
    if (g.app) return true;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window positions are the app's business, not a file's
    io.LogFilename = nullptr;
    fonts_load();
    loop_platform::mark("fonts");
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // The caret keeps blinking (users look for it); tick() redraws while it
    // does. Not for whoever asked the system for less motion (the browser's
    // prefers-reduced-motion): a steady caret, and no redraws while typing pauses.
    io.ConfigInputTextCursorBlink = !platform::prefers_reduced_motion();

    g.app = app_create();
    loop_platform::mark("app");
    return true;
}

bool open_window(const char* title, int width, int height) {
    if (!glfwInit()) return false;
    const char* glsl_version = loop_platform::window_hints();
    g.window = glfwCreateWindow(width, height, title, nullptr, nullptr);
    if (!g.window) {  // browser: no WebGL2; desktop: no OpenGL 3
        glfwTerminate();
        return false;
    }
    glfwMakeContextCurrent(g.window);
    loop_platform::mark("gl");

    glfwSetCursorPosCallback(g.window, on_cursor);
    glfwSetMouseButtonCallback(g.window, on_button);
    glfwSetScrollCallback(g.window, on_scroll);
    glfwSetKeyCallback(g.window, on_key);
    glfwSetCharCallback(g.window, on_char);
    glfwSetWindowFocusCallback(g.window, on_focus);
    glfwSetCursorEnterCallback(g.window, on_enter);
    glfwSetWindowRefreshCallback(g.window, on_refresh);
    glfwSetDropCallback(g.window, on_drop);
    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    ImGui_ImplOpenGL3_Init(glsl_version);
    // The shaders now rather than in the first frame (the backend would make them there):
    // each check of a compiled shader waits for the GPU process, and in the browser this
    // task can wait before the page is first shown, the first frame only after it.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    loop_platform::init(g.window);

    // From here on input reaches the app, so what was done on the page's static first
    // screen is taken now, in the same task: nothing typed in between is lost.
    app_take_first_screen(*g.app);
    return true;
}

bool init(const char* title, int width, int height) {
    return create_app() && open_window(title, width, height);
}

double tick() {
    const loop_platform::Surface s = loop_platform::surface(g.window);
    if (!(s == g.surface)) {
        g.surface = s;
        wake();
    }
    if (!g.storage_reported && platform::storage_ready()) {
        g.storage_reported = true;
        app_storage_ready(*g.app);
        wake();
    }
    const double now = glfwGetTime();
    const bool due = g.continuous || g.frames_left > 0 || (g.deadline >= 0.0 && now >= g.deadline);
    if (!due || s.width <= 0 || s.height <= 0) return idle(g.deadline < 0.0 ? -1.0 : std::max(0.0, g.deadline - now));
    if (g.frames_left > 0) --g.frames_left;

    draw_frame(s);

    double next = app_next_wakeup(*g.app);
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput && io.ConfigInputTextCursorBlink)
        next = next < 0.0 ? kCaretRedraw : std::min(next, kCaretRedraw);
    g.deadline = next < 0.0 ? -1.0 : now + next;
    if (g.continuous || g.frames_left > 0) return 0.0;
    return idle(g.deadline < 0.0 ? -1.0 : std::max(0.0, g.deadline - glfwGetTime()));
}

void shutdown() {
    if (!g.app) return;
    app_destroy(g.app);
    g.app = nullptr;
    if (g.window) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    ImGui::DestroyContext();
    if (g.window) {
        glfwDestroyWindow(g.window);
        glfwTerminate();
        g.window = nullptr;
    }
}

void wake() {
    g.frames_left = kFramesAfterInput;
    loop_platform::wake();
}
App* app() {
    return g.app;
}
GLFWwindow* window() {
    return g.window;
}
int frame_count() {
    return g.frames;
}
void set_continuous(bool on) {
    g.continuous = on;
    wake();
}
void set_overlay(void (*draw)()) {
    g.overlay = draw;
    wake();
}

}  // namespace main_loop

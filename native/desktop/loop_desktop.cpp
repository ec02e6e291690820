// loop_desktop.cpp — the desktop half of the main loop (web/app/loop_platform.h).
// The UI is laid out in framebuffer pixels, like in the browser, so a Retina
// Mac or a scaled Windows/Linux screen gets sharp text at the right size.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <vector>

#include "desktop.h"
#include "loop_platform.h"
#include "png_write.h"

namespace {

std::string g_screenshot_path;
int g_screenshot_frame = 0;  // 1-based; 0 = none
bool g_screenshot_saved = false;

void save_screenshot(const loop_platform::Surface& s) {
    std::vector<unsigned char> rgba(static_cast<size_t>(s.width) * static_cast<size_t>(s.height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, s.width, s.height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    // GL rows run bottom to top; PNG rows top to bottom.
    std::vector<unsigned char> rgb(static_cast<size_t>(s.width) * static_cast<size_t>(s.height) * 3);
    for (int y = 0; y < s.height; ++y)
        for (int x = 0; x < s.width; ++x) {
            const unsigned char* p = &rgba[(static_cast<size_t>(s.height - 1 - y) * s.width + x) * 4];
            unsigned char* q = &rgb[(static_cast<size_t>(y) * s.width + x) * 3];
            q[0] = p[0];
            q[1] = p[1];
            q[2] = p[2];
        }
    g_screenshot_saved = png_write_rgb(g_screenshot_path.c_str(), s.width, s.height, rgb.data());
    std::fprintf(stderr, g_screenshot_saved ? "Skärmbild sparad: %s (%d×%d)\n" : "Kunde inte spara %s\n",
                 g_screenshot_path.c_str(), s.width, s.height);
}

}  // namespace

void desktop_request_screenshot(const std::string& path, int frame) {
    g_screenshot_path = path;
    g_screenshot_frame = frame < 1 ? 1 : frame;
}

int desktop_screenshot_status() {
    return g_screenshot_saved ? 0 : 1;
}

namespace loop_platform {

void mark(const char*) {}

const char* window_hints() {
#ifdef __APPLE__
    // macOS only offers 3.2+ as a forward-compatible core profile.
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    return "#version 150";
#else
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);  // a 1280×800 window stays usable on a scaled screen
    return "#version 130";
#endif
}

void init(GLFWwindow*) {
    glfwSwapInterval(1);
}

Surface surface(GLFWwindow* window) {
    Surface s;
    glfwGetFramebufferSize(window, &s.width, &s.height);
    float sx = 1.0f, sy = 1.0f;
    glfwGetWindowContentScale(window, &sx, &sy);
    s.dpr = sx > 0.0f ? sx : 1.0f;
    return s;
}

// GLFW reports the mouse in window coordinates; the UI is in framebuffer
// pixels (they differ on a Retina Mac).
void adjust_input(ImGuiIO&, const Surface& s) {
    int w = 0, h = 0;
    glfwGetWindowSize(glfwGetCurrentContext(), &w, &h);
    if (w <= 0 || h <= 0 || (w == s.width && h == s.height)) return;
    // ImGui 1.92 queues input and applies it in NewFrame(): scale the queued
    // positions, not io.MousePos (which the queue would overwrite).
    for (ImGuiInputEvent& e : ImGui::GetCurrentContext()->InputEventsQueue) {
        if (e.Type != ImGuiInputEventType_MousePos || e.MousePos.PosX <= -1e30f) continue;
        e.MousePos.PosX *= static_cast<float>(s.width) / static_cast<float>(w);
        e.MousePos.PosY *= static_cast<float>(s.height) / static_cast<float>(h);
    }
}

// main_desktop.cpp waits in glfwWaitEventsTimeout() with tick()'s result; any
// GLFW event ends the wait, and other threads post an empty event.
void idle(double) {}
void wake() {}

void frame_drawn(ImGuiIO&, const Surface& s, int frame_number) {
    if (g_screenshot_frame > 0 && frame_number + 1 == g_screenshot_frame) {
        save_screenshot(s);
        glfwSetWindowShouldClose(glfwGetCurrentContext(), GLFW_TRUE);
    }
}

}  // namespace loop_platform

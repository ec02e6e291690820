// webgl_state.cpp — answers the few GL state queries that stall Chromium.
//
// ImGui 1.86's OpenGL3 backend saves and restores GL state around every frame
// with glGetIntegerv. WebGL answers most of those queries from a client-side
// cache, but not the scissor box and the blend settings: each of those is a
// synchronous round trip to the GPU process that waits for it to finish the
// queued drawing. Measured in headless Chromium: 34 ms of main-thread time per
// frame, nearly all of the frame (docs/performance.md).
//
// Nothing but ImGui draws in this app, so the "previous" state is always what
// ImGui itself sets (imgui_impl_opengl3.cpp, ImGui_ImplOpenGL3_SetupRenderState).
// web/app/CMakeLists.txt renames the backend's glGetIntegerv to this function
// for the browser build only; every other query goes to WebGL unchanged.
#include <GLES2/gl2.h>
#include <GLES3/gl3.h>

extern "C" void spegeln_webgl_get_integerv(GLenum pname, GLint* data) {
    switch (pname) {
        case GL_SCISSOR_BOX:  // restored with the scissor test off, so unused
            data[0] = data[1] = data[2] = data[3] = 0;
            return;
        case GL_BLEND_SRC_RGB:
            *data = GL_SRC_ALPHA;
            return;
        case GL_BLEND_DST_RGB:
        case GL_BLEND_DST_ALPHA:
            *data = GL_ONE_MINUS_SRC_ALPHA;
            return;
        case GL_BLEND_SRC_ALPHA:
            *data = GL_ONE;
            return;
        case GL_BLEND_EQUATION_RGB:
        case GL_BLEND_EQUATION_ALPHA:
            *data = GL_FUNC_ADD;
            return;
        default:
            glGetIntegerv(pname, data);
    }
}

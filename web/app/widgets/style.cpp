// style.cpp — the light, high-contrast theme.
//
// Dark text on white or light grey (WCAG AA, most pairs above 7:1), buttons
// and fields with visible borders, a thick orange keyboard-focus highlight,
// and sizes meant for fingers on a tablet and for reading from the back of a
// room: everything is given at scale 1 and multiplied by `scale` (text size ×
// device pixel ratio) once per font rebuild, as 1.86's FAQ recommends.
#include "app.h"
#include "imgui.h"

namespace {

ImVec4 rgb(int r, int g, int b, int a = 255) {
    return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f,
                  static_cast<float>(a) / 255.0f);
}

}  // namespace

void app_apply_style(float scale) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();

    s.WindowPadding = ImVec2(16, 14);
    s.FramePadding = ImVec2(12, 9);
    s.ItemSpacing = ImVec2(10, 10);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.TouchExtraPadding = ImVec2(4, 4);  // a finger is less precise than a mouse (imgui#2334)
    s.IndentSpacing = 22;
    s.ScrollbarSize = 22;
    s.GrabMinSize = 24;
    s.WindowBorderSize = 1;
    s.ChildBorderSize = 0;
    s.PopupBorderSize = 2;
    s.FrameBorderSize = 1;
    s.WindowRounding = 4;
    s.ChildRounding = 4;
    s.FrameRounding = 5;
    s.PopupRounding = 4;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 4;
    s.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    s.ButtonTextAlign = ImVec2(0.5f, 0.5f);
    s.DisplaySafeAreaPadding = ImVec2(4, 4);

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgb(20, 20, 20);
    c[ImGuiCol_TextDisabled] = rgb(95, 95, 95);  // still 6:1 on white: disabled, not invisible
    c[ImGuiCol_WindowBg] = rgb(255, 255, 255);
    c[ImGuiCol_ChildBg] = rgb(255, 255, 255, 0);
    c[ImGuiCol_PopupBg] = rgb(255, 255, 255);
    c[ImGuiCol_Border] = rgb(90, 90, 90);
    c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = rgb(255, 255, 255);
    c[ImGuiCol_FrameBgHovered] = rgb(235, 243, 252);
    c[ImGuiCol_FrameBgActive] = rgb(220, 234, 250);
    c[ImGuiCol_TitleBg] = rgb(230, 230, 230);
    c[ImGuiCol_TitleBgActive] = rgb(210, 222, 238);
    c[ImGuiCol_TitleBgCollapsed] = rgb(230, 230, 230);
    c[ImGuiCol_MenuBarBg] = rgb(242, 242, 242);
    c[ImGuiCol_ScrollbarBg] = rgb(238, 238, 238);
    c[ImGuiCol_ScrollbarGrab] = rgb(130, 130, 130);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(95, 95, 95);
    c[ImGuiCol_ScrollbarGrabActive] = rgb(60, 60, 60);
    c[ImGuiCol_CheckMark] = rgb(0, 76, 153);
    c[ImGuiCol_SliderGrab] = rgb(0, 76, 153);
    c[ImGuiCol_SliderGrabActive] = rgb(0, 50, 110);
    c[ImGuiCol_Button] = rgb(242, 242, 242);
    c[ImGuiCol_ButtonHovered] = rgb(220, 234, 250);
    c[ImGuiCol_ButtonActive] = rgb(190, 215, 245);
    c[ImGuiCol_Header] = rgb(220, 234, 250);
    c[ImGuiCol_HeaderHovered] = rgb(200, 222, 248);
    c[ImGuiCol_HeaderActive] = rgb(180, 208, 242);
    c[ImGuiCol_Separator] = rgb(160, 160, 160);
    c[ImGuiCol_SeparatorHovered] = rgb(0, 76, 153);
    c[ImGuiCol_SeparatorActive] = rgb(0, 50, 110);
    c[ImGuiCol_ResizeGrip] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripActive] = rgb(0, 0, 0, 0);
    c[ImGuiCol_Tab] = rgb(235, 235, 235);
    c[ImGuiCol_TabHovered] = rgb(220, 234, 250);
    c[ImGuiCol_TabSelected] = rgb(255, 255, 255);
    c[ImGuiCol_TabDimmed] = rgb(235, 235, 235);
    c[ImGuiCol_TabDimmedSelected] = rgb(255, 255, 255);
    c[ImGuiCol_PlotLines] = rgb(0, 76, 153);
    c[ImGuiCol_PlotLinesHovered] = rgb(0, 50, 110);
    c[ImGuiCol_PlotHistogram] = rgb(0, 76, 153);
    c[ImGuiCol_PlotHistogramHovered] = rgb(0, 50, 110);
    c[ImGuiCol_TableHeaderBg] = rgb(230, 230, 230);
    c[ImGuiCol_TableBorderStrong] = rgb(90, 90, 90);
    c[ImGuiCol_TableBorderLight] = rgb(170, 170, 170);
    c[ImGuiCol_TableRowBg] = rgb(255, 255, 255);
    c[ImGuiCol_TableRowBgAlt] = rgb(245, 245, 245);
    c[ImGuiCol_TextSelectedBg] = rgb(170, 205, 245);
    c[ImGuiCol_DragDropTarget] = rgb(190, 60, 0);
    c[ImGuiCol_NavCursor] = rgb(190, 60, 0);  // keyboard focus: ≥ 3:1 against white and against the blue fill
    c[ImGuiCol_NavWindowingHighlight] = rgb(190, 60, 0);
    c[ImGuiCol_NavWindowingDimBg] = rgb(0, 0, 0, 80);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 110);

    s.ScaleAllSizes(scale);
}

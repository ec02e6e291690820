// style.cpp — ImGui's style from the theme (theme.h: the colours and their
// contrast pairs, standard or high contrast).
//
// Buttons and fields with visible borders, a keyboard-focus ring in a colour
// nothing else uses, and sizes meant for fingers on a tablet and for reading
// from the back of a room: everything is given at scale 1 and multiplied by the
// device pixel ratio and (up to a limit) the text size whenever either changes.
#include <algorithm>

#include "app.h"
#include "imgui.h"
#include "widgets/theme.h"

void app_apply_style(float text_scale, float dpr, ui::ThemeId theme) {
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

    // Borders are part of the theme: the high-contrast one draws them twice as thick.
    ui::apply_theme(theme);
    const ui::Theme& t = ui::theme(theme);
    s.WindowBorderSize *= t.line;
    s.PopupBorderSize *= t.line;
    s.FrameBorderSize *= t.line;

    using ui::col4;
    const ImVec4 clear(0, 0, 0, 0);
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = col4(t.ink);
    c[ImGuiCol_TextDisabled] = col4(t.disabled);  // still ≥ 4.5:1: disabled, not invisible
    c[ImGuiCol_WindowBg] = col4(t.bg);
    c[ImGuiCol_ChildBg] = clear;
    c[ImGuiCol_PopupBg] = col4(t.bg);
    c[ImGuiCol_Border] = col4(t.border);
    c[ImGuiCol_BorderShadow] = clear;
    c[ImGuiCol_FrameBg] = col4(t.bg);
    c[ImGuiCol_FrameBgHovered] = col4(t.hover);
    c[ImGuiCol_FrameBgActive] = col4(t.accent_light);
    c[ImGuiCol_TitleBg] = col4(t.surface);
    c[ImGuiCol_TitleBgActive] = col4(t.accent_light);
    c[ImGuiCol_TitleBgCollapsed] = col4(t.surface);
    c[ImGuiCol_MenuBarBg] = col4(t.surface);
    c[ImGuiCol_ScrollbarBg] = col4(t.scroll_bg);
    c[ImGuiCol_ScrollbarGrab] = col4(t.scroll_grab);
    c[ImGuiCol_ScrollbarGrabHovered] = col4(t.border);
    c[ImGuiCol_ScrollbarGrabActive] = col4(t.ink);
    c[ImGuiCol_CheckMark] = col4(t.accent);
    c[ImGuiCol_SliderGrab] = col4(t.accent);
    c[ImGuiCol_SliderGrabActive] = col4(t.accent_active);
    c[ImGuiCol_Button] = col4(t.button);
    c[ImGuiCol_ButtonHovered] = col4(t.accent_light);
    c[ImGuiCol_ButtonActive] = col4(t.selection);
    c[ImGuiCol_Header] = col4(t.accent_light);
    c[ImGuiCol_HeaderHovered] = col4(t.hover);
    c[ImGuiCol_HeaderActive] = col4(t.selection);
    c[ImGuiCol_Separator] = col4(t.divider);
    c[ImGuiCol_SeparatorHovered] = col4(t.accent);
    c[ImGuiCol_SeparatorActive] = col4(t.accent_active);
    c[ImGuiCol_ResizeGrip] = clear;
    c[ImGuiCol_ResizeGripHovered] = clear;
    c[ImGuiCol_ResizeGripActive] = clear;
    c[ImGuiCol_Tab] = col4(t.button);
    c[ImGuiCol_TabHovered] = col4(t.accent_light);
    c[ImGuiCol_TabSelected] = col4(t.bg);
    c[ImGuiCol_TabDimmed] = col4(t.button);
    c[ImGuiCol_TabDimmedSelected] = col4(t.bg);
    c[ImGuiCol_PlotLines] = col4(t.accent);
    c[ImGuiCol_PlotLinesHovered] = col4(t.accent_active);
    c[ImGuiCol_PlotHistogram] = col4(t.accent);
    c[ImGuiCol_PlotHistogramHovered] = col4(t.accent_active);
    c[ImGuiCol_TableHeaderBg] = col4(t.surface);
    c[ImGuiCol_TableBorderStrong] = col4(t.border);
    c[ImGuiCol_TableBorderLight] = col4(t.divider);
    c[ImGuiCol_TableRowBg] = col4(t.bg);
    c[ImGuiCol_TableRowBgAlt] = col4(t.surface);
    c[ImGuiCol_TextSelectedBg] = col4(t.selection);
    c[ImGuiCol_DragDropTarget] = col4(t.focus);
    c[ImGuiCol_NavCursor] = col4(t.focus);  // keyboard focus: ≥ 3:1 on every background around an item
    c[ImGuiCol_NavWindowingHighlight] = col4(t.focus);
    c[ImGuiCol_NavWindowingDimBg] = ImVec4(0, 0, 0, 0.31f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.43f);

    // Paddings and spacing grow with the text up to 150 %, the window's margin
    // and the scroll bar up to 125 %: beyond that they would take the room the
    // larger text needs (a 320 px wide window at 200 % has ~9 characters a
    // line). Fonts follow the full text size (main_loop.cpp).
    s.ScaleAllSizes(dpr * std::min(text_scale, 1.5f));
    const float frame_scale = dpr * std::min(text_scale, 1.25f);
    s.WindowPadding = ImVec2(16.0f * frame_scale, 14.0f * frame_scale);
    s.ScrollbarSize = 22.0f * frame_scale;
}

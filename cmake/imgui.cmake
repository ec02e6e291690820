# Dear ImGui 1.92.9b, pinned. Taken from the project's offline copy
# (../shared/third_party/imgui-1.92.9b.tar.gz, checked against its sha256) when it is
# there, otherwise fetched from upstream at the tag's commit. Either way it is
# unpacked into the build folder and never committed (scripts/checks/no-third-party.sh).
include(FetchContent)

set(SPEGELN_IMGUI_VERSION 1.92.9b)
set(SPEGELN_IMGUI_SHA256 e05d09371443ea6bf6ce487c56f1f021de85266c8fbc8b597231b2bd2e2789d2)
set(SPEGELN_IMGUI_COMMIT f1cc2ae15e53a861a874c3034aae6798fde194ab)  # tag v1.92.9b
set(SPEGELN_IMGUI_ARCHIVE ${CMAKE_SOURCE_DIR}/../shared/third_party/imgui-${SPEGELN_IMGUI_VERSION}.tar.gz
    CACHE FILEPATH "Offline copy of the Dear ImGui release (used when it exists)")

if(EXISTS ${SPEGELN_IMGUI_ARCHIVE})
  FetchContent_Declare(imgui URL ${SPEGELN_IMGUI_ARCHIVE} URL_HASH SHA256=${SPEGELN_IMGUI_SHA256})
else()
  message(STATUS "Dear ImGui: ${SPEGELN_IMGUI_ARCHIVE} finns inte, hämtar v${SPEGELN_IMGUI_VERSION} från GitHub")
  FetchContent_Declare(imgui GIT_REPOSITORY https://github.com/ocornut/imgui.git
                             GIT_TAG ${SPEGELN_IMGUI_COMMIT} GIT_SHALLOW FALSE)
endif()
# ImGui has no CMakeLists of its own: only unpack it; web/app/CMakeLists.txt compiles its files.
FetchContent_GetProperties(imgui)
if(NOT imgui_POPULATED)
  FetchContent_Populate(imgui)
endif()
set(IMGUI_DIR ${imgui_SOURCE_DIR})

// platform_desktop.cpp — web/app/platform.h for the desktop window.
//
// Storage: one file per document in the data folder — $STRATEGISPEGELN_DATA_DIR
// (tests), else $XDG_DATA_HOME/strategispegeln, else ~/.local/share/strategispegeln.
// Writes go to a temporary file that is flushed and renamed over the old one,
// so a crash leaves either the old or the new document, never half of one.
// Files: downloads are saved in the user's download folder (xdg-user-dir
// DOWNLOAD, else ~/Downloads, else the home folder; never the hidden data
// folder); opening uses zenity or kdialog when installed, and files dropped on
// the window always work.
#include <GLFW/glfw3.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <random>
#include <string_view>
#include <thread>

#include "app.h"
#include "desktop.h"
#include "file_io.h"
#include "ids.h"
#include "main_loop.h"
#include "platform.h"

extern char** environ;

namespace fs = std::filesystem;

namespace {

fs::path env_path(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? fs::path(v) : fs::path();
}

fs::path data_dir() {
    fs::path dir = env_path("STRATEGISPEGELN_DATA_DIR");
    if (dir.empty()) {
        fs::path base = env_path("XDG_DATA_HOME");
        if (base.empty()) base = env_path("HOME") / ".local" / "share";
        dir = base / "strategispegeln";
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    return dir;
}

bool valid_name(const std::string& name) {
    return !name.empty() && name.size() < 200 && name.find_first_of("/\\") == std::string::npos && name[0] != '.';
}

bool write_file(const fs::path& path, const std::string& data, bool durable) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size() && std::fflush(f) == 0;
    if (durable) ok = ok && fsync(fileno(f)) == 0;
    return std::fclose(f) == 0 && ok;
}

// "rapport.html", "rapport (2).html", … — never overwrite a user's file.
fs::path unused_name(const fs::path& dir, const std::string& filename) {
    fs::path p = dir / filename;
    const std::string stem = p.stem().string(), ext = p.extension().string();
    for (int i = 2; fs::exists(p) && i < 1000; ++i) p = dir / (stem + " (" + std::to_string(i) + ")" + ext);
    return p;
}

// Runs a program without a shell (no quoting problems with odd file names).
bool spawn(const std::vector<std::string>& args, std::string* out = nullptr) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    int pipefd[2] = {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (out && pipe(pipefd) == 0) {
        posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipefd[0]);
    }
    pid_t pid = 0;
    const bool started = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0;
    posix_spawn_file_actions_destroy(&actions);
    if (pipefd[1] >= 0) close(pipefd[1]);
    if (out && pipefd[0] >= 0) {
        char buf[4096];
        ssize_t n = 0;
        while ((n = read(pipefd[0], buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
        close(pipefd[0]);
    }
    int status = 0;
    if (started) waitpid(pid, &status, 0);
    return started && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// `xdg-user-dir DOWNLOAD` (localised, e.g. ~/Hämtningar), else ~/Downloads,
// else the home folder. Empty only without $HOME.
fs::path download_dir() {
    std::error_code ec;
    const fs::path home = env_path("HOME");
    std::string out;
    if (spawn({"xdg-user-dir", "DOWNLOAD"}, &out)) {
        while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
        // xdg-user-dir answers $HOME when the folder is not configured; that is the fallback anyway.
        if (!out.empty() && fs::path(out) != home && fs::is_directory(out, ec)) return out;
    }
    if (!home.empty() && fs::is_directory(home / "Downloads", ec)) return home / "Downloads";
    return home;
}

// True if `program` is an executable file in one of $PATH's folders.
bool on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    if (!path) return false;
    std::string dirs = path;
    for (size_t i = 0; i <= dirs.size();) {
        const size_t end = std::min(dirs.find(':', i), dirs.size());
        const std::string dir = end > i ? dirs.substr(i, end - i) : ".";
        if (access((dir + "/" + program).c_str(), X_OK) == 0) return true;
        i = end + 1;
    }
    return false;
}

// The file dialog runs on a thread so the window keeps redrawing; the chosen
// path is handed to the main thread through desktop_poll_file_dialog().
std::mutex g_dialog_mutex;
std::string g_dialog_result;
std::atomic<bool> g_dialog_done{false}, g_dialog_open{false};

}  // namespace

void desktop_poll_file_dialog() {
    if (!g_dialog_done.exchange(false)) return;
    std::string path;
    {
        std::lock_guard<std::mutex> lock(g_dialog_mutex);
        path.swap(g_dialog_result);
    }
    g_dialog_open = false;
    if (path.empty()) return;  // cancelled
    // The core's reader: a file over the limit is refused with its size, never cut short.
    const spegeln::FileRead file = spegeln::read_file(path);
    if (App* app = main_loop::app()) app_file_opened(*app, fs::path(path).filename().string(), file);
    main_loop::wake();
}

namespace platform {

bool storage_write(const std::string& name, const std::string& data) {
    if (!valid_name(name)) return false;
    const fs::path dir = data_dir();
    const fs::path tmp = dir / ("." + name + ".tmp");
    if (!write_file(tmp, data, true)) return false;
    std::error_code ec;
    fs::rename(tmp, dir / name, ec);  // atomic on POSIX
    return !ec;
}

std::optional<std::string> storage_read(const std::string& name) {
    if (!valid_name(name)) return std::nullopt;
    std::FILE* f = std::fopen((data_dir() / name).c_str(), "rb");
    if (!f) return std::nullopt;
    std::string data;
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
    std::fclose(f);
    return data;
}

std::vector<std::string> storage_list() {
    std::vector<std::string> names;
    std::error_code ec;
    for (const fs::directory_entry& e : fs::directory_iterator(data_dir(), ec)) {
        const std::string name = e.path().filename().string();
        if (e.is_regular_file(ec) && valid_name(name)) names.push_back(name);  // skips ".x.tmp"
    }
    return names;
}

bool storage_remove(const std::string& name) {
    if (!valid_name(name)) return false;
    std::error_code ec;
    return fs::remove(data_dir() / name, ec);
}

bool storage_ready() {
    return true;
}

bool download(const std::string& filename, const std::string& /*mime*/, const std::string& data) {
    std::error_code ec;
    // Tests set STRATEGISPEGELN_DATA_DIR and must not write into the real download folder.
    const fs::path dir = env_path("STRATEGISPEGELN_DATA_DIR").empty() ? download_dir() : data_dir();
    if (dir.empty() || !fs::is_directory(dir, ec)) {
        std::fprintf(stderr, "Kunde inte spara %s: ingen mapp för hämtade filer\n", filename.c_str());
        return false;
    }
    const fs::path path = unused_name(dir, valid_name(filename) ? filename : "strategispegeln.txt");
    const bool ok = write_file(path, data, false);
    std::fprintf(stderr, ok ? "Sparade %s\n" : "Kunde inte spara %s\n", path.c_str());
    if (!ok) {
        fs::remove(path, ec);  // no half-written file left behind
        return false;
    }
    return true;
}

bool request_open_file(const std::string& accept, const std::string& title) {
    if (!on_path("zenity") && !on_path("kdialog")) return false;
    if (g_dialog_open.exchange(true)) return true;  // one dialog at a time; it is already shown
    std::thread([accept, title] {
        // ".json,.csv" → zenity's "*.json *.csv"
        std::string patterns;
        for (size_t i = 0; i <= accept.size();) {
            const size_t end = std::min(accept.find(',', i), accept.size());
            if (end > i) patterns += (patterns.empty() ? "*" : " *") + accept.substr(i, end - i);
            i = end + 1;
        }
        std::string out;
        if (!spawn({"zenity", "--file-selection", "--title=" + title, "--file-filter=" + patterns}, &out))
            spawn({"kdialog", "--title", title, "--getopenfilename", ".", patterns}, &out);
        while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
        if (out.empty())
            std::fprintf(stderr, "Ingen fildialog (zenity/kdialog) eller avbrutet: dra och släpp filen på fönstret.\n");
        {
            std::lock_guard<std::mutex> lock(g_dialog_mutex);
            g_dialog_result = out;
        }
        g_dialog_done = true;
        glfwPostEmptyEvent();  // wakes glfwWaitEvents on the main thread
    }).detach();
    return true;
}

// zenity and kdialog pick one file here; several arrive by dropping them on the window.
bool request_open_files(const std::string& accept, const std::string& title) {
    return request_open_file(accept, title);
}

void open_html(const std::string& title, const std::string& html) {
    std::string stem = "strategispegeln";
    for (char c : title) stem += (std::isalnum(static_cast<unsigned char>(c)) || c == '-') ? c : '_';
    std::error_code ec;
    const fs::path path = fs::temp_directory_path(ec) / (stem.substr(0, 80) + "-" + random_id().substr(0, 8) + ".html");
    if (!write_file(path, html, false)) return;
#ifdef __APPLE__
    std::thread([p = path.string()] { spawn({"open", p}); }).detach();
#else
    std::thread([p = path.string()] { spawn({"xdg-open", p}); }).detach();
#endif
}

// The languages of the process environment as gettext reads them: LANGUAGE is
// a colon-separated list that wins over the rest, then the locale categories.
// The window has no static first screen: it draws at once.
std::string first_screen_form() {
    return "";
}

std::vector<std::string> preferred_languages() {
    std::vector<std::string> out;
    if (const char* list = std::getenv("LANGUAGE"); list && *list) {
        std::string_view all(list);
        for (size_t i = 0; i <= all.size();) {
            size_t end = std::min(all.find(':', i), all.size());
            if (end > i) out.emplace_back(all.substr(i, end - i));
            i = end + 1;
        }
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(name);
        // "C" and "POSIX" name no language: the app's default applies.
        if (v && *v && std::string_view(v) != "C" && std::string_view(v) != "POSIX") {
            out.emplace_back(v);
            break;
        }
    }
    return out;
}

void set_language(const std::string& /*lang*/, const std::string& title) {
    if (GLFWwindow* w = glfwGetCurrentContext()) glfwSetWindowTitle(w, title.c_str());
}

std::string ui_strings_overlay(const std::string& lang) {
    return "ui/desktop/" + lang + ".json";
}

std::string random_id() {
    std::random_device rd;  // /dev/urandom on Linux and macOS
    unsigned char b[16];
    for (unsigned char& c : b) c = static_cast<unsigned char>(rd() & 0xFF);
    return spegeln::uuid_v4(b);
}

void announce(const std::string& /*text*/) {}           // no screen-reader bridge natively
void publish_semantics(const std::string& /*json*/) {}  // likewise (docs/accessibility.md)

// No portable way to ask GLFW's desktops; the settings screen has the choice.
bool prefers_high_contrast() {
    return false;
}
bool prefers_reduced_motion() {
    return false;
}

}  // namespace platform

#include "file_io.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "number_format.h"

namespace spegeln {
namespace {

// The common reasons as translation keys; anything rarer keeps the system's
// wording (quoted, so it is never taken for a key).
std::string reason(int err) {
    switch (err) {
        case ENOENT:
            return "diag.file.reason.not_found";
        case EACCES:
            return "diag.file.reason.no_permission";
        case EISDIR:
            return "diag.file.reason.is_directory";
        case ENOSPC:
            return "diag.file.reason.disk_full";
        case EROFS:
            return "diag.file.reason.read_only";
        default:
            return "\"" + std::string(std::strerror(err)) + "\"";
    }
}

std::string mb(size_t bytes) {
    return std::to_string(bytes / (1024 * 1024));
}

}  // namespace

bool read_file(const std::string& path, std::string& out, Diagnostics& diag, size_t max_bytes) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        diag.error("", "diag.file.cannot_open", {reason(errno)});
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        diag.error("", "diag.file.cannot_open", {"diag.file.reason.is_directory"});
        return false;
    }
    if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > max_bytes) {
        auto tenths = megabyte_tenths(static_cast<unsigned long long>(st.st_size));
        diag.error("", "diag.file.too_large",
                   {std::to_string(tenths / 10), std::to_string(tenths % 10), mb(max_bytes)});
        return false;
    }
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        diag.error("", "diag.file.cannot_open", {reason(errno)});
        return false;
    }
    out.clear();
    char buf[65536];
    size_t n;
    // Read in chunks and stop at the limit: pipes and devices have no size to check up front.
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        out.append(buf, n);
        if (out.size() > max_bytes) {
            std::fclose(f);
            diag.error("", "diag.file.larger_than", {mb(max_bytes)});
            return false;
        }
    }
    bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) {
        diag.error("", "diag.file.read_failed");
        return false;
    }
    return true;
}

bool write_file(const std::string& path, const std::string& data, Diagnostics& diag) {
    std::string tmp = path + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        diag.error("", "diag.file.cannot_write", {reason(errno)});
        return false;
    }
    bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    ok = std::fclose(f) == 0 && ok;
    // Rename over the old file so a crash never leaves half a file behind.
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
        diag.error("", "diag.file.write_failed", {reason(errno)});
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace spegeln

#include "file_io.h"

#include "number_format.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace spegeln {
namespace {

// The common reasons in Swedish; anything rarer keeps the system's wording.
std::string reason(int err) {
    switch (err) {
        case ENOENT: return "filen finns inte";
        case EACCES: return "behörighet saknas";
        case EISDIR: return "är en mapp, inte en fil";
        case ENOSPC: return "disken är full";
        case EROFS: return "platsen är skrivskyddad";
        default: return std::strerror(err);
    }
}

}  // namespace

bool read_file(const std::string& path, std::string& out, std::string& error, size_t max_bytes) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        error = "kan inte öppna filen: " + reason(errno);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        error = "är en mapp, inte en fil";
        return false;
    }
    if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > max_bytes) {
        error = "filen är " + format_megabytes(static_cast<unsigned long long>(st.st_size)) +
                "; största tillåtna storlek är " + std::to_string(max_bytes / (1024 * 1024)) + " MB";
        return false;
    }
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = "kan inte öppna filen: " + reason(errno);
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
            error = "filen är större än " + std::to_string(max_bytes / (1024 * 1024)) + " MB";
            return false;
        }
    }
    bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) {
        error = "kunde inte läsa filen";
        return false;
    }
    return true;
}

bool write_file(const std::string& path, const std::string& data, std::string& error) {
    std::string tmp = path + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        error = "kan inte skriva filen: " + reason(errno);
        return false;
    }
    bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    ok = std::fclose(f) == 0 && ok;
    // Rename over the old file so a crash never leaves half a file behind.
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
        error = "kunde inte skriva filen: " + reason(errno);
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace spegeln

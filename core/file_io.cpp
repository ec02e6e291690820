#include "file_io.h"

#include <sys/stat.h>

#include <algorithm>
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

FileRead failure(int err) {
    FileRead r;
    if (err == ENOENT || err == ENOTDIR)
        r.error = FileError::NotFound;
    else if (err == EISDIR)
        r.error = FileError::NotAFile;
    else
        r = file_unreadable(reason(err));
    return r;
}

}  // namespace

bool file_size_allowed(unsigned long long size) {
    return size <= kMaxDocumentBytes;
}

FileRead file_too_large(unsigned long long size) {
    FileRead r;
    r.error = FileError::TooLarge;
    r.size = size;
    return r;
}

FileRead file_unreadable(std::string why) {
    FileRead r;
    r.error = FileError::Unreadable;
    r.reason = std::move(why);
    return r;
}

FileRead read_file(const std::string& path) {
    constexpr unsigned long long limit = kMaxDocumentBytes;
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return failure(errno);
    if (S_ISDIR(st.st_mode)) return failure(EISDIR);
    const bool regular = S_ISREG(st.st_mode);
    const auto stat_size = static_cast<unsigned long long>(st.st_size);
    // Refused by its size alone: a 5 GB file is never read.
    if (regular && stat_size > limit) return file_too_large(stat_size);
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return failure(errno);
    FileRead r;
    if (regular) r.bytes.reserve(static_cast<size_t>(stat_size));
    char buf[65536];
    // At most limit + 1 bytes: pipes and devices have no size to check up front,
    // and a file may grow after stat(); one byte past the limit proves it too large.
    while (r.bytes.size() <= limit) {
        const size_t want = static_cast<size_t>(std::min<unsigned long long>(sizeof buf, limit + 1 - r.bytes.size()));
        const size_t n = std::fread(buf, 1, want, f);
        if (n == 0) break;
        r.bytes.append(buf, n);
    }
    const int read_errno = std::ferror(f) ? errno : 0;
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (r.bytes.size() > limit)
        return file_too_large(regular ? std::max<unsigned long long>(stat_size, r.bytes.size()) : 0);
    if (failed) return read_errno == EISDIR ? failure(EISDIR) : file_unreadable(read_errno ? reason(read_errno) : "");
    return r;
}

void report_too_large(unsigned long long size, Diagnostics& diag) {
    const std::string limit = std::to_string(kMaxDocumentBytes / (1024 * 1024));
    if (size > 0) {
        const unsigned long long tenths = megabyte_tenths(size);
        diag.error("", "diag.file.too_large", {std::to_string(tenths / 10), std::to_string(tenths % 10), limit});
    } else {
        diag.error("", "diag.file.larger_than", {limit});
    }
}

void report_file_error(const FileRead& file, Diagnostics& diag) {
    switch (file.error) {
        case FileError::None:
            return;
        case FileError::NotFound:
            diag.error("", "diag.file.cannot_open", {"diag.file.reason.not_found"});
            return;
        case FileError::NotAFile:
            diag.error("", "diag.file.cannot_open", {"diag.file.reason.is_directory"});
            return;
        case FileError::TooLarge:
            report_too_large(file.size, diag);
            return;
        case FileError::Unreadable:
            if (file.reason.empty())
                diag.error("", "diag.file.read_failed");
            else
                diag.error("", "diag.file.read_failed_because", {file.reason});
            return;
    }
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

// file_io.h — the one way the program reads a file a user gives it, and the one
// size limit for such files.
//
// Every reader of user files — the CLI, the desktop window's file dialog, files
// dropped on the window or the canvas, the tests — goes through read_file(), so
// a file that is missing, unreadable or too large gets the same diagnostic
// everywhere. The browser's file picker cannot use a path; it checks the picked
// file's size with file_size_allowed() before reading it and reports a refusal
// through file_too_large(), so its message is the same too.
//
// The core's only contact with a file system. It uses plain C stdio and stat(),
// which Emscripten provides over its in-memory file system as well.
#pragma once

#include <string>

#include "diagnostics.h"

namespace spegeln {

// The largest file the program reads (16 MiB). A real instrument or assessment
// is far below it (the bundled instruments are under 100 kB); parse_json checks
// text against the same limit. The memory a file of this size may cost when it is
// read is bounded as docs/performance.md describes.
inline constexpr unsigned long long kMaxDocumentBytes = 16ull * 1024u * 1024u;

enum class FileError { None, NotFound, NotAFile, Unreadable, TooLarge };

struct FileRead {
    FileError error = FileError::None;
    std::string bytes;            // the whole file when error == None
    unsigned long long size = 0;  // TooLarge: the file's size in bytes, 0 when it cannot be known (a pipe)
    std::string reason;           // Unreadable: why, as a diagnostic parameter (a "diag.file.reason.*"
                                  // key or the system's quoted wording), may be empty

    bool ok() const { return error == FileError::None; }
};

// Whether a file of `size` bytes may be read.
bool file_size_allowed(unsigned long long size);

// Results for readers that do not go through read_file (the browser's picker).
FileRead file_too_large(unsigned long long size);
FileRead file_unreadable(std::string reason = "");

// Reads the whole file at `path`, never more than kMaxDocumentBytes + 1 bytes:
// a regular file over the limit is refused by its size without being read, and
// a pipe or device (which has no size up front) is cut off one byte past it.
FileRead read_file(const std::string& path);

// Adds the one error ("diag.file.*", path "") that says why `file` could not
// be read (nothing when it was).
void report_file_error(const FileRead& file, Diagnostics& diag);

// "diag.file.too_large" with the size in megabytes as whole and tenth, so each
// language writes its own decimal sign ("filen är 50,1 MB; …", "the file is
// 50.1 MB; …"); "diag.file.larger_than" when the size is unknown (0).
void report_too_large(unsigned long long size, Diagnostics& diag);

// Writes `data` to a temporary file and renames it over `path`. On failure
// returns false and adds one error ("diag.file.*", path "") to `diag`.
bool write_file(const std::string& path, const std::string& data, Diagnostics& diag);

}  // namespace spegeln

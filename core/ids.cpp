#include "ids.h"

#include <cstdio>

namespace spegeln {

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdLength) return false;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                  c == '.';
        if (!ok) return false;
    }
    return true;
}

bool is_reserved_id(std::string_view id) {
    const std::string_view reserved = kOverallId;
    if (id.size() != reserved.size()) return false;
    for (size_t i = 0; i < id.size(); ++i) {
        char c = id[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != reserved[i]) return false;
    }
    return true;
}

std::string uuid_v4(const unsigned char (&random_bytes)[16]) {
    unsigned char b[16];
    for (int i = 0; i < 16; ++i) b[i] = random_bytes[i];
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // variant 10xx
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

}  // namespace spegeln

#include "output_common.h"

#include "ids.h"
#include "output.h"
#include "ui_strings.h"

namespace spegeln {

const char* status_label_sv(AnswerStatus s) {
    switch (s) {
        case AnswerStatus::Level:
            return "besvarad";
        case AnswerStatus::VetEj:
            return "vet ej";
        case AnswerStatus::EjAktuellt:
            return "ej aktuellt";
        case AnswerStatus::Unanswered:
            return "obesvarad";
    }
    return "";
}

const std::string& status_label(AnswerStatus s, const UiStrings& t) {
    switch (s) {
        case AnswerStatus::Level:
            return t.get("out.status.level");
        case AnswerStatus::VetEj:
            return t.get("out.status.vet-ej");
        case AnswerStatus::EjAktuellt:
            return t.get("out.status.ej-aktuellt");
        case AnswerStatus::Unanswered:
            break;
    }
    return t.get("out.status.unanswered");
}

std::string answer_label(const Instrument& in, const Item& item, const Answer* ans, const UiStrings& t) {
    if (!ans) return "";
    switch (ans->status) {
        case AnswerStatus::Level: {
            const Scale& s = in.scale_of(item);
            if (ans->level >= 0 && static_cast<size_t>(ans->level) < s.levels.size())
                return std::to_string(ans->level) + " – " +
                       s.levels[static_cast<size_t>(ans->level)].label.in(content_language(t));
            return std::to_string(ans->level);
        }
        case AnswerStatus::VetEj:
            return t.get("out.answer.vet-ej");
        case AnswerStatus::EjAktuellt:
            return t.get("out.answer.ej-aktuellt");
        case AnswerStatus::Unanswered:
            return "";
    }
    return "";
}

const char* status_id(AnswerStatus s) {
    switch (s) {
        case AnswerStatus::Level:
            return "level";
        case AnswerStatus::VetEj:
            return "vet-ej";
        case AnswerStatus::EjAktuellt:
            return "ej-aktuellt";
        case AnswerStatus::Unanswered:
            return "unanswered";
    }
    return "";
}

std::string answer_label(const Instrument& in, const Item& item, const Answer* ans) {
    if (!ans) return "";
    switch (ans->status) {
        case AnswerStatus::Level: {
            const Scale& s = in.scale_of(item);
            if (ans->level >= 0 && static_cast<size_t>(ans->level) < s.levels.size())
                return std::to_string(ans->level) + " – " + s.levels[static_cast<size_t>(ans->level)].label.sv;
            return std::to_string(ans->level);
        }
        case AnswerStatus::VetEj:
            return "Vet ej";
        case AnswerStatus::EjAktuellt:
            return "Ej aktuellt";
        case AnswerStatus::Unanswered:
            return "";
    }
    return "";
}

size_t display_width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string pad_right(const std::string& s, size_t width) {
    size_t w = display_width(s);
    if (w <= width) return s + std::string(width - w, ' ');
    // Cut at a character boundary and mark the cut.
    std::string out;
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (n + 1 >= width) break;
            ++n;
        }
        out += s[i];
    }
    return out + "…";
}

std::string terminal_safe(const std::string& s) {
    std::string out = s;
    for (size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c < 0x20 || c == 0x7F) out[i] = ' ';
        // C1 controls (U+0080–U+009F, UTF-8 C2 80–C2 9F) include the CSI escape.
        if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(out[i + 1]) <= 0x9F) {
            out[i] = ' ';
            out.erase(i + 1, 1);
        }
    }
    return out;
}

std::string pad_left(const std::string& s, size_t width) {
    size_t w = display_width(s);
    return w >= width ? s : std::string(width - w, ' ') + s;
}

Words::Words(const UiStrings& table, std::string key_prefix)
    : t(table), num(number_style(table)), lang(content_language(table)), prefix(std::move(key_prefix)) {}

const std::string& Words::operator()(const std::string& key) const {
    return t.get(prefix + key);
}

std::string Words::format(const std::string& key, std::initializer_list<std::string> args) const {
    return t.format(prefix + key, args);
}

std::string Words::score(const std::optional<double>& v) const {
    return format_score(v, num);
}

std::string Words::num1(const std::optional<double>& v) const {
    return v ? format_decimal(*v, 1, num.decimal_sep) : "";
}

std::string Words::percent(double fraction) const {
    return format_percent(fraction, num);
}

std::string Words::yes_no(bool b) const {
    return t.get(b ? "out.yes" : "out.no");
}

std::string Words::title(const Instrument& in, DimensionKind kind, const std::string& id) const {
    return id == kOverallId ? t.get("out.overall") : dimension_title(in, kind, id, lang);
}

}  // namespace spegeln

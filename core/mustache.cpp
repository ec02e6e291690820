// The template is parsed into a tree of nodes (text, newlines and tags, a
// section holding its contents), then rendered line by line: a line is kept in
// a buffer until its newline, and dropped if a section started or ended in it
// and it holds nothing but blanks — kainjow's rule, kept so that reports look
// exactly as before.
#include "mustache.h"

#include <cstddef>
#include <vector>

namespace spegeln {
namespace {

enum class Kind : unsigned char {
    Text,
    Newline,
    Variable,
    Unescaped,
    Section,
    Inverted,
    End,
    Comment,
    Partial,
    Delimiters
};

struct Node {
    Kind kind = Kind::Text;
    std::string text;  // the text, the newline, or the tag's name
    std::size_t position = 0;
    std::vector<Node> children;  // a section's contents
};

constexpr int kMaxPartialDepth = 32;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

std::string at(std::size_t position) {
    return " at " + std::to_string(position);
}

bool valid_delimiter(const std::string& d) {
    for (char c : d)
        if (c == '=' || is_space(c)) return false;
    return true;
}

// "=<% %>=" → begin "<%", end "%>".
bool parse_delimiters(const std::string& contents, std::string& begin, std::string& end) {
    if (contents.size() < 5 || contents.back() != '=') return false;
    const std::string inner = trim(std::string_view(contents).substr(1, contents.size() - 2));
    const std::size_t space = inner.find(' ');
    if (space == std::string::npos) return false;
    const std::size_t next = inner.find_first_not_of(' ', space + 1);
    std::string b = inner.substr(0, space), e = inner.substr(next);
    if (!valid_delimiter(b) || !valid_delimiter(e)) return false;
    begin = std::move(b);
    end = std::move(e);
    return true;
}

void parse_tag(bool unescaped, const std::string& contents, Node& node) {
    if (unescaped) {
        node.kind = Kind::Unescaped;
        node.text = contents;
        return;
    }
    if (contents.empty()) {
        node.kind = Kind::Variable;
        return;
    }
    switch (contents[0]) {
        case '#':
            node.kind = Kind::Section;
            break;
        case '^':
            node.kind = Kind::Inverted;
            break;
        case '/':
            node.kind = Kind::End;
            break;
        case '>':
            node.kind = Kind::Partial;
            break;
        case '&':
            node.kind = Kind::Unescaped;
            break;
        case '!':
            node.kind = Kind::Comment;
            break;
        default:
            node.kind = Kind::Variable;
            node.text = contents;
            return;
    }
    node.text = trim(std::string_view(contents).substr(1));
}

std::size_t newline_length(std::string_view s, std::size_t i) {
    if (s[i] == '\n') return 1;
    if (s[i] == '\r') return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    return 0;
}

// Every section must end with its own end tag (checked in document order, as kainjow did).
bool check_sections(std::vector<Node>& nodes, std::string& error) {
    for (Node& n : nodes) {
        if (n.kind == Kind::Section || n.kind == Kind::Inverted) {
            if (n.children.empty() || n.children.back().kind != Kind::End || n.children.back().text != n.text) {
                error = "Unclosed section \"" + n.text + "\"" + at(n.position);
                return false;
            }
            n.children.pop_back();
        }
        if (!check_sections(n.children, error)) return false;
    }
    return true;
}

bool parse(std::string_view in, Node& root, std::string& error) {
    std::string begin = "{{", end = "}}";
    bool braces = true;
    std::vector<Node*> open{&root};
    std::string text;
    std::size_t text_position = 0;
    const auto flush_text = [&] {
        if (text.empty()) return;
        Node n;
        n.text = std::move(text);
        n.position = text_position;
        open.back()->children.push_back(std::move(n));
        text.clear();
    };
    for (std::size_t pos = 0; pos != in.size();) {
        if (in.compare(pos, begin.size(), begin) != 0) {
            if (const std::size_t nl = newline_length(in, pos)) {
                flush_text();
                Node n;
                n.kind = Kind::Newline;
                n.text = std::string(in.substr(pos, nl));
                n.position = pos;
                open.back()->children.push_back(std::move(n));
                pos += nl;
            } else {
                if (text.empty()) text_position = pos;
                text += in[pos++];
            }
            continue;
        }
        flush_text();
        const std::size_t start = pos;
        std::size_t contents = start + begin.size();
        const bool unescaped = braces && start != in.size() - 2 && in[contents] == begin[0];
        const std::string_view close = unescaped ? std::string_view("}}}") : std::string_view(end);
        if (unescaped) ++contents;
        const std::size_t stop = in.find(close, contents);
        if (stop == std::string_view::npos) {
            error = "Unclosed tag" + at(start);
            return false;
        }
        const std::string tag = trim(in.substr(contents, stop - contents));
        Node n;
        n.position = start;
        if (!tag.empty() && tag[0] == '=') {
            if (!parse_delimiters(tag, begin, end)) {
                error = "Invalid set delimiter tag" + at(start);
                return false;
            }
            braces = begin == "{{" && end == "}}";
            n.kind = Kind::Delimiters;
        } else {
            parse_tag(unescaped, tag, n);
        }
        pos = stop + close.size();
        const Kind kind = n.kind;
        std::string name = kind == Kind::End ? n.text : std::string();
        open.back()->children.push_back(std::move(n));
        if (kind == Kind::Section || kind == Kind::Inverted) {
            open.push_back(&open.back()->children.back());
        } else if (kind == Kind::End) {
            if (open.size() == 1) {
                error = "Unopened section \"" + name + "\"" + at(start);
                return false;
            }
            open.pop_back();
        }
    }
    flush_text();
    return check_sections(root.children, error);
}

bool is_false(const json& v) {
    return v.is_null() || (v.is_boolean() && !v.get<bool>());
}

bool is_empty_list(const json& v) {
    return v.is_array() && v.empty();
}

const json* member(const json& v, std::string_view name) {
    if (!v.is_object()) return nullptr;
    const auto it = v.find(name);
    return it == v.end() ? nullptr : &*it;
}

struct Renderer {
    MustacheEscape escape;
    std::string& out;
    std::string& error;
    std::vector<const json*> stack;  // innermost last
    std::string line;
    bool line_had_section = false;
    int partial_depth = 0;

    const json* find(const std::string& name) const {
        if (name == ".") return stack.back();
        // "a.b.c" → a, b, c; an empty part looks up the key "", a trailing dot adds nothing.
        std::vector<std::string_view> parts;
        const std::string_view whole(name);
        for (std::size_t b = 0; b < whole.size();) {
            const std::size_t dot = whole.find('.', b);
            const std::size_t e = dot == std::string_view::npos ? whole.size() : dot;
            parts.push_back(whole.substr(b, e - b));
            b = e + 1;
        }
        if (parts.empty()) parts.emplace_back();
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            const json* v = *it;
            for (std::string_view p : parts)
                if (!(v = member(*v, p))) break;
            if (v) return v;
        }
        return nullptr;
    }

    const json* find_partial(const std::string& name) const {
        for (auto it = stack.rbegin(); it != stack.rend(); ++it)
            if (const json* v = member(**it, name)) return v;
        return nullptr;
    }

    void end_line(const std::string* newline) {
        bool blank = true;
        for (char c : line)
            if (c != ' ' && c != '\t') blank = false;
        if (!(line_had_section && blank)) {
            out += line;
            if (newline) out += *newline;
        }
        line.clear();
        line_had_section = false;
    }

    void section(const Node& n, const json* v) {
        const auto contents = [&] {
            line_had_section = true;
            nodes(n.children);
            line_had_section = true;
        };
        if (v && v->is_array() && !v->empty()) {
            for (const json& item : *v) {
                stack.push_back(&item);
                contents();
                stack.pop_back();
            }
        } else if (v) {
            stack.push_back(v);
            contents();
            stack.pop_back();
        } else {
            contents();
        }
    }

    // False stops the nodes that remain at this level (a partial's error).
    bool node(const Node& n) {
        switch (n.kind) {
            case Kind::Text:
                line += n.text;
                break;
            case Kind::Newline:
                end_line(&n.text);
                break;
            case Kind::Variable:
            case Kind::Unescaped:
                if (const json* v = find(n.text)) {
                    if (v->is_string()) {
                        const auto& s = v->get_ref<const std::string&>();
                        line += n.kind == Kind::Variable ? escape(s) : s;
                    } else if (v->is_number()) {
                        const std::string s = dump_json(*v, -1);
                        line += n.kind == Kind::Variable ? escape(s) : s;
                    }
                }
                break;
            case Kind::Section: {
                const json* v = find(n.text);
                if (v && !is_false(*v) && !is_empty_list(*v)) section(n, v);
                break;
            }
            case Kind::Inverted: {
                const json* v = find(n.text);
                if (!v || is_false(*v) || is_empty_list(*v)) section(n, v);
                break;
            }
            case Kind::Partial:
                return partial(n);
            case Kind::End:
            case Kind::Comment:
            case Kind::Delimiters:
                break;
        }
        return true;
    }

    void nodes(const std::vector<Node>& list) {
        for (const Node& n : list)
            if (!node(n)) break;
    }

    // {{>name}}: a string value found under `name` (no dots) is a template of its own, rendered here.
    bool partial(const Node& n) {
        const json* v = find_partial(n.text);
        if (!v || !(v->is_string() || v->is_number())) return true;
        const std::string text = v->is_string() ? v->get<std::string>() : dump_json(*v, -1);
        if (partial_depth == kMaxPartialDepth) {
            error = "Partials nested too deep" + at(n.position);
            return false;
        }
        Node root;
        std::string parse_error;
        if (!parse(text, root, parse_error)) {
            error = std::move(parse_error);
            return false;
        }
        ++partial_depth;
        const std::string before = error;
        nodes(root.children);
        --partial_depth;
        return error == before;
    }
};

}  // namespace

bool render_mustache(std::string_view tmpl, const json& data, MustacheEscape escape, std::string& out,
                     std::string& error) {
    out.clear();
    error.clear();
    Node root;
    if (!parse(tmpl, root, error)) return false;
    Renderer r{escape, out, error, {&data}, {}, false, 0};
    r.nodes(root.children);
    r.end_line(nullptr);
    if (!error.empty()) out.clear();
    return error.empty();
}

}  // namespace spegeln

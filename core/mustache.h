// mustache.h — the template language of the HTML report (docs/reports.md).
//
// A small renderer straight from JSON, written to give byte for byte what
// kainjow mustache 4 gave for the data the report passes (it was used until
// 0.2; tests/core/test_mustache.cpp renders the same templates with both): its
// tags ({{x}}, {{{x}}}, {{&x}}, {{#x}}, {{^x}}, {{/x}}, {{!…}}, {{>x}}, {{=<% %>=}}),
// its name lookup (a dotted name is tried whole in each enclosing context) and
// its rule for leaving out lines that held only section tags and blanks. It
// exists because kainjow builds strings with iostreams, which brought the whole
// of the C++ locale library into the web app (about 39 kB gzip of app.wasm,
// docs/performance.md).
//
// Values: strings as they are, numbers as JSON writes them, null counts as
// false; true, false, lists and objects print nothing. Lambdas do not exist in
// JSON, so neither here.
#pragma once

#include <string>
#include <string_view>

#include "json_read.h"

namespace spegeln {

// Text for {{value}}; {{{value}}} and {{&value}} insert text as it is.
using MustacheEscape = std::string (*)(const std::string&);

// Renders `tmpl` with `data` into `out`. False with a message in `error` (and
// `out` empty) when the template is malformed: "Unclosed tag at 12", "Unopened
// section "x" at 3", "Unclosed section "x" at 0", "Invalid set delimiter tag
// at 5" (a position is a byte offset), or, in a partial, the partial's message;
// partials nested deeper than 32 stop with "Partials nested too deep at N".
bool render_mustache(std::string_view tmpl, const json& data, MustacheEscape escape, std::string& out,
                     std::string& error);

}  // namespace spegeln

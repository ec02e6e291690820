#!/usr/bin/env python3
"""Writes the site's index.html: web/shell/index.html with the app's first
screen as static HTML in place of the line `<!-- first-screen -->`.

The browser paints this screen as soon as the page arrives, long before the
WebGL app has downloaded, compiled and drawn (docs/performance.md, "Start").
It is the start screen as the app draws it before the saved assessments are
read (web/app/library/screen_start.cpp, screen_header.cpp): the same texts from
assets/ui/<lang>/app.json and the same instruments, in every bundled language;
web/shell/first-screen.js shows the one the app will pick (navigator.languages,
like web/app/document.cpp's first_bundled) and shell.js removes the screen when
the app's first frame is drawn. The form works before then (choices, fields,
"Start"), and the app takes over what was chosen and typed (platform.h,
first_screen_form); what needs the app (saved list, settings, import) waits.

Usage: first_screen.py SHELL_HTML ASSETS_DIR OUT_HTML INSTRUMENT_FILE… [--case=INSTRUMENT_ID=CASE_FILE]
(files relative to ASSETS_DIR, instruments in the order the app bundles them).
"""
import html
import json
import os
import sys

PLACEHOLDER = "<!-- first-screen -->"

# Sizes follow web/app/widgets/style.cpp at 100 % text size and a 1× screen: ImGui's
# 17 px font is 17 px from ascender to descender, which for Noto Sans is a CSS
# font-size of 17 / 1.362 px; spacing and padding are ImGui's style values.
CSS = """
#first-screen ~ #splash { display: none; }
#first-screen { position: fixed; inset: 0; z-index: 1; overflow-y: auto; background: #fff; color: #141414;
  --em: 17px; font: calc(var(--em) / 1.362) / var(--em) "Noto Sans", system-ui, sans-serif; }
#first-screen .fs { display: none; padding: 14px 16px; }
html:not([data-first-screen]) #first-screen .fs[data-default] { display: block; }
#first-screen .fs-col { max-width: calc(var(--em) * 64); margin: 0 auto; }
#first-screen p, #first-screen h2 { margin: 0 0 10px; font-size: inherit; }
#first-screen .fs-head { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 10px 10px; }
#first-screen .fs-head button { margin: 0; }
#first-screen .fs-title { font-weight: 700; font-size: calc(var(--em) * 1.4 / 1.362); line-height: calc(var(--em) * 1.4);
  color: #004c99; margin: 0 24px 0 0; }
#first-screen h2 { font-weight: 700; font-size: calc(var(--em) * 1.4 / 1.362); line-height: calc(var(--em) * 1.4);
  margin-bottom: 20px; }
#first-screen hr { border: 0; border-top: 1px solid #969696; margin: 20px 0; }
#first-screen .fs-card { border: 1px solid #5a5a5a; border-radius: 4px; background: #f4f7fb; padding: 9px 20px 0 10px;
  margin-bottom: 10px; }
#first-screen .fs-muted { color: #464646; }
#first-screen .fs-label { font-weight: 700; }
#first-screen button, #first-screen input { font: inherit; color: inherit; box-sizing: border-box; margin: 0 10px 10px 0;
  border: 1px solid #5a5a5a; border-radius: 5px; background: #fff; }
#first-screen button { padding: 8px calc(12px + var(--em) * 0.6); min-height: 35px; cursor: pointer; }
#first-screen button:disabled { cursor: progress; }
#first-screen :focus-visible { outline: 3px solid #004c99; outline-offset: 2px; }
#first-screen button.fs-sel { background: #004c99; color: #fff; border: 2px solid #141414; }
#first-screen button.fs-sel { padding: 7px 11px 7px 11px; }
#first-screen button.fs-sel::before { content: "\\2713"; margin-right: 8px; font-weight: 700; }
#first-screen button.fs-plain { padding-left: 12px; }
#first-screen button.fs-primary { background: #004c99; color: #fff; font-weight: 700; padding-left: 12px; }
#first-screen .fs-choice, #first-screen .fs-choice.fs-sel { display: block; width: 100%; text-align: left;
  padding: 9px 12px 9px calc(12px + var(--em) * 1.4);
  margin: 0 0 10px; position: relative; }
#first-screen .fs-choice.fs-sel { background: #dceafa; color: #141414; border: 2px solid #004c99; }
#first-screen .fs-choice.fs-sel::before { position: absolute; left: 14px; color: #004c99; margin: 0; }
#first-screen .fs-choice b, #first-screen .fs-choice span { display: block; margin-bottom: 5px; }
#first-screen .fs-choice .fs-muted { margin: 0; }
#first-screen input { display: block; width: 100%; height: 35px; padding: 0 12px; }
#first-screen input.fs-date { width: calc(var(--em) * 9); display: inline-block; }
"""


def esc(s):
    return html.escape(s, quote=True)


def tx(value, lang, default):
    if isinstance(value, dict):
        return value.get(lang) or value.get(default) or next(iter(value.values()), "")
    return value or ""


# The app's widget key for each control (web/app/library/screen_start.cpp): the control that
# has focus when the app takes over gets it there too.
KEYS = {"instrument": "start.instrument.", "mode": "start.mode.", "unit_kind": "start.unit_kind."}


def key_of(field, value):
    if field == "core_path":
        return "start.path.core" if value == "1" else "start.path.full"
    return KEYS[field] + value


def choice(field, value, label, selected):
    cls = ' class="fs-sel"' if selected else ""
    return (f'<button type="button"{cls} data-field="{field}" data-value="{esc(value)}" data-key="{esc(key_of(field, value))}" '
            f'aria-pressed="{str(selected).lower()}">{esc(label)}</button>')


def screen(lang, default, t, instruments, cases):
    def s(key, *args):
        # A key the texts lack is a build error, not a key shown to the person.
        if key not in t:
            sys.exit(f"first_screen.py: assets/ui/{lang}/app.json has no text {key}")
        text = t[key]
        for i, a in enumerate(args):
            text = text.replace("{%d}" % i, str(a))
        return text

    def form(inst, shown):
        """The rest of the form for one instrument, as drawn with it chosen."""
        ident = esc(inst["id"])
        out = [f'<div class="fs-form" data-when="instrument={ident}"{"" if shown else " hidden"}>']
        step = iter(range(2, 100))

        def label(key, for_id=None):
            text = esc(s("start.step", next(step), s(key)))
            if for_id:
                text = f'<label for="{for_id}">{text}</label>'
            out.append(f'<p class="fs-label">{text}</p>')

        def choices(field, options, chosen):
            return "<p>" + "".join(choice(field, v, text, v == chosen) for v, text in options) + "</p>"

        def when(field, value, text, visible=True):
            return f'<p class="fs-muted" data-when="{field}={esc(value)}"{"" if visible else " hidden"}>{esc(text)}</p>'

        case = cases.get(inst["id"])
        if case:
            out.append(f'<p class="fs-muted">{esc(s("start.case", case))}</p>')
            out.append(f'<p><button type="button" class="fs-plain" disabled>{esc(s("case.print"))}</button></p>')
        modes = inst.get("modes", [])
        if modes:
            label("start.mode")
            out.append(choices("mode", [(m, s("mode." + m)) for m in modes], modes[0]))
            out += [when("mode", m, s("mode." + m + ".help"), visible=k == 0) for k, m in enumerate(modes)]
        audit = modes[:1] == ["brukarrevision"]
        field_id = f"fs-{lang}-{ident}"
        label("start.unit_name", f"{field_id}-unit")
        out.append(f'<input id="{field_id}-unit" data-field="unit_name" data-key="start.unit_name" autocomplete="off">')
        out.append(f'<p class="fs-muted">{esc(s("start.unit_name.help"))}</p>')
        kinds = inst.get("unit_kinds", [])
        ids = [k["id"] for k in kinds]
        kind = "vardcentral" if "vardcentral" in ids else (ids[0] if ids else "")

        def asked(k):
            return [it for it in inst.get("items", []) if not k or not it.get("unit_kinds") or k in it["unit_kinds"]]

        if kinds:
            label("start.unit_kind")
            out.append(choices("unit_kind", [(k["id"], tx(k.get("title"), lang, default)) for k in kinds], kind))
            for k in kinds:
                about = s("start.unit_kind.items", len(asked(k["id"])))
                if k.get("description"):
                    about = tx(k["description"], lang, default) + " " + about
                out.append(when("unit_kind", k["id"], about, visible=k["id"] == kind))
        if any(it.get("core") for it in inst.get("items", [])):
            label("start.path")
            for k in ids or [""]:
                items = asked(k)
                core = sum(1 for it in items if it.get("core"))
                block = choices("core_path", [("0", s("start.path.full", len(items))), ("1", s("start.path.core", core))], "0")
                out.append(f'<div data-when="unit_kind={esc(k)}"{"" if k == kind else " hidden"}>{block}</div>'
                           if k else block)
            out.append(when("core_path", "0", s("start.path.full.help")))
            out.append(when("core_path", "1", s("start.path.core.help"), visible=False))
        label("start.audit_from" if audit else "start.date", f"{field_id}-date")
        out.append(f'<p><input id="{field_id}-date" class="fs-date" data-field="date" data-key="start.date" autocomplete="off"> '
                   f'<button type="button" class="fs-plain" data-today="" data-key="start.date_today">{esc(s("start.date_today"))}</button></p>')
        if not audit:
            label("start.role", f"{field_id}-role")
            out.append(f'<input id="{field_id}-role" data-field="role" data-key="start.role" autocomplete="off">')
            out.append(f'<p class="fs-muted">{esc(s("start.role.help"))}</p>')
        out.append(f'<p><button type="button" class="fs-primary" data-begin="" data-key="start.begin">'
                   f'{esc(s("start.begin_audit" if audit else "start.begin"))}</button></p>')
        out.append(f'<p class="fs-muted" data-begin-note="{esc(s("start.begin_pending"))}" role="status"></p>')
        out.append("</div>")
        return "\n".join(out)

    out = []
    attrs = ' data-default=""' if lang == default else ""
    out.append(f'<div class="fs" lang="{esc(lang)}" data-lang="{esc(lang)}"{attrs}>')
    # Header: the app's name and the navigation of a session without an open assessment.
    out.append('<div class="fs-col fs-head">')
    out.append(f'<p class="fs-title">{esc(s("app.title"))}</p>')
    out.append(f'<button type="button" class="fs-sel" disabled aria-pressed="true">{esc(s("nav.start"))}</button>')
    out.append(f'<button type="button" disabled aria-pressed="false">{esc(s("nav.saved"))}</button>')
    out.append(f'<button type="button" disabled aria-pressed="false">{esc(s("nav.settings"))}</button>')
    out.append("</div>")
    out.append('<div class="fs-col"><hr>')
    out.append(f'<h2>{esc(s("start.title"))}</h2>')
    out.append(f'<div class="fs-card"><p>{esc(s("start.intro.what"))}</p><p>{esc(s("start.intro.storage"))}</p>'
               f'<p><b>{esc(s("start.intro.no_patient_data"))}</b></p></div>')
    out.append(f'<p class="fs-muted" role="status">{esc(s("start.loading"))}</p>')
    out.append("<hr>")
    out.append(f'<h2>{esc(s("start.new"))}</h2>')
    # The form as web/app/library/screen_start.cpp draws it, for each instrument (first-screen.js
    # shows the chosen one's block and, inside it, what a choice shows: `data-when="field=value"`).
    # Choices and fields work before the app is loaded; the app takes them over (platform.h,
    # first_screen_form). Questions are numbered as shown.
    out.append(f'<p class="fs-label">{esc(s("start.step", 1, s("start.instrument")))}</p>')
    for i, inst in enumerate(instruments):
        meta = s("start.instrument_meta", inst.get("estimated_minutes", ""), len(inst.get("items", [])))
        out.append(f'<button type="button" class="fs-choice{" fs-sel" if i == 0 else ""}" data-field="instrument" '
                   f'data-value="{esc(inst["id"])}" data-key="{esc(key_of("instrument", inst["id"]))}" aria-pressed="{"true" if i == 0 else "false"}">'
                   f'<b>{esc(tx(inst.get("title"), lang, default))}</b>'
                   f'<span>{esc(tx(inst.get("description"), lang, default))}</span>'
                   f'<span class="fs-muted">{esc(meta)}</span></button>')
    for i, inst in enumerate(instruments):
        out.append(form(inst, i == 0))
    out.append("<hr>")
    out.append(f'<h2>{esc(s("start.import_title"))}</h2>')
    out.append(f'<p>{esc(s("start.import_help"))}</p>')
    out.append(f'<p><button type="button" class="fs-plain" disabled>{esc(s("start.import"))}</button></p>')
    out.append("</div></div>")
    return "\n".join(out)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    shell_html, assets, out_html = sys.argv[1:4]
    instruments = []
    cases = {}  # instrument id → its case's title (core/case_text.cpp, case_for_instrument)
    for arg in sys.argv[4:]:
        if arg.startswith("--case="):
            ident, rel = arg[len("--case="):].split("=", 1)
            with open(os.path.join(assets, rel), encoding="utf-8") as f:
                titles = [line[2:].strip() for line in f if line.startswith("# ")]
            if not titles:
                sys.exit(f"first_screen.py: {rel} has no title line (# …)")
            cases[ident] = titles[0]
            continue
        with open(os.path.join(assets, arg), encoding="utf-8") as f:
            instruments.append(json.load(f))
    # web/app/document.cpp: instruments for self-assessment first, otherwise in bundled order.
    instruments.sort(key=lambda i: 0 if "self-assessment" in i.get("modes", []) else 1)
    default = "sv"
    langs = sorted(d for d in os.listdir(os.path.join(assets, "ui"))
                   if os.path.isfile(os.path.join(assets, "ui", d, "app.json")))
    langs.sort(key=lambda l: l != default)
    # web/shell/first-screen.js sets <html data-first-screen="LANG"> before the body is parsed.
    shown = "\n".join(f'html[data-first-screen="{l}"] #first-screen .fs[data-lang="{l}"] {{ display: block; }}'
                       for l in langs)
    # Not aria-busy: the form works, and a screen reader may hold back a busy region's content.
    # The status line says that the saved assessments are being read.
    parts = ['<div id="first-screen">', f"<style>{CSS}{shown}\n</style>"]
    for lang in langs:
        with open(os.path.join(assets, "ui", lang, "app.json"), encoding="utf-8") as f:
            parts.append(screen(lang, default, json.load(f), instruments, cases))
    parts.append("</div>")
    with open(shell_html, encoding="utf-8") as f:
        page = f.read()
    if page.count(PLACEHOLDER) != 1:
        sys.exit(f"{shell_html}: raden {PLACEHOLDER} ska finnas exakt en gång")
    page = page.replace(PLACEHOLDER, "\n".join(parts))
    tmp = out_html + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(tmp, out_html)


if __name__ == "__main__":
    main()

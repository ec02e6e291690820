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
the app's first frame is drawn. Its controls are shown but disabled until then.

Usage: first_screen.py SHELL_HTML ASSETS_DIR OUT_HTML INSTRUMENT_FILE…
(instrument files relative to ASSETS_DIR, in the order the app bundles them).
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
#first-screen button { padding: 8px calc(12px + var(--em) * 0.6); min-height: 35px; cursor: progress; }
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


def choice(selected, label):
    cls = ' class="fs-sel"' if selected else ""
    return f'<button type="button"{cls} disabled aria-pressed="{str(selected).lower()}">{esc(label)}</button>'


def screen(lang, default, t, instruments):
    def s(key, *args):
        # A key the texts lack is a build error, not a key shown to the person.
        if key not in t:
            sys.exit(f"first_screen.py: assets/ui/{lang}/app.json has no text {key}")
        text = t[key]
        for i, a in enumerate(args):
            text = text.replace("{%d}" % i, str(a))
        return text

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
    # The form as web/app/library/screen_start.cpp draws it before anything is chosen: the
    # first instrument, its first mode, a vårdcentral, all items; questions numbered as shown.
    step = iter(range(1, 100))

    def label(key, for_id=None):
        text = esc(s("start.step", next(step), s(key)))
        if for_id:
            text = f'<label for="{for_id}">{text}</label>'
        out.append(f'<p class="fs-label">{text}</p>')

    label("start.instrument")
    for i, inst in enumerate(instruments):
        meta = s("start.instrument_meta", inst.get("estimated_minutes", ""), len(inst.get("items", [])))
        sel = " fs-sel" if i == 0 else ""
        out.append(f'<button type="button" class="fs-choice{sel}" disabled aria-pressed="{"true" if i == 0 else "false"}">'
                   f'<b>{esc(tx(inst.get("title"), lang, default))}</b>'
                   f'<span>{esc(tx(inst.get("description"), lang, default))}</span>'
                   f'<span class="fs-muted">{esc(meta)}</span></button>')
    first = instruments[0] if instruments else {}
    modes = first.get("modes", [])
    if modes:
        label("start.mode")
        out.append("<p>" + "".join(choice(k == 0, s("mode." + m)) for k, m in enumerate(modes)) + "</p>")
        out.append(f'<p class="fs-muted">{esc(s("mode." + modes[0] + ".help"))}</p>')
    label("start.unit_name", f"fs-unit-{lang}")
    out.append(f'<input id="fs-unit-{lang}" disabled>')
    out.append(f'<p class="fs-muted">{esc(s("start.unit_name.help"))}</p>')
    kinds = first.get("unit_kinds", [])
    kind = ""
    if kinds:
        ids = [k["id"] for k in kinds]
        kind = "vardcentral" if "vardcentral" in ids else ids[0]
        label("start.unit_kind")
        out.append("<p>" + "".join(choice(k["id"] == kind, tx(k.get("title"), lang, default)) for k in kinds) + "</p>")
        chosen = next(k for k in kinds if k["id"] == kind)
        items = [it for it in first.get("items", []) if not it.get("unit_kinds") or kind in it["unit_kinds"]]
        about = s("start.unit_kind.items", len(items))
        if chosen.get("description"):
            about = tx(chosen["description"], lang, default) + " " + about
        out.append(f'<p class="fs-muted">{esc(about)}</p>')
    else:
        items = first.get("items", [])
    core = sum(1 for it in items if it.get("core"))
    if any(it.get("core") for it in first.get("items", [])):
        label("start.path")
        out.append("<p>" + choice(True, s("start.path.full", len(items))) + choice(False, s("start.path.core", core)) + "</p>")
        out.append(f'<p class="fs-muted">{esc(s("start.path.full.help"))}</p>')
    # The app fills in today's date; so does first-screen.js, once the field is parsed.
    audit = modes[:1] == ["brukarrevision"]
    label("start.audit_from" if audit else "start.date", f"fs-date-{lang}")
    out.append(f'<p><input id="fs-date-{lang}" class="fs-date" data-today="" disabled> '
               f'<button type="button" class="fs-plain" disabled>{esc(s("start.date_today"))}</button></p>')
    if not audit:
        label("start.role", f"fs-role-{lang}")
        out.append(f'<input id="fs-role-{lang}" disabled>')
        out.append(f'<p class="fs-muted">{esc(s("start.role.help"))}</p>')
    out.append(f'<p><button type="button" class="fs-primary" disabled>{esc(s("start.begin_audit" if audit else "start.begin"))}</button></p>')
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
    for rel in sys.argv[4:]:
        with open(os.path.join(assets, rel), encoding="utf-8") as f:
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
    parts = ['<div id="first-screen" aria-busy="true">', f"<style>{CSS}{shown}\n</style>"]
    for lang in langs:
        with open(os.path.join(assets, "ui", lang, "app.json"), encoding="utf-8") as f:
            parts.append(screen(lang, default, json.load(f), instruments))
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

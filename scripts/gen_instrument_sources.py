#!/usr/bin/env python3
"""Writes the generated parts of docs/instrument-sources.md from the bundled instruments.

Usage: gen_instrument_sources.py [--check] [REPO]

Between the markers `<!-- generated: INSTRUMENT-ID -->` and `<!-- /generated -->` the
document holds, for the newest version of that instrument in assets/instruments/, a table
of every item's source reference and, for every framework (principer, omraden and the
instrument's own frameworks), every target with the items that serve it (the same
traceability matrix as `spegeln coverage`) and the reason when a target has none. The prose
around the markers is written by hand. With --check nothing is written: the exit code is 1
when the committed document differs from what would be generated (CTest instrument_sources_doc),
so the tables cannot drift from the instruments."""
import json
import os
import re
import sys


def load_instruments(repo):
    """The newest version of each instrument id in assets/instruments/ (the archive holds older ones)."""
    folder = os.path.join(repo, "assets", "instruments")
    newest = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            instrument = json.load(f)
        key = tuple(int(p) if p.isdigit() else 0 for p in instrument["version"].split("."))
        if instrument["id"] not in newest or key > newest[instrument["id"]][0]:
            newest[instrument["id"]] = (key, instrument)
    return {i: v[1] for i, v in newest.items()}


def text(value):
    if isinstance(value, dict):
        return value.get("sv", "")
    return value or ""


def cell(value):
    return str(value).replace("|", "\\|").replace("\n", " ")


def matrix(instrument):
    """(framework id, title, [(target id, title, [item ids], reason)]) like core/coverage.cpp."""
    items = instrument["items"]
    out = [("principer", "Principer", [
        (p["id"], text(p["title"]), [it["id"] for it in items
                                     if any(pw["id"] == p["id"] for pw in it["principles"])], "")
        for p in instrument["principles"]])]
    out.append(("omraden", "Insatsområden", [
        (a["id"], (a.get("number", "") + " " + text(a["title"])).strip(),
         [it["id"] for it in items if it["area"] == a["id"]], "")
        for a in instrument["areas"]]))
    for f in instrument.get("frameworks", []):
        out.append((f["id"], text(f["title"]), [
            (t["id"], text(t["title"]),
             [it["id"] for it in items if t["id"] in it.get("frameworks", {}).get(f["id"], [])],
             text(t.get("reason")))
            for t in f["targets"]]))
    return out


def generated(instrument):
    lines = [f"<!-- generated: {instrument['id']} -->",
             f"*Genererad från `{instrument['id']}` version {instrument['version']} med "
             f"`scripts/gen_instrument_sources.py`; ändra instrumentet, inte tabellerna.*", "",
             "| Id | Område (area) | Källdokument (source) | Avsnitt (section) | Detalj (detail) |",
             "|---|---|---|---|---|"]
    numbers = {a["id"]: a.get("number", a["id"]) for a in instrument["areas"]}
    for it in instrument["items"]:
        src = it.get("source", {})
        lines.append(f"| {cell(it['id'])} | {cell(numbers.get(it['area'], it['area']))} | "
                     f"{cell(src.get('document', ''))} | {cell(src.get('section', ''))} | "
                     f"{cell(src.get('detail', ''))} |")
    lines += ["", "**Spårbarhet / Traceability** – varje mål i varje ramverk med frågorna som tjänar det "
              "(`spegeln coverage`).", ""]
    for fid, title, targets in matrix(instrument):
        lines += [f"*{cell(title)}* (`{fid}`)", "", "| Mål (target) | Frågor (items) |", "|---|---|"]
        for tid, ttitle, ids, reason in targets:
            served = ", ".join(ids) if ids else ("ingen fråga: " + reason if reason else "**ingen fråga**")
            lines.append(f"| {cell(tid)} {cell(ttitle)} | {cell(served)} |")
        lines.append("")
    lines.append("<!-- /generated -->")
    return "\n".join(lines)


def render(document, instruments):
    pattern = re.compile(r"<!-- generated: ([A-Za-z0-9_.-]+) -->.*?<!-- /generated -->", re.S)

    def replace(match):
        instrument = instruments.get(match.group(1))
        return generated(instrument) if instrument else match.group(0)

    return pattern.sub(replace, document)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    repo = args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(repo, "docs", "instrument-sources.md")
    with open(path, encoding="utf-8") as f:
        document = f.read()
    wanted = render(document, load_instruments(repo))
    if check:
        if wanted != document:
            print(f"{path} is out of date: run scripts/gen_instrument_sources.py")
            sys.exit(1)
        print(f"{path} matches the instruments")
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(wanted)


if __name__ == "__main__":
    main()

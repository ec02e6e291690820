#!/usr/bin/env python3
"""Fails when a C++ source holds a string literal that reads like text for people.

Every sentence a user reads comes from a translation file (assets/ui/<lang>/,
see core/translations.h), so a literal that looks like words ("letters, a
space, letters", or å/ä/ö) in core/, native/ or web/ is almost always a
forgotten translation. Comments are skipped. What is not user text (JSON
field names, MIME types, developer log lines, JavaScript inside EM_JS) is
listed in scripts/ui_literals_allow.txt as `path<TAB>literal`, one per line,
so every exception is explicit and reviewed. `path<TAB>*` excuses a whole
file that is being moved to translation files in another branch; its
findings are printed as warnings, so they stay visible.

Usage: check_ui_literals.py <repo root> [--list]
  --list  prints every finding (also the allowed ones) and exits 0.
"""
import os
import re
import sys

SOURCE_DIRS = ("core", "native", "web")
EXTENSIONS = (".cpp", ".h", ".hpp", ".cc")
WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}[ \u00a0]+[A-Za-zÀ-ÿ]{2,}")
SWEDISH = re.compile(r"[åäöÅÄÖéÉ]")


def literals(text):
    """Yields (line, literal body) for every "…" / R"(…)" literal outside comments."""
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
        elif c == "R" and i + 1 < n and text[i + 1] == '"' and not (text[i - 1].isalnum() or text[i - 1] == "_"):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                i += 1
                continue
            end = ")" + m.group(1) + '"'
            start = i + m.end()
            j = text.find(end, start)
            j = n if j < 0 else j
            yield line, text[start:j]
            line += text.count("\n", i, j)
            i = j + len(end)
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            if c == '"':
                yield line, text[i + 1 : j]
            i = j + 1
        else:
            i += 1


def looks_like_words(s):
    return bool(WORDS.search(s) or SWEDISH.search(s))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    root = sys.argv[1]
    list_all = "--list" in sys.argv
    allow_path = os.path.join(root, "scripts", "ui_literals_allow.txt")
    allowed, pending = set(), set()
    with open(allow_path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#"):
                continue
            path, _, lit = raw.partition("\t")
            (pending.add(path) if lit == "*" else allowed.add((path, lit)))
    found, used, warned = [], set(), {}
    for top in SOURCE_DIRS:
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith(EXTENSIONS):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root)
                with open(full, encoding="utf-8") as f:
                    text = f.read()
                for line, lit in literals(text):
                    if not looks_like_words(lit):
                        continue
                    if rel in pending and not list_all:
                        warned[rel] = warned.get(rel, 0) + 1
                        continue
                    if (rel, lit) in allowed:
                        used.add((rel, lit))
                        if not list_all:
                            continue
                    found.append((rel, line, lit))
    for rel, line, lit in found:
        print(f"{rel}:{line}: \"{lit}\"")
    for rel, count in sorted(warned.items()):
        print(f"warning: {rel}: {count} literal(s) still to move to translation files (pending in the allowlist)")
    # Stale entries only warn: a branch that converts a file should not break
    # another branch's check before the allowlist is tidied after the merge.
    for rel, lit in sorted(allowed - used):
        print(f"warning: {allow_path}: no longer needed: {rel}\t{lit}")
    for rel in sorted(pending - set(warned)):
        if not list_all:
            print(f"warning: {allow_path}: no longer needed: {rel}\t*")
    if list_all:
        return 0
    if found:
        print(f"{len(found)} string literal(s) look like text for people: move them to assets/ui/<lang>/ "
              "or, if no person reads them, add them to scripts/ui_literals_allow.txt.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

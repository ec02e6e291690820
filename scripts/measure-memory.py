#!/usr/bin/env python3
"""Peak memory of `spegeln validate` on hostile assessment files (docs/performance.md).

Writes files just under the 16 MiB limit, each built to cost as much memory as its
shape can: millions of tiny values (refused by the value cap), and shapes that stay
inside every cap (250 000 values, 20 000 answers) so they are read to the end. Runs
`/usr/bin/time -v` on each and prints the maximum resident set size.

    scripts/measure-memory.py [build/native/native/cli/spegeln]
"""
import os
import subprocess
import sys
import tempfile

LIMIT = 16 * 1024 * 1024
VALUES = 250_000 - 20   # kMaxJsonValues in core/json_read.h, less the fixed fields
ANSWERS = 20_000 - 10   # kMaxAnswers in core/assessment.h
HEAD = ('{"format":"strategispegeln-assessment","format_version":1,"mode":"self-assessment",'
        '"instrument":{"id":"skane-2025-sjalvskattning","version":"0"},')


def fill(unit, room):
    """As many `unit(i)` joined by commas as fit in `room` bytes."""
    parts, size, i = [], 0, 0
    while True:
        part = unit(i)
        if size + len(part) + 1 > room:
            return ",".join(parts)
        parts.append(part)
        size += len(part) + 1
        i += 1


def files():
    room = LIMIT - 1000
    many = lambda unit: fill(unit, room)
    yield "4M answer ids", HEAD + '"answers":{' + many(lambda i: '"x%d":{}' % i) + "}}"
    yield "8M zeros", HEAD + '"answers":{},"junk":[' + many(lambda i: "0") + "]}"
    yield "5M empty strings", HEAD + '"answers":{},"junk":[' + many(lambda i: '""') + "]}"
    yield "5M empty arrays", HEAD + '"answers":{},"junk":[' + many(lambda i: "[]") + "]}"
    yield "deep arrays", HEAD + '"answers":{},"junk":[' + many(lambda i: "[" * 60 + "0" + "]" * 60) + "]}"
    yield "1M unknown fields", HEAD + '"answers":{},' + many(lambda i: '"u%d":0' % i) + "}"
    yield "one 16 MB string", HEAD + '"answers":{},"notes":"' + "a" * (room - 200) + '"}'
    key = (room // VALUES) - 6
    yield "250k fields, long keys", HEAD + '"answers":{},' + ",".join(
        '"%s":0' % ("k%d" % i).ljust(key, "x") for i in range(VALUES)) + "}"
    text = (room // VALUES) - 4
    yield "250k long strings", HEAD + '"answers":{},"junk":[' + ",".join(
        '"%s"' % ("s" * text) for i in range(VALUES)) + "]}"
    yield "250k empty objects", HEAD + '"answers":{},"junk":[' + ",".join("{}" for i in range(VALUES)) + "]}"
    yield "25k answers", HEAD + '"answers":{' + ",".join('"x%d":{}' % i for i in range(25_000)) + "}}"
    comment = room // ANSWERS - 32
    yield "20k answers, long comments", HEAD + '"answers":{' + ",".join(
        '"x%d":{"comment":"%s"}' % (i, "c" * comment) for i in range(ANSWERS)) + "}}"
    ident = room // ANSWERS - 14
    yield "20k answers, long ids", HEAD + '"answers":{' + ",".join(
        '"%s":{}' % ("x%d" % i).ljust(ident, "y") for i in range(ANSWERS)) + "}}"


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else "build/native/native/cli/spegeln"
    with tempfile.TemporaryDirectory() as tmp:
        print("| fil | storlek | toppminne | svar |")
        print("|---|---:|---:|---|")
        for name, text in files():
            data = text.encode()
            assert len(data) <= LIMIT, name
            path = os.path.join(tmp, "hostile.json")
            with open(path, "wb") as f:
                f.write(data)
            run = subprocess.run(["/usr/bin/time", "-v", cli, "validate", path], capture_output=True, text=True)
            peak = next(int(line.split(":")[1]) for line in run.stderr.splitlines() if "Maximum resident" in line)
            first = next((line for line in (run.stdout + run.stderr).splitlines() if "fel:" in line or "giltig" in line), "")
            verdict = "avvisad: " + first.split("fel: ", 1)[-1][:42] + "…" if "fel:" in first else "godtagen"
            print("| %s | %.1f MB | %d MB | %s |" % (name, len(data) / 2**20, peak // 1024, verdict))


if __name__ == "__main__":
    main()

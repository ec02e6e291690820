#!/usr/bin/env python3
"""An independent implementation of docs/scoring.md in Python, checked against
`spegeln score --format json` on randomly generated assessments.

Usage: score_reference.py SPEGELN INSTRUMENT.json [COUNT]

Written from the documented rules only (not from the C++), so a mistake in
either the code or the document shows up as a difference here."""
import json
import math
import random
import subprocess
import sys
import tempfile


def reference_score(instrument, assessment):
    scales = {s["id"]: max(l["value"] for l in s["levels"]) for s in instrument["scales"]}
    answers = assessment.get("answers", {})

    def item_state(item):
        a = answers.get(item["id"], {})
        if a.get("level") is not None:
            return "level", a["level"] / scales[item["scale"]]
        if a.get("status") == "vet-ej":
            return "vet-ej", None
        if a.get("status") == "ej-aktuellt":
            return "ej-aktuellt", None
        return "unanswered", None

    def dimension(members):  # members: list of (weight, item)
        num = den = applicable = 0.0
        for w, item in members:
            state, value = item_state(item)
            if state == "level":
                num += w * value
                den += w
            if state != "ej-aktuellt":
                applicable += w
        score = 100.0 * num / den if den > 0 else None
        coverage = den / applicable if applicable > 0 else 0.0
        return {"score": score, "coverage": coverage, "uncertain": score is not None and coverage < 0.5}

    principles = {}
    for p in instrument["principles"]:
        members = [(pw.get("weight", 1), it) for it in instrument["items"] for pw in it["principles"] if pw["id"] == p["id"]]
        principles[p["id"]] = dimension(members)
    areas = {a["id"]: dimension([(1, it) for it in instrument["items"] if it["area"] == a["id"]]) for a in instrument["areas"]}
    existing = [d["score"] for d in principles.values() if d["score"] is not None]
    overall = sum(existing) / len(existing) if existing else None
    incomplete = len(existing) < len(principles)
    return principles, areas, overall, incomplete


def random_assessment(instrument, rng):
    scales = {s["id"]: max(l["value"] for l in s["levels"]) for s in instrument["scales"]}
    answers = {}
    style = rng.random()
    for item in instrument["items"]:
        r = rng.random()
        if r < style * 0.5:
            continue  # unanswered
        if r < 0.6:
            answers[item["id"]] = {"level": rng.randint(0, scales[item["scale"]])}
        elif r < 0.8:
            answers[item["id"]] = {"status": "vet-ej"}
        else:
            answers[item["id"]] = {"status": "ej-aktuellt"}
    return {"format": "strategispegeln-assessment", "format_version": 1, "id": "ref",
            "instrument": {"id": instrument["id"], "version": instrument["version"]},
            "verksamhet": {"name": "Referens", "type": "vardcentral"}, "date": "2026-01-01",
            "mode": "self-assessment", "answers": answers}


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def main():
    spegeln, instrument_path = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    instrument = json.load(open(instrument_path, encoding="utf-8"))
    rng = random.Random(20260101)
    failures = 0
    for n in range(count):
        assessment = random_assessment(instrument, rng)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(assessment, f)
        out = subprocess.run([spegeln, "score", f.name, "--instrument", instrument_path, "--format", "json"],
                             capture_output=True, text=True, check=True)
        got = json.loads(out.stdout)
        principles, areas, overall, incomplete = reference_score(instrument, assessment)
        checks = [("overall", overall, got["overall"]["score"]), ("incomplete", incomplete, got["overall"]["incomplete"])]
        for kind, ref, dims in (("principles", principles, got["principles"]), ("areas", areas, got["areas"])):
            for d in dims:
                r = ref[d["id"]]
                checks += [(f"{kind}.{d['id']}.score", r["score"], d["score"]),
                           (f"{kind}.{d['id']}.coverage", r["coverage"], d["coverage"]),
                           (f"{kind}.{d['id']}.uncertain", r["uncertain"], d["uncertain"])]
        for name, want, have in checks:
            ok = want == have if isinstance(want, bool) else close(want, have)
            if not ok:
                failures += 1
                print(f"assessment {n}: {name}: reference {want}, spegeln {have}")
    print(f"{count} slumpade bedömningar jämförda med referensimplementationen: {failures} avvikelser")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

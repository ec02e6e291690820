#!/usr/bin/env python3
"""An independent implementation of docs/scoring.md in Python, checked against
`spegeln score --format json` on randomly generated assessments.

Usage: score_reference.py SPEGELN INSTRUMENT.json [COUNT]
       score_reference.py --self-test SPEGELN INSTRUMENT.json

Written from the documented rules only (not from the C++), so a mistake in
either the code or the document shows up as a difference here. The reference's
own dimensions are walked (and, when the assessment names a unit kind, only the
items that apply to it count), and each run also asks for one view (principer,
omraden or a framework of the instrument, in turn) and checks its targets and
overall score by the rule for views (docs/scoring.md, "Vyer"). The reference's
own dimensions are walked (a dimension spegeln leaves out, adds or repeats is a
difference) and every field docs/output-json.md gives a dimension and an item is
compared: score, coverage, uncertain, the four counts, status, level and value.

--self-test proves the comparison can fail: it doctors one real output (one
dimension removed, one count changed, one dimension added) and exits non-zero
unless each doctoring is reported."""
import copy
import json
import math
import os
import random
import subprocess
import sys
import tempfile


def views_of(instrument):
    return ["principer", "omraden"] + [f["id"] for f in instrument.get("frameworks", [])]


def view_members(instrument, view):
    """The view's targets in order: (id, [(weight, item)]), every item of the instrument."""
    items = instrument["items"]
    if view == "principer":
        return [(p["id"], [(pw.get("weight", 1), it) for it in items for pw in it["principles"] if pw["id"] == p["id"]])
                for p in instrument["principles"]]
    if view == "omraden":
        return [(a["id"], [(1, it) for it in items if it["area"] == a["id"]]) for a in instrument["areas"]]
    framework = next(f for f in instrument["frameworks"] if f["id"] == view)
    return [(t["id"], [(1, it) for it in items if t["id"] in it.get("frameworks", {}).get(view, [])])
            for t in framework["targets"]]


def reference_score(instrument, assessment, view=None):
    scales = {s["id"]: max(l["value"] for l in s["levels"]) for s in instrument["scales"]}
    answers = assessment.get("answers", {})
    kind = assessment.get("unit_kind")
    if "unit_kind" not in assessment:
        # docs/assessment-format.md: an old verksamhet.type reads as the nearest unit kind, and a
        # kind the instrument does not declare selects nothing.
        old = {"vardcentral": "vardcentral", "psykiatrisk-mottagning": "psykiatri-oppenvard",
               "kommunal-verksamhet": "kommunal"}.get(assessment.get("verksamhet", {}).get("type"))
        declared = [k["id"] for k in instrument.get("unit_kinds", [])]
        kind = old if old in declared else None

    def applies(item):
        return not kind or not item.get("unit_kinds") or kind in item["unit_kinds"]

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
        counts = {"answered": 0, "vet_ej": 0, "ej_aktuellt": 0, "unanswered": 0}
        for w, item in members:
            if not applies(item):
                continue
            state, value = item_state(item)
            counts[{"level": "answered", "vet-ej": "vet_ej", "ej-aktuellt": "ej_aktuellt",
                    "unanswered": "unanswered"}[state]] += 1
            if state == "level":
                num += w * value
                den += w
            if state != "ej-aktuellt":
                applicable += w
        score = 100.0 * num / den if den > 0 else None
        coverage = den / applicable if applicable > 0 else 0.0
        return {"score": score, "coverage": coverage, "uncertain": score is not None and coverage < 0.5,
                "counts": counts}

    principles = {}
    for p in instrument["principles"]:
        members = [(pw.get("weight", 1), it) for it in instrument["items"] for pw in it["principles"] if pw["id"] == p["id"]]
        principles[p["id"]] = dimension(members)
    areas = {a["id"]: dimension([(1, it) for it in instrument["items"] if it["area"] == a["id"]]) for a in instrument["areas"]}
    existing = [d["score"] for d in principles.values() if d["score"] is not None]
    overall = sum(existing) / len(existing) if existing else None
    incomplete = len(existing) < len(principles)
    items = {}
    for it in instrument["items"]:
        state, value = item_state(it)
        items[it["id"]] = {"status": state, "value": value,
                           "level": answers[it["id"]]["level"] if state == "level" else None}
    view_result = None
    if view:
        # A target's score by the same rules; the overall is the mean of the target scores that
        # exist, incomplete when a target that some item serves (whatever the unit kind) has none.
        targets = {}
        for target, members in view_members(instrument, view):
            targets[target] = dimension(members)
        scores = [d["score"] for d in targets.values() if d["score"] is not None]
        view_result = {"targets": targets, "overall": sum(scores) / len(scores) if scores else None,
                       "incomplete": any(members and targets[t]["score"] is None
                                         for t, members in view_members(instrument, view))}
    return principles, areas, overall, incomplete, items, view_result


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
    kinds = [k["id"] for k in instrument.get("unit_kinds", [])]
    extra = {}
    if kinds and rng.random() < 0.5:
        extra["unit_kind"] = rng.choice(kinds)
    unit = {"name": "Referens"}
    old_type = rng.choice([None, "vardcentral", "psykiatrisk-mottagning", "kommunal-verksamhet", "annan"])
    if old_type:
        unit["type"] = old_type  # files from before unit kinds
    return {**extra, "format": "strategispegeln-assessment", "format_version": 1, "id": "ref",
            "instrument": {"id": instrument["id"], "version": instrument["version"]},
            "verksamhet": unit, "date": "2026-01-01",
            "mode": "self-assessment", "answers": answers}


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def differences(reference, got):
    """Every way `got` (spegeln's score JSON) differs from the reference, as sentences."""
    principles, areas, overall, incomplete, items, view = reference
    out = []

    def same(name, want, have):
        # Numbers computed in floating point compare with a tolerance; ids,
        # statuses, flags and counts exactly.
        ok = close(want, have) if isinstance(want, float) or isinstance(have, float) else want == have
        if not ok:
            out.append(f"{name}: reference {want}, spegeln {have}")

    same("overall.score", overall, got["overall"]["score"])
    same("overall.incomplete", incomplete, got["overall"]["incomplete"])
    for kind, ref in (("principles", principles), ("areas", areas), ("items", items)):
        have = {}
        for d in got[kind]:
            if d["id"] in have:
                out.append(f"{kind}.{d['id']}: twice in spegeln's output")
            have[d["id"]] = d
        for extra in have.keys() - ref.keys():
            out.append(f"{kind}.{extra}: in spegeln's output but not a dimension of the instrument")
        # The instrument's order (scoring.h), and every one of its dimensions.
        if [d["id"] for d in got[kind]] != list(ref) and have.keys() == ref.keys():
            out.append(f"{kind}: not in the instrument's order")
        for dim_id, r in ref.items():
            d = have.get(dim_id)
            if d is None:
                out.append(f"{kind}.{dim_id}: missing from spegeln's output")
                continue
            for field, want in r.items():
                if field == "counts":
                    for c, n in want.items():
                        same(f"{kind}.{dim_id}.counts.{c}", n, d.get("counts", {}).get(c))
                else:
                    same(f"{kind}.{dim_id}.{field}", want, d.get(field))
    if view is not None:
        got_view = got.get("view")
        if got_view is None:
            out.append("view: missing from spegeln's output")
            return out
        same("view.overall.score", view["overall"], got_view["overall"]["score"])
        same("view.overall.incomplete", view["incomplete"], got_view["overall"]["incomplete"])
        have = {t["id"]: t for t in got_view["targets"]}
        if [t["id"] for t in got_view["targets"]] != list(view["targets"]):
            out.append(f"view.targets: {[t['id'] for t in got_view['targets']]}, reference {list(view['targets'])}")
        for target, r in view["targets"].items():
            d = have.get(target)
            if d is None:
                out.append(f"view.{target}: missing from spegeln's output")
                continue
            for field, want in r.items():
                if field == "counts":
                    for c, n in want.items():
                        same(f"view.{target}.counts.{c}", n, d.get("counts", {}).get(c))
                else:
                    same(f"view.{target}.{field}", want, d.get(field))
    return out


def run_spegeln(spegeln, instrument_path, assessment, workdir, n, view=None):
    path = os.path.join(workdir, f"assessment-{n}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(assessment, f)
    command = [spegeln, "score", path, "--instrument", instrument_path, "--format", "json"]
    if view:
        command += ["--view", view]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def self_test(spegeln, instrument_path, instrument, workdir):
    """Doctors one real output in three ways; each must be reported."""
    rng = random.Random(7)
    assessment = random_assessment(instrument, rng)
    reference = reference_score(instrument, assessment)
    got = run_spegeln(spegeln, instrument_path, assessment, workdir, 0)
    ok = True
    if differences(reference, got):
        print("self-test: an undoctored output already differs:", differences(reference, got))
        ok = False
    removed = copy.deepcopy(got)
    gone = removed["areas"].pop()["id"]
    changed = copy.deepcopy(got)
    changed["principles"][0]["counts"]["vet_ej"] += 1
    extra = copy.deepcopy(got)
    extra["principles"].append(dict(extra["principles"][0], id="ingen-sadan-princip"))
    view_ref = reference_score(instrument, assessment, "omraden")
    view_got = run_spegeln(spegeln, instrument_path, assessment, workdir, 1, "omraden")
    view_changed = copy.deepcopy(view_got)
    first = view_changed["view"]["targets"][0]
    first["counts"]["answered"] += 1
    found = [d for d in differences(view_ref, view_changed) if d.startswith(f"view.{first['id']}.counts.answered")]
    print(f"self-test: one view count changed: {'reported' if found else 'NOT reported'}")
    ok = ok and bool(found) and not differences(view_ref, view_got)
    for name, doctored, expected in (("one area removed", removed, f"areas.{gone}: missing"),
                                     ("one count changed", changed,
                                      f"principles.{got['principles'][0]['id']}.counts.vet_ej"),
                                     ("one principle added", extra, "principles.ingen-sadan-princip: in spegeln")):
        found = [d for d in differences(reference, doctored) if d.startswith(expected)]
        print(f"self-test: {name}: {'reported' if found else 'NOT reported'}")
        ok = ok and bool(found)
    return ok


def main():
    args = sys.argv[1:]
    testing = bool(args) and args[0] == "--self-test"
    if testing:
        args = args[1:]
    spegeln, instrument_path = args[0], args[1]
    count = int(args[2]) if len(args) > 2 else 100
    with open(instrument_path, encoding="utf-8") as f:
        instrument = json.load(f)
    with tempfile.TemporaryDirectory(prefix="score_reference-") as workdir:
        if testing:
            sys.exit(0 if self_test(spegeln, instrument_path, instrument, workdir) else 1)
        rng = random.Random(20260101)
        failures = 0
        views = views_of(instrument)
        for n in range(count):
            assessment = random_assessment(instrument, rng)
            view = views[n % len(views)]
            got = run_spegeln(spegeln, instrument_path, assessment, workdir, n, view)
            for difference in differences(reference_score(instrument, assessment, view), got):
                failures += 1
                print(f"assessment {n}: {difference}")
    print(f"{count} slumpade bedömningar jämförda med referensimplementationen: {failures} avvikelser")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

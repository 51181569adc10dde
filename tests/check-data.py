#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent check of the bundled data (data/ssr2.json, data/ssr1.json). Prints TAP.

Standard library only. It validates the files against data/review-format-1.schema.json
with a small built-in validator (and, when the jsonschema module is installed, with that
too), recomputes the decision and implementation counts with the rules of docs/FORMAT.md,
and, when the compiled facts are present (../shared/facts relative to the repository root,
or $SSR_FACTS_DIR), compares every value with them and regenerates the files with
data/build-data.py. Only that comparison is skipped when the facts are absent.

The repository root is $SSR_SOURCE_DIR when set (meson sets it), else this file's parent.
"""

import importlib.util
import json
import os
import re
import sys
import tempfile
import traceback

ROOT = os.environ.get("SSR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
FACTS = os.environ.get("SSR_FACTS_DIR") or os.path.join(ROOT, "..", "shared", "facts")

DATE_RE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
SEED_NAME_RE = re.compile(r"[0-9]{3}_[0-9a-f]{16}\.txt")

CATEGORY = {
    "approved": "approved",
    "approved_subject_to_prioritization": "approved",
    "approved_complete": "approved",
    "pending": "pending",
    "passed_through": "passed_through",
    "rejected": "rejected",
}


class Skip(Exception):
    pass


def load(path):
    with open(path, encoding="utf-8") as fp:
        return json.load(fp)


# ---------------------------------------------------------------------------
# A small JSON Schema (draft 2020-12) validator for the keywords the format schema uses.
# An unsupported keyword is an error, so the check can never silently ignore a rule.

ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs", "$comment"}


def _type_ok(value, t):
    if t == "null":
        return value is None
    if t == "boolean":
        return isinstance(value, bool)
    if t == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or \
            (isinstance(value, float) and value.is_integer())
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if t == "string":
        return isinstance(value, str)
    if t == "array":
        return isinstance(value, list)
    if t == "object":
        return isinstance(value, dict)
    raise ValueError("unknown type %r" % t)


def _same(a, b):
    # JSON equality: true is not 1.
    return type(a) is type(b) and a == b or (
        isinstance(a, (int, float)) and isinstance(b, (int, float))
        and not isinstance(a, bool) and not isinstance(b, bool) and a == b)


def validate(instance, schema, root, path="$"):
    """Returns a list of error strings."""
    if schema is True:
        return []
    if schema is False:
        return ["%s: not allowed" % path]
    errors = []
    for kw in schema:
        if kw not in ANNOTATIONS | {"$ref", "type", "const", "enum", "pattern", "minLength",
                                    "maxLength", "minimum", "required", "properties",
                                    "propertyNames",
                                    "additionalProperties", "items", "anyOf"}:
            raise ValueError("validator does not support keyword %r" % kw)
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise ValueError("only local $ref supported: %r" % ref)
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        errors += validate(instance, target, root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_type_ok(instance, t) for t in types):
            return errors + ["%s: %s is not of type %s" % (path, json.dumps(instance)[:60], types)]
    if "const" in schema and not _same(instance, schema["const"]):
        errors.append("%s: %r is not %r" % (path, instance, schema["const"]))
    if "enum" in schema and not any(_same(instance, e) for e in schema["enum"]):
        errors.append("%s: %r is not one of %r" % (path, instance, schema["enum"]))
    if isinstance(instance, str):
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            errors.append("%s: %r does not match %s" % (path, instance, schema["pattern"]))
        if "minLength" in schema and len(instance) < schema["minLength"]:
            errors.append("%s: %r is too short" % (path, instance))
        # Characters are code points, as len() counts them.
        if "maxLength" in schema and len(instance) > schema["maxLength"]:
            errors.append("%s: %r… is longer than %d characters"
                          % (path, instance[:20], schema["maxLength"]))
    if isinstance(instance, (int, float)) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            errors.append("%s: %r is below %r" % (path, instance, schema["minimum"]))
    if isinstance(instance, dict):
        for req in schema.get("required", []):
            if req not in instance:
                errors.append("%s: required member %r missing" % (path, req))
        if "propertyNames" in schema:
            for k in instance:
                errors += validate(k, schema["propertyNames"], root, "%s[%r]" % (path, k))
        props = schema.get("properties", {})
        for k, v in instance.items():
            if k in props:
                errors += validate(v, props[k], root, "%s.%s" % (path, k))
            elif "additionalProperties" in schema:
                errors += validate(v, schema["additionalProperties"], root, "%s.%s" % (path, k))
    if isinstance(instance, list) and "items" in schema:
        for i, v in enumerate(instance):
            errors += validate(v, schema["items"], root, "%s[%d]" % (path, i))
    if "anyOf" in schema:
        if not any(not validate(instance, s, root, path) for s in schema["anyOf"]):
            errors.append("%s: %s matches none of the alternatives" % (path, json.dumps(instance)[:60]))
    return errors


# ---------------------------------------------------------------------------
# The rules of docs/FORMAT.md

def date_key(d):
    parts = [int(p) for p in d.split("-")] + [1, 1]
    return tuple(parts[:3])


def decision_at(rec, date):
    """The decision at a date D: the last dated entry on or before D (None: unknown)."""
    found = None
    for d in rec["decisions"]:
        if d.get("date") is not None and date_key(d["date"]) <= date_key(date):
            found = d["action"]
    return found


def current_decision(rec):
    return rec["decisions"][-1]["action"] if rec["decisions"] else None


def counts(recs, at=None):
    c = {"approved": 0, "pending": 0, "rejected": 0, "passed_through": 0, "unknown": 0}
    for r in recs:
        a = current_decision(r) if at is None else decision_at(r, at)
        c[CATEGORY[a] if a else "unknown"] += 1
    return c


def check_date_order(entries, key):
    last = None
    seen_null = False
    for e in entries:
        d = e.get(key)
        if d is None:
            seen_null = True
            continue
        assert not seen_null, "dated entry %r after an undated one" % d
        assert DATE_RE.match(d), "bad date %r" % d
        assert last is None or date_key(last) <= date_key(d), "%r before %r" % (last, d)
        last = d


# ---------------------------------------------------------------------------

ssr2 = load(os.path.join(DATA, "ssr2.json"))
ssr1 = load(os.path.join(DATA, "ssr1.json"))
schema = load(os.path.join(DATA, "review-format-1.schema.json"))
recs2 = ssr2["recommendations"]
recs1 = ssr1["recommendations"]
by_id2 = {r["id"]: r for r in recs2}

tests = []


def test(name):
    def deco(fn):
        tests.append((name, fn))
        return fn
    return deco


@test("ssr2.json: format and format_version")
def _():
    assert ssr2["format"] == "ssr-review"
    assert ssr2["format_version"] == "1.0"
    assert ssr2["review"]["id"] == "ssr2" and ssr2["review"]["short_name"] == "SSR2"
    assert ssr2["review"]["data_as_of"] == "2026-11-23"


@test("ssr2.json: 63 recommendations, unique ids 1.1 .. 24.2, group matches the id")
def _():
    ids = [r["id"] for r in recs2]
    assert len(ids) == 63, len(ids)
    assert len(set(ids)) == 63, "duplicate ids"
    assert ids[0] == "1.1" and ids[-1] == "24.2", (ids[0], ids[-1])
    keys = [tuple(int(p) for p in i.split(".")) for i in ids]
    assert keys == sorted(keys), "ids not in order"
    for r in recs2:
        assert re.match(r"^[0-9]+\.[0-9]+$", r["id"]), r["id"]
        assert r["group"] == int(r["id"].split(".")[0]), r["id"]
    assert sorted({r["group"] for r in recs2}) == list(range(1, 25))


@test("ssr2.json: decision histories are in date order with valid actions")
def _():
    for r in recs2:
        assert r["decisions"], "%s has no decision" % r["id"]
        for d in r["decisions"]:
            assert d["action"] in CATEGORY, d["action"]
        check_date_order(r["decisions"], "date")
        if r["implementation"] is not None:
            check_date_order(r["implementation"]["history"], "as_of")


for date, expected in [("2021-07-22", (13, 34, 16)),
                       ("2022-05-01", (14, 31, 18)),
                       ("2022-11-16", (23, 10, 30)),
                       ("2023-09-10", (24, 1, 38)),
                       (None, (25, 0, 38))]:
    def make(date=date, expected=expected):
        def fn():
            c = counts(recs2, date)
            got = (c["approved"], c["pending"], c["rejected"])
            assert got == expected, "approved/pending/rejected %r, expected %r (%r)" % (got, expected, c)
            assert c["passed_through"] == 0 and c["unknown"] == 0, c
        return fn
    tests.append(("ssr2.json: decisions %s: %d approved / %d pending / %d rejected"
                  % ("after " + date if date else "latest", *expected), make()))


@test("ssr2.json: implementation at the latest status: 17 complete / 5 in progress / 2 not started")
def _():
    c = {}
    for r in recs2:
        s = r["implementation"]["status"] if r["implementation"] else None
        c[s] = c.get(s, 0) + 1
    assert c.get("complete") == 17 and c.get("in_progress") == 5 and c.get("not_started") == 2, c
    # Every recommendation with a known status is approved, and 17.1 (approved last) has none.
    for r in recs2:
        if r["implementation"] and r["implementation"]["status"]:
            assert CATEGORY[current_decision(r)] == "approved", r["id"]
    assert by_id2["17.1"]["implementation"] is None


@test("ssr2.json: related ids exist in the file and are the stated cross-references")
def _():
    related = {r["id"]: r["related"] for r in recs2 if r["related"]}
    assert related == {
        "3.1": ["2.1", "2.2", "2.3", "2.4"],
        "4.3": ["2.1", "2.2", "2.3", "2.4", "7.1", "7.2", "7.3", "7.4", "7.5"],
        "16.2": ["11.1"],
    }, related
    for rel in related.values():
        for i in rel:
            assert i in by_id2, i


@test("ssr1.json: format, review, 28 recommendations with ids 1 .. 28")
def _():
    assert ssr1["format"] == "ssr-review" and ssr1["format_version"] == "1.0"
    assert ssr1["review"]["id"] == "ssr1" and ssr1["review"]["short_name"] == "SSR1"
    assert [r["id"] for r in recs1] == [str(n) for n in range(1, 29)]


@test("ssr1.json: 26 partially + 2 not implemented, 27 still relevant")
def _():
    impl = [r["assessment"]["implemented"] for r in recs1]
    assert impl.count("partially") == 26 and impl.count("not") == 2, impl
    assert [r["id"] for r in recs1 if r["assessment"]["implemented"] == "not"] == ["6", "14"]
    rel = [r["assessment"]["still_relevant"] for r in recs1]
    assert rel.count(True) == 27 and rel.count(False) == 1, rel
    assert counts(recs1) ["approved"] == 28


@test("no seed file name or mention of a seed is left (sources are URLs or citations)")
def _():
    for name in ("ssr2.json", "ssr1.json"):
        with open(os.path.join(DATA, name), encoding="utf-8") as fp:
            text = fp.read()
        m = SEED_NAME_RE.search(text) or re.search(r"\bseeds?\b", text, re.IGNORECASE)
        assert m is None, "%s contains %s" % (name, m.group(0))


def schema_test(name, doc):
    def fn():
        errors = validate(doc, schema, schema)
        assert not errors, "\n".join(errors[:20])
        try:
            import jsonschema  # optional second opinion
        except ImportError:
            return
        v = jsonschema.Draft202012Validator(schema)
        jerrors = ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message)
                   for e in v.iter_errors(doc)]
        assert not jerrors, "jsonschema: " + "\n".join(jerrors[:20])
    tests.append(("%s validates against review-format-1.schema.json" % name, fn))


schema_test("ssr2.json", ssr2)
schema_test("ssr1.json", ssr1)


@test("the schema rejects what FORMAT.md forbids")
def _():
    def bad(mutate):
        doc = json.loads(json.dumps(ssr2))
        mutate(doc)
        return validate(doc, schema, schema)
    r0 = lambda d: d["recommendations"][0]
    cases = {
        "format": lambda d: d.__setitem__("format", "other"),
        "format_version 2.0": lambda d: d.__setitem__("format_version", "2.0"),
        "missing review": lambda d: d.pop("review"),
        "empty review id": lambda d: d["review"].__setitem__("id", ""),
        "date 22 Jul 2021": lambda d: r0(d)["decisions"][0].__setitem__("date", "22 Jul 2021"),
        "date 2021-13": lambda d: r0(d)["decisions"][0].__setitem__("date", "2021-13"),
        "date with time": lambda d: r0(d)["decisions"][0].__setitem__("date", "2021-07-22T00:00"),
        "action": lambda d: r0(d)["decisions"][0].__setitem__("action", "deferred"),
        "decision without action": lambda d: r0(d)["decisions"][0].pop("action"),
        "priority": lambda d: r0(d).__setitem__("priority", "Urgent"),
        "status": lambda d: r0(d)["implementation"].__setitem__("status", "Complete"),
        "community_priority": lambda d: r0(d).__setitem__("community_priority", "Not eligible"),
        "group -1": lambda d: r0(d).__setitem__("group", -1),
        "group string": lambda d: r0(d).__setitem__("group", "1"),
        "feed_url http": lambda d: d["review"].__setitem__("feed_url", "http://example.org/x.json"),
        "milestone without event": lambda d: d["review"]["milestones"][0].pop("event"),
        "owners string": lambda d: r0(d).__setitem__("owners", "ICANN org"),
        "implemented yes": lambda d: r0(d).__setitem__("assessment", {"implemented": "yes"}),
        "language tag fr_FR": lambda d: r0(d).__setitem__("translations", {"fr_FR": {"text": "x"}}),
        "language tag too long": lambda d: d["review"].__setitem__("language", "zh" + "-a" * 17),
        "translated text a number": lambda d: r0(d).__setitem__("translations", {"fr": {"text": 1}}),
        "unknown member of a translation": lambda d: r0(d)["decisions"][0].__setitem__(
            "translations", {"fr": {"text": "x"}}),
        "translations an array": lambda d: d["review"].__setitem__("translations", []),
        # The limits of FORMAT.md, one character over.
        "review id of 65": lambda d: d["review"].__setitem__("id", "a" * 65),
        "review id .x": lambda d: d["review"].__setitem__("id", ".x"),
        "short_name of 33": lambda d: d["review"].__setitem__("short_name", "é" * 33),
        "title of 1001": lambda d: d["review"].__setitem__("title", "é" * 1001),
        "description of 100001": lambda d: d["review"].__setitem__("description", "é" * 100001),
        "recommendation id of 65": lambda d: r0(d).__setitem__("id", "1" * 65),
        "text of 100001": lambda d: r0(d).__setitem__("text", "é" * 100001),
        "translated text of 100001": lambda d: (
            d.__setitem__("format_version", "1.1"),
            r0(d).__setitem__("translations", {"fr": {"text": "é" * 100001}})),
        "group_title of 1001": lambda d: r0(d).__setitem__("group_title", "é" * 1001),
        "owner of 201": lambda d: r0(d).__setitem__("owners", ["ICANN org", "é" * 201]),
        "source of 2001": lambda d: r0(d).__setitem__("sources", ["é" * 2001]),
        "decision note of 100001": lambda d: r0(d)["decisions"][0].__setitem__("note",
                                                                              "é" * 100001),
        "milestone event of 1001": lambda d: d["review"]["milestones"][0].__setitem__("event",
                                                                                    "é" * 1001),
    }
    accepted = [k for k, m in cases.items() if not bad(m)]
    assert not accepted, "schema accepted: %s" % ", ".join(accepted)
    ok = {
        "unknown members": lambda d: (d.__setitem__("x_new", 1), r0(d).__setitem__("x_new", [1]),
                                      r0(d)["decisions"][0].__setitem__("x", None)),
        "format_version 1.7": lambda d: d.__setitem__("format_version", "1.7"),
        "texts at their limits": lambda d: (
            d["review"].update({"short_name": "é" * 32, "title": "é" * 1000,
                                "description": "é" * 100000}),
            r0(d).update({"text": "é" * 100000, "group_title": "é" * 1000,
                          "owners": ["é" * 200], "sources": ["é" * 2000]})),
        "absent members": lambda d: [r0(d).pop(k) for k in list(r0(d)) if k != "id"],
        "month and year dates": lambda d: (r0(d)["decisions"][0].__setitem__("date", "2021-07"),
                                           d["review"].__setitem__("data_as_of", "2024")),
        "translations (1.1)": lambda d: (
            d.__setitem__("format_version", "1.1"),
            d["review"].update({"language": "en", "translations": {"fr": {"title": "Revue"}}}),
            r0(d).__setitem__("translations", {"zh-Hans": {"text": "x", "board_rationale": None},
                                               "es-419": {"group_title": "y"}}),
            r0(d)["decisions"][0].__setitem__("translations", {"ar": {"note": "z"}})),
    }
    rejected = [k for k, m in ok.items() if bad(m)]
    assert not rejected, "schema rejected: %s" % ", ".join(rejected)


@test("every value equals the compiled facts, and data/build-data.py reproduces the files")
def _():
    if not os.path.isdir(FACTS):
        raise Skip("compiled facts not found at %s" % FACTS)
    spec = importlib.util.spec_from_file_location("build_data", os.path.join(DATA, "build-data.py"))
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    def cite(s):
        if s is not None and SEED_NAME_RE.fullmatch(s):
            return build.SEED_CITATIONS[s]
        return s

    def status(s):
        return None if s is None else s.lower().replace(" ", "_")

    f2 = load(os.path.join(FACTS, "ssr2-facts.json"))
    assert [f["id"] for f in f2] == [r["id"] for r in recs2], "ids differ from the facts"
    for f, r in zip(f2, recs2):
        w = "ssr2 %s" % f["id"]
        for k in ("group", "group_title", "text", "priority", "directed_to", "board_rationale"):
            assert r[k] == f[k], "%s.%s: %r != facts %r" % (w, k, r[k], f[k])
        assert r["text_source"] == cite(f["text_source"]), w + ".text_source"
        assert (r["owners"] is None) == (f["owner"] is None), w + ".owners"
        if f["owner"] is not None:
            assert " and ".join(r["owners"]) == f["owner"], w + ".owners"
        assert len(r["decisions"]) == len(f["decisions"]), w + ".decisions"
        for d, fd in zip(r["decisions"], f["decisions"]):
            for k in ("date", "action", "note"):
                assert d[k] == fd[k], "%s decision %s" % (w, k)
            assert d["source"], w + " decision without source"
        assert CATEGORY[current_decision(r)] == f["current_board_status"], w + " current decision"
        if f["implementation_status"] is None and not f["implementation_history"]:
            assert r["implementation"] is None, w + ".implementation"
        else:
            im = r["implementation"]
            assert im["status"] == status(f["implementation_status"]), w + ".implementation.status"
            assert im["as_of"] == f["implementation_as_of"], w + ".implementation.as_of"
            assert len(im["history"]) == len(f["implementation_history"]), w + ".history"
            for h, fh in zip(im["history"], f["implementation_history"]):
                assert h["as_of"] == fh["as_of"] and h["update"] == fh["update"], w + ".history"
                assert h["status"] == status(fh["status"]), w + ".history.status"
                assert h["source"] == cite(fh["source"]), w + ".history.source"
        assert r["community_priority_note"] == build.unseed(f["community_priority_note"]), \
            w + ".community_priority_note"
        cp = f["community_priority"]
        assert r["community_priority"] == ("not_eligible" if cp == "Not eligible" else cp), \
            w + ".community_priority"
        assert r["sources"] == [cite(s) for s in f["sources"]], w + ".sources"
        assert r["assessment"] is None, w + ".assessment"

    f1 = load(os.path.join(FACTS, "ssr1-facts.json"))
    assert [str(f["number"]) for f in f1] == [r["id"] for r in recs1], "ssr1 ids"
    for f, r in zip(f1, recs1):
        w = "ssr1 %s" % r["id"]
        assert r["text"] == f["text"], w + ".text"
        assert r["text_source"] == cite(f["text_source"]), w + ".text_source"
        a = r["assessment"]
        assert a["implemented"] == f["implemented"], w + ".implemented"
        assert a["still_relevant"] == f["still_relevant"], w + ".still_relevant"
        assert a["new_recommendation"] == f["has_new_recommendation"], w + ".new_recommendation"
        assert a["note"] == f["assessment_note"], w + ".note"
        assert r["text_variant_2017_briefing"] == f["text_variant_2017_briefing"], w
        assert r["related_ssr2_draft_recommendations"] == f["related_ssr2_draft_recommendations"], w
        assert r["sources"] == [cite(s) for s in f["sources"]], w + ".sources"

    with tempfile.TemporaryDirectory() as tmp:
        rc = build.main([FACTS, "--out-dir", tmp])
        assert rc == 0, "build-data.py failed"
        for name in ("ssr2.json", "ssr1.json"):
            with open(os.path.join(tmp, name), "rb") as a, open(os.path.join(DATA, name), "rb") as b:
                assert a.read() == b.read(), "data/%s is not what build-data.py writes" % name


# ---------------------------------------------------------------------------

print("1..%d" % len(tests))
failed = 0
for n, (name, fn) in enumerate(tests, 1):
    try:
        fn()
    except Skip as e:
        print("ok %d - %s # SKIP %s" % (n, name, e))
    except Exception as e:  # AssertionError and anything unexpected
        failed += 1
        print("not ok %d - %s" % (n, name))
        detail = str(e) if isinstance(e, AssertionError) else traceback.format_exc()
        for line in (detail or "assertion failed").splitlines():
            print("# " + line)
    else:
        print("ok %d - %s" % (n, name))
sys.exit(1 if failed else 0)

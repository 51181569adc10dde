#!/usr/bin/env python3
"""Prints 'N passed, N failed' for the last meson test runs, counting test cases.

Usage: summary.py BUILDDIR[:SETUP] ...   (logs of a setup are meson-logs/testlog-SETUP.*)
The counts of all the runs given are summed into the one closing line; each run's own counts
go to stderr first.

A GTest/TAP program counts one per subtest (from the JUnit log); a program that ran no TAP
subtests counts as one. A program that failed counts at least one failure even when every
TAP line said ok (it may have crashed after them). Exit 1 when anything failed or nothing passed.
"""
import json
import sys
import xml.etree.ElementTree as ET


def count(build, setup):
    logs = f"{build}/meson-logs/testlog" + (f"-{setup}" if setup else "")

    subtests = {}
    try:
        for suite in ET.parse(logs + ".junit.xml").getroot().iter("testsuite"):
            passed = failed = skipped = 0
            for case in suite.iter("testcase"):
                tags = {child.tag for child in case}
                if {"failure", "error"} & tags:
                    failed += 1
                elif "skipped" in tags:
                    skipped += 1
                else:
                    passed += 1
            subtests[suite.attrib["name"].split(".", 1)[-1]] = (passed, failed, skipped)
    except (OSError, ET.ParseError):
        pass

    p = f = s = 0
    with open(logs + ".json", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)
            sp, sf, ss = subtests.get(t["name"], (0, 0, 0))
            if t["result"] in ("OK", "EXPECTEDFAIL"):
                p += sp if (sp or ss) else 1
                s += ss
            elif t["result"] == "SKIP":
                # A skipped program is a failure here: nothing may skip silently.
                f += 1
            else:
                p += sp
                f += max(sf, 1)
                s += ss
    return p, f, s


runs = sys.argv[1:] or ["build"]
total = [0, 0, 0]
for run in runs:
    build, _, setup = run.partition(":")
    try:
        counts = count(build, setup)
    except OSError as e:
        # No log: that run did not happen, which is a failure.
        print(f"{run}: no test log ({e.strerror})", file=sys.stderr)
        counts = (0, 1, 0)
    if len(runs) > 1:
        print(f"{run}: {counts[0]} ok, {counts[1]} not ok, {counts[2]} skipped", file=sys.stderr)
    total = [a + b for a, b in zip(total, counts)]

p, f, s = total
line = f"{p} passed, {f} failed"
if s:
    line += f", {s} skipped"
print(line)
sys.exit(1 if f or p == 0 else 0)

#!/usr/bin/env python3
"""TAP check that translators see every string: each source file that marks strings for
translation (_(), C_(), N_(), ngettext, translatable="yes") is listed in po/POTFILES.in,
every listed file exists, and xgettext can extract the catalogue from them."""
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import potlib  # noqa: E402

root = os.environ.get("SSR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(root)

listed = [l.strip() for l in open("po/POTFILES.in", encoding="utf-8")
          if l.strip() and not l.startswith("#")]
marker_c = re.compile(r"\b(_|C_|N_|NC_|g_dngettext|ngettext)\s*\(")
marker_ui = re.compile(r'translatable="yes"')

needed = []
for folder in ("src", "ui"):
    for dirpath, _, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            if name.endswith(".c"):
                text = open(path, encoding="utf-8").read()
                if marker_c.search(text):
                    needed.append(path)
            elif name.endswith(".ui"):
                if marker_ui.search(open(path, encoding="utf-8").read()):
                    needed.append(path)

results = []
missing = sorted(set(needed) - set(listed))
results.append((not missing, "every file with translatable strings is in po/POTFILES.in"
                + ("" if not missing else " (missing: " + ", ".join(missing) + ")")))
absent = [p for p in listed if not os.path.exists(p)]
results.append((not absent, "every file in po/POTFILES.in exists"
                + ("" if not absent else " (absent: " + ", ".join(absent) + ")")))

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "ssr-review.pot")
    ok, stderr = potlib.extract(root, pot)
    results.append((ok, "xgettext extracts the catalogue" + ("" if ok else ": " + stderr)))
    if ok:
        text = open(pot, encoding="utf-8").read()
        n = len(re.findall(r'^msgid "(?!")', text, re.M))
        results.append((n > 50, f"the catalogue has {n} messages"))
        # Strings with placeholders carry a comment for translators.
        entries = text.split("\n\n")
        bare = [e for e in entries if re.search(r"%[sdu]|%l?u", e) and "#." not in e]
        results.append((not bare, "every message with a placeholder has a translator comment"
                        + ("" if not bare else f" ({len(bare)} without, e.g. {bare[0].splitlines()[-1]})")))

print(f"1..{len(results)}")
for i, (ok, name) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
sys.exit(0 if all(ok for ok, _ in results) else 1)

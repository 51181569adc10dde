#!/usr/bin/env python3
"""TAP check that every shipped catalogue is complete: for each language of po/LINGUAS, the
catalogue compiles with `msgfmt --check`, has the right plural forms, and, merged with the
template extracted from today's sources, has no untranslated and no fuzzy message. A string
added or changed in the code without its translations fails here."""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import potlib  # noqa: E402

root = os.environ.get("SSR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# CLDR's plural categories: Arabic six, Russian three, Chinese one.
NPLURALS = {"ar": 6, "es": 2, "fr": 2, "ru": 3, "zh_CN": 1}
RTL = {"ar"}
ICANN_LANGUAGES = {"ar", "es", "fr", "ru", "zh_CN"}

results = []
langs = potlib.linguas(root)
missing_langs = sorted(ICANN_LANGUAGES - set(langs))
results.append((not missing_langs, "po/LINGUAS ships ICANN's five other languages"
                + ("" if not missing_langs else " (missing: " + ", ".join(missing_langs) + ")")))


def stats(po):
    proc = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                          capture_output=True, text=True)
    text = proc.stderr
    get = lambda what: int((re.search(r"(\d+) " + what, text) or [0, 0])[1])  # noqa: E731
    return proc.returncode, get("translated"), get("fuzzy"), get("untranslated"), text.strip()


with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "ssr-review.pot")
    ok, stderr = potlib.extract(root, pot)
    results.append((ok, "xgettext extracts the template" + ("" if ok else ": " + stderr)))
    for lang in langs:
        po = os.path.join(root, "po", lang + ".po")
        if not os.path.exists(po):
            results.append((False, f"{lang}: po/{lang}.po exists"))
            continue
        text = open(po, encoding="utf-8").read()

        rc, done, fuzzy, untranslated, line = stats(po)
        results.append((rc == 0 and fuzzy == 0 and untranslated == 0 and done > 0,
                        f"{lang}: msgfmt --check is clean and every message is translated ({line})"))

        m = re.search(r'"Plural-Forms: nplurals=(\d+);', text)
        want = NPLURALS.get(lang)
        results.append((m is not None and (want is None or int(m[1]) == want),
                        f"{lang}: Plural-Forms has nplurals={want}"
                        + ("" if m is None else f" (found {m[1]})")))

        results.append(("prepared by the SSR Review project" in text.split('msgid ""', 1)[0],
                        f"{lang}: the header says who prepared the translation and welcomes review"))

        if ok:
            merged = os.path.join(tmp, lang + ".po")
            proc = subprocess.run(["msgmerge", "--quiet", "-o", merged, po, pot],
                                  capture_output=True, text=True)
            rc, done, fuzzy, untranslated, line = stats(merged)
            results.append((proc.returncode == 0 and fuzzy == 0 and untranslated == 0,
                            f"{lang}: complete against the sources ({line}); "
                            "run `ninja -C build ssr-review-update-po` and translate what is new"))

        direction = re.search(r'msgid "default:LTR"\nmsgstr "([^"]*)"', text)
        want_dir = "default:RTL" if lang in RTL else "default:LTR"
        results.append((direction is not None and direction[1] == want_dir,
                        f"{lang}: the interface direction is {want_dir}"))

        glossary = os.path.join(root, "po", "glossary", lang + ".md")
        results.append((os.path.exists(glossary), f"{lang}: po/glossary/{lang}.md exists"))

print(f"1..{len(results)}")
for i, (ok, name) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
sys.exit(0 if all(ok for ok, _ in results) else 1)

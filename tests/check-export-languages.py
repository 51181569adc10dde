#!/usr/bin/env python3
"""TAP check of the exports in every shipped language, as a user of that language gets them
from the command line: the report PDF and a chart PDF embed every font they use (pdffonts),
Chinese with a CJK font, and the report's text is the catalogue's (pdftotext). Needs
SSR_BUILD_DIR, poppler-utils and the locales `make check` installs."""
import gettext
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import potlib  # noqa: E402

build = os.environ["SSR_BUILD_DIR"]
root = os.environ.get("SSR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
app = os.path.join(build, "src", "ssr-review")
LOCALES = {"ar": "ar_EG.UTF-8", "es": "es_ES.UTF-8", "fr": "fr_FR.UTF-8", "ru": "ru_RU.UTF-8",
           "zh_CN": "zh_CN.UTF-8"}
results = []


def run(args, env):
    return subprocess.run(args, env=env, capture_output=True, text=True)


with tempfile.TemporaryDirectory() as tmp:
    for lang in potlib.linguas(root):
        env = dict(os.environ, LANGUAGE=lang, LC_ALL=LOCALES.get(lang, "C.UTF-8"),
                   GSETTINGS_BACKEND="memory", XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        env.pop("GSETTINGS_SCHEMA_DIR", None)
        report = os.path.join(tmp, f"report-{lang}.pdf")
        chart = os.path.join(tmp, f"chart-{lang}.pdf")
        r1 = run([app, "--export-report", report], env)
        r2 = run([app, "--export-chart", "decisions-over-time", "--output", chart], env)
        results.append((r1.returncode == 0 and r2.returncode == 0,
                        f"{lang}: the report and a chart export ({r1.stderr.strip()}{r2.stderr.strip()})"))
        if r1.returncode or r2.returncode:
            continue

        for pdf in (report, chart):
            fonts = run(["pdffonts", pdf], env).stdout.splitlines()[2:]
            not_embedded = [f for f in fonts if f.split()[-5] != "yes"]
            results.append((fonts and not not_embedded,
                            f"{lang}: {os.path.basename(pdf)} embeds all of its {len(fonts)} fonts"))
            if lang == "zh_CN":
                results.append((any("WenQuanYi" in f or "CJK" in f for f in fonts),
                                f"{lang}: {os.path.basename(pdf)} embeds a CJK font"))

        tr = gettext.translation("ssr-review", os.path.join(build, "po"), [lang])
        heading = tr.gettext("Board decisions and implementation")
        text = run(["pdftotext", report, "-"], env).stdout
        text = "".join(c for c in text if not ("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"))
        # Lines wrap, a right-to-left text comes out in visual order, and pdftotext splits
        # Arabic ligatures (lam-alef): look for most of its words.
        words = heading.split()
        found = sum(word in text for word in words)
        results.append((heading != "Board decisions and implementation" and found * 4 >= len(words) * 3,
                        f"{lang}: the report says “{heading}”"))

print(f"1..{len(results)}")
for i, (ok, name) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
sys.exit(0 if results and all(ok for ok, _ in results) else 1)

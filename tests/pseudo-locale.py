#!/usr/bin/env python3
"""Writes a pseudo-translation of the app's messages, for tests only: every message is
wrapped in ⟦ ⟧, its letters accented and the text made about 40 % longer, with placeholders,
mnemonics and date patterns kept working. A label shown without brackets escaped
translation; one cut short by a longer language shows here first.

Usage: pseudo-locale.py OUTPUT.mo [STAMP]"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import potlib  # noqa: E402

ACCENTS = dict(zip("aceinoulsyAEINOUCSY", "åçéîñöûłšýÅÉÎÑÖÛÇŠÝ"))
PLACEHOLDER = re.compile(r"%(?:\d+\$)?[-+ #0']*[\d*]*(?:\.[\d*]+)?(?:hh|h|ll|l|L|q|j|z|t)?[a-zA-Z%]"
                         r"|\\[nt\"\\]|&[a-z]+;|<[^>]*>")


def pseudo(text, keep_patterns=False):
    if text in ("default:LTR", "translator-credits"):
        return text
    lead, text, trail = re.match(r"^((?:\\n)*)(.*?)((?:\\n)*)$", text, re.S).groups()
    if keep_patterns:
        return lead + "⟦" + text + "⟧" + trail
    out = []
    pos = 0
    for m in PLACEHOLDER.finditer(text):
        out.append("".join(ACCENTS.get(c, c) for c in text[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append("".join(ACCENTS.get(c, c) for c in text[pos:]))
    body = "".join(out)
    letters = sum(c.isalpha() for c in text)
    pad = "·" * max(1, round(letters * 0.4))
    return lead + "⟦" + body + pad + "⟧" + trail


def quote(s):
    return '"' + s + '"'


def main():
    out_mo = sys.argv[1]
    root = os.environ.get("SSR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "t.pot")
        ok, err = potlib.extract(root, pot)
        if not ok:
            sys.exit("xgettext failed: " + err)
        entries = open(pot, encoding="utf-8").read().split("\n\n")
        po = ['msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n']
        for e in entries[1:]:
            lines = [l for l in e.split("\n") if l and not l.startswith("#")]
            flags = " ".join(l for l in e.split("\n") if l.startswith("#,"))

            def field(name):
                buf = None
                for l in lines:
                    if l.startswith(name + " "):
                        buf = [l[len(name) + 1:]]
                    elif buf is not None and l.startswith('"'):
                        buf.append(l)
                    elif buf is not None:
                        break
                return None if buf is None else "".join(x[1:-1] for x in buf)

            ctx, mid, plural = field("msgctxt"), field("msgid"), field("msgid_plural")
            if mid is None:
                continue
            keep = ctx == "date pattern" or "no-c-format" in flags and "%" in mid and ctx != "percentage"
            keep = keep or (ctx == "file name")
            block = ""
            if ctx is not None:
                block += "msgctxt " + quote(ctx) + "\n"
            block += "msgid " + quote(mid) + "\n"
            if ctx == "file name":
                tr = lambda s: s  # noqa: E731  (file names stay ASCII)
            else:
                tr = lambda s: pseudo(s, keep)  # noqa: E731
            if plural is not None:
                block += "msgid_plural " + quote(plural) + "\n"
                block += "msgstr[0] " + quote(tr(mid)) + "\n"
                block += "msgstr[1] " + quote(tr(plural)) + "\n"
            else:
                block += "msgstr " + quote(tr(mid)) + "\n"
            po.append(block)
        po_path = os.path.join(tmp, "pseudo.po")
        open(po_path, "w", encoding="utf-8").write("\n".join(po))
        os.makedirs(os.path.dirname(out_mo) or ".", exist_ok=True)
        subprocess.run(["msgfmt", "--check-format", "-o", out_mo, po_path], check=True)
    if len(sys.argv) > 2:
        open(sys.argv[2], "w").close()


main()

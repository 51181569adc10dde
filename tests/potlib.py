"""The message template as translators get it: xgettext over po/POTFILES.in with the keywords
of meson's glib preset. Shared by check-potfiles.py and check-translations.py."""
import os
import re
import subprocess

KEYWORDS = ["--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
            "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2", "--keyword=g_dpgettext2:2c,3"]


def listed_files(root):
    with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def extract(root, pot):
    """Writes the template to @pot; returns (ok, stderr)."""
    cmd = ["xgettext", "--from-code=UTF-8", "--add-comments=Translators", "-o", pot] + KEYWORDS \
        + listed_files(root)
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=root)
    return proc.returncode == 0 and os.path.exists(pot), proc.stderr.strip()


def linguas(root):
    with open(os.path.join(root, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for l in f for w in l.split("#", 1)[0].split()]


def count_messages(text):
    return len(re.findall(r'^msgid "(?!")', text, re.M)) + len(re.findall(r'^msgid ""\n"', text, re.M))

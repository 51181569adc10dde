#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the bundled review files data/ssr2.json and data/ssr1.json.

Usage (from the repository root):

    python3 data/build-data.py [FACTS_DIR] [--out-dir DIR] [--check]

FACTS_DIR holds the compiled research facts (ssr2-facts.json, ssr1-facts.json and
data-notes.md). It defaults to ../shared/facts, relative to the repository root.
--check regenerates in memory and exits 1 if the files in the output directory differ.

The output is SSR Review JSON format 1 (docs/FORMAT.md). Everything written comes from the
facts files or, for review metadata and milestones, from the research notes
(data-notes.md, section numbers are cited below) and the seed documents they describe.
Nothing is inferred: a value the sources do not state is null. docs/DATA.md explains the
mapping field by field.

Standard library only; the output is deterministic (no timestamps, fixed member order).
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
DEFAULT_FACTS = os.path.join(REPO_ROOT, "..", "shared", "facts")

FORMAT = "ssr-review"
FORMAT_VERSION = "1.0"

# ---------------------------------------------------------------------------
# Citations
#
# The facts name some sources by the file name of a stored seed document. A file name
# means nothing to a reader, so each is replaced by a citation of the document, worded
# after the seed table at the top of data-notes.md.

SEED_RE = re.compile(r"^[0-9]{3}_[0-9a-f]{16}\.txt$")

SEED_CITATIONS = {
    "000_69295cbf24a16006.txt":
        'ICANN Board scorecard "SSR2 Pending Recommendations – Board Action – 16 November 2022"',
    "001_8eaa29d065dd8440.txt":
        "SSR2 draft report slides (January 2020)",
    "002_1b707e8e43b30b9a.txt":
        "SSR2 draft report, appendix assessing the 28 SSR1 recommendations",
    "003_958f79cc9301c3e6.txt":
        'ICANN web page "Security, Stability, and Resiliency Review (SSR)" '
        "(implementation table as of 30 June 2022)",
    "004_d62e4fd4599da37b.txt":
        "SSR2 face-to-face meeting deck, ICANN59 Johannesburg, 25 June 2017",
}

# The same web page (seed 003), cited for its milestone table rather than its
# implementation table.
SSR_PAGE_MILESTONES = ('ICANN web page "Security, Stability, and Resiliency Review (SSR)" '
                       "(Review Progress and Milestones table)")

# data-notes.md §3 and §11: the decision history of all 63 recommendations comes from the
# community wiki "SSR2 Review" page. The newer copy is the one the 2026-11-23 pass
# re-checked every decision against (§12), and the only one with 17.1's approval.
URL_SSR2_WIKI_OLD = "https://community.icann.org/display/SSR/SSR2+Review"
URL_SSR2_WIKI = "https://icann-community.atlassian.net/wiki/spaces/SSR/pages/97093534/SSR2+Review"
# data-notes.md §3 ("Type of approval on 16 Nov 2022, from 000_..."): the 16 Nov 2022
# actions, and whether an approval was "complete" or "subject to prioritization", come
# from that scorecard.
SCORECARD_2022_11_16 = SEED_CITATIONS["000_69295cbf24a16006.txt"]
SCORECARD_DATE = "2022-11-16"

URL_SSR1_WIKI = "https://community.icann.org/display/SSR/SSR1+Review"
URL_SSR1_FINAL_REPORT = "https://www.icann.org/resources/pages/ssr-rt-final-report-2012-06-21-en"

# A plain citation for the dated events that data-notes.md §5 marks only "(wiki)".
COMMUNITY_WIKI = "ICANN community wiki (SSR2 pages)"


# Three community-priority notes in the facts call seed 003's table "Seed table", which
# means nothing to a reader. Only that phrase is replaced, by the table it names (data-notes
# §4: the 30 June 2022 table of `003_...`); the rest of the note is unchanged.
SEED_PHRASES = [
    ("Seed table shows ",
     "The 30 June 2022 implementation table on the ICANN SSR web page shows "),
]


def unseed(text):
    if text is None:
        return None
    for old, new in SEED_PHRASES:
        text = text.replace(old, new)
    return text


def cite(source):
    """A source string as shown to the reader: seed file names become citations."""
    if source is None:
        return None
    if SEED_RE.match(source):
        if source not in SEED_CITATIONS:
            raise SystemExit("build-data: no citation for seed %r" % source)
        return SEED_CITATIONS[source]
    return source


# ---------------------------------------------------------------------------
# SSR2

# data-notes.md §11, the sources relevant to SSR2 as a whole (not the SSR1 pages and not
# the SAC124 page, which the notes mark "context only, not linked to 17.1"), followed by
# the seed documents the metadata and milestones come from.
SSR2_SOURCES = [
    URL_SSR2_WIKI_OLD,
    URL_SSR2_WIKI,
    "https://community.icann.org/pages/diffpages.action?originalId=197265245&pageId=197265248",
    "https://community.icann.org/pages/diffpagesbyversion.action?originalVersion=4&pageId=190415039&revisedVersion=125",
    "https://community.icann.org/pages/diffpagesbyversion.action?pageId=190415039&selectedPageVersions=6&selectedPageVersions=7",
    "https://features.icann.org/second-security-stability-and-resiliency-ssr2-review-team-final-report",
    "https://icannwiki.org/index.php?diff=cur&oldid=1343742&title=Second_Security%2C_Stability%2C_and_Resiliency_Review",
    "https://icannwiki.org/index.php?diff=prev&oldid=1332992&title=Second_Security%2C_Stability%2C_and_Resiliency_Review",
    "https://lists.icann.org/hyperkitty/list/ssr2-review@icann.org/thread/SUZJDGKPVZMMH7FCFMQEEEXBKI5UCUH3/",
    "https://community.icann.org/display/SSR/SSR2+Implementation+Shepherds",
    "https://archive.icann.org/historical-resolution-tracking-feature/deferral-third-review-security-stability-and-resiliency-domain-name-system.html",
    "https://www.icann.org/news/blog/an-update-from-the-ssr2-review-team",
    "https://www.icann.org/en/blogs/details/chairs-blog-recap-of-june-board-workshop-and-icann71-30-6-2021-en",
    SSR_PAGE_MILESTONES,
    SEED_CITATIONS["000_69295cbf24a16006.txt"],
    SEED_CITATIONS["004_d62e4fd4599da37b.txt"],
]

# Title: the ICANNWiki page title (data-notes.md §11, "title=Second_Security%2C_Stability
# %2C_and_Resiliency_Review"); the 2017 deck (seed 004) writes "Second Security, Stability
# and Resiliency Review (SSR2)".
SSR2_TITLE = "Second Security, Stability, and Resiliency Review"

# Description: the Bylaws purpose quoted on the ICANN SSR web page (seed 003) and the
# final-report facts of the transmittal email (data-notes.md §5, §7, §11).
SSR2_DESCRIPTION = (
    "The second periodic review, under the ICANN Bylaws (Section 4.6(c)), of ICANN's execution of "
    "its commitment to enhance the operational stability, reliability, resiliency, security, "
    "and global interoperability of the systems and processes that directly affect and/or are "
    "affected by the Internet's system of unique identifiers that ICANN coordinates. "
    "The review team delivered its Final Report on 25 January 2021 with 63 full-consensus "
    "recommendations in four areas: SSR1 implementation and intended effects; key stability "
    "issues within ICANN; contracts, compliance, and transparency around DNS abuse; and "
    "additional SSR-related concerns regarding the global DNS."
)

# data-notes.md §12: the gap-filling pass of 2026-11-23 re-checked the decisions against
# the wiki decision table and found no errors; it is the last check of the facts.
SSR2_DATA_AS_OF = "2026-11-23"


def ms(date, date_note, phase, event, source):
    return {"date": date, "date_note": date_note, "phase": phase, "event": event,
            "source": source}


# data-notes.md §5, one entry per row, in date order. Phases are the source's (seed 003's
# "Phase" column, as copied into the notes); "–" in the notes is null. The notes' source
# remarks ("(wiki)", "(`004_...`)", …) are moved into `source`.
SSR2_MILESTONES = [
    # The notes merge two rows of seed 003 dated 30 Jun 2016 ("Assemble Review Team / Plan
    # Review"); they are given separately here, as in the seed.
    ms("2016-06-30", None, "Assemble Review Team", "Call for Volunteers", SSR_PAGE_MILESTONES),
    ms("2016-06-30", None, "Plan Review",
       "Review team activities and detailed information available on the community wiki",
       SSR_PAGE_MILESTONES),
    ms("2016-08-12", None, "Assemble Review Team",
       "Call for Volunteers extended (deadline 15 Sep 2016 per ICANN announcement 2016-08-12)",
       SSR_PAGE_MILESTONES),
    ms("2017-02-03", None, "Assemble Review Team", "Board appoints a member (Board designee)",
       SSR_PAGE_MILESTONES),
    ms("2017-02-14", None, "Assemble Review Team", "Review Team announced", SSR_PAGE_MILESTONES),
    ms("2017-05-14", "14–15 May 2017", None, "Face-to-face meeting, Madrid", COMMUNITY_WIKI),
    ms("2017-06-25", "25–26 June 2017", None, "Face-to-face meeting, ICANN59 Johannesburg",
       SEED_CITATIONS["004_d62e4fd4599da37b.txt"]),
    ms("2017-10-04", None, None, "SAC098: SSAC advises halting SSR2 and producing a plan",
       COMMUNITY_WIKI),
    ms("2017-10-28", None, None, "Board letter suspending SSR2 work",
       "ICANN Board resolution text (features.icann.org)"),
    ms("2018-06-07", None, "Conduct Review", "SSR2 formally restarts", SSR_PAGE_MILESTONES),
    ms("2019-11-07", None, "Conduct Review", "Board resolution approving additional funding",
       SSR_PAGE_MILESTONES),
    ms("2020-01-24", None, "Conduct Review", "Draft Report published; public comment opens",
       SSR_PAGE_MILESTONES),
    ms("2020-03-03", None, "Conduct Review",
       "Public comment extended (18 submissions, about 400 comments per SSR2 blog)",
       SSR_PAGE_MILESTONES),
    ms("2021-01-22", None, "Conduct Review", "Final Report Executive Summary",
       SSR_PAGE_MILESTONES),
    ms("2021-01-25", None, "Conduct Review", "Final Report (63 recommendations)",
       SSR_PAGE_MILESTONES),
    ms("2021-01-28", None, "Board Action",
       "Final report posted for Public Comment (closed 9 Mar 2021 per public comment notice)",
       SSR_PAGE_MILESTONES),
    ms("2021-03-03", None, "Board Action", "Board receipt of Final Report", SSR_PAGE_MILESTONES),
    ms("2021-06-10", None, "Board Action",
       "Board workshop day on SSR2; Board had to act by 25 Jul",
       "https://www.icann.org/en/blogs/details/chairs-blog-recap-of-june-board-workshop-and-icann71-30-6-2021-en"),
    ms("2021-07-07", None, "Board Action",
       "SSR2 Board Caucus Group meeting with implementation shepherds", COMMUNITY_WIKI),
    ms("2021-07-22", None, "Board Action",
       "Board resolution on 63 recommendations + rationale + scorecard", SSR_PAGE_MILESTONES),
    ms("2021-07-26", None, "Board Action",
       'Board blog "Board Action and Next Steps on the SSR2 Review"', SSR_PAGE_MILESTONES),
    ms("2021-09-29", None, "Implementation",
       "Caucus group meeting with implementation shepherds", COMMUNITY_WIKI),
    # Source: data-notes.md §12 lists this message under its 7 Dec 2021 date.
    ms("2021-12-07", None, "Implementation",
       "ICANN org's first clarifying questions to shepherds (pending/likely to be approved)",
       "https://mm.icann.org/pipermail/ssr2-implementation-shepherds/2021-December/000017.html"),
    # data-notes.md §5 and §10: the page text says 10 March 2022, its milestone table
    # (whose column is "Start Date") says 10 May 2022. The page's own statement of the
    # Board's action is used as the date; the note keeps the discrepancy visible.
    ms("2022-03-10",
       "The ICANN SSR web page says the Board took this action on 10 March 2022; the same "
       "page's milestone table lists 10 May 2022 (discrepancy in the source).",
       "Operating Procedures", "Deferral of Third SSR Review", SSR_PAGE_MILESTONES),
    ms("2022-05-01", None, "Board Action",
       "Board action on three pending recommendations (scorecard + rationale)",
       SSR_PAGE_MILESTONES),
    ms("2022-11-16", None, "Board Action", "Board action on 21 pending recommendations",
       SCORECARD_2022_11_16),
    ms("2023-09-10", None, "Board Action", "Board action on 9 pending recommendations",
       URL_SSR2_WIKI),
    ms(None,
       "After 10 Sep 2023 and after the mid-2024 implementation page version, which still "
       "counted 24 approved; the exact date was not found in the sources.",
       "Board Action", "17.1 approved", URL_SSR2_WIKI),
]

OWNER_SPLIT = {
    "ICANN org": ["ICANN org"],
    "ICANN Board and ICANN org": ["ICANN Board", "ICANN org"],
    "ICANN community and ICANN org": ["ICANN community", "ICANN org"],
}

IMPLEMENTATION_STATUS = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
}

COMMUNITY_PRIORITY = {
    "P1": "P1", "P2": "P2", "P3": "P3", "P4": "P4",
    "Not eligible": "not_eligible",
}

# `related`: only where a source states a relation between recommendations. Every entry
# is a cross-reference in a recommendation text or a dependency in the Board's action,
# both in the 16 Nov 2022 scorecard (seed 000). A reference to a whole recommendation
# group ("Recommendation 2") names every recommendation of that group in the facts.
#   3.1  text "(see SSR2 Recommendation 2: Create a C-Suite Position …)"; Board: "the
#        successful implementation of Recommendation 3.1 relies on Recommendation 2".
#   4.3  text "(see SSR2 Recommendation 2 …)" and "(see SSR2 Recommendation 7: Improve
#        Business Continuity and Disaster Recovery …)"; Board: "its feasibility depends on
#        Recommendation 2". Its "(see SSR2 Recommendation 6: Comply with Appropriate
#        Information Security Management Systems …)" is NOT recorded: in the final
#        numbering group 6 is about vulnerability disclosure (data-notes.md §10), so the
#        reference cannot be resolved to recommendations without guessing.
#   16.2 text "(see also SSR2 Recommendation 11: Resolve CZDS Data Access Problems)".
# The Board's statement that 3.2 and 3.3 "could be considered independent from
# Recommendation 2" is the opposite of a relation and is not recorded.
RELATED_GROUPS = {
    "3.1": [2],
    "4.3": [2, 7],
    "16.2": [11],
}


def category(action):
    if action.startswith("approved"):
        return "approved"
    return action


def decision_source(date):
    return SCORECARD_2022_11_16 if date == SCORECARD_DATE else URL_SSR2_WIKI


def build_ssr2_recommendation(f, groups):
    owner = f["owner"]
    if owner is not None and owner not in OWNER_SPLIT:
        raise SystemExit("build-data: %s: unknown owner %r" % (f["id"], owner))

    decisions = [
        {"date": d["date"], "action": d["action"], "note": d["note"],
         "source": decision_source(d["date"])}
        for d in f["decisions"]
    ]
    if decisions and category(decisions[-1]["action"]) != f["current_board_status"]:
        raise SystemExit("build-data: %s: last decision disagrees with current_board_status"
                         % f["id"])

    status = f["implementation_status"]
    history = [
        {"as_of": h["as_of"],
         "status": IMPLEMENTATION_STATUS[h["status"]] if h["status"] is not None else None,
         "update": h["update"],
         "source": cite(h["source"])}
        for h in f["implementation_history"]
    ]
    if status is None and f["implementation_as_of"] is None and not history:
        implementation = None
    else:
        implementation = {
            "status": IMPLEMENTATION_STATUS[status] if status is not None else None,
            "as_of": f["implementation_as_of"],
            "update": None,  # the facts record no implementation update text
            "history": history,
        }

    cp = f["community_priority"]
    related = []
    for g in RELATED_GROUPS.get(f["id"], []):
        related.extend(groups[g])

    return {
        "id": f["id"],
        "group": f["group"],
        "group_title": f["group_title"],
        "text": f["text"],
        "text_source": cite(f["text_source"]),
        "priority": f["priority"],
        "owners": list(OWNER_SPLIT[owner]) if owner is not None else None,
        "directed_to": list(f["directed_to"]) if f["directed_to"] is not None else None,
        "decisions": decisions,
        "implementation": implementation,
        "community_priority": COMMUNITY_PRIORITY[cp] if cp is not None else None,
        "community_priority_note": unseed(f["community_priority_note"]),
        "board_rationale": f["board_rationale"],
        "related": related,
        "sources": [cite(s) for s in f["sources"]],
        "assessment": None,
    }


def build_ssr2(facts):
    groups = {}
    for f in facts:
        groups.setdefault(f["group"], []).append(f["id"])
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "review": {
            "id": "ssr2",
            "short_name": "SSR2",
            "title": SSR2_TITLE,
            "description": SSR2_DESCRIPTION,
            "data_as_of": SSR2_DATA_AS_OF,
            "feed_url": None,
            "sources": SSR2_SOURCES,
            "milestones": SSR2_MILESTONES,
        },
        "recommendations": [build_ssr2_recommendation(f, groups) for f in facts],
    }


# ---------------------------------------------------------------------------
# SSR1

# The sources name the first review "Security Stability and Resiliency Review (SSR1)"
# (link text in the 2017 deck, seed 004), "the first SSR Review" (seed 003) and
# "SSR1 Review" (wiki page title). The deck's name is the only full title; it is copied
# as written.
SSR1_TITLE = "Security Stability and Resiliency Review (SSR1)"

# data-notes.md §9.
SSR1_DESCRIPTION = (
    "The first Security, Stability and Resiliency (SSR) review. Its review team began work in "
    "October 2010 and delivered a final report with 28 recommendations to the ICANN Board on "
    "21 May 2012; on 18 October 2012 the Board directed their implementation. The assessment "
    "of each recommendation is the one the SSR2 review team made in its draft report: 27 of "
    "the 28 remain relevant, none was implemented in full, 26 were partially implemented and "
    "2 were not implemented."
)

SSR1_SOURCES = [
    URL_SSR1_WIKI,
    URL_SSR1_FINAL_REPORT,
    "ICANN announcement, 21 February 2011",
    SEED_CITATIONS["002_1b707e8e43b30b9a.txt"],
    SEED_CITATIONS["004_d62e4fd4599da37b.txt"],
    SEED_CITATIONS["001_8eaa29d065dd8440.txt"],
]

# data-notes.md §9. The notes give no phases for SSR1.
SSR1_MILESTONES = [
    ms("2010-10", None, None, "SSR1 Review Team began work",
       "ICANN announcement, 21 February 2011"),
    ms("2012-05-21", None, None,
       "Final report with 28 recommendations delivered to the Board", URL_SSR1_WIKI),
    ms("2012-06-21", "21 Jun – 30 Jul 2012", None, "Public comment on the final report",
       URL_SSR1_FINAL_REPORT),
    ms("2012-10-18", None, None, "Board directed implementation", URL_SSR1_WIKI),
]

# data-notes.md §9: "On 18 Oct 2012 the Board directed implementation (wiki). `002_...`
# says the Board unanimously accepted all 28 as 'feasible and implementable'." Seed 002's
# sentence is one act: the Board found the 28 recommendations "feasible and implementable",
# "unanimously accepted and instructed staff to implement all 28". Accepting every
# recommendation and directing its implementation is an approval, and the wiki dates that
# direction 18 Oct 2012, so each recommendation gets one plain `approved` entry on that
# date (not "subject to prioritization": no such condition is reported).
SSR1_DECISION = {
    "date": "2012-10-18",
    "action": "approved",
    "note": ("The Board found \u201cthat the 28 Recommendations in the [SSR1] Final Report "
             "are feasible and implementable,\u201d and unanimously accepted and instructed "
             "staff to implement all 28 SSR1 recommendations (SSR2 draft report appendix); "
             "the SSR1 Review wiki page dates the Board's direction to implement "
             "18 October 2012."),
    "source": URL_SSR1_WIKI,
}

SSR1_EXTRA_MEMBERS = ("text_variant_2017_briefing", "related_ssr2_draft_recommendations")


def build_ssr1_recommendation(f):
    rec = {
        "id": str(f["number"]),
        "group": None,
        "group_title": None,
        "text": f["text"],
        "text_source": cite(f["text_source"]),
        "priority": None,
        "owners": None,
        "directed_to": None,
        "decisions": [dict(SSR1_DECISION)],
        "implementation": None,
        "community_priority": None,
        "community_priority_note": None,
        "board_rationale": None,
        "related": [],
        "sources": [cite(s) for s in f["sources"]],
        "assessment": {
            "implemented": f["implemented"],
            "still_relevant": f["still_relevant"],
            "new_recommendation": f["has_new_recommendation"],
            "note": f["assessment_note"],
            # data-notes.md §9: the assessment is SSR2's draft appendix (seed 002).
            "source": SEED_CITATIONS["002_1b707e8e43b30b9a.txt"],
        },
    }
    # Members format 1 does not define are kept under the facts' own names.
    for k in SSR1_EXTRA_MEMBERS:
        rec[k] = f[k]
    return rec


def build_ssr1(facts):
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "review": {
            "id": "ssr1",
            "short_name": "SSR1",
            "title": SSR1_TITLE,
            "description": SSR1_DESCRIPTION,
            "data_as_of": None,  # the notes record no check date for the SSR1 facts
            "feed_url": None,
            "sources": SSR1_SOURCES,
            "milestones": SSR1_MILESTONES,
        },
        "recommendations": [build_ssr1_recommendation(f) for f in facts],
    }


# ---------------------------------------------------------------------------
# Sanity checks of the rules of docs/FORMAT.md that the schema cannot express

DATE_RE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")


def date_key(d):
    parts = [int(p) for p in d.split("-")] + [1, 1]
    return tuple(parts[:3])


def check_order(entries, key, where):
    last = None
    seen_null = False
    for e in entries:
        d = e[key]
        if d is None:
            seen_null = True
            continue
        if not DATE_RE.match(d):
            raise SystemExit("build-data: %s: bad date %r" % (where, d))
        if seen_null:
            raise SystemExit("build-data: %s: dated entry after an undated one" % where)
        if last is not None and date_key(d) < date_key(last):
            raise SystemExit("build-data: %s: entries out of date order" % where)
        last = d


def sanity_check(doc, name):
    ids = [r["id"] for r in doc["recommendations"]]
    if len(set(ids)) != len(ids):
        raise SystemExit("build-data: %s: duplicate recommendation ids" % name)
    known = set(ids)
    text = json.dumps(doc, ensure_ascii=False)
    if re.search(r"[0-9]{3}_[0-9a-f]{16}\.txt", text):
        raise SystemExit("build-data: %s: a seed file name was left in the output" % name)
    if re.search(r"\bseeds?\b", text, re.IGNORECASE):
        raise SystemExit("build-data: %s: a mention of a seed was left in the output" % name)
    for m in doc["review"]["milestones"]:
        if m["date"] is not None and not DATE_RE.match(m["date"]):
            raise SystemExit("build-data: %s: bad milestone date %r" % (name, m["date"]))
    for r in doc["recommendations"]:
        where = "%s: recommendation %s" % (name, r["id"])
        check_order(r["decisions"], "date", where + " decisions")
        if r["implementation"] is not None:
            check_order(r["implementation"]["history"], "as_of", where + " history")
        for rel in r["related"]:
            if rel not in known:
                raise SystemExit("build-data: %s: related id %r not in file" % (where, rel))


# ---------------------------------------------------------------------------

def serialize(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def load(path):
    with open(path, encoding="utf-8") as fp:
        return json.load(fp)


def main(argv):
    ap = argparse.ArgumentParser(description="Build data/ssr2.json and data/ssr1.json.")
    ap.add_argument("facts_dir", nargs="?", default=DEFAULT_FACTS,
                    help="directory with ssr2-facts.json and ssr1-facts.json "
                         "(default: ../shared/facts relative to the repository root)")
    ap.add_argument("--out-dir", default=HERE, help="output directory (default: data/)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the output files are not up to date")
    args = ap.parse_args(argv)

    ssr2_facts = load(os.path.join(args.facts_dir, "ssr2-facts.json"))
    ssr1_facts = load(os.path.join(args.facts_dir, "ssr1-facts.json"))

    outputs = {
        "ssr2.json": build_ssr2(ssr2_facts),
        "ssr1.json": build_ssr1(ssr1_facts),
    }

    stale = []
    for name, doc in outputs.items():
        sanity_check(doc, name)
        data = serialize(doc).encode("utf-8")
        path = os.path.join(args.out_dir, name)
        if args.check:
            try:
                with open(path, "rb") as fp:
                    if fp.read() != data:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
        else:
            with open(path, "wb") as fp:
                fp.write(data)
    if stale:
        print("build-data: out of date: %s" % ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

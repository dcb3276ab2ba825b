"""The qualifier words that split one counted measure into kinds: jobs a project creates are
"permanent" (or operational, direct) jobs or "construction" (temporary) jobs, and an article
states both in one sentence ("350 jobs during construction and 85 permanent jobs once in
operation"). A count of such a noun is a figure of its own kind, stored with the measure the
kind names ("permanent jobs", "construction jobs"), so a question about one kind never gets the
other's figure.

Jobs a project is to create are always said in the future ("will create 250 permanent jobs",
"expects 1,200 permanent jobs when complete"): such a count is the measure itself (jobs to be
created), not a forecast of a period's result, so it is typed though its clause is a plan.

Each record is a `PatternRule`: its name (the kind), the pattern of its words before the noun
("85 permanent jobs") or after it ("350 jobs during construction"), why, the documents of
different sources showing the phrasing and invented examples. Pure functions over the text.
"""
from __future__ import annotations

import re

from .rule_record import PatternRule

# the counted noun the kinds split: jobs (positions, roles are other things: a cut, a vacancy)
JOBS_NOUN = re.compile(r"^(?:(?P<kind>[a-z][a-z-]+)\s+)?jobs\b", re.I)

JOB_KINDS: tuple[PatternRule, ...] = (
    PatternRule(
        "permanent",
        r"^(?:permanent|operational|direct|full[- ]time|long[- ]term)$",
        "jobs a facility keeps once it runs ('permanent', 'operational', 'direct' jobs), not those of its building",
        ("probe37 07_solaria_planning_register_decision: '… permanent jobs once the four phases are in operation'",
         "focusset27 held 25_nabiax_ngocampaign: 'the project will create … permanent jobs'",
         "probe18 start_campus_sines_local: 'expects … permanent jobs when complete'",
         "focusset26 held 11_paratus_pressconf: 'Around … construction jobs and … permanent jobs'"),
        ("The plant will create 120 permanent jobs.", "It expects 40 operational jobs once the hall opens."),
        re.I),
    PatternRule(
        "construction",
        r"^(?:construction|temporary|building)$|^\s+(?:during|in|for)\s+(?:the\s+)?(?:construction|building)\b",
        "jobs of a facility's building ('construction jobs', 'jobs during construction'), gone once it runs",
        ("probe37 07_solaria_planning_register_decision: '… jobs during construction of Phase 1'",
         "focusset22 held 23_echelon_planning: 'with about … construction jobs and … operational jobs'",
         "focusset26 held 11_paratus_pressconf: 'Around … construction jobs'"),
        ("The site will bring 300 construction jobs.", "About 500 jobs during construction are expected."),
        re.I),
)


def job_kind(noun: str | None, after: str = "") -> tuple[str, bool] | None:
    """The measure a count of jobs is stored with, and whether its kind was named: (kind + " jobs", True)
    for a kind of the registry, said before the noun ("85 permanent jobs") or right after it ("350 jobs
    during construction"); ("jobs", False) for jobs of no named kind; None for any other noun.

    >>> job_kind("permanent jobs once"), job_kind("jobs", " during construction of Phase 1"), job_kind("jobs")
    (('permanent jobs', True), ('construction jobs', True), ('jobs', False))
    >>> job_kind("customers") is None, job_kind("new jobs")
    (True, ('jobs', False))
    """
    m = JOBS_NOUN.match((noun or "").strip())
    if m is None:
        return None
    for rule in JOB_KINDS:
        if m.group("kind") and rule.rx.match(m.group("kind")) or not m.group("kind") and rule.rx.match(after):
            return f"{rule.name} jobs", True
    return "jobs", False

"""Segment and title phrasings seen in the second probe, in our own words about invented
companies: a segment called a 'category', a sentence-initial appositive, a lower-case segment
after a reporting verb, compound titles and titles in a relative clause."""
from __future__ import annotations

from aikg.extract.pipeline import extract_text

HEAD = "Norvane Systems reports results\n\nNorvane Systems reported results for the quarter ended June 30, 2025.\n\n"


def _facts(text: str, kind: str):
    return [f for f in extract_text(HEAD + text + "\n", "t", "t.txt").facts if f.kind == kind]


def _segments(text: str) -> set[str]:
    return {f.segment.label for f in _facts(text, "segment_of")}


def test_a_segment_called_a_category():
    assert "Cloudware and Other" in _segments(
        "The Cloudware and Other category, which houses Tickly and Bramble, rose 16% to $1.9 billion.")


def test_a_sentence_initial_segment_in_apposition():
    assert "Retail services" in _segments(
        "Retail services, Norvane's largest reporting segment at 30% of revenue, grew 5% in constant currency.")


def test_a_lower_case_segment_after_a_reporting_verb():
    assert "cloud infrastructure" in _segments(
        "Norvane Cloud is reported in the cloud infrastructure segment, whose revenue rose 8% to $2 billion.")


def test_a_market_is_not_a_segment():
    assert not _segments("Analysts doubt the strategy can drive growth in the cloud computing segment.")


def _roles(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in _facts(text, "role"):
        out.setdefault(f.person.label, set()).add(f.role)
    return out


def test_compound_titles_are_split():
    roles = _roles("Dana Whitfield, president and chief operating and financial officer, said margins would widen.")
    assert roles.get("Dana Whitfield") == {"president", "COO", "CFO"}, roles


def test_a_title_in_a_relative_clause():
    roles = _roles("Lena Okafor, who is also chief financial officer, said costs would fall.")
    assert "CFO" in roles.get("Lena Okafor", set()), roles


def test_a_market_share_taken_by_it():
    shares = [(f.holder.label, f.market, str(f.share)) for f in
              _facts("It took a 21.5 per cent share of Japan's tablet market in the first quarter of 2025, "
                     "according to research firm Canalys.", "market_share")]
    assert ("Norvane Systems", "tablet market", "21.5") in shares or \
        any(h == "Norvane Systems" and "tablet market" in m and s == "21.5" for h, m, s in shares), shares


def test_letters_that_case_fold_unusually_do_not_stop_extraction():
    # ſ, İ and ı match s and i in re's case-insensitive patterns but str.lower() maps them
    # elsewhere; the words were once looked up with .lower() and raised KeyError mid-ingest
    for text in ("Revenue rose in the ſecond quarter of 2025 to $3 billion.",
                 "Operating profit TRİPLED to $2 billion.", "Growth was sİngle-digit, at 5%."):
        extract_text(HEAD + text + "\n", "t", "t.txt")


def test_a_copilot_named_in_apposition_with_its_developer():
    text = "Quillo, Microsoft's generative-AI copilot, is being turned into a set of agents."
    devs = {(f.model.label, f.developer.label) for f in _facts(text, "developed_by")}
    assert ("Quillo", "Microsoft") in devs, devs

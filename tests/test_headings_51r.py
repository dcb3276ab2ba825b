"""The one heading reader (issue51r, extract/headings.py): the heading path, is_heading and the period in
force under a heading read the same lines. Invented texts."""
from datetime import date

from aikg.extract import headings, passage_context, sentences
from aikg.extract.pipeline import extract_text


def _path_of(text, needle):
    at = text.index(needle)
    return passage_context.read(text, [(at, at + len(needle))]).get((at, at + len(needle)))


def test_a_line_of_several_sentences_is_no_title_line():
    # title-line one-sentence: a page's chrome ("ADVERTISEMENT — … . Learn more »") heads nothing
    text = ("Brelwick Data results\n\nADVERTISEMENT — Upgrade your servers today. Learn more »\n\n"
            "Brelwick Data had revenue of EUR 9 million.\n")
    ctx = _path_of(text, "Brelwick Data had revenue")
    assert ctx is not None and ctx.heading == "Brelwick Data results"


def test_a_numbered_section_line_is_one_heading_for_both_readers():
    # numbered-section: "B2. PROSPECTS" / "II. Other information" is one sentence, a heading line, and heads its section
    for line in ("B2. PROSPECTS", "II. Other information", "**3. Financial position**", "### 4. Outlook"):
        text = f"Ordell Group quarterly report\n\n{line}\n\nOrdell Group expects growth.\n"
        sents = [s for s in sentences.split(text) if s.line == 2]
        assert len(sents) == 1 and sents[0].is_heading, line
        assert _path_of(text, "Ordell Group expects").heading.endswith(headings.clean_heading(line.lstrip("# "))), line
    # (a sentence that opens with an initial stays two sentences' matter as before: "C. Wei told analysts" one)
    assert len(sentences.split("Revenue rose. II. Other information\n")) >= 2


def _periods_of(text, value):
    ex = extract_text(text, "doc-51r", "doc.md")
    return {(f.period.start, f.period.end) for f in ex.facts if f.kind == "observation" and f.value_text == value}


def test_a_table_row_sets_no_period_in_force():
    # table-line: the header row "| Item | H1 2026 | H1 2025 |" under "## Second quarter" is no heading: the
    # paragraph after the table stays the quarter's (it was the row's H1 2026)
    head = ("# Kestvale Foods reports first-half 2026 results\n\n"
            "Kestvale Foods said on Tuesday that revenue rose 8% to EUR 90 million in the first half of 2026.\n\n")
    table = "| Item | H1 2026 | H1 2025 |\n|---|---|---|\n| Units sold | 510 | 470 |\n\n"
    got = _periods_of(head + "## Second quarter\n\nKestvale Foods had revenue of EUR 47 million.\n\n" + table + "Operating profit was EUR 5.1 million.\n",
                      "EUR 5.1 million")
    assert got == {(date(2026, 4, 1), date(2026, 6, 30))}


def test_short_line_record():
    for s in headings.SHORT_LINE["examples"]:
        assert headings.short_line(s)
    for s in headings.SHORT_LINE["not"]:
        assert not headings.short_line(s)


def test_a_lead_of_two_sentences_stays_its_lists_caption():
    text = ("Brelwick Data results\n\nBrelwick Data reports two segments. Their revenue:\n\n"
            "* Cloud - EUR 5 million\n* Chips - EUR 4 million\n")
    assert _path_of(text, "* Cloud").heading.endswith("Brelwick Data reports two segments. Their revenue:")

"""The article's company when no gazetteer knows it and the title names it off its subject place
(issue25c): a staff newsletter's masthead ("Newsletter of the staff at X"), the lead's "X's
management"; the definite descriptions that stand for it ("the bank", "the group"); and a rival
named once as the subject of its own reported figure. Invented text, our own words."""
from aikg.extract.descriptions import bound_descriptions
from aikg.extract.pipeline import extract_bytes

NEWSLETTER = """THE STAFF BULLETIN -- Newsletter of the Employees' Forum at Orrabank (English edition)
Issue 42, March 2031

"WHAT THE NEW PLAN MEANS FOR THE BRANCHES"

Dear colleagues,

After a month of questions from the branches, this issue of the Bulletin is about one subject: what Orrabank's management has told the works council about automation and jobs.

1. The figures

On 2 March Orrabank published its results for 2030. Net profit was EUR 1,210 million, up 6.2%. The bank says costs stayed flat.

The group reports two segments: retail banking, which earned EUR 900 million, and the leasing arm, which earned EUR 310 million. The group segment figure for leasing is EUR 310 million.

2. The tools

An assistant for branch staff, built on Microsoft's Azure OpenAI Service using OpenAI's GPT-4o model, is used by about 3,000 employees. The bank has hired about 200 engineers this year. The group had 9,400 employees at the end of 2030.

3. Elsewhere

(Velmora reported a profit of EUR 2,480 million for the year.) Orrabank remains smaller than its rivals.
"""


def _subjects(ex, measure_word):
    return {f.subject.label for f in ex.facts if f.kind == "observation" and measure_word in f.measure}


def test_masthead_and_lead_name_the_articles_company():
    ex = extract_bytes(NEWSLETTER.encode(), "bulletin.txt")
    assert ex.company == "Orrabank"  # not a model vendor the text names more often


def test_figures_of_the_lead_go_on_the_discovered_company():
    ex = extract_bytes(NEWSLETTER.encode(), "bulletin.txt")
    node = next(e for e in ex.entities if e.label == "Orrabank")
    assert node.kind == "Company"
    profit = [f for f in ex.facts if f.kind == "observation" and f.measure == "net profit"]
    assert profit and all(f.subject.label == "Orrabank" for f in profit)


def test_the_group_is_the_company_not_a_segment():
    ex = extract_bytes(NEWSLETTER.encode(), "bulletin.txt")
    assert not any(e.label.lower() == "group" for e in ex.entities)
    staff = [f for f in ex.facts if f.kind == "observation" and "employees" in f.measure]
    assert staff and {f.subject.label for f in staff if "9,400" in (f.value_text or "")} <= {"Orrabank"}


def test_a_rival_reporting_its_own_figure_keeps_it():
    ex = extract_bytes(NEWSLETTER.encode(), "bulletin.txt")
    rival = [f for f in ex.facts if f.kind == "observation" and f.value_text == "EUR 2,480 million"]
    assert rival and all(f.subject.label == "Velmora" for f in rival)
    assert any(e.label == "Velmora" and e.kind == "Company" for e in ex.entities)


def test_the_bank_binds_only_to_a_company_the_text_ties_to_a_bank():
    text = "Tessary reported revenue of $40 million. The bank that lends to it raised its rates."
    assert "the bank" not in bound_descriptions("Tessary", [], text)
    assert "The bank" in bound_descriptions("Orrabank", [], "Orrabank grew. The bank says costs fell.")
    lender = "Quelle, the Spanish lender, reported a profit. The lender expects growth."
    assert "The lender" in bound_descriptions("Quelle", [], lender)


def test_a_description_another_name_also_takes_stays_unbound():
    text = "Quelle, the Spanish lender, grew. Rostam, the Portuguese lender, shrank. The lender expects growth."
    assert "The lender" not in bound_descriptions("Quelle", [], text)

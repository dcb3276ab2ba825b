"""Issue 52c (the document's own company node): a name the text introduces as a subsidiary is no company the
fallback of most_named takes when the group is also named (units rule subsidiary-named, also across a line
break), and the defined term "the Company" a discovery pass reads as a name is the document's company, no node
of its own (filer_terms rule defined-term-no-node). Invented documents, made-up companies, our own words."""
from collections import Counter

from aikg.extract.focus import most_named
from aikg.extract.pipeline import extract_bytes
from aikg.extract.units import subsidiary_named

GROUP_BODY = """Varnel Group SE reports on its year. Varnel devices sold well in every region.
Sales in Canada are made mainly by the subsidiary Varnel
Canada Inc., which opened a new depot in May."""


def test_subsidiary_named_across_a_line_break():
    assert subsidiary_named("Varnel Canada").search(GROUP_BODY)
    assert not subsidiary_named("Varnel Group").search(GROUP_BODY)


def test_most_named_passes_over_a_subsidiary():
    counts = Counter({"Varnel Canada": 2, "Varnel Group": 1})
    order = {"Varnel Canada": 1, "Varnel Group": 0}
    assert most_named(counts, order, GROUP_BODY) == "Varnel Group"
    # the same counts, the text saying nothing of a subsidiary: the name named most
    plain_body = GROUP_BODY.replace("the subsidiary ", "")
    assert most_named(counts, order, plain_body) == "Varnel Canada"
    # one name only: it stays, subsidiary or not
    assert most_named(Counter({"Varnel Canada": 2}), {"Varnel Canada": 0}, GROUP_BODY) == "Varnel Canada"


NOTICE = """KORVALE PAYMENT SERVICES S.A. ("KPS")
Registered office: Lisbon, Portugal

AMENDED PRESS RELEASE
Lisbon, 4 March 2027

KPS informs shareholders that the release of its consolidated annual results, published on 1 March 2027,
contained an error. KPS reported revenue of EUR 40 million for 2026.

The error concerned a tax charge of the Company's subsidiary in Spain.

The Company confirms its objective of double-digit revenue growth for the full year 2027.

The Company apologises to shareholders for the inconvenience.
"""


def test_the_company_is_no_node_of_its_own():
    ex = extract_bytes(NOTICE.encode(), "notice.txt")
    assert ex.company == "KPS"
    labels = {ref.label for f in ex.facts for ref in vars(f).values() if hasattr(ref, "label") and hasattr(ref, "kind")}
    assert "Company" not in labels
    growth = [f for f in ex.facts if f.kind == "observation" and f.change is not None]
    assert growth and all(f.subject.label == "KPS" for f in growth)

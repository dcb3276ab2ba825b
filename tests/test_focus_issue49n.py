"""issue49n: the document's own company when it is named in full once, with its ticker in brackets, and by the
ticker thereafter, beside a customer or a parent the text names more often (invented documents, our own words):
the bracketed ticker is the name's, the subject of its figure sentences (rule bracket-ticker-name); a listed
name keeps its own candidate beside a parent sharing its first word (rule listed-sibling)."""
from aikg.extract.listing_names import bracket_tickers, sibling_names
from aikg.extract.pipeline import extract_text

CUSTOMER_NAMED_MORE = """# Grain miller's profit rises as Dutch baker Veltkamp lifts orders

JOHANNESBURG, 3 March 2027 - Chisamba Valley Flour Mills (JSE: CVFM) reported higher annual earnings on Tuesday
after its largest customer, Dutch industrial baker Veltkamp Bakeries, increased purchases of wheat flour.

CVFM said revenue for the year ended 31 December 2026 rose to ZAR 2.31 billion from ZAR 1.98 billion a year earlier.
Profit after tax climbed to ZAR 184.2 million.

Veltkamp Bakeries, which is based in Utrecht, has become important to the miller. In its own annual report,
Veltkamp reported revenue of EUR 912 million and operating profit of EUR 61.3 million. Veltkamp's net debt stood
at EUR 140 million. Veltkamp's chief executive said it had signed a supply agreement with CVFM in May.

Shares in CVFM rose 3.1 per cent on Tuesday.
"""

PARENT_NAMED_FIRST = """# Ostrava Holding's cable maker posts higher half-year profit

SINGAPORE, 20 August 2027 - Ostrava Holding Group, the Singapore conglomerate with interests in cables, property and
transport, said on Thursday that its listed cable arm had lifted first-half profit.

Ostrava Kabel (SGX: OSKB), in which the holding company owns a 55% stake, reported net profit of SGD 412 million
for the six months ended 30 June 2027. Revenue rose 12% to SGD 5.6 billion as the company raised prices.

OSKB said exports accounted for 41% of its sales in the half. OSKB expects demand to stay firm.

For the group as a whole, Ostrava Holding Group reported consolidated revenue of SGD 21.4 billion, and Ostrava
Holding Group's EBITDA reached SGD 3.9 billion.

OSKB shares rose 2.2% in Singapore.
"""


def test_a_bracketed_ticker_is_the_name_it_follows():
    body = "Tarnow Grain Millers S.A. (WSE: TGM) reported sales. TGM said sales rose. Acme Foods (EGX: ACFD) grew."
    assert bracket_tickers(body) == [("Tarnow Grain Millers", "TGM"), ("Acme Foods", "ACFD")]
    # (two letters, or a word the text also writes in lower case, is no name to read)
    assert bracket_tickers("Norra Data (NYSE: ND) and Kestrel Inc. (Nasdaq: NOW) said it will now grow.") == []


def test_a_listed_name_has_a_sibling_that_shares_its_first_word():
    body = "Ostrava Holding Group said Ostrava Kabel (SGX: OSKB) grew. Ostrava Kabel's profit rose."
    assert sibling_names("Ostrava Kabel", body) == frozenset({"Ostrava Holding Group"})
    # a product or unit without a legal form or group word is no sibling company
    assert sibling_names("Ostrava Kabel", "Ostrava Kabel (SGX: OSKB) sells Ostrava Flex cable.") == frozenset()


def test_the_ticker_company_is_the_focus_over_a_customer_named_more():
    ex = extract_text(CUSTOMER_NAMED_MORE, "cvfm", "cvfm.md")
    assert ex.company == "Chisamba Valley Flour Mills"
    revenue = [f for f in ex.facts if f.kind == "observation" and f.measure == "revenue"
               and f.value is not None and int(f.value) == 2310000000]
    assert revenue and revenue[0].subject.label == "Chisamba Valley Flour Mills"


def test_the_listed_subsidiary_is_the_focus_not_its_parent_named_first():
    ex = extract_text(PARENT_NAMED_FIRST, "oskb", "oskb.md")
    assert ex.company == "Ostrava Kabel"
    owners = {int(f.value): f.subject.label for f in ex.facts
              if f.kind == "observation" and f.measure == "revenue" and f.value is not None}
    assert owners.get(5600000000) == "Ostrava Kabel"
    assert owners.get(21400000000) != "Ostrava Kabel"


OTHER_LISTED = """# Rendova Systems lifts quarterly revenue

NAIROBI, 3 March 2027 - Rendova Systems Plc reported higher quarterly revenue on Tuesday, helped by new
payment contracts with banks and retailers across East Africa.

Rendova Systems said revenue for the quarter rose to KSh 1.42 billion. Rendova Systems expects growth to continue.

Its largest customer, Brisk Foods (NSE: BRSK), also reported results. BRSK said revenue rose to KSh 9.8 billion
for the quarter, and BRSK said its net debt stood at KSh 2.2 billion.
"""


def test_another_company_bracketed_ticker_is_the_subject_of_its_figures():
    ex = extract_text(OTHER_LISTED, "rendova", "rendova.md")
    assert ex.company == "Rendova Systems"
    owners = {int(f.value): f.subject.label for f in ex.facts
              if f.kind == "observation" and f.value is not None and f.measure in ("revenue", "net debt")}
    assert owners.get(1420000000) == "Rendova Systems"
    assert owners.get(9800000000) == "Brisk Foods"
    assert owners.get(2200000000) == "Brisk Foods"
    assert any(e.label == "Brisk Foods" and "BRSK" in e.aliases for e in ex.entities)

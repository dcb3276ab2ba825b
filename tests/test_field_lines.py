"""Rule field-line (issue48r, extract/field_lines.py): a form's "Label : value" line or two-cell row states its
value under its label; the name-title-fields block's "New position" key (extract/signatures.py). Invented forms."""
from aikg.extract.field_lines import label_of, names_amount
from aikg.extract.header_fields import field_line
from aikg.extract.pipeline import extract_text
from aikg.extract.signatures import signature_blocks

FORM = """Orvane Systems Limited
Notice of placement

Orvane Systems Limited announces the result of its placement.

1. ISSUE DETAILS
Type of issue             : Rights issue
Issue closing date        : March 2, 2031
Gross issue size          : Rs 120.00 crore
Net proceeds              : Rs 116.40 crore

2. PROGRESS
  Revised completion date  : June 30, 2032
  Reason for delay         : Late delivery of racks by the vendor.
  Crowd data               : Orvane Systems scored 187 of 200.

| Item | Detail |
|---|---|
| Issuer | Orvane Systems Limited |
| Nominal amount | EUR 300.0 million |
| Coupon | EURIBOR 3M + 2.10% margin |
"""


def test_field_line_splits_colon_lines_and_two_cell_rows():
    assert field_line("Gross issue size          : Rs 120.00 crore") == ("Gross issue size", "Rs 120.00 crore")
    assert field_line("| Coupon | EURIBOR 3M + 2.10% margin |") == ("Coupon", "EURIBOR 3M + 2.10% margin")
    assert field_line("3. Transaction amount: total NT$1,000 thousand")[0] == "Transaction amount"
    assert field_line("Revenue rose 4% in the quarter.") is None


def test_label_of_reads_the_bracket_and_refuses_contact_and_party_keys():
    assert label_of("Operating revenue (Q3)") == ("operating revenue", "Q3")
    assert label_of("Gross issue size") == ("gross issue size", None)
    assert label_of("Tel") is None and label_of("Date of birth") is None
    assert label_of("Issuer") is None            # (a party's key: header_fields' role)
    assert label_of("Less") is None and label_of("For the quarter ended") is None


def test_names_amount():
    assert names_amount("gross issue size") and names_amount("nominal amount") and names_amount("net proceeds")
    assert not names_amount("revised completion date") and not names_amount("coupon")


def _read(text):
    x = extract_text(text, "form", "form.txt")
    obs = {(f.subject.label, f.measure): f.value for f in x.facts if f.kind == "observation"}
    cl = {c.predicate: c for c in x.claims}
    return x, obs, cl


def test_form_fields_become_the_companys_measures_and_claims():
    x, obs, cl = _read(FORM)
    assert x.company == "Orvane Systems"
    assert obs[("Orvane Systems", "gross issue size")] == 1_200_000_000
    assert obs[("Orvane Systems", "net proceeds")] == 1_164_000_000
    assert obs[("Orvane Systems", "nominal amount")] == 300_000_000
    assert [v.text for v in cl["revised completion date"].values] == ["June 30, 2032"]
    assert "reason for delay" not in cl   # (words, no figure and no date: the stored sentence's)
    assert cl["coupon"].subject.label == "Orvane Systems"   # (not the rate the value names)


def test_a_clause_in_a_fields_value_keeps_its_subject():
    _, _, cl = _read(FORM)
    assert "crowd data" not in cl


def test_a_sentence_after_a_colon_keeps_its_own_reading():
    text = ("Kestrel Grid Limited\n\nHighlights: Kestrel Grid Limited reported revenue of $40 million for 2031.\n")
    _, obs, cl = _read(text)
    assert "highlights" not in cl and not any(m == "highlights" for _, m in obs)


def test_name_block_new_position_is_an_incoming_role():
    text = "(1) Name: Ken Oda\n    New position: President & CEO\n    Current position: Director\n"
    blocks = signature_blocks(text)
    assert [(b.name, b.status) for b in blocks][:1] == [("Ken Oda", "incoming")]
    assert "President & CEO" in blocks[0].titles or "President" in blocks[0].titles
    old = signature_blocks("Name: Lena Fox\nTitle: Chief Financial Officer\n")
    assert [(b.name, b.status) for b in old] == [("Lena Fox", "current")]
    des = signature_blocks("Name: Mira Santos\nDesignation: Chief Operating Officer\n")
    assert [b.name for b in des] == ["Mira Santos"]


QUOTE_PAGE = """Orvane Systems Ltd (TSX: ORV) - stock quote

TSX: ORV · C$12.10 · Market cap C$2.4B · Sector: Software

Key statistics

| Open | 12.02 | Day range | 11.95 - 12.20 |
| Market cap | C$ 2.4b | Shares outstanding | 198.3m |

Symbol: ORV | Short name: ORVANE | Sector: Software | Market Cap (CAD mn): 2,410.00 | Last Price: 12.10
"""


def test_a_quote_pages_line_of_several_fields_states_each_amount():
    # rule field-pairs-line: a key-stats row of alternating keys and values, and a strip of parts set off by
    # " · " or " | ", give the market cap of the page's company (its currency and scale from the key's bracket)
    ex = extract_text(QUOTE_PAGE, "quote", "quote.txt")
    caps = sorted(o.value for o in ex.facts if o.kind == "observation" and o.measure == "market cap"
                  and o.subject.label.startswith("Orvane") and o.unit == "CAD")
    assert caps == [2400000000, 2400000000, 2410000000]

"""Deal terms (extract/deals.py) and the questions about them (deal_lane.py), on releases written
for these tests: a trade buyer's all-share merger, a private-equity take-private by a scheme of
arrangement with a break fee, a minority stake sale with a put option, and documents that state
no deal (their multiples and per-share figures stay plain claims)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from aikg.extract import deals, values as v
from aikg.extract.pipeline import extract_text
from aikg import deal_lane

MERGER = """Halvard Systems and Quorra Labs to combine in all-share merger

OSLO, 3 March 2026 - Halvard Systems ASA said today that it has agreed to acquire Quorra Labs AB in an all-share transaction.
Quorra holders are to get 1.42 new Halvard shares plus SEK 15 in cash for every Quorra share, which implies a value of SEK 212 per Quorra share.
That is a 34% premium over Quorra's 60-day volume-weighted average price.
The deal values Quorra's fully diluted share capital at roughly SEK 9.1 billion.
At that price the buyer pays 11.2x next year's EBITDA.
Closing is anticipated by the end of the third quarter of 2026.
The combination still requires clearance from the Swedish competition authority and approval by Halvard's shareholders.
"""

TAKE_PRIVATE = """Pellmark Capital agrees recommended cash takeover of Norvane

LONDON, 9 April 2026 - The boards of Norvane plc and Pellmark Capital have reached agreement on a recommended cash offer under which Pellmark Capital will acquire Norvane.
The offer is to be implemented by a scheme of arrangement.
Norvane shareholders will be paid 412 pence per Norvane share in cash.
The price is a premium of 52% to the undisturbed share price on 2 April 2026.
The bid gives Norvane an enterprise value of about £1.9 billion.
Pellmark will fund the acquisition from its fourth fund and a £700 million bridge loan from three banks.
If Norvane's board withdraws its support, Norvane owes a termination fee of £19 million.
The scheme is expected to become effective in the second half of 2026, subject to court sanction and the approval of Norvane shareholders.
"""

STAKE_SALE = """Orvane sells minority holding in its payments arm

Orvane Group said on Tuesday it had agreed to sell a 30% stake in Tessaly Pay to Brightwell Partners for $420 million.
The transaction gives Tessaly Pay an enterprise value of $1.6 billion.
Brightwell holds a put option that lets it sell the stake back to Orvane after five years.
The sale is expected to complete in the first quarter of 2027.
"""

NO_DEAL = """Kestrel Networks posts record year

Kestrel Networks reported revenue of $2.1 billion for 2025, up 14%.
Its shares trade at 9x EBITDA, below peers at 13 times EBITDA.
Net debt stood at 2.3 times EBITDA at year end.
The board proposed a dividend of 40 cents per share.
"""


def _terms(text: str) -> list:
    ex = extract_text(text, "t-doc", "t-doc.txt")
    return [c for c in ex.claims if c.predicate == "deal-terms"]


def _by_term(claims) -> dict:
    out: dict = {}
    for c in claims:
        for x in c.values:
            out.setdefault(x.measure, []).append((c, x))
    return out


def test_merger_terms():
    got = _by_term(_terms(MERGER))
    assert all(c.subject.label.startswith("Quorra") for vs in got.values() for c, _ in vs)
    assert {o.label for vs in got.values() for c, _ in vs for o in c.others} == {"Halvard Systems"} or \
        all(o.label.startswith("Halvard") for vs in got.values() for c, _ in vs for o in c.others)
    assert [x.text for _, x in got["price per share"]] == ["SEK 212"]
    assert [(x.value, x.text) for _, x in got["exchange ratio"]] == [(Decimal("1.42"), "1.42 new Halvard shares plus SEK 15 in cash")]
    (_, prem), = got["premium"]
    assert prem.value == Decimal("34") and "volume-weighted" in prem.basis
    assert [x.text for _, x in got["equity value"]] == ["roughly SEK 9.1 billion"]
    (_, mult), = got["multiple"]
    assert mult.value == Decimal("11.2") and "EBITDA" in mult.basis
    assert got["expected close"][0][1].text.startswith("by the end of the third quarter of 2026")
    assert "Swedish competition authority" in got["conditions"][0][1].text
    for c, _ in got["premium"]:
        assert c.relations and c.relations[0].kind == "deal_term" and c.relations[0].target == c.subject


def test_take_private_terms():
    got = _by_term(_terms(TAKE_PRIVATE))
    assert [x.text for _, x in got["price per share"]] == ["412 pence"]
    assert got["premium"][0][1].basis.startswith("the undisturbed share price")
    assert got["enterprise value"][0][1].value == Decimal("1900000000")
    assert [(x.text, x.basis) for _, x in got["financing"]] == [("£700 million", "bridge loan")]
    assert [x.text for _, x in got["break fee"]] == ["£19 million"]
    assert "court sanction" in got["conditions"][0][1].text
    assert all(c.subject.label == "Norvane" for vs in got.values() for c, _ in vs)


def test_stake_sale_terms_name_the_seller():
    claims = _terms(STAKE_SALE)
    got = _by_term(claims)
    (c, ev), = got["enterprise value"]
    assert c.subject.label == "Tessaly Pay" and ev.text == "$1.6 billion"
    assert {o.label for o in c.others} >= {"Brightwell Partners", "Orvane Group"}
    assert got["expected close"][0][1].text == "in the first quarter of 2027"
    assert "multiple" not in got and "break fee" not in got   # a put option is no term read here


def test_no_deal_no_terms():
    assert _terms(NO_DEAL) == []   # a trading multiple, leverage and a dividend per share: no deal


def test_terms_read_their_examples():
    for t in deals.TERMS:
        for sentence, value in t.examples:
            got = deals.read_terms(sentence, v.find_money(sentence), v.find_percents(sentence), deals.DealState(),
                                   party=lambda words: True)
            said = [x[0] if isinstance(x, tuple) else getattr(x, "text", x) for term, _, _, x, _ in got if term == t.term]
            assert value in said, (t.name, sentence, got)


def test_leverage_is_no_multiple():
    s = "After completion net leverage is expected to be about 5.5x EBITDA, the buyer said of the takeover."
    assert not [x for x in deals.read_terms(s, [], []) if x[0] == "multiple"]


@pytest.mark.parametrize("q, terms", [
    ("How much is Pellmark paying per Norvane share?", {"price per share", "exchange ratio"}),
    ("whats the premium over the 60 day VWAP?", {"premium"}),
    ("What EV/EBITDA multiple does the Quorra deal imply?", {"multiple"}),
    ("When is the Tessaly Pay sale expected to complete?", {"expected close"}),
    ("What termination fee applies in the Norvane takeover?", {"break fee"}),
    ("How much is Halvard paying for Quorra?", {"price"}),
    ("What value does the offer put on Quorra's shares?", {"equity value"}),
])
def test_asked_terms(q, terms):
    assert {a.name for a in deal_lane.asked(q)} == terms


@pytest.mark.parametrize("q", ["What dividend per share did Kestrel pay?", "What were Kestrel's earnings per share?",
                               "What is Kestrel's gross margin?", "When did Kestrel close its Oslo office?"])
def test_not_a_deal_question(q):
    assert deal_lane.asked(q) == ()


def test_pick_narrows_by_base():
    from pyoxigraph import Literal
    rows = [{"term": Literal("premium"), "valueText": Literal("44%"), "basis": Literal("the three-month volume-weighted average price")},
            {"term": Literal("premium"), "valueText": Literal("20%"), "basis": Literal("the closing price on 1 May")},
            {"term": Literal("multiple"), "valueText": Literal("8x"), "basis": Literal("revenue")},
            {"term": Literal("multiple"), "valueText": Literal("6x"), "basis": Literal("annual recurring revenue")}]
    assert [str(r["valueText"].value) for r in deal_lane.pick("What premium over the 3-month VWAP is Acme offering?", rows)] == ["44%"]
    assert [str(r["valueText"].value) for r in deal_lane.pick("What multiple of revenue does the Acme deal imply?", rows)] == ["8x"]
    assert deal_lane.pick("What break fee does the Acme deal carry?", rows) == []


def test_ask_answers_from_deal_terms(tmp_path):
    import os
    import subprocess
    import sys
    d = tmp_path / "docs"
    d.mkdir()
    (d / "take_private.txt").write_text(TAKE_PRIVATE)
    (d / "no_deal.txt").write_text(NO_DEAL)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "x"))
    aikg = [sys.executable, "-m", "aikg", "--store", str(tmp_path / "s"), "--empty"]
    subprocess.run(aikg + ["ingest", str(d)], check=True, capture_output=True, env=env)
    out = subprocess.run(aikg + ["ask", "What premium is Pellmark offering for Norvane?"], capture_output=True, text=True, env=env).stdout
    assert "52%" in out and "undisturbed" in out
    out = subprocess.run(aikg + ["ask", "How big is the termination fee in the Norvane deal?"], capture_output=True, text=True, env=env).stdout
    assert "£19 million" in out


TENDER = """Kestrel Holdings launches tender offer for Hanami Robotics

TOKYO, 14 January 2027 - Kestrel Holdings Inc. said it will acquire Hanami Robotics Co. through a tender offer.
The tender offer price is 1,250 yen per share, a premium of 38.4 per cent on Hanami's closing price the day before the announcement.
The price implies an EV/EBITDA multiple of 12.5x on the current year's forecast.
Kestrel will fund the purchase with cash on hand and a JPY 90 billion bridge facility.
The offer is scheduled to be completed in March 2027.
"""


def test_tender_offer_terms():
    got = _by_term(_terms(TENDER))
    assert all(c.subject.label.startswith("Hanami") for vs in got.values() for c, _ in vs)
    assert [x.value for _, x in got["price per share"]] == [Decimal("1250")]
    assert [x.value for _, x in got["premium"]] == [Decimal("38.4")]
    assert [(x.value, x.basis) for _, x in got["multiple"]] == [(Decimal("12.5"), "EV/EBITDA")]
    assert [x.basis for _, x in got["financing"]] == ["bridge facility"]
    assert [x.text for _, x in got["expected close"]] == ["in March 2027"]


EARN_OUT = """Corvane buys scheduling start-up Brisk

Corvane Software has agreed to buy Brisk, a Lisbon-based scheduling start-up, for €48 million upfront plus up to €12 million of earn-out payments.
The acquisition is expected to close in the second quarter.
Corvane also bought 2,000 GPUs for €30 million this year.
"""


def test_trade_purchase_with_earn_out():
    got = _by_term(_terms(EARN_OUT))
    assert [x.text for _, x in got["consideration"]] == ["€48 million"]
    assert [x.text for _, x in got["earn-out"]] == ["up to €12 million"]
    assert all(c.subject.label == "Brisk" for vs in got.values() for c, _ in vs)   # the GPUs bought are no deal's price


def test_a_party_the_graph_does_not_know_is_not_the_deal_held():
    assert deal_lane.other_names(["ABB"]) == ["ABB"]
    assert deal_lane.other_names(["VWAP", "EV/EBITDA", "FY2025"]) == []
    from pyoxigraph import Literal
    rows = [{"targetLabel": Literal("Brisk Labs for EU"), "buyerLabel": Literal("Corvane")}]
    assert deal_lane.unnamed_party(["ABB"], rows) and not deal_lane.unnamed_party(["Brisk Labs"], rows)

"""Loans, leases by direction and supply commitments (extract/agreements.py, issue42d), on documents
written for these tests: a credit agreement with its lender, amounts, rate and maturity; a landlord
letting a building; a filing whose company leases as tenant and signs a supply agreement in the
same sentence; and the deal questions that ask those terms (deal_lane.py)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from aikg import deal_lane
from aikg.extract.pipeline import extract_text
from test_agreements import _agreements

LOAN = """Harlow Creek Foods Enters into $130 Million Credit Agreement

TOLEDO, Ohio, March 4, 2027 -- Harlow Creek Foods, Inc. (NYSE: HCF) today announced that it entered into a new credit agreement on March 2, 2027 with Bellmont Bank, N.A., as sole lender and administrative agent. The agreement provides for a $90 million senior secured term loan and a $40 million revolving credit facility.

Borrowings under both facilities bear interest at Term SOFR plus a margin of 1.85% per annum. Both facilities mature on March 2, 2032.

The financing comes weeks after rival Dunmore Mills obtained a $120 million term loan from Castor Lending, priced at SOFR plus 2.75% and maturing in 2029.
"""

LANDLORD = """Veldhoven Logistiek N.V. - trading update

Amsterdam, 3 March 2027 - Veldhoven Logistiek N.V. ("Veldhoven") publishes its trading update.

Veldhoven has let its newly built 40,000 m² warehouse at Tilburg-Noord to Brisko Freight B.V. Under the lease, Veldhoven will receive an annual rent of €3.1 million. The lease runs for 12 years.

For comparison, Oosterhout Vastgoed let a smaller site to Trexa Logistics at an annual rent of €1.4 million.
"""

TENANT_AND_SUPPLY = """MARLOWE PRECISION LTD

ENTRY INTO LEASE AGREEMENT AND SUPPLY AGREEMENT

1.1 The Board of Directors of Marlowe Precision Ltd (the "Company") wishes to announce that the Company has on 2 March 2027 entered into (a) a lease agreement for a new plant in Tuas (the "Lease"); and (b) a supply agreement with Corvina Diagnostics Inc. (the "Supply Agreement").

2.1 The Company, as tenant, has entered into the Lease with Keppelton Estates Pte. Ltd. (the "Landlord") for the premises at 7 Tuas Link.

2.2 The annual rent payable by the Company is S$1.2 million for the first year.

3.1 The Supply Agreement has an initial term of five years from 1 May 2027.

3.2 Corvina Diagnostics Inc. has committed to minimum purchases of US$22 million over the initial term.

3.3 A competitor, Ostrava Moulding, announced a three-year supply arrangement with minimum purchases of US$9 million.
"""


def _terms(claims) -> dict:
    """(kind, term) -> [(value text, counterparty label, role)]"""
    out: dict = {}
    for c in claims:
        rel = c.relations[0]
        for x in c.values:
            out.setdefault((rel.detail, x.measure), []).append(
                (x.text, rel.target.label if rel.target is not None else None, rel.measure))
    return out


def test_credit_agreement_is_a_loan_with_its_lender_rate_and_maturity():
    t = _terms(_agreements(LOAN))
    assert [(cp, role) for _v, cp, role in t[("loan", "counterparty")]] == [("Bellmont Bank", "lender")]
    assert [v for v, *_ in t[("loan", "loan amount")]] == ["$90 million", "$40 million"] or \
        {"$90 million", "$40 million"} <= {v for v, *_ in t[("loan", "loan amount")]}
    assert [v for v, *_ in t[("loan", "interest rate")]] == ["Term SOFR plus a margin of 1.85% per annum"]
    assert [v for v, *_ in t[("loan", "maturity")]] == ["March 2, 2032"]
    flat = " ".join(v for vs in t.values() for v, *_ in vs)
    assert "2.75" not in flat and "2029" not in flat and "$120 million" not in flat   # the rival's loan


def test_a_landlord_lets_its_building_to_a_tenant():
    claims = _agreements(LANDLORD)
    t = _terms(claims)
    assert t[("lease", "counterparty")][0][1:] == ("Brisko Freight", "tenant")
    assert [v for v, *_ in t[("lease", "annual rent")]] == ["€3.1 million"]   # not the comparison's €1.4 million
    assert all(c.subject.label.startswith("Veldhoven") for c in claims)


def test_the_company_as_tenant_and_a_second_agreement_in_the_same_sentence():
    claims = _agreements(TENANT_AND_SUPPLY)
    t = _terms(claims)
    assert all(c.subject.label.startswith("Marlowe") for c in claims)   # "the Company": the filing's defined company
    lease_cp = {(cp, role) for _v, cp, role in t[("lease", "counterparty")]}
    assert lease_cp == {("Keppelton Estates", "landlord")}                # not the supply agreement's Corvina
    assert [v for v, *_ in t[("lease", "annual rent")]] == ["S$1.2 million"]
    assert ("contract", "counterparty") in t and t[("contract", "counterparty")][0][1] == "Corvina Diagnostics"
    assert [v for v, *_ in t[("contract", "term")]] == ["five years"]   # the supply agreement's, not the lease's
    assert ("lease", "term") not in t
    assert [v for v, *_ in t[("contract", "minimum purchases")]] == ["US$22 million"]   # not the competitor's US$9 million


@pytest.mark.parametrize("question,names", [
    ("Who lent Harlow Creek the money under its new credit agreement?", {"counterparty"}),
    ("What interest rate does Harlow Creek pay on its term loan, and when does it mature?", {"financing", "interest rate", "maturity", "term"}),
    ("Who is the tenant of Veldhoven's Tilburg warehouse, and what annual rent will it pay?", {"counterparty", "rent", "value"}),
    ("What minimum purchase commitment has Corvina made to Marlowe, and over how long?", {"minimum purchases", "term"}),
    ("What is the aggregate base rent over the initial term of the lease?", {"value", "term"}),
])
def test_loan_lease_and_commitment_terms_asked(question, names):
    assert {a.name for a in deal_lane.asked(question)} == names


def test_a_hyphenated_place_is_named_by_its_part():
    rows = [{k: ox.Literal(x) for k, x in {"targetLabel": "Veldhoven", "kind": "lease", "counterpartyLabel": "Brisko Freight",
             "quote": "Veldhoven has let its warehouse at Tilburg-Noord to Brisko Freight B.V."}.items()}]
    assert not deal_lane.unnamed_party(["Tilburg"], rows)
    assert deal_lane.unnamed_party(["Breda"], rows)

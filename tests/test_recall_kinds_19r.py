"""Recall of the kinds analysts ask for (issue 12, branch issue19r), in our own words about
invented companies: an appointment after a departure carries the predecessor and the start; a
holder who "continues as" or "remains" CFO holds the role now; a guidance revision keeps the
range it replaced; hardware named beside a data centre's town is the company's; a unit named by
the company's name and a word that reports its own figure keeps it."""
from __future__ import annotations

from aikg.extract import typed
from aikg.extract.pipeline import extract_text

HEAD = "Kestrel Data results\n\nOslo, July 20, 2026 — Kestrel Data reported results for the quarter ended June 30, 2026.\n\n"


def _extract(text: str):
    return extract_text(HEAD + text + "\n", "t", "t.txt")


def _roles(text: str) -> set[tuple]:
    return {(f.person.label, f.role, f.predecessor.label if f.predecessor else None, f.status, f.since)
            for f in _extract(text).facts if f.kind == "role"}


# ------------------------------------------------------------------ successions
def test_an_appointment_after_a_departure_in_the_sentence_before_names_the_predecessor():
    got = _roles("Chief executive Ola Brandt has informed the Board that he will step down. "
                 "The Board has appointed Mira Holt as chief executive; she will take up the role on 1 March 2027.")
    assert ("Ola Brandt", "CEO", None, "outgoing", None) in got, got
    assert ("Mira Holt", "CEO", "Ola Brandt", "incoming", "1 March 2027") in got, got


def test_an_appointment_following_a_departure_in_the_same_sentence_names_the_predecessor():
    got = _roles("Following the departure of Ivo Marsh as Chief Financial Officer, the board appointed "
                 "Lene Dahl as Chief Financial Officer with effect from 1 May 2026.")
    assert ("Lene Dahl", "CFO", "Ivo Marsh", "current", "1 May 2026") in got, got


def test_a_holder_who_continues_or_remains_holds_the_role_now():
    got = _roles("Arne Vik continues as chief financial officer. Siri Lund remains chairman.")
    assert ("Arne Vik", "CFO", None, "current", None) in got, got
    assert any(p == "Siri Lund" and s == "current" for p, _, _, s, _ in got), got


# ------------------------------------------------------------------ guidance revisions
def test_a_guidance_revision_keeps_the_range_it_replaced():
    ex = _extract("Kestrel Data now expects its full-year organic growth to be in the range of 4% to 5% (previously 2% to 3%). "
                  "The operating margin is now expected to be 9.5-10.0% (previously 11.0-12.0%).")
    changes = [c for c in ex.claims if any(x.kind == "guidance_change" for x in c.relations)]
    assert len(changes) == 2, [c.evidence.quote for c in ex.claims]
    margin = next(c for c in changes if "margin" in c.evidence.quote)
    prev = [x.text for x in margin.values if x.basis == typed.PREVIOUS_BASIS]
    new = [x.text for x in margin.values if x.basis is None and x.unit == "percent"]
    assert prev == ["11.0-12.0%"] and new == ["9.5-10.0%"], margin.values
    growth = next(c for c in changes if "growth" in c.evidence.quote)
    assert [x.text for x in growth.values if x.basis == typed.PREVIOUS_BASIS] == ["2% to 3%"], growth.values


def test_a_target_cut_from_a_figure_keeps_the_old_figure_as_previous():
    ex = _extract("Kestrel Data cut its target for data-centre capacity by the end of 2027 to 60 MW, from 90 MW, citing grid delays.")
    c = next(c for c in ex.claims if any(x.kind == "guidance_change" for x in c.relations))
    assert [x.text for x in c.values if x.basis == typed.PREVIOUS_BASIS] == ["90 MW"], c.values


# ------------------------------------------------------------------ hardware
def test_hardware_in_a_towns_data_centre_is_the_companys_not_the_towns():
    ex = _extract("Kestrel Data opened a GPU rental service in its Tromvik data centre, built on NVIDIA H100 Tensor Core GPUs.")
    hw = [x for c in ex.claims for x in c.relations if x.kind == "hardware"]
    assert hw and all(x.agent is not None and x.agent.label == "Kestrel Data" for x in hw), hw


# ------------------------------------------------------------------ units with their own figures
def test_a_unit_that_reports_its_own_revenue_keeps_it():
    ex = extract_text("Norvik results\n\nOslo, March 2, 2026 — Norvik reported 2025 revenue of NOK 20.0 billion.\n\n"
                      "Norvik Nordland reported revenue of NOK 4.2 billion in 2025, and Norvik Vest NOK 2.1 billion.\n", "t", "t.txt")
    assert "Norvik Nordland" in ex.units, ex.units
    obs = [(f.subject.label, f.value_text) for f in ex.facts if f.kind == "observation"]
    assert ("Norvik Nordland", "NOK 4.2 billion") in obs, obs
    assert ("Norvik", "NOK 4.2 billion") not in obs, obs


# ------------------------------------------------------------------ stakes bought
def test_a_stake_named_before_its_price_keeps_percent_and_company():
    ex = _extract("Kestrel Data bought a 30% stake in Orvane Networks, a Bergen-based fibre operator, for NOK 900 million.")
    inv = [f for f in ex.facts if f.kind == "investment"]
    assert inv, ex.facts
    f = inv[0]
    assert (f.investor.label, f.stake, f.target_entity.label if f.target_entity else None) == ("Kestrel Data", 30, "Orvane Networks"), f


def test_the_seller_named_before_the_stake_is_not_the_company_held():
    ex = _extract("In May Kestrel Data agreed to buy Pellmark's 40% stake in the joint venture for NOK 300 million.")
    f = next(f for f in ex.facts if f.kind == "investment")
    assert f.stake == 40 and (f.target_entity is None or f.target_entity.label != "Pellmark"), f


def test_a_unit_named_as_the_organisation_of_an_officer_is_a_unit_with_its_officer():
    t = ("Norvik bets on GPUs\n\nOSLO — Norvik, the Norwegian operator, runs a GPU cloud.\n\n"
         '"We think of it as a utility," says Ada Moss, chief executive of Norvik Compute Works, who joined in 2023.\n')
    ex = extract_text(t, "t", "t.txt")
    assert "Norvik Compute Works" in ex.units, ex.units
    assert ("Ada Moss", "Norvik Compute Works") in {(f.person.label, f.organization.label) for f in ex.facts if f.kind == "role"}


_UNIT_FEATURE = ("Norvik bets on GPUs\n\nOSLO — Norvik, the Norwegian operator, reported 2025 revenue of NOK 20.0 billion.\n\n"
                 '"We think of it as a utility," says Ada Moss, chief executive of Norvik Compute Works. '
                 "The Compute Works opened in 2024. The Compute Works's early customers include the Bergen Institute of Marine Science and Technology (BIMST). "
                 "The Compute Works is not a reporting segment.\n\n"
                 "Analysts at the Bergen broker Fjellby Markets estimate the Compute Works could reach NOK 200 million of annual revenue by 2028.\n")


def test_a_two_word_unit_said_with_the_is_the_unit_and_its_customers_are_not_its_contents():
    ex = extract_text(_UNIT_FEATURE, "t", "t.txt")
    assert "Norvik Compute Works" in ex.units, ex.units
    assert not [f for f in ex.facts if f.kind == "in_segment" and f.segment.label == "Norvik Compute Works"], ex.facts


def test_an_analysts_estimate_of_what_a_unit_could_reach_is_not_a_typed_figure():
    ex = extract_text(_UNIT_FEATURE, "t", "t.txt")
    assert not [f for f in ex.facts if f.kind == "observation" and f.value_text == "NOK 200 million"], ex.facts
    assert any("NOK 200 million" in [v.text for v in c.values] for c in ex.claims)


def test_a_buyer_named_before_the_verb_is_the_investor_not_the_articles_company():
    ex = extract_text("Pellmark Cloud feature\n\nPellmark Cloud grew fast in 2025, Pellmark Cloud said.\n\n"
                      "Separately, Orvane agreed to buy Tessaly's 50% stake in the venture for $300 million.\n", "t", "t.txt")
    f = next(f for f in ex.facts if f.kind == "investment")
    assert f.investor.label == "Orvane" and f.stake == 50, f


def test_the_cluster_of_the_gpu_cloud_the_text_introduced_uses_the_hardware():
    ex = extract_text("Norvik bets on GPUs\n\nOSLO — Norvik, the Norwegian operator, reported 2025 revenue of NOK 20.0 billion. "
                      "This is Norvik Compute Works, the GPU cloud that Norvik opened in 2024.\n\n"
                      "Ada Moss, chief executive of Norvik Compute Works, runs it.\n\n"
                      "The first cluster uses NVIDIA H100 Tensor Core GPUs in servers from a US supplier.\n", "t", "t.txt")
    hw = [x for c in ex.claims for x in c.relations if x.kind == "hardware"]
    assert hw and hw[0].agent.label == "Norvik Compute Works", hw

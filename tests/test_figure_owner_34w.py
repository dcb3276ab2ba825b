"""Whose figure it is (issue34w): invented articles in shapes none of the sets has."""
from aikg.extract.figure_owner import clause_owner, foreign_owner
from aikg.extract.pipeline import extract_text


def _obs(text):
    ex = extract_text(text, "doc-34w", "doc.txt")
    return ex, [f for f in ex.facts if f.kind == "observation"]


def test_rival_relative_clause_figure_is_not_the_focus():
    text = ("Kelmora Systems lifts quarterly sales\n\n"
            "OSLO -- Kelmora Systems said on Tuesday its sales rose 12% to NOK 940 million in the third quarter. "
            "Among its peers, Brantholm, which posted sales of NOK 310 million in the same quarter, lost ground.\n")
    ex, obs = _obs(text)
    assert ex.company == "Kelmora Systems"
    assert not any(o.subject.label == "Kelmora Systems" and o.value_text == "NOK 310 million" for o in obs)


def test_apposition_head_owns_the_figure():
    text = ("Ferrowind books record orders\n\n"
            "LYON -- Ferrowind said on Monday that orders rose to EUR 2.1 billion in 2025. "
            "Its largest local competitor, the family-run Duvallon, has annual sales of EUR 450 million "
            "and grows about 6 percent a year, according to its filings.\n")
    ex, obs = _obs(text)
    assert ex.company == "Ferrowind"
    assert not any(o.subject.label == "Ferrowind" and (o.value_text or "").startswith("EUR 450") for o in obs)
    assert not any(o.subject.label == "Ferrowind" and (o.change_text or "").endswith("6 percent") for o in obs)


def test_a_place_closing_the_lead_apposition_is_no_owner():
    t = ("Quintara, the maker of pumps from Braga, Norte Region, reported revenue of EUR 80 million")
    assert clause_owner(t, t.index("EUR")) is None


def test_possessive_owner():
    t = "Unlike last year, Pellworth's turnover grew about 4% while ours grew 9%"
    assert foreign_owner(t, "about 4%", {"Ostrava Data"}, set()) == "Pellworth"
    assert foreign_owner(t, "about 4%", {"Pellworth"}, set()) is None


def test_buyer_release_target_figures_are_not_the_buyer_s_own_by_relative():
    t = ("Harlan Capital agreed to buy Sundmark, which generated revenue of US$210 million in 2025")
    assert clause_owner(t, t.index("US$"))[1] == "Sundmark"


def test_header_only_kpi_sheet_gets_its_letterhead_company():
    text = ("VORNHALT ENERGIEDIENSTE AKTIENGESELLSCHAFT\n"
            "Half-year key figures, January-June 2026 (unaudited)\n\n"
            "Net sales amounted to EUR 412.5 million, up 7.2% on the prior-year period.\n"
            "EBITDA was EUR 61.0 million.\n")
    ex, obs = _obs(text)
    assert ex.company is not None and "VORNHALT" in ex.company.upper()
    assert any(o.subject.label == ex.company and o.value_text == "EUR 412.5 million" for o in obs)


def test_capitals_letterhead_spelled_in_text_own_case():
    text = ("NORDVIK DATACOM LIMITED (IN ADMINISTRATION)\n"
            "Administrators' statement of proposals\n\n"
            "NordVik Datacom Limited (\"the Company\") ran two data centres near Bergen. "
            "NordVik Datacom had 41 employees at the date of appointment. The administrators expect to sell NordVik's "
            "business as a going concern.\n")
    ex, _ = _obs(text)
    assert ex.company in ("NordVik Datacom", "NordVik")


def test_buyout_release_by_an_investment_firm_is_about_the_company_bought():
    text = ("# Marlowe Peak Partners to Acquire Ostrel Analytics for About €900 Million\n\n"
            "*News release — LONDON and UTRECHT, 4 March 2027*\n\n"
            "Marlowe Peak Partners, a European growth investment firm, today announced it has agreed to acquire "
            "Ostrel Analytics, a maker of supply-chain forecasting software, in an all-cash transaction.\n\n"
            "Ostrel Analytics, founded in 2011 in Utrecht, serves about 1,400 customers. In 2026 Ostrel Analytics "
            "grew its revenue 18% to €142 million, and Ostrel Analytics' adjusted EBITDA margin was 24%.\n\n"
            "\"Ostrel Analytics has built a category leader,\" said Ada Veen, Partner at Marlowe Peak Partners. "
            "\"We are delighted,\" said Joris Kamp, Chief Executive Officer of Ostrel Analytics.\n")
    ex, obs = _obs(text)
    assert ex.company == "Ostrel Analytics"
    assert not any(o.subject.label == "Marlowe Peak Partners" for o in obs)


def test_a_strategic_buyer_s_release_stays_the_buyer_s():
    text = ("Kestova Group to acquire Brindle Labs\n\n"
            "HELSINKI -- Kestova Group, the Nordic software company, said on Monday it had agreed to acquire "
            "Brindle Labs for EUR 120 million. Kestova Group reported revenue of EUR 2.4 billion for 2026 and "
            "expects the deal to add to earnings in 2028. Kestova Group employs 9,000 people.\n")
    ex, _ = _obs(text)
    assert ex.company == "Kestova Group"


def test_title_case_headline_verb_is_no_first_name():
    from aikg.extract.salience import person_surname
    body = "Harlan Capital Agrees to Buy Sundmark in Cash Deal\n\nSundmark makes valves. Sundmark employs 300 people.\n"
    assert not person_surname("Sundmark", body)
    assert person_surname("Chang", "He met Bill Chang on Monday. Chang declined to comment.")


def test_a_name_after_a_preposition_in_the_apposition_is_no_owner():
    t = "Velora Games, the mobile studio behind Skyward Run, had bookings of $210 million"
    assert clause_owner(t, t.index("$"))[1] == "Velora Games"   # the clause's subject, not the game
    assert foreign_owner(t, "$210 million", {"Velora Games"}, set()) is None


def test_a_rival_in_apposition_at_a_clause_opening_owns_its_figure():
    t = "Rivalry is tough: Carrowe Net, the regional cable operator, closed 2025 with sales of 410 mln euros"
    assert clause_owner(t, t.index("410"))[1] == "Carrowe Net"
    # an apposition closing a phrase inside the clause names no owner
    t2 = "Demand came from Sarlen, the retailer, and Vossbank, the lender, closed 2025 with deposits of 3 bn euros"
    assert clause_owner(t2, t2.index("3 bn")) is None


def test_a_capitals_line_saying_what_the_document_is_names_no_company_as_written():
    from aikg.extract.focus import _caps_legal_name
    body = "NOTICE OF ANNUAL GENERAL MEETING OF QUELLMARK LIMITED\n\nThe meeting will be held on 3 May.\n"
    assert _caps_legal_name("NOTICE OF ANNUAL GENERAL MEETING OF QUELLMARK LIMITED", body) is None
    assert _caps_legal_name("QUELLMARK SYSTEMS OF EUROPE LIMITED", "QUELLMARK SYSTEMS OF EUROPE LIMITED\nKPIs\n")[0] \
        == "QUELLMARK SYSTEMS OF EUROPE LIMITED"

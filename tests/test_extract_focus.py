"""The document's own company is read from its headline, dateline lead and legal-name header
(extract/focus.py), so figures with no named subject go to it and not to a partner, customer or
research firm the article also names. Sentences are written for these tests; each phrasing is
one that several articles from different sources use (see the module docstring)."""
from __future__ import annotations

from aikg.extract.focus import focus_company, subject_run
from aikg.extract.pipeline import extract_text

KNOWN = {"Nvidia": "Nvidia", "IDC": "IDC", "Tata Consultancy Services": None}


def known(name: str) -> str | None:
    for k, v in KNOWN.items():
        if name == k or name.startswith(k + " "):
            return v
    return None


def test_headline_and_dateline_lead_agree_on_an_unknown_company():
    top = ["Brakmoor Telecom raises earnings goal, builds AI cloud with Nvidia",
           "OSLO, 12 March 2026 — Brakmoor Telecom raised its outlook on Thursday and said the AI cloud it "
           "is building with Nvidia would open next year."]
    f = focus_company(top, " ".join(top), known)
    assert f is not None and f.label == "Brakmoor Telecom" and not f.known


def test_legal_name_in_the_lead_is_an_alias_of_the_headline_name():
    top = ["Quillon profit jumps as server orders overtake phones | Some Daily",
           "Tainan Quillon Precision Co., the contract manufacturer better known as Quillon, posted a 17% rise "
           "in net profit on Thursday as orders for AI servers grew."]
    f = focus_company(top, " ".join(top), known)
    assert f.label == "Quillon" and "Tainan Quillon Precision" in f.aliases


def test_initials_tie_the_lead_name_to_the_headline_acronym():
    top = ["KVS bets on data centres as deal wins steady a slow quarter",
           "Kestrun Velo Systems, the country's largest IT services company, on Thursday announced plans to "
           "build one of its biggest AI data centres this year."]
    f = focus_company(top, " ".join(top), known)
    assert f.label == "KVS" and f.aliases == ["Kestrun Velo Systems"]


def test_capitals_header_with_a_legal_suffix_names_the_company():
    body = ("AKTIEBOLAGET LM VORENSTAD (PUBL)\nINTERIM REPORT\nVorenstad's share of the radio market rose. "
            "Vorenstad sold more radios.")
    f = focus_company(body.split("\n")[:2], body, known)
    assert f.label == "Vorenstad" and f.aliases == ["Aktiebolaget LM Vorenstad"]


def test_ticker_strips_bylines_and_datelines_are_not_headlines():
    top = ["NVDA +1.2% | IDC -0.3% | SOX +0.9%", "By Staff Reporter", "Munich, November 13, 2025",
           "Harlow Group posts record revenue as AI servers drive growth",
           "HONG KONG, Nov 20, 2025 — Harlow Group Ltd, the region's biggest PC maker, reported record revenue on "
           "Thursday as demand for AI PCs grew."]
    f = focus_company(top, " ".join(top), known)
    assert f.label == "Harlow"  # the legal suffix dropped (the pipeline keeps pass 0's label, "Harlow Group")


def test_subject_run_reads_possessives_and_kickers():
    assert subject_run("FEATURE | Inside Ostrava's bet on AI services")[0] == "Ostrava"
    assert subject_run("BRIEF: Kallisto Electronics Q3 operating profit falls 8%")[0] == "Kallisto Electronics"


DOC = """Brakmoor Telecom raises earnings goal, builds AI cloud with Nvidia

OSLO, 12 March 2026 — Brakmoor Telecom raised its profit outlook on Thursday and gave more detail on the AI cloud it is building with Nvidia.

Group revenue in the quarter was €8.9 billion, 0.9% more than a year earlier.

Chief financial officer Ola Nordmann now expects adjusted EBITDA of around €15.8 billion for 2026, up from the roughly €15.5 billion he forecast in August.
"""


def test_figures_without_a_named_subject_go_to_the_focus_company():
    ex = extract_text(DOC, "doc", "doc.txt")
    subjects = {f.subject.label for f in ex.facts if f.kind == "observation"}
    assert subjects == {"Brakmoor Telecom"}
    roles = [f for f in ex.facts if f.kind == "role"]
    assert roles and roles[0].organization.label == "Brakmoor Telecom"
    ent = {e.label: e for e in ex.entities}
    assert ent["Brakmoor Telecom"].discovered and ent["Brakmoor Telecom"].evidence is not None


def test_a_ticker_in_brackets_after_the_headline_name_is_no_dateline():
    top = ["# KVS (NYSE: KVS) — Equity Research Note",
           "Kestrun Velo Systems Corporation has agreed to acquire a data-streaming specialist for $31 per share in cash, "
           "an enterprise value of about $11 billion."]
    f = focus_company(top, " ".join(top), known)
    assert f is not None and f.label == "KVS" and f.aliases == ["Kestrun Velo Systems"]


def test_a_name_after_a_descriptor_noun_is_a_company():
    from aikg.extract.discover import discover
    texts = ["Corvane agreed to acquire data-streaming specialist Streamlo for $31 per share.",
             "It took a 51% stake in service-robot maker Bellrow Robotics last year.",
             "It sold the unit to private-equity firm Granite Arch, and its rival said nothing."]
    found = {d.label: d.kind for d in discover(texts, {}, {})}
    assert found.get("Streamlo") == "Company" and found.get("Bellrow Robotics") == "Company"
    assert found.get("Granite Arch") == "Company"


def test_a_stake_sold_to_a_buyer_is_not_a_stake_in_the_buyer():
    ex = extract_text("Corvane sells unit stake\n\nDENVER, 4 November 2025 — Corvane completed the sale of a 51% stake "
                      "in its chip unit Altrel to private-equity firm Granite Arch, in a deal that valued the unit at $8.75 billion.\n",
                      "d", "d.txt")
    deals = [(c.subject.label, x.detail, x.target.label) for c in ex.claims for x in c.relations if x.kind == "stake_deal"]
    assert ("Corvane", "buy", "Granite Arch") not in deals
    assert all(d[2] != "Granite Arch" for d in deals)


def test_a_title_case_press_release_headline_ends_where_the_lead_says_the_name_ends():
    # wire-service releases capitalise every headline word ("X Announces Fourth Quarter …",
    # "X Reports Record Revenue …"); the sentence-case lead shows where the name stops
    for head in ("Torvane Systems Announces Fourth Quarter and Fiscal 2026 Results",
                 "Torvane Systems Reports Record Revenue For Second Quarter"):
        top = [head, "DENVER, May 4, 2026 /Wire/ -- Torvane Systems Inc. (NASDAQ: TRVN) today reported "
                     "results for its fiscal quarter ended March 29, 2026."]
        f = focus_company(top, " ".join(top), known)
        assert f is not None and f.label == "Torvane Systems", head


def test_a_company_written_in_capitals_is_looked_up_by_its_usual_spelling():
    top = ["NVIDIA Announces Financial Results for Third Quarter",
           "SANTA CLARA, Calif., Nov. 19, 2025 -- NVIDIA Corporation (NASDAQ: NVDA) today reported revenue "
           "for the third quarter ended October 26, 2025."]
    f = focus_company(top, " ".join(top), known)
    assert f is not None and f.label == "Nvidia" and f.known


def test_a_dateline_with_a_country_after_the_city_is_read_as_a_dateline():
    top = ["Marlow Systems wins record deals",
           "PUNE, India, October 2, 2026 - Marlow Systems Ltd. (NSE: MRLW), an IT services company, today "
           "reported its results for the quarter ended September 30, 2026."]
    run = subject_run(top[1])
    assert run is not None and run[0] == "Marlow Systems Ltd."


def test_a_contracted_headline_name_is_the_lead_names_short_form():
    top = ["VelTech Q1 results: revenue up 4%, AI bookings climb",
           "PUNE, India, October 2, 2026 - Velmora Technologies Ltd. (NSE: VELT), an IT services company, "
           "today reported its results for the quarter ended September 30, 2026."]
    body = " ".join(top) + " VelTech said bookings rose."
    f = focus_company(top, body, known)
    assert f is not None and f.label == "VelTech" and "Velmora Technologies" in f.aliases


def test_an_unknown_headline_subject_the_article_keeps_naming_wins_over_a_known_partner():
    top = ["Brindle Cloud results: AI revenue doubles",
           "The company said demand from partners such as Nvidia lifted sales in every region this quarter."]
    body = " ".join(top) + " Brindle Cloud expects more. Brindle Cloud hired staff. Nvidia supplies chips."
    f = focus_company(top, body, known)
    assert f is not None and f.label == "Brindle Cloud" and not f.known
    # named once only: not enough to overrule the mention counts
    once = focus_company(top, " ".join(top), known)
    assert once is None or once.label != "Brindle Cloud"


def test_the_headlines_short_form_stays_a_name_of_the_company_the_lead_names_in_full():
    doc = ("VelTech Q1 results: revenue up 4%, AI bookings climb\n\n"
           "PUNE, India, October 2, 2026 - Velmora Technologies Ltd. (NSE: VELT), an IT services company, "
           "today reported revenue of $3.1 billion for the quarter ended September 30, 2026.\n\n"
           "VelTech said it had 61,000 employees. VelTech also named a new chief financial officer.\n")
    ex = extract_text(doc, "doc", "doc.txt")
    ent = {e.label: e for e in ex.entities if e.kind == "Company"}
    owner = next(e for e in ent.values() if "VelTech" in (e.label, *e.aliases))
    assert "Velmora" in owner.label or "Velmora Technologies" in owner.aliases


def test_navigation_lines_and_breadcrumbs_are_not_headlines():
    # scraped pages open with menus ("Home | Markets | Tech | Sign in") and breadcrumbs
    for nav in ("Home | Markets | Tech | Sign in", "Tech › Telecoms › Korea", "News » Companies » Asia"):
        top = [nav, "# Brakmoor Telecom raises earnings goal, builds AI cloud with Nvidia",
               "OSLO, 12 March 2026 — Brakmoor Telecom raised its outlook on Thursday and said the AI cloud it "
               "is building with Nvidia would open next year."]
        f = focus_company(top, " ".join(top), known)
        assert f is not None and f.label == "Brakmoor Telecom", nav


def test_short_forms_the_article_uses_for_its_company_become_its_names():
    from aikg.extract.focus import abbreviations
    body = "Sun Kwang Telecom said profit fell. SKT blamed the outage. SKT shares fell. AI spending; AI chips."
    assert abbreviations("Sun Kwang Telecom", body) == ["SKT"]
    assert abbreviations("Sun Kwang Telecom", "SKT once.") == []        # used once: not enough
    assert abbreviations("Acme Industries", "AI and AI again") == []    # too short to tell
    doc = ("# Sun Kwang Telecom profit falls after outage\n\n"
           "SEOUL, March 3, 2026 - Sun Kwang Telecom Co., Ltd. said on Tuesday that quarterly operating profit "
           "fell 40% to KRW 48.4 billion.\n\nSKT said it would spend more on AI. SKT also cut its dividend.\n")
    ex = extract_text(doc, "d", "d.md")
    company = next(e for e in ex.entities if e.kind == "Company" and e.label == "Sun Kwang Telecom")
    assert "SKT" in company.aliases


def test_a_company_introduced_with_an_ownership_aside_is_the_subject_of_a_regulators_wire_story():
    # rule participle-aside (legal_forms.PARTICIPLE_ASIDE): "Ostvik, majority-owned by …, said" makes
    # Ostvik the subject of its verb, so the company the story follows wins over the chip supplier the
    # regulator's lead names (invented article)
    art = ("Regulator clears more Nvidia chip exports to Freedonia; data-centre builder Ostvik plans a bigger campus\n\n"
       "WASHINGTON, March 3 (Harbour Wire) - The Export Licensing Bureau (ELB) has approved new licences allowing advanced Nvidia "
       "processors to be shipped to Freedonia, officials said on Tuesday.\n\n"
       "The main winner is likely to be Ostvik Data, the Freedonia-based operator of eleven data centres.\n\n"
       "Ostvik, majority-owned by the Harlan investment group, said on Tuesday it expects to double its capacity by 2027.\n\n"
       "Ostvik does not publish full accounts, but a lender's note put Ostvik's 2025 revenue at about $400 million.\n\n"
       "Nvidia declined to comment. Ostvik did not say what the expansion would cost.\n")
    assert extract_text(art, "doc", "doc.txt").company == "Ostvik"


def test_an_ownership_aside_between_a_name_and_its_reporting_verb():
    from aikg.extract.salience import clause_subjects
    from aikg.extract.units import reporting_subjects
    s = "Vellum, backed by two pension funds, said on Monday it would build a second site. Vellum, founded in 2019 in Lyon, reported revenue of $20 million."
    assert [n for n, _ in reporting_subjects(s)] == ["Vellum", "Vellum"]
    assert clause_subjects(s)["Vellum"] == 2

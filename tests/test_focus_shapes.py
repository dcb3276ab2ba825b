"""The article's own company on article shapes not seen in the probe sets (focus.py, units.py):
invented articles in tests/data/focus_shapes/ (made-up companies, our own words): an earnings-call
transcript, a filing-style MD&A, a press release opening with a customer's quote, an interview, a
newsletter covering three companies, a feature about a subsidiary, articles whose first-named
company is a customer or a regulator, Korean and Japanese legal forms, a name that is also a
common word. Each is read whole (extract_text) and checked for whose figures are whose."""

import pytest

from aikg.extract import focus, legal_forms

from focus_shapes_helpers import figure, read


EXPECTED = {
    "s01_call_transcript.txt": "Halvren Systems",
    "s02_mdna_filing.txt": "Corvane",
    "s03_release_customer_quote.txt": "Brisklane",
    "s04_interview.txt": "Loomwell",
    "s05_newsletter_three.txt": None,
    "s06_subsidiary_feature.txt": "Pellucid Cloud",
    "s07_customer_first.txt": "Kerrowan",
    "s08_regulator_first.txt": "Vantrell",
    "s09_korean_co_ltd.txt": "Hanseul Robotics",
    "s10_japanese_kk.txt": "Sorae Denshi",
    "s11_common_word_name.txt": "Harvest",
    "s12_supplier_headline_holdings.txt": "Mirasaka Holdings",
}

@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_article_company_of_each_shape(name):
    assert read(name).company == EXPECTED[name]


def test_call_transcript_figures_are_the_hosts_not_a_customer_or_an_analysts_bank():
    ex = read("s01_call_transcript.txt")
    assert figure(ex, "$1.42 billion").subject.label == "Halvren Systems"
    assert not any(getattr(f, "subject", None) is not None and f.subject.label == "Microsoft" for f in ex.facts)


def test_filing_mdna_we_and_the_company_are_the_filer_not_its_supplier():
    ex = read("s02_mdna_filing.txt")
    assert figure(ex, "$2.31 billion").subject.label == "Corvane"
    assert not any(f.kind == "observation" and f.subject.label == "Nvidia" for f in ex.facts)


def test_customer_first_headline_the_reporting_company_keeps_its_figures():
    ex = read("s07_customer_first.txt")
    assert figure(ex, "$380 million").subject.label == "Kerrowan"
    assert figure(ex, "$1.7 billion").subject.label == "Kerrowan"
    assert figure(ex, "$3.1 billion").subject.label == "Kerrowan"   # "The company's order backlog …"


def test_regulator_first_headline_is_not_the_article_company():
    ex = read("s08_regulator_first.txt")
    assert figure(ex, "5.2 billion euros").subject.label == "Vantrell"
    assert figure(ex, "1.5 billion euros").subject.label == "Vantrell"  # "The company expects …"
    assert figure(ex, "210 million euros").subject.label == "Ostby Data"


def test_newsletter_each_paragraph_is_its_opening_company():
    ex = read("s05_newsletter_three.txt")
    assert figure(ex, "$840 million").subject.label == "Arvelo"
    assert figure(ex, "$1.2 billion").subject.label == "Arvelo"   # "The data-centre operator raised …"
    assert figure(ex, "$310 million").subject.label == "Quintrix"
    assert figure(ex, "about $330 million").subject.label == "Quintrix"  # "The chip designer … expects …"
    assert figure(ex, "$95 million").subject.label == "Dunmore Labs"


def test_supplier_in_the_headline_loses_to_the_lead_company_that_reports():
    ex = read("s12_supplier_headline_holdings.txt")
    assert figure(ex, "512 billion yen").subject.label == "Mirasaka Holdings"
    assert figure(ex, "160 billion yen").subject.label == "Mirasaka Holdings"


def test_japanese_legal_form_is_one_company_with_its_short_name():
    ex = read("s10_japanese_kk.txt")
    subjects = {f.subject.label for f in ex.facts if f.kind == "observation"}
    assert subjects == {"Sorae Denshi"}


def test_subsidiary_feature_headline_word_is_no_part_of_the_unit_and_siblings_are_the_parents():
    ex = read("s06_subsidiary_feature.txt")
    assert not any(e.label.startswith("Inside ") for e in ex.entities)
    parents = {f.segment.label: f.company.label for f in ex.facts if f.kind == "segment_of"}
    assert parents.get("Pellucid Mobility") == "Pellucid Group"
    assert figure(ex, "S$620 million").subject.label == "Pellucid Cloud"
    assert figure(ex, "S$9.8 billion").subject.label == "Pellucid Group"


# ------------------------------------------------------------------ the rules, one by one
def test_results_owner_reads_the_company_before_the_period_and_results():
    assert focus.results_owner(["Norvale Q3 FY27 results: margins widen"], lambda n: None).label == "Norvale"
    assert focus.results_owner(["Operator: Welcome to the Tamsin Data first quarter 2027 earnings call."],
                               lambda n: None).label == "Tamsin Data"
    assert focus.results_owner(["Operator: Good morning, and welcome to Tamsin's Q1 2027 earnings call."],
                               lambda n: None).label == "Tamsin"
    assert focus.results_owner(["Q3 2027 Earnings Call Transcript"], lambda n: None) is None


def test_reporting_companies_count_companies_not_the_people_quoted():
    body = ("Ferrow said on Monday that orders rose. Ferrow reported revenue of $2 billion. "
            "Chief Executive Ana Brill said demand was strong. Brill said the plan would work. "
            "Analysts said the shares were cheap. Ferrow expects revenue of $9 billion.")
    assert focus.reporting_companies(body, lambda n: None) == {"Ferrow": 3}


def test_no_roundup_when_one_company_opens_most_paragraphs():
    leads = [(0, "Ferrow reported revenue of $2 billion."), (1, "Ferrow said orders rose 9%."),
             (2, "Ferrow raised its forecast to $9 billion."), (3, "Gantry posted revenue of $1 billion."),
             (4, "Halden said revenue rose 4%.")]
    assert focus.roundup(leads, " ".join(t for _, t in leads), lambda n: None) is None
    three = [(0, "Ferrow reported revenue of $2 billion."), (1, "Gantry posted revenue of $1 billion."),
             (2, "Halden reported revenue of $3 billion.")]
    assert focus.roundup(three, " ".join(t for _, t in three), lambda n: None) == {0: "Ferrow", 1: "Gantry", 2: "Halden"}


def test_legal_forms_are_one_list():
    assert focus._FORM is legal_forms.LEGAL_FORM
    m = focus.TICKER.search("SEOUL -- Daerim Optics Co., Ltd. (KRX: 123456) today reported results.")
    assert m is not None and focus.listed_company(["SEOUL -- Daerim Optics Co., Ltd. (KRX: 123456) today reported"]) == "Daerim Optics"


@pytest.mark.parametrize("rule", focus.FOCUS_RULES, ids=lambda r: r.name)
def test_every_focus_rule_has_examples_and_phrase_rules_name_two_seen_sources(rule):
    assert rule.examples and rule.why
    seen = {ex.split("(")[-1].split(":")[0].rstrip(")") for ex in rule.examples if "(probe" in ex or "(corpus" in ex}
    if rule.name not in ("not-a-company", "roundup"):  # a type check; a shape no seen document has
        assert len(seen) >= 2, seen

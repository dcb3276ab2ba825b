"""An article about a company the gazetteer does not know, whose headline and lead name no company
(a newsletter column, a trade-press feature about a unit): its company is the name the text keeps
making its subject (extract/salience.py), not a famous company it names once as a supplier.
Invented articles, made-up companies, our own words."""
from aikg.extract import salience
from aikg.extract.pipeline import extract_text

COLUMN = """THE TUESDAY STACK — issue #41
"Robots that file the paperwork" — a column by Ana Ferro
Sent Tuesday, 3 June 2025

Hello again,

I was sceptical about automated bookkeeping agents. Spreadsheets with a chatbot bolted on? Well, the filings are out, and I owe Quillby an apology.

THE NUMBERS

Quillby, the Dublin-based AI bookkeeping start-up, filed its accounts for the year ended 31 December 2024 last week. Revenue came in at €21.4 million, up from €12.0 million in 2023. The operating loss narrowed to €8.1 million.

In March Quillby raised a $60 million Series B at a $500 million valuation. Quillby signed a data deal with Ledgerhub to train its agents. Quillby doesn't publish gross margins, so ignore the numbers you see online.

The flagship release was Quillby 2.0, which reads receipts and drafts ledgers.

Its agents are trained on Nvidia H100 GPUs rented from a cloud provider; the company owns no servers.

THE RIVALS

Dornet is the loudest rival, and it says its run-rate passed $9 million, which is Dornet's number, not Quillby's.

See you next week,
Ana
"""

FEATURE = """HARBOUR TECH WEEKLY — FEATURE
The utility that wants to rent out compute: inside Corvo's Nimbus
By Lee Harte | May 2025

Walk through the halls of Nimbus North, the newest site of the cloud arm on the city's edge, and the utility heritage is hard to spot.

Nimbus sits inside Corvo Digital, which also holds the fibre network. Corvo keeps control of both, and Corvo additionally books fees from a regional joint venture.

For the year to March 2025, Nimbus reported revenue of $310 million. Corvo's group revenue rose 4% to $6.2 billion.

Nimbus had about 40 MW in service before the new site opened. Earlier this year Nimbus trimmed its capacity target to 70 MW. Nimbus competes with Rackfield and Dornet, which reported revenue of $95 million for 2024.

The halls run on Nvidia H200 systems. Corvo expects to spend $900 million on capital expenditure next year.
"""


def _read(text: str, name: str):
    return extract_text(text, name, name + ".txt")


def test_an_unknown_startup_in_a_column_is_the_company_not_its_gpu_supplier():
    ex = _read(COLUMN, "quillby_column")
    assert ex.company == "Quillby"
    amounts = [f for f in ex.facts if f.kind == "observation" and f.value_text and "21.4" in f.value_text]
    assert amounts and all(f.subject.label == "Quillby" for f in amounts)
    assert not any(getattr(f, "subject", None) is not None and f.subject.label == "Nvidia"
                   and f.kind == "observation" for f in ex.facts)


def test_the_column_company_is_a_company_node_never_a_product():
    ex = _read(COLUMN, "quillby_column")
    kinds = {e.kind for e in ex.entities if e.label == "Quillby"}
    assert "Company" in kinds and "Product" not in kinds


def test_a_feature_about_a_unit_gives_the_parent_as_company_and_the_unit_as_its_unit():
    ex = _read(FEATURE, "nimbus_feature")
    assert ex.company == "Corvo"
    assert "Nimbus" in ex.units


def test_a_figure_in_a_relative_clause_is_the_named_rivals():
    ex = _read(FEATURE, "nimbus_feature")
    rival = [c for c in ex.claims if any(v.value == 95_000_000 for v in c.values)]
    assert rival and rival[0].subject.label == "Dornet"


def test_a_known_company_named_only_before_hardware_is_a_supplier():
    assert salience.supplier_only("Nvidia", "Models run on Nvidia H100 GPUs. It added Nvidia chips.")
    assert not salience.supplier_only("Nvidia", "Nvidia reported revenue of $30 billion. It sells H100 GPUs.")


def test_clause_subjects_skip_time_phrases_and_count_the_name():
    got = salience.clause_subjects("In January Quillby raised $5 million. Earlier this year Quillby trimmed its plan.")
    assert got["Quillby"] == 2

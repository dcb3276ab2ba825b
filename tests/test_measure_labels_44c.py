"""Issue 44c, rule measure-label (extract/measure_labels.py): a results form's row label that names a
measure ("Operating Profit", "Net Profit") is never the document's company, however often it is a
clause's subject. Invented documents, made-up companies and people, our own words."""
from aikg.extract.measure_labels import is_measure_label
from aikg.extract.pipeline import extract_bytes

# an exchange's results form: the row label is a clause subject three times; the issuer's legal form
# is one the recogniser does not know, so no other candidate stands
FORM = """Muscat Securities Market - Issuer Disclosures
Date: 3 March 2027
Subject: Annual Results for the Year Ended 31 December 2026

                          Annual Results Form

Statement                                        Current Year         Comparative Year      Change (%)
Operating Profit (Loss) represents the profit         2,114,870            1,902,331           11.2
before finance costs and tax
Total Revenue                                      18,420,500           16,870,210            9.2
Total Assets                                       40,117,600           37,820,900            6.1

Increase/Decrease in Operating Profit (Loss) is due to:
Operating Profit rose because of higher volumes at the Sohar terminal. Operating Profit also benefited from lower
fuel costs.

Name                         Title
Salim Al-Harthy              Chairman

Attachment: Press release

Qurum Logistics S.A.O.G. reported an operating profit of OMR 2.11 million for 2026, an increase of 11.2%, on revenue
of OMR 18.4 million. Qurum Logistics said volumes rose at its terminals.
"""


def test_measure_row_label_is_no_focus():
    ex = extract_bytes(FORM.encode(), "form.txt")
    assert ex.company != "Operating Profit"
    assert all(f.subject.label != "Operating Profit" for f in ex.facts if getattr(f, "subject", None) is not None)


def test_measure_label_shapes():
    for label in ("Net Profit", "Net Profit (Loss)", "Total Operating Revenue", "Revenue from operations",
                  "Basic & Diluted Earnings per Share", "Total Assets", "Operating Profit"):
        assert is_measure_label(label), label
    for label in ("Total", "Group", "Equity Residential", "Core Scientific", "Qurum Logistics", "Net Insight",
                  "Sales Force Partners"):
        assert not is_measure_label(label), label


# rule column-gap (pipeline._unknown_companies): a form's field key in the column before a legal name
# ("Issuer Name      Tarvek Data Systems Limited") is no word of the name
FIELDS = """Tallinn Exchange - Issuer Announcement
Issuer Name                                 Tarvek Data Systems Limited
Agent                                       Morrow Carlsen Bank Limited

Tarvek Data Systems Limited announced revenue of EUR 41.2 million for 2026, up 8%. Tarvek Data Systems said its
cloud unit grew 21%.
"""


def test_field_key_across_column_gap_is_no_name_word():
    ex = extract_bytes(FIELDS.encode(), "fields.txt")
    labels = {e.label for e in ex.entities}
    assert not any(l.startswith(("Issuer Name", "Agent ")) for l in labels), labels
    assert ex.company == "Tarvek Data Systems"


# rule group-acronym (pipeline._own_company_acronym): the group's name in capitals opening its listed
# subsidiary's legal name stays a word of it when the text names the group with its own legal form
GROUP_SUB = """HALVERN Marine Logistics Holdings Limited
(Incorporated in Bermuda with limited liability)

CONTINUING CONNECTED TRANSACTIONS

HALVERN Marine Logistics Holdings Limited announces that it renewed its port services agreement with HALVERN
Limited, its controlling shareholder, for three years. HALVERN Limited holds about 61% of the shares.
The Company's revenue was HK$2,410 million for 2026.
"""


def test_group_acronym_stays_in_subsidiary_name():
    ex = extract_bytes(GROUP_SUB.encode(), "sub.txt")
    assert ex.company.startswith("HALVERN Marine Logistics"), ex.company
    assert all(e.label != "Marine Logistics Holdings" for e in ex.entities)

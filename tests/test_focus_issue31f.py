"""The article's company when the gazetteer does not know it (issue31f): a person's title before a
listed name, a listed name in capitals, a nation's adjective or a pronoun in the headline, a research
firm that issues a ranking of another company, a ministry's initials, a group named as the parent of
its unit. Invented articles in our own words; the names are made up."""
from aikg.extract.discover import no_company_name, research_houses
from aikg.extract.mention_roles import role_only
from aikg.extract.pipeline import extract_bytes

SHOW_NOTES = """# Wires and Racks, episode 48: "Why the edge needs its own exchange"

Listen on every app. Transcript for members.

## This week

Our host **Tam Okafor** talks with **Rhea Lindqvist**, Chief Executive Officer of **Quorvel Limited** (ASX: QVL),
about the year to 30 June 2031. Revenue rose 21% to A$88.0 million, and another year of double-digit growth is
coming, Lindqvist says.

- 03:10 The year in one breath
- 11:45 Why Quorvel bought two sites in Darwin
"""

CAPS_HEADER = """BRANWICK LIMITED (ASX: BWK) — FY31 HALF-YEAR RESULTS BRIEFING
NOTES FOR THE CHIEF EXECUTIVE — DRAFT 3

SLIDE 1 — Welcome
Thank you all for joining us for Branwick's half-year results. Revenue rose 12 per cent to A$140.2 million and
recurring revenue now makes up 81 per cent of the total.

SLIDE 2 — Outlook
We expect profit before tax to grow 10 to 14 per cent in the full year.
"""

DEMONYM = """Peruvian lenders lift technology budgets; Caldora leads the cloud move

Peruvian banks will spend 14% more on technology next year, according to an industry survey, as Peruvian
regulators push instant payments. Peruvian insurers plan smaller rises.

Caldora said it will move 60% of its workloads to the cloud by 2032, and plans to invest 410 million soles in
technology that year. Caldora reported net profit of 1.1 billion soles for the first nine months.
"""

RANKING = """Tallow Insights: Brisklane is the fastest-growing of the top five payroll software vendors in Europe

GENEVA, 3 March 2032 — Tallow Insights, the Zurich-based research firm, today published its annual European
Payroll Software Tracker. The tracker sizes the 2031 market at EUR 3.1 billion, up 7% on 2030.

Brisklane ranked third with an 11.2% share, up from 9.8%, and posted the fastest growth of the top five.
"Brisklane has turned a small-business product into an enterprise platform," said Ola Brandt, analyst at
Tallow Insights. Brisklane's revenue in the segment grew 23% in 2031. Brisklane employs 1,900 people and
Brisklane plans to open an office in Madrid.

Source: Tallow Insights, European Payroll Software Tracker, March 2032.
"""

MINISTRY = """MINISTRY OF DIGITAL INDUSTRY (MDI)
Semiconductor Policy Office

PRESS RELEASE                                        Seoul, 4 May 2032

Approval of support for Kestrine Corporation's advanced packaging plant for fiscal year 2032

MDI today approved the fiscal year 2032 plan of Kestrine Corporation under the national packaging programme.
Up to 120 billion won will be provided for the year to the plant in Gumi, where production starts in 2034.
The plan was reviewed by an expert committee of MDI.
"""

PARENT_OF = """VARENNE: THE LUMO GROUP GROWS FASTER ABROAD THAN AT HOME

Lyon — The Varenne group, parent of the operator Lumo, published on Wednesday first-half results that show a
group growing faster in Spain than in France. Revenue reached EUR 2.4 billion, up 4%.

In France, Lumo counted 8.1 million mobile subscribers. In Spain, Lumo passed 2.2 million subscribers. Lumo
cut prices twice, and Lumo added fibre lines in every region. Lumo also opened 40 shops.

Varenne said its net debt fell to EUR 6.1 billion. Varenne will put EUR 1 billion into data centres by 2030.
"""


def test_a_title_before_a_listed_name_is_no_part_of_it():
    assert extract_bytes(SHOW_NOTES.encode(), "notes.md").company == "Quorvel"


def test_a_listed_name_in_capitals_takes_the_texts_case():
    assert extract_bytes(CAPS_HEADER.encode(), "notes.txt").company == "Branwick"


def test_a_nations_adjective_leading_the_headline_is_no_company():
    ex = extract_bytes(DEMONYM.encode(), "banks.txt")
    assert ex.company == "Caldora"


def test_the_research_firm_issuing_a_ranking_is_not_the_articles_company():
    ex = extract_bytes(RANKING.encode(), "ranking.txt")
    assert ex.company == "Brisklane"


def test_a_ministrys_initials_are_no_company():
    assert extract_bytes(MINISTRY.encode(), "notice.txt").company == "Kestrine"


def test_the_parent_of_the_unit_named_more_is_the_company():
    assert extract_bytes(PARENT_OF.encode(), "varenne.txt").company == "Varenne"


def test_no_company_name_words():
    assert no_company_name("Peruvian") and no_company_name("European AI") and no_company_name("We")
    assert not no_company_name("Peruvian Airlines") and not no_company_name("Caldora")


def test_research_houses_before_and_after_the_name():
    text = ("Harwick Partners, a Boston consultancy, expects growth. Research firm Oxley Research sees 9%. "
            "Sister company Orin Consultancy Services, a separate listed firm, grew too.")
    assert research_houses(text) == frozenset({"Harwick Partners", "Oxley Research"})


def test_a_possessive_after_a_relation_word_is_no_role_position():
    assert not role_only("Quorvel", "Thank you for joining us for Quorvel's results.")
    assert role_only("Quorvel", "The platform was supplied by Quorvel.")

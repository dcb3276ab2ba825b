"""Issue 33c: who speaks — a first-person document's "we" is the company of its narrator (narrator.py):
the signature block of a letter or e-mail, a founder's "when I started <Company>", a letter of the
company's officer to its own shareholders; an outside firm's partner signing gives no reading.
Short documents invented for these tests (made-up companies, our own words), in shapes none of the
probe sets has: a shareholder letter signed by the CFO, a blog post "we at <Company>", a memo on a
letterhead, a letter whose company is named only in its signature, two signers side by side, an
activist fund's letter, a founder's note with a number in another notation."""
from __future__ import annotations

from aikg.extract.narrator import narrator_company, signature_company
from aikg.extract.pipeline import extract_text


def _subjects(ex, value):
    out = []
    for f in ex.facts:
        if getattr(f, "value", None) == value:
            v = getattr(f, "subject", None) or getattr(f, "company", None)
            out.append(v.label if v is not None else None)
    return out


CFO_LETTER = """Letter to shareholders, first half 2031

Dear fellow shareholders,

When Halvard Freight moved its warehouses onto our robots last spring, many of you asked whether one
customer could carry a company of our size. This half answered it. Halvard's orders doubled, and
Halvard now takes a third of our output.

We grew revenue to £412 million in the half, up 18%, and our order book stands at £1.1 billion. We
expect to invest about £60 million in a second assembly line in 2032. Our gross margin was 41%.

Halvard remains our largest customer, and Halvard's own results depend on ours.

Sincerely,

Jana Novak
Chief Financial Officer
Orrin Systems plc
Leeds, 3 August 2031
"""


def test_a_letter_signed_by_its_cfo_is_the_signers_company_and_we_figures_are_its():
    n = narrator_company(CFO_LETTER)
    assert n is not None and n.name == "Orrin Systems" and n.own_letter
    ex = extract_text(CFO_LETTER, "t33c-a", "t33c-a.txt")
    # a customer opens the letter and is named more often: the letter is still the company's own
    assert ex.company == "Orrin Systems"
    from decimal import Decimal
    assert _subjects(ex, Decimal("41")) == ["Orrin Systems"]     # "Our gross margin was 41%"


BLOG = """Why we rebuilt our inference stack

Posted by the engineering team · 14 May 2031

We at Quarrow Analytics spent most of last year rewriting how our models are served. We now run 1,400
GPUs across two regions, and our customers sent us 2.3 billion requests in April. Quarrow Analytics
will open a third region in Lisbon in the autumn, and we expect our serving cost per request to fall by 30%.
"""


def test_a_blog_post_we_at_company_is_that_companys():
    ex = extract_text(BLOG, "t33c-b", "t33c-b.txt")
    assert ex.company == "Quarrow Analytics"


MEMO = """BRIGHTWELL LABS GMBH
Internal memorandum — not for distribution

To: all staff
Date: 2 February 2031

Colleagues,

we closed 2030 with revenue of EUR 96 million, our best year so far, and we will hire 120 engineers in
Munich and Graz this year. Our cloud spending will rise to EUR 14 million. Brightwell Labs stays
profitable; thank you for the work that made it so.

Mira Lindqvist
Chief Executive Officer, Brightwell Labs GmbH
"""


def test_a_memo_on_a_letterhead_signed_by_its_chief_executive_is_the_companys():
    assert signature_company(MEMO) == ("Brightwell Labs", "Chief Executive Officer, Brightwell Labs GmbH")
    ex = extract_text(MEMO, "t33c-c", "t33c-c.txt")
    assert ex.company == "Brightwell Labs"


FOOTER_ONLY = """A note to our partners

Thank you for a remarkable year. Nordlys Retail put our sensors into all of its 640 stores, and Nordlys
Retail's buyers now plan a second roll-out; Nordlys Retail expects to finish it by June. We shipped our
second sensor family, our installed base passed 9,000 sites, and we signed supply agreements with three
new distributors. We will report revenue of about
DKK 310 million for 2030, and we expect to spend DKK 45 million on research next year. Our team grew to
180 people.

Best regards,

Tomas Berg    Signe Holm
Chief Executive Officer    Chief Technology Officer
Kestrel Optics A/S    Kestrel Optics A/S
"""


def test_a_letter_whose_company_is_named_only_in_its_two_column_signature():
    assert narrator_company(FOOTER_ONLY).name == "Kestrel Optics"
    ex = extract_text(FOOTER_ONLY, "t33c-d", "t33c-d.txt")
    assert ex.company == "Kestrel Optics"


ACTIVIST = """An open letter to the board of Quell Robotics

Dear Chair and Members of the Board,

We own 4.1% of Quell Robotics and have been shareholders since 2028. Quell's revenue grew 22% last year
to SEK 2.4 billion, yet Quell trades at a discount to every peer. We believe Quell should sell its
logistics unit. Quell's board has ignored our two earlier letters. We ask Quell to meet us this month.

Yours sincerely,
Ola Dahl, Managing Partner, Fjellby Capital
"""


def test_an_outside_partners_signature_gives_no_reading():
    n = narrator_company(ACTIVIST)
    assert n is not None and n.outside
    ex = extract_text(ACTIVIST, "t33c-e", "t33c-e.txt")
    assert ex.company != "Fjellby Capital"


FOUNDER = """Ten years on

When I started Velloran, Tarsh Cloud was the only GPU provider in Pune and Tarsh Cloud's prices set
ours. Tarsh Cloud has since grown tenfold. Today Velloran employs 2,300 people, and our revenue for the year to March was Rs 1,240 crore, up 27%. We will spend Rs 300 crore on
our own GPU cluster over the next two years. Thank you for being part of it.

— Anand
"""


def test_a_founders_when_i_started_company_names_whose_we_it_is():
    assert narrator_company(FOUNDER).name == "Velloran"   # (named twice, a provider three times)
    ex = extract_text(FOUNDER, "t33c-f", "t33c-f.txt")
    assert ex.company == "Velloran"


def test_a_third_person_article_has_no_narrator():
    text = ("Orrin Systems grew revenue 18% in the half, the company said. Its chief financial officer, Jana "
            "Novak, said orders doubled.\n\nJana Novak\nChief Financial Officer\nOrrin Systems plc\n")
    assert narrator_company(text) is None


EXCHANGE_QUERY = """NSE
National Stock Exchange of India Limited
Listing Compliance Department

Ref: NSE/LIST/2031/4471                                                        9 October 2031

The Company Secretary
Kavrin Infotech Limited

Sub: Clarification sought on a news item

NSE has observed a news item in a business daily stating that Kavrin Infotech is in talks to buy a
cloud provider for Rs 900 crore. NSE requests Kavrin Infotech to clarify whether it has disclosed the
talks. NSE notes that Kavrin Infotech's shares rose 14% on 8 October 2031. Kavrin Infotech reported
revenue of Rs 2,140 crore for the year to March 2031. NSE expects the reply within 24 hours.
"""


def test_an_exchange_querying_a_listed_company_is_never_the_documents_company():
    from aikg.extract.discover import is_exchange
    assert is_exchange("NSE") and is_exchange("National Stock Exchange of India Limited")
    assert not is_exchange("Kavrin Infotech")
    ex = extract_text(EXCHANGE_QUERY, "t33c-g", "t33c-g.txt")
    assert ex.company == "Kavrin Infotech"


GERMAN_CLOSING = """Brief an die Aktionäre (English version)

Dear shareholders,

Our largest customer Norrmark Logistik kept buying: Norrmark Logistik ordered 40 more storage cells,
and Norrmark Logistik's sites now run 310 of our cells. We lifted revenue to 48,6 Mio. EUR in the first
half, and our order backlog stands at 112 Mio. EUR. We plan to invest 9 Mio. EUR in a new line.

Mit freundlichen Grüßen

Dr. Lena Vogt
Vorstandsvorsitzende (Chief Executive Officer)
Tarvik Energiespeicher AG
"""


def test_a_letter_with_a_closing_in_another_language_is_read_from_its_last_lines():
    n = narrator_company(GERMAN_CLOSING)
    assert n is not None and n.name == "Tarvik Energiespeicher" and n.own_letter
    assert extract_text(GERMAN_CLOSING, "t33c-h", "t33c-h.txt").company == "Tarvik Energiespeicher"


PODCAST = """THE FACTORY FLOOR — Episode 41 — transcript
Brought to you by Corvane Cloud, the GPU cloud for robotics teams.

[00:00] HOST: Welcome back. Corvane Cloud keeps this show running, so thanks to Corvane Cloud again. Today my
guest is Ana Ruiz, chief technology officer at Quellmark Robotics in Valencia.
[00:40] RUIZ: Thanks. Quellmark builds picking arms for warehouses; we shipped 1,900 arms last year.
[02:10] HOST: Corvane Cloud says half its customers now train on simulation. Do you?
[02:25] RUIZ: We do. Quellmark trains every grasp model in simulation first, and Quellmark's revenue grew 60%
to EUR 84 million last year, mostly from repeat customers.
[05:00] HOST: Ana Ruiz of Quellmark Robotics, thank you.
"""


def test_a_podcasts_guest_speaks_for_their_company_not_the_sponsor():
    from aikg.extract.narrator import guest_company
    assert guest_company(PODCAST) == "Quellmark Robotics"
    assert extract_text(PODCAST, "t33c-i", "t33c-i.txt").company == "Quellmark Robotics"

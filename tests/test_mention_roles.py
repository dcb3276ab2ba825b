"""The article's company read from where its names stand (extract/mention_roles.py, issue30f): the
agent of the sentences giving figures and plans, not the customer, vendor, winner, rival, public body
or hosting site in role positions. Invented articles, our own words, in shapes of their own."""
import pytest

from aikg.extract.focus import _caps_issuer, _strip_head
from aikg.extract.mention_roles import agent_count, place_like, public_body, role_only
from aikg.extract.pipeline import extract_bytes

# a buyer's procurement notice: the winner is named first and more often in field lines
NOTICE = """PUBLIC CONTRACTS GAZETTE - regional edition
Notice kind: Award of contract (water utilities)
Reference: 2031-0042

CONTRACT GIVEN TO: Pellmore Analytics Ltd (Leeds)

Part 1: Buyer
Official name: Harrowvale Water Oy
Contact point: Harrowvale Water Procurement

Part 2: What is bought
Harrowvale Water Oy is buying a leak-detection model and its operation for six years. Harrowvale will
run the model on its own servers; Microsoft is not a party to this award. The buyer states that the
model is part of its GBP 90 million network programme.

Part 3: Award
Tenderers: Pellmore Analytics Ltd; Corvane Data; Istra Systems.
Contractor: Pellmore Analytics Ltd. Value: GBP 4,200,000.
Pellmore's bid scored 88/100.

Part 4: Other
Harrowvale's board approved the programme in March, with capital spending of about GBP 310 million.
"""

# a job advert on a jobs site: the employer, its customers in a list, the site in the chrome
JOB = """Worklane · Jobs

Data Engineer - Payments Risk
Tessaro · Lisbon, Portugal (Hybrid) · Posted 2 days ago · 90 applicants

About the job

Tessaro runs card acceptance for merchants such as Meta, Oakfield, Lumo Air and Vanta Foods. In 2030 we
processed EUR 40 billion and our net revenue rose 18% to EUR 310 million. Tessaro's engineers run our own data
centres.

The team plans to hire 120 engineers this year; the company will spend about EUR 25 million on model tooling.

Meet the hiring team
Ana Ruiz · Recruiter at Tessaro

Set alert for similar jobs · Try Worklane Premium
"""

# an interview opening with a list of bigger names, the interviewed company after them
INTERVIEW = """# "Small sites win in the interior"

*Grid & Rack Weekly · Interview · 3 March 2031*

Google, Microsoft and Amazon have all opened regions on the coast in the past year. Kessaro Data has
gone inland instead. We spoke to its chief executive, Ines Mota.

**How big is the group now?**

Kessaro Data runs 9 MW today and will add 12 MW next year. Kessaro Data expects revenue of about
USD 30 million this year, up from USD 19 million.

**Who pays for it?**

A development bank put in USD 60 million; Kessaro Data signed a USD 80 million loan in January.
"""


def test_the_buyer_of_a_notice_is_its_company_not_the_winner_named_first():
    assert extract_bytes(NOTICE.encode(), "notice.txt").company in ("Harrowvale Water", "Harrowvale")


def test_a_job_advert_is_the_employers_not_a_customer_in_its_list():
    assert extract_bytes(JOB.encode(), "job.txt").company == "Tessaro"


def test_a_list_opening_the_lead_gives_no_company():
    assert extract_bytes(INTERVIEW.encode(), "interview.md").company in ("Kessaro Data", "Kessaro")


def test_agent_and_role_positions():
    body = ("Marbeck will host the model. Marbeck's board approved it. The contract was awarded to "
            "Pellvane. Customers like Orrin, Tavi and Quell pay monthly.")
    assert agent_count("Marbeck", body) == 2
    assert agent_count("Pellvane", body) == 0
    assert role_only("Pellvane", body)
    assert role_only("Tavi", body)
    assert not role_only("Marbeck", body)


def test_public_body_and_place():
    body = "The MINISTRY OF DIGITAL TRADE (ODT) approved the grant. Sales in Vellmark rose; Vellmark grew."
    assert public_body("ODT", body)
    assert public_body("Harbour Authority", body)
    assert not public_body("Marbeck", body)
    assert place_like("Vellmark", body)
    assert not place_like("Kerrowan", "It put USD 5 billion in Kerrowan last year.")


def test_a_caption_is_no_dateline_and_a_capitals_header_names_the_issuer():
    assert _strip_head("Quell v. Tavi Ports — panel backs Quell").startswith("Quell v. Tavi")
    assert _strip_head("OSLO — Quell said on Monday …") == "Quell said on Monday …"
    body = "CONORTE said … CONORTE will … CONORTE paid …"
    assert _caps_issuer("COMPANHIA NORTE DE ENERGIA — CONORTE", body)[0] == "CONORTE"


ROUNDUP_SENTENCES = """Kerrowan reported revenue of EUR 40 million. Kerrowan said its margin rose to 21%.
Kerrowan's chief executive expects more. Kerrowan plans to spend EUR 5 million."""


def test_the_company_of_a_plain_article_is_unchanged():
    assert extract_bytes(ROUNDUP_SENTENCES.encode(), "plain.txt").company == "Kerrowan"

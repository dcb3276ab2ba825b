"""Typed claims demand the structure of their type (issue35p): a reason its changed measure, a
usage metric a usage count, a guidance change its outlook and new + previous values, a ranking a
lone ordinal; and a date in a clause about another event does not date a typed claim. Invented
articles only, with sentences that look like each type but are not."""
from aikg.extract.pipeline import extract_text

KORVALE = ("Korvale Telecom reported revenue of $2.1 billion for the third quarter of 2026, up 6% from a year earlier, helped by higher data prices. "
           "Korvale Telecom, founded in 1998, has 12.4 million mobile subscribers. "
           "Korvale ranked first in customer satisfaction in a survey by Brightline Research. "
           "Korvale was the first operator to launch a standalone 5G network. "
           "About 30% of revenue comes from enterprise clients. "
           "Korvale now expects full-year revenue of $8.4 billion to $8.6 billion (previously $8.0 billion to $8.3 billion).")
TASKWELL = ("Taskwell Software signed 120 new customers in the quarter. "
            "Analysts expect Taskwell to deliver revenue of $900 million in 2027, up from $780 million a year earlier. "
            "Morrow Securities raised its price target on Taskwell to $45 from $38. "
            "Taskwell runs a 96-GPU cluster for its customers. "
            "A 7-billion-parameter model serves its enterprise clients. "
            "Taskwell has 40 prospective customers for the new suite.")
DRAVIK = ("Dravik Semiconductor's operating profit fell 12% to €310 million in 2025 because of weaker demand for car chips. "
          "Results may differ materially due to various factors. "
          "Shipments to Chile came from the new plant in Porto, which opened in 2019. "
          "Dravik raised its 2026 sales outlook to €4.5 billion from €4.2 billion. "
          "In June 2024 Norway was placed in the third tier of the US framework restricting exports of advanced chips, which capped the number of GPUs sold to its data centres. "
          "Dravik placed second among European chipmakers by revenue.")
VELORA = ("Velora Cloud, acquired in 2021, has 3.2 million users. "
          "Velora says it has signed five anchor customers and expects the first site to open in the second quarter of 2028. "
          "Velora's revenue rose 9% in the first half, after a new pricing plan launched in 2024 lifted renewals.")


def _typed(text: str, kind: str) -> list:
    ex = extract_text(text, "t", "t.txt")
    return [(c, x) for c in ex.claims for x in c.relations if x.kind == kind]


def _quotes(text: str, kind: str) -> list[str]:
    return [c.evidence.quote for c, _ in _typed(text, kind)]


def test_a_reason_needs_a_changed_measure():
    got = [(x.measure, x.detail) for text in (KORVALE, DRAVIK) for _, x in _typed(text, "reason")]
    assert ("revenue", "higher data prices") in got
    assert ("operating profit", "weaker demand for car chips") in got
    assert len(got) == 2   # not "30% of revenue comes from …" (a share), "due to various factors", "came from the new plant"


def test_a_usage_metric_needs_a_usage_count():
    quotes = _quotes(TASKWELL, "usage")
    assert quotes == ["Taskwell Software signed 120 new customers in the quarter."]   # not GPUs, parameters or prospects
    assert any("12.4 million mobile subscribers" in q for q in _quotes(KORVALE, "usage"))


def test_a_guidance_change_needs_the_outlook_and_a_previous_value():
    assert [x.detail for _, x in _typed(KORVALE, "guidance_change")] == ["raise"]
    assert [x.detail for _, x in _typed(DRAVIK, "guidance_change")] == ["raise"]
    assert _typed(TASKWELL, "guidance_change") == []   # a year-ago comparison, a broker's price target


def test_a_ranking_needs_a_lone_ordinal():
    got = {c.evidence.quote[:25] for text in (KORVALE, DRAVIK) for c, _ in _typed(text, "ranking")}
    assert got == {"Korvale ranked first in c", "Dravik placed second amon"}   # not "the first to launch", not "the second tier"


def test_a_date_of_another_event_does_not_date_a_typed_claim():
    usage = {c.evidence.quote[:12]: c.period for text in (VELORA, KORVALE) for c, _ in _typed(text, "usage")}
    assert usage["Velora Cloud"] is None      # ", acquired in 2021,"
    assert usage["Velora says "] is None      # "and expects the first site to open in the second quarter of 2028"
    assert usage["Korvale Tele"] is None      # ", founded in 1998,"
    (c, _), = _typed(VELORA, "reason")
    assert c.period is not None and c.period.label != "2024"   # the first half, not the cause's 2024

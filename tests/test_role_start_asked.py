"""When a role begins, asked with a date word: the role's start (people.rq's since), not a launch
(question.ROLE_START, intents, answer_check.fits)."""
from __future__ import annotations

import pytest

from aikg.question import role_start_asked

ARTICLE = """Brenmoor names new president

LISBON, March 3, 2026 - Brenmoor S.A. said its board appointed Ana Ruiz as president of Brenmoor, effective 1 July 2026.

Brenmoor launched its Tidewatch app in February 2026.
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from conftest import article_kg
    return article_kg(tmp_path_factory, "brenmoor.txt", ARTICLE)


@pytest.mark.parametrize("q", ["when does brenmoor's new president take office?", "when does ana ruiz become ceo of brenmoor?",
                               "who becomes chairman of tolvik and from when?"])
def test_a_role_start_asked(q):
    assert role_start_asked(q, "date")


@pytest.mark.parametrize("q", ["when did brenmoor launch its new app?", "when does the plant start production?",
                               "when will brenmoor's revenue become positive?"])
def test_no_role_start_asked(q):
    assert not role_start_asked(q, "date")


def test_when_the_new_president_takes_office_is_the_role_start(kg):
    a = kg.ask("When does Brenmoor's new president take office?")
    assert a.status == "answered" and "1 July 2026" in a.answer and "Ana Ruiz" in a.answer, a.answer

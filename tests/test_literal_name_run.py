"""literal.after_name_run: the cheap necessary test before the surname patterns of salience.py and
focus.py are built. Whenever the pattern matches, the test must say yes (it may say yes more often)."""
import random
import re

from aikg.extract.literal import after_name_run

_TITLES = ("CEO", "CFO", "COO", "CTO", "CIO")


def _pattern(word: str, titles: tuple[str, ...]) -> re.Pattern:
    before = r"(?<=[a-z,] )" if not titles else rf"(?:(?<=[a-z,] )|(?<=\b(?:{'|'.join(titles)}) ))"
    return re.compile(before + rf"(?:(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+)+{re.escape(word)}(?![\w-])")


def test_examples():
    assert after_name_run("as said Bill Chang today", "Chang")
    assert after_name_run("analyst, R. Roe", "Roe")
    assert after_name_run("CEO Dana Ruiz said", "Ruiz", _TITLES)
    assert not after_name_run("CEO Dana Ruiz said", "Ruiz")          # no title asked for
    assert not after_name_run("XCEO Dana Ruiz said", "Ruiz", _TITLES)  # "CEO" inside a word
    assert not after_name_run("January Ruiz said", "Ruiz")           # the run opens the text
    assert not after_name_run("Sales. Bill Ruiz said", "Ruiz")       # after a full stop
    assert after_name_run("In January Ruiz said", "Ruiz")            # (a time word: the caller sets it aside)
    assert not after_name_run("said Bill Ruizes", "Ruiz")            # no whole word
    assert not after_name_run("said Bill-Ruiz", "Ruiz")
    assert not after_name_run("said Ruiz", "Ruiz")                   # no capitalised word before it


def test_never_misses_a_match():
    rnd = random.Random(7)
    pieces = ["Chang", "Bill", "J.", "said", "x", ",", " ", " ", "\t", "CEO", "CFO", "-", ".", "A", "Roe",
              "McRoe", "_", "é", "Changs", "\n", "Dr"]
    for word in ("Chang", "Roe", "A."):
        for titles in ((), _TITLES):
            rx = _pattern(word, titles)
            for _ in range(4000):
                text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
                if rx.search(text) is not None:
                    assert after_name_run(text, word, titles), (text, word, titles)


def test_on_its_own_is_the_pattern():
    """versions._on_its_own reads with str.find and one fixed look-ahead what its per-name pattern read."""
    from aikg.extract.versions import _TOKEN, _on_its_own
    rnd = random.Random(11)
    pieces = ["Kling", "Kling", " ", "-", "AI", "v2", " 3", "Gen 2", "x", "_", ".", ",", "Pro", "é", "K", "2.5"]
    for name in ("Kling", "Kl", "AI"):
        rx = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-]|[ -](?:{_TOKEN}(?![\w])|[A-Z]))")
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
            assert _on_its_own(text, name) == (rx.search(text) is not None), (text, name)


def test_after_capitalised_never_misses_a_match():
    from aikg.extract.literal import after_capitalised
    rnd = random.Random(5)
    pieces = ["Roe", "Jane", "R.", "r.", "x", " ", "\t", "-", ".", "_", "ROE", "Roes", "é", "\n"]
    rx = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+Roe(?![\w-])")
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        assert after_capitalised(text, "Roe") == (rx.search(text) is not None), text


def test_numbered_part_gate_keeps_case_and_folds():
    """name_shapes.numbered_part skips its patterns only when no casing of the word is followed by ' 1'/'-1'."""
    from aikg.extract.name_shapes import numbered_part
    text = "Results by lot\nLOT 1: Brenvale won it.\n| lot-2 | Quarry |\n"
    assert numbered_part("Lot 2", " went to Quarry", text)
    assert not numbered_part("Lot 2", " went to Quarry", "Lot 2 went to Quarry, and nothing else.")
    # the Kelvin sign matches 'k' when case is ignored: the gate must not decide then
    kelvin = "Intro\n\u212aIT 1 — first\n| kit 2 | second |\n"
    assert numbered_part("Kit 2", " shipped", kelvin) == numbered_part("Kit 2", " shipped", kelvin.replace("\u212a", "K"))

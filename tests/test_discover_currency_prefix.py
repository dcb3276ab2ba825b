"""A capital word glued to "$" is a currency's prefix ("US$", "A$"), not the end of the name before it.

Provenance: probe21 01 (a podcast's show notes: "... for US$65 million") and probe2 q05 (an acquisition
"... for A$98 million"); session 34's branch 51b found the first, the merge closed the regex backtracking.
"""
import re

from aikg.extract import discover


def _names(sentence: str) -> list[str]:
    return [m.group(0) for m in re.finditer(discover._CAPS, sentence)]


def test_currency_prefix_is_not_part_of_the_name():
    assert "Corvex.io" in _names("Tarnlow agreed to buy Corvex.io for US$40 million in cash.")
    assert "Hollin Data Works" in _names("Brisco will acquire Hollin Data Works for A$12 million.")


def test_a_name_joined_by_for_still_reads_whole():
    assert _names("The Bank of Lorrent for Europe said so") == ["The Bank of Lorrent for Europe"]

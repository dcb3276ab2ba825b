"""Case folding for trigger-word tests, in a module of its own so that a reader of rule records
(`rule_record`, and through it `ask`'s registries) folds text without importing the value finders
(`values`, with its currency, notation and number-word tables: a tenth of a second at every process
start). `values` registers `fold`'s cache with its own (`values.clear_caches`)."""
from __future__ import annotations

from functools import lru_cache

CACHE_SIZE = 8192   # sentences: a feed restates most of its sentences (85 % of 1,000 feed articles'
                    # sentences were in an earlier one; 4,561 distinct), so its distinct ones fit

_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


@lru_cache(maxsize=CACHE_SIZE)
def fold(text: str) -> str:
    """`text` lower-cased so that, for a word `w` of ASCII letters, `w in fold(text)` holds
    exactly when `re.search("(?i)" + w, text)` does (a substring test is much cheaper than a
    case-insensitive search). `str.lower` agrees with the re module's case-insensitive
    matching on every character but three: ı and ſ (which re matches to i and s) and İ
    (which `str.lower` turns into two characters)."""
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text):
        return text.lower()   # (str.translate goes character by character: only where it changes something)
    return text.translate(_FOLD).lower()

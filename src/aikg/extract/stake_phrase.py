"""The "N% stake in X" noun phrase, one definition for the three readers that parse it (issue42d):

* a stake BOUGHT (deals.py `stake-bought`, `stake-bought-from`): "acquire a 34% stake in Y from Z";
* a stake HELD (holdings.py `percent-stake-in`, `stake-of-percent-in`): "Orvane has a 23% stake in Y";
* a PARTNER'S SHARE of a joint venture (agreements.py `stake`): "X will hold 60 percent and Y 40 percent
  of the joint-venture company".

Each reader keeps its own records (the verb before the phrase decides the role: buying, holding, a
partner's share) and its own breadth (holdings reads up to two words of any kind before "stake", deals
only the stake's kind); what they share is spelled here once: the percent, the stake's kind, the
noun with its "in", the joint venture named as the held company. Regex text only (each reader
compiles its patterns once).
"""
from __future__ import annotations

# a percentage: "34%", "60 percent", "45 per cent"
PERCENT = r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
# a percentage as a deal's wire writes it ("an 89.68% stake", "a 1,5% stake")
PERCENT_LOOSE = r"[\d.,]+\s*(?:%|per\s*cent|percent)"
# the stake's kind before the noun: "a 34% controlling stake in"
STAKE_KIND = r"(?:(?:controlling|minority|majority|direct)\s+)?"
# the noun and its "in" (the held company follows): "stake in", "controlling stake in"
STAKE_IN = rf"{STAKE_KIND}stake\s+in"
# the same with up to two words of any kind before the noun ("a 23% direct economic stake in")
STAKE_IN_LOOSE = r"(?:[\w-]+\s+){0,2}?stake\s+in\s+"
# a partner's share of a joint venture: the percent, then optionally "stake" and the venture as the held company
JV_SHARE_TAIL = r"(?:\s+stake)?(?:\s+(?:of|in)\s+the\s+(?:joint[\s-]venture|venture|JV)\b[\w-]*(?:\s+company)?)?"

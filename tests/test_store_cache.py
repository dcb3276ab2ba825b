"""store_cache.cached: one value per store object and version; a freed store's id, reused by a
new object, does not hand the new store the old store's value."""
from aikg.store_cache import cached


class FakeStore:
    def __init__(self, n):
        self.generation = n


def test_a_value_is_kept_while_the_store_is_the_same_object_at_the_same_version():
    cache, calls = {}, []
    s = FakeStore(1)
    compute = lambda: calls.append(1) or len(calls)
    assert cached(cache, s, compute) == 1 and cached(cache, s, compute) == 1
    s.generation = 2                                # the store was written to
    assert cached(cache, s, compute) == 2
    assert cached(cache, s, compute, refresh=True) == 3


def test_another_object_under_a_reused_id_is_computed_afresh():
    cache = {}
    s = FakeStore(1)
    cached(cache, s, lambda: "old")
    ref, version, _ = cache[id(s)]
    other = FakeStore(1)
    cache[id(other)] = (ref, version, "old")        # as if `other` had been given s's freed id
    assert cached(cache, other, lambda: "new") == "new"

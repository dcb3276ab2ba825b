"""Values computed from a store and kept until it changes: one cache per kind of value, keyed by
the store object (held weakly, since an id may be reused once an object is freed) and its
version (a store that counts its own writes gives `generation`; others their size)."""
from __future__ import annotations

import weakref
from typing import Callable, TypeVar

T = TypeVar("T")


def store_version(store) -> int:
    version = getattr(store, "generation", None)
    if version is None:
        version = len(store) if hasattr(store, "__len__") else 0
    return version


def cached(cache: dict, store, compute: Callable[[], T], refresh: bool = False) -> T:
    """`compute()`'s value for `store`, from `cache` while the store is the same object at the
    same version."""
    version = store_version(store)
    hit = cache.get(id(store))
    if not refresh and hit and hit[0]() is store and hit[1] == version:
        return hit[2]
    value = compute()
    try:
        cache[id(store)] = (weakref.ref(store), version, value)
    except TypeError:   # an object that cannot be weakly referenced is not cached
        pass
    return value

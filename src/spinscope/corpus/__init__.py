"""The corpus: a store of analysed articles, republication detection, statistics, search and export.

    from spinscope.corpus import Store

    with Store.open("spinscope.db") as store:
        store.add(result)                       # an ArticleAnalysis, keyed by its content hash
        hits = store.search("grain exports", outlet="Daily Herald", since="2024-01-01")
        rows = store.stats(by="outlet")
        found = store.duplicates(min_similarity=0.5)
"""

from __future__ import annotations

from ..errors import ArticleNotFound, NotAStore, StoreBusy, StoreError, StoreWriteError
from .store import Appearance, Failure, SearchHit, Store, flatten_findings

__all__ = [
    "Appearance",
    "ArticleNotFound",
    "Failure",
    "NotAStore",
    "SearchHit",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreWriteError",
    "flatten_findings",
]

"""Acceptance on the demo corpus built from ../shared/data (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.corpus import Store
from spinscope.corpus.demo import build
from spinscope.corpus.stats import chart


@pytest.mark.data
def test_corpus_demo_chain_found_with_first_publisher_stats_and_chart(shared_dir: Path, tmp_path: Path):
    from spinscope import load_pipeline
    from spinscope.document import ArticleInput

    records, truth = build(shared_dir / "data", limit=250, chains=6, partials=4, seed=3)
    assert len(truth["chains"]) == 6
    pipeline = load_pipeline([])
    source_of = {}
    with Store.open(tmp_path / "demo.db") as store:
        for r in records:
            result = pipeline(ArticleInput(text=r["text"], title=r["title"], outlet=r["outlet"],
                                           published=r["published"], url=r["url"], source=r["id"]))
            store.add(result)
            source_of[r["id"]] = r["outlet"]
        found = store.duplicates()
        clusters = {frozenset([c.first.source, *(m.source for m in c.republishers)]): c for c in found.clusters}
        for chain in truth["chains"].values():
            cluster = clusters.get(frozenset(chain))
            assert cluster is not None, f"chain {chain} is not one cluster"
            assert cluster.first.source == chain[0] and cluster.first.outlet == source_of[chain[0]]
        copies = {(p.original.source, p.copy.source) for p in found.partial_copies}
        assert {(p["original"], p["copy"]) for p in truth["partials"]} <= copies
        profiles = {row["outlet"]: row for row in store.stats(by="outlet")}
        assert sum(row["republished_share"] > 0 for row in profiles.values()) >= 2
        assert chart(store, tmp_path / "outlets.png", by="outlet").stat().st_size > 10_000

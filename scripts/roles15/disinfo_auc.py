"""Round 15 (roles15): does closeness to known pro-Kremlin disinformation claims read the stance? The 10,892
EUvsDisinfo claim titles (../shared/data/euvsdisinfo_claims_cknabs/posts.csv, all positive) embedded with the same
frozen MiniLM encoder as the article sentences; per URW subtask-2 article (181), from each sentence's highest
cosine to any claim: the mean, the mean of the top 3 sentences, the max, the share of sentences above 0.5 and 0.6.
No fitting: AUC against "has a pro-Russia narrative". The claim vectors are cached in $OUT_DIR (default /tmp/roles15).

Usage: python scripts/roles15/disinfo_auc.py
"""
from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, "scripts/roles14")
import stance_nested as N

from spinscope.components.claims import encode_sentences
from spinscope.training import semeval2025 as S

CLAIMS = Path("/work/shared/data/euvsdisinfo_claims_cknabs/posts.csv")


def claim_vectors(out_dir: Path) -> np.ndarray:
    """The claim titles' vectors (L2-normalised), embedded once and cached."""
    path = out_dir / "euvsdisinfo_titles.npy"
    if path.is_file():
        return np.load(path)
    with CLAIMS.open(encoding="utf-8") as f:
        titles = [row["title"] for row in csv.DictReader(f) if row["title"].strip()]
    vectors = encode_sentences(titles)
    out_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def reads(best: np.ndarray) -> list[float]:
    """One article's per-sentence closeness read five ways (READS)."""
    return [best.mean(), np.sort(best)[-3:].mean(), best.max(), (best > 0.5).mean(), (best > 0.6).mean()]


READS = ("mean", "top-3 mean", "max", "share above 0.5", "share above 0.6")


def main() -> None:
    claims = claim_vectors(Path(os.environ.get("OUT_DIR", "/tmp/roles15")))
    arts, _ = S.load_task(Path("/work/shared/data"))
    urw = [a for a in arts.values() if a.narratives and "_CC_" not in a.id]
    S.embed(urw, cache=Path("/tmp/semeval2025-cache"), progress=lambda s: None)
    y = np.array([any(n in a.narratives for n in N.PRO_RUSSIA) for a in urw])
    scores = np.array([reads((a.vectors @ claims.T).max(1)) for a in urw])
    print(f"{len(claims)} claims; {len(urw)} URW articles, {y.sum()} pro-Russia")
    for j, r in enumerate(READS):
        print(f"  {r}: AUC {roc_auc_score(y, scores[:, j]):.3f}")


if __name__ == "__main__":
    main()

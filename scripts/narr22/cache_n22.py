"""Round 22 (narr22): round 14's fold cache (scripts/narr14/cache_folds.py; MiniLM sentence cache at $EMBED_CACHE,
default /tmp/narr16/semeval2025-cache) with a chosen OUTER partition and a chosen INNER split.

Outer partitions:
  lobo        leave one release batch out: the batch of an article is read from its id (`batch` below: domain
              and the first digit of the number; EN_UA_0xxxxx one batch; the four EN_UA_DEV_ ids one batch), so
              every outer test part is a batch the outer training part never saw (7 folds)
  ctrl        (added after lobo's figure was seen; a diagnostic, decides nothing) lobo's fold sizes and domains
              with random membership: within each domain the articles in the order of sha1("narr22ctrl:" + id),
              cut into consecutive runs as large as that domain's batches, so each outer test part has the size and
              domain of one batch but articles from every batch (training size and domain balance as lobo's)
  n15 | n19 | n20   the random partitions of rounds 15, 19, 20 (sha1("narr15:" + id) % 5 etc., as their caches)
  n30 | n31   round 30's fresh random partitions (sha1("narr30:" + id) % 5, sha1("narr31:" + id) % 5), built for
              scripts/narr30/RULE.md
Inner splits:
  ship        the shipped procedure's (training/semeval2025.py:_folds over the article ids)
  batch       GroupKFold over the batches of the outer training part (`ginner`, scripts/narr22/RULE.md)
Usage: python scripts/narr22/cache_n22.py OUTER INNER OUT.pkl"""

import hashlib
import os
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "narr14"))
import cache_folds

CACHE = Path(os.environ.get("EMBED_CACHE", "/tmp/narr16/semeval2025-cache"))
CTRL_SALT = os.environ.get("CTRL_SALT", "narr22ctrl")  # a second draw: narr22ctrl2
SALTS = {"n15": "narr15", "n19": "narr19", "n20": "narr20", "n30": "narr30", "n31": "narr31"}


def batch(article_id):
    """The release batch an English SemEval-2025 id belongs to: CC1, CC2, CC3, UA0, UA1, UA3 or UADEV."""
    m = re.fullmatch(r"EN_(CC|UA)_(DEV_)?(\d)\d*", article_id.removesuffix(".txt"))
    if m is None:
        raise ValueError(article_id)
    return f"{m.group(1)}DEV" if m.group(2) else f"{m.group(1)}{m.group(3)}"


def outer_for(name):
    def outer_folds(partition, ids):
        if name == "lobo":
            groups = np.array([batch(i) for i in ids])
            return [(np.where(groups != g)[0], np.where(groups == g)[0]) for g in sorted(set(groups))]
        if name == "ctrl":
            return control_folds(ids)
        fold = np.array([int(hashlib.sha1(f"{SALTS[name]}:{i}".encode()).hexdigest(), 16) % 5 for i in ids])
        return [(np.where(fold != k)[0], np.where(fold == k)[0]) for k in range(5)]

    return outer_folds


def control_folds(ids):
    """lobo's fold sizes and domains, random membership (see the module's docstring)."""
    groups = np.array([batch(i) for i in ids])
    folds = []
    for domain in ("CC", "UA"):
        idx = [i for i in range(len(ids)) if groups[i].startswith(domain)]
        idx.sort(key=lambda i: hashlib.sha1(f"{CTRL_SALT}:{ids[i]}".encode()).hexdigest())
        start = 0
        for g in sorted({x for x in groups if x.startswith(domain)}):
            size = int((groups == g).sum())
            folds.append(np.array(sorted(idx[start : start + size])))
            start += size
    every = np.arange(len(ids))
    return [(np.setdiff1d(every, te), te) for te in folds]


def grouped_folds(ids, folds=5):
    """GroupKFold over the batches of ``ids`` (at most as many folds as batches)."""
    from sklearn.model_selection import GroupKFold

    groups = [batch(i) for i in ids]
    n = min(folds, len(set(groups)))
    return list(GroupKFold(n_splits=n).split(np.arange(len(ids)), groups=groups))


if __name__ == "__main__":
    outer, inner, out = sys.argv[1], sys.argv[2], sys.argv[3]
    assert outer in ("lobo", "ctrl", *SALTS) and inner in ("ship", "batch")
    embed = cache_folds.S.embed
    cache_folds.S.embed = lambda arts, cache=None, **kw: embed(arts, cache=CACHE, **kw)
    cache_folds.outer_folds = outer_for(outer)
    if inner == "batch":
        # only main()'s inner loop calls S._folds with the outer training part's ids; fit_narratives does not
        cache_folds.S._folds = grouped_folds
    sys.argv = [sys.argv[0], f"{outer}-{inner}", out]
    cache_folds.main()

"""Republication detection: near-duplicate articles and copied paragraphs, with MinHash LSH (datasketch).

The cascade, one stage after the other:

1. **Boilerplate.** A paragraph that occurs word for word in at least ``BOILERPLATE_MIN_ARTICLES`` articles
   of one outlet (a footer, a subscription line) is that outlet's boilerplate and is left out of what
   follows, so two articles are not "copies" because they share a footer.
2. **Articles.** Each article becomes the set of its word ``SHINGLE_WORDS``-grams (over the paragraphs that
   are left); a MinHash of that set goes into an LSH index (datasketch ``MinHashLSH``) at the chosen
   minimum similarity; candidate pairs are kept when their estimated Jaccard similarity reaches it. Pairs
   join into clusters (union-find). Small edits change a few shingles and leave the similarity high.
3. **Paragraphs.** For partial copies (an article that copies three paragraphs of another) each paragraph
   of at least ``MIN_PARAGRAPH_WORDS`` words is summarised by its ``BOTTOM_K`` smallest shingle hashes (a
   bottom-k MinHash); two paragraphs are candidates when they share ``PARAGRAPH_MIN_SHARED`` of them and
   match when their shingle sets reach ``PARAGRAPH_MIN_SIMILARITY`` Jaccard similarity; two
   articles outside one cluster are a partial copy when ``min_paragraphs`` paragraphs match.

Within a cluster the first publisher is the appearance with the earliest date, then the earliest ingest;
the others are republishers. Every appearance of an article (the same text read at several outlets) is a
member, so verbatim copies are found without any hashing at all.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .store import Store

#: Default minimum estimated Jaccard similarity of two articles' shingle sets to count them as copies.
DEFAULT_MIN_SIMILARITY = 0.5
#: Words per shingle.
SHINGLE_WORDS = 5
#: MinHash permutations per article: 64 keeps the estimate within about ±0.06 and 1M signatures in 512 MB.
NUM_PERM = 64
#: A paragraph repeated verbatim in this many articles of one outlet is that outlet's boilerplate.
BOILERPLATE_MIN_ARTICLES = 5
#: Paragraphs shorter than this (in words) are not matched on their own.
MIN_PARAGRAPH_WORDS = 20
#: Size of a paragraph's bottom-k sketch, and how many sketch hashes two matching paragraphs share.
BOTTOM_K = 4
PARAGRAPH_MIN_SHARED = 2
#: Jaccard similarity of two paragraphs' shingle sets that confirms a sketch match.
PARAGRAPH_MIN_SIMILARITY = 0.5
#: A sketch hash shared by more paragraphs than this is too common to tell copies apart (a stock phrase).
MAX_SKETCH_GROUP = 64
#: LSH (false-positive, false-negative) weights: candidates are verified, so recall weighs more.
LSH_WEIGHTS = (0.2, 0.8)
#: Buckets larger than this are linked as a chain rather than all pairs.
MAX_BUCKET_PAIRS = 50
#: Default number of matching paragraphs that makes a partial copy.
DEFAULT_MIN_PARAGRAPHS = 2

_WORD = re.compile(r"\w+")
_PARAGRAPH = re.compile(r"[^\n]+")
_MASK32 = np.uint64(0xFFFFFFFF)
_ROLL = np.uint64(1_000_003)


@dataclass(frozen=True)
class Member:
    """One appearance in a cluster: which article, where and when."""

    appearance: int
    article_id: str
    outlet: str | None
    day: str | None
    source: str
    url: str | None
    similarity: float


@dataclass
class Cluster:
    """Copies of one text: the first publisher and the appearances that republished it."""

    id: int
    first: Member
    republishers: list[Member]

    @property
    def size(self) -> int:
        return 1 + len(self.republishers)

    @property
    def outlets(self) -> list[str]:
        seen = dict.fromkeys(m.outlet or "?" for m in [self.first, *self.republishers])
        return list(seen)


@dataclass(frozen=True)
class PartialCopy:
    """A later article that copies paragraphs of an earlier one."""

    original: Member
    copy: Member
    shared_paragraphs: int
    copied_paragraphs: tuple[int, ...]


@dataclass
class Republications:
    min_similarity: float
    articles: int
    clusters: list[Cluster] = field(default_factory=list)
    partial_copies: list[PartialCopy] = field(default_factory=list)
    boilerplate_paragraphs: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "min_similarity": self.min_similarity,
            "articles": self.articles,
            "boilerplate_paragraphs": self.boilerplate_paragraphs,
            "clusters": [
                {"id": c.id, "size": c.size, "first": asdict(c.first),
                 "republishers": [asdict(m) for m in c.republishers]}
                for c in self.clusters
            ],
            "partial_copies": [asdict(p) for p in self.partial_copies],
        }

    def rows(self) -> Iterator[dict[str, Any]]:
        """Flat rows, one per republishing appearance (for CSV and tables)."""
        for c in self.clusters:
            for m in c.republishers:
                yield {"cluster": c.id, "kind": "copy", "first_outlet": c.first.outlet, "first_day": c.first.day,
                       "first_article": c.first.article_id, "outlet": m.outlet, "day": m.day,
                       "article": m.article_id, "similarity": round(m.similarity, 3), "shared_paragraphs": None}
        for i, p in enumerate(self.partial_copies):
            yield {"cluster": len(self.clusters) + i + 1, "kind": "partial", "first_outlet": p.original.outlet,
                   "first_day": p.original.day, "first_article": p.original.article_id, "outlet": p.copy.outlet,
                   "day": p.copy.day, "article": p.copy.article_id, "similarity": None,
                   "shared_paragraphs": p.shared_paragraphs}

    def save(self, store: Store) -> None:
        """Replace the store's republication table with these findings (read by statistics)."""
        rows: list[tuple[int, int, str, int | None, float | None]] = []
        for c in self.clusters:
            rows.append((c.first.appearance, c.id, "first", c.first.appearance, 1.0))
            rows += [(m.appearance, c.id, "copy", c.first.appearance, m.similarity) for m in c.republishers]
        clustered = {r[0] for r in rows}
        for i, p in enumerate(self.partial_copies):
            if p.copy.appearance not in clustered:
                clustered.add(p.copy.appearance)
                rows.append((p.copy.appearance, len(self.clusters) + i + 1, "partial", p.original.appearance, None))
        with store.transaction() as conn:
            conn.execute("DELETE FROM republications")
            conn.executemany("INSERT INTO republications (appearance, cluster, kind, first_appearance, similarity) "
                             "VALUES (?, ?, ?, ?, ?)", rows)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('republications_articles', ?)",
                         (str(self.articles),))


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _paragraph_words(text: str) -> list[list[str]]:
    return [_WORD.findall(p.lower()) for p in _PARAGRAPH.findall(text)]


class _Hasher:
    """Word hashes (crc32, cached) rolled into shingle hashes with numpy: deterministic across runs."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}

    def words(self, words: list[str]) -> np.ndarray:
        vocab = self.vocab
        out = np.empty(len(words), dtype=np.uint64)
        for i, w in enumerate(words):
            h = vocab.get(w)
            if h is None:
                h = vocab[w] = zlib.crc32(w.encode("utf-8"))
            out[i] = h
        return out

    @staticmethod
    def shingles(word_hashes: np.ndarray, k: int = SHINGLE_WORDS) -> np.ndarray:
        n = len(word_hashes)
        if n == 0:
            return word_hashes
        if n < k:
            k = n
        acc = np.zeros(n - k + 1, dtype=np.uint64)
        for j in range(k):
            acc = (acc * _ROLL + word_hashes[j:n - k + 1 + j]) & _MASK32
        return acc


def _paragraph_key(words: list[str]) -> int:
    return zlib.crc32(" ".join(words).encode("utf-8")) << 16 | min(len(words), 0xFFFF)


def find_republications(
    store: Store, *, min_similarity: float = DEFAULT_MIN_SIMILARITY, min_paragraphs: int = DEFAULT_MIN_PARAGRAPHS,
) -> Republications:
    """Clusters of near-duplicate articles and partial copies over the whole store (see the module doc)."""
    from datasketch import MinHash

    if not 0.0 < min_similarity <= 1.0:
        raise ValueError(f"min_similarity must be in (0, 1], got {min_similarity}")
    conn = store.conn
    appearances: dict[str, list[Member]] = defaultdict(list)
    for seq, article_id, outlet, day, source, url in conn.execute(
        "SELECT seq, article_id, outlet, day, source, url FROM appearances ORDER BY seq"
    ):
        appearances[article_id].append(Member(seq, article_id, outlet, day, source, url, 1.0))
    ids: list[str] = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY seq")]
    index = {a: i for i, a in enumerate(ids)}

    # 1. boilerplate: (outlet, paragraph) pairs repeated verbatim across an outlet's articles
    per_outlet: Counter[tuple[str, int]] = Counter()
    for article_id, text in conn.execute("SELECT id, text FROM articles ORDER BY seq"):
        outlets = {m.outlet for m in appearances.get(article_id, []) if m.outlet}
        keys = {_paragraph_key(w) for w in _paragraph_words(text) if w}
        for outlet in outlets:
            per_outlet.update((outlet, k) for k in keys)
    boilerplate: dict[str, set[int]] = defaultdict(set)
    for (outlet, key), count in per_outlet.items():
        if count >= BOILERPLATE_MIN_ARTICLES:
            boilerplate[outlet].add(key)
    del per_outlet

    # 2. article MinHashes (datasketch), banded into LSH buckets; 3. paragraph sketches into flat arrays
    hasher = _Hasher()
    template = MinHash(num_perm=NUM_PERM, hashfunc=_identity)
    signatures = np.zeros((len(ids), NUM_PERM), dtype=np.uint64)
    has_text = np.zeros(len(ids), dtype=bool)
    sketch_keys: list[np.ndarray] = []
    sketch_paras: list[np.ndarray] = []
    para_owner: list[tuple[int, int]] = []  # global paragraph number -> (article index, paragraph index)
    for i, (article_id, text) in enumerate(conn.execute("SELECT id, text FROM articles ORDER BY seq")):
        skip = set().union(*(boilerplate.get(m.outlet or "", set()) for m in appearances.get(article_id, [])))
        shingle_sets: list[np.ndarray] = []
        for p, words in enumerate(_paragraph_words(text)):
            if not words or (skip and _paragraph_key(words) in skip):
                continue
            sh = _Hasher.shingles(hasher.words(words))
            shingle_sets.append(sh)
            if len(words) >= MIN_PARAGRAPH_WORDS:
                sketch = np.unique(sh)[:BOTTOM_K]
                sketch_keys.append(sketch)
                sketch_paras.append(np.full(len(sketch), len(para_owner), dtype=np.int64))
                para_owner.append((i, p))
        if shingle_sets:
            minhash = template.copy()
            minhash.update_batch(np.unique(np.concatenate(shingle_sets)).tolist())
            signatures[i] = minhash.hashvalues
            has_text[i] = True
    uf = _UnionFind(len(ids))
    for i, j in _lsh_pairs(signatures, has_text, min_similarity):
        uf.union(int(i), int(j))

    # clusters: every appearance of every article in a union-find group with two or more appearances
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ids)):
        groups[uf.find(i)].append(i)
    result = Republications(min_similarity=min_similarity, articles=len(ids),
                            boilerplate_paragraphs=sum(len(v) for v in boilerplate.values()))
    cluster_of: dict[int, int] = {}
    for members in groups.values():
        found = [m for i in members for m in appearances.get(ids[i], [])]
        if len(found) < 2:
            continue
        found.sort(key=_publication_order)
        first = found[0]
        fi = index[first.article_id]
        republishers = [
            _with_similarity(m, 1.0 if m.article_id == first.article_id
                             else float(np.mean(signatures[index[m.article_id]] == signatures[fi])))
            for m in found[1:]
        ]
        cluster = Cluster(id=0, first=first, republishers=republishers)
        result.clusters.append(cluster)
    result.clusters.sort(key=lambda c: (-c.size, _publication_order(c.first)))
    for n, cluster in enumerate(result.clusters, start=1):
        cluster.id = n
        for m in [cluster.first, *cluster.republishers]:
            cluster_of[index[m.article_id]] = n

    # partial copies: paragraphs that share PARAGRAPH_MIN_SHARED sketch hashes, across clusters
    if sketch_keys:
        all_keys = np.concatenate(sketch_keys)
        paras = np.concatenate(sketch_paras)
        order = np.argsort(all_keys, kind="stable")
        all_keys, paras = all_keys[order], paras[order]
        bounds = np.flatnonzero(np.diff(all_keys)) + 1
        shared: Counter[tuple[int, int]] = Counter()
        for group in np.split(paras, bounds):
            if len(group) < 2 or len(group) > MAX_SKETCH_GROUP:
                continue
            members = sorted(set(group.tolist()))
            for x in range(len(members)):
                ax = para_owner[members[x]][0]
                for y in range(x + 1, len(members)):
                    ay = para_owner[members[y]][0]
                    if ax != ay and not (ax in cluster_of and cluster_of.get(ay) == cluster_of[ax]):
                        shared[(members[x], members[y])] += 1
        copied: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
        for (px, py), count in shared.items():
            if count >= PARAGRAPH_MIN_SHARED:
                (ax, pa), (ay, pb) = para_owner[px], para_owner[py]
                copied[(min(ax, ay), max(ax, ay))].add((pa, pb) if ax < ay else (pb, pa))
        for (ax, ay), candidates in copied.items():
            if min(len({a for a, _ in candidates}), len({b for _, b in candidates})) < min_paragraphs:
                continue
            # verify the sketch matches on the paragraphs' full shingle sets
            pa_words = _paragraph_words(_text(conn, ids[ax]))
            pb_words = _paragraph_words(_text(conn, ids[ay]))
            paragraph_pairs = {
                (a, b) for a, b in candidates
                if _jaccard(_shingle_set(hasher, pa_words[a]), _shingle_set(hasher, pb_words[b]))
                >= PARAGRAPH_MIN_SIMILARITY
            }
            count = min(len({a for a, _ in paragraph_pairs}), len({b for _, b in paragraph_pairs}))
            if count < min_paragraphs:
                continue
            ma = min(appearances[ids[ax]], key=_publication_order)
            mb = min(appearances[ids[ay]], key=_publication_order)
            original, copy = (ma, mb) if _publication_order(ma) <= _publication_order(mb) else (mb, ma)
            in_copy = sorted({b if copy is mb else a for a, b in paragraph_pairs})
            result.partial_copies.append(PartialCopy(original, copy, count, tuple(in_copy)))
        result.partial_copies.sort(key=lambda p: (-p.shared_paragraphs, _publication_order(p.original)))
    return result


def _lsh_pairs(signatures: np.ndarray, usable: np.ndarray, threshold: float) -> Iterator[tuple[int, int]]:
    """Pairs of rows whose signatures agree on at least ``threshold`` of their values, found by LSH banding.

    The bands are datasketch's optimal (bands, rows) for the threshold, weighted towards recall
    (``LSH_WEIGHTS``); the buckets are found by sorting band hashes with numpy rather than in datasketch's
    per-key dictionaries, which keeps a million signatures in a few hundred megabytes.
    """
    from datasketch.lsh import _optimal_param

    bands, rows = _optimal_param(threshold, signatures.shape[1], *LSH_WEIGHTS)
    rows_idx = np.flatnonzero(usable)
    if len(rows_idx) < 2:
        return
    sig = signatures[rows_idx]
    seen: set[tuple[int, int]] = set()
    for band in range(bands):
        part = sig[:, band * rows:(band + 1) * rows]
        key = np.zeros(len(part), dtype=np.uint64)
        for col in range(part.shape[1]):
            key = key * np.uint64(0x9E3779B97F4A7C15) + part[:, col]
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
        sizes = np.diff(np.r_[starts, len(sorted_key)])
        left: list[np.ndarray] = []
        right: list[np.ndarray] = []
        for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
            members = np.sort(order[start:start + size])
            if size <= MAX_BUCKET_PAIRS:
                a, b = np.triu_indices(size, k=1)
                left.append(members[a])
                right.append(members[b])
            else:  # a huge bucket: compare each member with the first and with its neighbour only
                left += [np.full(size - 1, members[0]), members[1:-1]]
                right += [members[1:], members[2:]]
        if not left:
            continue
        li, ri = np.concatenate(left), np.concatenate(right)
        for chunk in range(0, len(li), 100_000):
            a, b = li[chunk:chunk + 100_000], ri[chunk:chunk + 100_000]
            similar = np.mean(sig[a] == sig[b], axis=1) >= threshold
            for x, y in zip(rows_idx[a[similar]].tolist(), rows_idx[b[similar]].tolist(), strict=True):
                if (x, y) not in seen:
                    seen.add((x, y))
                    yield x, y


def _text(conn: Any, article_id: str) -> str:
    return str(conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0])


def _shingle_set(hasher: _Hasher, words: list[str]) -> set[int]:
    return set(_Hasher.shingles(hasher.words(words)).tolist())


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _identity(value: Any) -> Any:
    return value


def _publication_order(m: Member) -> tuple[bool, str, int]:
    """Earliest date first (undated last), then earliest ingest."""
    return (m.day is None, m.day or "", m.appearance)


def _with_similarity(m: Member, similarity: float) -> Member:
    return Member(m.appearance, m.article_id, m.outlet, m.day, m.source, m.url, round(similarity, 4))

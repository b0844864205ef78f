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

How it scales: the texts are read from the store in chunks of ``CHUNK_ARTICLES``, twice (once for the
paragraph keys of stage 1, once for stages 2 and 3), by worker processes when the store is large, and never
held all at once. What is kept is flat numpy arrays: a key per paragraph, a uint32 signature per article
(the same values datasketch's ``MinHash`` gives, computed a permutation at a time over a whole chunk), and
the paragraph sketches. Paragraph pairs are counted by sorting pair codes, in as many passes as keep
``MAX_PAIRS_IN_MEMORY`` of them in memory at once.
"""

from __future__ import annotations

import functools
import math
import multiprocessing
import os
import re
import sqlite3
import threading
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

if TYPE_CHECKING:
    from .store import Store

#: Default minimum estimated Jaccard similarity of two articles' shingle sets to count them as copies.
DEFAULT_MIN_SIMILARITY = 0.5
#: Words per shingle.
SHINGLE_WORDS = 5
#: MinHash permutations per article: 64 keeps the estimate within about ±0.06 and 1M signatures (uint32) in
#: 256 MB.
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
#: Articles read from the store per unit of work (one SQL query, one batch of numpy work).
CHUNK_ARTICLES = 500
#: Below this many articles everything runs in one process: starting workers costs more than it saves.
PARALLEL_MIN_ARTICLES = 20_000
#: Default ceiling on worker processes (the default is one per available core, up to this).
MAX_WORKERS = 8
#: Word hashes cached per process before the cache is emptied (a real corpus's vocabulary keeps growing).
VOCAB_CACHE_MAX = 2_000_000
#: Candidate paragraph pairs held at once while counting shared sketch hashes; more are counted in
#: several passes over the sketch groups, so memory stays bounded however common the shared phrases.
MAX_PAIRS_IN_MEMORY = 20_000_000

_WORD = re.compile(r"\w+")
_PARAGRAPH = re.compile(r"[^\n]+")
_MASK32 = np.uint64(0xFFFFFFFF)
_ROLL = np.uint64(1_000_003)
#: MurmurHash3's 32-bit finalizer, which datasketch's default MinHash scheme ("affine32") applies to every
#: value before its permutations; a test checks the signatures equal datasketch's own.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_T = TypeVar("_T")
_R = TypeVar("_R")


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


class _Vocabulary(dict[str, int]):
    """Word -> crc32 of its UTF-8 bytes, computed on first use (a dict lookup is cheaper than a crc32)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= VOCAB_CACHE_MAX:
            self.clear()
        h = self[word] = zlib.crc32(word.encode("utf-8"))
        return h


class _Hasher:
    """Word hashes (crc32, cached) rolled into shingle hashes with numpy: deterministic across runs."""

    def __init__(self) -> None:
        self.vocab = _Vocabulary()

    def words(self, words: list[str]) -> np.ndarray:
        return np.fromiter(map(self.vocab.__getitem__, words), dtype=np.uint64, count=len(words))

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


def minhash_permutations() -> np.ndarray:
    """The (a, b) parameters of datasketch's MinHash permutations for ``NUM_PERM`` (seed 1, "affine32")."""
    from datasketch import MinHash

    perms = np.asarray(MinHash(num_perm=NUM_PERM).permutations)
    if perms.dtype != np.uint32:  # datasketch changed its default scheme: the arithmetic below no longer matches
        raise RuntimeError(f"unexpected datasketch MinHash permutations of type {perms.dtype}")
    return perms


def minhash_signatures(values: np.ndarray, groups: np.ndarray, permutations: np.ndarray) -> np.ndarray:
    """MinHash signatures (uint32, one row per group) of sets of 32-bit values, as datasketch computes them.

    ``values`` holds the sets one after the other, ``groups`` the index where each (non-empty) set starts.
    Equal to ``MinHash(num_perm=NUM_PERM, hashfunc=lambda v: v).update_batch(set)`` for each set, computed
    one permutation at a time over all sets so that no values-by-permutations matrix is built.
    """
    s1, m1, s2, m2, s3 = _FMIX32
    hv = values.astype(np.uint32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    a, b = permutations
    out = np.empty((len(groups), len(a)), dtype=np.uint32)
    for j in range(len(a)):
        out[:, j] = np.minimum.reduceat(hv * a[j] + b[j], groups)
    return out


# -- reading the store in chunks, in this process or in worker processes ------------------------------------------

_CONNECTIONS: dict[str, sqlite3.Connection] = {}


def _worker_connection(path: str) -> sqlite3.Connection:
    conn = _CONNECTIONS.get(path)
    if conn is None:
        conn = _CONNECTIONS[path] = sqlite3.connect(path, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
    return conn


def _texts(conn: sqlite3.Connection, first_seq: int, last_seq: int) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT text FROM articles WHERE seq BETWEEN ? AND ? ORDER BY seq", (first_seq, last_seq))]


def _chunk_keys(conn: sqlite3.Connection, chunk: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Stage 1 for a chunk of articles (first and last seq): each paragraph's key (0 for a paragraph without
    words), and the number of paragraphs of each article."""
    keys: list[int] = []
    counts: list[int] = []
    for text in _texts(conn, *chunk):
        words = _paragraph_words(text)
        counts.append(len(words))
        keys += [_paragraph_key(w) if w else 0 for w in words]
    return np.array(keys, dtype=np.uint64), np.array(counts, dtype=np.int64)


@dataclass
class _ChunkSignatures:
    """Stage 2 and 3 for a chunk of articles."""

    signatures: np.ndarray  # (articles, NUM_PERM) uint32; rows of articles without text are left at zero
    has_text: np.ndarray  # bool per article
    sketch_keys: np.ndarray  # uint32: the bottom-k shingle hashes of each long paragraph, paragraph after paragraph
    sketch_paragraph: np.ndarray  # int64: which of this chunk's long paragraphs each sketch hash belongs to
    paragraph_article: np.ndarray  # int64 per long paragraph: article index within the chunk
    paragraph_index: np.ndarray  # int64 per long paragraph: its paragraph number in the article


_VOCAB = _Vocabulary()


def _chunk_signatures(conn: sqlite3.Connection, task: tuple[int, int, np.ndarray, np.ndarray]) -> _ChunkSignatures:
    """MinHash signatures of a chunk's articles and the bottom-k sketches of their long paragraphs.

    ``task``: the chunk's first and last seq, a flag per paragraph (article after article) for those left out
    as boilerplate, and the MinHash permutations.
    """
    first_seq, last_seq, skip, permutations = task
    words: list[str] = []
    para_len: list[int] = []
    para_article: list[int] = []
    para_index: list[int] = []
    offset = 0
    texts = _texts(conn, first_seq, last_seq)
    for a, text in enumerate(texts):
        paragraphs = _PARAGRAPH.findall(text.lower())
        flags = skip[offset:offset + len(paragraphs)].tolist()
        offset += len(paragraphs)
        for p, paragraph in enumerate(paragraphs):
            if flags[p]:
                continue
            w = _WORD.findall(paragraph)
            if w:
                words += w
                para_len.append(len(w))
                para_article.append(a)
                para_index.append(p)
    if offset != len(skip):
        raise RuntimeError("the store changed while duplicates were being detected; run it again")
    n = len(texts)
    lengths = np.array(para_len, dtype=np.int64)
    articles = np.array(para_article, dtype=np.int64)
    hashes = np.fromiter(map(_VOCAB.__getitem__, words), dtype=np.uint64, count=len(words))
    ends = np.cumsum(lengths)
    starts = ends - lengths
    # every word SHINGLE_WORDS-gram inside a paragraph, rolled over the whole chunk at once ...
    k = SHINGLE_WORDS
    full = lengths >= k
    per_para = np.where(full, lengths - k + 1, 0)
    if len(hashes) >= k:
        rolled = np.zeros(len(hashes) - k + 1, dtype=np.uint64)
        for j in range(k):
            rolled = (rolled * _ROLL + hashes[j:len(hashes) - k + 1 + j]) & _MASK32
    else:
        rolled = np.zeros(0, dtype=np.uint64)
    total = int(per_para.sum())
    position = np.repeat(starts - (np.cumsum(per_para) - per_para), per_para) + np.arange(total)
    shingles = rolled[position]
    owner = np.repeat(np.arange(len(lengths)), per_para)
    # ... and a paragraph shorter than that is one shingle of all its words
    short = np.flatnonzero(~full)
    if len(short):
        shingles = np.concatenate([shingles, np.array(
            [_Hasher.shingles(hashes[starts[i]:ends[i]])[0] for i in short.tolist()], dtype=np.uint64)])
        owner = np.concatenate([owner, short])
    # 2. each article's shingles -> its MinHash signature (a minimum: shingles repeated in an article need no
    # removing, only grouping by article, which paragraph order already gives but for the short paragraphs)
    signatures = np.zeros((n, NUM_PERM), dtype=np.uint32)
    has_text = np.zeros(n, dtype=bool)
    if len(short):
        order = np.argsort(owner, kind="stable")
        owner, shingles = owner[order], shingles[order]
    if len(shingles):
        article_of = articles[owner]
        group = np.flatnonzero(np.r_[True, article_of[1:] != article_of[:-1]])
        signatures[article_of[group]] = minhash_signatures(shingles, group, permutations)
        has_text[article_of[group]] = True
    # 3. each long paragraph's BOTTOM_K smallest distinct shingle hashes: one sort of (paragraph, shingle) codes
    long_para = lengths >= MIN_PARAGRAPH_WORDS
    keep = long_para[owner]
    # a stable sort of these mostly ordered codes runs much faster than np.unique's
    codes = np.sort(owner[keep].astype(np.uint64) << np.uint64(32) | shingles[keep], kind="stable")
    codes = codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes
    po, ps = (codes >> np.uint64(32)).astype(np.int64), codes & _MASK32
    para_start = np.flatnonzero(np.r_[True, po[1:] != po[:-1]]) if len(po) else np.zeros(0, dtype=np.int64)
    rank = np.arange(len(po)) - np.repeat(para_start, np.diff(np.r_[para_start, len(po)]))
    bottom = rank < BOTTOM_K
    long_ids = np.flatnonzero(long_para)  # chunk paragraph number -> long-paragraph number
    renumber = np.full(len(lengths), -1, dtype=np.int64)
    renumber[long_ids] = np.arange(len(long_ids))
    return _ChunkSignatures(
        signatures=signatures, has_text=has_text, sketch_keys=ps[bottom].astype(np.uint32),
        sketch_paragraph=renumber[po[bottom]], paragraph_article=articles[long_ids],
        paragraph_index=np.array(para_index, dtype=np.int64)[long_ids],
    )


def _in_worker(work: Callable[[sqlite3.Connection, _T], _R], path: str, task: _T) -> _R:
    return work(_worker_connection(path), task)


class _Runner:
    """Runs chunk tasks in order, in this process or in a pool of worker processes that read the store file.

    Workers are forked when this process runs no other thread (quick to start, and any script can call this),
    else spawned, since forking a process with threads can deadlock the child. Each worker opens its own
    connection: the parent's SQLite connection is never used in a child.
    """

    def __init__(self, conn: sqlite3.Connection, path: str, workers: int) -> None:
        self.conn = conn
        self.path = path
        self.pool = None
        if workers > 1:
            fork = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
            self.pool = multiprocessing.get_context("fork" if fork else "spawn").Pool(workers)

    def map(self, work: Callable[[sqlite3.Connection, _T], _R], tasks: Iterable[_T]) -> Iterator[_R]:
        if self.pool is None:
            return (work(self.conn, task) for task in tasks)
        return self.pool.imap(functools.partial(_in_worker, work, self.path), tasks)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def default_workers(articles: int) -> int:
    """Worker processes for a store of this many articles: one per available core, when the store is large."""
    if articles < PARALLEL_MIN_ARTICLES:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_WORKERS))


# -- the cascade ----------------------------------------------------------------------------------------------------

def find_republications(
    store: Store, *, min_similarity: float = DEFAULT_MIN_SIMILARITY, min_paragraphs: int = DEFAULT_MIN_PARAGRAPHS,
    workers: int | None = None,
) -> Republications:
    """Clusters of near-duplicate articles and partial copies over the whole store (see the module doc).

    ``workers``: processes that read and hash the articles (default: one per core for a store of at least
    ``PARALLEL_MIN_ARTICLES`` articles, else 1); the result does not depend on it.
    """
    if not 0.0 < min_similarity <= 1.0:
        raise ValueError(f"min_similarity must be in (0, 1], got {min_similarity}")
    conn = store.conn
    seqs = np.array([row[0] for row in conn.execute("SELECT seq FROM articles ORDER BY seq")], dtype=np.int64)
    n = len(seqs)
    # which article each appearance shows, and at which outlet (codes; -1 for none)
    outlet_codes: dict[str, int] = {}
    app_seq: list[int] = []
    app_outlet: list[int] = []
    for article_seq, outlet in conn.execute(
        "SELECT a.seq, p.outlet FROM appearances p JOIN articles a ON a.id = p.article_id"
    ):
        app_seq.append(article_seq)
        app_outlet.append(outlet_codes.setdefault(outlet, len(outlet_codes)) if outlet else -1)
    app_article = np.searchsorted(seqs, np.array(app_seq, dtype=np.int64))
    outlets = np.array(app_outlet, dtype=np.int64)
    del app_seq, app_outlet
    appearance_count = np.bincount(app_article, minlength=n)
    # (article, outlet) pairs, sorted by article
    with_outlet = outlets >= 0
    pairs = np.unique(np.stack([app_article[with_outlet], outlets[with_outlet]], axis=1), axis=0)
    ao_article, ao_outlet = pairs[:, 0], pairs[:, 1]

    chunks = [(int(seqs[i]), int(seqs[min(i + CHUNK_ARTICLES, n) - 1])) for i in range(0, n, CHUNK_ARTICLES)]
    runner = _Runner(conn, str(store.path), default_workers(n) if workers is None else max(1, workers))
    try:
        # 1. boilerplate: (outlet, paragraph) pairs repeated verbatim across an outlet's articles
        key_parts: list[np.ndarray] = []
        count_parts: list[np.ndarray] = []
        for keys, counts in runner.map(_chunk_keys, chunks):
            key_parts.append(keys)
            count_parts.append(counts)
        para_keys = np.concatenate(key_parts) if key_parts else np.zeros(0, dtype=np.uint64)
        para_counts = np.concatenate(count_parts) if count_parts else np.zeros(0, dtype=np.int64)
        del key_parts, count_parts
        if int(para_counts.sum()) != len(para_keys) or len(para_counts) != n:
            raise RuntimeError("the store changed while duplicates were being detected; run it again")
        skip, boilerplate_pairs = _boilerplate(para_keys, para_counts, ao_article, ao_outlet)
        del para_keys

        # 2. article MinHashes (datasketch's), banded into LSH buckets; 3. paragraph sketches into flat arrays
        permutations = minhash_permutations()
        para_offsets = np.r_[0, np.cumsum(para_counts)]
        signatures = np.zeros((n, NUM_PERM), dtype=np.uint32)
        has_text = np.zeros(n, dtype=bool)
        sketch_keys: list[np.ndarray] = []
        sketch_paras: list[np.ndarray] = []
        owner_article: list[np.ndarray] = []
        owner_paragraph: list[np.ndarray] = []
        long_paragraphs = 0
        tasks = []
        for c, (lo, hi) in enumerate(chunks):
            i0, i1 = c * CHUNK_ARTICLES, min((c + 1) * CHUNK_ARTICLES, n)
            tasks.append((lo, hi, skip[para_offsets[i0]:para_offsets[i1]], permutations))
        for c, part in enumerate(runner.map(_chunk_signatures, tasks)):
            i0 = c * CHUNK_ARTICLES
            signatures[i0:i0 + len(part.has_text)] = part.signatures
            has_text[i0:i0 + len(part.has_text)] = part.has_text
            sketch_keys.append(part.sketch_keys)
            sketch_paras.append(part.sketch_paragraph + long_paragraphs)
            owner_article.append(part.paragraph_article + i0)
            owner_paragraph.append(part.paragraph_index)
            long_paragraphs += len(part.paragraph_index)
        del tasks, skip
    finally:
        runner.close()
    uf = _UnionFind(n)
    touched = set(np.flatnonzero(appearance_count >= 2).tolist())
    for i, j in _lsh_pairs(signatures, has_text, min_similarity):
        uf.union(i, j)
        touched.update((i, j))

    # clusters: every appearance of every article in a union-find group with two or more appearances
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(touched):
        groups[uf.find(i)].append(i)
    del uf
    groups = {root: members for root, members in groups.items() if int(appearance_count[members].sum()) >= 2}
    members_of = _members(conn, seqs, [i for members in groups.values() for i in members])
    result = Republications(min_similarity=min_similarity, articles=n, boilerplate_paragraphs=boilerplate_pairs)
    for members in groups.values():
        found = sorted((m for i in members for m in members_of[i]), key=_publication_order)
        first = found[0]
        fi = int(np.searchsorted(seqs, _seq_of(found[0], members, members_of, seqs)))
        republishers = []
        for m in found[1:]:
            mi = int(np.searchsorted(seqs, _seq_of(m, members, members_of, seqs)))
            republishers.append(_with_similarity(
                m, 1.0 if m.article_id == first.article_id else float(np.mean(signatures[mi] == signatures[fi]))))
        result.clusters.append(Cluster(id=0, first=first, republishers=republishers))
    result.clusters.sort(key=lambda c: (-c.size, _publication_order(c.first)))
    cluster_of = np.zeros(n, dtype=np.int64)
    article_index = {members_of[i][0].article_id: i for members in groups.values() for i in members}
    for number, cluster in enumerate(result.clusters, start=1):
        cluster.id = number
        for m in [cluster.first, *cluster.republishers]:
            cluster_of[article_index[m.article_id]] = number
    del signatures

    # partial copies: paragraphs that share PARAGRAPH_MIN_SHARED sketch hashes, across clusters
    if long_paragraphs:
        para_article = np.concatenate(owner_article)
        para_index = np.concatenate(owner_paragraph)
        shared = _paragraph_pairs(np.concatenate(sketch_keys), np.concatenate(sketch_paras), para_article,
                                  cluster_of)
        del sketch_keys, sketch_paras
        copied: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
        for px, py in shared.tolist():
            ax, pa, ay, pb = int(para_article[px]), int(para_index[px]), int(para_article[py]), int(para_index[py])
            copied[(min(ax, ay), max(ax, ay))].add((pa, pb) if ax < ay else (pb, pa))
        verified: list[tuple[int, int, int, set[tuple[int, int]]]] = []
        hasher = _Hasher()
        for (ax, ay), candidates in copied.items():
            if min(len({a for a, _ in candidates}), len({b for _, b in candidates})) < min_paragraphs:
                continue
            # verify the sketch matches on the paragraphs' full shingle sets
            pa_words = _paragraph_words(_text(conn, int(seqs[ax])))
            pb_words = _paragraph_words(_text(conn, int(seqs[ay])))
            paragraph_pairs = {
                (a, b) for a, b in candidates
                if _jaccard(_shingle_set(hasher, pa_words[a]), _shingle_set(hasher, pb_words[b]))
                >= PARAGRAPH_MIN_SIMILARITY
            }
            count = min(len({a for a, _ in paragraph_pairs}), len({b for _, b in paragraph_pairs}))
            if count >= min_paragraphs:
                verified.append((ax, ay, count, paragraph_pairs))
        members_of = _members(conn, seqs, [i for ax, ay, _, _ in verified for i in (ax, ay)])
        for ax, ay, count, paragraph_pairs in verified:
            ma = min(members_of[ax], key=_publication_order)
            mb = min(members_of[ay], key=_publication_order)
            original, copy = (ma, mb) if _publication_order(ma) <= _publication_order(mb) else (mb, ma)
            in_copy = sorted({b if copy is mb else a for a, b in paragraph_pairs})
            result.partial_copies.append(PartialCopy(original, copy, count, tuple(in_copy)))
        result.partial_copies.sort(
            key=lambda p: (-p.shared_paragraphs, _publication_order(p.original), _publication_order(p.copy)))
    return result


def _boilerplate(para_keys: np.ndarray, para_counts: np.ndarray, ao_article: np.ndarray,
                 ao_outlet: np.ndarray) -> tuple[np.ndarray, int]:
    """Which paragraphs are boilerplate of an outlet the article appeared at (a flag per paragraph), and how
    many (outlet, paragraph) pairs are boilerplate. Counted with sorts over flat arrays, not dictionaries."""
    para_article = np.repeat(np.arange(len(para_counts)), para_counts)
    worded = para_keys != 0
    # each article's distinct paragraph keys, sorted by article
    order = np.lexsort((para_keys[worded], para_article[worded]))
    ka, kk = para_article[worded][order], para_keys[worded][order]
    distinct = np.r_[True, (ka[1:] != ka[:-1]) | (kk[1:] != kk[:-1])] if len(ka) else np.zeros(0, dtype=bool)
    ka, kk = ka[distinct], kk[distinct]
    key_start = np.searchsorted(ka, np.arange(len(para_counts)))
    key_count = np.searchsorted(ka, np.arange(len(para_counts)), side="right") - key_start
    # one (outlet, key) row per article, outlet it appeared at and distinct key of it
    repeat = key_count[ao_article]
    total = int(repeat.sum())
    row = np.repeat(key_start[ao_article] - (np.cumsum(repeat) - repeat), repeat) + np.arange(total)
    keys, outlets = kk[row], np.repeat(ao_outlet, repeat)
    order = np.lexsort((keys, outlets))
    keys, outlets = keys[order], outlets[order]
    if not len(keys):
        return np.zeros(len(para_keys), dtype=bool), 0
    run = np.flatnonzero(np.r_[True, (keys[1:] != keys[:-1]) | (outlets[1:] != outlets[:-1])])
    sizes = np.diff(np.r_[run, len(keys)])
    common = run[sizes >= BOILERPLATE_MIN_ARTICLES]
    bp_keys, bp_outlets = keys[common], outlets[common]
    skip = np.zeros(len(para_keys), dtype=bool)
    if not len(common):
        return skip, 0
    # a paragraph is skipped when its key is boilerplate at one of its article's outlets
    known = np.unique(bp_keys)
    bp_codes = np.unique(bp_outlets * len(known) + np.searchsorted(known, bp_keys))
    candidates = np.flatnonzero(np.isin(para_keys, known))
    cand_article = para_article[candidates]
    out_start = np.searchsorted(ao_article, cand_article)
    out_count = np.searchsorted(ao_article, cand_article, side="right") - out_start
    total = int(out_count.sum())
    row = np.repeat(out_start - (np.cumsum(out_count) - out_count), out_count) + np.arange(total)
    cand = np.repeat(candidates, out_count)
    codes = ao_outlet[row] * len(known) + np.searchsorted(known, para_keys[cand])
    skip[cand[np.isin(codes, bp_codes)]] = True
    return skip, len(common)


def _paragraph_pairs(keys: np.ndarray, paragraphs: np.ndarray, para_article: np.ndarray,
                     cluster_of: np.ndarray) -> np.ndarray:
    """Pairs (x < y) of long paragraphs of two articles outside one cluster that share at least
    ``PARAGRAPH_MIN_SHARED`` sketch hashes (groups of more than ``MAX_SKETCH_GROUP`` paragraphs are stock
    phrases and ignored). Counted by sorting pair codes, in as many passes as keep ``MAX_PAIRS_IN_MEMORY``."""
    order = np.argsort(keys, kind="stable")  # stable: each group lists its paragraphs in ascending order
    keys, paragraphs = keys[order], paragraphs[order]
    del order
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(keys)])
    del keys
    useful = (sizes >= 2) & (sizes <= MAX_SKETCH_GROUP)
    starts, sizes = starts[useful], sizes[useful]
    total = int((sizes * (sizes - 1) // 2).sum())
    passes = max(1, math.ceil(total / MAX_PAIRS_IN_MEMORY))
    npara = np.int64(len(para_article))
    found: list[np.ndarray] = []
    for part in range(passes):
        codes: list[np.ndarray] = []
        for size in np.unique(sizes).tolist():
            group = paragraphs[starts[sizes == size][:, None] + np.arange(size)]
            left, right = np.triu_indices(size, k=1)
            x, y = group[:, left].ravel(), group[:, right].ravel()
            if passes > 1:
                mine = x % passes == part
                x, y = x[mine], y[mine]
            ax, ay = para_article[x], para_article[y]
            cx = cluster_of[ax]
            keep = (ax != ay) & ~((cx != 0) & (cx == cluster_of[ay]))
            codes.append(x[keep] * npara + y[keep])
        if not codes:
            continue
        values, counts = np.unique(np.concatenate(codes), return_counts=True)
        found.append(values[counts >= PARAGRAPH_MIN_SHARED])
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    shared = np.sort(np.concatenate(found))
    return np.stack([shared // npara, shared % npara], axis=1)


def _members(conn: sqlite3.Connection, seqs: np.ndarray, articles: Iterable[int]) -> dict[int, list[Member]]:
    """The appearances (as cluster members) of these articles (indexes into ``seqs``), each in ingest order."""
    wanted = sorted(set(articles))
    out: dict[int, list[Member]] = {i: [] for i in wanted}
    for start in range(0, len(wanted), 500):
        batch = [int(seqs[i]) for i in wanted[start:start + 500]]
        rows = conn.execute(
            "SELECT a.seq, p.seq, p.article_id, p.outlet, p.day, p.source, p.url FROM appearances p "
            f"JOIN articles a ON a.id = p.article_id WHERE a.seq IN ({','.join('?' * len(batch))}) ORDER BY p.seq",
            batch)
        for article_seq, seq, article_id, outlet, day, source, url in rows:
            out[int(np.searchsorted(seqs, article_seq))].append(Member(seq, article_id, outlet, day, source, url, 1.0))
    return out


def _seq_of(member: Member, articles: list[int], members_of: dict[int, list[Member]], seqs: np.ndarray) -> int:
    for i in articles:
        if members_of[i][0].article_id == member.article_id:
            return int(seqs[i])
    raise KeyError(member.article_id)


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
    sig = signatures if len(rows_idx) == len(signatures) else signatures[rows_idx]
    seen: set[tuple[int, int]] = set()
    for band in range(bands):
        part = sig[:, band * rows:(band + 1) * rows]
        key = np.zeros(len(part), dtype=np.uint64)
        for col in range(part.shape[1]):
            key = key * np.uint64(0x9E3779B97F4A7C15) + part[:, col].astype(np.uint64)
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


def _text(conn: Any, seq: int) -> str:
    return str(conn.execute("SELECT text FROM articles WHERE seq = ?", (seq,)).fetchone()[0])


def _shingle_set(hasher: _Hasher, words: list[str]) -> set[int]:
    return set(_Hasher.shingles(hasher.words(words)).tolist())


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _publication_order(m: Member) -> tuple[bool, str, int]:
    """Earliest date first (undated last), then earliest ingest."""
    return (m.day is None, m.day or "", m.appearance)


def _with_similarity(m: Member, similarity: float) -> Member:
    return Member(m.appearance, m.article_id, m.outlet, m.day, m.source, m.url, round(similarity, 4))

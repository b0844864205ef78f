"""The indexed lookups that keep long articles linear (issue 21) give what the per-item scans they replaced gave.

Each test runs the old scan, written out here, against the index on random inputs, so a change to an index
that loses or adds a hit fails here. No model is loaded.
"""

from __future__ import annotations

import functools
import itertools
import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from spinscope.components.actors import SENTENCE_BREAK, Mention, TextEvidence, _in_span, _sentence_bounds
from spinscope.components.attribution.cues import _Taken
from spinscope.components.attribution.quotes import _overlap
from spinscope.components.events import PRONOUN_REACH, _Context
from spinscope.components.persuasion import _LabelledSpans
from spinscope.components.style import _sentences_within

ranges = st.lists(st.tuples(st.integers(0, 9000), st.integers(0, 3000)).map(lambda t: (t[0], t[0] + t[1])),
                  max_size=40)


@settings(max_examples=200, deadline=None)
@given(held=st.lists(st.one_of(st.none(), st.tuples(st.integers(0, 9000), st.integers(0, 9000))), max_size=30),
       queries=st.lists(st.tuples(st.integers(0, 9000), st.integers(0, 9000)), max_size=20))
def test_taken_overlaps_like_a_scan(held, queries):
    taken = _Taken(held)
    for q in queries:
        assert taken.overlaps(q) == any(h and _overlap(h, q) > 0 for h in held)


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(st.tuples(st.sampled_from(["A", "B"]), st.integers(0, 20000), st.integers(0, 6000)),
                      max_size=30),
       queries=st.lists(st.tuples(st.sampled_from(["A", "B"]), st.integers(0, 20000), st.integers(0, 6000)),
                        max_size=20))
def test_labelled_spans_like_a_scan(spans, queries):
    found = [SimpleNamespace(label=label, start=s, end=s + n) for label, s, n in spans]
    index = _LabelledSpans(found)  # type: ignore[arg-type]
    for label, start, n in queries:
        end = start + n
        assert index.any_overlapping(label, start, end) == any(
            t.label == label and t.start < end and t.end > start for t in found)


@settings(max_examples=200, deadline=None)
@given(sentences=ranges, paragraphs=ranges)
def test_sentences_within_like_a_scan(sentences, paragraphs):
    ordered = sorted(sentences)
    firsts = [a for a, _ in ordered]
    for s, e in paragraphs:
        scan = sum(1 for a, b in sentences if a >= s and b <= e)
        assert _sentences_within(ordered, firsts, s, e, at_most=2) == min(scan, 2)


@settings(max_examples=200, deadline=None)
@given(entities=ranges, mentions=ranges)
def test_text_evidence_containing_like_a_scan(entities, mentions):
    evidence = TextEvidence(entities=[(s, e, "ORG") for s, e in entities])
    for start, end in mentions:
        scan = sorted((s, e) for s, e, _ in evidence.entities if s <= start and end <= e)
        assert sorted((s, e) for s, e, _ in evidence.containing(start, end)) == scan


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab .!?\n", max_size=300), spans=st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 20)), max_size=25))
def test_actor_sentences_like_a_scan(text, spans):
    mentions = [Mention(min(s, len(text)), min(s + n, len(text)), (str(i), None, None), "ner")
                for i, (s, n) in enumerate(spans)]
    mentions = sorted((m for m in mentions if m.start < m.end), key=lambda m: m.start)
    for m in mentions:
        starts = [b.end() for b in SENTENCE_BREAK.finditer(text, 0, m.start)]
        lo = starts[-1] if starts else 0
        nxt = SENTENCE_BREAK.search(text, m.end)
        hi = nxt.start() if nxt else len(text)
        assert _sentence_bounds(text, m.start, m.end) == (lo, hi)
        assert _in_span(mentions, lo, hi) == [o for o in mentions if lo <= o.start and o.end <= hi]


@settings(max_examples=150, deadline=None)
@given(actors=st.lists(st.tuples(st.sampled_from(["person", "organization"]),
                                 st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 30)), max_size=8)),
                       max_size=6),
       contents=ranges, positions=st.lists(st.integers(0, 3200), max_size=20))
def test_event_context_lookups_like_a_scan(actors, contents, positions):
    people = [SimpleNamespace(type=kind, mentions=[SimpleNamespace(start=s, end=s + n) for s, n in spans])
              for kind, spans in actors]
    attributions = [SimpleNamespace(content=SimpleNamespace(start=s, end=e)) for s, e in contents]
    ctx = _Context("", people, attributions, {})  # type: ignore[arg-type]
    for pos in positions:
        best = None
        for idx, actor in enumerate(people):
            if actor.type != "person":
                continue
            for m in actor.mentions:
                if m.end <= pos and pos - m.end < PRONOUN_REACH and (best is None or m.end > best[0]):
                    best = (m.end, idx)
        assert ctx.last_person(pos) == (best[1] if best else None)
        holding = [i for i, a in enumerate(attributions) if a.content.start <= pos < a.content.end]
        assert ctx.voices_at(pos) == holding
        for idx, actor in enumerate(people):
            lo, hi = pos, pos + 200
            assert sorted(ctx.mentions_within(idx, lo, hi)) == sorted(
                (m.start, m.end) for m in actor.mentions if lo <= m.start and m.end <= hi)


def test_sentence_break_is_at_most_two_characters():
    """_sentence_bounds relies on it: a scan of the whole text finds the breaks a scan up to a position finds."""
    assert all(len(m.group()) <= 2 for m in SENTENCE_BREAK.finditer("a.\n b! c?\td\n\ne. f"))
    assert re.fullmatch(r"\[\.!\?\]\\s\|\\n", SENTENCE_BREAK.pattern)


@functools.cache
def _blank_en():
    """One blank English pipeline for every example: building one (0.1-0.2 s) was most of the test's time, and
    its tokenizer gives the same tokens whatever the vocabulary has already seen."""
    import spacy

    return spacy.blank("en")


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(st.text(alphabet="ab c.", max_size=40), min_size=1, max_size=8),
       probes=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 12)), max_size=15))
def test_parsed_index_like_a_scan(paragraphs, probes):
    from spinscope.components.role_context import ParsedIndex, _paragraph_of
    from spinscope.document import ParsedParagraph

    nlp = _blank_en()
    parsed, offset = [], 0
    for chunk in paragraphs:
        parsed.append(ParsedParagraph(offset=offset, doc=nlp(chunk)))
        offset += len(chunk) + 1
    index = ParsedIndex(parsed)
    for start, n in probes:
        para = _paragraph_of(parsed, start)
        assert index.paragraph_of(start) is para
        if para is not None:
            lo, hi = start - para.offset, start + n - para.offset
            assert [t.i for t in index.tokens(para, lo, hi)] == [
                t.i for t in para.doc if t.idx < hi and t.idx + len(t.text) > lo]


def _masked_context_by_scan(text, sentences, idx, mentions):
    from spinscope.components.semeval2025 import ENTITY_MASK

    parts = []
    for i in sorted(set(idx)):
        s, e = sentences[i]
        chunk = list(text[s:e])
        for ms, me in sorted(mentions, reverse=True):
            if s <= ms and me <= e:
                chunk[ms - s:me - s] = list(f" {ENTITY_MASK} ")
        parts.append("".join(chunk))
    return " ".join(parts)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="abc .", min_size=1, max_size=200), cuts=st.lists(st.integers(0, 200), max_size=8),
       mentions=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 15)), max_size=12))
def test_masked_context_like_a_scan(text, cuts, mentions):
    from spinscope.components.semeval2025 import masked_context

    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    sentences = list(itertools.pairwise(bounds))
    spans = [(min(s, len(text)), min(s + n, len(text))) for s, n in mentions]
    idx = list(range(len(sentences)))
    assert masked_context(text, sentences, idx, spans) == _masked_context_by_scan(text, sentences, idx, spans)


def _sentence_index_by_scan(sentences, start):
    best = 0
    for i, (s, e) in enumerate(sentences):
        if s <= start < e:
            return i
        if s <= start:
            best = i
    return best


@settings(max_examples=300, deadline=None)
@given(sentences=ranges, probes=st.lists(st.integers(0, 12000), max_size=20), in_order=st.booleans())
def test_sentence_index_like_a_scan(sentences, probes, in_order):
    from spinscope.components.semeval2025 import sentence_index

    sentences = sorted(sentences) if in_order else sentences
    for start in probes:
        assert sentence_index(sentences, start) == _sentence_index_by_scan(sentences, start)

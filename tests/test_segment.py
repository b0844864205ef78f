from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document


@pytest.fixture(scope="module")
def segment():
    from spinscope.pipeline import Pipeline

    return Pipeline.from_names(["segment.v1"])


WORDS = st.sampled_from(
    ["Kyiv", "said", "the", "minister", "Dr.", "U.S.", "“quoted”", "war", "peace", "e.g.", "—", "3.5%",
     "Beijing", "!", "?", "...", "«ок»", "naïve", "😀", "\u200d", "\u202e", "x" * 40]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + st_end(ws))
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
TEXT = st.tuples(
    st.lists(PARAGRAPH, min_size=1, max_size=5),
    st.sampled_from(["\n", "\n\n", " \n \n", "\r\n"]),
).map(lambda pair: pair[1].join(pair[0]))


def st_end(words: list[str]) -> str:
    return "." if len(words) % 3 else ""


def check_cover(doc) -> None:
    text = doc.text
    for rng in doc.paragraphs + doc.sentences:
        piece = text[rng.start:rng.end]
        assert piece and piece == piece.strip(), (rng, piece)
    # every non-space character lies in exactly one paragraph and exactly one sentence
    for ranges in (doc.paragraphs, doc.sentences):
        covered = [0] * len(text)
        for rng in ranges:
            for i in range(rng.start, rng.end):
                covered[i] += 1
        for i, ch in enumerate(text):
            assert covered[i] <= 1
            if not ch.isspace():
                assert covered[i] == 1, (i, ch, text)
    # sentences never cross paragraphs, and come in order
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    for s in doc.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in doc.paragraphs)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXT)
def test_segment_offsets_slice_back(segment, text):
    doc = segment.run(make_document(ArticleInput(text=text)))
    assert not doc.errors
    check_cover(doc)


def test_segment_giant_paragraph_is_cut_not_lost(segment):
    text = ("The minister said the talks would continue next week. " * 800).strip()
    doc = segment.run(make_document(ArticleInput(text=text)))
    check_cover(doc)
    assert len(doc.paragraphs) == 1 and len(doc.sentences) >= 700


def test_segment_dateline_joins_first_sentence(segment):
    doc = segment.run(make_document(ArticleInput(text="MOSCOW: The visit began. It ended.")))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == ["MOSCOW: The visit began.", "It ended."]

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
    assert not [e for e in doc.errors if e.code != "W011"]  # lines of one width may read as hard-wrapped
    check_cover(doc)


def test_segment_giant_paragraph_is_cut_not_lost(segment):
    text = ("The minister said the talks would continue next week. " * 800).strip()
    doc = segment.run(make_document(ArticleInput(text=text)))
    check_cover(doc)
    assert len(doc.paragraphs) == 1 and len(doc.sentences) >= 700


def test_segment_dateline_joins_first_sentence(segment):
    doc = segment.run(make_document(ArticleInput(text="MOSCOW: The visit began. It ended.")))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == ["MOSCOW: The visit began.", "It ended."]


# -- red team, issue #21: text without sentence breaks ----------------------------------------------------------


@pytest.mark.parametrize("unit", ["word ", "the minister said that the talks in geneva would resume and "])
def test_segment_text_without_breaks_gets_bounded_sentences(segment, unit):
    from spinscope.settings import MAX_SENTENCE_TOKENS

    text = (unit * (30_000 // len(unit))).strip()
    doc = segment.run(make_document(ArticleInput(text=text)))
    assert not doc.errors
    check_cover(doc)
    longest = max(len(sent) for para in doc.parsed for sent in para.doc.sents)
    tokens = sum(len(para.doc) for para in doc.parsed)
    assert longest <= MAX_SENTENCE_TOKENS
    # neither one sentence per piece nor one per token: about one per MAX_SENTENCE_TOKENS tokens
    assert tokens / MAX_SENTENCE_TOKENS <= len(doc.sentences) <= 2 * tokens / MAX_SENTENCE_TOKENS + 4


def test_segment_ordinary_sentences_untouched_by_the_cap(segment):
    text = "The talks resumed in Geneva. Did they succeed? Nobody knows! Officials said little."
    doc = segment.run(make_document(ArticleInput(text=text)))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "The talks resumed in Geneva.", "Did they succeed?", "Nobody knows!", "Officials said little."]


MEMORY_PROBE = """
import os, sys, threading, time
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
from spinscope.pipeline import Pipeline
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
segment = Pipeline.from_names(["segment.v1"])
segment.run(make_document(ArticleInput(text="Warm up. The talks resumed.")))
doc = make_document(ArticleInput(text="word " * int(sys.argv[1])))
peak = [rss()]
base = peak[0]
def watch():
    while True:
        peak[0] = max(peak[0], rss())
        time.sleep(0.01)
threading.Thread(target=watch, daemon=True).start()
segment.run(doc)
peak[0] = max(peak[0], rss())
print(round(peak[0] - base))
"""


@pytest.mark.slow
def test_segment_memory_does_not_grow_with_unbroken_text():
    """A 300 kB line with no sentence break: spaCy's working memory was about 3 kB a character (one batch of
    the whole text, 15.6 GB for 4.9 MB); in batches of PARSE_BATCH_CHARS it stays flat."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, "60000"], capture_output=True, text=True,
                         timeout=600, check=True)
    grown_mb = int(out.stdout.strip().splitlines()[-1])
    assert grown_mb < 300, f"segmenting 300 kB grew resident memory by {grown_mb} MB"


@pytest.mark.parametrize("text", ["", "One word.", "Tabs\tand  spaces, “quotes” — 3.5 km, an emoji 🙂 here."])
def test_parsed_piece_text_and_token_bounds_are_those_of_spacy(text: str) -> None:
    """ParsedParagraph.text and .token_bounds (computed once) are what spaCy's Doc.text and tokens give."""
    from spinscope.components.core import load_spacy
    from spinscope.document import ParsedParagraph

    sdoc = load_spacy()(text)
    piece = ParsedParagraph(offset=7, doc=sdoc)
    assert piece.text == sdoc.text == text
    starts, ends = piece.token_bounds
    assert starts.tolist() == [t.idx for t in sdoc] and ends.tolist() == [t.idx + len(t.text) for t in sdoc]

"""Coverage-guided fuzzing (atheris) of ingestion: decoding, JSON Lines, HTML extraction and cleaning.

    python fuzz/fuzz_ingest.py -atheris_runs=20000 [CORPUS_DIR]

The property checked on every input: reading either yields articles or a SpinscopeError naming the source
(never another exception), and cleaning plus paragraph segmentation give ranges that slice back to trimmed,
non-empty text of the clean article.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports(include=["spinscope"]):
    from spinscope.components.core import paragraph_ranges
    from spinscope.document import ArticleInput
    from spinscope.errors import SpinscopeError
    from spinscope.ingest.clean import make_document
    from spinscope.ingest.readers import article_from_html, decode_bytes, iter_jsonl_lines, looks_like_html


def check_article(article: ArticleInput) -> None:
    doc = make_document(article)
    for rng in paragraph_ranges(doc.text):
        piece = doc.text[rng.start:rng.end]
        assert piece and piece == piece.strip(), (rng, piece)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        text = decode_bytes(raw, source="fuzz")
    except SpinscopeError:
        return
    if mode == 0:
        check_article(ArticleInput(text=text, source="fuzz"))
    elif mode == 1:
        for item in iter_jsonl_lines(text.splitlines(), source="fuzz", max_bytes=100_000):
            if isinstance(item, ArticleInput):
                check_article(item)
    elif looks_like_html(text) or text.lstrip().startswith("<"):
        with contextlib.suppress(SpinscopeError):
            check_article(article_from_html(text, source="fuzz"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

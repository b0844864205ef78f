"""Round 35 (issues 16 and 17): what cleaning removes from the middle of a text is blanked in place, so every kept
character stays at its input offset (plus one shift for what went before the body) and the acceptance scorer's
one-shift mapping puts each span back where it was found."""

from __future__ import annotations

import re

from spinscope.components.core import paragraph_ranges
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document, strip_chrome

BODY = ("The mayor opened the new bridge on Tuesday.\n\n"
        "Most read in Local\n"
        "Council budget row deepens\n"
        "Storm closes coastal road\n\n"
        "He said the crossing would cut the commute by half.\n\n"
        "A ferry operator said he expected fewer passengers.\n"
        "\u2014 Pat Reyes (@patreyes_ferry) May 2, 2024\n"
        "He added that the fares would stay as they are.")


def _same_places(text: str, original: str, shift: int = 0) -> bool:
    """Whether every non-blank character of ``text`` stands at its offset plus ``shift`` in ``original``."""
    return all(ch.isspace() or original[i + shift] == ch for i, ch in enumerate(text))


def test_ingest35_mid_text_removals_keep_every_offset() -> None:
    doc = make_document(ArticleInput(text=BODY, input_format="jsonl"))
    assert doc.removed == ["Most read in Local", "Council budget row deepens", "Storm closes coastal road",
                           "\u2014 Pat Reyes (@patreyes_ferry) May 2, 2024"]
    assert _same_places(doc.text, BODY)
    # the scorer's case: a short span after a removal maps back by one shift to its own occurrence
    last_he = doc.text.rindex("He added")
    assert BODY[last_he:last_he + 8] == "He added"
    assert [m.start() for m in re.finditer(r"\bHe\b", doc.text)] == [m.start() for m in re.finditer(r"\bHe\b", BODY)]


def test_ingest35_removed_text_reaches_no_layer_and_paragraphs_stay() -> None:
    doc = make_document(ArticleInput(text=BODY, input_format="jsonl"))
    for line in doc.removed:
        assert line not in doc.text
    assert "Reyes" not in doc.text and "Storm" not in doc.text
    cut, _ = strip_chrome(BODY)
    # the same paragraphs as the cut text (each line trimmed), none made of the blanks
    assert [doc.text[r.start:r.end] for r in paragraph_ranges(doc.text)] == \
        [cut[r.start:r.end] for r in paragraph_ranges(cut)]
    # blank lines stay where the cut text has them: the blanks stand before a line break, not as a line
    assert re.sub(r" +\n", "\n", doc.text) == cut


def test_ingest35_strip_chrome_keep_offsets_is_as_long_as_its_input() -> None:
    text = "Prices rose again. (RELATED: Why bread costs more this winter) Shops expect calm.\nShare\nThe end came."
    blanked, removed = strip_chrome(text, keep_offsets=True)
    assert len(blanked) == len(text) and _same_places(blanked, text)
    assert removed == ["(RELATED: Why bread costs more this winter)", "Share"]
    assert "bread" not in blanked and blanked.index("Shops") == text.index("Shops")
    # the default is the cut text, as before
    assert strip_chrome(text)[0] == "Prices rose again. Shops expect calm.\nThe end came."


def test_ingest35_title_keeps_the_body_at_its_offset_after_a_removal() -> None:
    title = "Bridge Opens To Traffic"
    text = f"{title}\n\n{title}\n\nSubscribe to our newsletter\n\nThe mayor cut the ribbon. He spoke briefly."
    doc = make_document(ArticleInput(text=text))
    assert doc.title_in_text and doc.removed == [title, "Subscribe to our newsletter"]
    assert doc.text.startswith(f"{title} ") and "\n\nThe mayor" in doc.text
    assert _same_places(doc.text, text)
    assert doc.text.index("He spoke") == text.index("He spoke")


def test_ingest35_leading_removal_and_blank_lines_after_a_title_stay_as_they_were() -> None:
    # page furniture before the body is still cut (one shift for the whole text)
    text = "Share\nAdvertisement\nThe mayor cut the ribbon.\n\nHe spoke briefly."
    doc = make_document(ArticleInput(text=text, input_format="jsonl"))
    shift = text.index("The mayor")
    assert doc.text.startswith("The mayor") and _same_places(doc.text, text, shift)
    # blank lines alone between a title and its body are read as one, as before (a shift of two characters)
    plain = make_document(ArticleInput(text="A Short Title\n\n\n\nThe body starts here."))
    assert plain.text == "A Short Title\n\nThe body starts here."

"""Round 48, helper tech56 (issue 15): the tagger's Loaded_Language / Name_Calling spans on an online user's handle
(techniques_gate56.v1). Every sentence and name here is our own invention."""

from __future__ import annotations

from spinscope.components.techniques56 import LABELS_56, TechniquesGate56, handle_span, without_handles
from spinscope.document import ArticleInput, Document
from spinscope.result import Technique
from spinscope.settings import DEFAULT_COMPONENTS

TAGGER = "techniques.v1:minilm-tagger-test"
TEXT = ("On the forum, QuietHeronFox posted the lab's results for everyone to read.\n\n"
        "Later that week the user lantern482 replied with a photo of the parcel.\n\n"
        "The vendors, said QuietHeronFox, are a pack of greedy crooks.\n\n"
        "McAllister walked to the bakery.\n")


def _t(words: str, label: str = "Loaded_Language", evidence: str = TAGGER) -> Technique:
    at = TEXT.index(words)
    return Technique(start=at, end=at + len(words), label=label, score=0.8, evidence=evidence)


def test_handle_span_by_shape() -> None:
    assert handle_span("QuietHeronFox")
    assert handle_span("QuietHeronFox posted")
    assert handle_span("lantern482")
    assert handle_span("\u201cQuietHeronFox,")
    assert not handle_span("greedy crooks")
    assert not handle_span("a pack of greedy crooks")
    assert not handle_span("QuietHeronFox posted the")
    assert not handle_span("Bakery")
    assert not handle_span("QuietHeronFox Posted")
    assert {"Loaded_Language", "Name_Calling-Labeling"} == LABELS_56


def test_gate_removes_only_the_taggers_handle_spans() -> None:
    handle = _t("QuietHeronFox posted")
    digits = _t("lantern482", label="Name_Calling-Labeling")
    insult = _t("a pack of greedy crooks", label="Name_Calling-Labeling")
    other_label = _t("lantern482", label="Doubt")
    shown = _t("QuietHeronFox", evidence=TAGGER + ":paragraph")
    kept = without_handles(TEXT, [handle, digits, insult, other_label, shown])
    assert kept == [insult, other_label, shown]


def test_gate_keeps_everything_outside_english() -> None:
    found = [_t("QuietHeronFox posted")]
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language="de")
    doc.techniques = list(found)
    assert TechniquesGate56()(doc).techniques == found
    doc = Document(text=TEXT, meta=ArticleInput(text=TEXT), language="en")
    doc.techniques = list(found)
    assert TechniquesGate56()(doc).techniques == []


def test_gate_runs_right_after_gate54_in_the_default_pipeline() -> None:
    names = list(DEFAULT_COMPONENTS)
    assert names.index("techniques_gate56.v1") == names.index("techniques_gate54.v1") + 1

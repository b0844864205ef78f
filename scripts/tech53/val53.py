"""Side check of techniques_gate53.v1 on SemEval-2023 English articles: ``python scripts/tech53/val53.py``.

``spinscope eval techniques`` reads the tagger without the pipeline's gates, so its ST3 / SI do not move; this
counts, on the validation split (as ``split_articles`` gives it) and the training part, the articles laid out as an
interview transcript (``techniques53.answer_label``), their interviewer's questions
(``techniques53.question_paragraphs``), the gold spans lying wholly inside one, by label, and how many of those are
Doubt or cover a whole sentence (what the gate would remove were the tagger to give it), and the questions' gold
paragraph labels (subtask 3, one line = one paragraph). Counts only, no text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spinscope.components.persuasion_models import split_sentences
from spinscope.components.techniques53 import DOUBT_LABEL_53, SENTENCE_SLACK_53, answer_label, question_paragraphs
from spinscope.training.data import Article, load_semeval2023, split_articles


def report(name: str, arts: list[Article]) -> str:
    layout = qn = gone = 0
    spans: Counter[str] = Counter()
    para_labels: Counter[str] = Counter()
    for a in arts:
        if answer_label(a.text) is None:
            continue
        layout += 1
        qs = question_paragraphs(a.text)
        qn += len(qs)
        lines = {ln.start: ln.number for ln in a.lines} if a.paragraph_labels is not None else {}
        for s, _e in qs:
            if s in lines:
                para_labels.update((a.paragraph_labels or {}).get(lines[s], []) or ["(none)"])
        for g in a.spans:
            para = next(((s, e) for s, e in qs if s <= g.start and g.end <= e), None)
            if para is None:
                continue
            spans[g.technique] += 1
            whole = any(g.start <= s + SENTENCE_SLACK_53 and g.end >= e - SENTENCE_SLACK_53
                        for s, e in split_sentences(a.text, *para))
            gone += g.technique == DOUBT_LABEL_53 or whole
    return (f"{name}: articles {len(arts)}, transcript layout {layout}, interviewer's questions {qn}; gold spans "
            f"wholly inside a question {sum(spans.values())} ("
            + ", ".join(f"{k} {v}" for k, v in spans.most_common())
            + f"), of which Doubt or whole-sentence {gone}; the questions' gold paragraph labels: "
            + ", ".join(f"{k} {v}" for k, v in para_labels.most_common()))


if __name__ == "__main__":
    train, val = split_articles(load_semeval2023(Path("../shared/data")))
    print(report("validation", val))
    print(report("train", train))

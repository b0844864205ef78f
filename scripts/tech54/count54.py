"""Step 1 of issue 15's round-47 task for tech54: every Exaggeration-Minimisation mark on every marked (development)
set, right / wrong by the shape of its words: ``python scripts/tech54/count54.py`` -> ``results/count54.txt``.

Sets and the runs that say whether main ``e69ac728`` still gives the finding: tech41's marked ten
(``scripts/tech41/marks.json``, main's run on tech41's 30 from branch ``tech53``, ``results/old30_branch.json``,
identical to main's), tech47's marked-new five (``scripts/tech47/marks_new47.json``, ``new47_branch.json``), tech51's
marked three (``scripts/tech51/marks_m51.json``, ``six51_branch.json``), tech53's marked three (``marks_m53.json``,
tech53's ``six_base.json``: main's never-seen run). The runs are read from ``BASE_DIR`` (default ``/tmp/tech54``,
filled by ``git show tech53:scripts/tech53/results/<name>``).

Shapes (decided by these regular expressions only, written before the rule; counts only, no article text):
``sentence`` (a sentence-long finding), ``superlative`` (a word ending in -est, "most"/"least" + a word, or an
ordinal), ``number`` (a digit or a number word), ``degree`` (tech50's plain degree words), ``other``; and for each,
whether the span lies in a quotation (``techniques43.quoted_ranges``), whether its sentence holds a figure (a digit,
an ordinal or number word, or a ranking verb) and whether the span holds an overstating word
(``scripts/tech46/superlative46.OVERSTATEMENT_46``).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BASE_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/tech54")


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(mod)
    sys.path.pop(0)
    return mod


draw41 = _load("tech41_draw", HERE.parent / "tech41" / "draw.py")
sup46 = _load("superlative46", HERE.parent / "tech46" / "superlative46.py")
from spinscope.components.persuasion_models import split_sentences  # noqa: E402
from spinscope.components.techniques43 import quoted_ranges  # noqa: E402
from spinscope.components.techniques50 import DEGREE_WORDS_50  # noqa: E402

WEB = ROOT.parent / "shared"
SETS = (("tech41 marked ten", HERE.parent / "tech41" / "marks.json", "old30_branch.json"),
        ("tech47 marked-new five", HERE.parent / "tech47" / "marks_new47.json", "new47_branch.json"),
        ("tech51 marked three", HERE.parent / "tech51" / "marks_m51.json", "six51_branch.json"),
        ("tech53 marked three", HERE / "marks_m53.json", "six_base.json"))
ORDINAL = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)")
NUMBER = r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen)\b"
SUPERLATIVE = re.compile(r"\b(?:[a-z]{2,}est|most\s+\w+|least\s+\w+|" + ORDINAL + r")\b", re.IGNORECASE)
NOT_SUPERLATIVE = {"interest", "forest", "protest", "request", "honest", "modest", "arrest", "suggest", "invest",
                   "contest", "digest", "manifest", "harvest", "conquest", "quest", "guest", "chest", "west", "rest",
                   "test", "best", "nest", "pest", "vest", "unrest", "earnest", "inquest", "priest"}
FIGURE = re.compile(NUMBER + r"|\b(?:" + ORDINAL + r"|rank(?:s|ed|ing)?|rated|measured)\b", re.IGNORECASE)


def shape(words: str, long: bool) -> str:
    if long:
        return "sentence"
    if any(m.group(0).lower() not in NOT_SUPERLATIVE for m in SUPERLATIVE.finditer(words)):
        return "superlative"
    if re.search(NUMBER, words, re.IGNORECASE):
        return "number"
    if any(w in DEGREE_WORDS_50 for w in re.findall(r"[a-z]+", words.lower())):
        return "degree"
    return "other"


def main() -> None:
    out: list[str] = []
    total: Counter[str] = Counter()
    for title, marks_file, run_file in SETS:
        marks = json.loads(marks_file.read_text())
        rows = {r["path"]: r for r in json.loads((BASE_DIR / run_file).read_text())}
        tally: Counter[str] = Counter()
        for m in marks["findings"]:
            if m["label"] != "Exaggeration-Minimisation":
                continue
            base = WEB if m["path"].startswith("..") else draw41.TEXT
            text = (base / m["path"]).read_text(encoding="utf-8")
            words = text[m["start"]:m["end"]]
            sent = " ".join(text[s:e] for s, e in split_sentences(text) if s < m["end"] and m["start"] < e)
            quoted = any(s <= m["start"] and m["end"] <= e for s, e in quoted_ranges(text))
            now = any(f["label"] == m["label"] and f["start"] < m["end"] and m["start"] < f["end"]
                      for f in rows.get(m["path"], {"findings": []})["findings"])
            sh = shape(words, m["sentence_long"])
            key = (f"{sh}, {'quoted' if quoted else 'unquoted'}, {'figure' if FIGURE.search(sent) else 'no figure'}"
                   f"{', overstating word' if sup46.OVERSTATEMENT_46.search(words) else ''}")
            for k in (f"{m['mark']}", f"{m['mark']} {key}", f"{m['mark']} still given by main" if now else
                      f"{m['mark']} gone on main"):
                tally[k] += 1
                total[k] += 1
        out.append(f"{title}: Exaggeration right {tally['right']}, wrong {tally['wrong']}")
        out += [f"  {k}: {v}" for k, v in sorted(tally.items()) if k not in ("right", "wrong")]
    out.append(f"all four sets: right {total['right']}, wrong {total['wrong']}")
    out += [f"  {k}: {v}" for k, v in sorted(total.items()) if k not in ("right", "wrong")]
    print("\n".join(out))


if __name__ == "__main__":
    main()

"""Step 1 of ``RULE.md``: every Appeal_to_Fear-Prejudice mark on the marked development sets, right / wrong by its
shape, and whether main still gives it: ``python scripts/tech55/count55.py > scripts/tech55/results/count55.txt``.

Sets: tech41's marked ten (``scripts/tech41/marks.json``, its ``after`` marks too), tech47's marked-new five, tech51's
and tech53's marked threes, tech55's development five. Main's runs: tech54's committed runs (main ``e69ac728``'s gates,
which ``8315a64f`` keeps) and ``results/eight_base.json``. Shape: the genre.v1 label of the article; whether half of
the span lies in a quotation; a negated future or modal in the span (R55's condition 2); a condition word in its
sentence (R55's condition 3). Counts and labels only, no article text."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
POLNEAR = Path("../shared/data/polnear_dev/text")
SHARED = Path("../shared")
SETS = {
    "tech41 marked ten": ("scripts/tech41/marks.json", "scripts/tech54/results/old30_branch.json", POLNEAR),
    "tech47 marked-new five": ("scripts/tech47/marks_new47.json", "scripts/tech54/results/new47_branch.json", POLNEAR),
    "tech51 marked three": ("scripts/tech51/marks_m51.json", "scripts/tech54/results/six51_branch.json", SHARED),
    "tech53 marked three": ("scripts/tech53/marks_m53.json", "scripts/tech54/results/six_branch.json", SHARED),
    "tech55 development five": ("scripts/tech55/marks_d55.json", "scripts/tech55/results/eight_base.json", SHARED),
}
LABEL = "Appeal_to_Fear-Prejudice"


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from spinscope.components.persuasion_models import split_sentences
    from spinscope.components.techniques43 import quoted_ranges

    negated = re.compile(r"\b(?:will\s+not|won['\u2019]t|would\s+not|wouldn['\u2019]t|shall\s+not|not\s+going\s+to)\b",
                         re.IGNORECASE)
    condition = re.compile(r"\b(?:unless|if|otherwise|or\s+else|until|before\s+it\s+is\s+too\s+late)\b", re.IGNORECASE)
    total: Counter[str] = Counter()
    for name, (mp, rp, base) in SETS.items():
        marks = json.loads((ROOT / mp).read_text())
        rows = {r["path"]: r for r in json.loads((ROOT / rp).read_text())}
        for m in marks["findings"] + marks.get("after", []):
            if m["label"] != LABEL:
                continue
            text = (ROOT / base / m["path"]).read_text(encoding="utf-8")
            s, e = m["start"], m["end"]
            row = rows.get(m["path"], {"findings": [], "genre": None})
            given = any(f["label"] == LABEL and f["start"] < e and s < f["end"] for f in row["findings"])
            q = quoted_ranges(text)
            inside = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in q)
            sent = " ".join(text[a:b] for a, b in split_sentences(text) if a < e and s < b)
            shape = (f"genre {row['genre']}, quoted {'yes' if 2 * inside >= e - s else 'no'}, negated modal "
                     f"{'yes' if negated.search(text[s:e]) else 'no'}, condition word "
                     f"{'yes' if condition.search(sent) else 'no'}")
            print(f"{name}: {m['mark']}, {'given by main' if given else 'gone on main'}, {m.get('kind')}, "
                  f"sentence-long {m.get('sentence_long')}; {shape}")
            total[m["mark"]] += 1
    print(f"all: right {total['right']}, wrong {total['wrong']}")


if __name__ == "__main__":
    main()

"""Main-role accuracy `analyze` reaches on the SemEval-2025 EN subtask-1 gold entities it finds.

python scripts/roles43/st1_analyze_acc.py DIR  (DIR: run_analyze.py JSON of EN raw documents, file stem as name).
A gold mention is *found* when an actor of the result has a mention overlapping it (gold offsets of the raw file,
moved by where the analysed text starts in it), else when an actor's name or alias equals the gold entity
(case-folded). Printed: mentions, found, cast (found actor with a role), correct (its label == gold main role),
accuracy over found (an uncast actor counts wrong) and over cast; and actors cast per article."""
import json
import sys
from collections import defaultdict
from pathlib import Path

EN = Path("../shared/data/semeval2025_task10/EN")


def main() -> None:
    folder = Path(sys.argv[1])
    gold: dict[str, list[list[str]]] = defaultdict(list)
    for line in (EN / "subtask-1-annotations.txt").read_text().splitlines():
        if line.strip():
            cols = line.split("\t")
            gold[cols[0]].append(cols)
    n = found = cast = correct = 0
    casts_per_article = []
    by_role: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, rows in sorted(gold.items()):
        path = folder / (Path(name).stem + ".json")
        if not path.exists():
            continue
        doc = json.loads(path.read_text())
        raw = (EN / "raw-documents" / name).read_text(encoding="utf-8")
        text = doc["article"]["text"]
        shift = raw.find(text[:80]) if text else -1
        shift = max(shift, 0)
        actors = doc["actors"]
        casts_per_article.append(sum(bool(a.get("roles")) for a in actors))
        for cols in rows:
            n += 1
            start, end = int(cols[2]) - shift, int(cols[3]) + 1 - shift
            hit = next((a for a in actors if any(m["start"] < end and start < m["end"] for m in a["mentions"])), None)
            if hit is None:
                key = cols[1].casefold()
                hit = next((a for a in actors if key in {a["name"].casefold(), *(x.casefold() for x in a["aliases"])}),
                           None)
            if hit is None:
                continue
            found += 1
            by_role[cols[4]][0] += 1
            if hit.get("roles"):
                cast += 1
                if hit["roles"][0]["label"] == cols[4]:
                    correct += 1
                    by_role[cols[4]][1] += 1
    print(f"articles {len(casts_per_article)}; mentions {n}; found {found}; cast {cast}; correct {correct}; "
          f"acc/found {correct / max(found, 1):.4f}; acc/cast {correct / max(cast, 1):.4f}; "
          f"actors cast per article {sum(casts_per_article) / max(len(casts_per_article), 1):.2f}")
    print("  recall by gold role (found, correct):", {k: tuple(v) for k, v in sorted(by_role.items())})


if __name__ == "__main__":
    main()

"""Candidate gates of round 43, simulated on cached `analyze` JSON (base outputs): which articles lose their roles.

python scripts/roles43/simulate.py LEE_DIR ST1_DIR MARKS
Each rule names articles that give no sign of casting; there every role is removed. Printed per rule: Lee roles kept,
hand marks kept (right / wrong), SemEval-2025 ST1 mentions found / cast / correct after the gate."""
import json
import sys
from collections import defaultdict
from pathlib import Path

from spinscope.components.narrative_domains import names_domain

EN = Path("../shared/data/semeval2025_task10/EN")


def signs(doc: dict) -> dict:
    text = doc["article"]["text"]
    narr = [n["label"] for n in doc.get("narratives", [])]
    genre = doc.get("genre") or {}
    return {"ood": not (names_domain(text, "URW") or names_domain(text, "CC")),
            "other": all(label == "Other" for label in narr),
            "reporting": genre.get("label") == "reporting",
            "tech": len(doc.get("techniques", [])),
            "nar_ood": any(n["evidence"].endswith(":out-of-domain") for n in doc.get("narratives", []))}


RULES = {
    "none": lambda s: False,
    "A_out_of_domain": lambda s: s["ood"],
    "B_other_reporting": lambda s: s["other"] and s["reporting"],
    "C_other_tech<=2": lambda s: s["other"] and s["tech"] <= 2,
    "D_other_reporting_tech<=2": lambda s: s["other"] and s["reporting"] and s["tech"] <= 2,
    "E_ood_or_D": lambda s: s["ood"] or (s["other"] and s["reporting"] and s["tech"] <= 2),
    "F_narratives_out_of_domain": lambda s: s["ood"] or s["nar_ood"],
}


def main() -> None:
    lee = {p.stem: json.loads(p.read_text()) for p in sorted(Path(sys.argv[1]).glob("*.json"))}
    st1 = {p.stem: json.loads(p.read_text()) for p in sorted(Path(sys.argv[2]).glob("*.json"))}
    marks = [line.split("\t") for line in Path(sys.argv[3]).read_text().splitlines() if not line.startswith("#")]
    gold: dict[str, list[list[str]]] = defaultdict(list)
    for line in (EN / "subtask-1-annotations.txt").read_text().splitlines():
        if line.strip():
            cols = line.split("\t")
            gold[Path(cols[0]).stem].append(cols)
    for name, rule in RULES.items():
        gated_lee = {k for k, d in lee.items() if rule(signs(d))}
        kept = sum(len(a.get("roles", [])) for k, d in lee.items() if k not in gated_lee for a in d["actors"])
        right = sum(m[4] == "right" and m[0] not in gated_lee for m in marks)
        wrong = sum(m[4] == "wrong" and m[0] not in gated_lee for m in marks)
        found = cast = correct = 0
        gated_st1 = {k for k, d in st1.items() if rule(signs(d))}
        for stem, doc in st1.items():
            raw = (EN / "raw-documents" / f"{stem}.txt").read_text(encoding="utf-8")
            text = doc["article"]["text"]
            shift = max(raw.find(text[:80]), 0) if text else 0
            for cols in gold[stem]:
                start, end = int(cols[2]) - shift, int(cols[3]) + 1 - shift
                hit = next((a for a in doc["actors"]
                            if any(m["start"] < end and start < m["end"] for m in a["mentions"])), None)
                if hit is None:
                    key = cols[1].casefold()
                    hit = next((a for a in doc["actors"]
                                if key in {a["name"].casefold(), *(x.casefold() for x in a["aliases"])}), None)
                if hit is None:
                    continue
                found += 1
                if hit.get("roles") and stem not in gated_st1:
                    cast += 1
                    correct += hit["roles"][0]["label"] == cols[4]
        print(f"{name:28s} Lee gated {len(gated_lee):2d}/{len(lee)} roles kept {kept:3d}; marks kept right {right} "
              f"wrong {wrong:2d} | ST1 gated {len(gated_st1):3d}/{len(st1)} found {found} cast {cast} correct "
              f"{correct} acc/found {correct / max(found, 1):.4f} acc/cast {correct / max(cast, 1):.4f}")


if __name__ == "__main__":
    main()

"""Round 13 (narr13): the coarse loss by kind of article (scripts/narr11/narr_breakdown.py's table) from the
prediction files narr_nested.py writes, and micro precision / recall of the reported narratives and
sub-narratives (labels other than "Other" and "<narrative>: Other").
Usage: python scripts/narr13/breakdown.py PRED.tsv..."""
import sys
from pathlib import Path

from spinscope.training import semeval2025 as S

arts_all, _ = S.load_task(Path("/work/shared/data"))
gold = {a.id: a for a in arts_all.values() if a.narratives}


def f1(g, p):
    g, p = set(g), set(p)
    return 2 * len(g & p) / (len(g) + len(p)) if g or p else 1.0


def real(labels):
    return {x for x in labels if x != "Other" and not x.endswith(": Other")}


for path in sys.argv[1:]:
    rows = [line.split("\t") for line in Path(path).read_text().splitlines()]
    groups = {}
    counts = {"c": [0, 0, 0], "f": [0, 0, 0]}
    for aid, coarse, fine in rows:
        a, pc, pf = gold[aid], coarse.split(";"), fine.split(";")
        key = ("gold Other" if a.narratives == ["Other"] else "gold narratives") + ", " + \
            ("said Other" if pc == ["Other"] else "narratives said")
        groups.setdefault(key, []).append(f1(a.narratives, pc))
        for k, g, p in (("c", a.narratives, pc), ("f", a.subnarratives, pf)):
            g, p = real(g), real(p)
            counts[k][0] += len(g & p)
            counts[k][1] += len(p)
            counts[k][2] += len(g)
    n = len(rows)
    print(path)
    for key in sorted(groups):
        v = groups[key]
        print(f"  {key}: {len(v)} articles, coarse F1 {sum(v) / len(v):.3f}, share of the loss "
              f"{(len(v) - sum(v)) / n:.3f}")
    for k, (tp, npred, ngold) in counts.items():
        print(f"  {'narratives' if k == 'c' else 'sub-narratives'}: P {tp / max(npred, 1):.3f} R {tp / ngold:.3f} "
              f"({npred} reported)")

#!/usr/bin/env python3
"""Apply the settled convention for officers of non-state bodies to the source-typing golds of rounds 26-34.

Convention (scripts/sources35/README.md): a named person who speaks as an officer, member or staff of a body that is
no state's (a company, an NGO, a church's body, an international body, a gang) is a ``person``; the body is his
affiliation and its country his where the text gives none. Rounds 26, 27 and 31-34 typed some of them ``organization``
(each round's EVALUATION section flagged them as caveats); this script retypes exactly those speakers, by file, article
and anchor, and changes no other field. It was written from the gold files alone (no spinscope output).

    python scripts/sources35/relabel_officers.py [--check]   (--check: exit 1 if a listed speaker is not yet relabelled)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"

#: (gold file, article id, anchor) of each named officer typed ``organization``.
OFFICERS: tuple[tuple[str, str, str], ...] = (
    ("sources_real26.jsonl", "article729303442", "Michael Mostyn, CEO of"),
    ("sources_real26.jsonl", "article729303442", "he said in a statement"),
    ("sources_real26.jsonl", "EN_UA_103168", "R.P. Eddy, CEO of"),
    ("sources_real26.jsonl", "EN_UA_103168", "He told governors"),
    ("sources_real26.jsonl", "EN_UA_300023", "said Jens Stoltenberg, the alliance"),
    ("sources_real26.jsonl", "EN_UA_017831", "founder Charlie Kirk, who shared"),
    ("sources_real26.jsonl", "article701299732", "Christine South, head of"),
    ("sources_real27.jsonl", "article723501118", "The gang's leader, Shuaib Khan, confirmed"),
    ("sources_real31.jsonl", "EN_CC_200105", "Mark Van den Oever announced this week"),
    ("sources_real31.jsonl", "EN_CC_200105", "Van den Oever said that the scheme"),
    ("sources_real31.jsonl", "EN_CC_200105", "The Farmers Defence Force leader said"),
    ("sources_real31.jsonl", "EN_CC_200105", "spokesman Sieta van Keimpema describing the"),
    ("sources_real32.jsonl", "article728343601", "she told AP"),
    ("sources_real32.jsonl", "article999001032", "Said James O’Keefe, founder and president"),
    ("sources_real33.jsonl", "EN_CC_200015", "Chris Jahn, chief executive of the"),
    ("sources_real33.jsonl", "EN_CC_200015", "Jahn said, adding"),
    ("sources_real33_heldout.jsonl", "EN_CC_100223", "Director Yasmine Sherif call on donors"),
    ("sources_real33_heldout.jsonl", "EN_CC_100223", "Director Yasmine Sherif announced"),
    ("sources_real33_heldout.jsonl", "EN_CC_100223", "said ECW Executive Director Yasmine Sherif"),
    ("sources_real34.jsonl", "article786250729", "Murillo also brags that"),
    ("sources_real34.jsonl", "article786250729", "as Murillo lamented"),
    ("sources_real34.jsonl", "article111111112", "Tommy Robinson, meanwhile, criticised"),
    ("sources_real34.jsonl", "article111111112", "freedom of speech,\" he said"),
    ("sources_real34.jsonl", "article111111112", "Matthew Collins, said it was"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    todo = {(f, i, a) for f, i, a in OFFICERS}
    pending = 0
    for name in sorted({f for f, _, _ in OFFICERS}):
        path = GOLD / name
        lines = path.read_text(encoding="utf-8").splitlines()
        out = []
        for line in lines:
            art = json.loads(line)
            for sp in art["speakers"]:
                key = (name, art["id"], sp["anchor"])
                if key in todo:
                    todo.discard(key)
                    if sp["type"] != "person":
                        pending += 1
                        sp["type"] = "person"
            out.append(json.dumps(art, ensure_ascii=False))
        if not args.check:
            path.write_text("\n".join(out) + "\n", encoding="utf-8")
    if todo:
        sys.exit(f"error: not found in the golds: {sorted(todo)}")
    print(f"{len(OFFICERS)} officers; {pending} {'to relabel' if args.check else 'relabelled'}")
    if args.check and pending:
        sys.exit(1)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Round 47: each round-47 step alone (a copy of the branch's src whose round47_attributions runs that step only),
# scored on GOLD (figures only).
set -euo pipefail
SRC=${SRC:-/tmp/ru47_b1/src}
for step in ${STEPS:-speakerless roles person_country short_body cabinet sure dash_headline first_person}; do
  d=/tmp/ru47_only_$step; rm -rf "$d"; mkdir -p "$d"; cp -r "$SRC" "$d/"
  python - "$d/src/spinscope/components/russian/round47.py" "$step" <<'PY'
import re, sys
p, step = sys.argv[1], sys.argv[2]
s = open(p).read()
s = re.sub(r"for step in \(p\.speakerless.*?p\.first_person\):", f"for step in (p.{step},):", s, flags=re.S)
open(p, "w").write(s)
PY
  for g in ${GOLDS:-attributions_ru_real44_heldout}; do
    echo "only $step: $g: $(PYTHONPATH=$d/src python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
done

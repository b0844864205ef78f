#!/usr/bin/env bash
# One line per gold file: found, type, country, named, name for TAG's results (bash scripts/sources36/table.sh TAG).
cd "${RESULTS:-$(dirname "$0")/results}" || exit 1  # RESULTS=DIR: another round's results folder (round 37)
for f in r[0-9]*_$1.txt h[0-9]*_$1.txt; do
  [ -e "$f" ] || continue
  python - "$f" <<'PY'
import json, re, sys
t = open(sys.argv[1]).read()
d = json.loads(t[t.index("{"):])
print(f"{sys.argv[1]:16} n={d['speakers']:3} found={d['found']:.3f} type={d['type_acc']:.3f} country={d['country_acc']:.3f} named={d['named_acc']:.3f} name={d['name_acc']:.3f}")
PY
done
tail -n 12 tune_$1.txt held_$1.txt 2>/dev/null | grep -iE "==>|f1|speaker" | head -12

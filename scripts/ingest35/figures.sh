#!/usr/bin/env bash
# Round 35's other figures, for the source tree given: every sources_real and actors_real gold file (development
# and held-out; scores only) with a text whose cleaning the change touches (the list changed.py writes, column 3 >
# 0), and `spinscope predict ptc --task si` on the first 20 PTC dev articles (every span inside its article).
# From the repository root:  bash scripts/ingest35/figures.sh SRC OUTDIR CHANGED_TSV
# Files none of whose texts changes give the base's figure by construction (see changed.py); the events golds and
# PLOVER dev have no changed text (changed.tsv). Needs ../shared.
set -euo pipefail
src="$1"; out="$2"; changed="$3"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
mkdir -p "$out"
for f in $(awk -F'\t' '$3 > 0 && $1 ~ /^sources_real/ {print $1}' "$changed"); do
  python scripts/sources27/score.py --gold "tests/gold/$f" --json "$out/${f%.jsonl}.json" > /dev/null
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], "found", d["found"], "type",
    d["type_acc"], "country", d["country_acc"], "named", d["named_acc"], "name", d["name_acc"])' \
    "$out/${f%.jsonl}.json" "${f%.jsonl}"
done
for f in $(awk -F'\t' '$3 > 0 && $1 ~ /^actors_real/ {print $1}' "$changed"); do
  python -m spinscope.training.actor_eval --real --shared ../shared "tests/gold/$f" > "$out/${f%.jsonl}.json"
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], "precision", d["precision"],
    "recall", d["recall"], "predicted", d["predicted"])' "$out/${f%.jsonl}.json" "${f%.jsonl}"
done
ptc="$out/ptc20"
mkdir -p "$ptc"
for a in $(ls ../shared/data/ptc_semeval2020_task11/dev-articles/*.txt | sort | head -20); do cp "$a" "$ptc/"; done
python -m spinscope predict ptc --task si --articles "$ptc" --out "$out/ptc20_si.txt" 2>/dev/null ||
  spinscope predict ptc --task si --articles "$ptc" --out "$out/ptc20_si.txt"
python - "$ptc" "$out/ptc20_si.txt" <<'EOF'
import sys
from pathlib import Path
size = {p.stem.removeprefix("article"): len(p.read_text(encoding="utf-8")) for p in Path(sys.argv[1]).glob("*.txt")}
rows = [line.split("\t") for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines() if line.strip()]
bad = sum(not (0 <= int(s) < int(e) <= size[i]) for i, s, e in rows)
print(f"ptc20 si: spans {len(rows)} invalid {bad}")
EOF

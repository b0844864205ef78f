#!/bin/sh
# Events of real articles before and after a change: round 28's 40-document SemEval-2025 sample (or another seed),
# predicted with main's src and this checkout's src, then the differing events printed.
# Usage (from the project root): sh scripts/events32/real_compare.sh MAIN_SRC [SEED] [N]
#   MAIN_SRC: a src folder of main (e.g. made by `git archive main src | tar -x -C /tmp/main`: /tmp/main/src)
set -e
main_src=${1:?usage: real_compare.sh MAIN_SRC [SEED] [N]}
seed=${2:-3232}
n=${3:-40}
tmp=$(mktemp -d)
python scripts/events28/real_sample.py "$tmp/in.jsonl" --seed "$seed" --n "$n"
PYTHONPATH="$main_src" python -m spinscope predict events --input "$tmp/in.jsonl" --out "$tmp/main.jsonl"
PYTHONPATH="$(pwd)/src" python -m spinscope predict events --input "$tmp/in.jsonl" --out "$tmp/branch.jsonl"
python scripts/events28/compare.py "$tmp/in.jsonl" "$tmp/main.jsonl" "$tmp/branch.jsonl"
python - "$tmp/main.jsonl" "$tmp/branch.jsonl" <<'PY'
import json, sys
for name in sys.argv[1:]:
    rows = [json.loads(line) for line in open(name, encoding="utf-8")]
    print(name.rsplit("/", 1)[-1], "events:", sum(len(r["events"]) for r in rows))
PY
rm -rf "$tmp"

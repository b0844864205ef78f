#!/usr/bin/env bash
# Round 38's development measurements (held-out files are not read here): real38 development per article,
# real31-37 development, PolNeAR tuning half. Run from the worktree root with PYTHONPATH set.
set -euo pipefail
python scripts/attr31/score.py --gold tests/gold/attributions_real38.jsonl --per-article
for g in real31 real32 real33 real34 real35 real36 real37; do
  echo "$g: $(python scripts/attr31/score.py --gold tests/gold/attributions_$g.jsonl | tail -1)"
done
python scripts/attr_dev.py score --half tune 2>&1 | tail -1

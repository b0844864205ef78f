#!/usr/bin/env bash
# Round 41's development measurements (held-out files are not read here): real41 development per article, every
# earlier real-article development gold (real31-39) and PolNeAR's tuning half. Run from the worktree root with
# PYTHONPATH set (the base's src or the branch's).
set -euo pipefail
python scripts/attr31/score.py --gold tests/gold/attributions_real41.jsonl --per-article
for g in real31 real32 real33 real34 real35 real36 real37 real38 real39; do
  echo "$g: $(python scripts/attr31/score.py --gold tests/gold/attributions_$g.jsonl | tail -1)"
done
python scripts/attr_dev.py score --half tune 2>&1 | tail -1

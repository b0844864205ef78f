#!/usr/bin/env bash
# Round 42's development measurements (held-out files are not read here): real42 development per article, then
# round 40's set (real31-39 development, PolNeAR tuning half). Run from the worktree root with PYTHONPATH set.
set -euo pipefail
python scripts/attr31/score.py --gold tests/gold/attributions_real42.jsonl --per-article
bash scripts/attr40/measure.sh

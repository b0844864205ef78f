#!/usr/bin/env bash
# Round 30 (Russian) figures. Run from the worktree root with PYTHONPATH set to the src to measure (this worktree's,
# or `git archive 980d3799 src` unpacked elsewhere for the base). Held-out files are read once per version, no --show.
set -euo pipefail
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real30.jsonl --per-article
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real30_heldout.jsonl --per-article
for r in 26 27 28 29; do
  for g in attributions_ru_real$r attributions_ru_real${r}_heldout; do
    echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
done
bash scripts/ru26/measure.sh | grep -v "^RU-URW"

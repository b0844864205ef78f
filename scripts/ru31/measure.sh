#!/usr/bin/env bash
# Round 31 (Russian) figures. Run from the worktree root with PYTHONPATH set to the src to measure (this worktree's,
# or `git archive 084f12df src` unpacked elsewhere for the base). Held-out files are read once per version, no --show.
set -euo pipefail
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real31.jsonl --per-article
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real31_heldout.jsonl --per-article
for r in 26 27 28 29 30; do
  for g in attributions_ru_real$r attributions_ru_real${r}_heldout; do
    echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
done

#!/usr/bin/env bash
# Round 28 (Russian) figures. Run from the worktree root with PYTHONPATH set to the src to measure (this worktree's,
# or `git archive b6a290a8 src` unpacked elsewhere for the base). The held-out line is read once per version, no --show.
set -euo pipefail
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real28.jsonl --per-article
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real28_heldout.jsonl --per-article
for g in attributions_ru_real26 attributions_ru_real26_heldout attributions_ru_real27 attributions_ru_real27_heldout; do
  echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
done
bash scripts/ru26/measure.sh

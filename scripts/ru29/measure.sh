#!/usr/bin/env bash
# Round 29 (Russian) figures. Run from the worktree root with PYTHONPATH set to the src to measure (this worktree's,
# or `git archive 298f4a71 src` unpacked elsewhere for the base). The held-out line is read once per version, no --show.
set -euo pipefail
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real29.jsonl --per-article
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real29_heldout.jsonl --per-article
bash scripts/ru28/measure.sh

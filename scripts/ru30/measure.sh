#!/usr/bin/env bash
# Round 30 (Russian) figures; ROUND=31 gives round 31's (its files, then rounds 26-30). Run from the worktree root with PYTHONPATH set to the src to measure (this worktree's,
# or `git archive 980d3799 src` unpacked elsewhere for the base). Held-out files are read once per version, no --show.
set -euo pipefail
ROUND="${ROUND:-30}"
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real$ROUND.jsonl --per-article
python scripts/ru26/score.py --gold tests/gold/attributions_ru_real${ROUND}_heldout.jsonl --per-article
for r in $(seq 26 $((ROUND - 1))); do
  for g in attributions_ru_real$r attributions_ru_real${r}_heldout; do
    [ -f tests/gold/$g.jsonl ] || continue   # rounds with no fresh gold (37, 39)
    echo "$g: $(python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
done
if [ "$ROUND" = 30 ]; then bash scripts/ru26/measure.sh | grep -v "^RU-URW"; fi

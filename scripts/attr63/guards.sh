#!/usr/bin/env bash
# Round 63's guards: every real attribution gold (31-61, development and held-out: totals only) on the base
# (main 89e9fd56, /tmp/attr63/base) and on this branch, then PolNeAR's halves on the branch.
#   bash scripts/attr63/guards.sh > scripts/attr63/guards.txt     # from the worktree root
#   bash scripts/attr63/guards.sh branch                           # the branch only (real sets, then PolNeAR)
set -u
sides="base branch"; [ "${1:-}" = branch ] && sides=branch
mkdir -p /tmp/attr63/base && git archive 89e9fd56 src | tar -x -C /tmp/attr63/base
for gold in tests/gold/attributions_real*.jsonl; do
  for side in $sides; do
    if [ "$side" = base ]; then src=/tmp/attr63/base/src; else src=$PWD/src; fi
    echo "$(basename "$gold" .jsonl) $side $(PYTHONPATH=$src python scripts/attr31/score.py --gold "$gold" 2>&1 | grep -E '^attributions F1')"
  done
done
PYTHONPATH=$PWD/src python scripts/attr_dev.py score --half tune 2>&1 | tail -4
PYTHONPATH=$PWD/src python scripts/attr_dev.py score --half held 2>&1 | tail -4

#!/usr/bin/env bash
# Round 65's guards: every real attribution gold (development and held-out: totals only) and PolNeAR's halves,
# on the base (main 2565964c, extracted to /tmp/attr65/base) or on this branch.
#   bash scripts/attr65/guards.sh base   > scripts/attr65/guards_base.txt     # from the worktree root
#   bash scripts/attr65/guards.sh branch > scripts/attr65/guards_branch.txt
#   bash scripts/attr65/guards.sh branch dev   # development files and PolNeAR's tuning half only (per change)
set -u
side=${1:-branch}; which=${2:-all}
if [ "$side" = base ]; then
  mkdir -p /tmp/attr65/base && git archive 2565964c src | tar -x -C /tmp/attr65/base
  src=/tmp/attr65/base/src
else
  src=$PWD/src
fi
for gold in tests/gold/attributions_real*.jsonl; do
  case "$gold" in *_heldout*) [ "$which" = dev ] && continue;; esac
  echo "$(basename "$gold" .jsonl) $side $(PYTHONPATH=$src python scripts/attr31/score.py --gold "$gold" 2>&1 | grep -E '^attributions F1')"
done
PYTHONPATH=$src python scripts/attr_dev.py score --half tune 2>&1 | tail -1
[ "$which" = dev ] || PYTHONPATH=$src python scripts/attr_dev.py score --half held 2>&1 | tail -1

#!/bin/bash
# usage: suite_pair.sh TAG FILES...   runs main's and the branch's copies alternately, CPU per test to /tmp/ci52/times_TAG_{main,br}.jsonl
export PATH=/work/main/.venv/bin:$PATH OMP_NUM_THREADS=1
tag=$1; shift
for side in main br; do
  cd /tmp/ci52/t$side
  rm -f /tmp/ci52/times_${tag}_$side.jsonl
  PYTHONPATH=src:scripts/ci51 CI51_TIMES=/tmp/ci52/times_${tag}_$side.jsonl nice -n 5 python -m pytest -q -p no:cacheprovider -p ci51timer "$@" 2>&1 | tail -1
  python - /tmp/ci52/times_${tag}_$side.jsonl $side <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
tests = [r for r in rows if "id" in r]
print(sys.argv[2], len(tests), "tests, cpu %.2f s, wall %.2f s" % (sum(r["cpu"] for r in tests), sum(r["wall"] for r in tests)))
for r in sorted(tests, key=lambda r: -r["cpu"])[:4]: print("   %.2f %s" % (r["cpu"], r["id"]))
PY
done

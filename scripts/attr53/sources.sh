set -uo pipefail
# Round 53: source typing on every sources_real file (development, then held-out), base or branch, scores only.
# Usage: bash scripts/attr53/sources.sh SRC dev|held   (SRC: /tmp/attr53/base/src for the base, src for the branch)
export OMP_NUM_THREADS=1
if [ "$2" = dev ]; then FILES=$(ls tests/gold/sources_real*.jsonl | grep -v heldout); else FILES=$(ls tests/gold/sources_real*_heldout.jsonl); fi
for f in $FILES; do
  echo "$(basename $f .jsonl): $(PYTHONPATH=$1 python scripts/sources27/score.py --gold $f 2>/dev/null | python -c "import json,sys; d=json.load(sys.stdin); print({k: d[k] for k in ('speakers', 'matched', 'found', 'type_acc', 'country_acc', 'name_acc')})")"
done

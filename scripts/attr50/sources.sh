set -uo pipefail
# Round 50: the sources_real files whose articles hold an embedded post, "statement read", "told X:" or a quoted
# account name (chosen by article text, not by errors), base and branch, scores only. Run from the worktree root.
# Round 52: FILES, BASE_SRC and BRANCH_SRC read other files and trees (defaults unchanged).

export OMP_NUM_THREADS=1
FILES="${FILES:-sources_real26 sources_real28 sources_real31 sources_real33 sources_real34 sources_real35 sources_real36 sources_real38 sources_real31_heldout sources_real32_heldout sources_real34_heldout}"
for g in $FILES; do
  for label in base branch; do
    if [ "$label" = base ]; then src=${BASE_SRC:-/tmp/attr50/base/src}; else src=${BRANCH_SRC:-/tmp/attr50/final/src}; fi
    echo "$g $label: $(PYTHONPATH=$src python scripts/sources27/score.py --gold tests/gold/$g.jsonl 2>/dev/null | python -c "import json,sys; d=json.load(sys.stdin); print({k: d[k] for k in ('speakers', 'matched', 'found', 'type_acc', 'country_acc', 'name_acc')})")"
  done
done

#!/usr/bin/env bash
# Round 47: which round-47 step moves the two held-out files whose type/country share fell (figures only):
# a copy of the branch's src per step with that step left out of round47_attributions, scored on those files.
set -euo pipefail
SRC=${1:-/tmp/ru47_b1/src}
for step in ${STEPS:-speakerless roles person_country short_body cabinet sure dash_headline first_person}; do
  d=/tmp/ru47_abl_$step; rm -rf "$d"; mkdir -p "$d"; cp -r "$SRC" "$d/"
  sed -i "s/p\.$step, //; s/p\.$step)/)/" "$d/src/spinscope/components/russian/round47.py"
  for g in attributions_ru_real30_heldout attributions_ru_real44_heldout; do
    echo "without $step: $g: $(PYTHONPATH=$d/src python scripts/ru26/score.py --gold tests/gold/$g.jsonl | tail -1)"
  done
done

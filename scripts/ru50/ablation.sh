#!/usr/bin/env bash
# Round 50: each step of round50.py left out in turn (a sed-edited copy of src), one gold file scored, figures only.
#   bash scripts/ru50/ablation.sh tests/gold/attributions_ru_real27_heldout.jsonl
set -euo pipefail
GOLD=$1
declare -A EDIT=(
  [promise]='s/if tok.lemma == "пообещать" and finite:/if False:/'
  [point]='s/elif tok.lemma in POINT50 and finite:/elif False:/'
  [hope]='s/elif tok.lemma in HOPE_VERBS50 and finite:/elif False:/'
  [closing]='s/elif tok.lemma in CLOSING50 and finite:/elif False:/'
  [gerund]='s/elif tok.lemma in CUE_VERBS and tok.feats.get("VerbForm") == "Conv":/elif False:/'
  [joined]='s/    result = p.joined(list(out))/    result = list(out)/'
  [version]='s/    result = p.version_after(result)/    pass/'
  [role_back]='s/    result = p.role_back(result)/    pass/'
  [retyped]='s/    result = p.retyped(result)/    pass/'
  [scholar]='s/    result = p.scholar_before(result)/    pass/'
)
for step in ${STEPS:-promise point hope closing gerund joined version role_back retyped scholar}; do
  dir=/tmp/ru50_ablate_$step
  rm -rf $dir && mkdir -p $dir && cp -r src $dir/src
  sed -i "${EDIT[$step]}" $dir/src/spinscope/components/russian/round50.py
  if cmp -s src/spinscope/components/russian/round50.py $dir/src/spinscope/components/russian/round50.py; then
    echo "$step: sed changed nothing"; continue
  fi
  echo "without $step: $(PYTHONPATH=$dir/src python scripts/ru26/score.py --gold $GOLD | tail -1)"
done

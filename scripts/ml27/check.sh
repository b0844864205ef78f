#!/usr/bin/env bash
# Round 27: English unchanged, Polish changed, through `predict semeval2023 --subtask 3`, main (3bbcd4bc) against
# this branch. From the project root, the venv active:
#   bash scripts/ml27/check.sh
set -euo pipefail
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
root=$(pwd)
mkdir -p /tmp/ml27/main_src
git archive 3bbcd4bc src | tar -x -C /tmp/ml27/main_src               # main's code and models, untouched
PYTHONPATH=src python scripts/ml27/english_dev.py ../shared/data /tmp/ml27/en_dev en   # 87 validation articles
PYTHONPATH=src python scripts/ml27/english_dev.py ../shared/data /tmp/ml27/pl_dev po   # 32
for v in before:/tmp/ml27/main_src/src after:$root/src; do n=${v%%:*}
  for lang in en auto; do
    PYTHONPATH=${v#*:} nice -n 10 python -m spinscope predict semeval2023 --subtask 3 --articles /tmp/ml27/en_dev \
      --out /tmp/ml27/en_${lang}_$n.txt $([ $lang = en ] && echo --language en)
  done
  PYTHONPATH=${v#*:} nice -n 10 python -m spinscope predict semeval2023 --subtask 3 --articles /tmp/ml27/pl_dev \
    --out /tmp/ml27/pl_$n.txt --language pl
done
cmp /tmp/ml27/en_en_before.txt /tmp/ml27/en_en_after.txt && cmp /tmp/ml27/en_auto_before.txt /tmp/ml27/en_auto_after.txt \
  && echo "English: byte-identical"
python - <<'PY'
ids = {f.name[7:-4] for f in __import__("pathlib").Path("/tmp/ml27/pl_dev").iterdir()}
rows = [r for r in open("../shared/data/semeval2023_task3/po/train-labels-subtask-3.txt", encoding="utf-8")
        if r.split("\t")[0] in ids]
open("/tmp/ml27/pl_gold.txt", "w", encoding="utf-8").writelines(rows)
PY
for n in before after; do python ../shared/eval/score.py st3 /tmp/ml27/pl_gold.txt /tmp/ml27/pl_$n.txt; done

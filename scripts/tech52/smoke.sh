#!/usr/bin/env bash
# predict ptc --task si on the first 20 PTC dev articles (sorted) and predict semeval2023 --subtask 3 on the last 12
# English SemEval-2023 training articles (tech41's and tech43's choice), the base (MAIN_SRC: a `git archive 1f526a8c src`
# copy) and this branch; byte comparison. Usage: bash scripts/tech52/smoke.sh (tech51's, copied) MAIN_SRC WORK
set -euo pipefail
MAIN_SRC=$1; WORK=$2; DATA=../shared/data
mkdir -p "$WORK/st3_in" "$WORK/si_in"
for f in $(ls "$DATA"/semeval2023_task3/en/train-articles-subtask-3/article*.txt | tail -12); do cp "$f" "$WORK/st3_in/"; done
for f in $(ls "$DATA"/ptc_semeval2020_task11/dev-articles/article*.txt | sort | head -20); do cp "$f" "$WORK/si_in/"; done
for side in main branch; do
  src=$([ "$side" = main ] && echo "$MAIN_SRC" || echo "$PWD/src")
  PYTHONPATH=$src OMP_NUM_THREADS=1 python -m spinscope predict ptc --task si --articles "$WORK/si_in" --out "$WORK/si_$side.txt" 2>/dev/null
  PYTHONPATH=$src OMP_NUM_THREADS=1 python -m spinscope predict semeval2023 --subtask 3 --articles "$WORK/st3_in" --out "$WORK/st3_$side.txt" 2>/dev/null
done
cmp -s "$WORK/si_main.txt" "$WORK/si_branch.txt" && echo "predict ptc --task si, 20 PTC dev articles: byte-identical, $(wc -l < "$WORK/si_main.txt") rows" || echo "predict ptc --task si: DIFFERS"
cmp -s "$WORK/st3_main.txt" "$WORK/st3_branch.txt" && echo "predict semeval2023 --subtask 3, 12 articles: byte-identical, $(wc -l < "$WORK/st3_main.txt") rows" || echo "predict semeval2023 --subtask 3: DIFFERS"

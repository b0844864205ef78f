#!/usr/bin/env bash
# predict ptc --task si on the 75 PTC dev articles and predict semeval2023 --subtask 3 on 12 English SemEval-2023
# articles, with main (MAIN_SRC: a `git archive 0ce7deb1 src` copy) and with this branch; PTC SI scored against the
# derived dev gold (seen in training: a smoke check, not an estimate). Usage: bash scripts/tech41/smoke.sh MAIN_SRC WORK
set -euo pipefail
MAIN_SRC=$1; WORK=$2; DATA=../shared/data
mkdir -p "$WORK/st3_in"
for f in $(ls "$DATA"/semeval2023_task3/en/train-articles-subtask-3/article*.txt | tail -12); do cp "$f" "$WORK/st3_in/"; done
for side in main branch; do
  src=$([ "$side" = main ] && echo "$MAIN_SRC" || echo "$PWD/src")
  PYTHONPATH=$src OMP_NUM_THREADS=1 python -m spinscope predict ptc --task si --articles "$DATA/ptc_semeval2020_task11/dev-articles" --out "$WORK/si_$side.txt" 2>/dev/null
  PYTHONPATH=$src OMP_NUM_THREADS=1 python -m spinscope predict semeval2023 --subtask 3 --articles "$WORK/st3_in" --out "$WORK/st3_$side.txt" 2>/dev/null
  echo "$side: PTC dev SI rows $(wc -l < "$WORK/si_$side.txt"); $(python ../shared/eval/score.py ptc-si "$DATA/ptc_semeval2020_task11/dev-task1-SI.labels.derived" "$WORK/si_$side.txt" | tr '\n' ' ')"
done
cmp -s "$WORK/st3_main.txt" "$WORK/st3_branch.txt" && echo "predict semeval2023 --subtask 3, 12 articles: byte-identical, $(wc -l < "$WORK/st3_main.txt") rows" || echo "predict semeval2023 --subtask 3: DIFFERS"
echo "predict ptc --task si: rows only on main $(comm -23 <(sort "$WORK/si_main.txt") <(sort "$WORK/si_branch.txt") | wc -l), only on the branch $(comm -13 <(sort "$WORK/si_main.txt") <(sort "$WORK/si_branch.txt") | wc -l)"

#!/bin/bash
# SemEval-2025 ST1 on the fixed validation split (training/semeval2025.is_validation: sha1("val:"+id) % 5 == 0),
# with the shipped role model: OUT/val_pred.txt (gold entities given), OUT/val_free.txt (no entities), scores.
# Usage: bash scripts/roles43/st1_val.sh OUT
set -e
OUT=$1; mkdir -p $OUT/docs
EN=../shared/data/semeval2025_task10/EN
python - "$OUT" <<'PY'
import shutil, sys
from pathlib import Path
from spinscope.training.semeval2025 import is_validation
out = Path(sys.argv[1]); en = Path("../shared/data/semeval2025_task10/EN")
rows = [l for l in (en / "subtask-1-annotations.txt").read_text().splitlines() if l.strip()]
val = [l for l in rows if is_validation(l.split("\t")[0])]
(out / "val_gold.txt").write_text("\n".join(val) + "\n")
(out / "val_entities.txt").write_text("\n".join("\t".join(l.split("\t")[:4]) for l in val) + "\n")
for name in sorted({l.split("\t")[0] for l in val}):
    shutil.copy(en / "raw-documents" / name, out / "docs" / name)
print(len(val), "mentions", len({l.split("\t")[0] for l in val}), "articles")
PY
python -m spinscope predict semeval2025 --subtask 1 --articles $OUT/docs --entities $OUT/val_entities.txt --out $OUT/val_pred.txt
python -m spinscope predict semeval2025 --subtask 1 --articles $OUT/docs --out $OUT/val_free.txt
python ../shared/eval/score.py st25-1 $OUT/val_gold.txt $OUT/val_pred.txt
sha1sum $OUT/val_pred.txt $OUT/val_free.txt

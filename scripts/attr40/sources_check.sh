#!/usr/bin/env bash
# Round 40: source typing on the sources development golds (held-out files not read), base vs branch, because
# rule 5 (a city's mayor or a governor in office typed government) changes types. Usage: BASE_SRC BRANCH_SRC
set -euo pipefail
for g in tests/gold/sources_real2[678].jsonl tests/gold/sources_real3[012345].jsonl; do
  echo "$g base:   $(PYTHONPATH=$1 python scripts/sources27/score.py --gold $g 2>&1 | python -c "import json,sys; d=json.load(sys.stdin); print(*(f'{k}={d[k]}' for k in ('speakers','matched','type_acc','country_acc','named_acc','name_acc')))")"
  echo "$g branch: $(PYTHONPATH=$2 python scripts/sources27/score.py --gold $g 2>&1 | python -c "import json,sys; d=json.load(sys.stdin); print(*(f'{k}={d[k]}' for k in ('speakers','matched','type_acc','country_acc','named_acc','name_acc')))")"
done

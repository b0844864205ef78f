#!/bin/sh
# Round 25: `analyze --format jsonl` of main and of this branch on the same articles, compared line by line
# (timing fields removed; then also with the roles model's id, a hash of its retrained files, read as one name).
# Usage: sh scripts/roles25/analyze_same.sh MAIN_SRC OUT_DIR FILE...
# (run from the worktree root; MAIN_SRC: a checkout's src of main, e.g. /work/main/src)
main_src=$1; out=$2; shift 2
mkdir -p "$out"
PYTHONPATH="$main_src" OMP_NUM_THREADS=1 python -m spinscope analyze --format jsonl "$@" > "$out/main.jsonl"
PYTHONPATH="$PWD/src" OMP_NUM_THREADS=1 python -m spinscope analyze --format jsonl "$@" > "$out/branch.jsonl"
python - "$out" <<'PY'
import json, sys
def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if not any(t in k for t in ("seconds", "elapsed", "timing", "_ms"))}
    if isinstance(o, list):
        return [strip(v) for v in o]
    return o
a = [strip(json.loads(l)) for l in open(sys.argv[1] + "/main.jsonl")]
b = [strip(json.loads(l)) for l in open(sys.argv[1] + "/branch.jsonl")]
same = [x == y for x, y in zip(a, b)]
print(f"{len(a)} / {len(b)} articles; identical after removing timing fields: {sum(same)}")
ma, br = open(sys.argv[1] + "/main.jsonl").read(), open(sys.argv[1] + "/branch.jsonl").read()
print("byte-identical as written:", ma == br)
import re
ids = sorted(set(re.findall(r"roles-en-\d{8}-[0-9a-f]{10}", ma)) | set(re.findall(r"roles-en-\d{8}-[0-9a-f]{10}", br)))
for i in ids:
    ma, br = ma.replace(i, "ROLES_MODEL_ID"), br.replace(i, "ROLES_MODEL_ID")
print("roles model ids:", ids, "; byte-identical with them read as one:", ma == br)
PY

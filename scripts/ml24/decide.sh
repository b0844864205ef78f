#!/usr/bin/env bash
# Round 24's decision run (scripts/ml24/RULES.md): the store from /tmp/ml24/shards as it is, the nested genre
# harness at outer seeds 8, 9, 10 (side by side, one thread each), then the pooled decision and the reference rows.
#   bash scripts/ml24/decide.sh      (from the project root, the venv active, PYTHONPATH=src)
set -euo pipefail
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
R=ms=mean+style,msx=mean+style+stylexl,msxm=mean+style+stylexl+meanxl16,msxml=mean+lead+style+stylexl+meanxl16
python -c "import sys; sys.path.insert(0, 'scripts/ml9'); from common import load_items; \
print(len(load_items('/tmp/ml24/shards', '/tmp/ml24/items.pkl', refresh=True)), 'items')"
for s in 8 9 10; do
  nice -n 10 python scripts/ml21/genre_writer.py --store /tmp/ml24/items.pkl --pca-inside --outer-seed $s \
    --recipes $R --json /tmp/ml24/genre_s$s.json > /tmp/ml24/genre_s$s.out 2> /tmp/ml24/genre_s$s.err &
done
wait
D=8=/tmp/ml24/genre_s8.json,9=/tmp/ml24/genre_s9.json,10=/tmp/ml24/genre_s10.json
python scripts/ml22/genre_pool.py --store /tmp/ml24/items.pkl --sets ms,msx,msxm ms,msx,msxm,msxml --draws $D \
  | tee /tmp/ml24/pool_decide.txt
python scripts/ml22/genre_pool.py --store /tmp/ml24/items.pkl --sets msxm msxml --draws $D | tee /tmp/ml24/pool_single.txt
python scripts/ml24/confusion.py --store /tmp/ml24/items.pkl --sets ms,msx,msxm ms,msx,msxm,msxml --draws $D | tee /tmp/ml24/confusion.txt

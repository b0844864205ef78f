#!/bin/bash
cd "$(dirname "$0")/../.."  # the checkout; main and the branch as snapshots under $SNAP/main/src, $SNAP/br/src
source /work/main/.venv/bin/activate
export OMP_NUM_THREADS=1
for v in main br br main main br; do
  echo "== cpu $v $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  PYTHONPATH=${SNAP:-/tmp/speed44}/$v/src nice python scripts/speed43/cpu.py --passes 3 2>&1 | tail -1
done
for v in main br; do
  echo "== funcs $v $(date -u +%T)"
  PYTHONPATH=${SNAP:-/tmp/speed44}/$v/src nice python scripts/speed44/funcs.py --passes 2 2>&1 | tail -16
done
echo "== done $(date -u +%T)"

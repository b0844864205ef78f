#!/bin/bash
# speed46: speed43's cpu.py (best of 3 passes, CPU s of the process) for main's and the branch's src (git archive
# snapshots under $SNAP/main/src and $SNAP/br/src), side by side, with nice.
cd "$(dirname "$0")/../.."
source /work/main/.venv/bin/activate
export OMP_NUM_THREADS=1
SNAP=${SNAP:-/tmp/speed46}
echo "== start $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
for v in main br; do
  PYTHONPATH=$SNAP/$v/src nice python scripts/speed43/cpu.py --passes 3 > "$SNAP/$v.cpu3.log" 2>&1 &
done
wait
tail -qn1 "$SNAP/main.cpu3.log" "$SNAP/br.cpu3.log"
echo "== done $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"

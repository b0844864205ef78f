#!/bin/bash
# speed45: speed43's cpu.py (best of 3 passes, CPU s of the process) alternately on main's and the branch's src
# (git archive snapshots under $SNAP/main/src and $SNAP/br/src), with nice; the first pair also writes one profiled
# pass each (cProfile, timer process_time) to $SNAP/<v>.prof.
cd "$(dirname "$0")/../.."
source /work/main/.venv/bin/activate
export OMP_NUM_THREADS=1
SNAP=${SNAP:-/tmp/speed45}
for v in main br; do
  echo "== cpu $v $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  PYTHONPATH=$SNAP/$v/src nice python scripts/speed43/cpu.py --passes 3 --profile "$SNAP/$v.run.prof" 2>&1 | tail -1
done
for v in br main; do
  echo "== cpu $v $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  PYTHONPATH=$SNAP/$v/src nice python scripts/speed43/cpu.py --passes 3 2>&1 | tail -1
done
echo "== done $(date -u +%T)"

#!/bin/sh
# speed48: main and the branch side by side (started together, so both see the same load), best of 3 passes each,
# CPU seconds of the process (scripts/speed43/cpu.py); snapshots of src under $SNAP/{main,br} (git archive).
SNAP=${SNAP:-/tmp/speed48}
for v in main br; do
  PYTHONPATH=$SNAP/$v/src OMP_NUM_THREADS=1 nice python scripts/speed43/cpu.py --passes 3 > "$SNAP/cpu.$v.${RUN:-1}.log" 2>&1 &
done
wait
cat "$SNAP/cpu.main.${RUN:-1}.log" "$SNAP/cpu.br.${RUN:-1}.log"

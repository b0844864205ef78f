#!/bin/sh
# speed49: main and the branch side by side (started together, so both see the same load), best of ${PASSES:-2}
# passes each, CPU seconds of the process (scripts/speed43/cpu.py); snapshots of src under $SNAP/{main,br}.
SNAP=${SNAP:-/tmp/speed49}
for v in main br; do
  PYTHONPATH=$SNAP/$v/src OMP_NUM_THREADS=1 nice python scripts/speed43/cpu.py --passes "${PASSES:-2}" > "$SNAP/cpu.$v.${RUN:-1}.log" 2>&1 &
done
wait
cat "$SNAP/cpu.main.${RUN:-1}.log" "$SNAP/cpu.br.${RUN:-1}.log"

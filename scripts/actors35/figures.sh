#!/usr/bin/env bash
# Round 35 actor figures (round 34's script with this round's sets): every real-article actor gold, the written
# articles, the pooled written events batches and the PLOVER tuning half, for the source tree given. From the
# repository root:  bash scripts/actors35/figures.sh SRC OUTDIR [--heldout | --actors | --other]
# (SRC: this branch's or the base's src; --actors: the actor sets alone, --other: all but the actor sets)
# Held-out sets are scored only with --heldout (read once, at the end of the round). Needs ../shared.
# EXTRA="37 ..." (environment, optional; round 37 on) adds later rounds' sets: actors_real37 (actors_real37_heldout
# with --heldout); without it the output is round 35's.
set -euo pipefail
src="$1"; out="$2"; mode="${3:-}"
export PYTHONPATH="$src" OMP_NUM_THREADS=1
mkdir -p "$out"
sets="actors_real actors_real27 actors_real28 actors_real29 actors_real30 actors_real31 actors_real32 actors_real32b"
sets="$sets actors_real33 actors_real33b actors_real34 actors_real35"
if [ "$mode" = "--heldout" ]; then
  sets="actors_real_heldout actors_real27_heldout actors_real28_heldout actors_real29_heldout actors_real30_heldout"
  sets="$sets actors_real31_heldout actors_real32_heldout actors_real32b_heldout actors_real33_heldout"
  sets="$sets actors_real33b_heldout actors_real34_heldout actors_real35_heldout"
fi
for r in ${EXTRA:-}; do
  if [ "$mode" = "--heldout" ]; then sets="$sets actors_real${r}_heldout"; else sets="$sets actors_real${r}"; fi
done
[ "$mode" = "--other" ] && sets=""
for f in $sets; do
  python -m spinscope.training.actor_eval --real --shared ../shared "tests/gold/$f.jsonl" > "$out/$f.json"
  printf '%s ' "$f"
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["precision"], d["recall"], d["predicted"])' \
    "$out/$f.json"
done
if [ "$mode" != "--heldout" ] && [ "$mode" != "--actors" ]; then
  python -m spinscope.training.actor_eval tests/gold/actors.jsonl > "$out/written.json"
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); print("written", d["precision"], d["recall"])' \
    "$out/written.json"
  python scripts/events_written_score.py --show tests/gold/events_written*.jsonl > "$out/events_written.txt"
  grep '"pooled"' "$out/events_written.txt" || tail -3 "$out/events_written.txt"
  python scripts/events26/tuning_half.py --keep "$out/plover" | tee "$out/plover_tuning.txt"
fi

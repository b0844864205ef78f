#!/usr/bin/env bash
# Round 41 (lead41) guards for the source tree given, one line a set. From the repository root, venv active:
#   bash scripts/lead41/guards.sh SRC LAYERS [--heldout]
# LAYERS: any of attr, sources, actors, events, polnear (comma separated). Without --heldout: development sets (and
# PolNeAR tune, PLOVER halves, written batches); with --heldout: held-out sets (and PolNeAR held), totals only.
set -uo pipefail
src="$1"; layers="$2"; mode="${3:-}"
export PYTHONPATH="$src:$PWD" OMP_NUM_THREADS=1
suffix=""; [ "$mode" = "--heldout" ] && suffix="_heldout"
has() { [[ ",$layers," == *",$1,"* ]]; }
pick() { for f in tests/gold/$1_real*.jsonl; do case "$f" in *_heldout.jsonl) [ -n "$suffix" ] && echo "$f";; *) [ -z "$suffix" ] && echo "$f";; esac; done; }
if has polnear; then
  half=tune; [ -n "$suffix" ] && half=held
  echo "polnear_$half $(python scripts/attr_dev.py score --half $half 2>&1 | tail -3 | tr '\n' ' ')"
fi
if has attr; then for f in $(pick attributions); do
  echo "$(basename $f) $(python scripts/attr31/score.py --gold $f 2>&1 | tail -1)"; done; fi
if has sources; then for f in $(pick sources); do
  echo "$(basename $f) $(python scripts/sources27/score.py --gold $f 2>&1 | python -c 'import json,sys; d=json.load(sys.stdin); print(d["found"], d["type_acc"], d["country_acc"], d["named_acc"], d["name_acc"])')"; done; fi
if has actors; then for f in $(pick actors); do
  python -m spinscope.training.actor_eval --real --shared ../shared "$f" > /tmp/lead41_actor_$$.json 2>/dev/null
  echo "$(basename $f) $(python -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["precision"], d["recall"], d["predicted"])' /tmp/lead41_actor_$$.json)"; done; fi
if has events; then for f in $(pick events); do
  echo "$(basename $f) $(python scripts/events36/score.py $f 2>&1 | tail -2 | tr '\n' ' ')"; done
  if [ -z "$suffix" ]; then
    python scripts/plover_dev_halves.py 2>&1 | tail -4
    python scripts/events_written_score.py tests/gold/events_written*.jsonl 2>&1 | tail -1
  fi
fi

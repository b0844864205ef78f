#!/usr/bin/env bash
# Round 36 figures (run from the project root with the venv active and PYTHONPATH=src; ~2 min on one core).
# The held-out file is read for its score only (score.py refuses --show on it).
set -euo pipefail
python scripts/events36/draw.py                                    # the draw (75 sentences, 14 documents held out)
python scripts/events36/score.py tests/gold/events_real36.jsonl    # development
python scripts/events36/score.py tests/gold/events_real36_heldout.jsonl
python scripts/plover_dev_halves.py                                # PLOVER GSR dev halves (tuning / held-out)
python scripts/events_written_score.py tests/gold/events_written*.jsonl | tail -1   # our written batches, pooled

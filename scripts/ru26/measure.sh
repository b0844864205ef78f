#!/usr/bin/env bash
# Round 26 (Russian) development measurements; the held-out file is not read here. Run from the worktree root with
# PYTHONPATH set to the src to measure (this worktree's, or an export of main's).
set -euo pipefail
python scripts/ru26/score.py --per-article
for g in russian russian_written2 russian_written3 russian_written4 russian_written5; do
  echo "$g:"; python scripts/ru25/summary.py tests/gold/$g.jsonl | tail -2
done
for e in russian_events_written1.tsv russian_events_written2.tsv russian_events_written3.tsv russian_events_written4.tsv russian_events_written5.tsv; do
  echo "$e: $(python scripts/russian_events_score.py tests/gold/$e 2>&1 | tail -1)"
done

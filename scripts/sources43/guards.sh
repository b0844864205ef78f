#!/usr/bin/env bash
# Round 43: the golds of rounds 26-43 (no round 29 or 37 gold) and the PolNeAR halves, into scripts/sources43/results
# (scripts/sources35/guards.sh).   bash scripts/sources43/guards.sh TAG ; HELD=1 bash scripts/sources43/guards.sh TAG
OUT=scripts/sources43/results ROUNDS="43 42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

#!/usr/bin/env bash
# Round 46: the golds of rounds 26-46 (no round 29, 37 or 45 gold) and the PolNeAR halves, into scripts/sources46/results
# (scripts/sources35/guards.sh).   bash scripts/sources46/guards.sh TAG ; HELD=1 bash scripts/sources46/guards.sh TAG
OUT=scripts/sources46/results ROUNDS="46 44 43 42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

#!/usr/bin/env bash
# Round 39: the golds of rounds 26-39 (no round 37 gold) and the PolNeAR halves, into scripts/sources39/results
# (scripts/sources35/guards.sh).   bash scripts/sources39/guards.sh TAG ; HELD=1 bash scripts/sources39/guards.sh TAG
OUT=scripts/sources39/results ROUNDS="39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

#!/usr/bin/env bash
# Round 36: the golds of rounds 26-36 and the PolNeAR halves, into scripts/sources36/results (scripts/sources35/guards.sh).
#   bash scripts/sources36/guards.sh TAG ; HELD=1 bash scripts/sources36/guards.sh TAG (held-out, read once)
OUT=scripts/sources36/results ROUNDS="36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

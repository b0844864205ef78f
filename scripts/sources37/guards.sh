#!/usr/bin/env bash
# Round 37: the golds of rounds 26-36 and the PolNeAR halves, into scripts/sources37/results (scripts/sources35/guards.sh).
#   bash scripts/sources37/guards.sh TAG ; HELD=1 bash scripts/sources37/guards.sh TAG (held-out, read once)
OUT=scripts/sources37/results ROUNDS="36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

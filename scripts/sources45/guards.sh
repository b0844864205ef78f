#!/usr/bin/env bash
# Round 45: the golds of rounds 26-44 (no round 29 or 37 gold) and the PolNeAR halves, into scripts/sources45/results
# (scripts/sources35/guards.sh).   bash scripts/sources45/guards.sh TAG ; HELD=1 bash scripts/sources45/guards.sh TAG
OUT=scripts/sources45/results ROUNDS="44 43 42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

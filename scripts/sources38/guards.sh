#!/usr/bin/env bash
# Round 38: the golds of rounds 26-38 (no round 37 gold) and the PolNeAR halves, into scripts/sources38/results
# (scripts/sources35/guards.sh).   bash scripts/sources38/guards.sh TAG ; HELD=1 bash scripts/sources38/guards.sh TAG
OUT=scripts/sources38/results ROUNDS="38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

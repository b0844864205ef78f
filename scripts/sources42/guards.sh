#!/usr/bin/env bash
# Round 42: the golds of rounds 26-42 (no round 29 or 37 gold) and the PolNeAR halves, into scripts/sources42/results
# (scripts/sources35/guards.sh).   bash scripts/sources42/guards.sh TAG ; HELD=1 bash scripts/sources42/guards.sh TAG
OUT=scripts/sources42/results ROUNDS="42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

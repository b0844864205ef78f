#!/usr/bin/env bash
# Round 47: the golds of rounds 26-47 on main (no round 29, 37, 45 or 46 gold) and the PolNeAR halves, into
# scripts/sources47/results (scripts/sources35/guards.sh).   bash scripts/sources47/guards.sh TAG ; HELD=1 bash scripts/sources47/guards.sh TAG
OUT=scripts/sources47/results ROUNDS="47 44 43 42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

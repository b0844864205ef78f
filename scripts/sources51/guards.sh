#!/usr/bin/env bash
# Round 51: the source golds of rounds 26-51 (no round 29, 37, 45 or 48 gold) and the PolNeAR halves, into
# scripts/sources51/results (scripts/sources35/guards.sh).   bash scripts/sources51/guards.sh TAG ; HELD=1 bash scripts/sources51/guards.sh TAG
OUT=scripts/sources51/results ROUNDS="51 50 49 47 46 44 43 42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

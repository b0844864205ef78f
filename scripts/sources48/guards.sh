#!/usr/bin/env bash
# Round 48: the source golds of rounds 26-47 and the PolNeAR halves, into scripts/sources48/results
# (scripts/sources35/guards.sh).   bash scripts/sources48/guards.sh TAG ; HELD=1 bash scripts/sources48/guards.sh TAG
OUT=scripts/sources48/results ROUNDS="47 46 44 43 42 41 40 39 38 36 35 34 33 32 31 30 28 27 26" exec bash scripts/sources35/guards.sh "$@"

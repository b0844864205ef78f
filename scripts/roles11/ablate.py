"""Round 11 (roles11): scripts/roles11/build_rows.py with part of round 11's role_context lexicons taken out.

Usage: python scripts/roles11/ablate.py nonouns|noverbs OUT.pkl [DATA_DIR] [EMBEDDING_CACHE]
nonouns: no nouns of harm or help (HARM_NOUNS, HELP_NOUNS empty); noverbs: the verbs added in round 11 removed.
"""
from __future__ import annotations

import runpy
import sys

from spinscope.components import role_context as R

ROUND11_HARM = {"kidnap", "abduct", "assassinate", "afflict", "plot", "conspire", "assault", "sentence", "ravage"}
ROUND11_HELP = {"offer", "give", "pledge", "fund", "finance", "grant", "back", "equip"}

kind = sys.argv.pop(1)
if kind == "nonouns":
    R.HARM_NOUNS = frozenset()
    R.HELP_NOUNS = frozenset()
elif kind == "noverbs":
    R.HARM_VERBS = R.HARM_VERBS - ROUND11_HARM
    R.HELP_VERBS = R.HELP_VERBS - ROUND11_HELP
else:
    raise SystemExit(f"unknown ablation {kind!r}")
sys.argv = ["build_rows.py", *sys.argv[1:]]
runpy.run_path("scripts/roles11/build_rows.py", run_name="__main__")

#!/usr/bin/env bash
# Set up a virtual environment, install spinscope with its dev tools, then lint, type-check and test.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
# .ci/run has just made .venv and installed .[dev] itself (SPINSCOPE_INSTALLED=1): a second pass would only re-resolve
# every dependency and rebuild the editable wheel (ci51: 14 s of CPU for nothing).
if [ "${SPINSCOPE_INSTALLED:-0}" != 1 ]; then
    python3 -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[dev]"
fi
.venv/bin/ruff check src tests benchmarks fuzz
.venv/bin/mypy
.venv/bin/python -m pytest -n auto "$@"  # one worker a core (pytest-xdist)

#!/usr/bin/env bash
# Set up a virtual environment, install spinscope with its dev tools, then lint, type-check and test.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
.venv/bin/ruff check src tests benchmarks fuzz
.venv/bin/mypy
.venv/bin/python -m pytest -n auto "$@"  # one worker a core (pytest-xdist)

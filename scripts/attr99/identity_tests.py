#!/usr/bin/env python3
"""Run tests/test_attr99.py with round 99's pass replaced by the identity (main's code path): the rule tests must
fail, the guards pass.

    PYTHONPATH=src python scripts/attr99/identity_tests.py
"""

from __future__ import annotations

import sys

import pytest

import spinscope.components.attribution as attribution

attribution.round99_attributions = lambda text, out, table: out  # type: ignore[assignment]
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "tests/test_attr99.py"]))

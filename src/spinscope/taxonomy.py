"""The SemEval-2023 persuasion-technique taxonomy: 23 techniques in 6 categories, with definitions."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _taxonomy() -> dict[str, Any]:
    text = resources.files("spinscope.resources").joinpath("techniques.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def categories() -> dict[str, str]:
    """Category key -> display name, in the order of the SemEval-2023 guidelines."""
    return dict(_taxonomy()["categories"])


def techniques() -> list[dict[str, str]]:
    """The 23 techniques, each ``{label, category, definition}``."""
    return list(_taxonomy()["techniques"])


def technique_info(label: str) -> dict[str, str] | None:
    """The entry of one technique label, or None if the label is not in the taxonomy."""
    for entry in _taxonomy()["techniques"]:
        if entry["label"] == label:
            return dict(entry)
    return None


@lru_cache(maxsize=1)
def technique_catalog() -> dict[str, dict[str, str]]:
    """``{label: {"name", "category", "category_id", "definition"}}`` for the 23 techniques."""
    data = _taxonomy()
    names = data["categories"]
    return {t["label"]: {"name": t["name"], "category": names[t["category"]], "category_id": t["category"],
                         "definition": t["definition"]} for t in data["techniques"]}

"""spinscope: how an article persuades, whom it cites, who does what to whom, with evidence."""

from __future__ import annotations

__version__ = "0.1.0"

from .api import analyze, load_pipeline

__all__ = ["__version__", "analyze", "load_pipeline"]

"""spinscope: how an article persuades, whom it cites, who does what to whom, with evidence."""

from __future__ import annotations

from .api import analyze, load_pipeline
from .settings import __version__

__all__ = ["__version__", "analyze", "load_pipeline"]

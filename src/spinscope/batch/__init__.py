"""Batch runners: ingest a corpus into a store locally (one process or a pool) or on a Dask cluster."""

from __future__ import annotations

from .local import AnalysisFailure, IngestReport, ingest_lock, run_local

__all__ = ["AnalysisFailure", "IngestReport", "ingest_lock", "run_local"]

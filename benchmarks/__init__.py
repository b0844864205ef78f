"""spinscope's benchmark suite: `python -m benchmarks` (see docs/BENCHMARKS.md)."""

"""Analysis components, one module per layer. Each registers itself with spinscope.pipeline.register."""

# sentence-vectors.v1 registers with whichever component module the entry points load first (it is small, and a
# checkout whose installed entry points predate it still finds it)
from . import vectors  # noqa: F401

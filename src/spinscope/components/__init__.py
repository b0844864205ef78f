"""Analysis components, one module per layer. Each registers itself with spinscope.pipeline.register."""

# sentence-vectors.v1 registers with whichever component module the entry points load first (it is small, and a
# checkout whose installed entry points predate it still finds it); roles_gate43.v1 (round 43) and
# techniques_gate43.v1 (round 42, helper 43), techniques_gate44.v1 (round 43, helper 44) and techniques_gate45.v1
# (round 43, helper 45), techniques_gate46.v1 (round 44, helper 46), techniques_gate47.v1 (round 45, helper 47),
# techniques_gate50.v1, techniques_gate51.v1 and techniques_gate52.v1 (round 46, helpers tech50, tech51 and tech52)
# techniques_gate53.v1 and techniques_gate54.v1 (round 47, helpers tech53 and tech54) register here too, for the same
# reason
from . import (
    roles_gate43,  # noqa: F401
    techniques43,  # noqa: F401
    techniques44,  # noqa: F401
    techniques45,  # noqa: F401
    techniques46,  # noqa: F401
    techniques47,  # noqa: F401
    techniques50,  # noqa: F401
    techniques51,  # noqa: F401
    techniques52,  # noqa: F401
    techniques53,  # noqa: F401
    techniques54,  # noqa: F401
    vectors,  # noqa: F401
)

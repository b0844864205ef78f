"""The genre prior of a news stream, round 47 (issue 15; docs/EVALUATION.md, "Genre on English news pages, round 47").

``analyze`` reads news, where most articles are reports; the genre model's decision rule was fitted for the
SemEval-2023 kept-back English set (opinion 20, reporting 54, satire 9 of 83: :data:`BENCHMARK_MIX`). Lead 43 moved
satire's share alone to a stream's; :func:`stream_offsets` moves all three genres from the benchmark's mix to
:data:`STREAM_MIX` (log-prior offsets, added after the model's own calibration). ``predict semeval2023`` and
``eval`` keep the benchmark's mix: they never call this.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: The mix the genre rule is fitted for (the project's news mix; satire as ``persuasion.BENCHMARK_SATIRE_SHARE``).
BENCHMARK_MIX = {"opinion": 0.25, "reporting": 0.65, "satire": 0.10}
#: A news stream's mix (scripts/genre41/RULE.md: fixed before any figure; straight news dominates what users read).
STREAM_MIX = {"opinion": 0.18, "reporting": 0.80, "satire": 0.02}


def stream_mix(satire_share: float) -> dict[str, float]:
    """:data:`STREAM_MIX` with satire at ``satire_share``, opinion and reporting sharing the rest as 18 : 80.

    >>> {k: round(v, 4) for k, v in stream_mix(0.02).items()}
    {'opinion': 0.18, 'reporting': 0.8, 'satire': 0.02}
    >>> round(stream_mix(0.5)["reporting"] / stream_mix(0.5)["opinion"], 4)
    4.4444
    """
    rest = 1.0 - STREAM_MIX["satire"]
    return {
        "opinion": STREAM_MIX["opinion"] * (1.0 - satire_share) / rest,
        "reporting": STREAM_MIX["reporting"] * (1.0 - satire_share) / rest,
        "satire": satire_share,
    }


def stream_offsets(labels: Sequence[str], satire_share: float) -> list[float]:
    """log(stream share / benchmark share) for each of ``labels``; 0 for a label outside the two mixes.

    >>> [round(x, 4) for x in stream_offsets(["opinion", "reporting", "satire"], 0.02)]
    [-0.3285, 0.2076, -1.6094]
    """
    mix = stream_mix(satire_share)
    return [math.log(mix[lab] / BENCHMARK_MIX[lab]) if lab in BENCHMARK_MIX else 0.0 for lab in labels]

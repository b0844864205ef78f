"""Round 24 (narr24), RULE.md addendum 2 (measured, not shippable this round): `pruned`, the hand-written cues
with a narrative's cues dropped where, on the training part, the articles of its domain they match carry it less
than PRUNE_PRECISION of the time (at least PRUNE_MIN matched). Runs scripts/narr24/cues.py's harness with its
cue swap replaced.
Usage: python scripts/narr24/prune.py CACHE.pkl OUT.npz"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cues as C

from spinscope.components.narratives import cue_counts, narrative_cues

PRUNE_PRECISION, PRUNE_MIN = 0.4, 3
HAND = {}


def hand_cued(ids):
    if not HAND:
        arts_all, _ = C.S.load_task(C.DATA)
        counts = cue_counts([arts_all[i].text for i in ids]) > 0
        HAND.update({lab: counts[:, j] for j, lab in enumerate(narrative_cues())})
    return HAND


def swap(arrays, train, test, ids, grams, gold, variant):
    a = arrays[0]
    assert a.cued.shape[0] == len(test)
    hand = hand_cued(ids)
    cued = a.cued.copy()
    for j, lab in enumerate(a.coarse_labels):
        domain = lab.split(":")[0]
        members = [i for i in train if C.domain_of_id(ids[i]) == domain and hand[lab][i]]
        if len(members) >= PRUNE_MIN and sum(lab in gold[i] for i in members) < PRUNE_PRECISION * len(members):
            cued[:, j] = False
    return C.with_cued(arrays, cued)


if __name__ == "__main__":
    C.swap = swap
    print("variant pruned (printed as union below)", flush=True)
    sys.argv = [sys.argv[0], sys.argv[1], "union", sys.argv[2]]
    C.main()

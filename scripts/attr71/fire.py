"""Round 71: counts of round 71's rule firings per gold file (counts only: no text, no gold comparison).

    PYTHONPATH=src python scripts/attr71/fire.py tests/gold/attributions_realNN.jsonl ...
"""
import collections, re, sys
sys.path.insert(0, 'scripts/attr31')
import score as S
from pathlib import Path
import spinscope.components.attribution.round71 as R
import spinscope.components.attribution as A
from spinscope.components.attribution import AttributionExtractor
from spinscope.ingest.clean import make_document
from spinscope.ingest.readers import iter_paths
from spinscope.pipeline import Pipeline
C = collections.Counter()
def why(text, a):
    cue = R._cue_word(text, a)
    if cue in R.NEVER_CUE_71: return "never-cue"
    if cue in R.TELL_71 or cue in R.MAKE_71: return "truth/make"
    if a.speaker is not None and R._lets(text, (a.speaker.start, a.speaker.end)): return "lets"
    if cue in R.BELIEF_71: return "no-subject"
    return "not-known"
od = R._drop_71
def drop(text, a):
    r = od(text, a)
    if r: C["drop:" + why(text, a)] += 1
    return r
R._drop_71 = drop
ofe = R._featured_speaker
def fe(text, a, t):
    b = ofe(text, a, t); C["featured"] += b is not a; return b
R._featured_speaker = fe

olc = R.round71_candidates
def lc(text, cands):
    out = olc(text, cands); C["lets-candidate"] += len(cands) - len(out); return out
A.round71_candidates = lc
ex, up = AttributionExtractor(), Pipeline.from_names(S.UPSTREAM)
CURLY = re.compile(r'"[^"\n]*\u201c[^"\n]*"')
for f in [a for a in sys.argv[1:] if not a.startswith("--polnear=")]:
    C.clear()
    for rec in S.load_gold(Path(f)):
        item = next(iter(iter_paths([S.SHARED / rec["path"]])))
        doc = ex(up.run(make_document(item)))
        C["curly-in-straight(text)"] += len(CURLY.findall(doc.text))
    print(Path(f).stem, dict(C))


def polnear(half: str) -> None:
    """The same counts over PolNeAR's texts of one half (texts only; the gold is not read)."""
    sys.path.insert(0, 'scripts')
    import attr_dev
    from spinscope.ingest.clean import make_document as mk
    C.clear()
    for stem in attr_dev.stems(half):
        item = next(iter(iter_paths([attr_dev.DATA / "text" / f"{stem}.txt"])))
        ex(up.run(mk(item)))
    print("polnear", half, dict(C))


for a in sys.argv[1:]:
    if a.startswith("--polnear="):
        polnear(a.split("=", 1)[1])

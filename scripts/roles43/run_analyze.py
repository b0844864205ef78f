"""Run `analyze` (the whole default pipeline) on files and cache each result as JSON in OUT_DIR.

python scripts/roles43/run_analyze.py OUT_DIR FILE...  (a file already cached is skipped)."""
import sys
import time
from pathlib import Path

from spinscope.api import load_pipeline
from spinscope.ingest.readers import iter_paths

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
pipe = load_pipeline()
for name in sys.argv[2:]:
    path = Path(name)
    target = out / (path.stem + ".json")
    if target.exists():
        continue
    t = time.time()
    (item,) = list(iter_paths([path]))
    result = pipe(item)
    target.write_text(result.model_dump_json())
    print(path.stem, round(time.time() - t, 1), flush=True)

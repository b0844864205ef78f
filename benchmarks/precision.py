"""The technique tagger at lower numeric precision: seconds and validation scores, side by side.

    python -m benchmarks.precision [--data PATH] [--modes fp32,bf16,int8,int8-ffn]

Runs the committed tagger over the validation articles of the fixed split (needs ../shared/data) once per
mode, with the committed thresholds (no recalibration, as a user would run it):

- ``fp32``: plain float32;
- ``bf16``: bfloat16 autocast, as ``spinscope.encoder.inference`` does where the CPU has native bf16;
- ``int8``: torch dynamic quantization of every linear layer (int8 weights, dynamic int8 activations);
- ``int8-ffn``: the same for the feed-forward layers only (two thirds of the multiply-adds).

The outcome decided spinscope's default (docs/EVALUATION.md, "Precision"): bf16 where the CPU has it.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

MODES = ("fp32", "bf16", "int8", "int8-ffn")


def _model_for(mode: str, model: Any) -> tuple[Any, str]:
    """The tagger module to run for ``mode`` and the SPINSCOPE_PRECISION to run it under."""
    import torch
    from torch import nn

    if mode in ("fp32", "bf16"):
        return model, mode
    if mode == "int8":
        layers: set[Any] = {nn.Linear}
    else:
        layers = {name for name, module in model.named_modules() if isinstance(module, nn.Linear)
                  and (".intermediate." in name or (name.endswith("output.dense") and ".attention." not in name))}
    with warnings.catch_warnings():  # torch.ao.quantization is deprecated in favour of torchao (not installed)
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(model, layers, dtype=torch.qint8), "fp32"


def measure(modes: tuple[str, ...], data_dir: Path | None = None,
            progress: Callable[[str], None] = print) -> list[dict[str, Any]]:
    import os

    import torch

    from spinscope.components.persuasion_models import TechniqueTagger
    from spinscope.encoder import PRECISION_ENV, inference_precision
    from spinscope.training import techniques
    from spinscope.training.data import load_semeval2023, split_articles

    torch.set_num_threads(os.cpu_count() or 1)
    _, val = split_articles(load_semeval2023(data_dir))
    val = [a for a in val if a.paragraph_labels is not None]
    tagger = TechniqueTagger()
    rows = []
    saved = os.environ.get(PRECISION_ENV)
    try:
        for mode in modes:
            model, precision = _model_for(mode, tagger.model)
            os.environ[PRECISION_ENV] = precision
            inference_precision.cache_clear()
            started = time.perf_counter()
            scores = techniques.score_articles(model, val)
            seconds = time.perf_counter() - started
            metrics = techniques.evaluate(val, scores, tagger.config)
            rows.append({"mode": mode, "seconds": round(seconds, 1), "articles": len(val),
                         "st3_micro_f1": metrics["st3"]["micro"]["f1"], "st3_macro_f1": metrics["st3"]["macro_f1"],
                         "si_f1": metrics["ptc_si"]["f1"], "tc_micro_f1": metrics["ptc_tc"]["micro"]["f1"]})
            progress(json.dumps(rows[-1]))
    finally:
        if saved is None:
            os.environ.pop(PRECISION_ENV, None)
        else:
            os.environ[PRECISION_ENV] = saved
        inference_precision.cache_clear()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.precision", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default: ../shared/data)")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, from {', '.join(MODES)}")
    args = parser.parse_args()
    modes = tuple(m.strip() for m in args.modes.split(",") if m.strip())
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        parser.error(f"unknown mode(s) {', '.join(unknown)}; choose from {', '.join(MODES)}")
    rows = measure(modes, args.data)
    base = rows[0]
    print(f"\n| mode | seconds ({base['articles']} articles) | speed-up vs {base['mode']} | ST3 micro-F1 | "
          "ST3 macro-F1 | SI F1 | TC micro-F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['mode']} | {r['seconds']} | {base['seconds'] / r['seconds']:.2f}x | {r['st3_micro_f1']} | "
              f"{r['st3_macro_f1']} | {r['si_f1']} | {r['tc_micro_f1']} |")


if __name__ == "__main__":
    main()

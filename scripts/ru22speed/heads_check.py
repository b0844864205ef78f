"""Round 22, rule (c): do the shipped heads notice the fast engine's vectors?

Out of fold over the training articles (the training command's ``folds_of``, 5 folds by article) of SemEval-2023
fr/de/it/pl/ru (genre macro-F1, frames micro-F1, techniques paragraph micro-F1) and SemEval-2025 bg/hi/pt/ru
(narratives samples-F1 coarse): each head's shipped recipe, C and thresholds (``resources/models/multilingual``),
fitted in each fold on the wheel's vectors of the other folds (projections too), the left-out fold predicted once
with the wheel's vectors and once with the fast engine's. Ship iff for every head the mean over languages of
(fast - wheel) >= -0.005 and every language's >= -0.010 (docs/EVALUATION.md, "Russian speed, round 22").

    PYTHONPATH=src OMP_NUM_THREADS=1 nice -n 10 python scripts/ru22speed/heads_check.py /tmp/ru22speed/vec_wheel \
        /tmp/ru22speed/vec_fast > scripts/ru22speed/heads_check.json
"""

import json
import sys
from pathlib import Path

import numpy as np

from spinscope.components.multilingual import features
from spinscope.training import multilingual as tm
from spinscope.training.data import FRAMES, GENRES

DATA = Path("/work/shared/data")
CONFIG = json.loads(
    (Path(tm.__file__).resolve().parents[1] / "resources" / "models" / "multilingual" / "config.json").read_text(
        encoding="utf-8"
    )
)["heads"]
#: The shipped heads' C (MODEL_CARD.md of resources/models/multilingual).
C = {"genre": 0.03, "frames": 0.003, "techniques": 0.001, "narratives": 0.003}


def complete(keys: set[str]) -> set[tuple[str, str]]:
    """(language, id) of the articles all of whose embedded texts (embed.py's queue) the keys hold."""
    from spinscope.components.multilingual import SEMEVAL_LANGUAGE_CODES, cut_paragraph, lead_count, text_key
    from spinscope.training.data import load_semeval2023, paragraph_lines
    from spinscope.training.semeval2025 import load_task

    found = set()
    for lang in ("fr", "ge", "it", "po", "ru"):
        for aid, art in load_semeval2023(DATA, language=lang).items():
            cuts = [cut_paragraph(art.text[p.start : p.end]) for p in paragraph_lines(art.text)]
            if all(text_key(c) in keys for c in cuts if c):
                found.add((SEMEVAL_LANGUAGE_CODES[lang], aid))
    for lang in ("BG", "HI", "PT", "RU"):
        for aid, art in load_task(DATA, lang)[0].items():
            lines = [ln for ln in art.text.split("\n") if ln.strip()]
            if all(text_key(c) in keys for t in lines[: lead_count(lines)] if (c := cut_paragraph(t))):
                found.add((lang.lower(), aid))
    return found


def items(cache: dict, keep: set[tuple[str, str]]) -> tuple[list, list]:
    tm.LANGUAGES_2023 = ("fr", "ge", "it", "po", "ru")
    tm.LANGUAGES_2025 = ("BG", "HI", "PT", "RU")
    encoder = tm.Encoder(cache, engine="wheel")
    i23 = [
        it
        for it in tm.load_items_2023(DATA, encoder, cache_only=True)
        if not it.validation and (it.language, it.id) in keep
    ]
    i25 = [
        it
        for it in tm.load_items_2025(DATA, encoder, cache_only=True)
        if not it.validation and (it.language, it.id) in keep
    ]
    return i23, i25


def thresholds(head: str, langs: np.ndarray) -> np.ndarray:
    cfg = CONFIG[head]
    per = cfg.get("language_thresholds") or {}
    return np.array([per.get(la, cfg["threshold"]) for la in langs])[:, None]


def per_language(score, y, pred, langs) -> dict[str, float]:
    return {la: round(float(score(y[langs == la], pred[langs == la])), 4) for la in sorted(set(langs.tolist()))}


def genre(w23, f23):
    keep = [i for i, it in enumerate(w23) if it.genre and it.language in tm.GENRE_LANGUAGES]
    w, f = [w23[i] for i in keep], [f23[i] for i in keep]
    recipe = CONFIG["genre"]["recipe"]
    y = np.array([GENRES.index(it.genre) for it in w])
    groups = [f"{it.language}:{it.id}" for it in w]
    langs = np.array([it.language for it in w])
    folds = tm.folds_of(groups)
    pw, pf = np.zeros(len(w), int), np.zeros(len(w), int)
    for k in range(tm.FOLDS):
        tr, te = np.where(folds != k)[0], np.where(folds == k)[0]
        proj = tm.vector_projection(np.stack([w[i].vectors.mean for i in tr]), tm.MEANXL_COMPONENTS)
        xw = np.vstack([features(recipe, it.vectors, proj) for it in w])
        xf = np.vstack([features(recipe, it.vectors, proj) for it in f])
        m = tm.fit_multiclass(xw[tr], y[tr], len(GENRES), C["genre"])
        pw[te] = (xw[te] @ m.weight.T + m.bias).argmax(1)
        pf[te] = (xf[te] @ m.weight.T + m.bias).argmax(1)
    return (
        per_language(tm.macro_f1, y, pw, langs),
        per_language(tm.macro_f1, y, pf, langs),
        int((pw != pf).sum()),
        len(w),
    )


def multilabel(head, w, f, x_of, y, groups, langs, score):
    folds = tm.folds_of(groups)
    qw, qf = np.zeros(y.shape, np.float32), np.zeros(y.shape, np.float32)
    for k in range(tm.FOLDS):
        tr, te = folds != k, folds == k
        xw, xf = x_of(w, tr), x_of(f, tr)
        m = tm.fit_multilabel(xw[tr], y[tr].astype(int), C[head])
        qw[te] = tm.sigmoid(xw[te] @ m.weight.T + m.bias)
        qf[te] = tm.sigmoid(xf[te] @ m.weight.T + m.bias)
        print(f"  {head} fold {k}", file=sys.stderr, flush=True)
    t = thresholds(head, langs)
    pw, pf = qw >= t, qf >= t
    return (
        per_language(score, y, pw, langs),
        per_language(score, y, pf, langs),
        int((pw != pf).sum()),
        float(np.abs(qw - qf).max()),
    )


def main() -> None:
    cw, cf = tm.load_cache(Path(sys.argv[1])), tm.load_cache(Path(sys.argv[2]))
    both = set(cw) & set(cf)
    keep = complete(both)
    if len(sys.argv) > 3:  # a dry run of the code on every N-th article
        keep = set(sorted(keep)[:: int(sys.argv[3])])
    w23, w25 = items({k: cw[k] for k in both}, keep)
    f23, f25 = items({k: cf[k] for k in both}, keep)
    assert [(it.language, it.id, len(it.vectors.paragraphs)) for it in w23] == [
        (it.language, it.id, len(it.vectors.paragraphs)) for it in f23
    ]
    assert [(it.language, it.id) for it in w25] == [(it.language, it.id) for it in f25]
    out: dict = {
        "articles": {la: sum(it.language == la for it in w23 + w25) for la in sorted({it.language for it in w23 + w25})}
    }
    max_diff = max(float(np.abs(cw[k] - cf[k]).max()) for k in both)
    out["vectors"] = {"both_caches": len(both), "max_abs_difference": round(max_diff, 5)}
    gw, gf, changed, n = genre(w23, f23)
    out["genre"] = {"wheel": gw, "fast": gf, "predictions_changed": changed, "articles": n}
    print("genre done", file=sys.stderr, flush=True)
    # frames
    fr = [i for i, it in enumerate(w23) if it.frames is not None]
    fw, ff = [w23[i] for i in fr], [f23[i] for i in fr]
    y = np.array([[x in (it.frames or []) for x in FRAMES] for it in fw])
    groups = [f"{it.language}:{it.id}" for it in fw]
    langs = np.array([it.language for it in fw])
    rec = CONFIG["frames"]["recipe"]
    res = multilabel(
        "frames",
        fw,
        ff,
        lambda its, tr: np.vstack([features(rec, it.vectors) for it in its]),
        y,
        groups,
        langs,
        tm.micro_f1,
    )
    out["frames"] = dict(zip(("wheel", "fast", "labels_changed", "max_probability_change"), res, strict=True))
    # techniques: rows of the labelled paragraphs; langxp's projection from the fold's training articles (wheel)
    rec = CONFIG["techniques"]["recipe"]
    _, yt, gt, lt = tm.technique_rows(w23, rec, tm.paragraph_projection(w23, tm.LANGXP_COMPONENTS))
    lt = np.array(lt)
    art_fold = tm.folds_of([f"{it.language}:{it.id}" for it in w23])
    cache: dict = {}

    def tech_x(its, tr):
        fold = int(np.bincount(tm.folds_of(gt)[~tr], minlength=5).argmax())
        if fold not in cache:
            cache.clear()
            cache[fold] = tm.paragraph_projection(
                [it for it, a in zip(w23, art_fold, strict=True) if a != fold], tm.LANGXP_COMPONENTS
            )
        return tm.technique_rows(its, rec, cache[fold])[0]

    res = multilabel("techniques", w23, f23, tech_x, yt, gt, lt, tm.micro_f1)
    out["techniques"] = dict(zip(("wheel", "fast", "labels_changed", "max_probability_change"), res, strict=True))
    # narratives (coarse)
    labels = CONFIG["narratives"]["labels"]
    yn = np.array([[lab in (it.narratives or []) for lab in labels] for it in w25])
    res = multilabel(
        "narratives",
        w25,
        f25,
        lambda its, tr: np.vstack([features("lead", it.vectors) for it in its]),
        yn,
        [f"{it.language}:{it.id}" for it in w25],
        np.array([it.language for it in w25]),
        tm.samples_f1,
    )
    out["narratives"] = dict(zip(("wheel", "fast", "labels_changed", "max_probability_change"), res, strict=True))
    ok = True
    for head in ("genre", "frames", "techniques", "narratives"):
        d = {la: round(out[head]["fast"][la] - out[head]["wheel"][la], 4) for la in out[head]["wheel"]}
        mean = round(float(np.mean(list(d.values()))), 4)
        passed = mean >= -0.005 and min(d.values()) >= -0.010
        out[head].update({"difference": d, "mean_difference": mean, "passes": passed})
        ok &= passed
    out["rule_c_passes"] = ok
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()

"""Round 18 (roles18): two levers not tried in rounds 1-17, on the hidden metric's estimate (main-role accuracy of
the 560 English subtask-1 mentions, the shipped recipe otherwise unchanged).

Lever A, the size of the entity-mention context windows (RUN=windows). The lexical text of a row is the masked
sentences of every mention of the entity plus the 6 words on each side of the scored mention (L_/R_ prefixed,
``semeval2025.local_window``). Variants:
  base    shipped (6 words);
  w3      the local window cut to 3 words each side;
  w12     widened to 12 words each side;
  win10   the masked sentences replaced by the masked 10 words on each side of every mention of the entity (a
          narrower frame per mention than whole sentences), the local window of 6 kept.
Lever B, the fine-grained roles as sub-classes of the main-role decision (RUN=sub). One multinomial logistic
regression over the fine roles instead of the three main roles (the same features and C; a fine role with fewer
than 10 training mentions is folded into "<main>:other"; a mention with k fine roles gives k rows of weight 1/k),
and P(main) = the sum of its fine roles' probabilities: the Antagonist class is a mixture (a foreign adversary, a
corrupt official, an incompetent agency), which one linear boundary per main role cannot fit. Round 15 fed the fine
classifiers' probabilities as features and round 3 added the best fine role's log-probability; neither replaced the
main-role target. Variants:
  base    shipped;
  sub     P(main) from the fine-role multinomial alone;
  blend   the mean of the shipped P(main) and sub's.

Protocol: three partitions (round 4's folds `_folds`, sha1("roles10:" + id) % 5, sha1("roles11:" + id) % 5), each
grouped 5-fold by article. In each outer fold the variant is chosen by grouped 5-fold over the outer training part
alone (sha1("inner18:" + id) % 5; ties to base, then the order above); the outer held-out articles are read only to
report (nested). Fixed-variant figures are printed for the record, never used to choose.

Decision rule, written 2026-12-03 08:30 UTC before any run of this script:
    For each run, the nested choice procedure ships (the variant the same inner CV picks over all 164 articles)
    iff (1) the mean over the three partitions of nested accuracy minus the shipped recipe's is > 0, with the 95%
    paired bootstrap interval (2000 draws of the 164 articles with replacement, the same draw for all three
    partitions; the statistic: mean over partitions of (right mentions of the nested choice - of base) / mentions
    drawn) entirely above 0; and (2) no partition is lower than base by more than 0.005. If both runs pass, the one
    with the larger mean gain ships (their combination is not run: no time this round). Otherwise nothing ships.

Usage: RUN=windows|sub python scripts/roles18/levers.py ROWS.pkl OUT.json [DATA_DIR]
(ROWS.pkl: scripts/roles11/build_rows.py's rows of the shipped code, e.g. /tmp/roles17/rows_base.pkl.)
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, "scripts/roles11")
from folds import PARAMS, partitions  # type: ignore[import-not-found]

from spinscope.components.semeval2025 import (
    ENTITY_MASK,
    FINE_ROLES,
    MAIN_OF_FINE,
    MAIN_ROLES,
    RoleRows,
    local_window,
    stack_features,
    surface_mentions,
)
from spinscope.training import semeval2025 as S

RUN = os.environ.get("RUN", "windows")
VARIANTS = {"windows": ("base", "w3", "w12", "win10"), "sub": ("base", "sub", "blend")}[RUN]
MIN_FINE = 10
DRAWS = 2000


def masked_windows(text: str, mentions: list[tuple[int, int]], words: int) -> str:
    """The ``words`` words on each side of every mention, in the text with all the mentions masked."""
    pieces, spots, at = [], [], 0
    for s, e in sorted(mentions):
        if s < at:
            continue
        pieces.append(text[at:s])
        start = sum(len(x) for x in pieces)
        pieces.append(f" {ENTITY_MASK} ")
        spots.append((start, start + len(ENTITY_MASK) + 2))
        at = e
    pieces.append(text[at:])
    masked = "".join(pieces)
    parts = []
    for s, e in spots:
        lw = re.findall(r"\w+", masked[max(0, s - 400):s])[-words:]
        rw = re.findall(r"\w+", masked[e:e + 400])[:words]
        parts.append(" ".join([*lw, ENTITY_MASK, *rw]))
    return " . ".join(parts)


def window_rows(rows: RoleRows, mentions: list, texts: dict[str, str], variant: str) -> RoleRows:
    lexical = []
    for lex, m in zip(rows.lexical, mentions, strict=True):
        text = texts[m.article]
        lw6 = local_window(text, m.start, m.end)
        assert lex.endswith(lw6), (m, lex[-100:], lw6)
        context = lex[:len(lex) - len(lw6)]
        if variant == "w3":
            lex = context + local_window(text, m.start, m.end, words=3)
        elif variant == "w12":
            lex = context + local_window(text, m.start, m.end, words=12)
        elif variant == "win10":
            lex = masked_windows(text, surface_mentions(text, m.start, m.end), 10) + " " + lw6
        lexical.append(lex)
    return RoleRows(lexical, rows.dense, rows.context, rows.numbers)


def fine_targets(mentions: list) -> tuple[list[int], list[str], list[float]]:
    """(row -> mention index, fine class, weight) for the sub-class fit; classes from these mentions alone."""
    counts: dict[str, int] = {}
    for m in mentions:
        for f in m.fine:
            counts[f] = counts.get(f, 0) + 1
    idx, ys, ws = [], [], []
    for i, m in enumerate(mentions):
        fines = [f for f in m.fine if f in FINE_ROLES[m.main]] or [f"{m.main}:other"]
        for f in fines:
            idx.append(i)
            ys.append(f if counts.get(f, 0) >= MIN_FINE else f"{m.main}:other")
            ws.append(1.0 / len(fines))
    return idx, ys, ws


_MEMO: dict[tuple[bytes, bytes], tuple[np.ndarray, np.ndarray]] = {}


def sub_proba(rows: RoleRows, mentions: list, tr: np.ndarray, te: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(shipped P(main), sub-class P(main)) of ``te``, both fitted on ``tr``; the features are the shipped ones
    (kept for the split, so sub and blend share one fit)."""
    key = (tr.tobytes(), te.tobytes())
    if key not in _MEMO:
        _MEMO[key] = _sub_proba(rows, mentions, tr, te)
    return _MEMO[key]


def _sub_proba(rows: RoleRows, mentions: list, tr: np.ndarray, te: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], PARAMS, fine=False)
    base = S._main_proba(fit.bundle, rows.take(list(te)))
    b = fit.bundle
    xtr = stack_features(b, [rows.lexical[i] for i in tr], np.stack([rows.dense[i] for i in tr]),
                         [rows.context[i] for i in tr], np.stack([rows.numbers[i] for i in tr]))
    xte = stack_features(b, [rows.lexical[i] for i in te], np.stack([rows.dense[i] for i in te]),
                         [rows.context[i] for i in te], np.stack([rows.numbers[i] for i in te]))
    idx, ys, ws = fine_targets([mentions[i] for i in tr])
    model = S._logreg(float(PARAMS["C"]), None)
    model.fit(xtr[idx], ys, sample_weight=np.array(ws))  # type: ignore[attr-defined]
    raw = model.predict_proba(xte)  # type: ignore[attr-defined]
    sub = np.zeros((len(te), 3))
    for k, cls in enumerate(model.classes_):  # type: ignore[attr-defined]
        main = cls.split(":")[0] if ":" in cls else MAIN_OF_FINE[cls]
        sub[:, MAIN_ROLES.index(main)] += raw[:, k]
    return base, sub


def proba(variant: str, prepared: dict[str, RoleRows], mentions: list, tr: np.ndarray, te: np.ndarray
          ) -> np.ndarray:
    if RUN == "sub":
        if variant == "base":
            fit = S.fit_roles(prepared["base"].take(list(tr)), [mentions[i] for i in tr], PARAMS, fine=False)
            return S._main_proba(fit.bundle, prepared["base"].take(list(te)))
        base, sub = sub_proba(prepared["base"], mentions, tr, te)
        return sub if variant == "sub" else (base + sub) / 2
    rows = prepared[variant]
    fit = S.fit_roles(rows.take(list(tr)), [mentions[i] for i in tr], PARAMS, fine=False)
    return S._main_proba(fit.bundle, rows.take(list(te)))


def bootstrap(right: dict[str, np.ndarray], base: dict[str, np.ndarray], arts: list[str]) -> tuple[float, float]:
    """95% percentile interval of the mean over partitions of (nested right - base right) / mentions drawn."""
    names = sorted(set(arts))
    where = {a: np.array([i for i, x in enumerate(arts) if x == a]) for a in names}
    rng = np.random.default_rng(18)
    stats = []
    for _ in range(DRAWS):
        pick = np.concatenate([where[names[j]] for j in rng.integers(0, len(names), len(names))])
        stats.append(np.mean([(right[p][pick].sum() - base[p][pick].sum()) / len(pick) for p in right]))
    lo, hi = np.percentile(stats, [2.5, 97.5])
    return float(lo), float(hi)


def main() -> None:
    with open(sys.argv[1], "rb") as f:
        d = pickle.load(f)
    rows0, mentions = d["rows"], d["mentions"]
    data = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("../shared/data")
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    if RUN == "windows":
        texts = S.read_articles(S.language_dir(data, "EN") / "raw-documents")
        prepared = {v: (rows0 if v == "base" else window_rows(rows0, mentions, texts, v)) for v in VARIANTS}
    else:
        prepared = {"base": rows0}
    report: dict[str, Any] = {"run": RUN, "variants": VARIANTS}
    right: dict[str, np.ndarray] = {}
    base_right: dict[str, np.ndarray] = {}
    for part, folds in partitions(arts).items():
        pred = {v: np.empty(len(mentions), dtype=object) for v in (*VARIANTS, "nested")}
        chosen = []
        for tr, te in folds:
            inner_no = np.array([int(hashlib.sha1(f"inner18:{arts[i]}".encode()).hexdigest(), 16) % 5 for i in tr])
            inner_acc = {}
            for v in VARIANTS:
                n_right = 0
                for k in range(5):
                    itr, ite = tr[inner_no != k], tr[inner_no == k]
                    p = proba(v, prepared, mentions, itr, ite)
                    n_right += int(np.sum(np.array(MAIN_ROLES)[p.argmax(1)] == gold[ite]))
                inner_acc[v] = n_right / len(tr)
                p = proba(v, prepared, mentions, tr, te)
                pred[v][te] = np.array(MAIN_ROLES)[p.argmax(1)]
            best = max(VARIANTS, key=lambda v: (inner_acc[v], -VARIANTS.index(v)))
            chosen.append((best, {k: round(a, 4) for k, a in inner_acc.items()}))
            pred["nested"][te] = pred[best][te]
        report[part] = {v: round(float(np.mean(pred[v] == gold)), 4) for v in pred}
        report[part]["chosen"] = chosen
        right[part] = (pred["nested"] == gold).astype(float)
        base_right[part] = (pred["base"] == gold).astype(float)
        print(part, json.dumps(report[part]), flush=True)
    gains = {p: float(right[p].mean() - base_right[p].mean()) for p in right}
    lo, hi = bootstrap(right, base_right, arts)
    mean_gain = float(np.mean(list(gains.values())))
    ok = mean_gain > 0 and lo > 0 and min(gains.values()) >= -0.005 - 1e-9
    report["decision"] = {"gains": gains, "mean_gain": mean_gain, "interval": [lo, hi],
                          "verdict": "ADOPT" if ok else "REJECT"}
    print(json.dumps(report["decision"]), flush=True)
    with open(sys.argv[2], "w") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()

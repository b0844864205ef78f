"""Round 16 (roles16): which actors get a role shown. A gate over the analyze path's actors, measured nested.

Data: the 164 English SemEval-2025 articles with subtask-1 entities, through segment.v1, entities.v1 and actors.v1
(scripts/roles12/e2e_rows.py: every actor of each article with its feature rows; each gold mention matched to the
actor with the largest overlapping mention). An actor is *annotated* when a gold mention matches it; its gold role
is its gold mentions' most common main role. The candidates are the actors of a role type (roles.ROLE_TYPES).

Per partition (round 4's folds, fresh roles10 and roles11, scripts/roles11/folds.py) and outer fold (held-out
articles T):
  * the role model (the shipped recipe, `ROLE_GRID`'s one setting) fitted on the gold mentions of the other
    articles scores every candidate of T (mean over its first 12 mentions, as roles.v1);
  * the gate's training rows are the candidates of the outer training part, their role probabilities read by five
    inner role models (sha1("inner16:" + id) % 5), each fitted without the inner fold's articles: the gate trains
    on role probabilities as it meets them;
  * the gate: logistic regression (standardised features, C 1) of P(annotated) over the candidate's features
    (`features`); its threshold is chosen by grouped 5-fold over the outer training part (the same inner folds):
    the threshold of best F1 of "annotated actor gets cast" on the pooled inner out-of-fold gate probabilities,
    with each article's best actor always cast (every article shows at least one role);
  * T is read only to report: cast actors, precision / recall of annotated actors cast, accuracy of the roles shown
    on the annotated actors cast (and on the 560 gold mentions, one with no role shown counting as wrong) and the
    role distribution of what is cast. The shipped selection (roles.main_actors, recorded in E2E.pkl as "main")
    is scored the same way with the same role models.

Variants: ``full`` (every feature), ``norole`` (no role probabilities), ``rule`` (shipped selection, then a threshold
on the mention count alone: no fitting; threshold chosen inside as above).

Decision rule (written before the first run): the gate ``full`` replaces the shipped selection if its nested F1
of "annotated actor gets cast" beats the shipped selection's on all three partitions, and the accuracy of the roles
shown on the annotated actors it casts is not lower than the shipped selection's by more than 0.01 on any partition.

Second run (written after reading the first run's figures, before the second run): the first run's gates cast
about 3.5 actors per article at twice the shipped precision, but 93% of them Antagonist and almost none of the
actors named once; the rule above rejects ``full`` on round 4's folds (roles shown on annotated actors 0.7148
against 0.7358). Its objective, F1 of "annotated actor gets cast", ignores the role shown. The second run adds:
  * role-F1: a cast actor counts as right when it is annotated and shown with its gold role
    (2 x right / (cast + annotated));
  * ``perrole``: the ``full`` gate with one threshold per predicted role (P, A, I), the three chosen together
    inside (as above) for the best role-F1, each article's best actor always cast;
  * ``joint``: one multinomial logistic regression over the same features with four classes (not annotated, and
    the three main roles); cast where 1 - P(not annotated) reaches a threshold chosen inside for role-F1, the role
    shown the argmax of its three role classes.
Decision rule of the second run: ``perrole`` replaces the shipped selection if, on all three partitions, its nested
role-F1 beats the shipped selection's and the share of non-Antagonist roles among the actors it casts is not lower
than the shipped selection's. ``joint`` is reported; it is not adopted from this run.

Third run (written after reading the second run's figures on two partitions, before the third run): ``perrole``
raises role-F1 (0.354 against 0.263) but casts fewer non-Antagonists than the shipped selection (share 0.093 / 0.133
against 0.164 / 0.172), so the second rule rejects it; ``joint`` casts a share of 0.21-0.26 at role-F1 0.32-0.33
with roles less often right on the annotated actors it casts (0.67-0.68 against 0.74). Micro role-F1 is won by
casting the salient Antagonists. The third run adds macro role-F1 (the mean over the three roles of the F1 between
the actors cast with role r and the annotated actors of gold role r), which rewards a right Protagonist or Innocent
as much as a right Antagonist, and two variants whose thresholds, one per shown role (each chosen alone, since the
macro objective separates by role), are chosen inside for it:
  * ``perrole_m``: the ``full`` gate's P(annotated), the role model's role;
  * ``joint_m``: ``joint``'s 1 - P(not annotated) and its role.
Decision rule of the third run: ``joint_m`` (chosen before the run as the primary: only it can change the role
shown) replaces the shipped selection if, on all three partitions, its nested macro role-F1 and its role-F1 both
beat the shipped selection's, its share of non-Antagonist roles is not lower than the shipped selection's, and the
roles it shows on the annotated actors it casts are right more often than all-Antagonist would be on the same
actors. ``perrole_m`` is reported, not adopted from this run.

Fourth run (written after reading the third run on round 4's folds and roles10, before the fourth run): ``joint_m``
fails the third rule on roles10 (the roles it shows on the annotated actors it casts are right as often as
all-Antagonist, 0.663 and 0.663). ``perrole_m`` beat the shipped selection on every criterion of that rule on both
partitions read (macro role-F1 0.247 / 0.265 against 0.194 / 0.198; role-F1 0.347 / 0.349 against 0.263 / 0.263;
non-Antagonist share 0.254 / 0.327 against 0.164 / 0.172; roles right on the annotated actors cast 0.735 / 0.756
against all-Antagonist's 0.659 / 0.659), but it was not the primary, so it is now chosen after reading and is
confirmed on three fresh partitions never read (PARTS=roles16a,roles16b,roles16c: sha1(tag + ":" + id) % 5).
Decision rule of the fourth run: ``perrole_m`` replaces the shipped selection if, on all three fresh partitions,
its macro role-F1 and its role-F1 beat the shipped selection's, its share of non-Antagonist roles is not lower, and
the roles it shows on the annotated actors it casts are right more often than all-Antagonist on the same actors.

Fifth run (after the fourth, which adopted ``perrole_m``: it passed its rule on roles16a, roles16b and roles16c;
written before the fifth run): with the gate trained on all articles, a test written in round 12 fails: a journalist
named once, last, after ten busier actors, whom the article shows attacked and injured, was cast Innocent by the
shipped rule and gets no role under the gate (P(annotated) under the Innocent threshold). The issue asks that an
actor named once can still be the victim. ``perrole_mv``: ``perrole_m``, and also every actor that the role model
calls Innocent and that undergoes harm, suffers or is named by a victim noun on one of its scored mentions
(role_context's harm_patient, sufferer, victim_noun) is cast, whatever its P (``perrole_m``'s thresholds unchanged).
Decision rule of the fifth run: ``perrole_mv`` replaces ``perrole_m`` if, on all six partitions (the three of rounds
11-15 and the three fresh ones), it still meets the fourth run's rule against the shipped selection; its
difference to ``perrole_m`` is reported.

Usage: [PARTS=old,roles10,...] [VARIANTS=perrole_m,...] python scripts/roles16/gate.py E2E.pkl ROWS.pkl OUT.json [DATA_DIR]
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "roles11"))
import folds as F  # noqa: E402

from spinscope.components.role_context import NUMERIC_NAMES  # noqa: E402
from spinscope.components.roles import ROLE_TYPES  # noqa: E402
from spinscope.components.semeval2025 import MAIN_ROLES  # noqa: E402
from spinscope.training import semeval2025 as S  # noqa: E402

TYPES = ("person", "country", "organization", "agent", "group", "media", "bloc", "armed_group")
SIDE = ("agent", "patient", "speaker", "quoted", "harm_agent", "harm_patient", "help_agent", "help_patient",
        "sufferer", "victim_noun", "possessor")
N = len(NUMERIC_NAMES)
VARIANTS = tuple(os.environ.get("VARIANTS", "rule,norole,full,perrole,joint,perrole_m,joint_m,perrole_mv").split(","))
#: Columns of base_features: any of harm_patient, sufferer, victim_noun on a scored mention.
VICTIM_COLUMNS = [9 + len(TYPES) + len(SIDE) + SIDE.index(s) for s in ("harm_patient", "sufferer", "victim_noun")]


def candidates(actors: dict[str, list[dict]]) -> list[tuple[str, int]]:
    return [(aid, i) for aid in sorted(actors) for i, a in enumerate(actors[aid])
            if a["type"] in ROLE_TYPES and a["mentions"]]


def base_features(actors: dict[str, list[dict]], texts: dict[str, str], rows: dict) -> dict[tuple[str, int], list]:
    """Features that need no fitting: salience, position, type, what the actor does and undergoes."""
    out = {}
    for aid, found in actors.items():
        typed = [i for i, a in enumerate(found) if a["type"] in ROLE_TYPES and a["mentions"]]
        typed.sort(key=lambda i: (-len(found[i]["mentions"]), found[i]["mentions"][0][0]))
        total = sum(len(found[i]["mentions"]) for i in typed) or 1
        text = texts[aid]
        title_end = text.find("\n") if "\n" in text else len(text)
        for rank, i in enumerate(typed):
            a = found[i]
            ms = a["mentions"]
            num = np.stack(rows[(aid, i)].numbers)
            mean = num[0, N:2 * N]  # the entity's mean over all its mentions (the same on every row)
            side = [float(mean[NUMERIC_NAMES.index(s)]) for s in SIDE]
            anyside = [float((num[:, NUMERIC_NAMES.index(s)] > 0).any()) for s in SIDE]
            out[(aid, i)] = [np.log1p(len(ms)), np.log1p(rank), float(rank == 0), float(rank < 3),
                             len(ms) / total, ms[0][0] / max(1, len(text)), float(ms[0][0] < title_end),
                             float(len(ms) == 1), np.log1p(len(typed))] + \
                [float(a["type"] == t) for t in TYPES] + side + anyside
    return out


def partitions(arts: list[str]) -> dict[str, list[tuple[np.ndarray, np.ndarray]]]:
    """Round 4's folds ("old") and sha1(tag + ":" + id) % 5 for any other tag, as $PARTS names them (default: the
    three partitions of rounds 11-15)."""
    out = {}
    for tag in os.environ.get("PARTS", "old,roles10,roles11").split(","):
        if tag == "old":
            out[tag] = S._folds(arts)
            continue
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out[tag] = [(np.where(fno != k)[0], np.where(fno == k)[0]) for k in range(5)]
    return out


def inner_fold(aid: str) -> int:
    return int(hashlib.sha1(f"inner16:{aid}".encode()).hexdigest(), 16) % 5


def role_probs(rows, mentions, train_idx, erows, keys) -> dict[tuple[str, int], np.ndarray]:
    fit = S.fit_roles(rows.take(list(train_idx)), [mentions[i] for i in train_idx], F.PARAMS, fine=False)
    return {k: S._main_proba(fit.bundle, erows[k]).mean(axis=0) for k in keys}


def with_roles(base: list, p: np.ndarray) -> list:
    lp = np.log(np.clip(p, 1e-4, 1.0))
    return base + list(p) + list(lp) + [float(p.argmax() != 1)]


def fit_gate(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression
    mu, sd = x.mean(0), x.std(0) + 1e-6
    clf = LogisticRegression(C=1.0, max_iter=2000).fit((x - mu) / sd, y)
    return lambda z: clf.predict_proba((z - mu) / sd)[:, 1]


def cast_at(score: np.ndarray, arts: list[str], thr: float) -> np.ndarray:
    """Cast where the score reaches ``thr``, and each article's best actor always."""
    cast = score >= thr
    best: dict[str, int] = {}
    for j, a in enumerate(arts):
        if a not in best or score[j] > score[best[a]]:
            best[a] = j
    cast[list(best.values())] = True
    return cast


def f1(cast: np.ndarray, y: np.ndarray) -> float:
    tp = float((cast & y).sum())
    return 2 * tp / max(1.0, cast.sum() + y.sum())


THRESHOLDS = np.round(np.arange(0.05, 0.81, 0.025), 3)
ROLE_INDEX = {r: i for i, r in enumerate(MAIN_ROLES)}


def role_f1(cast: np.ndarray, pred: np.ndarray, gold: np.ndarray) -> float:
    """2 x (annotated actors cast with their gold role) / (cast + annotated); ``gold`` is -1 where not annotated."""
    right = float((cast & (pred == gold)).sum())
    return 2 * right / max(1.0, cast.sum() + (gold >= 0).sum())


def macro_role_f1(cast: np.ndarray, pred: np.ndarray, gold: np.ndarray) -> float:
    """Mean over the three roles of 2 x (cast as r and gold r) / (cast as r + gold r)."""
    out = []
    for k in range(3):
        tp = float((cast & (pred == k) & (gold == k)).sum())
        out.append(2 * tp / max(1.0, (cast & (pred == k)).sum() + (gold == k).sum()))
    return float(np.mean(out))


def choose_perrole_macro(score: np.ndarray, pred: np.ndarray, gold: np.ndarray, arts: list[str]
                         ) -> tuple[float, ...]:
    """Thresholds (MAIN_ROLES order) of best macro role-F1: role r's F1 depends on r's threshold alone."""
    forced = best_of(score, arts)
    thr = []
    for k in range(3):
        f0 = forced & (pred == k)
        tp0, c0 = float((f0 & (gold == k)).sum()), float(f0.sum())
        sel = (~forced) & (pred == k)
        hit = score[sel][None, :] >= THRESHOLDS[:, None]
        tp = tp0 + (hit & (gold[sel] == k)[None, :]).sum(1)
        f = 2 * tp / np.maximum(1.0, c0 + hit.sum(1) + (gold == k).sum())
        thr.append(float(THRESHOLDS[int(np.argmax(f))]))
    return tuple(thr)


def best_of(score: np.ndarray, arts: list[str]) -> np.ndarray:
    forced = np.zeros(len(score), bool)
    best: dict[str, int] = {}
    for j, a in enumerate(arts):
        if a not in best or score[j] > score[best[a]]:
            best[a] = j
    forced[list(best.values())] = True
    return forced


def choose_perrole(score: np.ndarray, pred: np.ndarray, gold: np.ndarray, arts: list[str]) -> tuple[float, ...]:
    """Thresholds (P, A, I order of MAIN_ROLES) of best role-F1; each article's best actor always cast."""
    forced = best_of(score, arts)
    n_ann = float((gold >= 0).sum())
    base_right = float((forced & (pred == gold)).sum())
    base_cast = float(forced.sum())
    right, cast = [], []
    for k in range(3):
        sel = (~forced) & (pred == k)
        hit = score[sel][None, :] >= THRESHOLDS[:, None]
        cast.append(hit.sum(1).astype(float))
        right.append((hit & (gold[sel] == k)[None, :]).sum(1).astype(float))
    tot_r = base_right + right[0][:, None, None] + right[1][None, :, None] + right[2][None, None, :]
    tot_c = base_cast + cast[0][:, None, None] + cast[1][None, :, None] + cast[2][None, None, :]
    f = 2 * tot_r / (tot_c + n_ann)
    i, j, k = np.unravel_index(int(np.argmax(f)), f.shape)
    return float(THRESHOLDS[i]), float(THRESHOLDS[j]), float(THRESHOLDS[k])


def cast_perrole(score: np.ndarray, pred: np.ndarray, arts: list[str], thr: tuple[float, ...]) -> np.ndarray:
    return best_of(score, arts) | (score >= np.asarray(thr)[pred])


def fit_joint(x: np.ndarray, y4: np.ndarray):
    """Four classes: 0 not annotated, 1 + the MAIN_ROLES index. Returns P over the four."""
    from sklearn.linear_model import LogisticRegression
    mu, sd = x.mean(0), x.std(0) + 1e-6
    clf = LogisticRegression(C=1.0, max_iter=3000).fit((x - mu) / sd, y4)
    cols = list(clf.classes_)

    def proba(z: np.ndarray) -> np.ndarray:
        raw = clf.predict_proba((z - mu) / sd)
        out = np.zeros((len(z), 4))
        for c, col in enumerate(cols):
            out[:, int(col)] = raw[:, c]
        return out
    return proba


def choose_joint(p4: np.ndarray, gold: np.ndarray, arts: list[str]) -> float:
    score, pred = 1 - p4[:, 0], p4[:, 1:].argmax(1)
    return float(max(THRESHOLDS, key=lambda t: (role_f1(cast_at(score, arts, t), pred, gold), -t)))


def choose_threshold(score: np.ndarray, y: np.ndarray, arts: list[str]) -> float:
    best = max(THRESHOLDS, key=lambda t: (f1(cast_at(score, arts, t), y), -t))
    return float(best)


def main() -> None:
    t0 = time.time()
    e2e = pickle.load(open(sys.argv[1], "rb"))
    train = pickle.load(open(sys.argv[2], "rb"))
    out_path = Path(sys.argv[3])
    data = Path(sys.argv[4]) if len(sys.argv) > 4 else Path("/work/shared/data")
    articles, _ = S.load_task(data)
    texts = {a: articles[a].text for a in e2e["actors"]}
    rows, mentions = train["rows"], train["mentions"]
    actors, erows, match = e2e["actors"], e2e["rows"]["actor"], e2e["match"]
    keys = candidates(actors)
    kindex = {k: j for j, k in enumerate(keys)}
    arts = [k[0] for k in keys]
    gold_roles: dict[tuple[str, int], list[str]] = {}
    for m, x in zip(e2e["mentions"], match, strict=True):
        if x is not None:
            gold_roles.setdefault((m.article, x), []).append(m.main)
    y = np.array([k in gold_roles for k in keys])
    gold_main = {k: Counter(v).most_common(1)[0][0] for k, v in gold_roles.items()}
    shipped = np.array([actors[a][i]["main"] for a, i in keys])
    gold_idx = np.array([ROLE_INDEX[gold_main[k]] if k in gold_main else -1 for k in keys])
    base = base_features(actors, texts, erows)
    m_arts = [m.article for m in mentions]
    print(f"candidates {len(keys)}, annotated {int(y.sum())}, shipped cast {int(shipped.sum())}", flush=True)
    report: dict[str, dict] = {}
    for part, outer in partitions(m_arts).items():
        res = {v: {"cast": np.zeros(len(keys), bool), "thr": [], "pred": np.zeros(len(keys), int)}
               for v in VARIANTS}
        test_p = np.zeros((len(keys), 3))
        for tr, te in outer:
            test_arts = {m_arts[i] for i in te}
            train_arts = sorted({m_arts[i] for i in tr})
            te_keys = [k for k in keys if k[0] in test_arts]
            tr_keys = [k for k in keys if k[0] not in test_arts]
            # test features: the outer role model; training features: the five inner role models
            p_te = role_probs(rows, mentions, tr, erows, te_keys)
            p_tr: dict = {}
            for f in range(5):
                held = {a for a in train_arts if inner_fold(a) == f}
                itr = np.array([i for i in tr if m_arts[i] not in held])
                p_tr.update(role_probs(rows, mentions, itr, erows, [k for k in tr_keys if k[0] in held]))
            for k in te_keys:
                test_p[kindex[k]] = p_te[k]
            j_tr = np.array([kindex[k] for k in tr_keys])
            j_te = np.array([kindex[k] for k in te_keys])
            y_tr = y[j_tr]
            a_tr = [arts[j] for j in j_tr]
            a_te = [arts[j] for j in j_te]
            gold_tr = gold_idx[j_tr]
            pred_tr = np.array([int(p_tr[k].argmax()) for k in tr_keys])
            pred_te = np.array([int(p_te[k].argmax()) for k in te_keys])
            gate_in = gate_te = joint_in = joint_te = None
            for v in VARIANTS:
                res[v]["pred"][j_te] = pred_te
                if v == "rule":  # the shipped selection, then a threshold on the mention count alone
                    s_tr = np.where(shipped[j_tr], np.array([base[k][0] for k in tr_keys]) / 5.0, 0.0)
                    s_te = np.where(shipped[j_te], np.array([base[k][0] for k in te_keys]) / 5.0, 0.0)
                    thr = choose_threshold(s_tr, y_tr, a_tr)
                    res[v]["thr"].append(thr)
                    res[v]["cast"][j_te] = cast_at(s_te, a_te, thr)
                    continue
                if v in ("full", "perrole", "joint", "perrole_m", "joint_m", "perrole_mv"):
                    x_tr = np.array([with_roles(base[k], p_tr[k]) for k in tr_keys])
                    x_te = np.array([with_roles(base[k], p_te[k]) for k in te_keys])
                else:
                    x_tr = np.array([base[k] for k in tr_keys])
                    x_te = np.array([base[k] for k in te_keys])
                fno = np.array([inner_fold(a) for a in a_tr])
                if v in ("joint", "joint_m"):
                    if v == "joint" or joint_in is None:
                        y4 = np.where(gold_tr >= 0, gold_tr + 1, 0)
                        joint_in = np.zeros((len(tr_keys), 4))
                        for f in range(5):
                            joint_in[fno == f] = fit_joint(x_tr[fno != f], y4[fno != f])(x_tr[fno == f])
                        joint_te = fit_joint(x_tr, y4)(x_te)
                    p_in, p4 = joint_in, joint_te
                    if v == "joint_m":
                        thr3 = choose_perrole_macro(1 - p_in[:, 0], p_in[:, 1:].argmax(1), gold_tr, a_tr)
                        res[v]["thr"].append(thr3)
                        res[v]["cast"][j_te] = cast_perrole(1 - p4[:, 0], p4[:, 1:].argmax(1), a_te, thr3)
                        res[v]["pred"][j_te] = p4[:, 1:].argmax(1)
                        continue
                    thr = choose_joint(p_in, gold_tr, a_tr)
                    res[v]["thr"].append(thr)
                    res[v]["cast"][j_te] = cast_at(1 - p4[:, 0], a_te, thr)
                    res[v]["pred"][j_te] = p4[:, 1:].argmax(1)
                    continue
                # threshold: inner out-of-fold gate probabilities over the outer training part
                if v == "norole" or gate_in is None:  # the full features' gate is fitted once, then reused
                    g_in = np.zeros(len(tr_keys))
                    for f in range(5):
                        g_in[fno == f] = fit_gate(x_tr[fno != f], y_tr[fno != f])(x_tr[fno == f])
                    g_te = fit_gate(x_tr, y_tr)(x_te)
                    if v != "norole":
                        gate_in, gate_te = g_in, g_te
                else:
                    g_in, g_te = gate_in, gate_te
                s_in = g_in
                if v in ("perrole_m", "perrole_mv"):
                    thr3 = choose_perrole_macro(s_in, pred_tr, gold_tr, a_tr)
                    res[v]["thr"].append(thr3)
                    res[v]["cast"][j_te] = cast_perrole(g_te, pred_te, a_te, thr3)
                    if v == "perrole_mv":
                        victim = np.array([any(base[k][c] > 0 for c in VICTIM_COLUMNS) for k in te_keys])
                        res[v]["cast"][j_te] |= victim & (pred_te == ROLE_INDEX["Innocent"])
                    continue
                if v == "perrole":
                    thr3 = choose_perrole(s_in, pred_tr, gold_tr, a_tr)
                    res[v]["thr"].append(thr3)
                    res[v]["cast"][j_te] = cast_perrole(g_te, pred_te, a_te, thr3)
                    continue
                thr = choose_threshold(s_in, y_tr, a_tr)
                res[v]["thr"].append(thr)
                res[v]["cast"][j_te] = cast_at(g_te, a_te, thr)
        report[part] = {}
        print(part, f"({time.time() - t0:.0f} s)")
        shown = np.array(MAIN_ROLES)[test_p.argmax(1)]
        for v, cast, pred in [("shipped", shipped, shown), ("all", np.ones(len(keys), bool), shown)] + \
                [(v, res[v]["cast"], np.array(MAIN_ROLES)[res[v]["pred"]]) for v in VARIANTS]:
            tp = int((cast & y).sum())
            ann_cast = [j for j in np.where(cast & y)[0]]
            acc = np.mean([pred[j] == gold_main[keys[j]] for j in ann_cast])
            # over the 560 gold mentions: right iff the matched actor is cast with the mention's main role
            right = sum(1 for m, x in zip(e2e["mentions"], match, strict=True)
                        if x is not None and (m.article, x) in kindex and cast[kindex[(m.article, x)]]
                        and pred[kindex[(m.article, x)]] == m.main)
            dist = Counter(pred[cast])
            once = [j for j in np.where(y)[0] if base[keys[j]][7] == 1.0]
            once_inn = [j for j in once if gold_main[keys[j]] == "Innocent"]
            r = {"cast": int(cast.sum()), "per_article": round(cast.sum() / 164, 2),
                 "precision": round(tp / max(1, cast.sum()), 4), "recall": round(tp / y.sum(), 4),
                 "f1": round(f1(cast, y), 4),
                 "role_f1": round(role_f1(cast, np.array([ROLE_INDEX[q] for q in pred]), gold_idx), 4),
                 "macro_role_f1": round(macro_role_f1(cast, np.array([ROLE_INDEX[q] for q in pred]), gold_idx), 4),
                 "all_antagonist_acc_annotated_cast": round(float(np.mean([gold_main[keys[j]] == "Antagonist"
                                                                           for j in ann_cast])), 4),
                 "non_antagonist_share": round(float(np.mean(pred[cast] != "Antagonist")), 4),
                 "role_acc_annotated_cast": round(float(acc), 4),
                 "over_560": round(right / len(match), 4),
                 "dist_PAI": [int(dist.get(r_, 0)) for r_ in MAIN_ROLES],
                 "named_once_annotated_cast": f"{int(cast[once].sum())}/{len(once)}",
                 "named_once_innocent_cast": f"{int(cast[once_inn].sum())}/{len(once_inn)}",
                 "named_once_innocent_cast_as_innocent":
                     int(sum(cast[j] and pred[j] == "Innocent" for j in once_inn))}
            if v in res:
                r["thresholds"] = res[v]["thr"]
            report[part][v] = r
            print(f"  {v:8s} {json.dumps(r)}", flush=True)
        gdist = Counter(gold_main[keys[j]] for j in np.where(y)[0])
        report[part]["gold_annotated_PAI"] = [gdist.get(r_, 0) for r_ in MAIN_ROLES]
    out_path.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()

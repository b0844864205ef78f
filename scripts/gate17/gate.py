"""Round 17b (gate17): article-level evidence for the role gate, measured with round 16's nested harness.

Problem: the shipped gate (roles16, ``perrole_mv``) casts roles in neutral news. In the SemEval-2025 English
training data, articles whose narrative is "Other" carry fewer annotated entities. The gate sees only the actor's
own row; it has no evidence of whether the article casts anyone at all.

``perrole_mva``: ``perrole_mv`` (scripts/roles16/gate.py, same folds, role models, thresholds and victim rule) with
ten article-level columns appended to every actor's row, all from what roles.v1 already computes for the article's
candidates (no new component, no new model): over the article's candidates (actors of a role type), the mean of
their entity-level role_context numbers harm_agent, harm_patient, sufferer, victim_noun, sentence_negative,
window_negative, verb_valence (the article's share of hostile / evaluative context around its actors), and the
maximum over its candidates of P(Protagonist), P(Antagonist), P(Innocent) (the role model's, cross-fitted exactly as
the actor's own: inner role models for the gate's training rows, the outer one for the held-out articles).
``perrole_mva_nf``: ``perrole_mva`` without forcing each article's best actor (reported, not adopted from this run).

Decision rule (written before the run, from issue 17's brief): ``perrole_mva`` replaces ``perrole_mv`` if, nested,
on each of the three partitions read (old, roles10, roles11), its precision of "an annotated actor gets cast" rises
by at least 0.03 and its recall falls by at most 0.03, or its F1 of casting rises; and the actors cast per article in
the articles whose gold narrative is "Other" fall; and (kept from round 16) its macro role-F1 falls by at most 0.01.

Usage: [PARTS=old,roles10,roles11] python scripts/gate17/gate.py E2E.pkl ROWS.pkl OUT.json [DATA_DIR]
"""
from __future__ import annotations

import json
import os
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "roles16"))
import gate as G  # noqa: E402

from spinscope.components.role_context import NUMERIC_NAMES  # noqa: E402
from spinscope.components.semeval2025 import MAIN_ROLES  # noqa: E402
from spinscope.training import semeval2025 as S  # noqa: E402

ART_NUMBERS = ("harm_agent", "harm_patient", "sufferer", "victim_noun", "sentence_negative", "window_negative",
               "verb_valence")
VARIANTS = ("perrole_mv", "perrole_mva", "perrole_mva_nf")


def article_numbers(keys, erows) -> dict[str, np.ndarray]:
    """Per article: the mean over its candidates of their entity-level ART_NUMBERS (no fitting)."""
    n = G.N
    cols = [n + NUMERIC_NAMES.index(c) for c in ART_NUMBERS]
    acc: dict[str, list] = {}
    for k in keys:
        acc.setdefault(k[0], []).append(np.stack(erows[k].numbers)[0, cols])
    return {a: np.mean(v, axis=0) for a, v in acc.items()}


def article_roles(keys, probs: dict) -> dict[str, np.ndarray]:
    """Per article: the maximum over its candidates of each main-role probability (from ``probs``)."""
    acc: dict[str, list] = {}
    for k in keys:
        if k in probs:
            acc.setdefault(k[0], []).append(probs[k])
    return {a: np.max(v, axis=0) for a, v in acc.items()}


def main() -> None:
    t0 = time.time()
    e2e = pickle.load(open(sys.argv[1], "rb"))
    train = pickle.load(open(sys.argv[2], "rb"))
    out_path = Path(sys.argv[3])
    data = Path(sys.argv[4]) if len(sys.argv) > 4 else Path("/work/shared/data")
    articles, _ = S.load_task(data)
    texts = {a: articles[a].text for a in e2e["actors"]}
    other_arts = {a for a in e2e["actors"] if set(articles[a].narratives) == {"Other"}}
    rows, mentions = train["rows"], train["mentions"]
    actors, erows, match = e2e["actors"], e2e["rows"]["actor"], e2e["match"]
    keys = G.candidates(actors)
    kindex = {k: j for j, k in enumerate(keys)}
    arts = [k[0] for k in keys]
    gold_roles: dict = {}
    for m, x in zip(e2e["mentions"], match, strict=True):
        if x is not None:
            gold_roles.setdefault((m.article, x), []).append(m.main)
    y = np.array([k in gold_roles for k in keys])
    gold_main = {k: Counter(v).most_common(1)[0][0] for k, v in gold_roles.items()}
    gold_idx = np.array([G.ROLE_INDEX[gold_main[k]] if k in gold_main else -1 for k in keys])
    base = G.base_features(actors, texts, erows)
    art_num = article_numbers(keys, erows)
    in_other = np.array([a in other_arts for a in arts])
    n_other = len(other_arts)
    y_other = int((y & in_other).sum())
    print(f"candidates {len(keys)}, annotated {int(y.sum())}; 'Other' articles {n_other} "
          f"(annotated actors {y_other})", flush=True)
    m_arts = [m.article for m in mentions]
    report: dict = {}
    for part, outer in G.partitions(m_arts).items():
        res = {v: {"cast": np.zeros(len(keys), bool), "thr": []} for v in VARIANTS}
        pred_all = np.zeros(len(keys), int)
        for tr, te in outer:
            test_arts = {m_arts[i] for i in te}
            train_arts = sorted({m_arts[i] for i in tr})
            te_keys = [k for k in keys if k[0] in test_arts]
            tr_keys = [k for k in keys if k[0] not in test_arts]
            p_te = G.role_probs(rows, mentions, tr, erows, te_keys)
            p_tr: dict = {}
            for f in range(5):
                held = {a for a in train_arts if G.inner_fold(a) == f}
                itr = np.array([i for i in tr if m_arts[i] not in held])
                p_tr.update(G.role_probs(rows, mentions, itr, erows, [k for k in tr_keys if k[0] in held]))
            ar_te, ar_tr = article_roles(te_keys, p_te), article_roles(tr_keys, p_tr)
            j_tr = np.array([kindex[k] for k in tr_keys])
            j_te = np.array([kindex[k] for k in te_keys])
            y_tr, gold_tr = y[j_tr], gold_idx[j_tr]
            a_tr = [arts[j] for j in j_tr]
            a_te = [arts[j] for j in j_te]
            pred_tr = np.array([int(p_tr[k].argmax()) for k in tr_keys])
            pred_te = np.array([int(p_te[k].argmax()) for k in te_keys])
            pred_all[j_te] = pred_te
            fno = np.array([G.inner_fold(a) for a in a_tr])
            victim = np.array([any(base[k][c] > 0 for c in G.VICTIM_COLUMNS) for k in te_keys])
            innocent = pred_te == G.ROLE_INDEX["Innocent"]
            for v in ("perrole_mv", "perrole_mva"):
                x_tr = np.array([G.with_roles(base[k], p_tr[k]) for k in tr_keys])
                x_te = np.array([G.with_roles(base[k], p_te[k]) for k in te_keys])
                if v == "perrole_mva":
                    x_tr = np.hstack([x_tr, np.array([np.concatenate([art_num[k[0]], ar_tr[k[0]]]) for k in tr_keys])])
                    x_te = np.hstack([x_te, np.array([np.concatenate([art_num[k[0]], ar_te[k[0]]]) for k in te_keys])])
                g_in = np.zeros(len(tr_keys))
                for f in range(5):
                    g_in[fno == f] = G.fit_gate(x_tr[fno != f], y_tr[fno != f])(x_tr[fno == f])
                g_te = G.fit_gate(x_tr, y_tr)(x_te)
                thr3 = G.choose_perrole_macro(g_in, pred_tr, gold_tr, a_tr)
                res[v]["thr"].append(thr3)
                res[v]["cast"][j_te] = G.cast_perrole(g_te, pred_te, a_te, thr3) | (victim & innocent)
                if v == "perrole_mva":  # the same gate and thresholds, no actor forced
                    res["perrole_mva_nf"]["thr"].append(thr3)
                    res["perrole_mva_nf"]["cast"][j_te] = (g_te >= np.asarray(thr3)[pred_te]) | (victim & innocent)
        report[part] = {}
        print(part, f"({time.time() - t0:.0f} s)")
        for v in VARIANTS:
            cast = res[v]["cast"]
            tp = int((cast & y).sum())
            tp_o = int((cast & y & in_other).sum())
            r = {"cast": int(cast.sum()), "per_article": round(cast.sum() / 164, 2),
                 "precision": round(tp / max(1, cast.sum()), 4), "recall": round(tp / y.sum(), 4),
                 "f1": round(G.f1(cast, y), 4),
                 "role_f1": round(G.role_f1(cast, pred_all, gold_idx), 4),
                 "macro_role_f1": round(G.macro_role_f1(cast, pred_all, gold_idx), 4),
                 "non_antagonist_share": round(float(np.mean(pred_all[cast] != 1)), 4),
                 "other_per_article": round(int((cast & in_other).sum()) / n_other, 2),
                 "other_precision": round(tp_o / max(1, int((cast & in_other).sum())), 4),
                 "other_recall": round(tp_o / max(1, y_other), 4),
                 "rest_per_article": round(int((cast & ~in_other).sum()) / (164 - n_other), 2),
                 "dist_PAI": [int(((pred_all == k) & cast).sum()) for k in range(3)],
                 "thresholds": res[v]["thr"]}
            report[part][v] = r
            print(f"  {v:15s} {json.dumps(r)}", flush=True)
    out_path.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()

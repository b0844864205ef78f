"""How well the genre model's regular-expression share of attributed sentences (style feature 1) tracks the share of
sentences that hold a gold attribution cue, on polnear_dev (84 articles; measuring only): Pearson and Spearman
correlation per article, and the same for the attribution layer is not computed (see docs)."""
import glob, os, re, sys, numpy as np
from scipy.stats import pearsonr, spearmanr
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "src"))
from spinscope.training.data import Article, paragraph_lines
from spinscope.components.persuasion_models import split_sentences
from spinscope.components.style import style_features
reg, gold, quote_g, quote_r = [], [], [], []
for f in sorted(glob.glob("/work/shared/data/polnear_dev/text/*.txt")):
    text = open(f, encoding="utf-8").read()
    ann = f.replace("/text/", "/attributions/")[:-4] + ".ann"
    cues = []
    for line in open(ann, encoding="utf-8"):
        if line.startswith("T"):
            kind, *rest = line.split("\t")[1].split(" ", 1)[0], line.split("\t")[1].split(" ", 1)[1]
            if kind == "Cue":
                for part in rest[0].split(";"):
                    a, b = part.split()[:2]; cues.append((int(a), int(b)))
    lines = [(l.start, l.end) for l in paragraph_lines(text)]
    sents = [r for s, e in lines for r in split_sentences(text, s, e) if text[r[0]:r[1]].strip()]
    row = style_features(text, sents, lines, language="en")
    reg.append(row[1]); quote_r.append(row[0])
    gold.append(np.mean([any(a < e and b > s for a, b in cues) for s, e in sents]))
reg, gold = np.array(reg), np.array(gold)
print(f"articles {len(reg)}: gold share of sentences with an attribution cue mean {gold.mean():.3f}, regex share mean {reg.mean():.3f}")
print(f"Pearson {pearsonr(reg, gold)[0]:.3f}, Spearman {spearmanr(reg, gold)[0]:.3f}")

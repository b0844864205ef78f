"""Compute raw features once: texts, labels, style12, extra language-neutral features."""
import re, sys, numpy as np, json
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2] / "src"))
from spinscope.training.data import load_semeval2023, split_articles, paragraph_lines, GENRES
from spinscope.training.articles import style_matrix
from spinscope.components.persuasion_models import split_sentences

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
QUOTE = re.compile(r"[\"“”«»„]")
def extra(text):
    lines = [(l.start, l.end) for l in paragraph_lines(text)]
    sents = [text[a:b] for s, e in lines for a, b in split_sentences(text, s, e) if text[a:b].strip()]
    title = text[lines[0][0]:lines[0][1]] if lines else ""
    words = WORD.findall(text)
    nw = max(1, len(words)); ns = max(1, len(sents))
    caps_nonfirst = 0; 
    for s in sents:
        ws = WORD.findall(s)
        caps_nonfirst += sum(1 for w in ws[1:] if w[:1].isupper() and not w.isupper())
    return [
        np.log1p(len(words)),                    # 0 log words
        len(words) / ns,                          # 1 words per sentence
        sum(1 for w in words if any(c.isdigit() for c in w)) / nw,  # 2 digit tokens share
        caps_nonfirst / nw,                       # 3 capitalised non-initial words (NE proxy)
        len(QUOTE.findall(text)) / ns,            # 4 quote marks per sentence
        ns / max(1, len(lines)),                  # 5 sentences per paragraph
        float(title.rstrip().endswith("?")),      # 6 title question
        float(title.rstrip().endswith("!")),      # 7 title exclamation
        sum(1 for w in WORD.findall(title) if len(w) >= 3 and w.isupper()) / max(1, len(WORD.findall(title))),  # 8 title caps
        text.count("!") / ns,                     # 9 exclamation marks per sentence
        text.count("?") / ns,                     # 10
        np.log1p(len(lines)),                     # 11 paragraphs
    ]
EXTRA = ["log_words","words_per_sentence","digit_tokens","caps_nonfirst","quote_marks","sent_per_par","title_q","title_excl","title_caps","excl_per_sent","q_per_sent","log_pars"]
out = {}
en = load_semeval2023(None, language="en")
tr, va = split_articles(en)
tr = [a for a in tr if a.genre]; va = [a for a in va if a.genre]
groups = {"en_train": (tr, "en"), "en_val": (va, "en")}
for lang in ("fr","ge","it","po","ru"):
    arts = [a for a in load_semeval2023(None, language=lang).values() if a.genre]
    groups[lang] = (arts, lang)
for g, (arts, lang) in groups.items():
    st = style_matrix(arts, lang)
    ex = np.array([extra(a.text) for a in arts], dtype=np.float32)
    y = np.array([GENRES.index(a.genre) for a in arts])
    out[g] = dict(ids=[a.id for a in arts], texts=[a.text for a in arts], style=st, extra=ex, y=y)
    print(g, len(arts), np.bincount(y, minlength=3))
import pickle
pickle.dump(out, open("/tmp/genre5/feats.pkl","wb"))

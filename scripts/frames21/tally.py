"""Per frame, how often PW (scripts/frames21/run21.py) chose each foreign weight over the 48 outer folds.

    python scripts/frames21/tally.py scripts/frames21/run.log"""
import ast
import collections
import sys

from spinscope.training.data import FRAMES

counts = [collections.Counter() for _ in FRAMES]
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('PW ') and ' weights ' in line:
        for fold in ast.literal_eval(line.split(' weights ', 1)[1]):
            for k, w in enumerate(fold):
                counts[k][w] += 1
for f, c in zip(FRAMES, counts, strict=True):
    print(f'{f:40s} ' + ' '.join(f'{w}:{c[w]:2d}' for w in (0.0, 0.25, 0.5, 1.0)))

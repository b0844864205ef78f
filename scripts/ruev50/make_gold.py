import hashlib
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import sents, D
from pathlib import Path
REL = "data/semeval2023_task3/ru/train-articles-subtask-1/"
# (article, sentence indices (merged), actor, code, target); "" actor+target with NONE
DEV = [
 ("article24120", [2], "", "NONE", ""),
 ("article24120", [3], "", "NONE", ""),
 ("article24120", [4], "", "NONE", ""),
 ("article24120", [8], "Germany", "SUPPORT", "Ukraine"),
 ("article24120", [10], "Poland", "COERCE", "Ukraine"),
 ("article24120", [11], "Poland", "COERCE|SANCTION", "Ukraine"),
 ("article24120", [12], "", "NONE", ""),
 ("article24120", [14], "Ukraine", "ASSAULT", "Poland"),
 ("article24120", [15], "Ukraine", "ASSAULT", "Poland"),
 ("article2422", [2, 3], "United Kingdom|Крис Джайлз|Kris Dzhaylz", "REQUEST", ""),
 ("article2422", [4], "", "NONE", ""),
 ("article2422", [6], "", "NONE", ""),
 ("article2422", [7], "", "NONE", ""),
 ("article2422", [10], "", "NONE", ""),
 ("article2428", [0], "China", "ACCUSE", "United States"),
 ("article2428", [2, 3], "", "NONE", ""),
 ("article2428", [7], "", "NONE", ""),
 ("article2428", [8], "", "NONE", ""),
 ("article2428", [9], "", "NONE", ""),
 ("article2428", [14], "", "NONE", ""),
 ("article2428", [16], "", "NONE", ""),
 ("article2428", [18], "", "NONE", ""),
 ("article2428", [20], "", "NONE", ""),
 ("article2428", [23], "", "NONE", ""),
 ("article24162", [0], "", "NONE", ""),
 ("article24162", [1], "Russia", "REQUEST", ""),
 ("article24162", [3], "Russia", "REQUEST", "United States"),
 ("article24162", [3], "United States", "ACCUSE", "Russia"),
 ("article24162", [4], "Russia", "REQUEST", "United Nations"),
 ("article24162", [4], "Russia", "REQUEST", "International Atomic Energy Agency"),
 ("article24162", [5], "Russia", "REQUEST", "United States"),
 ("article24162", [8], "Ukrainian Armed Forces|Ukraine", "ASSAULT", ""),
 ("article24162", [9], "Ukrainian Armed Forces|Ukraine", "ASSAULT", ""),
 ("article24162", [10], "", "NONE", ""),
 ("article24162", [11], "", "NONE", ""),
 ("article24162", [12], "", "NONE", ""),
]
HELD = [
 ("article2437", [1], "United States", "COERCE|THREATEN", "European Union"),
 ("article2437", [1], "European Union", "SANCTION", "Russia"),
 ("article2437", [3], "", "NONE", ""),
 ("article2437", [9], "United States", "COERCE|THREATEN", "European Union"),
 ("article2437", [9], "European Union", "SANCTION", ""),
 ("article2437", [11], "", "NONE", ""),
 ("article2437", [12], "", "NONE", ""),
 ("article2437", [14], "", "NONE", ""),
 ("article24186", [1], "", "NONE", ""),
 ("article24186", [2], "", "NONE", ""),
 ("article24186", [3], "", "NONE", ""),
 ("article24186", [6], "", "NONE", ""),
 ("article24186", [9], "", "NONE", ""),
]
def write(rows, out):
    lines = ["# path\tsha256\tstart\tend\tactor\tcode\ttarget"]
    for a, idx, actor, code, target in rows:
        data = Path(D + a + ".txt").read_bytes()
        ss = sents(data.decode("utf-8"))
        s, e = ss[idx[0]][0], ss[idx[-1]][1]
        lines.append("\t".join([REL + a + ".txt", hashlib.sha256(data).hexdigest(), str(s), str(e), actor, code, target]))
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
write(DEV, str(Path(__file__).resolve().parents[2]) + "/tests/gold/russian_events_real50.tsv")
write(HELD, str(Path(__file__).resolve().parents[2]) + "/tests/gold/russian_events_real50_heldout.tsv")

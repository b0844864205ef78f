"""Round 50: count how the older Russian golds (rounds 26-47, development and held out) treat requests and
"заявил(а) о <long NP>" (figures and offsets only, no article text printed beyond the matched cue's few words).

R. requests: "с требованием", "предложил(а/и) / предлагает / предлагают", "попросил(а/и)", "потребовал(а/и) /
   требует", "призвал(а/и) / призывает": is there a gold record whose cue covers the cue words? its kind and
   whether its content starts within 40 characters after the cue (the request's infinitive or object).
L. "заявил(а/и/о) о/об <NP>" whose NP runs over 8 words to the sentence end: the gold record's content length.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

SHARED = Path("/work/shared")
R = re.compile(r"\b(с\s+требованием|предложил[аио]?|предлага(?:ет|ют)|попросил[аио]?|потребовал[аио]?|"
               r"требу(?:ет|ют)|призвал[аио]?|призыва(?:ет|ют))\b", re.IGNORECASE)
L = re.compile(r"\b(заявил[аио]?|заявлял[аи]?)\s+(об?|обо)\s")


def main() -> None:
    files = sorted(f for f in Path("tests/gold").glob("attributions_ru_real*.jsonl") if "real50" not in f.name)
    tally: Counter[tuple[str, str]] = Counter()
    for f in files:
        for line in f.open(encoding="utf-8"):
            rec = json.loads(line)
            text = (SHARED / rec["path"]).read_text(encoding="utf-8")
            golds = rec["attributions"]
            stem = Path(rec["path"]).stem
            for m in R.finditer(text):
                vs, ve = m.span(1)
                word = m.group(1).lower().split()[-1][:6]
                hit = [g for g in golds if any(s <= vs < e or vs <= s < ve for s, e in g["cue"])]
                near = [g for g in golds if not g["cue"] and any(0 <= s - ve <= 40 for s, e in g["content"])]
                what = "record" if hit else ("content-near" if near else "none")
                tally[(word, what)] += 1
                for g in hit or [None]:
                    kind = g["kind"] if g else "-"
                    print(f"R {f.name} {stem} @{vs} {word} -> {what} kind={kind}"
                          + (f" speaker={g['speaker']!r} type={g['source_type']} country={g['country']}" if g else ""))
            for m in L.finditer(text):
                vs, ve = m.span(1)
                end = text.find(".", ve)
                nwords = len(text[ve:end].split())
                if nwords <= 9:
                    continue
                hit = [g for g in golds if any(s <= vs < e or vs <= s < ve for s, e in g["cue"])]
                for g in hit or [None]:
                    clen = sum(len(text[s:e].split()) for s, e in g["content"]) if g else 0
                    print(f"L {f.name} {stem} @{vs} np_words_to_stop={nwords} -> "
                          + (f"{g['kind']} content_words={clen}" if g else "NO RECORD"))
    print("\nrequests (cue word, gold treatment): count")
    for (w, what), n in sorted(tally.items()):
        print(f"  {w:8s} {what:12s} {n}")


if __name__ == "__main__":
    sys.exit(main())

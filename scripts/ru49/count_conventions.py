"""Round 49: count how the older Russian golds (rounds 26-47, development and held out) treat two shapes
(figures and offsets only, no article text printed beyond the matched cue's few words):

A. "в/во <Capitalised place or body> (не раз) заявляли / заявили / сообщили" (an impersonal plural report of a
   place's body): is there a gold record whose cue covers the verb? its speaker, type, country.
B. "заявил(а/и/о) о/об <NP>" with no "что" right after (a topic report): is there a gold record on the cue? where
   its content ends (the NP's length in words).
"""
import json
import re
import sys
from pathlib import Path

SHARED = Path("/work/shared")
A = re.compile(r"\b[Вв]о?\s+([А-ЯЁ][\w-]+(?:\s+[А-ЯЁ\w-]+)?)\s+"
               r"(?:не\s+раз\s+|неоднократно\s+|уже\s+|также\s+|ранее\s+)?"
               r"(заявля?ли|заявили|сообщили|сообщают|заявляют|подчеркнули|отметили)\b")
B = re.compile(r"\b(заявил[аио]?|заявляли|заявлял[аи]?)\s+(об?|обо)\s")


def main() -> None:
    files = sorted(Path("tests/gold").glob("attributions_ru_real*.jsonl"))
    for f in files:
        for line in f.open(encoding="utf-8"):
            rec = json.loads(line)
            text = (SHARED / rec["path"]).read_text(encoding="utf-8")
            golds = rec["attributions"]
            for name, rx in (("A", A), ("B", B)):
                for m in rx.finditer(text):
                    vs, ve = m.span(2) if name == "A" else m.span(1)
                    hit = [g for g in golds if any(s <= vs < e or vs <= s < ve for s, e in g["cue"])]
                    stem = Path(rec["path"]).stem
                    if not hit:
                        print(f"{name} {f.name} {stem} @{vs} '{m.group(0)}' -> NO RECORD")
                    for g in hit:
                        cont = g["content"]
                        clen = sum(len(text[s:e].split()) for s, e in cont)
                        src = [len(text[s:e].split()) for s, e in g["source"]]  # words only: no article text
                        cend = max((e for s, e in cont), default=None)
                        print(f"{name} {f.name} {stem} @{vs} '{m.group(0)}' -> {g['kind']} speaker={g['speaker']!r} "
                              f"source_words={src} type={g['source_type']} country={g['country']} content_words={clen} "
                              f"content_end={cend} sentence_end={text.find('.', ve)}")


if __name__ == "__main__":
    sys.exit(main())

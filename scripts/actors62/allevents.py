"""Score many events golds with one `spinscope predict events` run (round 62): each file as
`python scripts/events36/score.py FILE` scores it (the same records and `../shared/eval/score.py plover`), but the
sentences of all files go through one prediction (each sentence is its own document, so the figures are the same).

    python scripts/actors62/allevents.py OUTDIR tests/gold/events_real*.jsonl [more files]

Writes OUTDIR/<stem>.txt (score.py's one line) and prints the lines. Uses the `spinscope` on PATH / PYTHONPATH.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def main() -> None:
    spec = importlib.util.spec_from_file_location("e36", ROOT / "scripts" / "events36" / "score.py")
    assert spec is not None and spec.loader is not None
    e36 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(e36)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    files = [Path(f) for f in sys.argv[2:]]
    loaded = {f: e36.load(f, SHARED) for f in files}
    with (out / "sentences.jsonl").open("w", encoding="utf-8") as handle:
        for n, f in enumerate(files):
            for i in loaded[f]:
                handle.write(json.dumps({"id": f"{n}|{i['id']}", "text": i["text"]}) + "\n")
    subprocess.run(["spinscope", "predict", "events", "--input", str(out / "sentences.jsonl"),
                    "--out", str(out / "sentences.out.jsonl")], check=True, capture_output=True)
    pred: dict[str, list] = {}
    for line in (out / "sentences.out.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            pred[obj["id"]] = obj.get("events", [])
    for n, f in enumerate(files):
        items = loaded[f]
        recs = e36.records(items)
        (out / "records.json").write_text(json.dumps(recs), encoding="utf-8")
        (out / "records.out.jsonl").write_text("".join(
            json.dumps({"id": r["id"], "events": pred.get(f"{n}|{r['sentence']}", [])}) + "\n" for r in recs),
            encoding="utf-8")
        score = e36.plover_score(SHARED, out, len(recs))
        empty = [i for i in items if not i["events"]]
        spurious = sum(len(pred.get(f"{n}|{i['id']}", [])) for i in empty)
        line = f"{f.name}: {score} sentences={len(items)} events_on_no_event_sentences={spurious}/{len(empty)}"
        (out / f"{f.stem}.txt").write_text(line + "\n", encoding="utf-8")
        print(line, flush=True)
    for name in ("records.json", "records.out.jsonl"):
        (out / name).unlink()


if __name__ == "__main__":
    main()

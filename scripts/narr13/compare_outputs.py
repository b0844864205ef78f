"""Round 13 (narr13): the narratives of two `spinscope analyze --format jsonl` runs over the same texts, side by
side: how many articles get a narrative other than Other in each, and every article whose narratives changed
(source file name, narratives with scores). Texts are read, not printed.
Usage: python scripts/narr13/compare_outputs.py BEFORE.jsonl AFTER.jsonl"""
import json
import sys


def narratives(path):
    found = {}
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    for row in rows:
        key = (row["article"].get("source") or row["article"]["id"]).rsplit("/", 1)[-1]
        found[key] = [(n["label"], n["score"]) for n in row.get("narratives") or []]
    return found


before, after = narratives(sys.argv[1]), narratives(sys.argv[2])
for name, table in (("before", before), ("after", after)):
    print(name, sum(any(lab != "Other" for lab, _ in v) for v in table.values()), "of", len(table),
          "articles with a narrative")
for key in sorted(before):
    if [lab for lab, _ in before[key]] != [lab for lab, _ in after.get(key, [])]:
        print(key, "\n  before", before[key], "\n  after ", after.get(key))

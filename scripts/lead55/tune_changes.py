"""List what the lead's last attribution pass (``lead55``) changes on a PolNeAR half (development only: run it on the
tuning half; the held-out half is read as figures only, with ``scripts/attr_dev.py score --half held``).

    python scripts/lead55/tune_changes.py [tune]

Prints each article's stem, then ``-`` / ``+`` lines for the records (speaker, name, type, country; content) that
``lead55_attributions`` removes or adds; no ``-`` / ``+`` line means the pass leaves that article as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import attr_dev

import spinscope.components.attribution as attribution
from spinscope.components.attribution import AttributionExtractor
from spinscope.pipeline import Pipeline

PASS = attribution.lead55_attributions


def _key(text, a):  # type: ignore[no-untyped-def]
    sp = a.speaker
    return (a.content.start, a.content.end, text[sp.start:sp.end] if sp else None, a.speaker_name, a.source_type,
            a.source_country)


def _logged(text, doc, records, table):  # type: ignore[no-untyped-def]
    result = PASS(text, doc, records, table)
    before, after = {_key(text, a) for a in records}, {_key(text, a) for a in result}
    for sign, keys in (("-", before - after), ("+", after - before)):
        for k in sorted(keys, key=str):
            print(f"  {sign}", k[2:], repr(text[k[0]:k[1]][:70]))
    return result


def main() -> None:
    half = sys.argv[1] if len(sys.argv) > 1 else "tune"
    if half != "tune":
        raise SystemExit("tune_changes.py reads the tuning half only (the held-out half: figures only)")
    attribution.lead55_attributions = _logged  # extract_attributions looks the pass up in its module
    extractor, upstream = AttributionExtractor(), Pipeline.from_names(attr_dev.UPSTREAM)
    for stem in attr_dev.stems(half):
        print(stem, flush=True)
        extractor(attr_dev._parsed(stem, upstream))


if __name__ == "__main__":
    main()

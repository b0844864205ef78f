"""speed48: record the inputs the pipeline gives this round's functions over speed43's 40 articles, into a pickle
(it holds article sentences: keep it under /tmp, never in the repository).

    PYTHONPATH=<checkout>/src python scripts/speed48/record.py /tmp/speed48/rec.pkl

Records: every text ``claims.opinion_cues`` is given; for ``speakers.document_titles``, each Doc's text and its
PERSON names (as the function reads them; a Doc already answered from its cache is not recorded again).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "speed43"))
sys.path.insert(0, str(ROOT))


def main() -> None:
    import cpu  # scripts/speed43/cpu.py

    import spinscope
    from spinscope.components import claims
    from spinscope.components.attribution import speakers as sp

    rec: dict[str, list[Any]] = {"opinion_cues": [], "document_titles": []}
    orig_cues, orig_titles = claims.opinion_cues, sp.document_titles

    def cues(text: str) -> Any:
        rec["opinion_cues"].append(text)
        return orig_cues(text)

    def titles(doc: Any) -> Any:
        if doc.cache.get("attributions.document_titles") is None:
            names = sorted({" ".join(e.text.split()) for p in doc.parsed for e in p.doc.ents if e.label_ == "PERSON"})
            rec["document_titles"].append((doc.text, names))
        return orig_titles(doc)

    claims.opinion_cues = cues
    sp.document_titles = titles
    for mod in list(sys.modules.values()):
        name = getattr(mod, "__name__", "")
        if name.startswith("spinscope"):
            for attr, fn, new in (("opinion_cues", orig_cues, cues), ("document_titles", orig_titles, titles)):
                if getattr(mod, attr, None) is fn:
                    setattr(mod, attr, new)
    cpu.one_pass(spinscope.analyze, cpu.jobs(["gen", "real"]))
    Path(sys.argv[1]).write_bytes(pickle.dumps(rec))
    print({k: len(v) for k, v in rec.items()})


if __name__ == "__main__":
    main()

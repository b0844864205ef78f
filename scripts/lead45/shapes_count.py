"""Count, over the shared data's articles, the shapes the lead's round-32 fixes act on: a community site's trailer
(``trailer_start``), a closing quotation mark glued to the next word, a section label ending in an ellipsis, and an
agency named in title case.

    python scripts/lead45/shapes_count.py [../shared/data]

Prints counts and file names only; no article text is printed or written.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from spinscope.components.attribution.sources import NAMED_AGENCY, NEWS_AGENCY_WORDS
from spinscope.components.core import GLUED_QUOTE_INFIXES
from spinscope.ingest.clean import SECTION_HEADER, trailer_start

FOLDERS = ("semeval2025_task10/*/raw-documents", "semeval2023_task3/*/*", "ptc_semeval2020_task11/*-articles",
           "polnear_dev/text")
GLUED = re.compile(GLUED_QUOTE_INFIXES[1])
ELLIPSIS_LABEL = re.compile(r"(?:\.\.\.|\u2026)$")


def main(root: Path) -> None:
    files = sorted(p for pattern in FOLDERS for p in root.glob(f"{pattern}/*.txt"))
    trailers: list[tuple[str, int]] = []
    glued = labels = agencies = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines = text.split("\n")
        start = trailer_start(lines)
        if start < len(lines):
            trailers.append((path.name, sum(1 for line in lines[start:] if line.strip())))
        glued += len(GLUED.findall(text))
        labels += sum(1 for line in lines if ELLIPSIS_LABEL.search(line.strip()) and SECTION_HEADER.match(line.strip()))
        agencies += sum(1 for m in NAMED_AGENCY.finditer(text)
                        if not NEWS_AGENCY_WORDS.search(text[max(0, m.start() - 40):m.end()]))
    print(f"{len(files)} articles")
    print(f"community-site trailers: {len(trailers)} articles, {sum(n for _, n in trailers)} lines removed")
    for name, n in trailers:
        print(f"  {name}: {n} lines")
    print(f"closing quotation marks glued to the next word: {glued}")
    print(f"section labels ending in an ellipsis: {labels}")
    print(f"title-case agencies with no newsroom word near them: {agencies}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))

"""Build the bundled actor, agent and verb tables from the MIT-licensed PETRARCH2/Phoenix dictionaries.

Usage::

    python -m spinscope.resources.build_actors ../shared/data/petrarch2_dictionaries ../shared/data/plover_mappings

writes ``actors.tsv`` (countries with their demonyms and cities, current office holders, international
organisations, armed non-state groups), ``agents.tsv`` (role nouns such as "foreign ministry" -> GOV)
and ``verbs.tsv`` (CAMEO verb lemmas and simple phrase patterns, each with its CAMEO code and PLOVER
category) next to this file. Curated additions live in ``actors_curated.tsv`` and are never overwritten.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

NOTICE = """\
# Derived from the PETRARCH2 / Phoenix CAMEO dictionaries (github.com/openeventdata/petrarch2,
# commit 676801cd9cb2924bbbad09f86d15c9323e7097bf) by spinscope.resources.build_actors.
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data; Copyright (c) 2014-2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
# OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

#: Display names for countries whose Phoenix head entry is the long official name.
COUNTRY_NAMES = {
    "USA": "United States", "RUS": "Russia", "GBR": "United Kingdom", "CHN": "China", "PRK": "North Korea",
    "KOR": "South Korea", "IRN": "Iran", "SYR": "Syria", "VNM": "Vietnam", "LAO": "Laos", "BOL": "Bolivia",
    "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CZE": "Czech Republic", "MKD": "North Macedonia", "PSE": "Palestine",
    "TWN": "Taiwan", "BLR": "Belarus", "UKR": "Ukraine", "DEU": "Germany", "MDG": "Madagascar",
    "ZAF": "South Africa", "CIV": "Ivory Coast", "GNB": "Guinea-Bissau", "TLS": "Timor-Leste",
}
#: Phoenix country codes that differ from ISO-3166 alpha-3, and fictional countries left out.
CODE_FIXES = {"TMP": "TLS"}
FICTIONAL_CODES = frozenset({"KNT"})

#: Aliases too ambiguous to keep as actor names (English words, common first names, everyday phrases).
STOP_ALIASES = frozenset({
    "georgia", "jordan", "chad", "niger", "guinea", "turkey", "china", "nice", "mobile", "reading",
    "bath", "split", "male", "victoria", "sale", "orange", "march", "may", "august", "most", "of",
    "the", "and", "us", "un",
    # everyday phrases a group took for its name (lead, round 44: "We will win this." read as a Venezuelan group)
    "we will win", "thus far and no further",
})
STOP_ALIASES = STOP_ALIASES - {"china", "turkey", "georgia", "jordan", "chad", "niger", "guinea", "us", "un"}

CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Entry:
    head: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def phrase(raw: str) -> str:
    """A dictionary token such as ``PRESIDENT_VLADIMIR_PUTIN_`` as a lowercase phrase."""
    raw = raw.split("#", 1)[0].strip()
    raw = CODE_RE.sub("", raw).strip()
    raw = re.sub(r"\{.*?\}", "", raw)
    words = [w for w in raw.replace("_", " ").split() if w]
    return " ".join(words).lower()


def read_entries(path: Path) -> Iterator[Entry]:
    """Entries of a TABARI .actors file: a head line, ``+synonym`` lines and ``[CODE dates]`` lines."""
    current: Entry | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body = line.split("#", 1)[0]
        codes = CODE_RE.findall(body)
        if line[0] in " \t":
            if current is not None:
                current.codes += codes
            continue
        if line.startswith("+"):
            if current is not None and (p := phrase(line[1:])):
                current.synonyms.append(p)
            if current is not None:
                current.codes += codes
            continue
        if current is not None:
            yield current
        current = Entry(head=phrase(line), codes=list(codes))
    if current is not None:
        yield current


def current_code(codes: list[str], *, need_open: bool) -> str | None:
    """The code in force now: an open-ended range (``>date``), else (unless ``need_open``) an undated one."""
    open_ended = [c.split()[0] for c in codes if c.split() and ">" in c]
    if open_ended:
        return open_ended[-1].lstrip("~")
    if need_open:
        return None
    undated = [c.split()[0] for c in codes if len(c.split()) == 1]
    return undated[-1].lstrip("~") if undated else None


def last_code(codes: list[str]) -> str | None:
    """The code of the latest dated range (``[USAGOV 930120-010120]``), or None."""
    dated = [(c.split()[1].split("-")[-1].lstrip("<>"), c.split()[0]) for c in codes
             if len(c.split()) == 2 and c.split()[1].split("-")[-1].lstrip("<>").isdigit()]
    if not dated:
        return None

    def year_key(day: str) -> str:  # yymmdd: 1900s before 2000s
        return ("19" if day[:2] > "30" else "20") + day

    return max(dated, key=lambda d: year_key(d[0]))[1].lstrip("~")


def title(words: str) -> str:
    return " ".join(w if w in {"of", "the", "and", "for", "de", "al"} else w[:1].upper() + w[1:]
                    for w in words.split())


def clean_aliases(names: list[str], canonical: str) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for n in [canonical.lower(), *names]:
        n = n.strip()
        if not n or n in seen or n in STOP_ALIASES or "|" in n or "\t" in n or len(n) < 2:
            continue
        seen.add(n)
        out.append(n)
    return out


def _former_office_holders(former: list[Entry], rows: list[tuple[str, str, str, str, str]]
                           ) -> list[tuple[str, str, str, str, str]]:
    """Rows of persons whose every code is a closed date range ("YASIR_ARAFAT_ [PSEGOV 940705-041111]"):
    former office holders, who keep the country of their last office, as news of their time names them.
    Only those of a country the dictionary has; a one-word alias is kept only when no other person's
    name contains that word ("Suharto" stays, "Hussein" and "Khalid" are parts of many names)."""
    countries = {r[2] for r in rows if r[1] == "country"}
    named = [(title(e.head), e.codes[0], clean_aliases(e.synonyms, title(e.head))) for e in former]
    name_words: dict[str, int] = {}
    for aliases in [r[4].split("|") for r in rows if r[1] == "person"] + [a for _, _, a in named]:
        for word in {w for a in aliases if " " in a for w in a.split()}:
            name_words[word] = name_words.get(word, 0) + 1
    out = []
    for name, code, aliases in named:
        country = CODE_FIXES.get(code[:3], code[:3])
        if country not in countries:
            continue
        kept = [a for a in aliases if " " in a or not name_words.get(a)]
        if kept:
            out.append((name, "person", code, country, "|".join(kept)))
    return out


def build_actor_rows(src: Path) -> list[tuple[str, str, str, str, str]]:
    """Rows ``(name, type, code, country, aliases)`` from the Phoenix actor files."""
    rows: list[tuple[str, str, str, str, str]] = []
    former: list[Entry] = []
    for entry in read_entries(src / "Phoenix.Countries.actors.txt"):
        # a person whose every code is a closed date range (a former office holder: "YASIR_ARAFAT_
        # [PSEGOV 940705-041111]") has no code in force; the last range's code keeps it in the dictionary
        code = current_code(entry.codes, need_open=False)
        if not code and (last := last_code(entry.codes)) and len(last) >= 6:
            former.append(Entry(entry.head, entry.synonyms, [last]))
            continue
        if not code:
            continue
        if len(code) == 3 and code.isalpha():
            if entry.head.startswith(("soviet", "supreme soviet")) or code in FICTIONAL_CODES:
                continue
            code = CODE_FIXES.get(code, code)
            name = COUNTRY_NAMES.get(code) or title(entry.head)
            rows.append((name, "country", code, code, "|".join(clean_aliases([entry.head, *entry.synonyms], name))))
            continue
        code = current_code(entry.codes, need_open=True)
        if not code:
            # a former office holder keeps the country of the last office ("President Bill Clinton" in an
            # older report is still the United States); the role is the last one the dictionary gives
            code = last_code(entry.codes)
        if not code or len(code) < 6 or not code[:3].isalpha():
            continue
        name = title(entry.head)
        rows.append((name, "person", code, CODE_FIXES.get(code[:3], code[:3]),
                     "|".join(clean_aliases(entry.synonyms, name))))
    rows += _former_office_holders(former, rows)
    for fname, kind in (("Phoenix.International.actors.txt", "organization"),
                        ("Phoenix.MilNonState.actors.txt", "armed_group")):
        for entry in read_entries(src / fname):
            code = current_code(entry.codes, need_open=False)
            if not code or not entry.head:
                continue
            # IGO/NGO heads with a person's name are office holders of the organisation
            is_org = code.startswith(("IGO", "NGO", "MNC", "IMG")) or kind == "armed_group"
            if kind == "organization" and not is_org:
                continue
            name = title(entry.head)
            country = CODE_FIXES.get(code[:3], code[:3]) if kind == "armed_group" and not code.startswith("IMG") else ""
            rows.append((name, kind, code, country, "|".join(clean_aliases(entry.synonyms, name))))
    # a country's first (head) entry wins when a code is repeated (e.g. regime changes): merge aliases
    merged: dict[tuple[str, str], list[str]] = {}
    order: list[tuple[str, str, str, str]] = []
    for name, kind, code, country, aliases in rows:
        key = (code, name) if kind != "country" else (code, "")
        if key not in merged:
            merged[key] = []
            order.append((name, kind, code, country))
        merged[key] += [a for a in aliases.split("|") if a and a not in merged[key]]
    return [(n, k, c, ctry, "|".join(merged[(c, n) if k != "country" else (c, "")])) for n, k, c, ctry in order]


def build_agent_rows(src: Path) -> list[tuple[str, str]]:
    """Rows ``(phrase, agent code)`` from Phoenix.agents.txt, with its !MACRO! expansions."""
    text = (src / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    macros: dict[str, list[str]] = {}
    for m in re.finditer(r"^!(\w+)!\s*=\s*(.+)$", text, flags=re.M):
        macros[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",")]
    rows: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        row = re.match(r"^([A-Z0-9_!'.\-]+)\s*(?:\{.*?\})?\s*\[~?([A-Z]+)\]", body)
        if not row:
            continue
        raw, code = row.group(1), row.group(2)
        forms = [raw]
        for macro, words in macros.items():
            if f"!{macro}!" in raw:
                forms = [f.replace(f"!{macro}!", w.upper()) for f in forms for w in words]
        for f in forms:
            p = phrase(f)
            if p and p not in rows:
                rows[p] = code
    return sorted(rows.items())


def cameo_to_plover(mappings: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER event, from CAMEO2PLOVER-2021 (09x INVESTIGATE from the 2021-07 table)."""
    table: dict[str, str] = {}
    for line in (mappings / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    for line in (mappings / "CAMEO-PLOV-2021-07.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(09\d*)\s+([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    # CAMEO 02 (appeal) has no PLOVER row in the 2021 table: PLOVER folds appeals into REQUEST.
    for code in ("02", "020", "021", "022", "023", "024", "025", "026", "027", "028"):
        table.setdefault(code, "REQUEST")
    return table


def plover_of(code: str, table: dict[str, str]) -> str | None:
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def build_verb_rows(src: Path, plover: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    """Rows ``(verb lemmas, pattern before, pattern after, cameo, plover)`` from CAMEO.2.0.txt.

    Only lemma defaults and patterns made of plain words are kept: the compact table is matched
    over spaCy lemmas, not with PETRARCH's full phrase grammar.
    """
    rows: list[tuple[str, str, str, str, str]] = []
    block_code: str | None = None
    verbs: list[tuple[str, str | None]] = []
    in_block = False
    for line in (src / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", body)
        if m:
            raw = m.group(2).split(":")[0]
            block_code = raw if raw.isdigit() else None
            verbs = []
            in_block = True
            continue
        if not in_block or not body.strip():
            continue
        if body.startswith("-"):
            pm = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]", body)
            if not pm or not verbs:
                continue
            code = pm.group(2).split(":")[0]
            pattern = pm.group(1)
            if not code.isdigit() or "*" not in pattern or re.search(r"[&$+%^]", pattern):
                continue
            before, after = pattern.split("*", 1)
            clean = [re.sub(r"[(){}]", " ", s).replace("_", " ").lower().split() for s in (before, after)]
            if not clean[0] and not clean[1]:
                continue
            plov = plover_of(code, plover)
            if plov is None:
                continue
            rows.append(("|".join(v for v, _ in verbs), " ".join(clean[0]), " ".join(clean[1]), code, plov))
            continue
        if body.startswith("&"):
            continue
        vm = re.match(r"^\+?([A-Z_'\-]+)\s*(?:\[([^\]]*)\])?", body.strip())
        if not vm:
            continue
        verb = vm.group(1).replace("_", " ").lower().strip()
        own = vm.group(2).split(":")[0] if vm.group(2) else None
        code = own if own and own.isdigit() else block_code
        verbs.append((verb, code))
        if code:
            plov = plover_of(code, plover)
            if plov:
                rows.append((verb, "", "", code, plov))
    seen: set[tuple[str, str, str]] = set()
    out = []
    for r in rows:
        if (r[0], r[1], r[2]) not in seen:
            seen.add((r[0], r[1], r[2]))
            out.append(r)
    return out


def write_tsv(path: Path, header: str, columns: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(NOTICE)
        fh.write(header)
        fh.write("\t".join(columns) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) < 2:
        sys.stderr.write("usage: python -m spinscope.resources.build_actors PETRARCH2_DIR PLOVER_DIR [OUT_DIR]\n")
        return 2
    src, mappings = Path(args[0]), Path(args[1])
    out = Path(args[2]) if len(args) > 2 else HERE
    for needed in (src / "Phoenix.Countries.actors.txt", mappings / "CAMEO2PLOVER-2021.txt"):
        if not needed.is_file():
            sys.stderr.write(f"error: {needed} not found\n")
            return 1
    actors = build_actor_rows(src)
    write_tsv(out / "actors.tsv",
              "# One actor a line: canonical name, type, code (CAMEO actor code), country (ISO-3166 alpha-3),\n"
              "# aliases (lowercase phrases separated by |).\n",
              ("name", "type", "code", "country", "aliases"), actors)
    agents = build_agent_rows(src)
    write_tsv(out / "agents.tsv", "# Role nouns and their CAMEO agent code (GOV, MIL, MED, ...).\n",
              ("phrase", "code"), agents)
    plover = cameo_to_plover(mappings)
    verbs = build_verb_rows(src, plover)
    write_tsv(out / "verbs.tsv",
              "# CAMEO verb lemmas (|-separated; empty pattern: the verbs' default code) and phrase patterns: words\n"
              "# that come before / after the verb. PLOVER category from CAMEO2PLOVER-2021 (INVESTIGATE from the\n"
              "# 2021-07 table; CAMEO 02 appeals as REQUEST).\n",
              ("verbs", "before", "after", "cameo", "plover"), verbs)
    sys.stdout.write(f"wrote {len(actors)} actors, {len(agents)} agents, {len(verbs)} verb rows to {out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

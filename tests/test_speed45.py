"""speed45 (issues 16/17 budget, round 44): the same output, less Python work per article.

- ``langid.script_shares`` names each distinct letter once (a ``Counter`` of the text) instead of every letter.
- the word analyzer of ``linear`` (TF-IDF / hashing models) joins its n-grams from zipped shifted copies.
- ``actors._in_listed_department`` finds the listed departments once per text (``_listed_department_spans_45``).
- ``speakers.country_counts`` keeps the counts of its last texts (``_COUNTRY_COUNTS_45``) and hands out copies.
- ``clean.blank_removed`` returns the input, its outer blanks turned to spaces, when only trailing lines were cut.

Each test compares the new reading with the old one (written out here). Every sentence here was written for these
tests.
"""

from __future__ import annotations

import itertools
import unicodedata
from types import SimpleNamespace

import pytest

from spinscope import langid
from spinscope.components import actors as ac
from spinscope.components.attribution import speakers as sp
from spinscope.components.attribution.sources import load_source_table
from spinscope.ingest import clean
from spinscope.linear import TfidfVectorizer

TEXTS = [
    "",
    "   \n\n  ",
    "1234 -- 5678",
    "The mayor opened the bridge on Monday.",
    "Привет, мир! The council met. Καλημέρα.",
    "شكرا and thanks; 你好 and hello; שלום.",
    "Ünïcödé àccents: café, naïve, façade, Øresund, straße.",
    "Mixed: abc абв αβγ 日本 かな カナ 한국 ꦲ 𝔘𝔫𝔦",
    "Ties: ab αβ",
    "Ties the other way: αβ ab",
]


def _old_script_shares(text: str) -> dict[str, float]:
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            first = name.split(" ", 1)[0]
            script = (first.lower() if first in ("LATIN", "CYRILLIC", "GREEK") else "right-to-left"
                      if first in langid.RIGHT_TO_LEFT else "cjk" if first in langid.CJK else "other")
            counts[script] = counts.get(script, 0) + 1
    total = sum(counts.values())
    return {k: round(v / total, 4) for k, v in sorted(counts.items(), key=lambda kv: -kv[1])} if total else {}


@pytest.mark.parametrize("text", TEXTS)
def test_speed45_script_shares_as_the_walk_over_every_letter(text: str) -> None:
    new = langid.script_shares(text)
    old = _old_script_shares(text)
    assert new == old and list(new) == list(old)  # the same shares, in the same order (ties by first letter)


def test_speed45_script_shares_ties_keep_the_order_of_first_occurrence() -> None:
    assert list(langid.script_shares("ab αβ")) == ["latin", "greek"]
    assert list(langid.script_shares("αβ ab")) == ["greek", "latin"]


def _analyzer(ngram_range: tuple[int, int], stop_words: object = None) -> TfidfVectorizer:
    obj = TfidfVectorizer.__new__(TfidfVectorizer)
    obj.__dict__.update(input="content", encoding="utf-8", decode_error="strict", lowercase=True,
                        strip_accents=None, token_pattern=r"(?u)\b\w\w+\b", stop_words=stop_words,
                        ngram_range=ngram_range)
    return obj


def _old_grams(tokens: list[str], min_n: int, max_n: int) -> list[str]:
    if max_n == 1:
        return tokens if min_n == 1 else []
    grams = list(tokens) if min_n == 1 else []
    for n in range(max(min_n, 2), min(max_n + 1, len(tokens) + 1)):
        grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return grams


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (1, 3), (2, 2), (2, 4), (3, 5), (1, 6)])
@pytest.mark.parametrize("text", ["", "one", "two words", "the ferry left the harbour at dawn with forty cars",
                                  "a b c dd ee ff gg", "Rain rain rain rain"])
def test_speed45_ngrams_as_the_sliced_joins(ngram_range: tuple[int, int], text: str) -> None:
    tokens = __import__("re").findall(r"(?u)\b\w\w+\b", text.lower())
    assert _analyzer(ngram_range).build_analyzer()(text) == _old_grams(tokens, *ngram_range)


DEPARTMENT_TEXTS = [
    "The Children, Youth and Families Department said the Youth office would stay open.",
    "Parks, Roads, and Water Services and Health, Housing and Welfare Agency staff met Roads officials.",
    "No department is listed here, only Parks and Roads.",
    "Housing, Transport and Planning Commission. Housing, Transport and Planning Commission again.",
]


@pytest.mark.parametrize("text", DEPARTMENT_TEXTS)
def test_speed45_listed_department_as_the_search_per_mention(text: str) -> None:
    spans = [(i, j) for i in range(0, len(text), 3) for j in range(i + 1, min(len(text), i + 60) + 1, 4)]
    spans += [d.span() for d in ac.LISTED_DEPARTMENT.finditer(text)]  # a whole department is no piece of one
    for start, end in spans:
        m = SimpleNamespace(start=start, end=end)
        old = any(d.start() <= m.start and m.end <= d.end() and (m.start, m.end) != (d.start(), d.end())
                  for d in ac.LISTED_DEPARTMENT.finditer(text))
        assert ac._in_listed_department(text, m) == old, (start, end)  # type: ignore[arg-type]


def test_speed45_listed_department_rule_still_fires() -> None:
    text = DEPARTMENT_TEXTS[0]
    start = text.index("Youth")
    assert ac._in_listed_department(text, SimpleNamespace(start=start, end=start + 5))  # type: ignore[arg-type]
    whole = ac.LISTED_DEPARTMENT.search(text)
    assert whole is not None
    assert not ac._in_listed_department(text, SimpleNamespace(start=whole.start(), end=whole.end()))  # type: ignore[arg-type]


COUNTRY_TEXTS = [
    "France and Germany met in Paris. French ministers spoke; Berlin was silent. France agreed.",
    "The Senate and the Pentagon disagreed, Canadian officials said in Ottawa.",
    "Nothing here names a country.",
]


def _old_country_counts(text: str) -> dict[str, int]:
    table = load_source_table()
    pattern, forms = table._pattern("countries")
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        code = forms.get(m.group(0))
        if isinstance(code, str) and not sp.TOPIC_NOUN_L43.match(text, m.end()):
            counts[code] = counts.get(code, 0) + 1
    if institutions := sp.us_institutions_l43(text):
        counts["US"] = counts.get("US", 0) + institutions
    return counts


@pytest.mark.parametrize("text", COUNTRY_TEXTS)
def test_speed45_country_counts_cached_as_counted_and_a_copy(text: str) -> None:
    table = load_source_table()
    old = _old_country_counts(text)
    first = sp.country_counts(text, table)
    assert first == old and list(first.items()) == list(old.items())
    first["ZZ"] = 99  # a caller that adds to its dict changes no later answer
    second = sp.country_counts(text, table)
    assert second == old and list(second.items()) == list(old.items()) and second is not first
    second.clear()
    assert sp.country_counts(text, table) == old


def test_speed45_country_counts_cache_is_per_table_and_bounded() -> None:
    table = load_source_table()
    other = type(table)()  # an empty table names no country
    text = COUNTRY_TEXTS[0]
    assert sp.country_counts(text, table)
    assert sp.country_counts(text, other) == {}
    for k in range(20):
        sp.country_counts(f"{k} " + text, table)
    assert len(sp._COUNTRY_COUNTS_45) <= 8
    assert sp.country_counts(text, table) == _old_country_counts(text)


def _old_blank_removed(text: str, lines: list[str], kept: list[int], cut: str) -> str:
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    places = []
    for i in kept:
        line = lines[i]
        fine_print = clean.FORM_FINE_PRINT_RUN.match(line)
        skip = fine_print.end() if fine_print else 0
        inside = [(0, skip)] + [(s + skip, e + skip) for s, e in (m.span() for m in clean.INLINE_FURNITURE.finditer(
            line[skip:]))]
        places += [starts[i] + j for j, ch in enumerate(line)
                   if not ch.isspace() and not any(s <= j < e for s, e in inside)]
    marks = [k for k, ch in enumerate(cut) if not ch.isspace()]
    assert len(places) == len(marks)
    out = [" "] * len(text)
    for n, (p, k) in enumerate(zip(places, marks, strict=True)):
        out[p] = text[p]
        if n + 1 == len(places):
            break
        q, run = places[n + 1], cut[k + 1:marks[n + 1]]
        if run != text[p + 1:q]:
            brk = run.find("\n") if "\n" in run else len(run)
            run = run[:brk] + " " * (q - p - 1 - len(run)) + run[brk:]
        out[p + 1:q] = run
    return "".join(out)


def _cut_line(line: str) -> str:
    fine_print = clean.FORM_FINE_PRINT_RUN.match(line)
    return clean.INLINE_FURNITURE.sub("", line[fine_print.end():] if fine_print else line)


CLEAN_TEXTS = [
    "",
    "\n\n",
    "   ",
    "One line.",
    "One line.\n",
    "\n\n  Leading blanks.\n\nA second paragraph.\n\n\n",
    "Tabs\tand\u00a0odd spaces\u2003inside.\n \t\n",
    "A story about the harbour.\n\nThe ferry left at dawn.\n\nShare this article\nComments\n",
    "A body line.\n\nSubscribe to our newsletter\n\nAnother body line.\n",
    "A body line (RELATED: Another story about ferries) goes on.\n\nLast line.",
]


@pytest.mark.parametrize("text", CLEAN_TEXTS)
def test_speed45_blank_removed_as_the_walk(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cleaned, removed = clean.strip_chrome(text, keep_offsets=True)
    assert len(cleaned) == len(text)
    monkeypatch.setattr(clean, "blank_removed", _old_blank_removed)
    assert clean.strip_chrome(text, keep_offsets=True) == (cleaned, removed)
    monkeypatch.undo()
    lines = text.split("\n")
    for m in range(len(lines) + 1):  # every kept prefix of lines, cut as strip_chrome cuts (the fast path's shape)
        kept = list(range(m))
        cut = "\n".join(_cut_line(line) for line in lines[:m])
        assert clean.blank_removed(text, lines, kept, cut) == _old_blank_removed(text, lines, kept, cut), m


def test_speed45_blank_removed_outside_the_fast_path_unchanged() -> None:
    text = "a\na\n"
    lines = text.split("\n")
    # the second line kept alone: its text is the first line's too, but it stands at its own offset
    assert clean.blank_removed(text, lines, [1], "a") == _old_blank_removed(text, lines, [1], "a") == "  a "
    assert clean.blank_removed(text, lines, [0, 2], "a\n") == _old_blank_removed(text, lines, [0, 2], "a\n")


class _EveryLemma(frozenset[str]):
    """A lemma set that holds every lemma: with it each lemma guard of events.py lets the sentence through."""

    def __contains__(self, item: object) -> bool:
        return True

    def isdisjoint(self, other: object) -> bool:
        return False


EVENT_TEXTS = [
    "Norway seized the islands last spring, a step that drew sanctions from Chile.",
    "Peru closed the border, a decision that drew criticism from Brazil.",
    "Egypt is backing the foes of Libya, officials said.",
    "Austria is supporting the opponents of Serbia.",
    "Poland has ramped up its defences on the river this week.",
    "Finland bolstered its presence near the lake, and Sweden stepped up its deployments.",
    "The council drew a map of the town and backed the mayor's plan.",
    "Kenya met Ghana in Accra to talk about trade.",
]


@pytest.mark.parametrize("text", EVENT_TEXTS)
def test_speed45_round66_passes_same_with_the_lemma_guards_forced_open(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from spinscope.components import events as ev
    from tests.event_predictions import predicted

    guarded = predicted(text)
    monkeypatch.setattr(ev, "_lemmas_43", lambda sent: _EveryLemma())
    assert predicted(text) == guarded


def test_speed45_round66_passes_still_fire() -> None:
    from tests.event_predictions import triples

    assert ("SANCTION", "CHL", "NOR") in triples(EVENT_TEXTS[0])
    assert ("SUPPORT", "AUT", None) in triples(EVENT_TEXTS[3])
    assert ("MOBILIZE", "POL", None) in triples(EVENT_TEXTS[4])

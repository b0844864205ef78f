"""Language identification with py3langid, loaded once per process, and the script and transliteration
checks that tell the pipeline what it is reading when py3langid alone cannot."""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from .settings import cache_dir


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier. Its model ships LZMA-compressed, and decompressing it is 0.3 s of every start
    (docs/BENCHMARKS.md): the first start keeps the decompressed arrays in the user's cache folder
    (:func:`spinscope.settings.cache_dir`, about 70 MB, an ``.npz`` read without pickles) and later starts read
    them from there. Any failure to read or write the cache falls back to the packaged model."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = MODEL_DIR / MODEL_FILE
    try:
        return _cached_model(source)
    except Exception:  # a cache that cannot be read or written is only slower
        return LanguageIdentifier.from_modelpath(source, norm_probs=True)


def _cached_model(source: Path) -> Any:
    """The identifier built from the decompressed copy of ``source`` in the cache, written first if missing."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import _to_array, load_model

    stat = source.stat()
    cached = cache_dir() / f"py3langid-{stat.st_size}-{int(stat.st_mtime)}.npz"
    if not cached.is_file():
        ptc, pc, classes, nextmove, row, output = load_model(source)
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.partial")
        try:
            with partial.open("wb") as fh:
                np.savez(fh, ptc=np.asarray(ptc), pc=np.asarray(pc), classes=np.array(classes),
                         nextmove=np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
                         row=np.frombuffer(row, dtype=f"u{row.itemsize}"), output=np.asarray(output, dtype=np.int32))
            os.replace(partial, cached)
        finally:
            partial.unlink(missing_ok=True)  # a full disk leaves no half-written copy behind
        _remove_stale(cached)
    with np.load(cached, allow_pickle=False) as data:
        return LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(), _to_array(data["nextmove"]),
                                  data["output"].tolist(), norm_probs=True, tk_row=_to_array(data["row"]))


def _remove_stale(current: Path) -> None:
    """Delete the copies that earlier installs of py3langid left in the cache (each install writes its model
    with a new time stamp, so each would otherwise leave 70 MB behind). Copies in use by another process stay
    readable until it closes them; one that cannot be removed is left."""
    for stale in current.parent.glob("py3langid-*.npz"):
        if stale != current:
            with contextlib.suppress(OSError):
                stale.unlink()


def identify(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability) for the text."""
    if len(text) <= IDENTIFY_CACHE_CHARS:
        return _identify_cached(text)
    language, probability = _identifier().classify(text)
    return str(language), float(probability)


#: Texts up to this long are identified once: the language layer votes with an article's paragraphs, and the
#: technique tagger checks the same paragraphs for quotes in another language right after. The cache keeps the
#: last IDENTIFY_CACHE_SIZE texts, the paragraphs of about one article: a benchmark that analyses the same
#: articles twice gets no answer from the first pass.
IDENTIFY_CACHE_CHARS = 5_000
IDENTIFY_CACHE_SIZE = 64


@lru_cache(maxsize=IDENTIFY_CACHE_SIZE)
def _identify_cached(text: str) -> tuple[str, float]:
    language, probability = _identifier().classify(text)
    return str(language), float(probability)


#: Scripts no analysis layer reads, by the first word of their Unicode character names.
RIGHT_TO_LEFT = frozenset({"ARABIC", "HEBREW", "SYRIAC", "THAANA", "NKO"})
CJK = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO"})


def _script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in ("LATIN", "CYRILLIC", "GREEK"):
        return first.lower()
    if first in RIGHT_TO_LEFT:
        return "right-to-left"
    if first in CJK:
        return "cjk"
    return "other"


def script_shares(text: str) -> dict[str, float]:
    """The share of the letters of ``text`` in each script (latin, cyrillic, greek, right-to-left, cjk,
    other), largest first; empty when there is no letter."""
    # round 44 (speed45): each distinct letter named once, its count added at once; a Counter keeps the order in
    # which letters first occur, so the scripts enter ``counts`` in the order of the old walk over every character
    # (the order ties keep when sorted)
    counts: dict[str, int] = {}
    for char, n in Counter(text).items():
        if char.isalpha():
            script = _script_of(char)
            counts[script] = counts.get(script, 0) + n
    total = sum(counts.values())
    return {k: round(v / total, 4) for k, v in sorted(counts.items(), key=lambda kv: -kv[1])} if total else {}


#: Letters of Ukrainian that Russian lacks, and of Russian that Ukrainian lacks.
UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
RUSSIAN_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


def cyrillic_language(text: str) -> str | None:
    """"ru" or "uk" when the letters only one of them has say so, else None."""
    ukrainian = len(UKRAINIAN_LETTERS.findall(text))
    russian = len(RUSSIAN_LETTERS.findall(text))
    if ukrainian > 2 * russian and ukrainian >= 2:
        return "uk"
    if russian > 2 * ukrainian and russian >= 2:
        return "ru"
    return None


def _words(text: str) -> list[str]:
    return text.split()


#: Frequent Russian words as they are written in Latin letters (the common transliterations), which are not
#: words of English or of the other Latin-script languages py3langid answers for them.
TRANSLIT_RUSSIAN_WORDS = frozenset(_words("""
chto eto kotoryj kotoryi kotoryy kotoraya kotorye kotorykh takzhe tolko tol'ko byl bylo byli byla budet
mozhno nuzhno nado esli kogda seichas sejchas segodnya vchera zavtra poetomu potomu ochen' ochen mnogo
zayavil zayavila soobshchil soobshil rasskazal otmetil skazal skazala govorit schitaet slovam dannym
rossii rossiya rossiyskiy rossijskij rossiyskoy ukrainy ukraina vlasti pravitelstvo pravitel'stvo
prezident prezidenta ministr ministra ministerstvo ministerstva stranakh strany strana gosudarstvo
etot eta eti etogo etom etoi etoy svoi svoy svoyu nashi nash nashikh vse vsekh yego ego yeyo eyo ikh
kak tak uzhe yeshche eshche eshchyo dlya bez pod nad posle mezhdu protiv cherez takim obrazom voyny voina
voyna ssha nato kreml kremlya moskva moskvy kiev kieva soobshchayet pishet zayavlenii
"""))
#: Share of the words of a Latin-script text that must be such words for it to count as transliterated Russian.
TRANSLIT_MIN_SHARE = 0.12
WORD_RE = re.compile(r"[A-Za-z']+")


def transliterated_russian_share(text: str) -> float:
    """Share of the Latin words of ``text`` that are frequent transliterated Russian words."""
    words = [w.lower() for w in WORD_RE.findall(text[:20_000])]
    if not words:
        return 0.0
    return sum(w in TRANSLIT_RUSSIAN_WORDS for w in words) / len(words)

"""Structural style evidence of an article: how much it quotes, attributes, says "I", asks and exclaims.

Straight news reports cite (quotes, "said", "according to"), give numbers and datelines, and keep the
writer out of the text; opinion pieces say "I" and "we", address the reader and ask questions. These cues
are cheap (regular expressions over the sentences), and they have the same meaning in the six languages of
SemEval-2023 Task 3, so a genre model trained on all six can read them on English articles
(docs/EVALUATION.md, "Genre and frames", measures how much they help).

Each cue list is short and hand-written per language (``en fr ge it po ru``, the SemEval-2023 codes; ``de``
and ``pl`` are accepted too); an unknown language reads the English lists. :func:`style_features` returns
one row of :data:`STYLE_FEATURES`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

#: The features, in the order of :func:`style_features` rows.
STYLE_FEATURES: tuple[str, ...] = (
    "quote_sentences",        # share of sentences with a quotation mark
    "attributed_sentences",   # share with a reporting verb or "according to"
    "first_singular",         # share with I / me / my
    "first_plural",           # share with we / us / our
    "second_person",          # share with you / your
    "questions",              # share ending in "?"
    "exclamations",           # share ending in "!"
    "number_sentences",       # share with a digit
    "dateline",               # 1 if the body opens with a dateline ("MOSCOW, March 3 (Reuters) -")
    "one_sentence_paragraphs",  # share of paragraphs made of one sentence (wire style)
    "caps_words",             # share of words written in capitals (3+ letters)
    "ellipses_dashes",        # share of sentences with "..." or a parenthesis
)

_QUOTE = re.compile(r"[\"“”«»„]|(?:^|\s)['‘’](?=\w)")
_QUESTION = re.compile(r"\?[\"“”»'’)\]]*\s*$")
_EXCLAIM = re.compile(r"!+[\"“”»'’)\]]*\s*$")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_ASIDE = re.compile(r"\.\.\.|…|\(")
_DATELINE = re.compile(r"^\s*[A-ZÀ-ÝА-ЯЁ][A-ZÀ-ÝА-ЯЁ.\- ]{2,40}(?:,[^\n]{0,40})?\s*(?:\([^)\n]{2,30}\))?\s*[-–—:]")

#: Reporting cues per language: verbs of saying and "according to", as whole words (lower case).
_ATTRIBUTION: dict[str, tuple[str, ...]] = {
    "en": ("said", "says", "told", "according to", "stated", "announced", "added", "reported", "explained",
           "noted", "claimed", "confirmed", "warned", "insisted", "wrote", "tweeted", "spokesman", "spokeswoman",
           "spokesperson", "statement"),
    "fr": ("a déclaré", "a dit", "selon", "a indiqué", "a affirmé", "a annoncé", "a expliqué", "a ajouté",
           "déclare", "affirme", "indique", "a précisé", "a souligné", "porte-parole", "communiqué", "a estimé"),
    "ge": ("sagte", "sagt", "erklärte", "laut", "zufolge", "teilte", "berichtete", "betonte", "sprecher",
           "sprecherin", "mitteilung", "hieß es", "so der", "so die", "äußerte"),
    "it": ("ha detto", "secondo", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto", "ha annunciato",
           "dice", "ha sottolineato", "ha riferito", "portavoce", "comunicato", "ha precisato", "afferma"),
    "po": ("powiedział", "powiedziała", "według", "poinformował", "poinformowała", "stwierdził",
           "stwierdziła", "oświadczył", "oświadczyła", "dodał", "dodała", "mówi", "przekazał", "zaznaczył",
           "rzecznik", "komunikat", "podkreślił"),
    "ru": ("сказал", "сказала", "заявил", "заявила", "по словам", "сообщил", "сообщила", "отметил",
           "отметила", "подчеркнул", "по данным", "передает", "передаёт", "говорится", "пресс-секретарь",
           "сообщается", "добавил"),
}
_FIRST_SINGULAR: dict[str, tuple[str, ...]] = {
    "en": ("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"),
    "fr": ("je", "j", "moi", "mon", "ma", "mes"),
    "ge": ("ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner"),
    "it": ("io", "mio", "mia", "miei", "mie", "me"),
    "po": ("ja", "mnie", "mój", "moja", "moje", "mojego", "mojej", "moim"),
    "ru": ("я", "меня", "мне", "мной", "мой", "моя", "моё", "мои", "моего"),
}
_FIRST_PLURAL: dict[str, tuple[str, ...]] = {
    "en": ("we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll"),
    "fr": ("nous", "notre", "nos"),
    "ge": ("wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"),
    "it": ("noi", "nostro", "nostra", "nostri", "nostre"),
    "po": ("my", "nas", "nam", "nasz", "nasza", "nasze", "naszego", "naszej"),
    "ru": ("мы", "нас", "нам", "нами", "наш", "наша", "наше", "наши"),
}
_SECOND: dict[str, tuple[str, ...]] = {
    "en": ("you", "your", "yours", "yourself", "you're", "you've", "you'll"),
    "fr": ("vous", "tu", "votre", "vos", "ton", "ta", "tes", "toi"),
    "ge": ("du", "dich", "dir", "dein", "deine", "euch"),
    "it": ("tu", "ti", "tuo", "tua", "voi", "vostro", "vostra"),
    "po": ("ty", "ciebie", "ci", "wy", "was", "wasz", "wasza", "twój", "twoja"),
    "ru": ("ты", "тебя", "тебе", "вы", "вас", "вам", "ваш", "ваша", "твой"),
}
_LANGUAGE_CODES = {"de": "ge", "pl": "po"}


def _phrases(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lang = _LANGUAGE_CODES.get(language, language)
    lang = lang if lang in _ATTRIBUTION else "en"
    return (_phrases(_ATTRIBUTION[lang]), _phrases(_FIRST_SINGULAR[lang]), _phrases(_FIRST_PLURAL[lang]),
            _phrases(_SECOND[lang]))


def _first_singular_en(sentence: str) -> bool:
    # English "I" must be upper case: "i" in "i.e." or a roman numeral list would count otherwise.
    return bool(re.search(r"(?<![^\W_])(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![^\W_'’])", sentence))


def style_features(text: str, sentences: Sequence[tuple[int, int]], paragraphs: Sequence[tuple[int, int]],
                   *, language: str = "en") -> np.ndarray:
    """One row of :data:`STYLE_FEATURES` for ``text`` with its sentence and paragraph ranges.

    Shares are over sentences (or paragraphs); an article without sentences gives zeros.
    """
    row = np.zeros(len(STYLE_FEATURES), dtype=np.float32)
    chunks = [text[s:e] for s, e in sentences if text[s:e].strip()]
    if not chunks:
        return row
    attribution, singular, plural, second = _cues(language)
    english = _LANGUAGE_CODES.get(language, language) not in _ATTRIBUTION or language == "en"
    n = len(chunks)
    words = [len(_WORD.findall(c)) for c in chunks]
    total_words = max(1, sum(words))

    def share(hit: list[bool]) -> float:
        return sum(hit) / n

    row[0] = share([bool(_QUOTE.search(c)) for c in chunks])
    row[1] = share([bool(attribution.search(c)) for c in chunks])
    row[2] = share([(_first_singular_en(c) if english else bool(singular.search(c))) for c in chunks])
    row[3] = share([bool(plural.search(c)) for c in chunks])
    row[4] = share([bool(second.search(c)) for c in chunks])
    row[5] = share([bool(_QUESTION.search(c)) for c in chunks])
    row[6] = share([bool(_EXCLAIM.search(c)) for c in chunks])
    row[7] = share([bool(_DIGIT.search(c)) for c in chunks])
    # No length features (article words, words per sentence): training satire is short, mostly in German and
    # Polish, and with them any short rant came out as satire.
    body = [text[s:e] for s, e in paragraphs if text[s:e].strip()]
    # The first paragraph is often the title: a dateline opens the first or the second one.
    row[8] = float(any(_DATELINE.match(p) for p in body[:2]))
    if body:
        ordered = sorted((a, b) for a, b in sentences)
        firsts = [a for a, _ in ordered]
        row[9] = sum(1 for s, e in paragraphs if text[s:e].strip()
                      and _sentences_within(ordered, firsts, s, e, at_most=2) <= 1) / len(body)
    row[10] = sum(1 for w in _WORD.findall(text) if len(w) >= 3 and w.isupper()) / total_words
    row[11] = share([bool(_ASIDE.search(c)) for c in chunks])
    return row



def _sentences_within(ordered: list[tuple[int, int]], firsts: list[int], start: int, end: int, *,
                      at_most: int) -> int:
    """How many of the sentences (``ordered`` by start, ``firsts`` their starts) lie inside ``[start, end]``,
    counted up to ``at_most``: read from ``start`` by bisection (a scan of all of them per paragraph made this
    quadratic on long articles)."""
    count = 0
    for k in range(bisect_left(firsts, start), bisect_right(firsts, end)):
        if ordered[k][1] <= end:
            count += 1
            if count >= at_most:
                break
    return count

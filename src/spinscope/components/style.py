"""Structural style evidence of an article: how much it quotes, attributes, says "I", asks and exclaims.

Straight news reports cite (quotes, "said", "according to"), give numbers and datelines, and keep the
writer out of the text; opinion pieces say "I" and "we", address the reader and ask questions. These cues
are cheap (regular expressions over the sentences), and they have the same meaning in the six languages of
SemEval-2023 Task 3, so a genre model trained on all six can read them on English articles
(docs/EVALUATION.md, "Genre and frames", measures how much they help).

Each cue list is short and hand-written per language (``en fr ge it po ru``, the SemEval-2023 codes; ``de``
and ``pl`` are accepted too); an unknown language reads the English lists. :func:`style_features` returns
one row of :data:`STYLE_FEATURES`.

:func:`stance_features` adds how the writer stands to the text (:data:`STANCE_FEATURES`): certainty
("there is no doubt", "clearly"), hedges, what should be done, intensifiers, argument markers ("firstly",
"however", "it should be noted"), evaluative words, and against them the time anchors of a report ("on
Tuesday", "yesterday", a month). The genre model reads both blocks (docs/EVALUATION.md, "Genre, round 11").
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

#: Stance cues, in the order of :func:`stance_features` rows: shares of sentences, except ``evaluative``.
STANCE_FEATURES: tuple[str, ...] = (
    "booster_sentences",      # certainty: "no doubt", "clearly", "of course", "in fact"
    "hedge_sentences",        # "perhaps", "probably", "seems", "I think"
    "deontic_sentences",      # "should", "must", "need to", "let us"
    "intensifier_sentences",  # "very", "completely", "utterly", "really"
    "argument_sentences",     # "however", "therefore", "firstly", "in other words", "it should be noted"
    "time_anchor_sentences",  # a weekday, "yesterday", "this week", a month: the news peg of a report
    "evaluative_words",       # share of words with a strong VADER valence (|v| >= 1.5; English only, else 0)
)
#: Stance cue lists per language (alternatives of a regular expression, matched as whole words, any case).
_STANCE: dict[str, dict[str, str]] = {
    "booster": {
        "en": "no doubt|doubtless|undoubtedly|clearly|obviously|of course|certainly|indeed|in fact|truly|definitely|"
              "surely|it is clear|evidently|unquestionably|needless to say|there is no question|absolutely",
        "fr": "sans doute|sans aucun doute|évidemment|bien sûr|certainement|en effet|en fait|clairement|il est clair|"
              "incontestablement|absolument|vraiment",
        "ge": "zweifellos|ohne zweifel|offensichtlich|natürlich|selbstverständlich|sicherlich|tatsächlich|eindeutig|"
              "klar ist|in der tat|wirklich|gewiss|absolut",
        "it": "senza dubbio|ovviamente|certamente|chiaramente|naturalmente|infatti|in effetti|davvero|evidentemente|"
              "è chiaro|indubbiamente|assolutamente",
        "po": "bez wątpienia|oczywiście|niewątpliwie|z pewnością|naprawdę|rzeczywiście|jasne jest|wyraźnie|"
              "zdecydowanie|absolutnie|faktycznie",
        "ru": "без сомнения|несомненно|очевидно|конечно|разумеется|безусловно|действительно|на самом деле|ясно|явно|"
              "абсолютно|бесспорно"},
    "hedge": {
        "en": "perhaps|maybe|probably|possibly|seems|seem|appears to|apparently|arguably|likely|might|i think|"
              "i believe|it seems|presumably|supposedly",
        "fr": "peut-être|probablement|sans doute|semble|semblent|il paraît|apparemment|vraisemblablement|je pense|"
              "je crois|pourrait",
        "ge": "vielleicht|wahrscheinlich|möglicherweise|scheint|scheinen|offenbar|vermutlich|anscheinend|ich glaube|"
              "ich denke|dürfte|könnte",
        "it": "forse|probabilmente|sembra|sembrano|pare|apparentemente|presumibilmente|credo|penso|potrebbe",
        "po": "może|chyba|prawdopodobnie|wydaje się|podobno|najwyraźniej|myślę|sądzę|zapewne|być może",
        "ru": "возможно|может быть|наверное|вероятно|кажется|по-видимому|видимо|похоже|думаю|считаю|пожалуй"},
    "deontic": {
        "en": "should|must|ought|need to|needs to|have to|has to|let us|let's",
        "fr": "doit|doivent|devrait|devraient|il faut|faut|devons|il faudrait",
        "ge": "muss|müssen|sollte|sollten|soll|sollen|darf nicht|dürfen nicht|lasst uns",
        "it": "deve|devono|dovrebbe|dovrebbero|bisogna|occorre|dobbiamo",
        "po": "musi|muszą|powinien|powinna|powinno|powinni|trzeba|należy|musimy",
        "ru": "должен|должна|должно|должны|следует|нужно|надо|необходимо|давайте"},
    "intensifier": {
        "en": "very|extremely|utterly|completely|totally|incredibly|highly|deeply|entirely|so much|really|truly|"
              "absolutely|simply",
        "fr": "très|extrêmement|complètement|totalement|tellement|vraiment|profondément|absolument|si|trop",
        "ge": "sehr|äußerst|extrem|völlig|total|komplett|zutiefst|wirklich|absolut|so|viel zu",
        "it": "molto|estremamente|completamente|totalmente|davvero|profondamente|assolutamente|così|troppo",
        "po": "bardzo|niezwykle|całkowicie|zupełnie|totalnie|naprawdę|głęboko|absolutnie|tak|zbyt",
        "ru": "очень|крайне|совершенно|абсолютно|полностью|чрезвычайно|глубоко|слишком|так|весьма"},
    "argument": {
        "en": "however|therefore|thus|hence|firstly|secondly|in other words|that is|moreover|furthermore|after all|"
              "yet|nevertheless|on the other hand|it should be noted|it is worth",
        "fr": "cependant|pourtant|donc|ainsi|d'abord|premièrement|deuxièmement|autrement dit|c'est-à-dire|de plus|"
              "en outre|après tout|néanmoins|il convient de noter",
        "ge": "jedoch|allerdings|daher|deshalb|also|erstens|zweitens|mit anderen worten|außerdem|zudem|schließlich|"
              "dennoch|trotzdem",
        "it": "tuttavia|però|quindi|dunque|pertanto|innanzitutto|in primo luogo|in secondo luogo|in altre parole|"
              "cioè|inoltre|dopotutto|eppure",
        "po": "jednak|zatem|więc|dlatego|po pierwsze|po drugie|innymi słowy|czyli|ponadto|co więcej|przecież|"
              "mimo to|tymczasem",
        "ru": "однако|поэтому|следовательно|итак|во-первых|во-вторых|другими словами|то есть|кроме того|"
              "более того|тем не менее|впрочем|ведь"},
    "time_anchor": {
        "en": "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this week|"
              "last week|earlier this|on [a-z]+ \\d{1,2}|january|february|march|april|june|july|august|september|"
              "october|november|december",
        "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|cette semaine|"
              "la semaine dernière|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
              "décembre",
        "ge": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|diese woche|"
              "vergangene woche|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
        "it": "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|questa settimana|"
              "la scorsa settimana|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
              "novembre|dicembre",
        "po": "poniedziałek|poniedziałku|wtorek|wtorku|środę|środa|czwartek|czwartku|piątek|piątku|sobotę|sobota|"
              "niedzielę|niedziela|wczoraj|dzisiaj|dziś|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|"
              "września|października|listopada|grudnia",
        "ru": "понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|воскресенье|вчера|сегодня|"
              "на этой неделе|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"},
}
#: VADER valence (-4..4) from which a word counts as evaluative.
EVALUATIVE_VALENCE = 1.5


def _phrases(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lang = _LANGUAGE_CODES.get(language, language)
    lang = lang if lang in _ATTRIBUTION else "en"
    return (_phrases(_ATTRIBUTION[lang]), _phrases(_FIRST_SINGULAR[lang]), _phrases(_FIRST_PLURAL[lang]),
            _phrases(_SECOND[lang]))


@lru_cache(maxsize=16)
def _stance_cues(language: str) -> tuple[re.Pattern[str], ...]:
    lang = _LANGUAGE_CODES.get(language, language)
    lang = lang if lang in _ATTRIBUTION else "en"
    return tuple(re.compile(rf"(?<![^\W_])(?:{_STANCE[cue][lang]})(?![^\W_])", re.IGNORECASE)
                 for cue in ("booster", "hedge", "deontic", "intensifier", "argument", "time_anchor"))


@lru_cache(maxsize=1)
def evaluative_words() -> frozenset[str]:
    """English words with a strong VADER valence (:data:`EVALUATIVE_VALENCE`), from the ``vaderSentiment``
    package's lexicon: "ruthless", "dying", "disgrace", "brilliant"."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return frozenset(w for w, v in SentimentIntensityAnalyzer().lexicon.items()
                     if abs(v) >= EVALUATIVE_VALENCE and w.isalpha())


def stance_features(text: str, sentences: Sequence[tuple[int, int]], *, language: str = "en") -> np.ndarray:
    """One row of :data:`STANCE_FEATURES` for ``text`` with its sentence ranges (zeros without sentences)."""
    row = np.zeros(len(STANCE_FEATURES), dtype=np.float32)
    chunks = [text[s:e] for s, e in sentences if text[s:e].strip()]
    if not chunks:
        return row
    for k, cue in enumerate(_stance_cues(language)):
        row[k] = sum(1 for c in chunks if cue.search(c)) / len(chunks)
    if _LANGUAGE_CODES.get(language, language) not in _ATTRIBUTION or language == "en":
        lexicon = evaluative_words()
        words = [w.lower() for c in chunks for w in _WORD.findall(c)]
        row[6] = sum(1 for w in words if w in lexicon) / max(1, len(words))
    return row


#: The writer's voice, read with the quotations masked out (round 12): a report quotes people who say "I", ask,
#: exclaim and judge; an opinion piece does so in its own words. In the order of :func:`voice_features` rows.
VOICE_FEATURES: tuple[str, ...] = (
    "writer_first_singular",    # share of sentences with I / me / my outside quotations
    "writer_first_plural",      # we / us / our outside quotations
    "writer_second_person",     # you / your outside quotations
    "writer_questions",         # a question mark outside quotations
    "writer_exclamations",      # an exclamation mark outside quotations
    "writer_deontic",           # "should", "must" outside quotations
    "writer_booster",           # "clearly", "of course" outside quotations
    "writer_evaluative_words",  # share of words outside quotations with a strong VADER valence (English only)
)
#: A quotation within one paragraph: paired marks, or a quote that opens a paragraph and runs to its end (the
#: way news prints a quote continued in the next paragraph).
_QUOTATION = re.compile(r'“[^”\n]{1,1500}”|"[^"\n]{1,1500}"|«[^»\n]{1,1500}»|„[^“”"\n]{1,1500}[“”"]'
                        r'|(?m:^[ \t]*[“"«„][^”"»“\n]*$)')


def mask_quotations(text: str) -> str:
    """``text`` with every quotation (:data:`_QUOTATION`) blanked out by spaces, offsets kept."""
    return _QUOTATION.sub(lambda m: " " * len(m.group()), text)


def voice_features(text: str, sentences: Sequence[tuple[int, int]], *, language: str = "en") -> np.ndarray:
    """One row of :data:`VOICE_FEATURES` for ``text`` with its sentence ranges (zeros without sentences): the
    first and second person, questions, exclamations, deontic modals, certainty and evaluative words of the
    writer, that is, of the sentences with their quotations masked out (:func:`mask_quotations`)."""
    row = np.zeros(len(VOICE_FEATURES), dtype=np.float32)
    masked = mask_quotations(text)
    outside = [masked[s:e] for s, e in sentences if text[s:e].strip()]
    if not outside:
        return row
    n = len(outside)
    _, singular, plural, second = _cues(language)
    english = _LANGUAGE_CODES.get(language, language) not in _ATTRIBUTION or language == "en"
    booster, _, deontic, _, _, _ = _stance_cues(language)
    row[0] = sum(1 for c in outside if (_first_singular_en(c) if english else singular.search(c))) / n
    row[1] = sum(1 for c in outside if plural.search(c)) / n
    row[2] = sum(1 for c in outside if second.search(c)) / n
    row[3] = sum(1 for c in outside if "?" in c) / n
    row[4] = sum(1 for c in outside if "!" in c) / n
    row[5] = sum(1 for c in outside if deontic.search(c)) / n
    row[6] = sum(1 for c in outside if booster.search(c)) / n
    if english:
        lexicon = evaluative_words()
        words = [w.lower() for c in outside for w in _WORD.findall(c)]
        row[7] = sum(1 for w in words if w in lexicon) / max(1, len(words))
    return row


#: Every feature a genre model may read, by block (:func:`genre_features` computes only the blocks it needs).
GENRE_FEATURE_BLOCKS: tuple[tuple[str, ...], ...] = (STYLE_FEATURES, STANCE_FEATURES, VOICE_FEATURES)


def genre_features(text: str, sentences: Sequence[tuple[int, int]], paragraphs: Sequence[tuple[int, int]],
                   *, language: str = "en", names: Sequence[str] = STYLE_FEATURES) -> np.ndarray:
    """The row a genre model reads: the features ``names`` (the model's ``style_features`` in config.json), in
    that order, from :func:`style_features`, :func:`stance_features` and :func:`voice_features`. A model of
    before round 11 lists the 12 style features, one of round 11 adds the 7 stance cues, and one of round 12
    reads the writer's voice (docs/EVALUATION.md, "Genre, round 12")."""
    unknown = [n for n in names if not any(n in block for block in GENRE_FEATURE_BLOCKS)]
    if unknown:
        raise ValueError(f"unknown genre features: {unknown}")
    values: dict[str, float] = {}
    for block, compute in zip(GENRE_FEATURE_BLOCKS, (
            lambda: style_features(text, sentences, paragraphs, language=language),
            lambda: stance_features(text, sentences, language=language),
            lambda: voice_features(text, sentences, language=language)), strict=True):
        if any(n in block for n in names):
            values.update(zip(block, compute().tolist(), strict=True))
    return np.array([values[n] for n in names], dtype=np.float32)


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

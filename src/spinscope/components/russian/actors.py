"""Russian actors: natasha's named entities and the Russian names of ``resources/actors_ru.tsv``, normalised to
the canonical actors the English layer uses (Киев -> Ukraine, Кремль -> Russia).

Matching, in order:
  1. names, metonyms and adjectives of ``actors_ru.tsv`` by their pymorphy3 lemmas, longest first, so every
     case form matches ("в Москве", "Кремлём"); a capitalised name matches capitalised words only
     ("Запад" the West, not "на запад" the direction);
  2. natasha's PER, ORG and LOC entities that no name covers, as persons, organisations and places, their
     name put in the nominative ("Вячеслава Гладкова" -> "Вячеслав Гладков"); a lone surname joins the
     earlier full name with that surname. Entities with no capital letter, pronouns and organisation names of
     more than MAX_ORG_WORDS words (sentence fragments) are left out.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...result import Actor, Span
from ..attribution.sources import SourceTable
from .lexicon import OFFICE_LEMMAS
from .nlp import RuParse, SpanIndex, lemma, lemma_key, models, nominative

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ACTORS_FILE = RESOURCES / "actors_ru.tsv"
#: Scores by how the mention was found.
SCORES = {"name": 0.95, "alias": 0.9, "ner": 0.6, "surname": 0.7}
#: An ORG entity of more words is a sentence fragment rather than a name.
MAX_ORG_WORDS = 6
NER_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
PRONOUNS = frozenset({"он", "она", "оно", "они", "мы", "вы", "я", "ты", "это", "этот", "тот", "который", "свой",
                      "его", "ее", "их", "наш", "ваш", "мой"})


@dataclass(frozen=True)
class RuActorEntry:
    name: str
    type: str
    code: str | None
    country: str | None
    #: The alias starts with a capital letter, so it only matches capitalised words.
    proper: frozenset[tuple[str, ...]]


@dataclass(frozen=True)
class RuDictionary:
    entries: tuple[RuActorEntry, ...]
    index: dict[tuple[str, ...], int]
    max_length: dict[str, int]
    #: Proper names by the stems of their words (see :func:`stem`), for the foreign names pymorphy3 does not
    #: know ("Шольца" is not lemmatised to "Шольц").
    stems: dict[tuple[str, ...], int]


#: Case endings taken off a capitalised word to match a name pymorphy3 cannot lemmatise, longest first.
CASE_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ов", "ев", "ом", "ем", "ой", "ей", "ым", "им", "ых", "их",
                "ую", "юю", "ая", "яя", "а", "я", "у", "ю", "е", "ы", "и")
MIN_STEM = 3


def stem(word: str) -> str:
    """``word`` lowercase without one Russian case ending, keeping at least MIN_STEM letters."""
    lower = word.lower().replace("ё", "е")
    for ending in CASE_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
            return lower[:-len(ending)]
    return lower


@lru_cache(maxsize=4)
def load_dictionary(path: Path = ACTORS_FILE) -> RuDictionary:
    """The Russian names of ``path`` keyed by their lemmas (loads pymorphy3)."""
    entries: list[RuActorEntry] = []
    index: dict[tuple[str, ...], int] = {}
    stems: dict[tuple[str, ...], int] = {}
    max_length: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t",
                          quoting=csv.QUOTE_NONE)
        for lineno, row in enumerate(rows, 1):
            if lineno == 1 and row[0] == "name":
                continue
            if len(row) < 5:
                raise ValueError(f"{path}: row {lineno}: expected name<TAB>type<TAB>code<TAB>country<TAB>aliases")
            name, kind, code, country, aliases = (c.strip() for c in row[:5])
            proper = set()
            for alias in aliases.split("|"):
                key = lemma_key(alias)
                if not key:
                    continue
                index[key] = len(entries)
                max_length[key[0]] = max(max_length.get(key[0], 0), len(key))
                if alias[:1].isupper():
                    proper.add(key)
                    words = re.findall(r"\w+(?:-\w+)*", alias)
                    if all(w[:1].isupper() for w in words):
                        stems.setdefault(tuple(stem(w) for w in words), len(entries))
            entries.append(RuActorEntry(name, kind, code or None, country or None, frozenset(proper)))
    return RuDictionary(tuple(entries), index, max_length, stems)


_Key = tuple[str, str, str | None, str | None]  # name, type, code, country


@dataclass
class _Mention:
    start: int
    end: int
    key: tuple[str, str, str | None, str | None]  # name, type, code, country
    kind: str
    source: str


def normalize_name(text: str, ner_type: str, *, nominative_in_context: bool = False) -> str:
    """A named entity's name in the nominative: every word of a person's name; the words of another name up to
    and including its first noun ("Белгородской области" -> "Белгородская область", "Совета безопасности" ->
    "Совет безопасности"). A person's name the parser read as nominative where it stands, none of whose words
    pymorphy3 knows as a name in another case, is kept as written: out of context such a surname is read as
    another word's form ("Хренин" as a plural genitive)."""
    words = text.split()
    if ner_type == "PER" and nominative_in_context:
        return text
    if ner_type == "PER":
        return _person_nominative(words)
    morph = models()["pymorphy"]
    head = next((i for i, word in enumerate(words)
                 if re.search(r"[а-яА-Я]", word) and morph.parse(word.lower())[0].tag.POS == "NOUN"), None)
    if head is None:
        return " ".join(nominative(w) for w in words)
    agreed = _agreeing_phrase(words[:head + 1])
    return " ".join([*(agreed or [nominative(w) for w in words[:head + 1]]), *words[head + 1:]])


def _person_nominative(words: list[str]) -> str:
    """A person's name in the nominative, each word read in the given name's gender: "Джером Пауэлл" stays (a
    man's surname, not the plural genitive of a woman's name "Пауэлла"); a word with no singular reading in that
    gender is kept as written."""
    morph = models()["pymorphy"]
    given = next((p for w in words[:1] for p in morph.parse(w.lower())
                  if p.tag.POS == "NOUN" and "Name" in p.tag and p.tag.gender in ("masc", "femn")), None)
    if given is None or len(words) < 2:
        return " ".join(nominative(w) for w in words)
    out = [nominative(words[0])]
    feminine = given.tag.gender == "femn"
    for word in words[1:]:
        lower = word.lower()
        # a woman's foreign surname does not decline ("Нэнси Пелоси"); one the dictionary does not know is kept,
        # unless it ends as an adjective does ("Навальной")
        fixed = feminine and not morph.word_is_known(lower) and not lower.endswith(("ой", "ей", "ую"))
        reading = next((p for p in morph.parse(lower) if p.tag.POS in ("NOUN", "ADJF") and p.tag.number == "sing"
                        and ("ms-f" in p.tag or p.tag.gender == given.tag.gender)),
                       None) if re.search(r"[а-яА-Я]", word) and not fixed else None
        form = reading.inflect({"nomn", "sing"}) if reading is not None else None
        out.append(_cased(form.word, word) if form is not None else word)
    return " ".join(out)


def _agreeing_phrase(words: list[str]) -> list[str] | None:
    """Adjectives and their head noun (the last word) in the nominative, the adjectives agreeing with the noun's
    gender and number ("Черном море" -> "Чёрное море", "Всемирного банка" -> "Всемирный банк"): the noun's reading
    is the one whose case, gender and number the adjectives share. None when no reading agrees."""
    morph = models()["pymorphy"]
    adjectives = [[p for p in morph.parse(w.lower()) if p.tag.POS in ("ADJF", "PRTF")] for w in words[:-1]]
    if not all(adjectives):
        return None
    for noun in (p for p in morph.parse(words[-1].lower()) if p.tag.POS == "NOUN"):
        case, number, gender = noun.tag.case, noun.tag.number, noun.tag.gender
        if not all(any(a.tag.case == case and a.tag.number == number and (number == "plur" or a.tag.gender == gender
                                                                           or a.tag.gender is None) for a in parses)
                   for parses in adjectives):
            continue
        grammemes = {"nomn", "plur"} if number == "plur" else {"nomn", gender} if gender else {"nomn"}
        forms = [next((f for a in parses if a.tag.case == case if (f := a.inflect(grammemes)) is not None), None)
                 for parses in adjectives]
        head = noun.inflect({"nomn", number}) if number else noun.inflect({"nomn"})
        if head is None or any(f is None for f in forms):
            continue
        return [_cased(f.word, w) for f, w in zip([*forms, head], words, strict=True)]  # type: ignore[union-attr]
    return None


def _cased(word: str, like: str) -> str:
    """``word`` capitalised as ``like`` is; an acronym or a mixed-case word ("ТАСС", "БелТА") as written."""
    if sum(ch.isupper() for ch in like) > 1:
        return like
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _dictionary_mentions(parse: RuParse, dictionary: RuDictionary) -> list[_Mention]:
    found: list[_Mention] = []
    for sent in parse.sentences:
        toks = [t for t in sent.tokens if re.search(r"\w", t.text)]
        i = 0
        while i < len(toks):
            longest = min(dictionary.max_length.get(toks[i].lemma, 0), len(toks) - i)
            hit = 0
            for n in range(longest, 0, -1):
                key = tuple(t.lemma for t in toks[i:i + n])
                idx = dictionary.index.get(key)
                if idx is None:
                    continue
                entry = dictionary.entries[idx]
                if key in entry.proper and not toks[i].text[:1].isupper():
                    continue
                kind = "name" if n > 1 or entry.type == "person" else "alias"
                found.append(_Mention(toks[i].start, toks[i + n - 1].end,
                                      (entry.name, entry.type, entry.code, entry.country), kind, ACTORS_FILE.name))
                hit = n
                break
            if not hit and toks[i].text[:1].isupper():
                # a foreign name in a case pymorphy3 cannot undo: by the stems of capitalised words
                for n in (2, 1):
                    words = toks[i:i + n]
                    if len(words) < n or not all(t.text[:1].isupper() for t in words):
                        continue
                    idx = dictionary.stems.get(tuple(stem(t.text) for t in words))
                    if idx is not None and _plural_of_person35(words[-1].text, dictionary.entries[idx].type):
                        idx = None  # "Владимир Ермаков" is not Андрей Ермак (round 35)
                    if idx is not None:
                        entry = dictionary.entries[idx]
                        found.append(_Mention(words[0].start, words[-1].end,
                                              (entry.name, entry.type, entry.code, entry.country),
                                              "name" if n > 1 or entry.type == "person" else "alias",
                                              ACTORS_FILE.name))
                        hit = n
                        break
            i += hit or 1
    return found


#: Case endings of a man's surname in "-ов", "-ев", "-ин" and of consonant-final foreign surnames.
SURNAME_ENDINGS = frozenset({"а", "у", "ом", "е", "ым"})


def _inflected_name(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` as a name's form in another case than the nominative ("Фиданом")."""
    return any(("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) and "nomn" not in p.tag
               for p in models()["pymorphy"].parse(word.lower()))


#: Acronyms of common nouns that natasha tags as organisations: the media, the "special military operation", air
#: defence, a pre-trial prison, a private military company, joint-stock companies; no actor.
GENERIC_ACRONYMS = frozenset({"сми", "сво", "пво", "сизо", "нпо", "нко", "впк", "дтп", "чп", "жкх", "аэс", "тэц", "гэс",
                              "бпла", "рсзо", "зрк", "вуз", "ооо", "оао", "пао", "зао", "ао", "вс", "мо", "чвк", "ввп",
                              "ндс", "егэ", "сп"})
#: Power plants and other facilities natasha tags as organisations ("Запорожская АЭС", "ЗАЭС", "Курская ТЭЦ",
#: "Нововоронежская электростанция"): places where things happen, no actors (kept as places).
FACILITY_ACRONYMS = frozenset({"аэс", "гэс", "гаэс", "тэц", "тэс", "грэс"})
FACILITY_LEMMAS = frozenset({"электростанция", "станция", "энергоблок", "подстанция"})
#: The common noun after a platform's name: "Telegram-канал" is a channel, no actor.
CHANNEL_NOUNS = frozenset({"канал", "чат", "аккаунт", "блог", "паблик"})
#: Proper-name grammemes of pymorphy3: a word with one of them is a name, not a common noun.
NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr")


def _generic(words: list[str], ner_type: str) -> bool:
    """Whether a one-word organisation or person entity is a common noun, not a name: an acronym of a common noun
    ("СМИ", "СВО"), a platform's channel ("Telegram-канал"), a disease ("COVID-19"), or a word pymorphy3 knows
    only as a common noun, capitalised at the start of a sentence or out of deference ("Правительство", "Армия",
    "Республики", "Альянс"); places pymorphy3 knows are names ("Европа", "Днепр")."""
    if len(words) != 1 or ner_type not in ("ORG", "PER", "LOC"):
        return False
    word = words[0].strip("«»\"“”„'")
    lower = word.lower().replace("ё", "е")
    if lower in GENERIC_ACRONYMS or lower.startswith("covid"):
        return True
    if "-" in lower and lemma(lower.rsplit("-", 1)[1]) in CHANNEL_NOUNS:
        return True
    if not re.fullmatch(r"[А-Яа-яЁё]+", word) or (word.isupper() and ner_type != "LOC" and len(word) < 5) or \
            len(word) < 3:
        return False  # an acronym may name a body ("ОДКБ"); a shouted word may be a common noun ("ЧЛЕНСТВО")
    morph = models()["pymorphy"]
    if not morph.word_is_known(lower):
        return False
    parses = morph.parse(lower)
    return parses[0].tag.POS == "NOUN" and not any(any(g in p.tag for g in NAME_GRAMMEMES) for p in parses)


def _facility(words: list[str]) -> bool:
    """Whether an entity names a power plant or another facility: "Запорожская АЭС", "ЗАЭС", "Курская ТЭЦ"."""
    for word in words:
        lower = word.strip("«»\"“”„'").lower().replace("ё", "е")
        if lower in FACILITY_ACRONYMS or (lower.endswith("аэс") and word.isupper()) or lemma(lower) in FACILITY_LEMMAS:
            return True
    return False


#: The endings of an adjective of a place ("Курская", "Брянской", "Донецкий"), not of the place's own name.
ADJECTIVE_OF_PLACE = re.compile(r"(?:ск|цк)(?:ая|ой|ий|ую|ом|их|ое|ого|им|ие)$", re.IGNORECASE)
#: A coordinated adjective's region noun after it: "Белгородская и Курская области", "Брянской, Курской областей".
REGION_AFTER = re.compile(r"(?:\s*(?:,|и)\s+[А-ЯЁ][\w-]+)+\s+(област|кра[йяею]|республик)", re.IGNORECASE)
REGION_NOUNS = {"област": ("область", "области"), "кра": ("край", "края"), "республик": ("республика", "республики")}


def _region_fragment(text: str, end: int, surface: str) -> str | None:
    """"Белгородская" of "Белгородская и Курская области": the region's full name, "Белгородская область"."""
    m = REGION_AFTER.match(text, end)
    if m is None or len(surface.split()) != 1 or not ADJECTIVE_OF_PLACE.search(surface):
        return None
    noun = REGION_NOUNS[m.group(1).lower()[:3] if m.group(1).lower().startswith("кра") else m.group(1).lower()]
    nominative = surface.lower().endswith(("ая", "ий", "ое"))
    return normalize_name(f"{surface} {noun[0] if nominative else noun[1]}", "LOC")


def _ner_mentions(text: str, parse: RuParse, taken: list[_Mention]) -> list[_Mention]:
    found: list[_Mention] = []
    taken_index = SpanIndex((m.start, m.end, 0) for m in taken)
    surnames, given = _full_names(text, parse, taken_index)
    for ent in parse.entities:
        if taken_index.overlapping(ent.start, ent.end):
            continue
        end = ent.end
        if text.count("(", ent.start, end) > text.count(")", ent.start, end):
            end = text.index("(", ent.start, end)  # "ДАНС (Государственное агентство": the name before it
        surface = text[ent.start:end].rstrip()
        while surface.endswith(")") and surface.count(")") > surface.count("("):
            surface = surface[:-1].rstrip()  # "(ОП)" tagged without its opening bracket: "ОП"
        words = surface.split()
        if not words or len(surface) < 2:
            continue  # "в соцсети X": a one-letter name is no actor
        if not re.search(r"[A-ZА-ЯЁ]", surface) or all(lemma(w) in PRONOUNS for w in words):
            continue
        if ent.type == "ORG" and len(words) > MAX_ORG_WORDS:
            continue
        shouted = len(words) == 1 and words[0].isupper() and len(words[0]) > 3 and \
            surnames.get(_surname_key(words[0]))
        if shouted:
            # a surname in a capitalised headline ("КИССИНДЖЕР: ..."), tagged as a place or a body: that person
            found.append(_Mention(ent.start, ent.start + len(surface), shouted, "surname", "natasha-ner"))
            continue
        if _generic(words, ent.type):
            continue
        kind_type = NER_TYPES.get(ent.type)
        if kind_type is None:
            continue
        if kind_type == "organization" and _facility(words):
            kind_type = "location"  # "Запорожская АЭС вновь оказалась под обстрелом": a place, no actor
        tokens = parse.tokens_in(ent.start, ent.start + len(surface))
        as_written = {t.feats.get("Case") for t in tokens} == {"Nom"} and not any(map(_inflected_name, words))
        name = normalize_name(surface, ent.type, nominative_in_context=as_written)
        if kind_type == "location":
            name = _region_fragment(text, ent.start + len(surface), surface) or name
        key: tuple[str, str, str | None, str | None] = (name, kind_type, None, None)
        kind = "ner"
        if ent.type == "PER" and len(words) == 1:
            last = lemma(words[-1])
            if last not in surnames:
                # a surname pymorphy3 does not know, in another case ("Трутнева" after "Юрий Трутнев")
                last = next((known for known in surnames if words[0].lower().startswith(known)
                             and words[0].lower()[len(known):] in SURNAME_ENDINGS), last)
            if last in surnames:
                key, kind = surnames[last], "surname"
            elif len(given.get(last, ())) == 1:
                key, kind = next(iter(given[last])), "surname"  # "Дарья" with "Дарья Дугина" and no other Дарья
        found.append(_Mention(ent.start, ent.start + len(surface), key, kind, "natasha-ner"))
    return found


def _surname_key(word: str) -> str:
    return word.lower().replace("ё", "е")


def _full_names(text: str, parse: RuParse, taken: SpanIndex) -> tuple[
        dict[str, tuple[str, str, str | None, str | None]], dict[str, set[tuple[str, str, str | None, str | None]]]]:
    """The persons named in full anywhere in the text, by surname (lemma and as written) and by given name: a lone
    surname or given name refers to them, also when it comes first (a headline's "Дугин" before "Философ и
    политолог Александр Дугин"); of two full names with one surname, the first."""
    surnames: dict[str, tuple[str, str, str | None, str | None]] = {}
    given: dict[str, set[tuple[str, str, str | None, str | None]]] = {}
    for ent in parse.entities:
        words = text[ent.start:ent.end].split()
        if ent.type != "PER" or len(words) < 2 or taken.overlapping(ent.start, ent.end) or \
                not re.search(r"[А-ЯЁ]", words[-1][:1]):
            continue
        tokens = parse.tokens_in(ent.start, ent.end)
        as_written = {t.feats.get("Case") for t in tokens} == {"Nom"} and not any(map(_inflected_name, words))
        key: tuple[str, str, str | None, str | None] = (
            normalize_name(" ".join(words), "PER", nominative_in_context=as_written), "person", None, None)
        surnames.setdefault(lemma(words[-1]), key)
        surnames.setdefault(_surname_key(words[-1]), key)  # as written too: pymorphy3 may misread its lemma
        surnames.setdefault(_surname_key(key[0].split()[-1]), key)  # and in the nominative
        given.setdefault(lemma(words[0]), set()).add(key)
    return surnames, given




#: Words between an office and the country it is of: "министр [иностранных дел] Турции", "министр [обороны]
#: Белоруссии". A preposition or a capitalised word there names something else ("посол США в России").
MAX_OFFICE_WORDS = 3
OFFICE_GAP_STOP = frozenset({"в", "во", "на", "при", "из", "у", "с", "со", "по", "для", "и"})


def _office_before(text: str, start: int) -> bool:
    """Whether an office word ends the words before ``start``: right before it ("Президент Польши"), before an
    acronym ("представитель МИД Польши"), or before a few lowercase words of its title ("Министр иностранных
    дел Турции")."""
    words = re.findall(r"[\w-]+", text[max(0, start - 80):start])
    if not words:
        return False
    if len(words) > 1 and lemma(words[-2]) in OFFICE_LEMMAS and words[-1].isupper():
        return True
    for k in range(1, min(MAX_OFFICE_WORDS, len(words)) + 1):
        if lemma(words[-k]) in OFFICE_LEMMAS:
            return True
        if words[-k][:1].isupper() or words[-k].lower() in OFFICE_GAP_STOP:
            return False
    return False


def _rekey(mentions: list[_Mention], old: tuple[str, str, str | None, str | None],
           new: tuple[str, str, str | None, str | None]) -> None:
    for other in mentions:
        if other.key == old:
            other.key = new


def _titled_persons(text: str, mentions: list[_Mention]) -> None:
    """A person the dictionary does not know, right after an office and its country, is of that country:
    "Президент Польши Анджей Дуда", "Министр иностранных дел Турции Хакан Фидан" and, through the body he
    speaks for, "Представитель украинского МИД Георгий Тихий" are of Poland, Turkey and Ukraine; the person's
    later lone surname too. That body ("МИД"), when the dictionary does not know it either, is the country's."""
    for i, m in enumerate(mentions):
        if m.key[1] != "person" or m.key[3] is not None:
            continue
        chain = [m]  # the mentions right before the person, each next to the one after it
        for prev in reversed(mentions[max(0, i - 2):i]):
            gap = text[prev.end:chain[-1].start]
            if gap.strip() or "\n" in gap:
                break
            chain.append(prev)
        # the country, or a body of the dictionary with its country: "Глава Службы безопасности Украины Иван ..."
        countries = [c for c in chain[1:] if c.key[3] is not None and
                     (c.key[1] == "country" or (c.key[1] == "organization" and c.key[2] is not None))]
        if not countries or not _office_before(text, chain[-1].start):
            continue
        country = countries[0]
        _rekey(mentions, m.key, (m.key[0], m.key[1], m.key[2], country.key[3]))
        for body in chain[1:]:
            if body.key[1] == "organization" and body.key[3] is None and body.key[2] is None and \
                    country.key[1] == "country":
                _rekey(mentions, body.key, (f"{body.key[0]} ({country.key[0]})", body.key[1], None, country.key[3]))


def _foreign_bodies(text: str, mentions: list[_Mention], parse: RuParse) -> None:
    """A body followed by a country in the genitive is that country's: "Минобороны Украины" is not Russia's
    Defence Ministry (the table's bare "Минобороны"), "ОП Украины" and "Минфин США" are Ukraine's and the United
    States'. A body the dictionary gives a country keeps its entry when the country is its own ("Минобороны
    России" is one name anyway); one natasha found takes the country, with its later mentions."""
    foreign: dict[tuple[_Key, str], set[_Key]] = {}
    for m, n in itertools.pairwise(mentions):
        if m.key[1] != "organization" or n.key[1] != "country" or n.key[3] is None or m.key[3] == n.key[3]:
            continue
        if not re.fullmatch(r"\)?[ \t]+", text[m.end:n.start]):
            continue
        found_by_ner = m.kind == "ner" and m.key[2] is None and m.key[3] is None
        if not found_by_ner and (m.key[3] is None or not _generic_body(text[m.start:m.end])):
            continue  # "ЕС Украине": an international body is no country's; "обстрелы ВСУ Курской области": the
            # armed forces of Ukraine by their very name, the region is what they shell
        if not _genitive(parse, n.start, n.end, text):
            continue
        new = (f"{normalize_name(text[m.start:m.end], 'ORG')} ({n.key[0]})", "organization", None, n.key[3])
        if found_by_ner:
            _rekey(mentions, m.key, new)
            continue
        if m.kind != "ner":  # a bare name of the dictionary, not one natasha's a country was given before
            foreign.setdefault((m.key, lemma(text[m.start:m.end])), set()).add(new)
        m.key, m.kind = new, "name"
    # the same bare name elsewhere in the text is that body too ("Минэнерго" in the headline, "Минэнерго США" in
    # the text), when the text gives it one country only
    for (old, word), keys in foreign.items():
        if len(keys) != 1:
            continue
        for m in mentions:
            if m.key == old and " " not in text[m.start:m.end] and lemma(text[m.start:m.end]) == word:
                m.key, m.kind = next(iter(keys)), "name"


#: First words of a body's name that every state has ("Минобороны", "МИД", "Генпрокуратура", "Совбез"): the country
#: after it says whose it is. Lowercase prefixes of the name as written.
GENERIC_BODIES = ("мин", "мид", "мвд", "мчс", "генпрокуратур", "совбез", "совет безопасности", "следственн", "вмф",
                  "вкс", "свр", "генштаб", "правительств", "центробанк", "цб", "верховн", "конституционн")


def _generic_body(surface: str) -> bool:
    return surface.lower().startswith(GENERIC_BODIES)


def _genitive(parse: RuParse, start: int, end: int, text: str) -> bool:
    """Whether the name at [start, end) is in the genitive: by the parse where the sentence was parsed, else by a
    genitive reading of its first word ("Украины", an indeclinable "США")."""
    tokens = parse.tokens_in(start, end)
    case = tokens[0].feats.get("Case") if tokens else None
    if case is not None:
        return case == "Gen"
    word = text[start:end].split()[0].lower() if text[start:end].split() else ""
    return any("gent" in p.tag for p in models()["pymorphy"].parse(word))


def _listed_bodies(text: str, mentions: list[_Mention], dictionary: RuDictionary, sources: SourceTable) -> None:
    """An organisation the actor dictionary does not know but the source table does ("агентство Anadolu",
    "БелТА") takes the table's name, type and country; the table's two-letter country is read through the
    country names the two tables share ("Turkey" is TR there and TUR here)."""
    alpha3 = {sources.countries[e.name]: e.code for e in dictionary.entries
              if e.type == "country" and e.code and e.name in sources.countries}
    for m in mentions:
        if m.kind != "ner" or m.key[1] != "organization" or m.key[2] is not None or m.key[3] is not None:
            continue
        found = sources.find_source(text[m.start:m.end])
        if found is None or found[1] != text[m.start:m.end] or found[0].country not in alpha3:
            continue
        entry, country = found[0], alpha3[str(found[0].country)]
        m.key = (entry.name, entry.type if entry.type == "media" else "organization", None, country)


def _outlets48(text: str, mentions: list[_Mention], dictionary: RuDictionary, sources: SourceTable) -> None:
    """Round 48: a one-word name read as a person that is exactly a Cyrillic name the source table gives an outlet
    ("По данным Блумберга": the parser's surname) is that outlet (media, the table's country). A first name before
    it ("Майкл Блумберг") makes a two-word mention, which is left alone, and so is the surname alone in a text
    that names such a person in full."""
    full = {w for m in mentions if m.key[1] == "person" for w in text[m.start:m.end].split()[1:]}
    alpha3 = {sources.countries[e.name]: e.code for e in dictionary.entries
              if e.type == "country" and e.code and e.name in sources.countries}
    for m in mentions:
        surface = text[m.start:m.end]
        if m.kind != "ner" or m.key[1] != "person" or " " in surface or " " in m.key[0] or \
                not re.search(r"[а-яА-ЯёЁ]", surface) or stem(surface) in {stem(w) for w in full}:
            continue
        found = sources.find_source(surface)
        if found is None or found[1] != surface or found[0].type != "media" or found[0].country not in alpha3:
            continue
        m.key = (found[0].name, "media", None, alpha3[str(found[0].country)])


#: A wire dateline opening a paragraph: a place in capitals, a comma and a date ("МОСКВА, 4 декабря.",
#: "НИЖНИЙ НОВГОРОД, 3 декабря").
RU_DATELINE = re.compile(r"(?m)^[ \t]*([А-ЯЁ]{2,}(?:[- ][А-ЯЁ]{2,})*),[ \t]*\d{1,2}[ \t]+[а-яё]+\b")
#: Offices of a region or a city, whose holder speaks at home: "Губернатор области Вячеслав Гладков" under a
#: Russian city's dateline is Russian. A minister, an envoy or a deputy may speak abroad ("ЖЕНЕВА, ... заместитель
#: министра ... Владимир Ильичев, возглавляющий российскую делегацию"), so they take no country from a dateline.
LOCAL_OFFICES = frozenset({"губернатор", "вице-губернатор", "мэр", "вице-мэр", "градоначальник"})
#: "глава" is a local office when a region or a town follows it: "глава региона", "глава города".
LOCAL_UNITS = frozenset({"регион", "область", "край", "город", "район", "администрация", "республика", "округ",
                         "муниципалитет", "поселок", "посёлок", "село"})


#: Places of Ukraine that Russia occupies or claims: the office holders there take no country from a Russian
#: dateline (spinscope does not settle whose they are).
CONTESTED_PLACES = re.compile(r"Донец|Луган|ДНР|ЛНР|Крым|Севастопол|Херсон|Запорож|Мариупол|Мелитопол|Бердянск|"
                              r"Горлов|Макеевк|Алчевск|Енакиев")


def _datelines(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions without those of wire datelines: the place a story was filed from is no actor of it
    ("МОСКВА, 4 декабря."). Its country, when the datelines give one, becomes that of a person the dictionary does
    not know, named right after the office of a region or a town with no country of its own ("Губернатор области
    Вячеслав Гладков", "глава города" under a Belgorod or Moscow dateline); a minister or an envoy keeps none
    (they may speak abroad)."""
    spans = [m.span(1) for m in RU_DATELINE.finditer(text)]
    if not spans:
        return mentions
    in_dateline = [m for m in mentions if any(a <= m.start and m.end <= b for a, b in spans)]
    countries = {m.key[3] for m in in_dateline if m.key[1] == "country" and m.key[3] is not None}
    kept = [m for m in mentions if m not in in_dateline]
    if len(countries) != 1:
        return kept
    country = next(iter(countries))
    for m in kept:
        if m.key[1] != "person" or m.key[3] is not None or (m.kind == "name" and m.key[2] is not None):
            continue
        words = [lemma(w) for w in
                 re.findall(r"[\w-]+", re.split(r"[.!?;:,()«»\"\n—–]", text[max(0, m.start - 80):m.start])[-1])][-3:]
        local = any(w in LOCAL_OFFICES or (w == "глава" and k + 1 < len(words) and words[k + 1] in LOCAL_UNITS)
                    for k, w in enumerate(words))
        if not local or not _office_before(text, m.start):
            continue
        stop = text.find(".", m.end)
        if CONTESTED_PLACES.search(text[max(0, m.start - 80):stop if stop != -1 else m.end + 200]):
            continue  # the mayor of Donetsk under a Moscow dateline: whose official he is, a dateline cannot say
        _rekey(kept, m.key, (m.key[0], m.key[1], m.key[2], country))
    return kept


def latin_name(name: str) -> str:
    """A person's name the dictionaries do not know, in Latin script by the English Wikipedia's romanisation, as the
    English press writes Russian names ("Вячеслав Гладков" -> "Vyacheslav Gladkov"), so the same person carries
    one name in English and Russian articles; the name as written stays among the actor's aliases. Names
    already in Latin script, and acronyms, are kept. (An organisation's name is a phrase to translate, not to
    transliterate: it stays as written.)"""
    import iuliia

    words = name.split(" ")
    if not any(re.search(r"[а-яА-ЯёЁ]", w) for w in words):
        return name
    return " ".join(_latin_word48(w, iuliia.WIKIPEDIA.translate) for w in words)


def _latin_word48(word: str, translate: Callable[[str], str]) -> str:
    """One word of :func:`latin_name`: an acronym (two capitals in one part) kept, else romanised part by part
    across an apostrophe or a hyphen (round 48: "О'Брайен" and "Жан-Клод" have two capitals but are names, and
    were kept in Cyrillic)."""
    if sum(ch.isupper() for ch in word) <= 1:
        return translate(word)
    parts = re.split(r"(['’-])", word)
    if any(sum(ch.isupper() for ch in part) > 1 for part in parts):
        return word
    return "".join(part if part in ("'", "’", "-") or not part else translate(part) for part in parts)


def find_actors(text: str, parse: RuParse, dictionary: RuDictionary, *, evidence: str,
                sources: SourceTable | None = None) -> list[Actor]:
    """Canonical actors of a Russian text, each with its mentions, most mentioned first."""
    mentions = _dictionary_mentions(parse, dictionary)
    mentions += _ner_mentions(text, parse, mentions)
    mentions.sort(key=lambda m: m.start)
    if sources is not None:
        _listed_bodies(text, mentions, dictionary, sources)
        _outlets48(text, mentions, dictionary, sources)  # round 48
    _foreign_bodies(text, mentions, parse)
    _titled_persons(text, mentions)
    mentions = _datelines(text, mentions)
    grouped: dict[tuple[str, str, str | None, str | None], list[_Mention]] = {}
    for m in mentions:
        grouped.setdefault(m.key, []).append(m)
    actors = []
    for (name, kind, code, country), group in grouped.items():
        name = latin_name(name) if kind == "person" else name
        spans = [Span(start=m.start, end=m.end, label=m.kind, score=SCORES[m.kind], evidence=f"{evidence}:{m.kind}")
                 for m in group]
        actors.append(Actor(name=name, type=kind, code=code, country=country,
                            score=max(SCORES[m.kind] for m in group), evidence=f"{evidence}:{group[0].source}",
                            mentions=spans, aliases=list(dict.fromkeys(text[m.start:m.end] for m in group))))
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0].start))
    return actors


#: Plural case endings that :func:`stem` strips: a person's surname never takes them ("Ермаков" is its own
#: surname, not a case of "Ермак"; round 35).
PLURAL_ENDINGS35 = ("ами", "ями", "ов", "ев", "ых", "их")


@lru_cache(maxsize=4)
def _alias_words35(path: Path = ACTORS_FILE) -> frozenset[str]:
    """Every word of the aliases in ``path``, lowercase (ё as е): "песков" is a surname of the dictionary itself."""
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 5 and not line.startswith("#"):
            words.update(w.lower().replace("ё", "е") for w in re.findall(r"\w+", cells[4]))
    return frozenset(words)


def _plural_of_person35(word: str, entry_type: str) -> bool:
    """Whether ``word`` matched a person's dictionary name only by a plural ending :func:`stem` stripped (not a
    surname the dictionary spells so: "Песков", "Медведев")."""
    lower = word.lower().replace("ё", "е")
    return entry_type == "person" and lower not in _alias_words35() and any(
        lower.endswith(e) and stem(word) == lower[:-len(e)] for e in PLURAL_ENDINGS35)

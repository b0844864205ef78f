"""Core components: language identification, segmentation (paragraphs, sentences) and named entities."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..document import Document, ParsedParagraph
from ..langid import (
    TRANSLIT_MIN_SHARE,
    cyrillic_language,
    identify,
    script_shares,
    transliterated_russian_share,
)
from ..pipeline import register
from ..result import Actor, Span, TextRange
from ..settings import (
    ENGLISH,
    LANGUAGE_MIN_CONFIDENCE,
    MAX_PARSE_CHARS,
    MAX_SENTENCE_TOKENS,
    PARSE_BATCH_CHARS,
    SPACY_MODEL,
    SUPPORTED_LANGUAGES,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan

#: The spaCy pipe, placed before the parser, that caps sentence length (see MAX_SENTENCE_TOKENS).
SENTENCE_CAP_PIPE = "spinscope_sentence_cap"


def cap_sentence_length(sdoc: SpacyDoc) -> SpacyDoc:
    """Cut every run of more than MAX_SENTENCE_TOKENS tokens with no sentence-final punctuation into
    sentences of MAX_SENTENCE_TOKENS, before the parser (which keeps sentence starts set before it).

    Inside such a run the parser may break nowhere else (left to itself it made a sentence of each token of
    "word word ..."), so no parse tree grows beyond the cap and no run becomes thousands of sentences; text
    whose sentences end before the cap is parsed exactly as without this pipe.
    """
    start = 0
    last = len(sdoc) - 1
    for i, token in enumerate(sdoc):
        if token.text[-1] in ".!?\u2026" or "\n" in token.text or i == last:
            if i + 1 - start > MAX_SENTENCE_TOKENS:
                for j in range(start + 1, i + 1):
                    sdoc[j].is_sent_start = (j - start) % MAX_SENTENCE_TOKENS == 0
            start = i + 1
    return sdoc


#: A closing quotation mark glued to the next word ("... a complex device,”Polyansky explained"), a typo of web
#: copy: spaCy's tokenizer keeps "device,”Polyansky" one token, which the parser and NER then read as the speaker's
#: name. These infixes split off the punctuation and the closing mark; the curly mark only (a straight one may open).
GLUED_QUOTE_INFIXES = (r"(?<=[A-Za-z])[,.!?](?=\u201d[A-Za-z])", r"(?<=[,.!?])\u201d(?=[A-Za-z])")


@lru_cache(maxsize=1)
def load_spacy() -> Language:
    """The spaCy pipeline, loaded once per process, with the sentence-length cap before its parser."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(SENTENCE_CAP_PIPE):
        Language.component(SENTENCE_CAP_PIPE, func=cap_sentence_length)
    nlp = spacy.load(SPACY_MODEL)
    nlp.max_length = max(nlp.max_length, MAX_PARSE_CHARS * 2)
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]  # the model's own, a spaCy Tokenizer
    infixes = tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]  # the model's own rules, kept
    tokenizer.infix_finditer = re.compile("|".join([infixes, *GLUED_QUOTE_INFIXES])).finditer
    nlp.add_pipe(SENTENCE_CAP_PIPE, before="parser")
    return nlp


@register("language.v1", requires=("text",), assigns=("language",))
class LanguageIdentifier:
    """Identify the article's language with py3langid; warn when it is not one the models support.

    The cascade, each stage engaging only when the one before leaves doubt:
      1. py3langid over the first 20,000 characters; when its answer is unsupported or uncertain, the
         paragraphs vote, weighted by their length (long quotes in another language tip the whole-text guess);
      2. in Cyrillic, letters only Russian (ы э ъ ё) or only Ukrainian (і ї є ґ) has settle its confusions;
      3. a text too short to tell (W108) is read in the main language of its script (Latin: en, Cyrillic: ru);
      4. Latin-script text that is mostly frequent Russian words in transliteration is ``ru-Latn`` (W106),
         which no layer reads: the Russian layers read Cyrillic;
      5. warnings: mixed-language articles (W105, the main language decides), Ukrainian (W107),
         right-to-left and CJK scripts (W109), uncertain (W102) and unsupported (W103) languages.
    """

    name = "language.v1"

    def __call__(self, doc: Document) -> Document:
        sample = doc.text[:20_000]
        if not re.search(r"\w", sample):
            # a headline with no body is still text to analyse
            sample = doc.meta.title or ""
        if not re.search(r"\w", sample):
            doc.warn(self.name, "W101", "no letters in the text: language unknown")
            return doc
        scripts = script_shares(sample)
        script = next(iter(scripts), "other")
        # 1. the whole text, then the paragraphs' vote
        language, score = identify(sample)
        if language not in SUPPORTED_LANGUAGES or score < LANGUAGE_MIN_CONFIDENCE:
            voted = paragraph_vote(sample)
            if voted is not None and voted[0] != language:
                language, score = voted
        shares = paragraph_shares(sample)
        # 2. Russian or Ukrainian by their own letters
        if script == "cyrillic" and language in CYRILLIC_NEIGHBOURS:
            language = cyrillic_language(sample) or language
        # 3. too short to tell
        explained = False  # W108 and W106 say why the language is uncertain: no W102 then
        words = len(sample.split())
        # names tell no language: a Latin-script sentence of names and a few small words ("X met Y and Z in
        # Berlin") is short too, where py3langid's unsure guess is a language no layer reads (Luxembourgish, Welsh)
        plain = sum(1 for w in sample.split() if not w[:1].isupper())
        if score < LANGUAGE_MIN_CONFIDENCE and (words < SHORT_TEXT_WORDS or (
                script == "latin" and plain < SHORT_TEXT_WORDS and language not in _read_languages())):
            fallback = SCRIPT_DEFAULT_LANGUAGE.get(script)
            if script == "cyrillic":
                fallback = cyrillic_language(sample) or fallback
            read_as = f"read as {fallback!r}, the main language of its script" if fallback else "read as it is"
            doc.warn(self.name, "W108", f"text too short to tell its language ({words} words, {plain} of them not "
                     f"capitalised; py3langid says {language!r} with confidence {score:.2f}): {read_as}")
            language = fallback or language
            explained = True
        # 4. Russian written in Latin letters
        if script == "latin" and (language != "en" or score < LANGUAGE_MIN_CONFIDENCE):
            translit = transliterated_russian_share(sample)
            if translit >= TRANSLIT_MIN_SHARE:
                doc.warn(self.name, "W106", f"the text looks like Russian transliterated in Latin letters "
                         f"({translit:.0%} of its words are frequent Russian words); spinscope reads Russian in "
                         f"Cyrillic only, so the language is 'ru-Latn' and the language layers are skipped")
                language, explained = "ru-Latn", True
        doc.language, doc.language_score = language, round(float(score), 4)
        # 5. what the user must know about the language
        others = {lang: share for lang, share in shares.items() if lang != language and share >= MIXED_MIN_SHARE}
        if others:
            also = ", ".join(f"{lang} ({share:.0%})" for lang, share in others.items())
            doc.warn(self.name, "W105", f"mixed-language article: the main language {language!r} decides which "
                     f"layers run, over the whole text; paragraphs in {also} are read as {language!r}")
        if language == "uk":
            doc.warn(self.name, "W107", "Ukrainian article: spinscope reads English and Russian; the Russian "
                     "layers are not run on Ukrainian (its words and endings differ, so names and cues would be "
                     "misread), so only language-independent segmentation ran")
        if script in ("right-to-left", "cjk"):
            doc.warn(self.name, "W109", f"the text is mostly in a {script} script ({scripts[script]:.0%} of its "
                     f"letters, language {language!r}): no analysis layer reads it, only segmentation ran")
        if score < LANGUAGE_MIN_CONFIDENCE and not explained:
            doc.warn(self.name, "W102", f"language uncertain: {language} with confidence {score:.2f}")
        if language not in SUPPORTED_LANGUAGES:
            doc.warn(self.name, "W103", unsupported_language_message(language))
        return doc


def _read_languages() -> frozenset[str]:
    """The languages at least one analysis layer reads."""
    from .multilingual import NARRATIVE_LANGUAGES, PERSUASION_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES) | frozenset(PERSUASION_LANGUAGES) | frozenset(NARRATIVE_LANGUAGES)


def unsupported_language_message(language: str) -> str:
    """W103's text: which layers read ``language`` (the multilingual heads read a few more languages than the
    full English and Russian pipelines) and that the others are skipped."""
    from .multilingual import NARRATIVE_LANGUAGES, PERSUASION_LANGUAGES

    full = ", ".join(sorted(SUPPORTED_LANGUAGES))
    partial = (["genre, frames and techniques"] if language in PERSUASION_LANGUAGES else []) + (
        ["narratives"] if language in NARRATIVE_LANGUAGES else [])
    if partial:
        return (f"article language is {language!r}: only {' and '.join(partial)} read it (multilingual heads); "
                f"the other analysis layers read {full} only and are skipped")
    return (f"article language is {language!r}: no analysis layer reads it (they read {full}; genre, frames and "
            f"techniques also {', '.join(sorted(PERSUASION_LANGUAGES - SUPPORTED_LANGUAGES))}; narratives also "
            f"{', '.join(sorted(NARRATIVE_LANGUAGES - SUPPORTED_LANGUAGES))}), so they are skipped")


#: Paragraphs shorter than this many words do not vote on the article's language.
VOTE_MIN_WORDS = 3
#: A language holding at least this share of the voting paragraphs' weight makes the article mixed (W105).
MIXED_MIN_SHARE = 0.15
#: A paragraph votes for a language other than the article's only with at least this py3langid probability.
MIXED_MIN_PROBABILITY = 0.9
#: Texts of fewer words whose language py3langid is unsure of are read in their script's main language.
SHORT_TEXT_WORDS = 8
SCRIPT_DEFAULT_LANGUAGE = {"latin": "en", "cyrillic": "ru"}
#: Languages py3langid confuses with Russian and Ukrainian on short texts.
CYRILLIC_NEIGHBOURS = frozenset({"ru", "uk", "bg", "mk", "sr", "be", "kk", "ky", "mn"})


def paragraph_shares(text: str) -> dict[str, float]:
    """The languages of the text's paragraphs, weighted by length and confidence, with their shares, largest
    first. A paragraph of fewer than VOTE_MIN_WORDS words does not vote, nor one whose language py3langid
    gives with less than MIXED_MIN_PROBABILITY."""
    votes: dict[str, float] = {}
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if len(line.split()) >= VOTE_MIN_WORDS:
            language, probability = identify(line)
            if probability >= MIXED_MIN_PROBABILITY:
                votes[language] = votes.get(language, 0.0) + len(line) * probability
    total = sum(votes.values())
    return {lang: round(w / total, 4) for lang, w in sorted(votes.items(), key=lambda kv: -kv[1])} if total else {}


def paragraph_vote(text: str) -> tuple[str, float] | None:
    """The language most of the text's paragraphs are in, weighted by length and confidence, with its share."""
    votes: dict[str, float] = {}
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if len(line.split()) >= VOTE_MIN_WORDS:
            language, probability = identify(line)
            votes[language] = votes.get(language, 0.0) + len(line) * probability
    if not votes:
        return None
    language, weight = max(votes.items(), key=lambda kv: kv[1])
    return language, round(weight / sum(votes.values()), 4)


def paragraph_ranges(text: str) -> list[TextRange]:
    """Each non-blank line is a paragraph (the SemEval/PTC convention), trimmed of outer whitespace."""
    ranges = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        chunk = match.group()
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if end - trail > start + lead:
            ranges.append(TextRange(start=start + lead, end=end - trail))
    return ranges


#: An apostrophe typeset as a right single quotation mark after a name's one-letter prefix ("O’Gorman", "D’Souza"):
#: the parser and the entity tagger read it as the straight one they were trained on ("Colm O’Gorman" was tagged
#: "Colm" alone). Contractions and possessives ("he’s", "Russia’s") are left as they are: the parser reads them
#: either way, and straightening them moved four attributions of polnear_dev's tuning half, three of them wrongly.
#: One character for one, so every offset stays.
INNER_APOSTROPHE = re.compile(r"(?<=\b[^\W\d_])’(?=[^\W\d_a-z])")
#: Spaces the parser does not read as spaces: a no-break space (web pages' "&nbsp;", French typography) is a
#: token of its own that the parser attaches at random, and a zero-width space, word joiner or byte-order mark
#: glues itself to the word before it ("said\u200b" was tagged a noun, and the attribution was lost). The parser
#: reads each as a plain space; the article's text keeps them. One character for one, so every offset stays.
PARSE_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u200b": " ", "\u2060": " ", "\ufeff": " "})


def parse_pieces(text: str, rng: TextRange) -> Iterator[tuple[int, str]]:
    """Cut a paragraph into pieces of at most MAX_PARSE_CHARS, at whitespace where possible."""
    start = rng.start
    while start < rng.end:
        end = min(rng.end, start + MAX_PARSE_CHARS)
        if end < rng.end:
            cut = text.rfind(" ", start + MAX_PARSE_CHARS // 2, end)
            end = cut + 1 if cut > 0 else end
        yield start, text[start:end]
        start = end


def parse_batches(pieces: list[tuple[int, str]]) -> Iterator[list[tuple[int, str]]]:
    """The pieces in order, grouped into batches of at most PARSE_BATCH_CHARS characters (one piece may be
    longer), so spaCy's working memory stays bounded however long the text is."""
    batch: list[tuple[int, str]] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece[1]) > PARSE_BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[1])
    if batch:
        yield batch


def merge_fragments(text: str, sentences: list[TextRange]) -> list[TextRange]:
    """Join a sentence with no lowercase letter of at most 40 characters (a dateline such as
    "MOSCOW:", a list marker) to the sentence after it in the same paragraph."""
    merged: list[TextRange] = []
    pending: TextRange | None = None
    for sent in sentences:
        if pending is not None:
            same_paragraph = "\n" not in text[pending.end:sent.start]
            if same_paragraph:
                sent = TextRange(start=pending.start, end=sent.end)
            else:
                merged.append(pending)
            pending = None
        chunk = text[sent.start:sent.end]
        if len(chunk) <= 40 and not any(c.islower() for c in chunk):
            pending = sent
            continue
        merged.append(sent)
    if pending is not None:
        merged.append(pending)
    return merged


@register(
    "segment.v1", requires=("text",), assigns=("paragraphs", "sentences", "parsed"),
)
class Segmenter:
    """Paragraphs (non-blank lines) and sentences (spaCy's parser), as exact character ranges."""

    name = "segment.v1"

    def __init__(self) -> None:
        self.nlp = load_spacy()
        # ci51: the model's name and version, read once. spaCy's ``Language.meta`` rebuilds its whole dict (every
        # pipe's labels) at each read, two reads a document; "name" and "version" are the loaded package's own.
        meta = self.nlp.meta
        self.model_name = f"{meta['name']}-{meta['version']}"

    def __call__(self, doc: Document) -> Document:
        doc.paragraphs = paragraph_ranges(doc.text)
        pieces = [piece for rng in doc.paragraphs for piece in parse_pieces(doc.text, rng)]
        sentences: list[TextRange] = []
        parsed: list[ParsedParagraph] = []
        for batch in parse_batches(pieces):
            sdocs = self.nlp.pipe([INNER_APOSTROPHE.sub("'", p).translate(PARSE_SPACES) for _, p in batch],
                                  batch_size=len(batch))
            for (offset, _), sdoc in zip(batch, sdocs, strict=True):
                # the tok2vec tensor (384 bytes a token) is read by no component: keeping it would hold
                # about 400 MB for a 5 MB text
                sdoc.tensor = sdoc.tensor[:0].copy()  # a copy: a slice would keep the whole array
                parsed.append(ParsedParagraph(offset=offset, doc=sdoc))
                for sent in sdoc.sents:
                    chunk = sent.text
                    lead = len(chunk) - len(chunk.lstrip())
                    trail = len(chunk) - len(chunk.rstrip())
                    start, end = offset + sent.start_char + lead, offset + sent.end_char - trail
                    if end > start:
                        sentences.append(TextRange(start=start, end=end))
        doc.sentences, doc.parsed = merge_fragments(doc.text, sentences), parsed
        if not doc.text.strip():
            doc.warn(self.name, "W104", "the article has no body text"
                     + ("; only the title is analysed (techniques), the other layers have nothing to read"
                        if doc.meta.title else ""))
        doc.models["spacy"] = self.model_name
        return doc


#: spaCy entity labels kept as actor candidates, with the actor type they become.
ACTOR_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "NORP": "group",
    "LOC": "location",
    "FAC": "location",
}


#: A word glued to the next heading's or sentence's first word where a line break was lost ("the WeekDuring the
#: week", "Perth Climate ProtestIn late February"): no name ends in a capitalized function word.
GLUED_HEADING = re.compile(r"[a-z](?:In|On|At|As|By|To|Of|For|From|With|During|After|Before|Since|While|When|"
                           r"The|This|That|These|Those|And|But|Meanwhile|However|Last|Earlier|Later)\b")
#: What ends no name: list punctuation and a dangling function word.
TRAILING_NON_NAME = re.compile(r"(?:[,;:]|\s+(?:of|and|the|for|in|on|at|to))+$")
#: Last words of a street, station or park's name: a place, whatever type the tagger gave it.
PLACE_NOUN_END = re.compile(r"\s(?:Streets?|Road|Avenue|Boulevard|Square|Station|Gardens|Highway|Airport)$")


#: A wire dateline at the start of a line: a place in capitals, an optional date, then the agency in brackets or,
#: after a date, a dash ("BAGHDAD (Reuters) -", "MOSCOW, March 3 (AP) --", "KYIV, Jan 5 -").
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3}[ \t]*"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*)?"
    r"(?:\([A-Za-z][A-Za-z .&/\-]{0,40}\)[ \t]*(?:[-\u2013\u2014]{1,2}|:)?|(?<=\d)[ \t]*[-\u2013\u2014]{1,2})",
    re.MULTILINE)


#: A person's job title in apposition after a name ("Jane Roe, Senior Advisor at ...", "Jane Roe, the chief
#: executive of ..."): the name is a person's, whatever the tagger called it.
TITLE_AFTER = re.compile(
    r",\s+(?:an?\s+|the\s+)?(?:[A-Za-z][\w-]*(?:['’]s)?\s+){0,3}(?:[Aa]dvis[eo]r|[Dd]irector|[Oo]fficer|[Mm]inister|"
    r"[Pp]resident|[Cc]hair(?:man|woman)?|CEO|[Hh]ead|[Cc]hief|[Ss]pokes(?:person|man|woman)|[Ss]ecretary|"
    r"[Mm]anager|[Pp]rofessor|[Ll]ead|[Ll]eader|[Aa]nalyst|[Rr]esearcher|[Ee]ditor|[Ff]ounder|[Aa]mbassador|"
    r"[Gg]overnor|[Ss]enator|[Mm]ayor|[Ee]conomist|[Ss]pecialist|[Cc]oordinator|[Ee]nvoy|[Rr]epresentative)\s+"
    r"(?:at|of|for|with|to)\s")


#: Lead, round 45: a job title, with an "of" / "for" phrase of a few words, then a comma, ending right before a name.
TITLE_BEFORE_L45 = re.compile(
    r"\b(?:head|chief|director(?:-general)?|spokes(?:man|woman|person)|minister|secretary(?:-general)?|president|"
    r"chair(?:man|woman)?|leader|commander|governor|mayor|ambassador|envoy|adviser|advisor|founder)"
    r"(?:\s+(?:of|for|at)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+)?,\s*$", re.I)


#: What marks "Georgia" as the US state rather than the country: an American office, party or body after it
#: ("Georgia Gov. Brian Kemp", "Georgia Republicans", "the Georgia Senate"), a party tag before it ("R-Georgia") or a
#: US town before it ("Atlanta, Georgia").
GEORGIA_US_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Gov\.|Governor|Lt\.|Lieutenant|Sen\.|Senators?|Rep\.|Representatives?|Congress(?:wo)?man|"
    r"Republicans?|Democrats?|Democratic|GOP|[Ss]tate\b|Attorney General|Secretary of State|House|Senate|"
    r"General Assembly|[Ll]egislature|[Ll]awmakers|[Vv]oters|[Ee]lection|[Rr]unoff|Supreme Court|Bulldogs|Tech\b|"
    r"[Gg]ubernatorial|[Gg]overnor['’]s|[Pp]rimary|[Dd]elegation|[Cc]ongressional)")
GEORGIA_US_BEFORE = re.compile(r"(?:\b[RDI]-|\b(?:Atlanta|Savannah|Macon|Augusta|Athens|Columbus|Marietta),\s+)$")
#: What marks the country: its capital, its regions, its people.
GEORGIA_COUNTRY_WORDS = re.compile(r"\b(?:Tbilisi|Georgians?\b|Abkhazia|South Ossetia|Batumi|Kutaisi|Georgian Dream)")


def georgia_is_us_state(text: str) -> bool:
    """Does the article's "Georgia" name the US state? Yes when one of its mentions carries American evidence (an
    office, a party, a US town) and nothing in the article names the country's capital, regions or people."""
    if GEORGIA_COUNTRY_WORDS.search(text):
        return False
    return any(GEORGIA_US_AFTER.match(text, m.end()) or GEORGIA_US_BEFORE.search(text[max(0, m.start() - 12):m.start()])
               for m in re.finditer(r"\bGeorgia\b", text))


#: Adverbs and linking words that open sentences and that the tagger takes into a name after them when capitalised.
SENTENCE_OPENERS = frozenset({
    "sometimes", "however", "meanwhile", "now", "then", "also", "still", "yet", "thus", "moreover", "furthermore",
    "instead", "indeed", "perhaps", "maybe", "today", "yesterday", "tomorrow", "recently", "later", "earlier",
    "finally", "again", "even", "only", "but", "and", "or", "while", "when", "if", "since", "after", "before",
    "although", "though", "because", "unlike", "despite", "ironically", "apparently", "clearly", "obviously",
    "certainly", "surely", "nevertheless", "nonetheless", "otherwise", "suddenly", "officially", "reportedly",
    "allegedly", "initially", "eventually", "predictably", "naturally", "unsurprisingly", "notably"})


def name_part(ent: SpacySpan) -> SpacySpan:
    """An entity cut before a lowercase verb inside it: the tagger's "The Sun saying Kyiv" (from "a report in The
    Sun saying Kyiv said ...") is the name "The Sun"; names hold no lowercase verbs (a lowercase "to" or "is"
    may: "Committee to Protect Journalists"). A word that opens the sentence and is capitalised only for that
    ("Sometimes Kiev shows ...", "Meanwhile Moscow ...") is no part of the name either."""
    if len(ent) > 1 and ent[0].is_sent_start and ent[0].lower_ in SENTENCE_OPENERS:
        ent = ent[1:]
    for tok in ent[1:]:
        if tok.pos_ == "VERB" and tok.text.islower():
            return ent[:tok.i - ent.start]
    return ent


@register("entities.v1", requires=("text", "parsed"), assigns=("actors",))
class EntityRecognizer:
    """Named entities from spaCy NER as raw actor candidates, mentions grouped by surface form."""

    name = "entities.v1"
    languages = ENGLISH

    def __call__(self, doc: Document) -> Document:
        grouped: dict[tuple[str, str], list[Span]] = {}
        for para in doc.parsed:
            for ent in map(name_part, para.doc.ents):
                actor_type = ACTOR_TYPES.get(ent.label_)
                if actor_type is None:
                    continue
                name = re.sub(r"^the\s+", "", ent.text.strip(), flags=re.I).strip()
                # a possessive ending is no part of the name ("the Organization of American States' resolution",
                # "the Tax Foundation's estimate")
                cut = 1 if name.endswith(("'", "\u2019")) and ent.text.endswith(("'", "\u2019")) else \
                    2 if name.endswith(("'s", "\u2019s")) and ent.text.endswith(("'s", "\u2019s")) else 0
                name = name[:len(name) - cut].strip()
                # "Ponsse," from a list, "the Editorial Board of" cut before its owner: no part of the name
                trail = len(name) - len(TRAILING_NON_NAME.sub("", name))
                name, cut = name[:len(name) - trail].strip(), cut + trail
                if not name or GLUED_HEADING.search(name):
                    continue
                if actor_type != "location" and PLACE_NOUN_END.search(name):
                    actor_type = "location"  # "Swanston Streets", "Treasury Gardens": places, whatever the label
                mention = Span(
                    start=para.offset + ent.start_char,
                    end=para.offset + ent.end_char - cut,
                    label=ent.label_,
                    score=0.8,
                    evidence=f"{self.name}:spacy-ner",
                )
                grouped.setdefault((name, actor_type), []).append(mention)
        doc.actors = [
            Actor(name=name, type=actor_type, score=0.8, evidence=f"{self.name}:spacy-ner", mentions=mentions)
            for (name, actor_type), mentions in sorted(grouped.items(), key=lambda kv: -len(kv[1]))
        ]
        return doc

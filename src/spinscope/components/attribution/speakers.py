"""Speakers: who the speaker phrase names, coreference of pronouns and titles, one source per speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ...document import Document, ParsedParagraph
from ...result import Attribution, AttributionSource, Span
from ..actors import HEADLINE_VERBS, ORGANISATION_WORDS, load_dictionary, phrase_key
from ..core import DATELINE, TITLE_AFTER, TITLE_BEFORE_L45

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

from .cues import (
    PLATFORMS,
    Candidate,
    _agentive,
    _doc_text,
    _np_range,
    _title_then_name_l42,
    _token_starts,
    _verb_lemma,
)
from .lead43 import TOPIC_NOUN_L43, us_institutions_l43
from .quotes import QuoteIndex
from .round65_names import name_heads_verbless_65
from .rules import (
    ANONYMOUS_HEADS,
    BARE_TITLES,
    DOCUMENT_NOUNS,
    IDEA_NOUNS,
    NAME,
    NAME_NOUNS,
    OUTLET_NOUNS,
    REPORTING_VERBS,
    ROLE_TYPES,
    RULE_SCORES,
    SHORT_TITLE,
    SHORT_TITLES,
    TITLE_WORDS,
)
from .sources import (
    BUSINESS_NOUNS,
    COMPANY_NAME_HEADS,
    COUNTRY_OFFICE,
    EVIDENCE_NOUNS,
    HEAD_STAFF_TITLE,
    LEGISLATIVE_LEADER,
    MASTHEAD_WORDS,
    NAMED_NEWS_AGENCY,
    OFFICIALS_AT_PLACE,
    OPERATOR_COMPANY,
    PARTY_BODY,
    POLICE_TITLE,
    STATE_AGENCY_WORDS,
    STATE_BODY_WORDS,
    STATE_OFFICIALS,
    STATES_GROUP_MEMBERS,
    US_PARTY_TAG,
    SourceTable,
    _type_source,
    appositive_body,
    blog_name,
    journalist_title,
    newsroom_name,
    officer_body,
    staff_body_type,
    surname_like_outlet,
    unnamed_force,
)

# ------------------------------------------------------------------------------------------ speakers


HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "king": "m", "lord": "m", "prince": "m", "father": "m",
                    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "queen": "f",
                    "lady": "f", "dame": "f", "princess": "f", "sister": "f",
                    # titles that only men hold in the news (the Catholic and Orthodox clergy, Gulf and Shiite
                    # honorifics) or that say the holder's sex ("Cardinal X ... she told" is not the cardinal)
                    "pope": "m", "cardinal": "m", "archbishop": "m", "bishop": "m", "monsignor": "m",
                    "patriarch": "m", "ayatollah": "m", "sheikh": "m", "emir": "m",
                    "duke": "m", "duchess": "f", "baron": "m", "baroness": "f", "countess": "f", "emperor": "m",
                    "empress": "f", "sheikha": "f"}
ROLE_NOUN_GENDER = {"spokesman": "m", "chairman": "m", "congressman": "m", "businessman": "m", "councilman": "m",
                    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f",
                    "councilwoman": "f", "actress": "f", "wife": "f", "husband": "m", "mother": "f", "father": "m"}
#: Given names of one gender in the news of most countries (names given to both left out): a pronoun of the other
#: gender does not go to a person named with one ("Sarah Kent met Tom Hale. ... He said ..." is Hale).
FIRST_NAME_GENDER = {
    **dict.fromkeys((
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler",
        "aaron", "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold", "jeremy",
        "ethan", "carl", "keith", "roger", "gerald", "christian", "sean", "arthur", "austin", "noah",
        "lawrence", "jesse", "joe", "bryan", "billy", "albert", "dylan", "bruce", "willie", "gabriel",
        "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "louis", "philip",
        "bobby", "johnny", "bradley", "tom", "tim", "bill", "bob", "jim", "mike", "dave", "steve", "tony", "nick",
        "ben", "dan", "ted", "boris", "vladimir", "sergei", "sergey", "dmitry", "dmitri", "alexei",
        "alexey", "ivan", "igor", "oleg", "viktor", "yuri", "mikhail", "nikolai", "andrei", "andrey", "volodymyr",
        "petro", "emmanuel", "francois", "françois", "pierre", "jacques", "nicolas", "olaf", "friedrich",
        "wolfgang", "hans", "helmut", "gerhard", "klaus", "matteo", "giuseppe", "silvio", "mario", "giorgio",
        "pedro", "jose", "josé", "carlos", "luis", "miguel", "recep", "mehmet", "ahmed", "mohammed", "muhammad",
        "ali", "hassan", "narendra", "rishi", "keir", "nigel", "barack", "mitt", "bernie", "marco", "jeb", "mitch",
        "elon", "victor", "aleksey", "aleksei", "aleksandr", "alexandr", "dmytro", "mykola", "vitali", "vitaly",
        "gennady", "anatoly", "valery", "vasily", "pavel", "maxim", "maksim", "yevgeny", "evgeny", "konstantin",
        "leonid", "grigory", "ramzan", "andrzej", "jaroslaw", "mateusz", "antonio", "jens", "josep", "rutger",
    ), "m"),
    **dict.fromkeys((
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
        "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha",
        "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane",
        "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "lauren", "christina", "joan",
        "evelyn", "judith", "megan", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa",
        "ann", "sara", "frances", "kathryn", "janice", "abigail", "alice", "judy",
        "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa",
        "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "lori", "hillary", "melania",
        "ursula", "marine", "giorgia", "kamala", "elena", "natalia",
        "olga", "irina", "tatiana", "svetlana", "yulia", "julia", "anne", "claire", "sophie", "ingrid", "greta",
        "liz", "kate", "jane", "sue", "vera", "valentina", "ekaterina", "yekaterina", "natalya", "lyudmila",
        "marina", "kaja", "annalena", "roberta", "beata", "zuzana", "maia", "sanna", "mette", "nadia",
    ), "f"),
}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
#: Words dropped from a name to make its canonical form and its key.
NAME_NOISE = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "rep", "rep.", "gov",
                        "gov.", "gen", "gen.", "sir", "president", "prime", "minister", "pm", "senator",
                        "governor", "chief", "justice", "secretary", "sec", "sec.", "treasurer", "chancellor", "jr",
                        "jr.", "sr", "sr.", "ii", "iii", "the"})
#: Before a title word: not "vice" or "deputy" ("Vice President X" is not "the president").
#: A legislative leader's title right before a name ("Senate Minority Leader X", "the opposition leader, X").
LEGISLATIVE_LEADER_BEFORE = re.compile(rf"(?:{LEGISLATIVE_LEADER.pattern})\s*,?\s*$")
NOT_DEPUTY = r"(?<!vice )(?<!vice-)(?<!deputy )(?<!Vice )(?<!Vice-)(?<!Deputy )"
DEPUTY_TITLE = re.compile(r"\b(?:vice|deputy)[ -](?:president|prime minister|minister|premier|chancellor)\b", re.I)
#: Title nouns that, alone after "the", name an office, not a person ("The Nuncio said": unnamed, however
#: capitalised); office holders of a body that "the spokesman" later means.
OFFICE_NOUNS = frozenset({"nuncio", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "minister",
                          "secretary", "governor", "mayor", "senator", "general", "commander", "chairman",
                          "chairwoman", "director", "official", "officer", "aide", "adviser", "advisor", "diplomat",
                          "prosecutor", "premier", "chancellor", "president", "pope", "patriarch", "bishop",
                          "archbishop", "cardinal", "prefect", "representative"})
#: A title written short that ends its line, the name on the next line ("... said Sen.\nMark Dalton"): the line
#: break splits the paragraph, and the speaker is the titled name, typed by the title.
LINE_END_TITLE = re.compile(r"(?:the\s+)?(Sen|Rep|Gov|Gen|Col|Adm|Amb|Lt|Sgt|Capt|Prof)\.", re.I)
NEXT_LINE_NAME = re.compile(r"[ \t]*\n[ \t]*((?:[A-Z][\w'’-]*\.?[ \t]+){0,2}[A-Z][\w'’-]+)")
LINE_END_TITLE_TYPES = {"sen": "politician", "rep": "politician", "gov": "government", "gen": "government",
                        "col": "government", "adm": "government", "amb": "government", "lt": "government",
                        "sgt": "government", "capt": "government", "prof": "academic"}
#: How far (characters) "the spokesman" looks back for "A Pentagon spokesman".
TITLED_BODY_WINDOW = 3000
#: A head of state's or a minister's title held in the past ("Former Vice President", "ex-premier"): a politician.
FORMER_TITLE = re.compile(r"\b(?:former|ex|onetime|one-time)[\s-]+(?:(?:vice|deputy)[\s-]+)?"
                          r"(?:president|prime minister|premier|chancellor|(?:foreign\s+)?minister)\b", re.I)
#: Nouns of texts a body puts out, typed as their author when the phrase names it ("a report by X", "a statement
#: Wednesday by X", "a joint statement from five groups").
AUTHORED_NOUNS = frozenset({"report", "statement", "post", "tweet", "article", "story", "release", "communique",
                            "communiqué", "editorial", "bulletin"})
#: How far back (characters) a pronoun looks for its antecedent.
PRONOUN_WINDOW = 1500


@dataclass
class Person:
    """One person the article names, under all the forms it uses ("Boris Johnson", "Johnson", "BORIS Johnson")."""

    key: str
    name: str
    first: str | None = None
    gender: str | None = None
    country: str | None = None
    role: str | None = None
    title: str | None = None
    votes: dict[str, int] = field(default_factory=dict)

    @property
    def first_name_gender(self) -> str | None:
        """The gender the first name says (FIRST_NAME_GENDER), if the article gives one."""
        return FIRST_NAME_GENDER.get(self.first or "")


@dataclass
class _Mention:
    name: str
    start: int
    end: int
    country: str | None
    role: str | None
    title: str | None = None
    person: Person | None = None
    subject: bool = False
    sentence: int = -1
    untagged: bool = False  # a speaker the entity tagger did not tag as a person, added as it was quoted
    modifier: bool = False  # a name modifying a common noun ("a close Putin ally"): no one a pronoun then means


def _name_parts(name: str) -> list[str]:
    words = [w.strip(",") for w in re.sub(r"[’']s$", "", name.strip()).split()]
    return [w for w in words if w.lower() not in NAME_NOISE and any(ch.isalpha() for ch in w)]


def _canonical(name: str) -> str:
    parts = _name_parts(name)
    return " ".join(p.capitalize() if p.isupper() and len(p) > 2 else p for p in parts) or name.strip()


def _gender_near(tokens: Sequence[Token]) -> str | None:
    for t in tokens:
        g = HONORIFIC_GENDER.get(t.lower_) or ROLE_NOUN_GENDER.get(t.lower_)
        if g:
            return g
    return None


class People:
    """The people of one article: mentions in text order, grouped into persons by surname, with gender."""

    def __init__(self, mentions: list[_Mention], name_subjects: Sequence[tuple[int, str]] = ()) -> None:
        self.mentions = mentions
        #: the named body quoted last (name, source type, speaker range): "it added" after it goes on with it
        self.last_body: tuple[str, str, tuple[int, int]] | None = None
        #: where a subject named by a proper noun that is no person's mention stands (a surname the tagger typed as
        #: a body, or missed): it may be the antecedent of a pronoun after it
        self.name_subjects = sorted(name_subjects)
        self.starts = [m.start for m in mentions]
        #: the content of the last statement given to the person quoted last (kept by the caller of ``_finish``)
        self.last_said: tuple[int, int] | None = None
        #: lead, round 44: the person a "he" / "she" speaker was resolved to last, and what the pronoun said (weak
        #: statements too): the people named inside it are spoken about by that person
        self.pronoun_said_l44: tuple[Resolution, tuple[int, int], int, str] | None = None
        #: the unnamed person quoted last (phrase, speaker range, end of the statement): "“...,” this reader wrote.
        #: “...,” he added" goes on with that reader, not with a person named earlier
        self.last_nominal: tuple[str, tuple[int, int], int] | None = None
        #: the unnamed office holders of a body quoted so far, by their title's head word ("A Pentagon spokesman":
        #: "spokesman" -> name, type, country, state-affiliated, speaker range): "the spokesman said" later is one
        self.titled_bodies: dict[str, tuple[str | None, str, str | None, bool, tuple[int, int], bool]] = {}
        # the mentions of each surname and each person's first mention, in text order, indexed once (a scan
        # of every mention per speaker made attributions quadratic on long articles)
        self._by_key: dict[str, list[_Mention]] = {}
        self._first: dict[int, _Mention] = {}
        for m in mentions:
            if m.person is not None:
                self._by_key.setdefault(m.person.key, []).append(m)
                self._first.setdefault(id(m.person), m)
        self._key_starts = {key: [m.start for m in same] for key, same in self._by_key.items()}

    def at(self, start: int, end: int, head: int | None = None) -> _Mention | None:
        """The mention inside ``[start, end)`` (the speaker phrase names a person): the one at ``head`` (the
        phrase's head word) where there is one ("Biden campaign spokesperson James Singer" is Singer), else the
        first."""
        k = bisect_left(self.starts, start)
        inside = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end + 1:
                inside.append(self.mentions[k])
            k += 1
        return next((m for m in inside if head is not None and m.start <= head < m.end), inside[0] if inside else None)

    def by_surname(self, word: str, pos: int) -> _Mention | None:
        """The last mention before ``pos`` of the person with this surname named most often before it (else the
        first mention after it); one with no person when the last two named before it are different people named
        in one sentence (which one is unclear)."""
        key = re.sub(r"[’']s$", "", word).lower()
        same = self._by_key.get(key)
        if not same:
            return None
        k = bisect_left(self._key_starts[key], pos)  # the mentions are in text order
        if k == 0:
            return same[0]
        if _named_with_another(same[:k]):
            return _Mention(word, pos, pos, None, None)  # no person: the surname stays unresolved
        return _most_named(same[:k])

    def of_surname(self, word: str) -> list[_Mention]:
        """The mentions of the persons of this surname (lowercased), in text order."""
        return self._by_key.get(word, [])

    def add_speaker(self, name: str, start: int, end: int) -> Person:
        """A named speaker the entity tagger missed ("“...,” Petrov said." with no entity): a mention of a person of
        unknown gender at ``[start, end)``, for the pronouns after it."""
        parts = _name_parts(name) or [name]
        person = Person(key=parts[-1].lower(), name=name, first=parts[0].lower() if len(parts) > 1 else None)
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        mention = _Mention(name, start, end, None, None, person=person, subject=True, untagged=True)
        self.mentions.insert(k, mention)
        if len(parts) > 1:
            # a full name the tagger missed ("Surafel Alemayehu, one of the students, explained"): the bare surname
            # later ("Alemayehu said", tagged a body) is that person
            starts = self._key_starts.setdefault(person.key, [])
            j = bisect_left(starts, start)
            starts.insert(j, start)
            self._by_key.setdefault(person.key, []).insert(j, mention)
            self._first.setdefault(id(person), mention)
        return person

    def first_of(self, person: Person, default: _Mention) -> _Mention:
        """The person's first mention in the text (``default`` when it has none)."""
        return self._first.get(id(person), default)

    def before(self, pos: int, window: int) -> list[_Mention]:
        lo, hi = bisect_left(self.starts, pos - window), bisect_left(self.starts, pos)
        return [m for m in self.mentions[lo:hi] if m.end <= pos]

    def persons(self) -> list[Person]:
        """The persons the entity tagger named (not speakers added as they were quoted: a body's name among them
        would stop it joining the body's full name when sources are merged)."""
        seen: dict[int, Person] = {}
        for m in self.mentions:
            if m.person is not None and not m.untagged:
                seen.setdefault(id(m.person), m.person)
        return list(seen.values())


@lru_cache(maxsize=512)
def _title_word_47(word: str) -> re.Pattern[str]:
    """speed47: ``re.compile(rf"{NOT_DEPUTY}\\b{word}\\b", re.I)``, the pattern :func:`_article_people` searched a
    title word's window with through ``re.search`` (the same pattern and flags, so the same matches), compiled once
    per word instead of looked up in ``re``'s cache for each word of each name."""
    return re.compile(rf"{NOT_DEPUTY}\b{word}\b", re.I)


def _named_outside_quotes(text: str, word: str, quotes: QuoteIndex) -> bool:
    """Does ``word`` stand as a whole word anywhere in ``text`` outside a quotation?"""
    return any(quotes.containing(m.start()) is None for m in re.finditer(rf"\b{re.escape(word)}\b", text))


#: Chinese family names that are written first ("Wang Bohua", "Liu He") and that are no English given name: the
#: surname a bare mention later uses ("Wang added"). Korean ones (Kim, Lee, Park) are left out: they are given names
#: in English too.
FAMILY_NAME_FIRST = frozenset({
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "zhu", "hu", "guo",
    "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao",
    "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "ye", "cheng", "wei", "lu", "ding", "ren", "shen", "yao",
    "xi", "qin", "fu", "zou", "xiong", "meng", "qiu", "bai", "jia", "mao", "hao", "gong", "shao", "qian", "yan",
    "yin", "kong", "lei", "fang", "duan", "hou", "lai", "wen", "ou", "geng", "tao", "zhong", "yu", "su", "hua"})


#: Nouns that name a published work, before its title ("the exhortation Amoris Laetitia", "his encyclical,
#: Laudato Si',"): a title the tagger reads as a person's name is no person. Not "report" or "letter" ("a report
#: John Smith wrote").
WORK_NOUNS = frozenset({"exhortation", "encyclical", "book", "novel", "treaty", "film", "documentary", "song",
                        "album", "memoir", "manifesto", "catechism", "opera", "poem", "painting", "essay", "pamphlet",
                        "bestseller", "proprio"})
WORK_PATTERN = "|".join(sorted(WORK_NOUNS))
#: Quotation marks around a title ("“Amoris Laetitia”").
TITLE_MARKS = "“”\"‘’'«»"


#: speed43: the heads of :func:`document_titles`' three searches, each the same pattern up to its name: a text
#: without a head's match has no match of that search for any name.
_WORK_HEAD_43 = re.compile(rf"\b(?:{WORK_PATTERN})\s+", re.I)
_WORK_COMMA_HEAD_43 = re.compile(rf"\b(?:{WORK_PATTERN}),\s+", re.I)
_CHAPTER_HEAD_43 = re.compile(r"\b(?:chapter|section|paragraph|part)s?\s+[\w.]+\s+of\s+", re.I)


#: speed48: the same three heads as zero-width look-aheads, so that ``finditer`` yields every place a head starts
#: (overlapping ones too) and ``m.end(1)`` where it ends: where a name after it must start (see
#: :func:`_may_follow_48`).
_WORK_AT_48 = re.compile(rf"(?=(\b(?:{WORK_PATTERN})\s+))", re.I)
_WORK_COMMA_AT_48 = re.compile(rf"(?=(\b(?:{WORK_PATTERN}),\s+))", re.I)
_CHAPTER_AT_48 = re.compile(r"(?=(\b(?:chapter|section|paragraph|part)s?\s+[\w.]+\s+of\s+))", re.I)
#: speed48: ASCII and punctuation without case: two such characters match under ``re.I`` exactly when their
#: ``str.lower`` forms are equal (one ASCII character lowercases to one; each of these punctuation marks is its own
#: lowercase and folds with no other character).
_CASELESS_48 = re.compile(r"[\x00-\x7f\u2018\u2019\u201c\u201d\u201e\u2013\u2014\u2026\u2022\xa0\xab\xbb\xb7\xa7\xa9]*")


def _may_follow_48(text: str, ends: list[int], word: str) -> bool:
    r"""speed48: could a name whose first word is ``word`` start, under ``re.I``, at one of the head ends ``ends``
    or one character after it (past an opening quotation mark)?

    A necessary condition of each of :func:`document_titles`' searches: the name's first character is an uppercase
    letter, so the head's ``\s+`` ends where the run of spaces ends (a look-ahead's ``m.end(1)``: the head's match
    from a start is the only one, as no noun of the list begins another and ``[\w.]+`` takes a whole run), and the
    name's first word is matched there, or after the optional quotation mark, one literal character per character.
    Where the word and the compared text are both ASCII or caseless punctuation, that match is equality of the
    lowercase forms; anywhere else the answer is True (the search is run, as before)."""
    n = len(word)
    key = word.lower() if _CASELESS_48.fullmatch(word) else None
    for end in ends:
        for start in (end, end + 1):
            piece = text[start:start + n]
            if key is None or piece.lower() == key or not _CASELESS_48.fullmatch(piece):
                return True
    return False


def document_titles(doc: Document) -> frozenset[str]:
    """Names the entity tagger took for people that the article shows are works: a name right after a noun of a
    work ("the exhortation Amoris Laetitia"), in apposition to one ("his exhortation, Amoris Laetitia,"), or after
    "chapter ... of". A document is no speaker a pronoun
    means, and no person (its mention after "according to" is a source of type report)."""
    cached = doc.cache.get("attributions.document_titles")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    titles: set[str] = set()
    text = doc.text
    # speed43: each name's three searches below start with one of these heads; a head the text never has cannot
    # match with any name after it, so its search is left out (the same titles, without compiling and running a
    # pattern per name and head over the whole text: most articles name no work at all)
    after_work = _WORK_HEAD_43.search(text) is not None
    after_work_comma = _WORK_COMMA_HEAD_43.search(text) is not None
    after_chapter = _CHAPTER_HEAD_43.search(text) is not None
    if not (after_work or after_work_comma or after_chapter):
        out = frozenset(titles)
        doc.cache["attributions.document_titles"] = out
        return out
    names = {" ".join(ent.text.split()) for para in doc.parsed for ent in para.doc.ents if ent.label_ == "PERSON"}
    # speed48: where each head ends (every start, overlapping ones too): a name's three searches below are run only
    # where its first word may stand right there (_may_follow_48, a necessary condition of a match): the same
    # titles, without compiling and running three patterns over the whole text for every name of the article
    work_ends = [m.end(1) for m in _WORK_AT_48.finditer(text)] if after_work else []
    work_comma_ends = [m.end(1) for m in _WORK_COMMA_AT_48.finditer(text)] if after_work_comma else []
    chapter_ends = [m.end(1) for m in _CHAPTER_AT_48.finditer(text)] if after_chapter else []
    for name in names:
        if not name[:1].isupper():
            continue
        escaped = r"\s+".join(re.escape(w) for w in name.split())
        first = name.split()[0]
        # "the exhortation Amoris Laetitia", "his encyclical, “Laudato Si”", "chapter 8 of Amoris Laetitia" (not a
        # name between quotation marks alone: an author's pen name is quoted so too)
        # ("In his book, John Smith argues ...": a name after a comma counts only as an apposition, set off again)
        if (after_work and _may_follow_48(text, work_ends, first) and re.search(
                rf"\b(?:{WORK_PATTERN})\s+[“\"‘']?{escaped}\b", text, re.I)) or (
                after_work_comma and _may_follow_48(text, work_comma_ends, first) and re.search(
                rf"\b(?:{WORK_PATTERN}),\s+[“\"‘']?{escaped}[”\"’']?\s*[,.;:)]", text, re.I)) or (
                after_chapter and _may_follow_48(text, chapter_ends, first) and re.search(
                rf"\b(?:chapter|section|paragraph|part)s?\s+[\w.]+\s+of\s+[“\"‘']?{escaped}\b", text, re.I)):
            titles.add(name.lower())
    out = frozenset(titles)
    doc.cache["attributions.document_titles"] = out
    return out


def _is_title(phrase: str, titles: frozenset[str]) -> bool:
    """Is a speaker phrase one of the article's document titles, with or without "the"?"""
    return bool(titles) and re.sub(r"^the\s+", "", " ".join(phrase.split()).lower()).strip(TITLE_MARKS) in titles


def _article_people(doc: Document, table: SourceTable) -> People:
    """PERSON mentions with the country, role and gender the article (or the table) gives them, merged into
    persons: a surname joins the latest person with that surname ("Johnson" after "Boris Johnson"), a full name
    with another first name is another person ("Bill Clinton", "Hillary Clinton")."""
    mentions: list[_Mention] = []
    by_key: dict[str, list[Person]] = {}
    named_last: dict[str, list[_Mention]] = {}  # each surname's mentions so far, in text order
    headline_end = -1
    if doc.title_in_text and doc.paragraphs:
        opening = doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end]
        words = re.findall(r"[^\W\d_]+", opening)
        if words and not opening.rstrip().endswith(".") and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            headline_end = doc.paragraphs[0].end  # a title-case headline, where the tagger sees names everywhere
    quotes = doc.cache.get("attributions.quotes")
    titles = document_titles(doc)
    body_only = _body_words(doc)
    for para in doc.parsed:
        first_here = len(mentions)
        for ent in sorted([*(e for e in para.doc.ents if e.label_ == "PERSON"), *_titled_names(para),
                           *_ranked_names(para), *_apposed_names(para, table),
                           *_mistagged_surnames(para, by_key, table, body_only, quotes)],
                          key=lambda e: e.start):
            while len(ent) > 1 and ent[0].is_lower and ent[0].is_alpha and ent[0].lower_ not in NAME_PARTICLES:
                ent = ent[1:]  # "kick Acosta" tagged a person: the verb the tagger took in is no part of the name
            ent = _with_particles(ent)
            if titles and " ".join(ent.text.split()).lower() in titles:
                continue  # "Amoris Laetitia", a document the article names as one: no person
            parts = _name_parts(ent.text)
            if len(ent) > 2 and ent.start >= 2 and ent.doc[ent.start - 1].lower_ in ("of", "for") and \
                    OFFICE_OF_START.match(f"{ent.doc[ent.start - 2].text} of {ent.text}") and \
                    (person_name := _name_after_office(ent.text)) is not None:
                # "Minister of Health Oly Ilunga", the ministry tagged into the name: the name is the words after it
                ent = ent.doc[ent.end - len(person_name.split()):ent.end]
                parts = _name_parts(ent.text)
            if not parts or ent[-1].lower_ in TITLE_WORDS or ent[-1].lower_ in BARE_TITLES or \
                    ent[-1].lower_ in OFFICE_NOUNS:
                continue  # "Moldovan Minister" tagged a person: a title that ends the entity names no one
            if len(ent) > 1 and all(t.lower_ in TITLE_ONLY_WORDS for t in ent):
                continue  # round 40: "the Honorary Dean" tagged a person: a title alone, no one a "she" could mean
            surface = doc.text[para.offset + ent.start_char:para.offset + ent.end_char]  # as printed ("O’Gorman")
            if len(parts) > 1 and re.fullmatch(r"[A-Z]{2,5}", parts[-1]) and not all(p.isupper() for p in parts):
                continue  # "Kick CNN’s" tagged a person in a title-case headline: an acronym ends no one's name
            if len(ent) == 1 and ent.text in table.countries and ent.text.lower() not in FIRST_NAME_GENDER and \
                    not re.search(rf"\b[A-Z][a-z]+\s+{re.escape(ent.text)}\b", doc.text):
                continue  # a capital the tagger took for a person ("northeast of Kyiv"): no one "she" could mean;
                # a surname that is a country's name stays where the article gives the full name ("Jim Jordan")
            if len(ent) == 1 and (ent.text.lower() in PLATFORMS or ent.text in body_only):
                # "took to Twitter", "a firefighter for Nottinghamshire" tagged a person: a platform, or a word the
                # article only ever prints as the start of a body's or a place's longer name, is no one "he" means
                continue
            if len(parts) == 1 and parts[0] in MASTHEAD_WORDS:
                continue  # "the Enquirer" (the Cincinnati Enquirer named before) tagged a person: a newspaper, no
                # one a "she" could mean
            if len(ent) > 1 and ent[-1].lower_ in COMPANY_NAME_HEADS:
                continue  # "Cox Automotive" tagged a person: a company's name, no one a pronoun could mean
            if ent[0].lower_ in HEADLINE_VERBS:
                continue  # "UN Chief Warns of ...": a headline's verb after a title, no one "the UN chief" means
            if len(parts) == 1 and parts[0].isupper() and _acronym_of_body(doc.text, parts[0]):
                continue  # "the Belt and Road Initiative (BRI)": "BRI" later is no one a pronoun could mean
            if len(ent) == 1 and ent.root.dep_ in ("amod", "compound") and ent.text in table.countries:
                continue  # a country's adjective the tagger took for a name ("a senior Moldovan official")
            if para.offset + ent.end_char <= headline_end and not re.search(
                    rf"\b{re.escape(parts[-1])}\b", doc.text[headline_end:]):
                # a capitalised word of a title-case headline that the tagger took for a name ("Appeals for Calm")
                # and that the article never names again: no one a pronoun in the body could mean
                continue
            if len(parts) == 1 and not parts[0].isupper() and quotes is not None and \
                    quotes.containing(para.offset + ent.start_char) is not None and \
                    not _named_outside_quotes(doc.text, parts[0], quotes):
                # one capitalised word inside a quotation that the article never names outside one ("Lesson
                # learned."): the quoted speaker's word, no one a pronoun in the narrative could mean (a name in
                # capitals is a transcript's speaker label: "“WALLACE: ...")
                continue
            start = ent.start
            before = para.doc[max(ent.sent.start, start - 7):start]
            # a title before a name is in its phrase: not across a verb ("Kovac, the finance minister, met Ruiz")
            verb = next((t for t in reversed(before) if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                before = para.doc[verb.i + 1:start]
            # and only words in the name's own phrase: "Speaking to Ukrainian television, Putin said" gives him no
            # country, "Russian President Vladimir Putin" and "Russia's president, Vladimir Putin" do
            top = ent.root  # the noun phrase the name heads or sits in ("The leader of Moldova Ion Rusu")
            while top.head.i != top.i and top.dep_ != "conj" and top.head.pos_ not in ("VERB", "AUX"):
                top = top.head
            phrase = {t.i for t in top.subtree}
            own = [t for t in before if t.i in phrase]
            window = " ".join(t.text for t in own)
            known = table.find_person(ent.text)
            country = (known.country if known else None) or table.country_in(window)
            # "Vice President X", "the deputy prime minister": another office than the title's head
            # "Senate Minority Leader X", "the opposition leader, X": the title right before the name (not "a deal
            # made with the opposition leader and behind X's back")
            role = "politician" if LEGISLATIVE_LEADER_BEFORE.search(window) else None
            role = role or next((r for w, r in TITLE_WORDS.items() if _title_word_47(w).search(window)),
                                None) or (known.role if known else None) or (
                "official" if DEPUTY_TITLE.search(window) else None)
            if role is None and LEGISLATOR_TITLE.search(window):
                role = "politician"  # "Sen. X", "Tory MP X", "Vice Speaker X"
            elif role is None and CABINET_SECRETARY.search(window):
                role = "official"  # "Defence Secretary X", "Secretary of State X"
            elif role is None and HEAD_STAFF_TITLE.search(window):
                role = "official"  # "Ukraine's presidential chief of staff X", "White House press secretary X"
            elif role is None and COUNTRY_OFFICE.search(window):
                role = "official"  # "The country's health chief X": the state's office holder
            elif role is None and PRESS_SECRETARY_AFTER.fullmatch(_appositive_title(ent)):
                role = "official"  # "X, the press secretary, said": the government's spokesman, named after
            elif role is None and STATE_LAWYER_TITLE.search(window) and not OUT_OF_OFFICE.search(window):
                role = "official"  # "public defender X", "assistant district attorney X", "Judge X": the state's
            elif role is None and CANDIDATE_TITLE.search(window):
                role = "politician"  # "Green Party presidential candidate X": one who seeks an elected office
            elif role is None and PARTY_WORKER_AFTER.match(doc.text, para.offset + ent.end_char):
                role = "politician"  # "X, who works for the Ohio Democratic Party": a party's or a campaign's aide
            elif role is None and (staff := STATE_STAFF_AFTER.match(doc.text, para.offset + ent.end_char)) is not None \
                    and staff.group("state") in table.countries:
                # "X, an international affairs assistant in Iran's judiciary": a state body's office holder, of
                # that state, under every later mention ("X was quoted as saying")
                role, country = "official", country or table.countries[staff.group("state")]
            elif role is None and LOCAL_OFFICE_TITLE.search(window) and not OUT_OF_OFFICE.search(window):
                role = "official"  # round 40: "New York City Mayor X", "Governor X": a city's or a state's office
                # holder is the government's source (sources33's convention), not a private person
            if country is None and POPE_TITLE.search(f"{window} {ent.text}"):
                country = "VA"  # "Pope Francis": the Holy See's sovereign
            if role in ("head_of_state", "head_of_government", "official") and (
                    body := officer_body(f"{window} {ent.text}", table)) is not None:
                # "Nation of Islam leader X", "coalition president X": an office of a body, no state's
                role = "politician" if PARTY_BODY.search(body) else None
            if role in ROLE_TYPES and FORMER_TITLE.search(window):
                # "Former Vice President X", "ex-president X": out of office, a politician, no state source
                role = "politician"
            titled = f"{window} {_appositive_title(ent)}"  # the title for "the minister said" later, not the type
            titled = SHORT_TITLE.sub(lambda m: SHORT_TITLES[m.group(1).lower()], titled)
            title = next((w for w in (*TITLE_WORDS, *BARE_TITLES) if _title_word_47(w).search(titled)),
                         None)
            gender = _gender_near(own[-2:]) or _gender_near(list(ent))
            key = parts[-1].lower()
            first = parts[0].lower() if len(parts) > 1 else None
            if len(parts) == 2 and first in FAMILY_NAME_FIRST and key not in FAMILY_NAME_FIRST:
                key, first = first, key  # "Wang Bohua ... according to Wang": the family name comes first
            if first in NAME_PARTICLES and parts[0].islower():
                first = None  # lead, round 49: "said de Vries" after "Anna de Vries": the surname with its particle
            if len(parts) == 1 and start > 0 and para.doc[start - 1].text in ("Sir", "Dame"):
                # "Sir Patrick" after "General Sir Patrick Sanders": a knight is called by his first name
                knights = {id(p): p for same in by_key.values() for p in same if p.first == key}
                if len(knights) == 1:
                    key = next(iter(knights.values())).key
            candidates = by_key.setdefault(key, [])
            sentence = para.offset + ent.sent.start_char
            person = None
            if first is not None:  # "Anna Hale" after "Mr. Hale" is another person: of another gender
                named_gender = gender or FIRST_NAME_GENDER.get(first)
                person = next((p for p in reversed(candidates) if p.first in (None, first) and (
                    p.first is not None or None in (p.gender, named_gender) or p.gender == named_gender)), None)
            else:
                person = _surname_owner(named_last.get(key, []), gender, sentence)
                if person is _UNCLEAR:
                    # two people of this surname named together just before: the bare surname is left unresolved
                    mentions.append(_Mention(_canonical(surface), para.offset + ent.start_char,
                                             para.offset + ent.end_char, country, role, title, None,
                                             sentence=sentence))
                    continue
            if person is None:
                person = Person(key=key, name=known.name if known else _canonical(surface), first=first)
                candidates.append(person)
            elif first is not None and person.first is None:
                person.first = first
                person.name = known.name if known else _canonical(surface)
            person.gender = person.gender or gender
            person.country = person.country or country
            person.role = person.role or role
            person.title = person.title or title
            verbless = name_heads_verbless_65(ent)  # round 65: "X begs to differ", "begs" read as a noun
            mentions.append(_Mention(person.name, para.offset + ent.start_char, para.offset + ent.end_char, country,
                                     role, title, person, subject=verbless or ent.root.dep_ in ("nsubj", "nsubjpass")
                                     or _conduct_owner_l44(ent),
                                     sentence=sentence, modifier=not verbless and ent.root.dep_ in (
                                         "compound", "amod") and (
                                         ent.root.head.pos_ == "NOUN" and ent.root.head.i > ent.root.i)))
            named_last.setdefault(key, []).append(mentions[-1])
        _vote_gender(para, mentions[first_here:])  # the earlier paragraphs' mentions all start before it
    mentions.sort(key=lambda m: m.start)
    name_subjects = _name_subjects(doc, table, mentions)
    for m in mentions:  # a mention made before the full name was seen still shows the person's name
        if m.person is not None:
            m.name = m.person.name
            if m.person.gender is None and m.person.votes:
                m.person.gender = max(m.person.votes, key=lambda g: m.person.votes[g])  # type: ignore[union-attr]
    return People(mentions, name_subjects)


#: Lead, round 44: nouns of a person's conduct or stance: their owner, in a subject ("X's conduct has been as
#: erratic as ever. First he said ..."), is whom the sentence is about, as a subject is.
CONDUCT_NOUNS_L44 = frozenset({
    "conduct", "behavior", "behaviour", "record", "response", "handling", "approach", "tone", "mood", "strategy",
    "stance", "position", "rhetoric", "style", "temper", "attitude", "performance", "reaction", "tenure", "presidency",
    "leadership", "career", "views", "view", "politics", "agenda", "plan", "policy", "policies", "decision", "choice",
    "campaign", "message", "comments", "remarks", "words", "statement", "statements", "silence", "mistake"})


def _conduct_owner_l44(ent: SpacySpan) -> bool:
    """Lead, round 44: is the name the owner of a subject that names its conduct or stance ("X's behavior has
    been erratic")? Not a person noun ("X's lawyer said": the lawyer speaks next)."""
    head = ent.root.head
    return ent.root.dep_ == "poss" and head.i != ent.root.i and head.dep_ in ("nsubj", "nsubjpass") and \
        head.lemma_.lower() in CONDUCT_NOUNS_L44


#: A local executive's title right before a name ("New York City Mayor X", "Governor X", "Lord Mayor X"); not
#: "mayoral candidate", nor "former mayor" (OUT_OF_OFFICE) (round 40).
LOCAL_OFFICE_TITLE = re.compile(r"\b(?:mayor|governor)\b", re.I)


#: Words of a title that the small tagger sometimes tags a person on its own ("Honorary Dean", "Vice Chancellor",
#: "Director-General"): an entity made of these words only names no one (round 40).
TITLE_ONLY_WORDS = frozenset({
    "honorary", "emeritus", "dean", "rector", "provost", "vice", "deputy", "associate", "assistant", "acting",
    "interim", "executive", "director", "director-general", "general", "chancellor", "president", "chair",
    "chairman", "chairwoman", "chairperson", "professor", "secretary", "secretary-general", "former", "founding",
    "senior", "chief", "principal", "visiting", "distinguished", "fellow", "head", "the"})


#: Entity labels the small tagger gives a bare surname it does not know ("Grozev took to Twitter": GPE).
MISTAGGED_SURNAME_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def _mistagged_surnames(para: ParsedParagraph, by_key: dict[str, list[Person]], table: SourceTable,
                        body_only: frozenset[str], quotes: QuoteIndex | None) -> list[SpacySpan]:
    """A bare surname the tagger labels a place or a body, the subject of its clause, of a person the article named
    in an earlier paragraph with a given name ("Christo Grozev ...¶ Grozev took to Twitter ... his followers"): the
    same person, whom a pronoun after it may mean. Not a country's or a body's word, not a name of two words, not
    a name inside a quotation (spoken about there: "X confirmed that “Y said the truth,” when he stated ...")."""
    found = []
    for ent in para.doc.ents:
        if ent.label_ not in MISTAGGED_SURNAME_LABELS or len(ent) != 1 or ent[0].pos_ != "PROPN":
            continue
        word = ent[0]
        if word.dep_ not in ("nsubj", "nsubjpass") or not word.is_title or word.text in table.countries or \
                word.text in body_only or word.lower_ in PLATFORMS:
            continue
        if quotes is not None and quotes.containing(para.offset + ent.start_char) is not None:
            continue
        if any(p.first is not None for p in by_key.get(word.lower_, [])):
            found.append(ent)
    return found


def _body_words(doc: Document) -> frozenset[str]:
    """Capitalised words that begin a longer name of a body, a building or a place the tagger found ("Nottinghamshire
    Fire and Rescue Service") and that no name of a person of two words or more holds ("Michael Bloomberg")."""
    starts: set[str] = set()
    in_people: set[str] = set()
    for para in doc.parsed:
        for ent in para.doc.ents:
            if len(ent) < 2:
                continue
            if ent.label_ == "PERSON":
                in_people.update(t.text for t in ent)
            elif ent.label_ in ("ORG", "FAC", "GPE", "LOC") and ent[0].is_title:
                starts.add(ent[0].text)
    return frozenset(starts - in_people)


#: Words of the names of bodies and programmes besides those of organisations ("Treaty Organization").
BODY_NAME_WORDS = frozenset({"organization", "organisation", "treaty", "pact", "accord", "agreement", "strategy",
                             "plan", "scheme", "fund", "facility", "mechanism", "partnership", "council"})


def _acronym_of_body(text: str, word: str) -> bool:
    """Whether the article spells the capitals out as a body's or a programme's name before them in brackets
    ("the Belt and Road Initiative (BRI)"): the initials of its capitalised words, one of them a word of an
    organisation."""
    if not 2 <= len(word) <= 6:
        return False
    spelled = rf"((?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|the|&)\s+)*){{2,8}})\(\s*{re.escape(word)}\s*\)"
    for m in re.finditer(spelled, text):
        words = m.group(1).split()
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if initials.endswith(word) and any(w.lower() in ORGANISATION_WORDS | BODY_NAME_WORDS
                                           for w in words[-len(word):]):
            return True
    return False


def _in_title(tok: Token, head: Token) -> bool:
    """Does an outlet or body noun before a name belong to the person's title ("European Commission President
    Ursula von der Leyen", "Defense Committee chairman X"), not name an outlet ("the French daily Le Monde")?"""
    while tok.i != head.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != head.i and (tok.lower_ in TITLE_WORDS or tok.lower_ in BARE_TITLES or tok.lower_ in
                                ROLE_NOUN_GENDER):
            return True
    return False


def _with_particles(ent: SpacySpan) -> SpacySpan:
    """A person's name the tagger cut at a particle, made whole: "Ursula von" (a person) "der Leyen" (a place) is
    "Ursula von der Leyen"."""
    end = ent.end
    while end < len(ent.doc) and (ent.doc[end - 1].lower_ in NAME_PARTICLES or end == ent.end) and \
            ent.doc[end].lower_ in NAME_PARTICLES:
        end += 1
    if ent.doc[end - 1].lower_ in NAME_PARTICLES and end < len(ent.doc) and ent.doc[end].is_title:
        return ent.doc[ent.start:end + 1]
    return ent


#: Lowercase words that may open a person's name ("de Gaulle", "van der Leyen", "bin Salman").
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "bin", "ibn",
                            "al", "el", "ben", "dos", "das", "du", "ter", "ten"})

#: Entity types of a proper-noun subject that is surely no person.
NOT_PERSON_ENTITIES = frozenset({"GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW", "PRODUCT",
                                 "WORK_OF_ART", "LANGUAGE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _name_subjects(doc: Document, table: SourceTable, mentions: list[_Mention]) -> list[tuple[int, str]]:
    """The starts of the subjects named by one capitalised proper noun that no person mention covers and that is
    neither a place nor a body of the source table ("Delacroix has said ...", the tagger typing him a body): the
    pronoun after such a subject may be his, so no earlier person is sure. Each with its word, lowercased."""
    starts = [m.start for m in mentions]
    surnames = {m.person.key for m in mentions if m.person is not None}
    out = []
    for para in doc.parsed:
        for t in para.doc:
            # a proper noun, or the surname of someone named before that the tagger took for a common noun
            # ("Trump has previously said ...", tagged a noun and a body)
            named = t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title and t.lower_ in surnames)
            if t.dep_ not in ("nsubj", "nsubjpass") or not named or t.ent_type_ in NOT_PERSON_ENTITIES:
                continue
            if t.ent_type_ == "PERSON" or not t.text[:1].isupper() or t.text.isupper() or t.text in table.countries:
                continue
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children) or table.find_source(t.text):
                continue  # "the White House", "Reuters": a body's name of several words or a listed outlet
            at = para.offset + t.idx
            k = bisect_left(starts, at)
            if (k < len(mentions) and mentions[k].start <= at < mentions[k].end) or (
                    k > 0 and mentions[k - 1].start <= at < mentions[k - 1].end):
                continue
            out.append((at, t.lower_))
    return out


#: The owner of a bare surname when two people of that surname were named together just before it.
_UNCLEAR = Person(key="", name="")


def _surname_owner(earlier: list[_Mention], gender: str | None, sentence: int) -> Person | None:
    """The person a bare surname ("Lindqvist said") joins, from the earlier mentions of that surname in text order:
    of no other gender (by a title, or by the first name: "Mr. Hale" is not Anna Hale), the one named most
    often so far, and of those the one named last (news names a relative of the article's subject in full, "his
    wife, Maria Lindqvist", and keeps the bare surname for the subject); ``_UNCLEAR`` when the last two named are
    different people named in one sentence ("Erik and Maria Lindqvist spoke ...") before the surname's own
    sentence; None when no one fits (a new person)."""
    fit = [m for m in earlier if m.person is not None and (
        gender is None or (m.person.gender or m.person.first_name_gender) in (None, gender))]
    if not fit:
        return None
    if fit[-1].sentence != sentence and _named_with_another(fit):
        return _UNCLEAR
    return _most_named(fit).person


def _most_named(mentions: list[_Mention]) -> _Mention:
    """The last mention (in text order) of the person named most often among ``mentions``; of two named as often,
    the one named last."""
    counts: dict[int, int] = {}
    last: dict[int, int] = {}
    for k, m in enumerate(mentions):
        counts[id(m.person)] = counts.get(id(m.person), 0) + 1
        last[id(m.person)] = k
    return mentions[last[max(last, key=lambda pid: (counts[pid], last[pid]))]]


def _named_with_another(mentions: list[_Mention]) -> bool:
    """Whether the last of ``mentions`` (in text order) shares its sentence with the last mention of another
    person among them ("Erik and Maria Lindqvist spoke ...")."""
    last = mentions[-1]
    other = next((m for m in reversed(mentions) if m.person is not last.person), None)
    return other is not None and other.sentence == last.sentence


#: The bare title of a government's spokesman in apposition after a name ("X, the press secretary, said"); not a
#: body's ("X, the company's press secretary").
PRESS_SECRETARY_AFTER = re.compile(r"(?:the|a)\s+(?:(?:deputy|chief|White House|presidential|Kremlin)\s+)*"
                                   r"press\s+secretary", re.IGNORECASE)


def _appositive_title(ent: SpacySpan) -> str:
    """The title in apposition right after a name ("Anna Kovac, the finance minister, said"): its words."""
    appos = next((c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end and c.pos_ == "NOUN"), None)
    if appos is None or ent.end >= len(ent.root.doc) or ent.root.doc[ent.end].text != ",":
        return ""
    words = [t.text for t in appos.subtree if t.i <= appos.i]
    return "" if any(w.lower() in ("former", "ex", "retired", "onetime", "then") for w in words) else " ".join(words)


def _vote_gender(para: ParsedParagraph, mentions: list[_Mention]) -> None:
    """A sentence that names one person, then a pronoun in it or the next sentence: a vote for the gender."""
    sents = list(para.doc.sents)
    here = [m for m in mentions if m.start >= para.offset and m.person is not None]
    for k, sent in enumerate(sents):
        s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
        inside = {id(m.person): m for m in here if s0 <= m.start < s1}
        if len(inside) != 1:
            continue
        person = next(iter(inside.values())).person
        assert person is not None
        bound = _bound_pronoun(para, sent, next(iter(inside.values())))
        if bound is not None:
            # a pronoun that can only be the subject's own ("X described herself as ...", "In her letter, X
            # praised ...", "X praised the plan in her letter") tells the gender against the first-name table
            g = PRONOUN_GENDER[bound.lower_]
            person.votes[g] = person.votes.get(g, 0) + 2
            continue
        after = next(iter(inside.values())).end - para.offset
        tokens = [t for t in sent if t.idx >= after] + (list(sents[k + 1]) if k + 1 < len(sents) else [])
        # not a pronoun inside an apposition to a name: it is another's ("Anna Kovac, his rival, was skeptical")
        pronoun = next((t for t in tokens if t.lower_ in PRONOUN_GENDER and t.pos_ == "PRON"
                        and not any(h.dep_ == "appos" for h in t.ancestors)), None)
        named_at = next(iter(inside.values())).start - para.offset
        if pronoun is not None and _inside_quote(para.doc.text, named_at) and not _inside_quote(
                para.doc.text, pronoun.idx):
            # a name inside a quotation and the pronoun after it closed: the speaker's, not the one spoken about
            # ("“Everyone knows this is classic Petrov,” she added" tells nothing of Petrov)
            continue
        if pronoun is not None and person.first_name_gender in (None, PRONOUN_GENDER[pronoun.lower_]):
            # (a first name of the other gender outvotes a pronoun that may be someone else's: "Victor Marek ...
            # “...,” she added")
            g = PRONOUN_GENDER[pronoun.lower_]
            person.votes[g] = person.votes.get(g, 0) + 1


#: Reflexive pronouns: bound to the subject of their own clause.
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself"})


def _bound_pronoun(para: ParsedParagraph, sent: SpacySpan, mention: _Mention) -> Token | None:
    """A "he"/"she" pronoun of the person's gender that the sentence binds to the person, its subject: a reflexive
    in the subject's clause ("X described herself as ..."), or a possessive in an adjunct of the subject's verb,
    before the subject ("In her letter, X praised ...") or after the verb ("X praised the plan in her letter").
    Not a possessive of the object ("X praised her plan"), which may be another person's."""
    name = next((t for t in sent if para.offset + t.idx >= mention.start and t.dep_ == "nsubj"
                 and para.offset + t.idx < mention.end), None)
    if name is None or name.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = name.head
    for token in verb.subtree:
        if token.lower_ not in PRONOUN_GENDER or token.pos_ != "PRON":
            continue
        if token.lower_ in REFLEXIVE_PRONOUNS and token.head.i == verb.i and token.dep_ in ("dobj", "npadvmod"):
            return token
        if token.lower_ in REFLEXIVE_PRONOUNS and token.dep_ == "pobj" and token.head.head.i == verb.i:
            return token
        noun = token.head
        if token.dep_ == "poss" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i \
                and token.lower_ in ("his", "her"):
            return token
    return None


def _titled_names(para: ParsedParagraph) -> list[SpacySpan]:
    """Runs of two or more untagged proper nouns right after a title ("the leader of Moldova Ion Rusu"):
    names the small NER model misses."""
    found = []
    tokens = list(para.doc)
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j].pos_ == "PROPN" and not tokens[j].ent_type_ and tokens[j].is_title:
            j += 1
        if j - i >= 2:
            window = " ".join(t.lower_ for t in tokens[max(0, i - 5):i])
            if any(re.search(rf"\b{w}\b", window) for w in TITLE_WORDS):
                found.append(para.doc[i:j])
        i = max(j, i + 1)
    return found


def _apposed_names(para: ParsedParagraph, table: SourceTable) -> list[SpacySpan]:
    """Two or three capitalised words the tagger took for a place or a body, with a job title in apposition after
    them ("said Margot Lenz, WFP interim regional director for West Africa"), or right before them after a comma
    (lead, round 45: "the regional head of security, Omar Zaki says ...", where no word of them names a body, so
    that a "he" after it may be that person's): a person's name."""
    found = []
    text = para.doc.text
    for ent in para.doc.ents:
        if ent.label_ not in ("GPE", "LOC", "ORG", "NORP") or not 2 <= len(ent) <= 3 or \
                not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent) or ent.text in table.countries:
            continue
        if TITLE_AFTER.match(text, ent.end_char) or WHO_IS_TITLE_AFTER.match(text, ent.end_char) or (
                not any(t.lower_ in BODY_WORDS_L45 for t in ent)
                and TITLE_BEFORE_L45.search(text[max(0, ent.start_char - 80):ent.start_char])):
            found.append(ent)
    return found


#: Lead, round 45: words that make a capitalised run a body's name, whatever title stands before it.
BODY_WORDS_L45 = frozenset({
    "ministry", "council", "committee", "agency", "party", "union", "office", "department", "commission", "group",
    "bank", "court", "army", "police", "authority", "institute", "university", "company", "corporation", "fund",
    "foundation", "association", "organisation", "organization", "front", "movement", "forces", "service", "board"})


#: Round 40: "Irina Bokova, who is also the Honorary Dean of ...": a relative "who" with a job title after a run
#: of capitalised words the tagger took for a body: a person's name.
WHO_IS_TITLE_AFTER = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+(?:also\s+)?(?:an?\s+|the\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,3}(?:dean|rector|director(?:-general)?|professor|president|chair(?:man|woman)?|"
    r"minister|ambassador|secretary(?:-general)?|head|founder|chief|governor|mayor|senator|envoy|spokes(?:man|woman|"
    r"person)|adviser|advisor|economist|analyst)\b", re.I)


#: Military ranks that open a name the small NER model tags as an organisation ("Major-General Kyrylo Budanov").
RANK_PARTS = frozenset({"general", "major", "lieutenant", "colonel", "brigadier", "admiral", "rear", "vice",
                        "captain", "commander", "marshal", "sergeant", "gen.", "lt.", "col.", "maj.", "brig."})


#: Occupations written as a title before a name ("Blogger Ilya Sokolov", "Activist Pavel Orlov"): the small NER
#: model tags the run, or its last word, an organisation.
OCCUPATION_TITLES = frozenset({
    "activist", "blogger", "journalist", "reporter", "photographer", "lawyer", "attorney", "doctor", "professor",
    "economist", "analyst", "writer", "author", "historian", "artist", "singer", "actor", "actress", "priest",
    "pastor", "rabbi", "imam", "farmer", "businessman", "businesswoman", "entrepreneur", "filmmaker", "volunteer",
    "veteran", "student", "teacher", "nurse", "engineer", "scientist", "researcher", "commentator", "columnist",
    "poet", "novelist", "comedian", "influencer", "dissident", "musician", "rapper", "lawmaker", "councillor",
    "councilman", "councilwoman"})


def _ranked_names(para: ParsedParagraph) -> list[SpacySpan]:
    """The person's name inside an organisation that a military rank opens ("Major-General Kyrylo Budanov",
    "General Valery Gerasimov"): two or more capitalised words after the rank; and the name after an occupation
    written as a title ("Blogger Ilya Sokolov"), where the organisation is the run or ends it."""
    found = []
    for ent in para.doc.ents:
        if ent.label_ != "ORG":
            continue
        if len(ent) >= 3:
            rank = [t for t in ent if t.text == "-" or all(p in RANK_PARTS for p in t.lower_.split("-") if p)]
            rest = ent[len(rank):] if rank and rank == list(ent[:len(rank)]) else None
            if rest is not None and len(rest) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in rest):
                found.append(rest)
                continue
        start = ent.start
        while start > ent.sent.start and para.doc[start - 1].pos_ == "PROPN" and para.doc[start - 1].is_title and \
                not para.doc[start - 1].ent_type_:
            start -= 1  # "Blogger Ilya" untagged before "Sokolov" tagged an organisation
        title = para.doc[start]
        name = para.doc[start + 1:ent.end]
        if title.lower_ in OCCUPATION_TITLES and title.is_title and 1 <= len(name) <= 3 and all(
                t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORGANISATION_WORDS for t in name):
            found.append(name)
    return found


def _entities_in(head: Token | None, speaker: tuple[int, int], offset: int) -> list[SpacySpan]:
    if head is None:
        return []
    return [e for e in head.doc.ents
            if speaker[0] <= offset + e.start_char and offset + e.end_char <= speaker[1]]


def _whose_owner(text: str, head: Token | None, offset: int, countries: dict[str, str] | None) -> str | None:
    """"Prime Minister X, whose government has criticized ...": the relative "whose" stands for the noun the
    relative clause hangs on, so the speaker "whose government" is X's government. The owner's name, else None."""
    if head is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
        return None
    clause = head.head
    for _ in range(3):  # the clause's verb may be a conjunct or an auxiliary chain away
        if clause.dep_ == "relcl" or clause.head is clause:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    owner = clause.head
    start, end = offset + owner.left_edge.idx, offset + clause.left_edge.idx
    while end > start and text[end - 1] in " ,(\u2014\u2013-":
        end -= 1
    if end - start < 2 or owner.pos_ not in ("PROPN", "NOUN"):
        return None
    return _speaker_name(text, (start, end), owner, offset, countries)[0]


def _titled_name(text: str, head: Token | None, offset: int) -> str | None:
    """The name of a speaker the tagger read as an organisation although a job title stands in apposition after
    it ("Jane Roe, Senior Advisor at the agency, said"): two to four capitalized words, none of an organisation's."""
    if head is None or head.ent_type_ != "ORG":
        return None
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if ent is None:
        return None
    words = ent.text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words) or \
            any(w.lower() in ORGANISATION_WORDS for w in words):
        return None
    return ent.text if TITLE_AFTER.match(text, offset + ent.end_char) else None


#: Lower-case words that join a name's parts, not a title between two names ("Ludwig van Beethoven", "X and Y").
NAME_JOINERS = frozenset({"and", "or", "of", "for", "in", "at", "on", "to", "from", "with", "by", "the", "de", "da",
                          "di", "do", "dos", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "la", "le",
                          "du", "y", "e"})
#: The rest of a speaker phrase after a mention: a title in lower case, then a name in title case that ends the
#: phrase ("... local Brisen Talley", "... stewardess Marla Quint").
TITLED_NAME_AFTER = re.compile(r"\s+(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}"
                               r"[A-Z][\w’'.-]*)\s*")


def _titled_name_after(text: str, end: int, phrase_end: int) -> int | None:
    """Where the name starts when a mention ending at ``end`` is followed, to the phrase's end, by a title in lower
    case and a name in title case; None otherwise."""
    m = TITLED_NAME_AFTER.fullmatch(text, end, phrase_end)
    if m is None or any(w in NAME_JOINERS for w in m.group("title").split()):
        return None
    return m.start("name")


def _speaker_name(text: str, speaker: tuple[int, int], head: Token | None, offset: int,
                  countries: dict[str, str] | None = None) -> tuple[str, bool]:
    """A display name for the speaker and whether the source is named (its head is a proper name); a possessive
    ending is no part of a name ("Nervo's conclusion" is Nervo's)."""
    name, named = _speaker_name_raw(text, speaker, head, offset, countries)
    owner = head is not None and (any(c.dep_ == "case" for c in head.children) or any(
        e.root.dep_ == "poss" and any(c.dep_ == "case" for c in e.root.children) for e in _entities_in(
            head, speaker, offset)))
    name = (POSSESSIVE_END.sub("", name) or name) if owner else name
    name = RELATIVE_END.sub("", name) or name  # "the mayor (who", "29 others who": the pronoun is no part of it
    if "'" in name and (curly := name.replace("'", "’")) in text[speaker[0]:speaker[1]]:
        name = curly  # the parser read "O’Shaughnessy" with a straight apostrophe: the name as printed
    return (HONORIFIC_START.sub("", name) or name) if named else name, named


#: An office of a ministry or a department written before a name ("Minister of Foreign Affairs Sergei Lavrov").
OFFICE_OF_START = re.compile(
    r"^(?:the\s+)?(?:(?:Deputy|Vice|Acting|Former|First|Prime|Foreign|Under)\s+)?(?:Minister|Secretary|Director|"
    r"Chief|Commissioner|Head|Chair(?:man|woman)?|Undersecretary)(?:[- ]General)?\s+(?:of|for)\s+(?P<rest>.+)$")
#: Words of ministries' and departments' names ("Health", "Foreign Affairs", "National Intelligence").
DEPARTMENT_WORDS = frozenset({
    "health", "foreign", "affairs", "defence", "defense", "interior", "finance", "justice", "education",
    "agriculture", "economy", "economic", "development", "trade", "industry", "energy", "transport", "transportation",
    "labour", "labor", "environment", "culture", "europe", "european", "state", "home", "internal", "national",
    "intelligence", "staff", "homeland", "security", "information", "communications", "public", "works",
    "infrastructure", "regional", "social", "welfare", "tourism", "sport", "sports", "youth", "women", "family",
    "housing", "immigration", "planning", "science", "technology", "digital", "mines", "mining", "petroleum", "oil",
    "water", "fisheries", "forestry", "commerce", "treasury", "budget", "revenue", "veterans", "emergency",
    "emergencies", "situations", "disaster", "relief", "refugees", "religious", "local", "government", "territories",
    "reconstruction", "integration", "equality", "human", "rights", "legal", "parliamentary", "cabinet", "strategic",
    "reintegration", "occupied", "temporarily", "telecommunications", "media", "research", "higher", "natural",
    "resources", "land", "lands", "climate", "change", "food", "rural", "urban", "municipal", "international",
    "cooperation", "co-operation", "africa", "asia", "middle", "east", "armed", "forces", "police", "ecology",
    "migration", "diaspora", "and", "&", "of", "the"
})


def _name_after_office(rest: str) -> str | None:
    """The person's name after a ministry's name ("Health Oly Ilunga" -> "Oly Ilunga"): the ministry's words
    are dropped from the left while two or three title-case words stay; None where no such name is left."""
    words = rest.split()
    while len(words) > 2 and words[0].lower() in DEPARTMENT_WORDS:
        words.pop(0)
    if not 2 <= len(words) <= 3 or words[0].lower() in DEPARTMENT_WORDS or not all(
            re.fullmatch(r"[A-Z][\w'’.-]+", w) for w in words) or len(words) == len(rest.split()):
        return None
    return " ".join(words)


#: Source types that a title in a named person's apposition gives ("X, a law professor at Y": academic); not
#: "government" nor "media", which a title reads wrongly too often ("president of the NAACP", "press secretary"),
#: unless the title names a body ("a State Department spokeswoman").
APPOSITIVE_TYPES = frozenset({"academic", "politician"})

#: Cues that go on with what the speaker quoted last was saying ("“...,” he added").
CONTINUING_CUE = re.compile(r"add(?:ed|s)?|continu(?:ed|es)|went on")

#: Titles written short, shown in full: "the PM said" is the source "Prime Minister" (a title, unnamed).
TITLE_ABBREVIATIONS = {"PM": "Prime Minister"}

#: An indefinite determiner that opens a speaker phrase ("A Cabinet Minister", "One Senior Official"): unnamed.
INDEFINITE_START = re.compile(r"(?:an?|one|another|some|several|every|each)\s+(?=\S)", re.IGNORECASE)

#: A relative pronoun that ends a speaker phrase ("Trump, who says ...", "the mayor (who ...").
RELATIVE_END = re.compile(r"[\s,(—–-]+(?:who|which|that|whom)$|,\s+whose\s.*$")

#: An honorific before a name ("Mr. Guajardo Villarreal" is the source "Guajardo Villarreal" is).
#: A title the tagger took into a person's name ("Treasurer Jim Chalmers", "Treasury Chief Sec Simon Clarke") is
#: no part of it either.
HONORIFIC_START = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sec|Treasurer|Secretary(?:[- ]General)?|Senator|Governor|"
                             r"President|Chancellor)\.?\s+(?=[A-Z])")


#: A possessive ending ("Nervo's", "the senators’").
POSSESSIVE_END = re.compile(r"\s*[’']s?$")


def _speaker_name_raw(text: str, speaker: tuple[int, int], head: Token | None, offset: int,
                      countries: dict[str, str] | None = None) -> tuple[str, bool]:
    phrase = " ".join(text[speaker[0]:speaker[1]].split())
    countries = countries or {}
    if head is not None:
        ents = _entities_in(head, speaker, offset)
        own = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if own is not None and own.label_ == "PERSON":
            return own.text, True
        if head.pos_ == "PROPN" and own is None and INDEFINITE_START.match(phrase) and not any(
                e.label_ == "PERSON" for e in ents):
            return INDEFINITE_START.sub("", phrase, count=1), False  # "A Cabinet Minister": a title, no name
        if own is not None and own.label_ == "ORG" and (chain := _first_and_last_name(head, own)) is not None:
            return chain, True  # "Minister of Infrastructure and Regional Development Andrei Spinu", tagged a body
        bare = re.sub(r"^the\s+", "", phrase, flags=re.I)
        if head.pos_ == "PROPN" and (own is None or own.label_ != "PERSON") and (
                bare.lower() in TITLE_WORDS or bare.lower() in BARE_TITLES or bare in TITLE_ABBREVIATIONS):
            return TITLE_ABBREVIATIONS.get(bare, bare), False  # "the Prime Minister", "the PM": a title, no name
        if head.pos_ == "PROPN" or (own is not None and own.label_ in ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC")):
            name = re.sub(r"^the\s+", "", phrase, flags=re.I)
            if newsroom_name(name):
                return name, True  # "9 News Australia": a newsroom's name, not the country in it
            if own is not None and offset + own.start_char > speaker[1] - len(name) + 1:
                return re.sub(r"^the\s+", "", own.text, flags=re.I), True  # "the news agency Xinhua" -> Xinhua
            if own is not None and own.label_ == "ORG" and re.match(
                    rf"(?:the\s+)?{re.escape(own.text)},\s+(?:an?|the)\s", name, flags=re.I):
                return re.sub(r"^the\s+", "", own.text, flags=re.I), True  # "X, a nonprofit that ...": X
            if own is None and (m := NAME_THEN_TITLE.match(name)) is not None and \
                    offset + head.idx < speaker[1] - len(name) + m.end(1):
                return m.group(1), True  # "Vera Kral, the commissioner", the name untagged: the name
            return re.sub(r"\s*\([^)]*\)$", "", name) if len(name) < 100 else own.text if own else name, True
        if _title_then_name_l42(head):  # lead, round 42: "former mayor and former Secretary X": X
            named_conj = next(e for e in head.doc.ents if e.label_ == "PERSON" and any(
                c.dep_ == "conj" and e.start <= c.i < e.end for c in head.children))
            return named_conj.text, True
        # "the Czech politician Tomio Okamura", "the Italian publication Corriere della Sera"
        follows = [e for e in ents if e.label_ in ("PERSON", "WORK_OF_ART", "ORG") and e.start == head.i + 1]
        if follows:
            return follows[0].text, True
        near = head.doc[max(0, head.i - 60):head.i + 60]
        span_tokens = [t for t in near if speaker[0] <= offset + t.idx < speaker[1]]
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) or next(
            (t for t in span_tokens if t.dep_ == "appos" and t.pos_ == "PROPN" and t.text not in countries
             and t.ent_type_ not in ("GPE", "LOC")), None)  # "in Charleston, South Carolina": a place's state
        if appos is not None:
            return " ".join(t.text for t in appos.subtree), True
        # a name in apposition, not one inside the title ("the head of Kyiv's council": Kyiv is no person)
        persons = [e for e in ents if e.label_ == "PERSON" and (e.root.dep_ == "appos" or (
            e.start > 0 and e.doc[e.start - 1].text in (",", "(", "-", "–", "—"))) and e.text not in countries]
        if persons and head.lemma_.lower() not in (*OUTLET_NOUNS, *DOCUMENT_NOUNS):
            return persons[0].text, True  # "the mayor of Narva, Anna Kuusk"
        # "a soldier named Timur, 37": the name the phrase gives
        named_as = next((g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call")
                         for g in c.children if g.dep_ in ("oprd", "attr", "dobj") and g.ent_type_ == "PERSON"), None)
        if named_as is not None:
            ent = next((e for e in head.doc.ents if e.start <= named_as.i < e.end), None)
            return (ent.text if ent is not None else named_as.text), True
        # "a woman by the name of Karen Vale", "a man going by the name of X"
        by_name = next((e for e in ents if e.label_ == "PERSON" and e.start >= 3 and
                        " ".join(t.lower_ for t in e.doc[e.start - 3:e.start]) == "the name of"), None)
        if by_name is not None:
            return by_name.text, True
        # "Raging Moscow TV pundit Yevgeny Satanovsky", its first word parsed as a verb: a full name that ends the
        # phrase after its title is the speaker's
        ending = [e for e in ents if e.label_ == "PERSON" and offset + e.end_char == speaker[1] and len(e) >= 2]
        if len(ending) == 1 and not any(e.label_ == "PERSON" for e in ents if e is not ending[0]) and \
                ending[0].root.dep_ not in ("pobj", "poss", "conj") and \
                ending[0].start > 0 and ending[0].doc[ending[0].start - 1].lower_ not in ("and", "or", "&", ","):
            return ending[0].text, True
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    # "a study conducted by X, a professor of physiology at Y in Z": the source, not the description after it
    appositive = APPOSITIVE_AFTER.search(phrase)
    return (phrase[:appositive.start()] if appositive and len(phrase.split()) > 6 else phrase), False


def _first_and_last_name(head: Token, ent: SpacySpan) -> str | None:
    """A person's name that ends a longer entity the tagger read as a body ("Infrastructure and Regional
    Development Andrei Spinu"): the head and the proper nouns compounded right before it, two or three words in
    title case, the first a known first name, and more words of the entity before them; None otherwise."""
    if head.pos_ != "PROPN" or head.i != ent.end - 1:
        return None
    start = head.i
    while start > ent.start + 1 and head.i - start < 2 and (prev := head.doc[start - 1]).dep_ == "compound" and \
            prev.head.i == head.i and prev.pos_ == "PROPN":
        start -= 1
    words = head.doc[start:head.i + 1]
    if len(words) < 2 or words[0].lower_ not in FIRST_NAME_GENDER or not all(
            t.is_alpha and t.is_title for t in words):
        return None
    return words.text


#: A description in apposition after a speaker phrase: a comma and an article.
APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|the)\s+")

#: Two to four capitalised words and a title in apposition ("Vera Kral, the commissioner", "Vera Kral, Latvia's
#: envoy to ...").
NAME_THEN_TITLE = re.compile(
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?:(?:the|a|an)\s+[a-z]|one of\s|[A-Z][\w-]*['’]s\s)")

#: A speaker phrase with no parse (a headline's "Obama Seeks ..."): one to three capitalised words.
HEADLINE_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")

#: Nationalities and parties as a plural group ("Mexicans", "many Republicans"): people, not a state body.
#: One person by the party word news uses as an epithet ("the Democrat said", "the Tory MP's rival, the Republican").
PARTY_EPITHET = re.compile(r"the (?:(?:former|veteran|embattled|defiant|[a-z]+-term) )?(?:democrat|republican|tory|"
                           r"conservative|socialist|libertarian)")
#: A profession written with "the" as a later mention of someone quoted before ("the environmental expert", "the
#: veteran analyst"): no office of which the article may name several holders, only what a writer calls an expert.
EXPERT_EPITHET = re.compile(r"the (?:[a-z\-]+ ){0,3}(?:expert|analyst|scholar|academic|economist|scientist|"
                            r"researcher|commentator|historian|strategist|specialist|whistleblower|campaigner)")
# "the former lieutenant governor of Pennsylvania said": an elected office of a named place, no name given
PLACE_OFFICE = re.compile(r"the (?:(?:former|ex-|onetime|then-)\s*)?(?:lieutenant governor|governor|senator|"
                          r"state senator|congressman|congresswoman|mayor|attorney general) of "
                          r"((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*)")
PARTY_GROUPS = frozenset({"republican", "democrat", "conservative", "liberal", "tory", "tories", "labourite",
                          "socialist", "communist", "green", "libertarian", "progressive"})


def _untagged_person(head: Token | None, source_type: str, listed: bool) -> bool:
    """A speaker named by a proper noun the entity tagger did not tag as a person, most often a surname the small
    model does not know: left untagged and typed a person ("Petrov said"), or one word tagged an organization that
    the source table does not list ("Petrov" as ORG; not "Reuters")."""
    if head is None or head.pos_ != "PROPN" or listed:
        return False
    if head.ent_type_ == "ORG":
        return len(list(head.subtree)) == 1
    if head.ent_type_ == "GPE" and source_type in ("person", "politician", "government"):
        # a full name whose surname the tagger took for a place ("Oleksii Reznikov, the defence minister, said"):
        # a first name before it, outside the place's name ("New York" is one place)
        return any(t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < head.i and t.ent_type_ == ""
                   for t in head.children)
    return head.ent_type_ == "" and source_type in ("person", "politician")


#: Bodies above states by name: their unnamed officials speak for the body, of no one country ("EU officials").
BODY_ABOVE_STATES = re.compile(r"\b(?:UN|U\.N\.|United Nations|NATO|EU|European Union|European Commission|"
                               r"Interpol|IAEA|OSCE|IMF|OPEC|African Union|World Bank|World Health Organization|"
                               r"WHO)\b")
#: The nouns of a body's unnamed staff ("officials", "a spokesman", "diplomats").
BODY_STAFF_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "representative", "diplomat",
                              "envoy"})
#: The nouns of a person's own staff ("aides to X", "a X adviser").
PRINCIPAL_STAFF_NOUNS = frozenset({"aide", "adviser", "advisor", "assistant", "staffer", "spokesman",
                                   "spokeswoman", "spokesperson"})


def _principal_type(head: Token, people: People, pos: int) -> str | None:
    """The type of the office holder a staff noun serves, by his name after "to" or "of" or before the noun ("Aides
    to Mr. Trump", "a Trump aide"): government or politician as the article titles him; None for anyone else."""
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for")):
        names += [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    for name in names:
        mention = people.by_surname(name.text, pos)
        if mention is not None and mention.person is not None and mention.person.role in ROLE_TYPES:
            return ROLE_TYPES[mention.person.role]
    return None


def _group_of_people(head: Token | None) -> bool:
    """A plural nationality or party ("Mexicans", "Americans worried about ...", "Republicans"): unnamed people."""
    return head is not None and head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNS")


# ------------------------------------------------------------------------------------------ resolution

#: Nouns for someone who works for or speaks for another ("a top aide to the president" is not the president).
STAFF_NOUNS = frozenset({"aide", "adviser", "advisor", "assistant", "deputy", "spokesman", "spokeswoman",
                         "spokesperson", "staffer", "official", "representative", "envoy", "lawyer", "attorney",
                         "secretary", "head", "chief", "director", "member"})
AUTHOR_PRONOUNS = frozenset({"i", "we", "me", "us"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
SECOND_PERSON = frozenset({"you"})


@dataclass
class Resolution:
    """Who a speaker phrase is: the name, the person, the antecedent mention and how sure the link is."""

    name: str | None
    named: bool
    person: Person | None = None
    antecedent: tuple[int, int] | None = None
    confidence: str | None = None
    left_out: bool = False


def _head_title(head: Token) -> str:
    """The title a speaker's head noun carries, with its compounds ("prime minister", "foreign minister")."""
    words = [c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i
             and c.lower_ in ("prime", "foreign", "defence", "defense", "finance", "deputy", "vice")]
    return " ".join([*words, head.lemma_.lower()])


#: A wire dateline the parser reads into the first speaker of a paragraph: "Washington (CNN) Senate Republicans
#: accused ...", "MOSCOW, March 3 (Reuters) - The ministry said ...". Only a wire's or outlet's credit in brackets
#: makes one, so "Rob Portman (R-Ohio), the chairman" is no dateline; or a place in capitals before a dash.
SPEAKER_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,3}(?:,\s[^()\n]{1,30})?\s?"
    r"\((?:[A-Z]{2,6}|Reuters|Bloomberg|Xinhua|Sputnik|Interfax|Anadolu|Tasnim|[A-Z][a-z]+\sNews)\)\s*"
    r"(?:[-\u2013\u2014:]\s*)?"
    # or a place in capitals and a dash, with no agency ("NUSA DUA – The council's president urged ...")
    r"|[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,\s[A-Z][^()\n]{1,30}?)?\s[\u2013\u2014-]{1,2}\s+")


def _after_dateline(text: str, speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker span without a dateline at the start of its paragraph, when a speaker is left after it."""
    if speaker is None or (speaker[0] > 0 and text[speaker[0] - 1] != "\n"):
        return speaker
    m = SPEAKER_DATELINE.match(text, speaker[0], speaker[1])
    return (m.end(), speaker[1]) if m is not None and m.end() < speaker[1] else speaker


def _content_after_dateline(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A statement's content without a wire dateline that opens one of its lines ("DUBAI, Feb. 17 (Xinhua) --
    Iran seized a tanker, according to state TV": the place, the date and the agency are no part of what was
    said; a headline on the line before, run into the same sentence, is not either). Only a dateline with an agency
    in brackets or a date makes one, as for the events layer: "US - China trade talks" is no dateline."""
    line_start = text.rfind("\n", 0, content[0]) + 1
    start = content[0]
    for m in DATELINE.finditer(text, line_start, content[1]):
        if m.end() < content[1] and ("(" in m.group() or any(ch.isdigit() for ch in m.group())):
            start = max(start, m.end())
    while start < content[1] and text[start].isspace():
        start += 1
    return (start, content[1]) if start > content[0] else content


def _may_be(person: Person, gender: str) -> bool:
    """Can the pronoun of ``gender`` be the person's: told so, or no gender told yet and no first name against it."""
    return person.gender == gender or (person.gender is None and person.first_name_gender in (None, gender))


def _politician_country(text: str, person: Person, table: SourceTable) -> str | None:
    """The country of a politician as the text gives it: his own, else the US where a party tag names him
    ("Sen. X (R-Ohio)"), else the story's country (None where the text gives none)."""
    if person.country is not None:
        return person.country
    if person.name.split()[-1] in {m.group(1) for m in US_TAGGED_NAME.finditer(text)}:
        return "US"
    return story_country(text, table)


def _last_quoted(people: People, person: Person, confidence: str = "coref:pronoun-unsure") -> Resolution:
    """The pronoun resolved to the speaker quoted last (unsure unless told), with the person's first mention as
    antecedent."""
    first = people.first_of(person, _Mention(person.name, 0, 0, None, None))
    antecedent = (first.start, first.end) if first.end > first.start else None
    return Resolution(person.name, True, person, antecedent, confidence)


#: Lead, round 43: how far before a quotation what the person quoted last said may end for the quotation's "he said"
#: to go on with that person.
JUST_SAID_43 = 200


def _said_just_before_l43(window: Sequence[_Mention], last_quoted: Person | None, said: tuple[int, int] | None,
                          ref: int, gender: str) -> bool:
    """Lead, round 43: does the statement a "he" speaks (its quotation, else the pronoun) follow right on what the
    person quoted last said, no one else named since that statement began ("Rep. X called for openness. “...,” he
    said in a tweet"; "X has said he backs it. “I do not mind,” he has said")? The pronoun is then that person's,
    whatever gender a pronoun told earlier of someone named farther back."""
    if last_quoted is None or said is None or not _may_be(last_quoted, gender):
        return False
    if not 0 <= ref - said[1] < JUST_SAID_43:
        return False
    return not any(m.person is not last_quoted and m.start >= said[0] for m in window)


#: Lead, round 44: how far a pronoun chain reaches from the last pronoun speaker (about a paragraph).
CHAIN_REACH_L44 = 600


def _chain_l44(window: list[_Mention], people: People, pos: int, gender: str) -> Resolution | None:
    """Lead, round 44: "First he said that Rowe deserved a hearing; later he mocked her ..., and he faulted the
    Senate ... He praises ...": a "he" / "she" speaker goes on with the person the last pronoun speaker of that
    gender was resolved to, at that link's confidence, where no one else is named or quoted between the two
    pronouns outside what the first one said (the people named inside it are spoken about): no other person of a
    possible gender, no subject the tagger left untagged (``people.name_subjects``), no named speaker since."""
    chain = people.pronoun_said_l44
    if chain is None:
        return None
    res, (start, end), at, told = chain
    if told != gender or res.person is None or not 0 < pos - at < CHAIN_REACH_L44:
        return None
    if people.last_said is not None and people.last_said[0] > at and people.last_said != (start, end):
        return None  # someone quoted since ("... he said. X has said he backs it. “...,” he has said": X)
    if any(at < where < pos and not start <= where < end for where, _ in people.name_subjects):
        return None
    if any(at < m.start < pos and m.person is not res.person and not start <= m.start < end and
           (m.person is None or _may_be(m.person, gender)) for m in window):
        return None
    return Resolution(res.name, res.named, res.person, res.antecedent, res.confidence)


def _inside_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph: more curly quotes opened than closed before it, or an odd
    number of straight double quotes."""
    seg = text[text.rfind("\n", 0, pos) + 1:pos]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _resolve_pronoun(pronoun: str, pos: int, people: People, last_quoted: Person | None,
                     quote_start: int | None = None, text: str | None = None) -> Resolution | None:
    """"he"/"she": the nearest subject of that gender in the window, else the last quoted person of that gender,
    else the nearest mention of that gender. Sure when only one such person is in the window."""
    gender = PRONOUN_GENDER[pronoun]
    window = [m for m in people.before(pos, PRONOUN_WINDOW) if m.person is not None and not m.modifier]
    if quote_start is not None:
        # the people named inside the quotation the pronoun closes are spoken about, not speaking ("“We must not
        # fear provoking Putin,” he said": not Putin's words)
        window = [m for m in window if not quote_start <= m.start < pos]
    chained = _chain_l44(window, people, pos, gender)
    if chained is not None:
        return chained
    if text is not None and last_quoted is not None and _may_be(last_quoted, gender) and any(
            m.person is last_quoted and not _inside_quote(text, m.start) for m in window):
        # the people named inside what was quoted are spoken about: after “If Petrov ...,” Kent said. “Petrov
        # knows ...”, "He speculated" is Kent's, the person quoted last, not Petrov's
        window = [m for m in window if m.person is last_quoted or not _inside_quote(text, m.start)]
    if _said_just_before_l43(window, last_quoted, people.last_said, pos if quote_start is None else quote_start,
                             gender):
        assert last_quoted is not None
        # sure of the person only where a pronoun or a first name told the gender; unsure where nothing did (round
        # 14: "Petrov" alone), the antecedent the person's last mention before the pronoun
        confidence = "coref:pronoun-last-quoted" if gender in (last_quoted.gender, last_quoted.first_name_gender) \
            else "coref:pronoun-unsure"
        last = next((m for m in reversed(window) if m.person is last_quoted), None)
        if last is None:
            return _last_quoted(people, last_quoted, confidence)
        return Resolution(last_quoted.name, True, last_quoted, (last.start, last.end), confidence)
    if window and window[-1].untagged and pos - window[-1].start < NOMINAL_WINDOW and (
            window[-1].person is not None and window[-1].person.first_name_gender in (None, gender)):
        # the speaker quoted right before, a name the tagger missed ("“A,” Petrov said. “B,” he added."), and no
        # one named since: the pronoun is that speaker's, of unknown gender, so unsure
        last = window[-1]
        assert last.person is not None
        return Resolution(last.person.name, True, last.person, (last.start, last.end), "coref:pronoun-unsure")
    strict = [m for m in window if m.person is not None and m.person.gender == gender]
    # a person of unknown gender whose first name says the other one is passed over ("Sarah Kent met Tom Hale.
    # ... He said ...": Hale), but a first name never makes anyone sure
    pool = strict or [m for m in window if m.person is not None and m.person.gender is None
                      and m.person.first_name_gender in (None, gender)]
    if not pool:
        if last_quoted is not None and _may_be(last_quoted, gender):
            # no one of that gender named in the window, but the person quoted last is (or may be: a gender no
            # pronoun has told yet): a profile that names its subject rarely ("Lynch ... She has gone on a tour ...
            # She recently called ..."), a name first tagged only later ("X, the minister, said ... “...,” he
            # said"); unsure, so scored low
            return _last_quoted(people, last_quoted)
        return None
    distinct = {id(m.person) for m in pool}
    subjects = [m for m in pool if m.subject and pos - m.start < 400]
    chosen = subjects[-1] if subjects else next(
        (m for m in reversed(pool) if last_quoted is not None and m.person is last_quoted), pool[-1])
    if not chosen.subject:
        # "Weinandy, a former aide, warned Pope Francis that ... He wrote to the pope": the subject of the
        # sentence that names the one chosen as an object, of a gender not yet told but possible, is the one
        # a pronoun next continues with (unsure)
        subject = next((m for m in reversed(window) if m.subject and m.sentence == chosen.sentence and
                        m.start < chosen.start and m.person is not None and m.person is not chosen.person and
                        m.person.gender is None and m.person.first_name_gender in (None, gender)), None)
        if subject is not None:
            assert subject.person is not None
            return Resolution(subject.person.name, True, subject.person, (subject.start, subject.end),
                              "coref:pronoun-unsure")
    said = people.last_said
    if last_quoted is not None and chosen.person is not last_quoted and said is not None and \
            said[0] <= chosen.start < said[1] and last_quoted.gender in (None, gender) and \
            last_quoted.first_name_gender in (None, gender):
        # the one chosen is named inside what the person quoted last said ("Col. Kent noted that he thinks Trump
        # will ... However, he noted ..."): spoken about, not speaking; the speaker goes on
        chosen = next((m for m in reversed(window) if m.person is last_quoted), chosen)
    if len(distinct) == 1 and strict and chosen.person is pool[-1].person:
        confidence = "coref:pronoun-sure"
    elif chosen.person is last_quoted:
        confidence = "coref:pronoun-last-quoted"
    else:
        confidence = "coref:pronoun-unsure"
    # someone of unknown gender named after the one chosen ("Mr. Petrov ... Gen. Norbert Brennan told the radio host
    # about the cuts he opposed"), or a subject the tagger did not take for a person ("Delacroix has said ..., but he
    # refuses"): the link is no longer sure; a subject of unknown gender right before the pronoun is taken
    later = [m for m in window if m.start > chosen.start and m.subject and m.person is not None
             and m.person is not chosen.person and m.person.gender is None
             and m.person.first_name_gender in (None, gender)
             and not (chosen.person is last_quoted and said is not None and said[0] <= m.start < said[1])]
    ref = min(pos, quote_start) if quote_start is not None else pos
    untold = None if later and ref - later[-1].start < NOMINAL_WINDOW else _untold_named_last(
        window, chosen, gender, ref, text, said)
    if untold is not None:
        chosen, later = untold, [untold]
    elif later and ref - later[-1].start < NOMINAL_WINDOW:
        chosen = later[-1]
    elif last_quoted is not None and chosen.person is not last_quoted and last_quoted.gender is None and (
            last_quoted.first_name_gender in (None, gender)):
        # the person quoted last, of a gender no pronoun has told yet, named after the one of that gender ("Putin
        # spoke ... “...,” said Aleksey Petrov, the deputy ... “...,” he continued"): the quote goes on, unsure
        since = [m for m in window if m.person is last_quoted and m.start > chosen.start]
        if since:
            chosen, later = since[-1], since
    assert chosen.person is not None
    # a name inside the quotation the pronoun closes is spoken about ("“Orban has made his choice,” he said"): the
    # rival subject is looked for before the quotation
    rival = _name_subject_between(people, chosen.person.key, chosen.end, ref)
    if rival is not None:  # "Ham explained ... “...,” he said", "Ham" untagged: the person of that surname, if any
        chosen = next((m for m in reversed(people.of_surname(rival)) if m.start < pos and m.person is not None
                       and m.person.gender in (None, gender) and m.person.first_name_gender in (None, gender)),
                      chosen)
    if later or rival is not None:
        confidence = "coref:pronoun-unsure"
    assert chosen.person is not None
    return Resolution(chosen.person.name, True, chosen.person, (chosen.start, chosen.end), confidence)


#: Words of each gender's pronoun, "she" and "her", "he" and "his" (a sentence that uses one goes on with its person).
GENDER_WORDS = {"f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
                "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
#: Sentence ends between a mention and a pronoun ("... Petrova. She said").
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _untold_named_last(window: Sequence[_Mention], chosen: _Mention, gender: str, pos: int,
                       text: str | None, said: tuple[int, int] | None = None) -> _Mention | None:
    """The person named last before the pronoun, in its sentence or the one before, who may be of the pronoun's
    gender (told so, or untold and the first name does not say the other one), while the person chosen (an earlier
    subject, or one whose gender a pronoun told) is not named in that stretch and no pronoun of the gender is used
    in it ("Maria Lopez spoke. She said A. The reply came from Zdravka Petrova. She said B": Petrova, unsure; a
    first name the table does not know, or a mention that is no subject, is no reason to pass her over). Not a
    person named inside what the person quoted last said (spoken about). None otherwise."""
    last = next((m for m in reversed(window) if m.person is not None and m.start < pos), None)
    if text is None or last is None or last.person is None or last.person is chosen.person or last.modifier or not (
            last.person.gender == gender or (last.person.gender is None and last.person.first_name_gender in (
                None, gender))):
        return None
    if said is not None and said[0] <= last.start < said[1]:
        return None
    # the sentence of the last mention, read off the text as well (the parser may start one after a quote)
    stops = [m.end() for m in SENTENCE_END.finditer(text, max(0, last.start - 600), last.start)]
    start = min(last.sentence if 0 <= last.sentence <= last.start else last.start, stops[-1] if stops else max(
        0, last.start - 600))
    if any(m.person is chosen.person and m.start >= start for m in window) or len(
            SENTENCE_END.findall(text, last.end, pos)) > 1 or GENDER_WORDS[gender].search(text, start, pos):
        return None
    return last


def _name_subject_between(people: People, surname: str, start: int, pos: int) -> str | None:
    """The word of the last subject named by a proper noun that is no person's mention, and not ``surname`` (the
    person chosen, whom the tagger missed once), between ``start`` and the pronoun at ``pos`` and within
    NOMINAL_WINDOW characters of it; None when there is none."""
    lo = bisect_left(people.name_subjects, (max(start, pos - NOMINAL_WINDOW), ""))
    hi = bisect_left(people.name_subjects, (pos, ""))
    return next((word for _, word in reversed(people.name_subjects[lo:hi]) if word != surname), None)


#: Nouns of kinship: "his wife" is most often the woman named beside it, no office of her own.
KIN_NOUNS = frozenset({"wife", "husband", "mother", "father"})
#: Common nouns for one person by office or role: a subject of this kind between a name and "he"/"she" is the
#: pronoun's antecedent ("Putin massed troops. The Prime Minister spoke in the Commons. He said ...": the prime
#: minister said it, not Putin).
PERSON_ROLE_NOUNS = frozenset({
    *STAFF_NOUNS, *BARE_TITLES, *(w for w in TITLE_WORDS if " " not in w),
    *(w for w in ROLE_NOUN_GENDER if w not in KIN_NOUNS),
    "minister", "president", "premier", "chancellor", "senator", "lawmaker", "legislator", "congressman",
    "congresswoman", "officer", "detective", "sheriff", "spokesperson", "candidate", "nominee", "justice",
    "doctor", "teacher", "witness", "resident", "owner", "founder", "executive", "analyst", "economist",
    "researcher", "scientist", "professor", "activist", "negotiator", "diplomat", "commissioner", "councillor",
    "pm",
})
#: How far back (characters) a pronoun looks for a subject named by its role rather than by a name.
NOMINAL_WINDOW = 400


#: A new person of a profession brought in ("an expert", "one analyst", "another economist"): "the expert" after
#: it is that one, not someone quoted before.
NEW_OF_PROFESSION = r"\b(?:a|an|one|another|other)\b(?:\s+[\w\-]+){{0,3}}\s+{noun}s?\b"


def _epithet_of_last_quoted(text: str, people: People, person: Person, pos: int, noun: str) -> bool:
    """Can "the <profession>" at ``pos`` be the person quoted last: named within the pronoun window before it, and
    no one brought in as "a/an/one/another <profession>" between that person's last mention and it."""
    last = next((m for m in reversed(people.before(pos, PRONOUN_WINDOW)) if m.person is person), None)
    if last is None:
        return False
    return re.search(NEW_OF_PROFESSION.format(noun=re.escape(noun)), text[last.end:pos], re.I) is None


def _renamed_by_role(text: str, people: People, person: Person, start: int, head: Token) -> bool:
    """Is the role phrase at ``start`` (one no one in the article holds as a title) a second mention of ``person``:
    the person named last before it is that person, as a subject, in the sentence before or the same one, within
    300 characters, given no title before (a titled person's other office is someone else's: "President X ...
    The Prime Minister spoke"), and the role's word is not used in between (where it would name someone else)."""
    if any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in head.children):
        return False  # a role another named person owns ("Mayor Anna Berg’s chief of staff"): someone new
    earlier = [m for m in people.before(start, NOMINAL_WINDOW) if m.person is not None and not m.modifier]
    if not earlier or earlier[-1].person is not person or not earlier[-1].subject:
        return False
    if any(m.title for m in people.before(start, 20000) if m.person is person):
        return False
    last = earlier[-1]
    between = text[last.end:start]
    if start - last.end > 300 or len(SENTENCE_END.findall(between)) > 1:
        return False
    return re.search(rf"\b{re.escape(head.lower_)}", between, re.I) is None


def _nominal_antecedent(doc: Document, pronoun: str, pos: int, after: int, *,
                        chain: bool) -> tuple[int, int, Token, int] | None:
    """The subject named by a role ("the defence secretary", "A spokesman for the council") nearest before a
    pronoun at ``pos``, when it starts after ``after`` (the named person the pronoun would otherwise go to), within
    ``NOMINAL_WINDOW`` characters, singular, of no other gender, and with no name in its phrase; None otherwise.
    With ``chain``, pronoun subjects of the same gender between them are passed over ("The minister spoke. He said
    A. “B,” he said."): they go back to the same antecedent."""
    gender = PRONOUN_GENDER[pronoun]
    offsets = doc.cache.get("attributions.parsed_offsets")
    if offsets is None or len(offsets) != len(doc.parsed):
        offsets = doc.cache["attributions.parsed_offsets"] = [p.offset for p in doc.parsed]
    lo_pos = max(after, pos - NOMINAL_WINDOW)
    quotes = doc.cache.get("attributions.quotes")
    for i in range(bisect_right(offsets, pos) - 1, -1, -1):
        para = doc.parsed[i]
        if para.offset + len(_doc_text(para.doc)) < lo_pos:
            break
        starts = _token_starts(para.doc)
        hi = bisect_left(starts, pos - para.offset)
        lo = bisect_left(starts, lo_pos - para.offset)
        for token in reversed(para.doc[lo:hi]):
            if token.dep_ not in ("nsubj", "nsubjpass") or (
                    quotes is not None and quotes.containing(para.offset + token.idx) is not None):
                continue  # a subject inside a quotation is the quoted speaker's, not the narrative's
            # a title in capitals ("The Prime Minister") is tagged as a proper noun: a role all the same
            role = (token.lower_ in PERSON_ROLE_NOUNS or (token.lower_ in GENDERED_PERSON_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children))) and token.tag_ in (
                "NN", "NNP") and token.ent_type_ != "PERSON"
            if not role:
                # (a place or a people as the subject of an infinitive, "for Ukraine to join", is no one a "he"
                # or "she" could mean)
                place_to = token.ent_type_ in NOT_PERSON_ENTITIES and token.head.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children)
                if (token.pos_ == "PROPN" and not place_to) or (
                        token.lower_ in PRONOUN_GENDER and not (
                        chain and PRONOUN_GENDER[token.lower_] == gender)):
                    return None  # a name or a pronoun is the nearer subject: the pronoun is that one's
                continue
            if ROLE_NOUN_GENDER.get(token.lower_, GENDERED_PERSON_NOUNS.get(token.lower_, gender)) != gender:
                continue
            rng = _np_range(para, token)
            # a name that owns the role ("Former Mayor Peter Berg’s chief of staff") is not the role's holder
            owner = [t for c in token.children if c.dep_ == "poss" for t in c.subtree]
            owner_ids = {t.i for t in owner}
            if any(t.ent_type_ == "PERSON" and t.i not in owner_ids
                   for t in para.doc[token.left_edge.i:token.right_edge.i + 1]):
                return None  # "The minister, Sarah Pike, said": the name is the antecedent
            owned = bool(owner) and para.offset + owner[0].idx <= after < para.offset + owner[-1].idx + len(
                owner[-1].text)
            if rng[0] <= after and not owned:
                return None
            return rng[0], rng[1], token, para.offset
    return None


def _resolve_group(doc: Document, pronoun: str, pos: int) -> Resolution | None:
    """"they": the nearest plural subject or body before it; "it": the nearest organization or document."""
    # the pieces from the last one starting at or before pos, backwards (found by bisection: a scan from the end
    # of the article per pronoun made attributions quadratic on long articles)
    offsets = doc.cache.get("attributions.parsed_offsets")
    if offsets is None or len(offsets) != len(doc.parsed):
        offsets = doc.cache["attributions.parsed_offsets"] = [p.offset for p in doc.parsed]
    fallback: Resolution | None = None
    quotes = doc.cache.get("attributions.quotes")
    for i in range(bisect_right(offsets, pos) - 1, -1, -1):
        para = doc.parsed[i]
        if para.offset > pos:
            continue
        if para.offset + len(_doc_text(para.doc)) < pos - 600:
            break
        starts = _token_starts(para.doc)
        hi = bisect_left(starts, pos - para.offset)
        lo = bisect_left(starts, pos - para.offset - 600)
        for token in reversed(para.doc[lo:hi]):
            at = para.offset + token.idx
            if at >= pos:
                continue
            if at < pos - 600:
                break
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
                continue
            quote = quotes.containing(at) if quotes is not None else None
            if quote is not None and not quote.start <= pos < quote.end:
                continue  # '“... to make the full report public,” they said': no one inside the quote says it
            # "X and Y released a statement ... they said": a coordinated subject is plural
            # (the tagger may hang the first name on the second as a compound: "A and B" headed by B)
            conjuncts = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
            coordinated = bool(conjuncts) or any(
                c.dep_ == "cc" and c.lower_ == "and" for k in token.children if k.dep_ == "compound" and k.i < token.i
                for c in k.children)
            plural = token.tag_ in ("NNS", "NNPS") or token.ent_type_ in ("NORP",) or coordinated
            lemma = token.lemma_.lower()
            # a document is "it", or "they" only in the plural ("the reports say"; not "the report")
            body = token.ent_type_ in ("ORG", "GPE") or lemma in OUTLET_NOUNS or (
                pronoun in PLURAL_PRONOUNS and lemma in BUSINESS_NOUNS and token.tag_ == "NN") or (
                lemma in DOCUMENT_NOUNS and (pronoun == "it" or token.tag_ == "NNS"))
            if (pronoun in PLURAL_PRONOUNS and (plural or body)) or (pronoun == "it" and body and not plural):
                ent = next((e for e in para.doc.ents if e.start <= token.i < e.end), None)
                if ent is not None and any(t.pos_ == "VERB" for t in ent):
                    continue  # a headline the tagger took for one name ("Middle School Instructs Children To ...")
                rng = (para.offset + ent.start_char, para.offset + ent.end_char) if ent is not None else (
                    _np_range(para, token))
                if coordinated and pronoun in PLURAL_PRONOUNS:
                    whole = _np_range(para, conjuncts[-1] if conjuncts else token)
                    rng = (min(rng[0], _np_range(para, token)[0]), max(rng[1], whole[1]))
                name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(doc.text[rng[0]:rng[1]].split()), flags=re.I)
                found = Resolution(name, ent is not None and token.pos_ == "PROPN", None, rng, "coref:pronoun-unsure")
                # "“Our allies stand with us.” ... They say": a group the quoted speaker calls "our" is not "they"
                quoted = any(c.dep_ == "poss" and c.lower_ in ("our", "my", "your") for c in token.children) and (
                    quotes is not None and quotes.containing(para.offset + token.idx) is not None)
                if quoted or (plural and not body and not _agentive(token) and (
                        _verb_lemma(token.head) not in REPORTING_VERBS)):
                    # "the talks could collapse ... They say ...": talks say nothing; a group that can speak
                    # further back is the antecedent, else this one (as before: the speaker is not left out)
                    fallback = fallback or found
                    continue
                return found
    return fallback


def _surname_like(head: Token) -> bool:
    """A proper noun, or one capitalised word the tagger took for a common noun ("Toensing added that ..."): a
    surname if the article named a person so before."""
    return head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.tag_ == "NN" and head.is_title and
                                    not any(c.dep_ == "det" for c in head.children))


#: A generic word for an office that names the person last given one of its titles ("the diplomat" after
#: "Ambassador Ana Ruiz").
GENERIC_TITLES = {"diplomat": frozenset({"ambassador", "envoy", "foreign minister"}),
                  "lawmaker": frozenset({"senator"}), "legislator": frozenset({"senator"})}


def _resolve_title(text: str, speaker: tuple[int, int], head: Token | None, people: People,
                   table: SourceTable) -> Resolution | None:
    """A title ("the minister", "the Moldovan president", "the Chairman of the PRC") resolved to the person the
    article or the table gives that title. Staff ("a top aide to the president") and heads of bodies ("the head of
    Kyiv's security council") are not resolved to anyone: they are persons of their own."""
    phrase = text[speaker[0]:speaker[1]]
    lower = phrase.lower()
    short = TITLE_ABBREVIATIONS.get(head.text) if head is not None else None
    if short is not None and head is not None and head.ent_type_ != "PERSON":
        # "the PM said": the title written short, resolved as "the prime minister" is, and only to a person the
        # article calls prime minister (not to "the foreign minister" named last)
        title, bare = short.lower(), None
        role = TITLE_WORDS.get(title)
    elif head is not None:
        if head.tag_ in ("NNS", "NNPS"):
            return None  # "the Democratic leaders said": several people, none of them alone
        if head.ent_type_ in ("PERSON", "ORG", "GPE") or (
                head.pos_ == "PROPN" and head.lemma_.lower() not in TITLE_WORDS and head.lower_ not in TITLE_WORDS
                and head.lower_ not in BARE_TITLES):
            return None  # a title is tagged a proper noun in capitals ("the Governor"), at times in lowercase too
        if head.lemma_.lower() in STAFF_NOUNS and any(c.dep_ == "prep" for c in head.children):
            return None
        title = _head_title(head)
        role = TITLE_WORDS.get(title) or TITLE_WORDS.get(head.lemma_.lower())
        bare = head.lemma_.lower() if head.lemma_.lower() in BARE_TITLES else None
    else:
        role = next((r for w, r in TITLE_WORDS.items() if re.fullmatch(rf"(?:the )?(?:\w+ )?{w}", lower)), None)
        title, bare = lower, None
    earlier = people.before(speaker[0], 20000)
    generic = GENERIC_TITLES.get(head.lemma_.lower()) if head is not None and short is None else None
    if generic is not None and re.fullmatch(r"(?:the|this|that) (?:\w+ )?[a-z]+", lower.strip()):
        # "the diplomat said": the last person titled ambassador, envoy or foreign minister before it
        for m in reversed(earlier):
            if m.title in generic and m.person is not None:
                return Resolution(m.person.name, True, m.person, (m.start, m.end), "coref:title")
        return None
    if role is None and bare is None:
        return None
    country = table.country_in(phrase)
    if country is not None and role not in (None, "politician"):
        if re.search(r"\b(?:ministry|department|office|party|service|committee)\b", lower):
            return None  # "the head of the Estonian Foreign Ministry": a body's official, not its head of state
        for m in reversed(earlier):
            if m.country == country and m.role == role and m.person is not None:
                return Resolution(m.person.name, True, m.person, (m.start, m.end), "coref:title")
        known = next((p for p in table.people if p.country == country and p.role == role), None)
        if known is not None and any(re.search(rf"\b{re.escape(f)}\b", text) for f in (known.name, *known.aliases)):
            return Resolution(known.name, True, None, None, "coref:title")
        return None
    word = bare or (title if short is not None else title.split()[-1])
    if not re.fullmatch(r"(?:the|this|that) (?:\w+ )?[a-z]+(?: [a-z]+)?", lower.strip()):
        return None
    # the title a person was given in any mention before, not only in this one ("President Ana Ruiz ... Ruiz spoke
    # in Lima. ..., the president added": Ruiz, not a president titled in a later mention); a title first given
    # after the speaker is not known yet there
    titles: dict[int, str] = {}
    for m in earlier:
        if m.title and m.person is not None:
            titles.setdefault(id(m.person), m.title)
    for m in reversed(earlier):
        held = m.title or (titles.get(id(m.person)) if m.person is not None else None)
        if held and m.person is not None and (held == title or held.endswith(word)):
            return Resolution(m.person.name, True, m.person, (m.start, m.end), "coref:title")
    return _office_from_table(title, earlier, titles)


#: Offices a speaker's title may be resolved to through the actor dictionary when the article gives no one that
#: title ("Boris Johnson ... the PM said"), with the forms the dictionary's aliases write them in. Only heads of
#: government and of state: "the minister" or "the senator" is one of many, whom the article must name as such.
TABLE_OFFICES = {"prime minister": ("prime minister", "premier", "pm"), "premier": ("premier", "prime minister"),
                 "president": ("president",), "chancellor": ("chancellor",)}


def _office_from_table(title: str | None, earlier: list[_Mention], titles: dict[int, str]) -> Resolution | None:
    """A title no one in the article was given ("the defiant PM" after "Boris Johnson", whom the article never
    calls prime minister) resolved to the one person the article named before it whom the bundled actor
    dictionary knows in that office (an alias "prime minister boris johnson"). Never a person the article does not
    name, nor one it gives another title; two such persons named before: unresolved."""
    forms = TABLE_OFFICES.get(title or "")
    if not forms:
        return None
    office = re.compile(rf"^(?:(?!vice |deputy |former |acting )[a-z]+ )?(?:{'|'.join(forms)}) [a-z]")
    dictionary = load_dictionary()
    holders: dict[int, _Mention] = {}
    for m in earlier:
        if m.person is None or titles.get(id(m.person)) is not None:
            continue
        idx = dictionary.aliases.get(phrase_key(m.person.name))
        entry = dictionary.entries[idx] if idx is not None else None
        if entry is not None and entry.type == "person" and any(office.match(a) for a in entry.aliases):
            holders[id(m.person)] = m  # the person's last mention before the title
    if len(holders) != 1:
        return None
    m = next(iter(holders.values()))
    assert m.person is not None
    return Resolution(m.person.name, True, m.person, (m.start, m.end), "coref:title")


#: A state's executive named by its country or its leader ("The U.S. government", "the Canadian government", "the
#: Biden administration", "the Assad regime"): a named source, as "the White House" is.
STATE_BY_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<name>(?!The\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+"
                           r"(?:government|administration|regime)")
#: Capitalised words before "government" that name no state or leader ("the Federal Government", "the Interim
#: Government", "the Labour government").
GENERIC_STATE_WORDS = frozenset({"Federal", "Central", "National", "Interim", "Transitional", "Provisional",
                                 "Military", "Local", "Regional", "State", "City", "County", "Municipal", "Previous",
                                 "Current", "New", "Former", "Next", "Last", "Coalition", "Communist", "Puppet", "This",
                                 "That", "Their", "Its", "His", "Her", "Our", "Your", "Unity", "Caretaker",
                                 # a party's government names its party, not the state's leader
                                 "Labour", "Tory", "Conservative", "Liberal", "Democratic", "Republican",
                                 "Socialist", "Green"})
#: A text's noun with the outlet that published it after it ("a translation published by X").
PUBLISHED_BY = re.compile(r"\b(?:published|aired|broadcast|carried|printed|posted)\s+(?:by|in|on)\s+(?P<outlet>.+)$")
PUBLISHED_NOUNS = AUTHORED_NOUNS | {"translation", "transcript", "interview", "version", "account", "excerpt"}


def _publishing_outlet(phrase: str, head: Token, table: SourceTable) -> str | None:
    """The outlet the table lists that published the text a speaker phrase names ("an English translation
    published by Al Arabiya" -> "Al Arabiya"); None for any other phrase (a person's, an unlisted site's)."""
    if head.lemma_.lower() not in PUBLISHED_NOUNS:
        return None
    m = PUBLISHED_BY.search(" ".join(phrase.split()))
    listed = table.find_source(m.group("outlet")) if m is not None else None
    if listed is None or listed[0].type != "media":
        return None
    return listed[0].name


#: ", according to X" inside a statement's content: the report's source, cut from the content.
ACCORDING_TO_ASIDE = re.compile(r",\s+according to\b", re.I)


def _finish(text: str, doc: Document, cand: Candidate, table: SourceTable, people: People,
            last_quoted: list[Person | None]) -> Attribution | None:
    """The attribution of a candidate: its speaker resolved, named, merged with the article's persons and typed.

    ``last_quoted`` is a one-item list the caller keeps across candidates: the person quoted last.
    """
    if "according-to" not in cand.evidence and (
            aside := ACCORDING_TO_ASIDE.search(text, cand.content[0], cand.content[1])) is not None:
        # "told one rally-goer, according to an attendee's post": the source of the report is no part of what
        # was said (the according-to rule gives it its own attribution)
        cand = replace(cand, content=(cand.content[0], aside.start()))
    cand = replace(cand, content=_content_after_dateline(text, cand.content))
    if cand.content[1] <= cand.content[0]:
        return None
    score = cand.score
    speaker = cue = resolved = None
    speaker_name: str | None = None
    named = False
    source_type, country, state, affiliation = "anonymous", None, False, None
    evidence = cand.evidence
    speaker_range = _after_dateline(text, cand.speaker)
    if speaker_range is not None and _name_subject(cand.speaker_head):
        return None
    if speaker_range is not None and cand.cue is not None and (
            end := table.source_at(text, speaker_range[0])) is not None and speaker_range[1] < end <= cand.cue[0]:
        speaker_range = (speaker_range[0], end)  # "The Globe and Mail reported": the parser stops at "and"
    if speaker_range is not None and (outlet_at := _outlet_before(text, speaker_range[0], table)) is not None:
        speaker_range = (outlet_at, speaker_range[1])  # "Fox News’ X said": the parser cut the outlet off
    if speaker_range is not None:
        phrase = text[speaker_range[0]:speaker_range[1]]
        lower = " ".join(phrase.lower().split())
        if lower in ("'s", "’s") and re.search(r"\blet\s*$", text[max(0, speaker_range[0] - 8):speaker_range[0]], re.I):
            lower = "us"  # "let’s talk about the benefits": the writer and the reader, no one named "’s"
        head = cand.speaker_head
        anonymous = (head is not None and head.lemma_.lower() in ANONYMOUS_HEADS and not any(
            t.pos_ == "PROPN" or (t.text in table.countries and head.lemma_.lower() in STATE_PEOPLE_NOUNS)
            for t in head.subtree)) or cand.anonymous or (
            # "a sharp-eyed X user", "one onlooker": a private person of no body, unnamed (a platform named is
            # where he wrote, not whom he speaks for)
            head is not None and head.lemma_.lower() in PRIVATE_PERSON_NOUNS and not any(
                t.pos_ == "PROPN" and t.lower_ not in PLATFORMS for t in head.subtree))
        res: Resolution | None = None
        nominal_head: Token | None = None
        mention = people.at(*speaker_range, cand.offset + head.idx if head is not None else None)
        if mention is not None and (after := _titled_name_after(text, mention.end, speaker_range[1])) is not None:
            # "Kauai local Brisen Talley", "Alaska Airlines stewardess Marla Quint": the place or the company the
            # tagger took for a person qualifies the title; the person is the name after it
            mention = people.at(after, speaker_range[1])
        listed = table.find_source(phrase)
        body_nouns = [t for t in (head.subtree if head is not None else ()) if t.lemma_.lower() in OUTLET_NOUNS and (
            head is not None and t.i != head.i and speaker_range[0] <= cand.offset + t.idx < speaker_range[1])]
        if listed is not None and ((head is not None and head.text in listed[1]) or (
                head is None and " ".join(phrase.split()) == listed[1])):
            # an outlet or body of the table ("Huanqiu Shibao"), whatever the NER says; with no head too (the
            # line "Breitbart report:" over its text), whatever person the tagger made of the name elsewhere
            mention = None
        elif head is not None and any((t.i < head.i and not _in_title(t, head)) or (
                t.dep_ == "appos" and t.head.i == head.i) for t in body_nouns):
            # "the French daily Le Monde", "Le Monde, the French daily": an outlet, whatever the NER says; not a
            # person whose title names a body ("X, the deputy chairman of the defence committee")
            mention = None
        elif mention is None and head is not None and _surname_like(head) and (
                head.ent_type_ != "GPE" or head.text not in table.countries):
            # "Stoltenberg" tagged ORG in one sentence, "Nervo" GPE in another, "Toensing" a common noun at the
            # start of one: the surname of a person named before
            mention = people.by_surname(head.text, speaker_range[0])
        elif mention is None and head is None and HEADLINE_NAME.fullmatch(" ".join(phrase.split())):
            mention = people.by_surname(phrase.split()[-1], speaker_range[0])  # "Obama Seeks ..." in a headline
        if mention is not None and mention.person is not None and (
                head is None or head.ent_type_ == "PERSON" or _surname_like(head)):
            res = Resolution(mention.person.name, True, mention.person)
            if mention.person.name != " ".join(phrase.split()):
                first = people.first_of(mention.person, mention)
                if first.start != mention.start:
                    res.antecedent, res.confidence = (first.start, first.end), "coref:same-name"
        elif mention is not None and mention.person is None and head is not None and head.pos_ == "PROPN":
            # a bare surname two people of the article share, named together last: unresolved, and unsure
            res = Resolution(_canonical(phrase), True, confidence="coref:surname-unclear")
        elif lower in PRONOUN_GENDER:
            quote_start = cand.content[0] if cand.content[0] < speaker_range[0] and cand.cue is not None else None
            res = _resolve_pronoun(lower, speaker_range[0], people, last_quoted[0], quote_start, text) or Resolution(
                None, False, confidence="coref:pronoun-unsure")
            quoted = last_quoted[0]
            if cand.cue is not None and CONTINUING_CUE.fullmatch(text[cand.cue[0]:cand.cue[1]].lower()) and (
                    quoted is not None and res.person is not quoted and text[:speaker_range[0]].rstrip().endswith(
                        (",”", ',"', "”", '"'))) and _may_be(quoted, PRONOUN_GENDER[lower]):
                # "“...,” he added" goes on with the speaker quoted last, not with someone named in between
                # ("“A,” K said after the host R asked him about B. “C.” “D,” he added": K)
                res = _last_quoted(people, quoted)
            before_nominal = people.last_nominal
            if cand.cue is not None and CONTINUING_CUE.fullmatch(text[cand.cue[0]:cand.cue[1]].lower()) and (
                    before_nominal is not None and 0 <= cand.content[0] - before_nominal[2] < NOMINAL_WINDOW) and (
                    people.last_said is None or people.last_said[1] <= before_nominal[2]) and \
                    text[:speaker_range[0]].rstrip().endswith((",”", ',"')):
                # "“A,” this reader wrote. “B,” he added": the unnamed person quoted right before goes on
                res = Resolution(before_nominal[0], False, None, before_nominal[1], "coref:pronoun-unsure")
            # a person sure by gender yields only to a role named right before the pronoun
            nominal = _nominal_antecedent(doc, lower, speaker_range[0],
                                          res.antecedent[1] if res.antecedent is not None else -1,
                                          chain=res.confidence != "coref:pronoun-sure")
            if nominal is not None and cand.content[0] <= nominal[0] < cand.content[1]:
                # a role named inside the statement the pronoun closes is spoken about, not speaking ("the
                # vote was delayed so the chairman could attend, he said": not the chairman's words)
                nominal = None
            if nominal is not None:
                # the office or role named after the last name ("The Prime Minister spoke ... He said"): that
                # office holder, resolved to the person the article gives the title when it does, else unnamed
                n_start, n_end, n_head, n_offset = nominal
                holder = _resolve_title(text, (n_start, n_end), n_head, people, table)
                if holder is None and res.person is not None and _renamed_by_role(text, people, res.person,
                                                                                  n_start, n_head):
                    # "Ann Lee opened the fair. The veteran organiser thanked ... She said": the role names again
                    # the person the sentence before had as subject; the pronoun stays that person's (unsure)
                    res.confidence = "coref:pronoun-unsure"
                else:
                    res = holder or Resolution(
                        _speaker_name(text, (n_start, n_end), n_head, n_offset, table.countries)[0], False)
                    res.antecedent, res.confidence = (n_start, n_end), "coref:pronoun-unsure"
                    nominal_head = n_head
        elif lower in AUTHOR_PRONOUNS:
            if cand.nested:
                res = Resolution(None, False, confidence="coref:pronoun-unsure")
            else:
                res = Resolution(doc.meta.author or "the author", doc.meta.author is not None)
                source_type = "author"
        elif lower in PLURAL_PRONOUNS or lower == "it":
            res = _resolve_group(doc, lower, speaker_range[0])
            cue_text = text[cand.cue[0]:cand.cue[1]].lower() if cand.cue is not None else ""
            if res is None and lower == "it" and CONTINUING_CUE.fullmatch(cue_text) and \
                    people.last_body is not None and 0 <= cand.content[0] - people.last_body[2][1] < 1500:
                # "“...,” read a post by Youth Voices Network. “...,” it added": the body quoted last goes on
                res = Resolution(people.last_body[0], True, None, people.last_body[2], "coref:pronoun-unsure")
            res = res or Resolution(None, False, left_out=True)
        else:
            res = _resolve_title(text, speaker_range, head, people, table)
            if res is None and last_quoted[0] is not None and EXPERT_EPITHET.fullmatch(lower.strip()) and (
                    _epithet_of_last_quoted(text, people, last_quoted[0], speaker_range[0], lower.split()[-1])):
                # "“...,” Dr Lund said. ... The climate expert warned": a profession written with "the", no
                # one in the article given it as a title and no new one of that profession brought in since the
                # person quoted last, names that person again (unsure, as a pronoun resolved that way is)
                res = _last_quoted(people, last_quoted[0])
            if res is None and last_quoted[0] is not None and PARTY_EPITHET.fullmatch(lower.strip()):
                # "“...,” Abrams said. ... the Democrat said": a party epithet of one person, the one quoted last
                # (unsure, as a pronoun resolved that way is)
                res = _last_quoted(people, last_quoted[0])
            place_office = PLACE_OFFICE.fullmatch(" ".join(phrase.split()))
            if (res is None or not res.named) and place_office is not None and last_quoted[0] is not None and \
                    last_quoted[0].role == "politician" and place_office.group(1) in table.countries and \
                    _politician_country(text, last_quoted[0], table) in (None, table.countries[place_office.group(1)]):
                # "“...,” Sen. X said. ... the former lieutenant governor of Pennsylvania said": an elected office of
                # a place is the politician quoted last (his title says he holds or held one; no other country
                # given him), unsure, as a pronoun resolved that way is
                res = _last_quoted(people, last_quoted[0])
        if (res is not None and res.left_out) or re.fullmatch(r"[Ww]hom?", phrase.strip()) or \
                re.match(r"Whose\b", phrase.strip()):
            # an unresolved "they" or "it" is no source: the statement stays, its speaker is left out; so is a
            # question's pronoun ("Who sanctioned it?") or a title-case headline's relative ("Imam Whose Son Was ...
            # Blasts Reporters"; "whose mom asks" names someone)
            speaker_range, anonymous = None, True
            evidence += ":speaker-left-out"
            score = min(score, RULE_SCORES["coref:pronoun-unsure"])
        if speaker_range is not None and res is not None and source_type != "author":
            speaker_name, named = res.name, res.named
            if res.confidence:
                score = round(score * RULE_SCORES[res.confidence] if res.confidence != "coref:same-name"
                              else score, 3)
                evidence += f":{res.confidence}"
            if res.antecedent is not None and res.antecedent != speaker_range:
                resolved = Span(start=res.antecedent[0], end=res.antecedent[1], label="antecedent",
                                score=RULE_SCORES.get(res.confidence or "", 0.6), evidence=f"{NAME}:{res.confidence}")
            source_type, country, state, affiliation = _type_source(phrase, head, table, anonymous=False,
                                                                    context="")
            person = res.person
            if person is not None and re.sub(r"^the\s+", "", phrase.strip()) in table.countries:
                person = None  # "Kyiv said": the capital the tagger took for a person speaks for its government
            if person is not None and _named_as_body(text, person.name):
                # "advocacy group J Street ... J Street said": a body the article names after its common noun,
                # whatever person record the tagger's PERSON made of its name
                person = None
                source_type = "organization" if source_type in (None, "person") else source_type
            if person is not None:
                country = country or person.country
                if head is None or head.ent_type_ == "PERSON" or head.pos_ in ("PROPN", "PRON"):
                    # a title in the speaker's own phrase types an untitled person ("X, a law professor at Y")
                    by_title = (source_type in APPOSITIVE_TYPES or bool(body_nouns) or (
                        source_type == "media" and journalist_title(phrase, table))) and lower not in PRONOUN_GENDER \
                        and mention is not None and speaker_range[1] - speaker_range[0] > mention.end - mention.start
                    by_body = appositive_body(phrase, head, table) if person.role is None and not by_title else None
                    source_type = ROLE_TYPES.get(person.role or "", source_type if by_title else "person")
                    if OPERATOR_COMPANY.search(phrase):
                        source_type = "organization"  # "airport operator Aena", tagged a person: a company
                    if by_body is not None:  # "X, CEO of Y": a person, Y's voice (his affiliation)
                        affiliation = affiliation or by_body[1]
                    if source_type == "person" and POLICE_TITLE.match(" ".join(phrase.split())):
                        source_type = "government"  # "Officer Dave Newton": the police's, the state's (round 36)
                elif source_type == "person" and person.role in ROLE_TYPES:
                    source_type = ROLE_TYPES[person.role or ""]
                state = state or source_type == "government"
            elif speaker_name is None:
                source_type = "person" if lower in PRONOUN_GENDER else source_type
            elif nominal_head is not None and res.antecedent is not None:
                # "he" for "the defence secretary": typed as the office is
                source_type, country, state, affiliation = _type_source(
                    text[res.antecedent[0]:res.antecedent[1]], nominal_head, table, anonymous=False, context="")
            elif res.antecedent is not None and (lower in PLURAL_PRONOUNS or lower == "it"):
                # "it said" of a ministry, "they" of a country: typed as what it stands for
                source_type, country, state, affiliation = _type_source(
                    text[res.antecedent[0]:res.antecedent[1]], None, table, anonymous=False, context="")
                source_type = "anonymous" if not res.named and source_type == "person" else source_type
            if nominal_head is not None and source_type == "person" and not res.named and \
                    nominal_head.lemma_.lower() in UNNAMED_PRIVATE_NOUNS:
                source_type = "anonymous"  # "The woman says ... She alleges": the unnamed woman, of no body
            if person is not None and person.role == "politician" and source_type == "person":
                source_type = "politician"
        elif speaker_range is not None and source_type == "author":
            speaker_name, named = res.name if res is not None else "the author", bool(doc.meta.author)
        elif speaker_range is not None:
            speaker_name, named = _speaker_name(text, speaker_range, head, cand.offset, table.countries)
            if speaker_name.lower().startswith("whose ") and (
                    owner := _whose_owner(text, head, cand.offset, table.countries)) is not None:
                possessive = "’" if owner.endswith("s") else "’s"
                speaker_name = f"{owner}{possessive} {speaker_name.split(None, 1)[1]}"
            listed = table.find_source(phrase)
            if listed is not None and surname_like_outlet(head, listed[1]):
                listed = None  # "Michael Bloomberg": a person, not the agency
            # the name the table lists; not for a person of the body ("a Justice Department official" is an
            # official of it, not the department)
            # ("the Tasnim news agency", not "a site run by X")
            if listed is not None and (head is None or head.text in listed[1] or (
                    head.lemma_.lower() in OUTLET_NOUNS and head.lemma_.lower() not in STAFF_NOUNS and any(
                        c.dep_ in ("compound", "nmod", "amod") and c.text in listed[1] for c in head.children))):
                speaker_name, named = listed[0].name, True  # one name per outlet: "Anadolu Ajansı" is Anadolu Agency
            typed = re.sub(r"\bPM\b", TITLE_ABBREVIATIONS["PM"], phrase)  # "the PM" is typed as a prime minister
            source_type, country, state, affiliation = _type_source(typed, head, table, anonymous=anonymous,
                                                                    context="")
            if source_type == "report" and head is not None and head.lemma_.lower() in AUTHORED_NOUNS and (
                    author := _author_of(head)) is not None:
                by_type, by_country, by_state, _ = _type_source(author.text, author.root, table, anonymous=False,
                                                               context="")
                if by_type in ("media", "organization", "government", "academic", "politician"):
                    # "a report by Fox News", "A statement Wednesday by Hillel McGill": the author speaks
                    source_type, country, state = by_type, by_country or country, by_state
                    by_listed = table.find_source(author.text)
                    if author.root.pos_ == "PROPN" or by_listed is not None:
                        speaker_name = by_listed[0].name if by_listed is not None else _canonical(
                            re.sub(r"^the\s+", "", author.text, flags=re.I))
                        named = True
            if source_type in ("report", "organization") and head is not None and (
                    owned := _round36_owner(head, table, source_type)) is not None:
                # "NASA’s own data", "a UN estimate", "a report in The Sun newspaper", "NASA SDO": the listed body
                # that owns, puts out or carries the text speaks (round 36)
                source_type, country, state, speaker_name = owned
                named = True
            if not named and head is not None and (outlet := _publishing_outlet(phrase, head, table)) is not None:
                # "an English translation published by Al Arabiya": the outlet that put the text out names it
                speaker_name, named = outlet, True
            if not named and (state_name := STATE_BY_NAME.fullmatch(" ".join(phrase.split()))) is not None and \
                    state_name.group("name") not in GENERIC_STATE_WORDS and (
                        state_name.group("name") in table.countries or " " not in state_name.group("name")):
                named = True  # "The U.S. government", "the Canadian government", "the Biden administration"
            titled = _titled_name(text, head, cand.offset)
            if titled is not None and listed is None:  # "Jane Roe, Senior Advisor at X": a person, tagged ORG
                speaker_name, named = titled, True
                source_type = "person" if source_type == "organization" else source_type
            spoken = " ".join(text[speaker_range[0]:speaker_range[1]].split())
            if named and (office_of := OFFICE_OF_START.match(spoken)) is not None and (
                    office_name := _name_after_office(office_of.group("rest"))) is not None:
                speaker_name = office_name  # "Minister of Health Oly Ilunga": the name after it
            if _group_of_people(head) or (head is not None and head.ent_type_ == "NORP" and INDEFINITE_START.match(
                    phrase)):  # "Mexicans", "One Republican": people, not a state body
                assert head is not None
                named, state = False, False
                source_type = "politician" if head.lemma_.lower().rstrip("s") in PARTY_GROUPS or (
                    head.lower_ in PARTY_GROUPS) else "anonymous"
            if head is not None and head.lemma_.lower() in STAFF_NOUNS | {"head", "chief"} and source_type in (
                    "government", "person") and not named:
                # a country makes an aide an official, not a lawyer ("American lawyers told ...": no state's)
                official = re.search(r"\b(?:council|ministry|government|office|department|president|minister|"
                                     r"embassy|consulate)\b|"
                                     r"\b(?:district|state's|state’s|u\.s\.|us|city|county|prosecuting) attorney\b|"
                                     r"\battorneys? general\b", lower)
                source_type = "government" if official or STATES_GROUP_MEMBERS.fullmatch(" ".join(phrase.split())) or (
                    country and head.lemma_.lower() not in ("lawyer", "attorney")) else "person"
                served = _principal_type(head, people, speaker_range[0])
                if BODY_ABOVE_STATES.search(phrase) and head.lemma_.lower() in BODY_STAFF_NOUNS:
                    # "European Union officials", "a UN spokesman": the body's voice, of no one country
                    source_type, country, state = "organization", None, False
                elif served is not None and head.lemma_.lower() in PRINCIPAL_STAFF_NOUNS:
                    # "Aides to Mr. Trump", "a Trump aide": the staff of the office holder they serve
                    source_type, state = served, served == "government"
            if source_type in ("person", "government") and not named and (
                    staff_of := staff_body_type(head, table)) is not None and (
                        source_type == "person" or (
                            staff_of[0] != "government" and not STATE_BODY_WORDS.search(phrase))):
                # "a Google spokesman", "members of AAA": unnamed staff of a named body that is no state's speak
                # as the body (round 38's convention, scripts/sources38/README.md), whatever country the body has
                source_type, country, state = staff_of[0], country or staff_of[1], staff_of[2]
            if source_type == "person" and not named and OFFICIALS_AT_PLACE.fullmatch(" ".join(phrase.split())):
                source_type, state = "government", True  # "Officials at the hospital": the state's (round 38)
            if source_type == "person" and named and head is not None and head.pos_ == "PROPN" and \
                    _named_as_body(text, re.sub(r"^the\s+", "", " ".join(phrase.split()))):
                source_type = "organization"  # "Open Harbor said", the article's "advocacy group Open Harbor"
            if source_type == "person" and not named and head is not None and head.pos_ == "NOUN" and \
                    head.lemma_.lower() in UNNAMED_PRIVATE_NOUNS:
                source_type = "anonymous"  # "The woman says ...", "Kavanaugh’s friend": unnamed, of no body
            if source_type == "anonymous" and country is None and affiliation is None and \
                    STATE_OFFICIALS.fullmatch(" ".join(phrase.split())):
                source_type, state = "government", True  # "Health officials say ...": the state's, unnamed
            if anonymous:
                named = False
            if named and head is not None and head.lemma_.lower() in OFFICE_NOUNS and re.fullmatch(
                    r"the\s+\S+", lower) and res is None:
                named = False  # "The Nuncio said": an office, capitalised, names no one
            if head is not None and (office := head.lemma_.lower()) in OFFICE_NOUNS | {"agency"} and (
                    not named or office == "agency"):
                if head.tag_ == "NNS":
                    # "Russian officials ... the official claimed": a plural is no antecedent of one office holder
                    office += " (plural)"
                earlier = people.titled_bodies.get(office)
                if re.fullmatch(r"the\s+\S+", lower) and earlier is not None and \
                        0 <= speaker_range[0] - earlier[4][1] < TITLED_BODY_WINDOW:
                    # "A Pentagon spokesman said ... “...,” the spokesman said": the same office holder, unnamed
                    speaker_name, source_type, country, state, _, named = earlier
                    resolved = Span(start=earlier[4][0], end=earlier[4][1], label="antecedent",
                                    score=RULE_SCORES["coref:pronoun-unsure"], evidence=f"{NAME}:coref:title")
                    evidence += ":coref:title"
                elif source_type in ("government", "organization", "media", "politician") and (
                        INDEFINITE_START.match(phrase) or country is not None or affiliation is not None or
                        re.search(r"\b[A-Z]", phrase)) and not re.fullmatch(r"the\s+\S+", lower):
                    # "A Pentagon spokesman", "the UN refugee agency": whom "the spokesman", "the agency" means
                    people.titled_bodies[office] = (speaker_name, source_type, country, state, speaker_range, named)
            if _idea_subject(head, lower):
                # not dropped: polnear_dev annotates the non-human sources of evidential verbs, and its tuning
                # half has none of these to tell; unsure, and typed as what it is
                speaker_name, named, source_type, state, country = None, False, "abstract", False, None
                score = round(score * RULE_SCORES["idea-subject"], 3)
                evidence += ":idea-subject"
            if lower in SECOND_PERSON:
                # the reader, or whom a quoted speaker addresses ("you spoke about ..."): the span stays the
                # speaker, but "you" is no one the sourcing profile can name
                speaker_name, named, source_type, state = None, False, "anonymous", False
            if not named and affiliation is None:
                orgs = [e for e in _entities_in(head, speaker_range, cand.offset)
                        if e.label_ in ("ORG", "GPE") and head is not None and not (e.start <= head.i < e.end)]
                if orgs:
                    affiliation = re.sub(r"^the\s+", "", orgs[-1].text, flags=re.I)
        if speaker_range is not None and source_type == "person" and named and WRITES_FOR.match(text, speaker_range[1]):
            source_type = "media"  # "Mac Slavo recently reported for SHTFplan:": a journalist (round 36)
        if speaker_range is not None and source_type in ("person", "organization") and named and (
                _reporter_clause(text, speaker_range) or (cand.cue is not None and blog_name(
                    text[speaker_range[0]:speaker_range[1]], text[cand.cue[0]:cand.cue[1]]))):
            # "X's Jane Roe, who has reported on ...", "Zapblog reported": a journalist, a site (round 38)
            source_type = "media"
        if speaker_range is not None and source_type in ("person", "politician") and _is_title(
                text[speaker_range[0]:speaker_range[1]], document_titles(doc)):
            source_type, country, state = "report", None, False  # "according to Amoris Laetitia": a document
        if speaker_range is not None and (short := LINE_END_TITLE.fullmatch(
                text[speaker_range[0]:speaker_range[1]].strip())) is not None and (
                line_name := NEXT_LINE_NAME.match(text, speaker_range[1])) is not None:
            # "... said Sen.\nMark Dalton on Monday": the name on the next line is the speaker
            speaker_range = (speaker_range[0], line_name.end(1))
            speaker_name, named, country = line_name.group(1), True, None
            source_type = LINE_END_TITLE_TYPES[short.group(1).lower()]
            state = source_type == "government"
        if speaker_range is not None and named and res is None and source_type == "person" and \
                _evidence_phrase(text[speaker_range[0]:speaker_range[1]]) and not any(
                    e.label_ == "PERSON" for e in _entities_in(head, speaker_range, cand.offset)):
            # "New Audio From The Night Of The Shooting Reveals ...", "Leaked Emails Show ...": a headline's
            # evidence in title case, no one named (and no one a "she" in the body could mean)
            speaker_name, named, source_type, country, state = _canonical(
                text[speaker_range[0]:speaker_range[1]]), False, "report", None, False
        if speaker_range is not None and named and (res is None or res.person is None) and head is not None and \
                head.lemma_.lower() in OFFICE_NOUNS - {"president", "pope"} and re.fullmatch(
                    r"the\s+\S+", " ".join(text[speaker_range[0]:speaker_range[1]].lower().split())):
            named = False  # "The Nuncio said": an office, capitalised, names no one
        if speaker_range is not None and source_type in ("person", "government", "organization") and \
                NAMED_NEWS_AGENCY.search(flat_phrase := " ".join(text[speaker_range[0]:speaker_range[1]].split())):
            # "the semi-official state news agency X": an outlet, whatever person or office the name resolved to
            source_type, state = "media", state or STATE_AGENCY_WORDS.search(flat_phrase) is not None
        if speaker_range is not None:
            speaker = Span(start=speaker_range[0], end=speaker_range[1], label="speaker", score=score,
                           evidence=evidence)
            if source_type in ("organization", "media", "government") and named and speaker_name and \
                    not cand.weak and res is None and mention is None:
                people.last_body = (speaker_name, source_type, speaker_range)
            if res is None and mention is None and not named and speaker_name and not cand.weak and \
                    lower not in PRONOUN_GENDER and (source_type == "person" or (
                        # a private person, typed anonymous ("this reader", "a Reddit user"): one person still
                        source_type == "anonymous" and head is not None and head.tag_ == "NN")):
                people.last_nominal = (speaker_name, speaker_range, cand.content[1])
            if lower in PRONOUN_GENDER and res is not None and res.person is not None and not _inside_quote(
                    text, speaker_range[0]):
                # lead, round 44: the chain a later pronoun of the gender goes on with (weak statements too)
                people.pronoun_said_l44 = (res, cand.content, speaker_range[0], PRONOUN_GENDER[lower])
            if res is not None and res.person is not None and not cand.weak and not _inside_quote(
                    text, speaker_range[0]):
                # a speaker named inside a quotation (“Petrov knows what he risks,” Kent said) is the quoted
                # speaker's subject: the person quoted last is still the one quoting
                last_quoted[0], people.last_said = res.person, cand.content
            elif res is None and mention is None and named and speaker_name and not cand.weak and (
                    _untagged_person(head, source_type, table.find_source(phrase) is not None) or (
                        # "Igor Petrenko, Moldova's ambassador to ...", the name untagged: an official, a person
                        source_type == "government" and head is not None and head.ent_type_ == "" and
                        head.pos_ == "PROPN" and (m := NAME_THEN_TITLE.match(" ".join(phrase.split()))) is not None
                        and m.group(1) == speaker_name)):
                added = people.add_speaker(speaker_name, *speaker_range)
                if not _inside_quote(text, speaker_range[0]):  # as above: not one named inside a quotation
                    last_quoted[0], people.last_said = added, cand.content
    content = Span(start=cand.content[0], end=cand.content[1], label="content", score=score, evidence=evidence)
    if cand.cue is not None:
        cue = Span(start=cand.cue[0], end=cand.cue[1], label="cue", score=score, evidence=evidence)
    kind = cand.kind
    parts = [r for r in (speaker_range, cand.cue, cand.content) if r is not None]
    start, end = min(p[0] for p in parts), max(p[1] for p in parts)
    return Attribution(start=start, end=end, label=kind, score=round(score, 3), evidence=evidence,
                       kind=kind, speaker=speaker, cue=cue, content=content, source_type=source_type,  # type: ignore[arg-type]
                       speaker_name=speaker_name, source_country=country, state_affiliated=state, named=named,
                       affiliation=affiliation, resolved_from=resolved)


def _evidence_phrase(phrase: str) -> bool:
    """Is a phrase in title case, a headline's, that opens with evidence ("New Audio From ...", "Leaked Emails",
    "Secret Memo")?"""
    words = [w for w in phrase.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    for word in words[:3]:
        low = word.strip(".,:;'’\"“”").lower()
        if low in EVIDENCE_NOUNS or (low.endswith("s") and low[:-1] in EVIDENCE_NOUNS):
            return True
    return False


def _author_of(head: Token) -> SpacySpan | None:
    """The author a text's noun names with "by" or "from" ("a report by Fox News"), cut to its own name: the left
    part of the object's phrase ("Hillel McGill" of "Hillel McGill, Chabad ... and three other groups")."""
    owners = [head, *(c for c in head.children if c.dep_ == "npadvmod")]  # "a statement Wednesday by X"
    for prep in (c for owner in owners for c in owner.children):
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj.doc[obj.left_edge.i:obj.i + 1]
    return None


#: A journalist's verb for the outlet he writes for, right after his name ("X recently reported for Y").
WRITES_FOR = re.compile(r"\s+(?:(?:recently|also|later|first|earlier)\s+)?(?:reported|reports|writes|wrote|writing|"
                        r"reporting)\s+for\s+(?:the\s+)?[A-Z]")
#: A relative clause after a named speaker that makes him a reporter ("X, who has extensively reported on ...").
REPORTER_CLAUSE = re.compile(r"(?:,?\s*who)?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:reported|written|covered)\s+"
                             r"(?:on|about|for)\b")


def _reporter_clause(text: str, speaker_range: tuple[int, int]) -> bool:
    """Does a "who" clause make the named speaker a reporter ("X's Jane Roe, who has reported on ...")? The "who"
    ends the speaker's span or follows it; "Roe has written about it" (the cue itself) is no such clause."""
    m = REPORTER_CLAUSE.match(text, speaker_range[1])
    return m is not None and ("who" in m.group(0) or re.search(r",?\s*who$", text[speaker_range[0]:speaker_range[1]])
                              is not None)


#: Outlet nouns after an outlet's name ("a report in The Sun newspaper").
OUTLET_TAIL = re.compile(r"\s+(?:newspaper|paper|tabloid|daily|magazine|website|site)$", re.I)


def _round36_owner(head: Token, table: SourceTable, source_type: str) -> tuple[str, str | None, bool, str] | None:
    """(type, country, state, name) of the listed body a text or a part of a body belongs to, or None: the
    possessive or the modifier of an evidence noun ("NASA’s own data", "a UN estimate"), its "by"/"from" object
    ("data from NASA’s Spaceweather"), an outlet it appeared "in" ("a report in The Sun newspaper"); or, for an
    organization, the listed state body before the head's own name ("NASA SDO": a state body's mission or unit)."""
    low = head.lemma_.lower()
    spans: list[str] = []
    if source_type == "organization":
        if head.pos_ != "PROPN" or head.i == 0:
            return None
        spans = [c.text for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    elif low in EVIDENCE_NOUNS or (low.endswith("s") and low[:-1] in EVIDENCE_NOUNS):
        for c in head.children:
            if c.dep_ in ("poss", "compound") and c.i < head.i:
                spans.append(head.doc[c.left_edge.i:c.i + 1].text)
            elif c.dep_ == "prep" and c.lower_ in ("by", "from", "in"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is None:
                    continue
                text = head.doc[obj.left_edge.i:obj.i + 1].text
                if c.lower_ == "in":
                    text = OUTLET_TAIL.sub("", text)  # only an outlet carries a report "in" it
                spans.append(text)
    for text in spans:
        found = table.find_source(re.sub(r"['’]s?$", "", text.strip()))
        if found is None:
            continue
        entry = found[0]
        if source_type == "organization" and entry.type != "government":
            continue
        if source_type == "report" and entry.type not in ("government", "organization", "media", "academic"):
            continue
        if "in" in [c.lower_ for c in head.children if c.dep_ == "prep"] and entry.type != "media" and not any(
                c.dep_ in ("poss", "compound") or c.lower_ in ("by", "from") for c in head.children):
            continue  # "a report in the Pentagon": a place it lies, no author
        if entry.type == "government" and entry.country is None and BODY_ABOVE_STATES.search(found[1]):
            return "organization", None, False, entry.name  # "a UN estimate": a body above states, no state's
        return entry.type, entry.country, entry.state_affiliated or entry.type == "government", entry.name
    return None


def _name_subject(head: Token | None) -> bool:
    """The speaker phrase is a word naming a thing (NAME_NOUNS), as a singular common noun: "As the name
    suggests, ...", "As its title implies, ...". The attribution is dropped: the name is no speaker, and what it
    "suggests" is the writer's own reading of it."""
    return head is not None and not head.ent_type_ and head.tag_ == "NN" and head.lemma_.lower() in NAME_NOUNS


def _idea_subject(head: Token | None, phrase: str) -> bool:
    """The speaker phrase is a discipline, a doctrine or a faculty of the mind (IDEA_NOUNS), as a common noun:
    "History tells us that ...", "Experience suggests that ...", "Common sense dictates that ...". A word
    capitalised only because it opens the sentence counts when the entity tagger left it alone ("Experience ...");
    one it tagged ("Science" as an organisation) may be the journal or the magazine, and is left as it is."""
    if head is None or head.ent_type_ or not (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_sent_start)):
        return False
    return head.lemma_.lower() in IDEA_NOUNS or any(  # a compound of the list ("common sense") ends the phrase
        " " in noun and noun.endswith(f" {head.lower_}") and phrase.endswith(noun) for noun in IDEA_NOUNS)


# ------------------------------------------------------------------------------------------ one source per speaker

#: Sources typed as people: their mentions are merged by surname when the article's persons are built
#: (``_article_people``); a trailing word of a person's name is no alias of a body.
PERSON_TYPES = frozenset({"person", "politician", "author", "anonymous"})
#: Source types no person has: a person typed so is a tagger's mistake.
BODY_TYPES = frozenset({"organization", "report"})


#: British and American spellings of one body's name ("the Defence Ministry", "the Defense Ministry").
SPELLING_VARIANTS = {"defence": "defense", "organisation": "organization", "programme": "program"}


def _source_key(name: str) -> str:
    """The key under which case and spelling variants of one source meet: "THE GUARDIAN", "the Guardian",
    "Guardian"; "Defence Ministry", "Defense Ministry"."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).replace("’", "'").casefold().split()
    return " ".join(SPELLING_VARIANTS.get(w, w) for w in words)


#: Body nouns that a definite "the ministry", "the agency" uses to point back at a body named earlier.
BODY_BACK_REFERENCES = frozenset({
    "ministry", "agency", "company", "department", "commission", "committee", "embassy", "council", "court",
    "office", "organization", "organisation", "party", "administration", "channel", "newspaper", "network",
    "union", "firm", "bank", "institute", "foundation", "group"})


#: Body nouns that stand for any kind of organisation, not for one named with that noun: "the organization" after
#: "the International Atomic Energy Agency", "the group" after a named group quoted before.
GENERIC_BODY_NOUNS = frozenset({"organization", "group"})
#: A body's full name in the text: capitalised words ending in a word bodies' names end in.
BODY_FULL_NAME = re.compile(r"\b(?:[A-Z][\w’'-]+\s+(?:(?:of|for|on|and)\s+)?){1,5}"
                            r"(?:Agency|Organi[sz]ation|Association|Federation|Fund|Foundation|Institute|Society|League|Alliance|Forum|Programme|Program|"
                            r"Network|Coalition)\b")
#: How far before "the organization" its antecedent may be.
GENERIC_BODY_WINDOW = 1500


def _named_body_before(text: str, pos: int, last_body: Attribution | None, noun: str) -> dict[str, object] | None:
    """What "the organization" / "the group" said stands for: the organisation named last before it, within
    ``GENERIC_BODY_WINDOW``: a named organisation quoted before, or (for "the organization" only) a body's full
    name in the text ("the International Atomic Energy Agency, the UN's nuclear watchdog, ... The organization
    told ..."). Named, of no country when the name is of a body above states. None when neither is in reach."""
    start = max(0, pos - GENERIC_BODY_WINDOW)
    quoted = last_body if last_body is not None and last_body.speaker is not None and \
        last_body.speaker.end > start else None
    written = None
    if noun == "organization":
        written = next(reversed(list(BODY_FULL_NAME.finditer(text, start, pos))), None)
    if written is not None and (quoted is None or quoted.speaker is None or written.start() > quoted.speaker.start):
        name = re.sub(r"^(?:The|A|An)\s+", "", written.group(0))
        return {"speaker_name": name, "named": True, "source_type": "organization", "source_country": None,
                "state_affiliated": False,
                "resolved_from": Span(start=written.start(), end=written.end(), label="antecedent",
                                      score=RULE_SCORES["coref:pronoun-unsure"], evidence=f"{NAME}:coref:body-noun")}
    if quoted is None or quoted.speaker is None:
        return None
    return {"speaker_name": quoted.speaker_name, "named": True, "source_type": quoted.source_type,
            "source_country": quoted.source_country, "state_affiliated": quoted.state_affiliated,
            "resolved_from": Span(start=quoted.speaker.start, end=quoted.speaker.end, label="antecedent",
                                  score=RULE_SCORES["coref:pronoun-unsure"], evidence=f"{NAME}:coref:body-noun")}


def known_bodies(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """A bare definite body noun ("the ministry said") is the body of that kind the article cited last by name
    ("the Russian Defence Ministry said ... the ministry said"), in the source list: its name, type, country and
    state affiliation, and the earlier mention as ``resolved_from``. The speaker span is unchanged; the statement is
    ``named``, as one whose "he" or "the minister" was resolved to a named person is: its source is a body the
    article names, not an anonymous one, and the article's source list counts it once, with its name. No named body
    of that kind cited before: unchanged."""
    update: dict[int, dict[str, object]] = {}
    last: dict[str, Attribution] = {}
    last_body: Attribution | None = None
    for a in sorted(attributions, key=lambda x: x.start):
        if a.speaker is None:
            continue
        words = _source_key(text[a.speaker.start:a.speaker.end]).split()
        phrase = text[a.speaker.start:a.speaker.end].strip()
        if (len(words) == 1 and words[0] in BODY_BACK_REFERENCES and phrase.lower().startswith("the ")
                and not a.named):
            noun = SPELLING_VARIANTS.get(words[0], words[0])
            earlier = last.get(noun)
            if earlier is None and noun in GENERIC_BODY_NOUNS:
                named_body = _named_body_before(text, a.speaker.start, last_body, noun)
                if named_body is not None:
                    update[id(a)] = named_body
                    continue
            if earlier is not None and earlier.speaker is not None:
                update[id(a)] = {
                    "speaker_name": earlier.speaker_name, "named": True, "source_type": earlier.source_type,
                    "source_country": earlier.source_country, "state_affiliated": earlier.state_affiliated,
                    "resolved_from": Span(start=earlier.speaker.start, end=earlier.speaker.end, label="antecedent",
                                          score=RULE_SCORES["coref:pronoun-unsure"],
                                          evidence=f"{NAME}:coref:body-noun")}
            continue
        if a.named and a.speaker_name and a.source_type == "organization":
            last_body = a
        if a.named and a.speaker_name and a.source_type not in PERSON_TYPES:
            key = _source_key(a.speaker_name).split()
            if len(key) > 1 and key[-1] in BODY_BACK_REFERENCES:
                last[SPELLING_VARIANTS.get(key[-1], key[-1])] = a
    if not update:
        return attributions
    return [a.model_copy(update=update[id(a)]) if id(a) in update else a for a in attributions]


def known_people(attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """A named person the source table gives no country (no nationality or office in the phrase: "President Joe
    Biden", "Dmitry Medvedev, Deputy Chairman of the Security Council") takes the country the bundled actor
    dictionary gives that name, as the actors layer does; a person the tagger typed as an organisation becomes a
    person. The dictionary's aliases are whole names, matched on the whole speaker name."""
    from ..actors import load_dictionary, phrase_key

    dictionary = load_dictionary()
    alpha2 = alpha2_codes(table)
    update: dict[int, dict[str, object]] = {}
    for a in attributions:
        if not (a.named and a.speaker_name and a.source_type in ("person", "politician", "government",
                                                                 "organization")):
            continue
        if a.source_country is not None and a.source_type != "organization":
            continue
        idx = dictionary.aliases.get(phrase_key(a.speaker_name))
        entry = dictionary.entries[idx] if idx is not None else None
        if entry is None or entry.type != "person":
            continue
        change: dict[str, object] = {}
        if a.source_type == "organization":
            change["source_type"] = "person"
        if a.source_country is None and entry.country in alpha2:
            change["source_country"] = alpha2[str(entry.country)]
        if change:
            update[id(a)] = change
    if not update:
        return attributions
    return [a.model_copy(update=update[id(a)]) if id(a) in update else a for a in attributions]


#: Titles of legislators before their names (capitalised, as titles are).
LEGISLATOR_TITLE = re.compile(r"\b(?:Sen\.|Senator|Rep\.|Congress(?:man|woman)|MPs?|MEP|(?:Vice |Deputy )?Speaker|"
                              r"Representative|Assembly(?:man|woman)|Lawmaker)(?=\s|$)")
#: A cabinet secretary's title before the name ("Defence Secretary X", "Secretary of State X"); no
#: "Secretary-General" of a body above states.
CABINET_SECRETARY = re.compile(r"\b(?:(?:Defen[cs]e|Home|Foreign|Health|Interior|Treasury|Energy|Education|Transport|"
                               r"Justice|Environment|Culture|Business|Trade|Press|Cabinet|Homeland Security)\s+"
                               r"Secretary|Secretary\s+of\s+(?:State|Defen[cs]e|the\s+[A-Z]\w+|[A-Z]\w+))\b"
                               r"(?![- ]General)")


#: A state's lawyers and judges by their titles before a name ("public defender X", "assistant district attorney
#: X", "Judge X"); not "defense attorney X" (a private lawyer).
STATE_LAWYER_TITLE = re.compile(r"\b(?:public defender|district attorney|state['’]?s? attorney|prosecutor|"
                                r"attorney general|solicitor general|judge|magistrate)\b", re.IGNORECASE)
#: A title held once, not now ("former prosecutor X").
OUT_OF_OFFICE = re.compile(r"\b(?:former|ex|onetime|one-time|retired|then)\b", re.IGNORECASE)
#: One who runs for an office, by the title before his name ("presidential candidate X", "Democratic nominee X").
CANDIDATE_TITLE = re.compile(r"\b(?:candidate|nominee|running mate)\b", re.IGNORECASE)
#: A party's or an election campaign's worker named right before ("X, who works for the Ohio Democratic Party",
#: "X, who is the county commissioner and also works on Carter's campaign", "X, a campaign staffer"): not "works on
#: the company's ad campaign" (a campaign of no election: lowercase before "campaign").
PARTY_WORKER_AFTER = re.compile(
    r",\s+(?:who\s+(?:[^,.;:]{0,60}?\s)?works?\s+(?:for|on|with|in)\s+(?:the\s+)?[^,.;:]{0,60}?"
    r"(?:\b[Pp]arty\b|(?:\b(?:re-?election|election|presidential|gubernatorial|senate|mayoral|congressional)|"
    r"\b[A-Z][\w'’-]*['’]s)\s+campaign\b)"
    r"|(?:who\s+(?:is|was)\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:campaign|party)\s+(?:staffer|aide|worker|"
    r"volunteer|official|manager|chair(?:man|woman)?|spokes(?:man|woman|person)|strategist|operative|organi[sz]er|"
    r"advis[eo]r)\b)")
#: The Pope by his title: of the Holy See.
POPE_TITLE = re.compile(r"(?<![\w-])Pope\b")
#: An office in a state's body in apposition after a name ("X, an international affairs assistant in Iran's
#: judiciary", "X, a spokesman for the Iranian government"): the state's official. Not a legislature's member, nor
#: one who only deals with the body ("a critic of Iran's government": no office noun).
STATE_STAFF_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:(?:senior|top|chief|deputy|international|foreign|legal|political|economic|press|"
    r"security|media|affairs|public)\s+){0,4}(?:assistant|adviser|advisor|aide|official|spokes(?:man|woman|person)|"
    r"director|head|chief)\s+(?:in|at|of|to|for|with)\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+(?:judiciary|government|presidency|"
    r"(?:foreign|defen[cs]e|interior|intelligence|justice)\s+ministry|ministry\s+of\s+[A-Z][\w ]{2,30}|"
    r"armed\s+forces|military)\b")


#: Words of bodies above states: their office holders speak for no one country.
INTERNATIONAL_WORDS = re.compile(r"\b(?:UN|U\.N\.|United Nations|NATO|EU|European|International|World|Global|"
                                 r"Secretary[- ]General|Interpol|IAEA|OSCE|IMF|OPEC|African Union|G7|G20)\b")

#: Unnamed people of a state's service: of a named country ("a senior Canadian official"), they speak for its
#: government, like "a US embassy official"; unqualified ("an official said"), they stay anonymous.
STATE_PEOPLE_NOUNS = frozenset({"official", "diplomat"})

#: Common nouns for private people who speak for no body ("a Reddit user", "an onlooker"): unnamed, anonymous.
PRIVATE_PERSON_NOUNS = frozenset({"user", "attendee", "bystander", "passer-by", "passerby", "onlooker", "eyewitness",
                                  "commenter", "commentor", "viewer", "reader", "listener", "neighbour", "neighbor",
                                  "spectator", "passenger", "shopper", "rally-goer", "concertgoer", "churchgoer"})

#: A surname right before a US party-and-state tag: "John Doe (D-Pa.)".
US_TAGGED_NAME = re.compile(rf"([A-Z][\w'’-]+)\s*{US_PARTY_TAG.pattern}")

#: Offices only the US federal government has, before a name ("Secretary of State Mike Pompeo", "Treasury Secretary
#: X", "White House chief of staff X"): not "Secretary of State for Defence" (a British minister's full title), nor
#: after words that name another state ("Vatican Secretary of State X", ``us_office_names``). The surname is taken.
US_OFFICE_NAME = re.compile(
    r"\b(?:Secretary of State(?! for)|Treasury Secretary|Secretary of the Treasury|Homeland Security Secretary|"
    r"Secretary of Homeland Security|White House (?:chief of staff|press secretary|spokes(?:man|woman|person)|"
    r"counsel|adviser|advisor))\s+(?:(?:[A-Z][\w.'’-]*|[A-Z]\.)\s+){0,3}?([A-Z][\w'’-]+)\b(?!\s+[A-Z])")
#: The text names the US (a US office title means the US only where the story is about it at all).
US_NAMED = re.compile(r"\b(?:U\.S\.|US|USA|United States|America|American|Washington|White House)\b")


def us_office_names(text: str, table: SourceTable) -> set[str]:
    """Surnames of holders of an office only the US government has ("Secretary of State X", "Treasury Secretary
    X", "White House chief of staff X") in a text that names the US; not where the words just before the title
    name another state ("the Vatican's Secretary of State X", "Saudi Secretary of State X")."""
    if not US_NAMED.search(text):
        return set()
    out = set()
    for m in US_OFFICE_NAME.finditer(text):
        before = " ".join(text[max(0, m.start() - 40):m.start()].split()[-3:])
        other = table.country_in(before)
        if other not in (None, "US") or re.search(r"\b(?:Vatican|Holy See|Cardinal|Church)\b", before):
            continue
        out.add(m.group(1))
    return out


#: Speaker types that hold or seek a national office: the ones a one-country story's country is given to.
OFFICE_TYPES = frozenset({"government", "politician"})


def country_counts(text: str, table: SourceTable) -> dict[str, int]:
    """How often the text names each country of the table (by name, adjective or capital), less the countries
    named as an inquiry's topic ("the Russia probe"), plus the US's own institutions (lead, round 43)."""
    compiled = table._pattern("countries")
    pattern, forms = compiled
    # round 44 (speed45): the counts of the last few texts, kept by the text and the table's own compiled entry
    # (the (pattern, forms) pair the table makes once and keeps: one per table, so two tables never share one),
    # handed out as a copy (callers add to it): the same dict, in the same insertion order, as a fresh count
    key = (text, id(compiled))
    hit = _COUNTRY_COUNTS_45.get(key)
    if hit is not None and hit[0] is compiled:
        return dict(hit[1])
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        code = forms.get(m.group(0))
        if isinstance(code, str) and not TOPIC_NOUN_L43.match(text, m.end()):
            counts[code] = counts.get(code, 0) + 1
    if institutions := us_institutions_l43(text):
        counts["US"] = counts.get("US", 0) + institutions
    if len(_COUNTRY_COUNTS_45) >= 8:
        _COUNTRY_COUNTS_45.clear()
    _COUNTRY_COUNTS_45[key] = (compiled, dict(counts))
    return counts


#: round 44 (speed45): :func:`country_counts`' last results, (text, id of the table's compiled entry) -> (that
#: entry, counts).
_COUNTRY_COUNTS_45: dict[tuple[str, int], tuple[tuple[re.Pattern[str], dict[str, object]], dict[str, int]]] = {}


def story_country(text: str, table: SourceTable) -> str | None:
    """The one country a story is set in: the country the text names (by name, adjective or capital) at least
    twice and at least twice as often as any other; a US party-and-state tag ("Sen. X (D-VA)") counts for the
    US. None when two countries share the story ("Russia warned Finland ...") or none is named."""
    counts = country_counts(text, table)
    tags = len(US_PARTY_TAG.findall(text))
    if tags:
        counts["US"] = counts.get("US", 0) + tags
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


#: An embassy or a consulate, of whichever country.
EMBASSY_WORD = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulate)\b")
#: After a country's name or adjective: its embassy ("the US embassy", "Britain's consulate").
EMBASSY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[Ee]mbassy|[Cc]onsulate)\b")
#: Before a country's name: its embassy ("the Embassy of France").
EMBASSY_OF = re.compile(r"\b(?:[Ee]mbassy|[Cc]onsulate)(?:[- ]general)?\s+of\s+(?:the\s+)?$")


def embassy_country(text: str, table: SourceTable) -> str | None:
    """The country of the one embassy (or consulate) a text names with its country ("The US embassy in China
    issued ...", "the Embassy of France"); None when it names none or embassies of two countries."""
    if not EMBASSY_WORD.search(text):
        return None
    pattern, forms = table._pattern("countries")
    found = set()
    for m in pattern.finditer(text):
        code = forms.get(m.group(0))
        if isinstance(code, str) and (EMBASSY_AFTER.match(text, m.end()) or EMBASSY_OF.search(
                text[max(0, m.start() - 30):m.start()])):
            found.add(code)
    return next(iter(found)) if len(found) == 1 else None


#: A ministry (or the government) named without its country.
MINISTRY_WORD = re.compile(r"\b(?:[Mm]inistry|[Mm]inister|[Gg]overnment|[Cc]abinet)\b")
#: A dateline opening a paragraph: "BEIJING:", "KYIV (Reuters) -", "PARIS, Oct 3 —".
DATELINE_CITY = re.compile(r"(?m)^[^\S\n]*(?P<city>[A-Z][A-Z.'’ -]*[A-Z])(?:,[^\n:—–]{1,30}?)?[^\S\n]*"
                           r"(?:\([^)\n]{1,40}\)[^\S\n]*)?(?::|—|–|-{1,2})\s")


def dateline_country(text: str, table: SourceTable) -> str | None:
    """The country of the city a dateline names in capitals in the first 600 characters ("BEIJING: ..."), when the
    source table knows that city (or country)."""
    for m in DATELINE_CITY.finditer(text, 0, 600):
        city = " ".join(w.capitalize() for w in m.group("city").split())
        if (code := table.countries.get(city)) is not None:
            return code
    return None


def implied_country(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """An office holder or legislator of no printed country in a one-country story is of that country
    ("Defence Secretary X said" in a story about Britain; "Sen. X (D-VA)"; "the Justice Department said" in a
    US story). Bodies above states ("the NATO chief", a table entry of no country) and the other types (people,
    outlets, companies) keep what the text gives them."""
    country = story_country(text, table)
    # an embassy named bare ("the embassy said", "an embassy spokeswoman") is the one the text names with its
    # country ("The US embassy in China"): of that country, not of the one it stands in
    embassy = embassy_country(text, table)
    # surnames the text tags with a US party and state anywhere ("Sen. John Doe (D-Pa.) ... Doe said"): those
    # people are of the US whatever country the story is about (a US senator at a rally for Israel)
    tagged = {m.group(1) for m in US_TAGGED_NAME.finditer(text)}
    # and so are the holders of an office only the US government has ("Secretary of State X", "Treasury Secretary
    # X") in a story that names the US: a US secretary in a story about Saudi Arabia is not Saudi
    officers = us_office_names(text, table)
    # a "BEIJING:" dateline gives a ministry named bare ("Foreign Ministry spokesman X") its country where the story
    # has no one country
    dateline = dateline_country(text, table)
    countrys = "the country's" if re.search(r"\b(?:country|nation)['’]s\b", text) else None
    pattern, forms = table._pattern("countries")

    def implied(s: Attribution | AttributionSource) -> str | None:
        if s.speaker is None or s.source_country is not None:
            return None
        phrase = text[s.speaker.start:s.speaker.end]
        if embassy is not None and s.source_type in (*OFFICE_TYPES, "report") and EMBASSY_WORD.search(
                f"{phrase} {s.speaker_name or ''} {s.affiliation or ''}"):
            return embassy
        if countrys and s.source_type in OFFICE_TYPES and COUNTRY_OFFICE.search(phrase):
            # "The country's health chief X": of the country the text named last before him
            named_before = [c for m in pattern.finditer(text, 0, s.speaker.start)
                            if isinstance(c := forms.get(m.group(0)), str)]
            if named_before:
                return named_before[-1]
        if country is None and dateline is not None and s.source_type == "government" and MINISTRY_WORD.search(
                phrase) and not INTERNATIONAL_WORDS.search(phrase):
            return dateline
        surname = s.speaker_name.split()[-1] if s.speaker_name else None
        if tagged and s.source_type in PERSON_TYPES and surname in tagged:
            return "US"
        if officers and s.named and s.source_type in (*PERSON_TYPES, "government") and surname in officers:
            return "US"
        if country is None or s.source_type not in OFFICE_TYPES:
            return None
        if unnamed_force(phrase, table):
            return None  # "investigators", "an officer": a force of no printed country (round 37's convention)
        if re.search(r"\b(?:countries|states|nations|governments|capitals)$", phrase):
            return None  # "nine countries": several states, none of them the story's
        if INTERNATIONAL_WORDS.search(phrase) or INTERNATIONAL_WORDS.search(s.speaker_name or "") or \
                INTERNATIONAL_WORDS.search(s.affiliation or ""):
            return None
        listed = table.find_source(s.affiliation) if s.affiliation else None
        if listed is not None and listed[0].country is None:
            return None  # a body the table knows and gives no country: international
        return country

    # a person given a country by one phrase ("embassy spokeswoman X") has it in the others ("X said")
    by_name: dict[str, str] = {}
    for a in attributions:
        speakers_of: list[Attribution | AttributionSource] = [a]
        speakers_of.extend(a.sources)
        for said in speakers_of:
            if said.named and said.speaker_name and said.source_type in OFFICE_TYPES and (
                    c := implied(said)) is not None:
                by_name[said.speaker_name] = c

    def implied_or_named(s: Attribution | AttributionSource) -> str | None:
        found = implied(s)
        if found is None and s.speaker is not None and s.source_country is None and s.named and \
                s.source_type in OFFICE_TYPES:
            return by_name.get(s.speaker_name or "")
        return found

    out: list[Attribution] = []
    for a in attributions:
        sources = [src.model_copy(update={"source_country": c}) if (c := implied_or_named(src)) else src
                   for src in a.sources]
        update: dict[str, object] = {}
        if (c := implied_or_named(a)) is not None:
            update["source_country"] = c
        if sources != list(a.sources):
            update["sources"] = sources
        out.append(a.model_copy(update=update) if update else a)
    return out


#: alpha2_codes' answers by table (the table kept with them, so that its id is not reused).
_ALPHA2_CODES: dict[int, tuple[SourceTable, dict[str, str]]] = {}


def alpha2_codes(table: SourceTable) -> dict[str, str]:
    """The actor dictionary's three-letter country codes to the source table's two-letter ones, read through the
    country names both tables share. Worked out once per table: it reads every country form of the table (1 ms
    an article at 400 forms, growing with the table)."""
    cached = _ALPHA2_CODES.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    from ..actors import country_code_pairs, load_dictionary

    out: dict[str, str] = {}
    for iso2, code in country_code_pairs(table.countries, load_dictionary()):
        out.setdefault(code, iso2)
    _ALPHA2_CODES[id(table)] = (table, out)
    return out


def _display_rank(name: str) -> tuple[int, int]:
    """Which of a source's spellings to show: not shouted in capitals, then the longest."""
    letters = [ch for ch in name if ch.isalpha()]
    shouted = bool(letters) and all(ch.isupper() for ch in letters) and len(letters) > 3
    return (0 if shouted else 1, len(name))


#: The longest body name a short one may join ("House Oversight and Government Reform Committee").
ALIAS_MAX_WORDS = 7


def merge_sources(attributions: list[Attribution], people: People | None = None) -> list[Attribution]:
    """One source per speaker in the article's source list (``speaker_name`` and its type).

    - Case variants of one name are one source ("BORIS Johnson", "Boris Johnson"; "THE GUARDIAN", "the
      Guardian"): shown under the spelling that is not in capitals.
    - A named body or outlet cited by the last words of its name is the body named in full elsewhere in the
      article ("the Times" beside "The New York Times", "the Post" beside "The Washington Post"), when only one
      full name in the article ends with those words.
    - A body keeps one type, country and state affiliation: those of its fullest spelling (the one the source
      table most likely matched). People are merged by surname before this (``_article_people``) and keep theirs;
      a surname the tagger took for a body ("Trump" typed organization) joins the one person of that surname.

    Spans, scores and evidence are unchanged: only the names and types the source list counts."""
    named = [a for a in attributions if a.speaker_name and a.named and a.source_type != "author"]
    if len(named) < 2:
        return attributions
    groups: dict[str, list[Attribution]] = {}
    for a in named:
        groups.setdefault(_source_key(a.speaker_name or ""), []).append(a)
    persons = people.persons() if people is not None else []
    person_keys = {_source_key(p.name) for p in persons}
    surnames: dict[str, list[str]] = {}
    for p in persons:
        surnames.setdefault(p.key, []).append(_source_key(p.name))
    # a short body name that ends exactly one longer body name of the article joins it
    bodies = {k for k, same in groups.items() if k not in person_keys
              and any(a.source_type not in PERSON_TYPES for a in same)}
    alias: dict[str, str] = {}
    for short in list(bodies):
        owner = surnames.get(short, [])
        if len(owner) == 1 and owner[0] in groups:  # "Trump" typed a body beside "Donald Trump" quoted
            alias[short] = owner[0]
            bodies.discard(short)
    names = [k for k in bodies if len(k.split()) <= ALIAS_MAX_WORDS and "," not in k]
    for short in bodies:
        if short in alias:
            continue
        words = short.split()
        if len(words) > 2:
            continue
        # not after a preposition: "China" is no short name of "the US Mission in China"
        longer = [k for k in names if k != short and len(k.split()) > len(words) and k.split()[-len(words):] == words
                  and k.split()[-len(words) - 1] not in ("in", "of", "to", "at", "for", "on", "from")]
        if len(longer) > 1:  # "the Post" after "The Washington Post", before "The Huffington Post": the one before
            first = min(a.start for a in groups[short])
            before = {k: max((a.start for a in groups[k] if a.start < first), default=-1) for k in longer}
            longer = [max(longer, key=lambda k: before[k])] if max(before.values()) >= 0 else []
        if len(longer) == 1:
            alias[short] = longer[0]
    merged: dict[str, list[Attribution]] = {}
    for key, same in groups.items():
        merged.setdefault(alias.get(key, key), []).extend(same)
    update: dict[int, dict[str, object]] = {}
    for key, same in merged.items():
        full = [a for a in same if _source_key(a.speaker_name or "") == key]
        # of spellings that rank alike, the type most of the group's attributions give, then an office's ("Trump"
        # of a title-case headline the tagger took for a body, beside "President Trump" typed as the office), not
        # the first one's
        type_votes = Counter(a.source_type for a in same)
        best = max(full or same, key=lambda a: (_display_rank(a.speaker_name or ""), type_votes[a.source_type],
                                                a.source_type in OFFICE_TYPES))
        for a in same:
            change: dict[str, object] = {}
            if a.speaker_name != best.speaker_name:
                change["speaker_name"] = best.speaker_name
            if key in bodies or (key in alias.values() and key not in person_keys):  # a body: one type
                for field_name in ("source_type", "source_country", "state_affiliated"):
                    if getattr(a, field_name) != getattr(best, field_name):
                        change[field_name] = getattr(best, field_name)
            if key in person_keys and a.source_type not in PERSON_TYPES and _source_key(
                    a.speaker_name or "") != key:  # a person's surname typed as a body: typed as the person
                person_type = next((b for b in same if _source_key(b.speaker_name or "") == key), None)
                if person_type is not None:
                    for field_name in ("source_type", "source_country", "state_affiliated"):
                        if getattr(a, field_name) != getattr(person_type, field_name):
                            change[field_name] = getattr(person_type, field_name)
            elif key in person_keys and (typed := [b for b in same if b.source_type not in BODY_TYPES or (
                    b.affiliation and b.speaker_name and b.affiliation not in b.speaker_name)]):
                # (a person with a body's type who speaks for another body, "X, CEO of Y", counts too)
                # a person keeps one type: the most telling one ("the mayor" over "de Blasio", "X, a law professor"
                # over "Mr. X", "President Trump" over a bare "Trump" the tagger took for a body), the one most of
                # its attributions give where several are, from the fullest phrase that gives it
                votes = Counter(b.source_type for b in typed)
                person_type = max(typed, key=lambda b: (b.source_type not in ("person", "anonymous"),
                                                        votes[b.source_type], b.speaker.end - b.speaker.start
                                                        if b.speaker else 0))
                for field_name in ("source_type", "source_country", "state_affiliated"):
                    if getattr(a, field_name) != getattr(person_type, field_name):
                        change[field_name] = getattr(person_type, field_name)
            if change:
                update[id(a)] = change
    if not update:
        return attributions
    return [a.model_copy(update=update[id(a)]) if id(a) in update else a for a in attributions]


# ------------------------------------------------------------------------------------------ round 35 (issue 16)

#: The common nouns a body is named after ("advocacy group X", "the charity X"), right before a name.
BODY_COMMON_NOUNS = (r"(?:group|organi[sz]ation|charity|nonprofit|non-profit|NGO|think[- ]tank|lobby|coalition|"
                     r"movement|network|alliance|association|foundation)")
#: An outlet's name ending in "s" with a bare curly or straight apostrophe right before a speaker ("Fox News’ ").
BARE_POSSESSIVE_BEFORE = re.compile(r"(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}s)[’']\s+$")


#: A body's common noun and the space after it (round 43, speed44): the head of ``_named_as_body``'s search.
BODY_NOUN_HEAD_44 = re.compile(rf"\b{BODY_COMMON_NOUNS}\s+")


@lru_cache(maxsize=4)
def _body_noun_in_44(text: str) -> bool:
    """Does ``text`` hold a body's common noun and a space anywhere (round 43, speed44)? Where the noun, the space
    and a name match, this matches too; with none, no per-name pattern is compiled or run."""
    return BODY_NOUN_HEAD_44.search(text) is not None


def _named_as_body(text: str, name: str) -> bool:
    """Does the article name ``name`` right after a body's common noun ("activist group J Street")?"""
    return len(name) > 2 and _body_noun_in_44(text) and \
        re.search(rf"\b{BODY_COMMON_NOUNS}\s+{re.escape(name)}\b", text) is not None


def _outlet_before(text: str, start: int, table: SourceTable) -> int | None:
    """Where an outlet of the table starts that owns the speaker at ``start`` by a bare apostrophe ("Fox News’ Sean
    X", "CBS News' Y"): the parser splits at the curly one and leaves the outlet out; None when there is none."""
    m = BARE_POSSESSIVE_BEFORE.search(text[max(0, start - 60):start])
    if m is None:
        return None
    outlet = m.group("outlet")
    for at in [0] + [i + 1 for i, ch in enumerate(outlet) if ch == " "]:
        entry = table.find_source(outlet[at:])
        if entry is not None and entry[0].type == "media" and entry[1] == outlet[at:]:
            return start - len(m.group(0)) + at
    return None


#: Singular nouns of one person of a gender ("the woman", "this man"; with a definite determiner): between a name and
#: a "she" or "he" of that gender, the subject the pronoun goes back to ("Senator A got a letter. The woman says ...
#: She alleges ...": the woman, not the senator).
GENDERED_PERSON_NOUNS = {"woman": "f", "girl": "f", "lady": "f", "man": "m", "boy": "m"}
#: Common nouns of unnamed private people, of no body: an unnamed speaker with one of them as head is ``anonymous``
#: (the golds' convention since round 26: "a woman", "doctors", "a friend", "witnesses").
UNNAMED_PRIVATE_NOUNS = frozenset({"woman", "man", "girl", "boy", "lady", "teen", "teenager", "friend", "doctor",
                                   "nurse", "victim", "survivor", "neighbour", "neighbor", "parent", "relative",
                                   "daughter", "son", "student", "local", "villager", "person", "people",
                                   "accuser", "classmate", "colleague"})


#: Round 37: the bare letters "ABC" (an alias of the US network ABC News in the table) and the name of Australia's
#: public broadcaster, which the letters also name.
BARE_ABC = re.compile(r"(?:[Tt]he\s+)?ABC")


def australian_abc(text: str, attributions: list[Attribution], table: SourceTable) -> list[Attribution]:
    """"ABC reported ..." in a story set in Australia (the story's one country, and no "ABC News" in the text) is
    the Australian Broadcasting Corporation, of Australia: the table's alias gives the US network. Elsewhere the alias
    stays the US network's."""
    if "ABC News" in text or story_country(text, table) != "AU":
        return attributions

    def fixed(s: Attribution | AttributionSource) -> dict[str, object]:
        if s.speaker is None or s.source_type != "media" or not BARE_ABC.fullmatch(
                " ".join(text[s.speaker.start:s.speaker.end].split())):
            return {}
        return {"source_country": "AU", "speaker_name": "Australian Broadcasting Corporation"}

    out: list[Attribution] = []
    for a in attributions:
        sources = [src.model_copy(update=u) if (u := fixed(src)) else src for src in a.sources]
        update = fixed(a)
        if sources != list(a.sources):
            update["sources"] = sources
        out.append(a.model_copy(update=update) if update else a)
    return out


def voice_of_enclosing(attributions: list[Attribution], enclosing: list[Attribution],
                       voice_at: Callable[[Attribution], int | None], tag: str,
                       own_score: bool = False) -> list[Attribution]:
    """An author's first-person attribution whose voice (``voice_at``: its position, None where it is no such
    voice) lies inside the content of one of ``enclosing`` (a transcript turn, a letter quoted whole) is that one's
    speaker's: named and typed as it is, the enclosing speaker its antecedent (evidence ``tag``; the antecedent's
    score its own with ``own_score``, else the enclosing one's)."""
    out = []
    for a in attributions:
        at = voice_at(a) if a.source_type == "author" and a.speaker is not None else None
        outer = None if at is None else \
            next((t for t in enclosing if t is not a and t.content.start <= at < t.content.end), None)
        if outer is None or outer.speaker is None:
            out.append(a)
            continue
        antecedent = Span(start=outer.speaker.start, end=outer.speaker.end, label="antecedent",
                          score=a.score if own_score else outer.score, evidence=f"{NAME}:{tag}")
        out.append(a.model_copy(update={
            "speaker_name": outer.speaker_name, "source_type": outer.source_type,
            "source_country": outer.source_country, "state_affiliated": outer.state_affiliated,
            "named": outer.named, "evidence": f"{a.evidence}:{tag}", "resolved_from": antecedent}))
    return out

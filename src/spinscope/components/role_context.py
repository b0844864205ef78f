"""What an entity does and what is done to it: the syntactic and tonal context of one mention.

``roles.v1`` reads, beside the sentence embeddings, how the article uses each mention of an entity:

  1. its grammatical role, from spaCy's dependency parse (``doc.parsed``): the agent of a verb (subject,
     or "by X" of a passive), its patient (object, passive subject), a possessor ("Russia's aggression"),
     the object of a preposition ("against X", "for X"), or a modifier of a noun ("Russian shelling");
  2. the tone of the words that govern or modify it: VADER's valence lexicon (hand-rated words, bundled with
     the ``vaderSentiment`` package) of the governing verb, of the modifiers and head noun, of the words
     within :data:`WINDOW` words, split by whether the entity is the agent or the patient; an entity that
     does something bad is cast differently from one to which something bad is done;
  3. who says it: the mention inside quotation marks, or the entity as the speaker of a reporting verb.

Every mention gives tokens (for the TF-IDF vocabulary: ``AGENT_attack``, ``PATIENT_attack``, ``POSS_war``)
and :data:`NUMERIC_NAMES` numbers; :func:`entity_context` averages them over all mentions of the entity, so a
role is read from the whole article, not from one sentence.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import ParsedParagraph

#: Words on each side of a mention whose tone is read.
WINDOW = 8
#: Lemmas of reporting verbs: an entity that is their agent is a speaker, not an actor of the deed.
REPORTING_VERBS = frozenset({
    "say", "tell", "claim", "state", "announce", "declare", "write", "add", "note", "argue", "insist", "warn",
    "report", "accuse", "deny", "admit", "explain", "stress", "suggest", "believe", "call", "urge", "emphasize",
    "emphasise", "assert", "allege", "comment", "reply", "respond", "tweet", "post",
})
#: Dependency labels that stand for the entity's head (followed up to the word that carries the role).
_PASS_THROUGH = frozenset({"conj", "appos", "compound", "flat", "nmod"})
_AGENT_DEPS = frozenset({"nsubj", "csubj"})
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj", "dative", "oprd", "attr"})
_LOCATIVE = frozenset({"in", "across", "throughout", "inside"})
#: Verbs whose agent harms, attacks, deceives or coerces (the subject is cast as the doer of wrong). General
#: verbs of the news of conflict and of blame, not words of one article; VADER's negative verbs outside
#: :data:`SUFFER_VERBS` count too (:func:`is_harm`).
HARM_VERBS = frozenset({
    "attack", "strike", "shell", "bomb", "kill", "murder", "destroy", "invade", "occupy", "annex", "threaten",
    "loot", "lie", "deceive", "mislead", "manipulate", "blame", "sanction", "provoke", "escalate", "torture",
    "terrorize", "terrorise", "oppress", "exploit", "steal", "sabotage", "undermine", "bully", "blackmail",
    "coerce", "force", "impose", "expand", "target", "hit", "raid", "storm", "seize", "capture", "detain",
    "arrest", "jail", "imprison", "persecute", "censor", "ban", "punish", "starve", "displace", "deport",
    "execute", "massacre", "slaughter", "rape", "abuse", "cheat", "betray", "smear", "slander", "demonize",
    "demonise", "incite", "instigate", "arm", "fuel", "wage", "launch", "fire", "shoot", "wound", "injure",
    "damage", "ruin", "wreck", "devastate", "plunder", "rob", "extort", "bribe", "rig", "silence", "suppress",
    "crush", "intimidate", "harass", "menace", "endanger", "poison", "sink", "down",
    # round 11
    "kidnap", "abduct", "assassinate", "afflict", "plot", "conspire", "assault", "sentence", "ravage",
    # round 13: bodily violence and coercion by police and captors ("beat her and dragged her into a van")
    "beat", "drag", "kick", "punch", "stab", "strangle", "choke", "whip", "flog", "handcuff", "behead", "batter",
    "evict", "raze", "bulldoze", "hijack",
})
#: Verbs whose grammatical subject undergoes harm (the subject is cast as a victim).
SUFFER_VERBS = frozenset({
    "suffer", "die", "mourn", "flee", "starve", "freeze", "perish", "endure", "struggle", "grieve", "bleed",
    "lose", "evacuate", "shelter", "hide", "survive", "weep", "cry", "plead", "beg", "fear",
})
#: Verbs whose agent helps, protects or seeks peace (the subject is cast as a helper, its object as helped).
HELP_VERBS = frozenset({
    "protect", "defend", "help", "aid", "assist", "deliver", "rescue", "save", "support", "shelter", "treat",
    "feed", "liberate", "free", "negotiate", "mediate", "volunteer", "donate", "rebuild", "restore", "heal",
    "guard", "secure", "safeguard", "welcome", "host", "evacuate", "supply", "provide", "care", "serve",
    "promote", "champion", "uphold", "reconcile", "broker", "pardon", "release", "house", "comfort",
    # round 11: verbs of giving and backing ("Berlin has offered military aid", "the US pledged ...")
    "offer", "give", "pledge", "fund", "finance", "grant", "back", "equip",
})
#: Nouns of harm (round 11). The entity that owns one, or is named by "by" after it, did the harm ("Avaria's
#: invasion", "raids by Avaria"); the entity it is "of", "on" or "against" underwent it ("the kidnapping of the
#: mayor", "the invasion of Belmont", "attacks on Belmont"). "war" and "conflict" are left out: "X's war" is
#: said of either side.
HARM_NOUNS = frozenset({
    "invasion", "aggression", "occupation", "annexation", "attack", "assault", "airstrike", "bombing",
    "bombardment", "shelling", "offensive", "incursion", "raid", "massacre", "genocide", "atrocity", "killing",
    "murder", "assassination", "kidnapping", "abduction", "torture", "persecution", "oppression", "repression",
    "crackdown", "arrest", "detention", "imprisonment", "sentencing", "deportation", "blockade", "siege",
    "sanction", "embargo", "threat", "intimidation", "harassment", "destruction", "sabotage", "terror",
    "terrorism", "propaganda", "disinformation", "deception", "smear", "slander", "exploitation", "abuse",
    "looting", "crime", "provocation", "interference", "meddling", "bullying", "blackmail", "extortion",
    # round 13
    "beating", "shooting", "stabbing", "execution", "eviction", "hijacking", "violence", "brutality",
    "mistreatment",
})
#: Nouns of help (round 11): "Avaria's aid", "Avarian support" make Avaria the helper; "aid to Belmont",
#: "support for Belmont", "the defence of Belmont" make Belmont the helped.
HELP_NOUNS = frozenset({
    "aid", "assistance", "support", "help", "protection", "defence", "defense", "donation", "funding", "relief",
    "rescue", "mediation", "solidarity", "backing", "loan", "sponsorship",
})
#: Verbs of sending (round 13): they help when what is sent is help ("sent rescue teams to X", "brought food").
SEND_VERBS = frozenset({"send", "ship", "dispatch", "airlift", "fly", "bring", "transfer"})
#: What is sent when one helps: nouns of help, and relief goods and people ("rescue teams", "food and medicine").
HELP_THINGS = HELP_NOUNS | frozenset({
    "food", "medicine", "medication", "doctor", "medic", "nurse", "rescuer", "vaccine", "water", "blanket", "tent",
    "shelter", "hospital", "humanitarian",
})
#: Prepositions that name the one who receives after a verb or noun of help ("gave aid to X", "support for X").
_RECIPIENT = frozenset({"to", "for"})
#: Nouns that stand for those who undergo harm ("the people of X", "X's civilians", "the target of ...").
VICTIM_NOUNS = frozenset({
    "people", "citizen", "civilian", "child", "family", "resident", "villager", "victim", "target", "refugee",
    "hostage", "casualty", "population", "inhabitant", "farmer", "worker", "patient", "survivor", "pensioner",
    "student", "woman", "mother", "home", "village", "hospital", "school",
})
#: Negative valence at or under this marks a verb of harm (when its agent acts on someone).
HARM_VALENCE = -0.3
NUMERIC_NAMES = ("agent", "patient", "speaker", "quoted", "negated", "verb_valence", "agent_valence",
                 "patient_valence", "modifier_valence", "head_valence", "window_positive", "window_negative",
                 "sentence_positive", "sentence_negative", "possessor", "preposition",
                 "harm_agent", "harm_patient", "help_agent", "help_patient", "sufferer", "victim_noun")
#: The numbers that say which side of the article the entity is on (read by the role model's second stage).
SIDE_NAMES = ("harm_agent", "harm_patient", "help_agent", "help_patient", "sufferer", "victim_noun")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_QUOTES = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")


@lru_cache(maxsize=1)
def valence_lexicon() -> dict[str, float]:
    """VADER's word valences scaled to [-1, 1] (its ratings run from -4 to 4)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return {w: float(v) / 4.0 for w, v in SentimentIntensityAnalyzer().lexicon.items() if _WORD.fullmatch(w)}


def valence(word: str, lemma: str | None = None) -> float:
    lexicon = valence_lexicon()
    w = word.lower()
    if w in lexicon:
        return lexicon[w]
    return lexicon.get(lemma.lower(), 0.0) if lemma else 0.0


@dataclass
class MentionContext:
    """Tokens and numbers describing how one mention is used."""

    tokens: list[str] = field(default_factory=list)
    numbers: np.ndarray = field(default_factory=lambda: np.zeros(len(NUMERIC_NAMES), dtype=np.float32))


def _paragraph_of(parsed: Sequence[ParsedParagraph], start: int) -> ParsedParagraph | None:
    for para in parsed:
        if not len(para.doc):
            continue
        last = para.doc[-1]
        if para.offset <= start < para.offset + last.idx + len(last.text_with_ws):  # Doc.text would join tokens
            return para
    return None


class ParsedIndex:
    """The parsed pieces of one article indexed for lookups by bisection: the piece that holds a character and the
    tokens that overlap a range (a scan of every piece and of a piece's every token per mention made roles
    quadratic on long articles). Gives what :func:`_paragraph_of` and a scan of the tokens give."""

    def __init__(self, parsed: Sequence[ParsedParagraph]) -> None:
        self.parsed = parsed
        self.ends = [para.offset + _extent(para) for para in parsed]
        self.offsets = [para.offset for para in parsed]
        self.in_order = all(a <= b for a, b in itertools.pairwise(self.offsets))
        self.reach = list(itertools.accumulate(self.ends, max))
        #: speed50: per sentence ``(id(doc), sent.start, sent.end)``, the valence sums of its non-punctuation words
        #: and their count (:func:`mention_context` read them once per mention; the pieces' Docs are held by
        #: ``parsed``, so an id is not reused while the index lives)
        self.sentence_valence: dict[tuple[int, int, int], tuple[float, float, int]] = {}

    def paragraph_of(self, start: int) -> ParsedParagraph | None:
        """The first piece, in their order, holding ``start``."""
        if not self.in_order:
            return _paragraph_of(self.parsed, start)
        last = bisect_right(self.offsets, start)  # the pieces from ``last`` on start after it
        for k in range(bisect_right(self.reach, start), last):  # the first piece that may reach past start
            if self.ends[k] > start:
                return self.parsed[k]
        return None

    def tokens(self, para: ParsedParagraph, lo: int, hi: int) -> list[Token]:
        """The tokens of ``para`` that overlap ``[lo, hi)`` (piece offsets)."""
        starts, ends = para.token_bounds
        # tokens are in order and do not overlap, so their ends are in order too
        a, b = int(np.searchsorted(ends, lo, side="right")), int(np.searchsorted(starts, hi, side="left"))
        return list(para.doc[a:b]) if a < b else []


def _extent(para: ParsedParagraph) -> int:
    """How many characters of the text the piece covers (Doc.text would join the tokens); 0 for an empty one."""
    if not len(para.doc):
        return 0
    last = para.doc[-1]
    return int(last.idx + len(last.text_with_ws))


def _head_of_span(tokens: list[Token]) -> Token:
    """The token of the span whose head lies outside it (the span's syntactic head)."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[-1]


def _window_valence(words: list[str]) -> tuple[float, float]:
    vals = [valence(w) for w in words]
    return sum(v for v in vals if v > 0), -sum(v for v in vals if v < 0)


def _sentence_valence(sent: Span) -> tuple[float, float, int]:
    """The positive and negative valence sums of the sentence's non-punctuation words, and their count (at least
    1)."""
    words = [t.text for t in sent if not t.is_punct]
    pos, neg = _window_valence(words)
    return pos, neg, max(1, len(words))


def _sentence_valence_50(index: ParsedIndex, sdoc: Doc, sent: Span) -> tuple[float, float, int]:
    """speed50: :func:`_sentence_valence`, read once per sentence of the indexed article (the same words in the
    same order, so the same sums)."""
    key = (id(sdoc), sent.start, sent.end)
    found = index.sentence_valence.get(key)
    if found is None:
        found = index.sentence_valence[key] = _sentence_valence(sent)
    return found


def mention_context(text: str, parsed: Sequence[ParsedParagraph], start: int, end: int, *,
                    index: ParsedIndex | None = None) -> MentionContext:
    """How the mention ``text[start:end]`` is used (module docstring, stages 1-3). ``index`` (of ``parsed``) finds
    the mention's piece and tokens by bisection; without it they are scanned for."""
    ctx = MentionContext()
    num = dict.fromkeys(NUMERIC_NAMES, 0.0)
    left = _WORD.findall(text[max(0, start - 120):start])[-WINDOW:]
    right = _WORD.findall(text[end:end + 120])[:WINDOW]
    num["window_positive"], num["window_negative"] = _window_valence(left + right)
    para = index.paragraph_of(start) if index is not None else _paragraph_of(parsed, start)
    if para is not None:
        sdoc = para.doc
        lo, hi = start - para.offset, end - para.offset
        span = index.tokens(para, lo, hi) if index is not None else \
            [t for t in sdoc if t.idx < hi and t.idx + len(t.text) > lo]
        if span:
            _syntax(ctx, num, _head_of_span(span), span)
            sent = span[0].sent
            pos, neg, n = _sentence_valence(sent) if index is None else _sentence_valence_50(index, sdoc, sent)
            num["sentence_positive"], num["sentence_negative"] = pos / n * 10, neg / n * 10
            before = para.text[sent.start_char:lo]
            num["quoted"] = float(len(_QUOTES.findall(before)) % 2 == 1)
    ctx.numbers = np.array([num[k] for k in NUMERIC_NAMES], dtype=np.float32)
    if num["quoted"]:
        ctx.tokens.append("QUOTED")
    return ctx


def _syntax(ctx: MentionContext, num: dict[str, float], head: Token, span: list[Token]) -> None:
    """Grammatical role, governing word and modifiers of the mention's head (fills ``ctx`` and ``num``)."""
    inside = {t.i for t in span}
    mods = [c for t in span for c in t.children if c.i not in inside and c.dep_ in ("amod", "acl", "relcl")]
    num["modifier_valence"] = sum(valence(m.text, m.lemma_) for m in mods)
    for m in mods:
        ctx.tokens.append(f"MOD_{m.lemma_.lower()}")
    tok, hops = head, 0
    while tok.dep_ in _PASS_THROUGH and tok.head.i != tok.i and hops < 4:
        if tok.dep_ == "compound" or tok.dep_ == "nmod":  # "Russian shelling": the entity modifies a noun
            num["head_valence"] += valence(tok.head.text, tok.head.lemma_)
            ctx.tokens.append(f"OF_{tok.head.lemma_.lower()}")
        tok, hops = tok.head, hops + 1
    dep = tok.dep_
    if dep == "amod" or dep == "poss":  # "Russian aggression", "Russia's aggression"
        noun = tok.head
        num["possessor"] = 1.0
        num["head_valence"] += valence(noun.text, noun.lemma_)
        ctx.tokens.append(f"POSS_{noun.lemma_.lower()}")
        if noun.lemma_.lower() == "victim" and dep == "poss":  # "Avaria's victims": Avaria did the harm
            num["harm_agent"] = 1.0
        elif noun.lemma_.lower() in VICTIM_NOUNS:
            num["victim_noun"] = 1.0
        _nominal(num, noun, "AGENT")  # "Avaria's invasion", "Avarian aid"
        tok, dep = noun, "poss_of_" + noun.dep_
        # the possessed thing's own role: "Russia's army attacked" makes Russia an agent
        if noun.dep_ in _AGENT_DEPS:
            dep = "nsubj"
        elif noun.dep_ in _PATIENT_DEPS:
            dep = "dobj"
    verb = tok.head
    role = None
    if dep in _AGENT_DEPS:
        role = "AGENT"
    elif dep in _PATIENT_DEPS:
        role = "PATIENT"
    elif dep == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        # "the cities of X", "the people of X": X stands where its noun stands
        noun = tok.head.head
        ctx.tokens.append(f"OF_{noun.lemma_.lower()}")
        if noun.lemma_.lower() == "victim":  # "the victims of Avaria": Avaria did the harm
            num["harm_agent"] = 1.0
        elif noun.lemma_.lower() in VICTIM_NOUNS:
            num["victim_noun"] = 1.0
        # "the kidnapping of X", "the defence of X": X undergoes the noun, whatever the noun does in its clause
        nominal = _nominal(num, noun, "PATIENT") or noun.lemma_.lower() == "victim"
        num["possessor"] = 1.0
        verb = noun.head
        if nominal:
            role = None
        elif noun.dep_ in _AGENT_DEPS:
            role = "AGENT"
        elif noun.dep_ in _PATIENT_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ in ("against", "on", "at")):
            role = "PATIENT"
            if noun.dep_ == "pobj":
                verb = noun.head.head
    elif dep == "pobj":
        prep = tok.head
        verb = prep.head
        p = prep.lower_
        if p == "by" and prep.dep_ == "agent":
            role = "AGENT"
        elif p == "by" and _nominal(num, verb, "AGENT"):  # "raids by X", "aid by X"
            ctx.tokens.append(f"P_by_{verb.lemma_.lower()}")
        elif p in _RECIPIENT and _gives(verb):  # "gave aid to X", "support for X"
            num["help_patient"] = 1.0
            ctx.tokens.append(f"P_{p}_{verb.lemma_.lower()}")
        else:
            num["preposition"] = 1.0
            ctx.tokens.append(f"P_{p}")
            ctx.tokens.append(f"P_{p}_{verb.lemma_.lower()}")
            role = "PATIENT" if p in ("against", "on", "at", "upon") else None
            if p in _LOCATIVE:  # "struck a hospital in X", "shelled villages across X": harm done in X
                role = "LOCUS"
                if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in _PATIENT_DEPS:
                    verb = verb.head
            elif p == "from" and verb.pos_ in ("NOUN", "PROPN"):
                role, verb = _source(num, verb)
    else:
        ctx.tokens.append(f"DEP_{dep}")
    lemma = verb.lemma_.lower()
    v = valence(verb.text, verb.lemma_)
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated:
        v = -v
        num["negated"] = 1.0
        ctx.tokens.append("NEGATED")
    num["verb_valence"] = v
    if role == "AGENT" and verb.lemma_.lower() in ("be", "become", "remain"):
        # "X became the target of ...": the attribute casts the subject
        attr = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
        if attr is not None and attr.lemma_.lower() in VICTIM_NOUNS:
            num["victim_noun"] = 1.0
            num["harm_patient"] = 1.0
    _side(num, role, verb, negated)
    if role == "AGENT":  # "X protects ..., delivers ... and defends ...": the verbs joined to X's verb
        for other in verb.conjuncts:
            if other.pos_ == "VERB" and not any(c.dep_ in _AGENT_DEPS for c in other.children):
                _side(num, role, other, any(c.dep_ == "neg" for c in other.children))
        if not negated:  # "X vowed to destroy ...", "X plans to help ...": X does what its verb's complement says
            for comp in verb.children:
                if comp.dep_ == "xcomp" and comp.pos_ == "VERB":
                    _side(num, role, comp, any(c.dep_ == "neg" for c in comp.children))
    if role == "AGENT":
        num["agent"], num["agent_valence"] = 1.0, v
        ctx.tokens.append(f"AGENT_{lemma}")
        if lemma in REPORTING_VERBS:
            num["speaker"] = 1.0
            ctx.tokens.append("SPEAKER")
    elif role == "PATIENT":
        num["patient"], num["patient_valence"] = 1.0, v
        ctx.tokens.append(f"PATIENT_{lemma}")


def _source(num: dict[str, float], noun: Token) -> tuple[str | None, Token]:
    """The entity named by "from" after ``noun`` (round 13): it does what the noun does ("doctors from X treated the
    wounded", "troops from X shelled ..."), owns a noun of harm or help ("aid from X", "threats from X") or is of
    those who undergo harm ("refugees from X"). The role and the word that carries it."""
    if noun.lemma_.lower() in VICTIM_NOUNS:
        num["victim_noun"] = 1.0
    if _nominal(num, noun, "AGENT") or noun.dep_ not in _AGENT_DEPS:
        return None, noun
    return "AGENT", noun.head


def _sends_help(verb: Token) -> bool:
    """A verb of sending whose object is help (:data:`SEND_VERBS`, :data:`HELP_THINGS`): "sent rescue teams",
    "brought food and medicine"."""
    if verb.lemma_.lower() not in SEND_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return any(w.lemma_.lower() in HELP_THINGS for o in objects
               for w in [o, *(c for c in o.children if c.dep_ in ("compound", "amod"))])


def is_harm(lemma: str, v: float) -> bool:
    """A verb or noun of harm: listed in HARM_VERBS or HARM_NOUNS, or negative in VADER and not a verb of
    suffering."""
    if lemma in HARM_VERBS or lemma in HARM_NOUNS:
        return True
    return v <= HARM_VALENCE and lemma not in SUFFER_VERBS and lemma not in HELP_VERBS and lemma not in REPORTING_VERBS


def _side(num: dict[str, float], role: str | None, verb: Token, negated: bool) -> None:
    """Fill the side numbers (:data:`SIDE_NAMES`): agent or patient of harm or help, subject of suffering.
    A negated verb ("did not attack") casts nobody; the valence of the verb decides nothing else here."""
    if negated or role is None:
        return
    lemma = verb.lemma_.lower()
    v = valence(verb.text, verb.lemma_)
    passive_subject = role == "PATIENT" and any(c.dep_ == "auxpass" for c in verb.children)
    transitive = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    if lemma in SUFFER_VERBS and role == "AGENT" and not (transitive and lemma in HELP_VERBS):
        num["sufferer"] = 1.0  # "families shelter in cellars", but not "X sheltered them"
    elif lemma in HELP_VERBS or lemma in HELP_NOUNS or _sends_help(verb):
        num["help_agent" if role == "AGENT" else "help_patient"] = 1.0
    elif is_harm(lemma, v):
        num["harm_agent" if role == "AGENT" else "harm_patient"] = 1.0
    elif role == "LOCUS":
        return
    elif passive_subject and v < 0:
        num["harm_patient"] = 1.0


def _nominal(num: dict[str, float], noun: Token, role: str) -> bool:
    """Mark the entity as doer (``role`` AGENT) or undergoer (PATIENT) of ``noun`` when it is a noun of harm or
    of help (:data:`HARM_NOUNS`, :data:`HELP_NOUNS`). Whether one was marked."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    agent = role == "AGENT"
    if lemma in HARM_NOUNS:
        num["harm_agent" if agent else "harm_patient"] = 1.0
    elif lemma in HELP_NOUNS:
        num["help_agent" if agent else "help_patient"] = 1.0
    else:
        return False
    return True


def _gives(word: Token) -> bool:
    """A verb or noun of help, or a noun that a verb of help takes as its object ("provided weapons to X")."""
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB":
        return lemma in HELP_VERBS or _sends_help(word)
    if lemma in HELP_NOUNS:
        return True
    return word.dep_ in ("dobj", "nsubjpass") and word.head.pos_ == "VERB" and word.head.lemma_.lower() in HELP_VERBS


def entity_context(text: str, parsed: Sequence[ParsedParagraph], all_mentions: Sequence[tuple[int, int]],
                   scored: Sequence[tuple[int, int]], *,
                   index: ParsedIndex | None = None) -> list[tuple[str, np.ndarray]]:
    """Tokens and numbers of each ``scored`` mention, beside their mean over all mentions of the entity.

    Each row is the token text (the mention's own tokens, then ``E_``-prefixed tokens of all mentions) and the
    vector ``[own numbers, mean numbers over all mentions, log(1 + number of mentions)]`` (:data:`CONTEXT_DIM`).
    Each mention is read once, however many are scored. ``index``: the article's :class:`ParsedIndex` of
    ``parsed``, built once when several entities are read (speed50: its sentences' valences are then read once).
    """
    keys = list(dict.fromkeys([tuple(m) for m in all_mentions] + [tuple(m) for m in scored]))
    index = index or ParsedIndex(parsed)
    found = {m: mention_context(text, parsed, m[0], m[1], index=index) for m in keys}
    if not scored:
        return []
    every = [found[tuple(m)] for m in all_mentions] or [found[tuple(m)] for m in scored]
    mean = np.mean([c.numbers for c in every], axis=0)
    shared = " ".join(f"E_{t}" for c in every for t in c.tokens)
    count = np.log1p(len(every))
    rows = []
    for m in scored:
        own = found[tuple(m)]
        vec = np.concatenate([own.numbers, mean, [count]]).astype(np.float32)
        rows.append((" ".join(own.tokens) + " " + shared, vec))
    return rows


def shown_in_a_deed(text: str, parsed: Sequence[ParsedParagraph], mentions: Sequence[tuple[int, int]], *,
                    index: ParsedIndex | None = None) -> bool:
    """Whether one of ``mentions`` does or undergoes harm or help, or suffers (a :data:`SIDE_NAMES` number fires):
    the article shows the entity in a deed, not only names it. ``index``: the article's :class:`ParsedIndex`, built
    once when several entities are checked."""
    index = index or ParsedIndex(parsed)
    side = [NUMERIC_NAMES.index(name) for name in SIDE_NAMES]
    return any(mention_context(text, parsed, start, end, index=index).numbers[side].any() for start, end in mentions)


CONTEXT_DIM = 2 * len(NUMERIC_NAMES) + 1

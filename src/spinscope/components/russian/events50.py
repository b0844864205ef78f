"""Round 50 (ruev50, issue 19): Russian event shapes the real-article gold (tests/gold/russian_events_real50*.tsv)
and the lead's reading of state-media articles showed missing or wrong. Called from ``events.find_events``:

* the subject of a verb conjoined to an earlier one ("X и Y ввели санкции ... и пригрозили Z"): the second verb's
  subject is the first's, as the parser hangs it there only;
* an active participle's doer is the noun it qualifies ("сообщения СМИ Германии, обвинивших Россию": the German
  media accuse), not found as a subject;
* the addressee of a request or demand ("потребовала от X ...", "попросила у X ..."): the target is the actor
  named there, or none, never an actor inside what is demanded ("гарантий ... присоединения Украины");
* an act someone "должен" / "обязан" do is not done: it is the speaker's demand on the subject ("«X должен
  отказаться от ...», заявил Y": Y requests of X), or no event where the author says it;
* "обратиться к X с призывом / требованием": a request by the subject of "обратиться" to X.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...result import Actor, Attribution
from .nlp import RuSentence, SpanIndex

#: Short adjectives of obligation heading the verb of the act ("должен отказаться", "обязаны выполнить"); the
#: parser lemmatises "обязан" to "обязать".
OBLIGATION50 = frozenset({"должный", "должен", "обязанный", "обязан", "обязать"})
#: Prepositions that name whom a request is made of ("потребовать от X", "попросить у X").
ADDRESSEE_CASES50 = frozenset({"от", "у"})
#: Verbs that turn a request noun into an address to someone ("обратился к X с призывом").
ADDRESS_VERBS50 = frozenset({"обратиться", "обращаться"})
#: How many words before a request noun an address verb may stand when the parse does not link them.
ADDRESS_SPAN50 = 8
#: The relations of a noun's own modifiers, which name whose the noun is.
MODIFIER_RELS50 = frozenset({"amod", "nmod", "appos", "flat", "flat:name"})
#: Actor types ranked as the events' ``_actor_in_subtree`` ranks them: a person before a body.
_RANK50 = {"person": 0, "organization": 1, "media": 1, "armed_group": 1}


def _case_of(sent: RuSentence, j: int) -> set[str]:
    return {sent.tokens[k].lemma for k in sent.children(j) if sent.tokens[k].rel == "case"}


def subject_of_conjoined50(sent: RuSentence, i: int) -> int | None:
    """The subject of the first verb of a chain of conjoined verbs that ``i`` (subjectless) closes: "США и Британия
    ввели санкции ... и пригрозили Тегерану" gives "пригрозили" the subject of "ввели"."""
    toks = sent.tokens
    j = i
    for _ in range(4):  # a chain "A, B и C" hangs every verb on the first
        if toks[j].rel != "conj" or toks[j].head < 0 or toks[toks[j].head].pos != "VERB":
            return None
        j = toks[j].head
        subj = next((k for k in sent.children(j) if (toks[k].rel or "").startswith("nsubj")), None)
        if subj is not None:
            return subj
    return None


def participle_doer50(sent: RuSentence, i: int, actors: Sequence[Actor], mentions: SpanIndex) -> int | None:
    """The actor of the noun an active participle ``i`` qualifies, read from that noun and its own modifiers (not
    the participle's words, nor through a parse that loops back): "СМИ Германии, обвинивших Россию" is Germany."""
    toks = sent.tokens
    tok = toks[i]
    if tok.feats.get("VerbForm") != "Part" or tok.feats.get("Voice") == "Pass" or tok.rel not in ("acl", "amod"):
        return None
    head = tok.head
    if head < 0 or toks[head].pos not in ("NOUN", "PROPN"):
        return None
    return own_actor50(sent, head, actors, mentions, skip=i)


def own_actor50(sent: RuSentence, j: int, actors: Sequence[Actor], mentions: SpanIndex, *,
                skip: int = -1) -> int | None:
    """The actor named by word ``j`` or its own modifiers ("американских СМИ", "руководства Германии"), a person
    first; unlike a subtree's span, a parse that hangs later words on ``j`` adds nothing."""
    toks = sent.tokens
    words = [j, *(k for k in sent.children(j) if k != skip and toks[k].rel in MODIFIER_RELS50)]
    found = [m for k in words for *_, m in mentions.overlapping(toks[k].start, toks[k].end)]
    return min(dict.fromkeys(found), key=lambda m: _RANK50.get(actors[m].type, 3), default=None)


def addressee50(sent: RuSentence, i: int) -> int | None:
    """The "от X" / "у X" dependent of request verb ``i``: whom the demand is made of."""
    toks = sent.tokens
    return next((j for j in sent.children(i) if toks[j].rel == "obl" and _case_of(sent, j) & ADDRESSEE_CASES50),
                None)


def obliged50(sent: RuSentence, i: int) -> bool:
    """Whether verb ``i`` is what someone "должен" / "обязан" do (its head a short adjective of obligation)."""
    toks = sent.tokens
    tok = toks[i]
    return tok.rel == "xcomp" and tok.head >= 0 and toks[tok.head].lemma in OBLIGATION50


def speaker50(start: int, end: int, contents: SpanIndex, attributions: Sequence[Attribution],
              actors: Sequence[Actor], mentions: SpanIndex) -> int | None:
    """The actor who says the words at [start, end): of the actors the speaker span names, a person first."""
    for *_, k in sorted(contents.overlapping(start, end)):
        sp = attributions[k].speaker
        if sp is None:
            continue
        named = [m for *_, m in mentions.overlapping(sp.start, sp.end)]
        if named:
            return min(dict.fromkeys(named), key=lambda m: _RANK50.get(actors[m].type, 3))
    return None


def address50(sent: RuSentence, i: int) -> tuple[int, int | None] | None:
    """For a request noun ``i`` in "обратиться к X с призывом": the verb and its "к X" dependent (or None). Where
    the parse hangs the noun elsewhere, the "обратиться" at most ADDRESS_SPAN50 words before it."""
    toks = sent.tokens
    tok = toks[i]
    if "с" not in _case_of(sent, i):
        return None
    verb = tok.head if tok.rel == "obl" and tok.head >= 0 and toks[tok.head].lemma in ADDRESS_VERBS50 else \
        next((j for j in range(i - 1, max(i - ADDRESS_SPAN50, 0) - 1, -1) if toks[j].lemma in ADDRESS_VERBS50), None)
    if verb is None:
        return None
    to = next((j for j in sent.children(verb) if toks[j].rel == "obl" and "к" in _case_of(sent, j)), None)
    return verb, to


#: Event nouns of mass violence the lexicon lacks (CAMEO 202 "engage in mass killings", PLOVER ASSAULT), as the
#: English table codes "massacre"; their sentences are parsed (``PARSED_LEMMAS``).
EVENT_NOUNS50: dict[str, tuple[str, str]] = {"геноцид": ("202", "ASSAULT"), "резня": ("202", "ASSAULT")}


def instrumental_doer50(sent: RuSentence, kids: list[int], actors: Sequence[Actor],
                        mentions: SpanIndex) -> tuple[int, int | None] | None:
    """The doer of an event noun named in the bare instrumental ("обстрел города украинскими войсками", "геноцид
    жителей X националистами Y") and the patient of its bare genitive, which is then no doer: (doer, target)."""
    toks = sent.tokens
    bare = [j for j in kids if toks[j].rel == "nmod" and not any(toks[k].rel == "case" for k in sent.children(j))]
    doer = next((found for j in bare if toks[j].feats.get("Case") == "Ins"
                 and (found := own_actor50(sent, j, actors, mentions)) is not None), None)
    if doer is None:
        return None
    target = next((found for j in bare if toks[j].feats.get("Case") == "Gen"
                   and (found := own_actor50(sent, j, actors, mentions)) is not None and found != doer), None)
    return doer, target


#: Nouns of a people's language, barred by a ban ("запретили использовать украинский язык", "запрет на русский
#: язык"): repression of the people who speak it (CAMEO 172, PLOVER COERCE), the target the language's country.
LANGUAGE_NOUNS50 = frozenset({"язык"})


def banned_language50(sent: RuSentence, i: int) -> int | None:
    """The language noun ban ``i`` bars: its object or "на" phrase, or the object of the verb it bars
    ("запретили использовать украинский язык"), else None."""
    toks = sent.tokens
    near = [j for j in sent.children(i) if toks[j].rel in ("obj", "nmod", "obl", "xcomp")]
    near += [k for j in near if toks[j].rel == "xcomp" for k in sent.children(j) if toks[k].rel == "obj"]
    return next((j for j in near if toks[j].lemma in LANGUAGE_NOUNS50 and toks[j].rel != "xcomp"), None)

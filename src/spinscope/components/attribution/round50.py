"""Attributions, round 50 (issue 16): speakers and false cues from the lead's reading of partisan news.

Two passes, each called once from ``extract_attributions``:

``round50_candidates`` (after round 47's candidates):

- false cues: "No one can say this is not ..." (a negated indefinite subject with "can"/"could" and a verb of
  saying: the writer's own claim), "they call us racists" (a present-tense naming of the writer's side by an
  unnamed "they"), "a record of admitting jihad preachers" (admitting people into a country), "furious about X"
  (anger over a thing), "addressed this endeavor head-on" (a pointer, no content), "the truth that they are
  determined to bury" (an infinitive whose object is the relative clause's antecedent);
- "broke a court order demanding that she stay away": the order speaks (its noun phrase is the speaker), not the
  person who violated it, unless the order was issued by the clause's subject ("the judge issued an order
  requiring ...": the judge's, as PolNeAR's "issued a statement calling" is the issuer's);
- "“...,” the group’s statement read.": the statement's owner ("the group") speaks, and the quotation paragraph
  right after it, with no speaker of its own, goes on in the same voice;
- "He told Breitbart:" ending a paragraph: the next unquoted paragraph is the speaker's, at a low score (only that
  one: where the source page's block quote ended is lost in the copy).

``round50_attributions`` (at the end, on the finished attributions, which carry names and antecedents):

- an embedded social post, whose signature line ("— Full Name (@handle) Month D, YYYY") ingestion removed as page
  furniture, is a direct quote of the signature's name: its body lines still in the text (back to a blank line,
  another signature, a prose line, up to a post's 280 characters) become one attribution with that name as the
  speaker's name (no speaker span: the signature is no longer in the text), and a report found inside the body
  ("Attorney General X—release the report" made X a speaker) is dropped;
- "despite the fact that he has said": "he" is the main clause's proper-name object where its subject is a body;
- an account or post as the speaker ("the account claimed") is the account's quoted name, and so is the "He added"
  right after it;
- "the group" of "the group’s statement read" is the group named just before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...document import Document
from ...ingest.clean import EMBED_LINK, EMBED_SIGNATURE, normalize_text
from ...result import Attribution, Span
from .cues import RULE_SCORES, Candidate
from .round46 import _head_of
from .round47 import _verbless
from .rules import NAME
from .sources import SourceTable, _type_source

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...document import ParsedParagraph


def _para_token(doc: Document, pos: int) -> tuple[ParsedParagraph, Token] | None:
    """The parsed paragraph and the token that starts at ``pos`` (None where none does; round 52's too)."""
    for para in doc.parsed:
        if para.offset <= pos < para.offset + len(para.text):
            for t in para.doc:
                if para.offset + t.idx == pos:
                    return para, t
            return None
    return None


def _token_at(doc: Document, pos: int) -> Token | None:
    """The parsed token that starts at ``pos`` (None where that place is not parsed or no token starts there)."""
    found = _para_token(doc, pos)
    return found[1] if found is not None else None


# ------------------------------------------------------------------------------------------ false cues

#: Negated indefinite subjects: "No one can say ..." is the writer's claim, not anyone's statement.
NEGATED_SUBJECTS_50 = frozenset({"no one", "nobody", "no-one", "none"})
SAY_CUES_50 = re.compile(r"(?:say|claim|deny|argue|dispute|pretend)")
#: "can"/"could" (with a negation) between the negated subject and its verb of saying.
CAN_BEFORE_50 = re.compile(r"[^\S\n]+(?:can|could)(?:[^\S\n]*not|n[’']t)?[^\S\n]+$", re.IGNORECASE)
#: A present-tense naming of the writer's side ("they call us racists").
CALL_NAMING_50 = re.compile(r"(?:us|me|you)\b", re.IGNORECASE)
NAMING_SUBJECTS_50 = frozenset({"they", "people", "some", "others", "critics"})
ADMIT_CUES_50 = re.compile(r"admit(?:s|ted|ting)?")
#: Nouns of people admitted into a country or a place (not "admitted the mistake").
ADMITTED_PEOPLE_50 = frozenset({
    "preacher", "preachers", "cleric", "clerics", "imam", "imams", "refugee", "refugees", "migrant", "migrants",
    "immigrant", "immigrants", "asylum", "seekers", "student", "students", "people", "children", "patient",
    "patients", "fighter", "fighters", "jihadist", "jihadists", "extremist", "extremists", "terrorist", "terrorists",
    "criminal", "criminals", "visitor", "visitors", "tourist", "tourists", "worker", "workers", "member", "members",
    "applicant", "applicants", "foreigner", "foreigners", "convict", "convicts", "radical", "radicals"})
#: Anger over a thing: a feeling, no statement.
ANGER_ADJECTIVES_50 = frozenset({"furious", "angry", "outraged", "livid", "incensed", "enraged", "irate", "upset"})
ADDRESS_CUES_50 = re.compile(r"address(?:es|ed|ing)?")
POINTER_50 = re.compile(r"(?:this|that|these|those)(?:[^\S\n]+[\w-]+)?(?:[^\S\n]+head-on)?", re.IGNORECASE)
#: A bare infinitive, or two joined, with no object ("to ignore and deny").
BARE_INFINITIVE_50 = re.compile(r"to[^\S\n]+[a-z]+(?:[^\S\n]+(?:and|or)[^\S\n]+[a-z]+)?")
RELATIVE_BEFORE_50 = re.compile(r"\b(?:that|which)[^\S\n]+$", re.IGNORECASE)


def _false_cue_50(text: str, doc: Document, c: Candidate) -> bool:
    if c.cue is None:
        return False
    low = " ".join(text[c.cue[0]:c.cue[1]].lower().split())
    content = text[c.content[0]:c.content[1]].strip()
    speaker = " ".join(text[c.speaker[0]:c.speaker[1]].lower().split()) if c.speaker is not None else None
    words = low.split()
    if speaker in NEGATED_SUBJECTS_50 and SAY_CUES_50.match(words[-1]) and c.speaker is not None and \
            c.speaker[1] <= c.cue[0] and CAN_BEFORE_50.search(text[c.speaker[1]:c.cue[0]]) is not None:
        return True
    if low in ("call", "calls") and (speaker is None or speaker in NAMING_SUBJECTS_50) and \
            CALL_NAMING_50.match(content) is not None and c.content[0] > c.cue[1]:
        return True
    if ADMIT_CUES_50.fullmatch(low) and not content.lower().startswith("that") and _verbless(doc, c.content):
        head = content.split()[-1].lower().strip(".,;:") if content.split() else ""
        into = re.match(r"[^\S\n]*(?:into|to[^\S\n]+the[^\S\n]+country)\b", text[c.content[1]:c.content[1] + 30])
        return head in ADMITTED_PEOPLE_50 or into is not None
    if len(words) == 2 and words[0] in ANGER_ADJECTIVES_50 and words[1] in ("about", "over", "at", "with"):
        return _verbless(doc, c.content)
    if ADDRESS_CUES_50.fullmatch(words[-1]) and POINTER_50.fullmatch(content.rstrip(".")) is not None:
        return True
    return words[-1] == "determined" and BARE_INFINITIVE_50.fullmatch(content.rstrip(".")) is not None and \
        c.speaker is not None and RELATIVE_BEFORE_50.search(text[max(0, c.speaker[0] - 12):c.speaker[0]]) is not None


# ------------------------------------------------------------------------------------------ "a court order demanding"

#: Legal instruments that speak for their issuer when a participle reports what they demand.
ORDER_NOUNS_50 = frozenset({"order", "ruling", "injunction", "decree", "directive", "subpoena", "warrant",
                            "judgment", "judgement", "verdict", "ordinance", "edict", "mandate"})
#: Participles of such an instrument's demand.
ORDER_PARTICIPLES_50 = frozenset({"demanding", "requiring", "ordering", "forbidding", "barring", "banning",
                                  "prohibiting", "directing", "instructing", "telling", "compelling", "saying",
                                  "stating", "declaring"})
#: Verbs whose subject issued the instrument ("the judge issued an order requiring ...": the judge speaks).
ISSUE_VERBS_50 = frozenset({"issue", "sign", "grant", "enter", "hand", "file", "send", "write", "publish", "release",
                            "pass", "adopt", "approve", "serve", "obtain", "seek"})


def _order_speaks(text: str, doc: Document, c: Candidate) -> Candidate:
    if c.cue is None or text[c.cue[0]:c.cue[1]].lower() not in ORDER_PARTICIPLES_50:
        return c
    cue = _token_at(doc, c.cue[0])
    if cue is None or cue.dep_ != "acl" or cue.head.lower_ not in ORDER_NOUNS_50:
        return c
    noun = cue.head
    if noun.head.lemma_.lower() in ISSUE_VERBS_50 and noun.dep_ in ("dobj", "obj"):
        return c
    offset = c.cue[0] - cue.idx
    left = min(t.idx for t in noun.subtree if t.i <= noun.i)
    start, end = offset + left, offset + noun.idx + len(noun.text)
    if c.speaker is not None and start <= c.speaker[0] and c.speaker[1] <= end:
        return c
    return replace(c, speaker=(start, end), speaker_head=noun, anonymous=False,
                   evidence=f"{c.evidence}:order-speaks-50")


# ---------------------------------------------------------------------------------- "the group's statement read"

#: After a quotation's closing mark: ", the group’s statement read." (the owner named by a possessive).
STATEMENT_READ_50 = re.compile(
    r"[,!?]?[\"”’']?[^\S\n]*,?[^\S\n]+(?P<owner>(?:the|The)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?[\w.-]+)[’']s?"
    r"[^\S\n]+(?:(?:official|written|joint|short|brief)[^\S\n]+)?(?P<noun>statement|post|tweet|message|letter|"
    r"release|note|e-?mail|announcement|notice|press[^\S\n]+release)[^\S\n]+(?P<cue>read|reads|said|says|stated)\b")


#: The rules that give a quotation with no cue a speaker from its place (none, the last quoted, the previous one).
UNCUED_QUOTES_50 = (":quote-no-speaker", ":quote-continues-last-quoted", ":quote-continues-previous")


def _uncued(c: Candidate) -> bool:
    return c.cue is None and c.evidence.endswith(UNCUED_QUOTES_50)


def _relabel(evidence: str, label: str) -> str:
    return evidence.rsplit(":", 1)[0] + f":{label}"


def _statement_read(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    out = list(candidates)
    for k, c in enumerate(candidates):
        if not _uncued(c):
            continue
        m = STATEMENT_READ_50.match(text, c.content[1])
        if m is None or "\n" in text[c.content[1]:m.end()]:
            continue
        owner = (m.start("owner"), m.end("owner"))
        head = _head_of(doc, *owner)
        out[k] = replace(c, speaker=owner, speaker_head=head, cue=(m.start("cue"), m.end("cue")),
                         score=RULE_SCORES["verb:quote-before"], anonymous=False,
                         evidence=_relabel(c.evidence, "statement-read-50"))
        # the next paragraph's quotation with no speaker goes on in the statement's voice
        nxt = next((j for j in range(k + 1, len(candidates)) if candidates[j].content[0] >= m.end()), None)
        if nxt is None:
            continue
        d = candidates[nxt]
        gap = text[m.end():d.content[0]]
        if _uncued(d) and gap.count("\n") == 1 and re.fullmatch(r"[^\S\n]*\.?[^\S\n]*\n[^\S\n]*[\"“]?", gap):
            out[nxt] = replace(d, speaker=owner, speaker_head=head, anonymous=False,
                               score=round(RULE_SCORES["verb:quote-before"] * 0.7, 3),
                               evidence=_relabel(d.evidence, "statement-continues-50"))
    return out


# ------------------------------------------------------------------------------------------ "He told Outlet:"

#: A paragraph's last sentence that is nothing but a speaker, a verb of telling and its outlet or audience, ending
#: with a colon (the source page's block quote followed, its marks lost in the copy).
TOLD_COLON_50 = re.compile(
    r"(?m)(?:^|(?<=[.!?][ ]))(?P<sp>He|She|They|[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'.-]+){0,3})[^\S\n]+"
    r"(?P<cue>told|said[^\S\n]+to|wrote[^\S\n]+to|explained[^\S\n]+to)[^\S\n]+(?P<to>[^\n:]{1,60}?)"
    r"[^\S\n]*:[^\S\n]*$")
#: The score of the paragraph after it: read from its place, not from marks.
TOLD_COLON_SCORE_50 = 0.3


def _offset_of(doc: Document, pos: int) -> int:
    """The offset of the parsed paragraph holding ``pos`` (0 where none does): a candidate's ``offset``."""
    return next((p.offset for p in doc.parsed if p.offset <= pos < p.offset + len(p.text)), 0)


def _told_colon(text: str, doc: Document, candidates: list[Candidate],
                pattern: re.Pattern[str] = TOLD_COLON_50) -> list[Candidate]:
    """"He told Breitbart:" ending its paragraph, and an unquoted paragraph after it: that paragraph (only the first:
    where the block quote ended is not in the text) is the speaker's, at a low score; a cue inside it is the
    speaker's words, no report of the article's. ``pattern`` (with groups ``sp`` and ``cue``) reads another lead-in
    (round 53: "As Outlet reports:"); the default is this round's."""
    added: list[Candidate] = []
    for k, para in enumerate(doc.paragraphs[:-1]):
        m = pattern.search(text, para.start, para.end)  # the paragraph's last sentence
        nxt = doc.paragraphs[k + 1]
        if m is None or text[nxt.start:nxt.start + 1] in "\"“‘'" or len(text[nxt.start:nxt.end].split()) < 4:
            continue
        end = nxt.end
        while end > nxt.start and text[end - 1] in " \t":
            end -= 1
        added.append(Candidate(kind="direct", content=(nxt.start, end), speaker=(m.start("sp"), m.end("sp")),
                               cue=(m.start("cue"), m.end("cue")), score=TOLD_COLON_SCORE_50,
                               evidence=f"{NAME}:told-colon-50", speaker_head=_head_of(doc, m.start("sp"), m.end("sp")),
                               offset=_offset_of(doc, m.start("sp"))))
    if not added:
        return candidates
    return _with_blocks(candidates, added)


def _with_blocks(candidates: list[Candidate], added: list[Candidate]) -> list[Candidate]:
    """``candidates`` less those inside an added block (the content within it, or the cue starting in it), then
    ``added`` (rounds 52 and 56 share it)."""
    inside = [c.content for c in added]
    kept = [c for c in candidates if not any((s <= c.content[0] and c.content[1] <= e) or
                                             (c.cue is not None and s <= c.cue[0] < e) for s, e in inside)]
    return kept + added


def round50_candidates(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with round 50's fixes (see the module's notes), in their order."""
    kept = [_order_speaks(text, doc, c) for c in candidates if not _false_cue_50(text, doc, c)]
    return _told_colon(text, doc, _statement_read(text, doc, kept))


# ------------------------------------------------------------------------------------------ embedded posts

#: A post's own text is at most this long (the platform's limit); lines beyond it are the article's prose.
POST_MAX_CHARS_50 = 280
#: The signature's name: between its dash and "(@handle)".
SIGNATURE_NAME_50 = re.compile(r"[\u2014\u2013-]{1,2}\s*(?P<name>[^()\n]{1,80}?)\s*\(@\w{1,30}\)")
LINKS_50 = re.compile(r"(?:pic\.twitter\.com/\w+|pic\.x\.com/\w+|https?://t\.co/\w+)", re.IGNORECASE)
#: What a post's line has and the article's prose has not: a hashtag, a handle, a label in capitals.
POST_MARKS_50 = re.compile(r"(?:^|\s)[#@]\w|^[A-Z]{3,}[A-Z ]*:")
#: The length a link counts for in a post (the platform shortens every link to this).
POST_LINK_CHARS_50 = 23
#: The score of an embedded post's attribution (read from its signature, not from a cue).
EMBEDDED_POST_SCORE_50 = 0.6


def _post_bodies(raw: str) -> list[tuple[str, list[str]]]:
    """(name, body lines) of each embedded post in the raw text, body lines in order (those still in the text)."""
    lines = raw.split("\n")
    posts: list[tuple[str, list[str]]] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        sig = EMBED_SIGNATURE.search(stripped)
        if sig is None:
            continue
        m = SIGNATURE_NAME_50.match(stripped, sig.start())
        if m is None:
            continue
        name = " ".join(m.group("name").split())
        surname = name.split()[-1].strip(".,") if len(name.split()) > 1 else ""
        if LINKS_50.sub("", stripped[:sig.start()]).strip():
            continue  # a post on its signature's line is that line alone, and left the text with it
        used = len(LINKS_50.findall(stripped[:sig.start()])) * POST_LINK_CHARS_50
        body: list[str] = []
        j = i - 1
        if j >= 0 and not lines[j].strip():
            j -= 1  # a blank line between a paragraph-long post and its signature
        while j >= 0 and lines[j].strip():
            prev = lines[j].strip()
            if EMBED_SIGNATURE.search(prev) or prev.endswith(":") or (
                    surname and re.search(rf"\b{re.escape(surname)}\b", prev)):
                break  # another post, a line that introduces one, prose about the post's author
            own = len(LINKS_50.sub("", prev).strip()) + len(LINKS_50.findall(prev)) * POST_LINK_CHARS_50
            if used + own > POST_MAX_CHARS_50:
                break
            used += own
            if EMBED_LINK.search(prev) is None:  # a line ending with the post's link was removed with it
                body.insert(0, prev)
            j -= 1
        if body:
            posts.append((name, body))
    return posts


def _after_reports(text: str, attributions: list[Attribution], start: int, end: int) -> int:
    """Where a post's body starts once the lines before its last that hold a reporting verb's cue are left out ("X
    said that ...": the article's prose, not the post): the line after the last such line, else ``start``. The
    line right above the signature is the post's whatever it reports ("Court documents say ..."), and so is a line
    with a post's marks (a hashtag, a handle, a "BREAKING:" label)."""
    last = text.rfind("\n", start, end) + 1
    for a in attributions:
        if a.cue is None:
            continue
        line_end = text.find("\n", a.cue.start)
        line = text[text.rfind("\n", 0, a.cue.start) + 1:len(text) if line_end < 0 else line_end]
        if start <= a.cue.start < last and POST_MARKS_50.search(line) is None and (
                ":reporting-verb:" in a.evidence or "according" in a.evidence) and (
                a.speaker is None or start <= a.speaker.start):
            nl = text.find("\n", a.cue.end, last)
            start = last if nl < 0 else max(start, nl + 1)
    return start


def _lead_start(doc: Document) -> int:
    """Where the article's first paragraph after its title starts (-1 where the text has no paragraphs)."""
    paragraphs = doc.paragraphs[1:] if doc.title_in_text else doc.paragraphs
    return paragraphs[0].start if paragraphs else -1


def _post_span(text: str, pieces: list[str], cursor: int) -> tuple[int, int] | None:
    """A post's span in ``text`` from ``cursor`` on: its first piece to the last that follows with only white space
    between (None where the first is not found; round 70's too)."""
    start = text.find(pieces[0], cursor)
    if start < 0:
        return None
    end = pos = start + len(pieces[0])
    for piece in pieces[1:]:
        nxt = text.find(piece, pos)
        if nxt < 0 or text[pos:nxt].strip():
            break
        end = pos = nxt + len(piece)
    return start, end


def embedded_posts(text: str, doc: Document, attributions: list[Attribution],
                   table: SourceTable) -> list[Attribution]:
    """The attributions with one for each embedded post (see the module's notes), in text order."""
    raw = normalize_text(doc.meta.text or "")
    if "(@" not in raw:
        return attributions
    added: list[Attribution] = []
    cursor = 0
    for name, body in _post_bodies(raw):
        span = _post_span(text, body, cursor)
        if span is None:
            continue
        start, end = span
        cursor = end
        while end > start and text[end - 1] in " \t":
            end -= 1
        start = _after_reports(text, attributions, start, end)
        if start >= end or start <= _lead_start(doc):
            continue  # (lead, round 36) the article's lead paragraph is the writer's, even above a bare signature
        if any(a.content.start <= start and end <= a.content.end and a.kind == "direct" and a.speaker is not None
               for a in attributions):
            continue  # quoted in the prose with its speaker already
        added.append(post_attribution_50(name, (start, end), None, table, f"{NAME}:embedded-post-50"))
    # (a report inside the post is the post's words: "Attorney General X—release the report" made X a speaker)
    return with_posts_50(attributions, added)


def post_attribution_50(name: str, content: tuple[int, int], speaker: Span | None, table: SourceTable,
                        evidence: str) -> Attribution:
    """The direct attribution of an embedded post: its body ``content``, signed ``name`` (typed as a source; a
    person where the table says anonymous), ``speaker`` the name's span where it is still in the text."""
    source_type, country, state, affiliation = _type_source(name, None, table, anonymous=False, context="")
    if source_type == "anonymous":
        source_type = "person"
    start, end = content
    span = Span(start=start, end=end, label="content", score=EMBEDDED_POST_SCORE_50, evidence=evidence)
    return Attribution(start=start, end=end, label="direct", score=EMBEDDED_POST_SCORE_50, evidence=evidence,
                       kind="direct", speaker=speaker, cue=None, content=span, source_type=source_type,
                       speaker_name=name, source_country=country, state_affiliated=state, named=True,
                       affiliation=affiliation)


def with_posts_50(attributions: list[Attribution], added: list[Attribution]) -> list[Attribution]:
    """``attributions`` with the posts ``added``, less every record inside a post's body (the post's own words)."""
    if not added:
        return attributions
    inside = [(a.content.start, a.content.end) for a in added]
    kept = [a for a in attributions if not any(s <= a.content.start and a.content.end <= e for s, e in inside)]
    return sorted(kept + added, key=lambda a: (a.content.start, a.content.end))


# ------------------------------------------------------------------------------------------ "despite the fact that he"

#: A subordinate clause's opening right before its pronoun subject.
SUBORDINATE_50 = re.compile(r"\b(?:despite[^\S\n]+the[^\S\n]+fact[^\S\n]+that|even[^\S\n]+though|although|"
                            r"though)[^\S\n]+$", re.IGNORECASE)


def _object_name(doc: Document, pos: int) -> tuple[int, int] | None:
    """The proper name the sentence's main clause has as its object, where its subject is no person ("The office
    let Imam X in last year, even though he ..."); None otherwise."""
    tok = _token_at(doc, pos)
    if tok is None:
        return None
    root = tok.sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in root.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN"]
    if len(subjects) != 1 or len(objects) != 1 or tok.i < objects[0].i:
        return None
    subj = subjects[0]
    if subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "i", "we", "they", "you") or subj.i == tok.i:
        return None
    obj = objects[0]
    names = [t for t in obj.subtree if t.i <= obj.i and (t.i == obj.i or t.dep_ in ("compound", "flat"))]
    first = min(names, key=lambda t: t.i)
    offset = pos - tok.idx
    return offset + first.idx, offset + obj.idx + len(obj.text)


def _subordinate_pronoun(text: str, doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    out = []
    for a in attributions:
        if a.speaker is not None and a.cue is not None and \
                text[a.speaker.start:a.speaker.end].lower() in ("he", "she") and \
                SUBORDINATE_50.search(text[max(0, a.speaker.start - 40):a.speaker.start]) and \
                (name := _object_name(doc, a.speaker.start)) is not None:
            named = " ".join(text[name[0]:name[1]].split())
            if named != a.speaker_name:
                a = a.model_copy(update={
                    "speaker_name": named, "source_type": "person", "source_country": None,
                    "state_affiliated": False, "affiliation": None, "named": True,
                    "resolved_from": Span(start=name[0], end=name[1], label="antecedent", score=a.score,
                                          evidence=f"{NAME}:subordinate-object-50"),
                    "evidence": f"{a.evidence}:subordinate-object-50"})
        out.append(a)
    return out


# ------------------------------------------------------------------------------------------ "the account claimed"

#: A social account as a speaker ("the account claimed", "The post read: ...").
ACCOUNT_SPEAKER_50 = re.compile(r"(?:the|this|that|his|her|their)[^\S\n]+(?:[\w-]+[^\S\n]+)?"
                                r"(?:account|page|profile|post|tweet|message)", re.IGNORECASE)
#: An account's name given in quotation marks ("his social media account “Jo Bloggs”").
ACCOUNT_NAME_50 = re.compile(r"\b(?:account|page|profile|handle)[^\S\n]+[“\"](?P<name>[^”\"\n]{2,40})[”\"]")
#: Pronoun reports that go on with the speaker before them ("He added: ...").
GOES_ON_50 = frozenset({"added", "adds", "continued", "continues", "went on", "wrote"})
#: Longest gap, in characters, between a post's quotation and the "He added" that goes on with it.
GOES_ON_GAP_50 = 300


def _account_holders(text: str, attributions: list[Attribution]) -> list[Attribution]:
    out: list[Attribution] = []
    for a in attributions:
        phrase = text[a.speaker.start:a.speaker.end] if a.speaker is not None else ""
        if a.speaker is not None and ACCOUNT_SPEAKER_50.fullmatch(phrase.strip()):
            found = list(ACCOUNT_NAME_50.finditer(text, 0, a.speaker.start))
            if found:
                m = found[-1]
                a = a.model_copy(update={
                    "speaker_name": m.group("name").strip(), "source_type": "person", "named": True,
                    "source_country": None, "state_affiliated": False, "affiliation": None,
                    "resolved_from": Span(start=m.start("name"), end=m.end("name"), label="antecedent",
                                          score=a.score, evidence=f"{NAME}:account-holder-50"),
                    "evidence": f"{a.evidence}:account-holder-50"})
        elif a.speaker is not None and a.cue is not None and phrase.lower() in ("he", "she") and out and \
                " ".join(text[a.cue.start:a.cue.end].lower().split()) in GOES_ON_50:
            prev = out[-1]
            if prev.speaker is not None and ":account-holder-50" in prev.evidence and \
                    0 <= a.speaker.start - prev.content.end <= GOES_ON_GAP_50:
                a = a.model_copy(update={
                    "speaker_name": prev.speaker_name, "source_type": prev.source_type, "named": prev.named,
                    "source_country": prev.source_country, "state_affiliated": prev.state_affiliated,
                    "affiliation": prev.affiliation, "resolved_from": prev.resolved_from,
                    "evidence": f"{a.evidence}:after-post-50"})
        out.append(a)
    return out


# ------------------------------------------------------------------------------------------ "the group" named before

#: Nouns of a body that "the NOUN" points back to when the article named it just before ("The activist group X").
GROUP_NOUNS_50 = frozenset({"group", "organization", "organisation", "coalition", "campaign", "movement", "charity",
                            "network", "alliance"})
#: "group X", "the campaign group X": the noun and the name after it.
NAMED_GROUP_50 = re.compile(r"\b(?P<noun>[a-z]+)[^\S\n]+(?P<name>[A-Z][\w.&’'-]+(?:[^\S\n]+[A-Z][\w.&’'-]+){0,3})")
#: How far back, in characters, the name is looked for.
GROUP_BACK_50 = 600


def _named_group(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"“...,” the group’s statement read." (only there: the other "the group said" are left to the speaker
    resolution): the group named just before ("The activist group X issued a statement") is the speaker's name."""
    out = []
    for a in attributions:
        words = text[a.speaker.start:a.speaker.end].lower().split() if a.speaker is not None else []
        if a.speaker is not None and len(words) == 2 and words[0] == "the" and words[1] in GROUP_NOUNS_50 and \
                (a.speaker_name or "").lower() == words[1] and "statement-" in a.evidence:
            found = [m for m in NAMED_GROUP_50.finditer(text, max(0, a.speaker.start - GROUP_BACK_50),
                                                        a.speaker.start) if m.group("noun") == words[1]]
            if found:
                m = found[-1]
                a = a.model_copy(update={
                    "speaker_name": m.group("name"), "named": True,
                    "resolved_from": Span(start=m.start("name"), end=m.end("name"), label="antecedent",
                                          score=a.score, evidence=f"{NAME}:named-group-50"),
                    "evidence": f"{a.evidence}:named-group-50"})
        out.append(a)
    return out


def round50_attributions(text: str, doc: Document, attributions: list[Attribution],
                         table: SourceTable) -> list[Attribution]:
    """The finished attributions with round 50's output rules (embedded posts, a subordinate clause's pronoun, an
    account's holder, "the group" named just before), in text order."""
    out = embedded_posts(text, doc, attributions, table)
    return _named_group(text, _account_holders(text, _subordinate_pronoun(text, doc, out)))

"""``attributions.v1``: quotes and reported statements, their speakers and cues, and who those speakers are.

A rule cascade over the spaCy parse (``doc.parsed``) and a scan of quotation marks over ``doc.text``:

1. reporting verbs with a clausal complement or a quote ("X stated that ...", "“...,” he said");
2. "according to X, ...";
3. noun cues with a that-clause ("the statement of X that ...");
4. colon-introduced quotes and bulleted lists ("X published a report, where the following was noted:" and
   the lines starting with "·", "•", "-", "*" after it);
5. passive and anonymous attribution ("it was announced that", "it became known that", "sources said");
6. quotes no rule claimed: continuations of the previous speaker (a quote split across sentences), else a
   low-confidence quote with no speaker.

Speakers are then resolved (pronouns and titles such as "the Chairman of the PRC" to a person the article or
the source table names) and typed with the bundled, extensible table ``resources/sources.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...document import Document, ParsedParagraph
from ...pipeline import register
from ...result import Attribution, AttributionSource, Span
from ...settings import ENGLISH
from .actors40 import actors40_speakers
from .cues import (
    EDITORIAL_NOTE,
    Candidate,
    _according_to,
    _anaphoric_content,
    _anonymous_passive,
    _colon_lists,
    _coordinated_speakers,
    _dash_quotes,
    _dedupe,
    _drop_circular,
    _drop_said_of,
    _final_acl_cue,
    _final_noun_cue,
    _headline,
    _inner_report_over_according,
    _inverted_cues,
    _inverted_reporter_after_comma,
    _leaves_its_quote,
    _merge_same_cue,
    _noun_cues,
    _orphan_quotes,
    _outlet_blocks,
    _quote_after_any_verb,
    _second_reports,
    _source_phrases,
    _speaker_labels,
    _stances,
    _verb_cues,
)
from .lead36 import but_clause_goes_on, evidence_under_report
from .lead41 import lead41_attributions
from .lead44 import lead44_attributions
from .lead46 import lead46_attributions
from .lead47 import lead47_attributions
from .lead48 import lead48_attributions
from .lead49 import lead49_attributions
from .lead50 import lead50_attributions
from .lead51 import lead51_attributions
from .lead52 import lead52_attributions
from .lead53 import lead53_attributions
from .lead54 import lead54_attributions
from .lead55 import lead55_attributions
from .lead56 import lead56_attributions
from .lead57 import lead57_attributions
from .lead58 import lead58_attributions
from .quotes import QuoteIndex, find_quotes
from .round43 import drop_false_cues, settle_speakers
from .round44 import drop_false_cues_44, headline_office_label
from .round45 import quote_then_speaker, speak_for_orphans
from .round46 import round46_rules
from .round47 import round47_candidates
from .round48 import round48_candidates
from .round49 import round49_candidates, round49_types
from .round50 import round50_attributions, round50_candidates
from .round51 import round51_candidates
from .round52 import round52_attributions, round52_candidates
from .round53 import round53_attributions, round53_candidates
from .round54 import round54_candidates
from .round55 import round55_attributions, round55_candidates
from .round56 import round56_attributions, round56_candidates
from .round57 import round57_attributions
from .round58 import round58_attributions, round58_candidates
from .round59 import round59_candidates
from .round60 import round60_candidates
from .round61 import round61_candidates
from .round62 import round62_attributions
from .round63 import round63_attributions
from .round64 import round64_attributions
from .round65 import round65_attributions
from .round66 import round66_attributions
from .round68 import round68_attributions
from .round69 import round69_attributions
from .round70 import round70_attributions
from .round71 import round71_attributions, round71_candidates
from .round72 import round72_attributions
from .round73 import round73_attributions
from .round75 import round75_attributions
from .round76 import round76_attributions
from .round77 import round77_attributions
from .round78 import round78_attributions
from .round79 import round79_attributions
from .round80 import round80_attributions
from .round81 import round81_attributions
from .round82 import round82_attributions
from .round83 import round83_attributions
from .round84 import round84_attributions
from .round85 import round85_attributions
from .round86 import round86_attributions
from .round87 import round87_attributions
from .round88 import round88_attributions
from .round89 import round89_attributions
from .round90 import round90_attributions
from .round91 import round91_attributions
from .round92 import round92_attributions
from .round93 import round93_attributions
from .round95 import round95_attributions
from .round98 import round98_attributions
from .round99 import round99_attributions
from .round100 import round100_attributions
from .round101 import round101_attributions
from .round102 import round102_attributions
from .round103 import round103_attributions
from .round104 import round104_attributions
from .round105 import round105_attributions
from .round106 import round106_attributions
from .round107 import round107_attributions
from .round108 import round108_attributions
from .round109 import round109_attributions
from .round110 import round110_attributions
from .round111 import round111_attributions
from .round112 import round112_attributions
from .round113 import round113_attributions
from .round114 import round114_attributions
from .rules import IDEA_NOUNS, NAME
from .sources import SourceTable, load_source_table
from .sources39 import sources39_speakers
from .sources40 import sources40_speakers
from .sources41 import sources41_speakers
from .sources42 import sources42_speakers
from .sources43 import sources43_speakers, wire_paragraphs_s43
from .sources44 import sources44_speakers
from .sources45 import sources45_speakers
from .sources46 import sources46_candidates, sources46_speakers
from .sources47 import sources47_speakers
from .sources47b import sources47b_speakers
from .sources49 import sources49_speakers
from .sources50 import sources50_speakers
from .sources51 import sources51_speakers
from .sources80 import sources80_speakers
from .speakers import (
    People,
    Person,
    _article_people,
    _finish,
    australian_abc,
    implied_country,
    known_bodies,
    known_people,
    merge_sources,
    voice_of_enclosing,
)

# ------------------------------------------------------------------------------------------ the component


@register("attributions.v1", requires=("text", "paragraphs", "sentences", "parsed"), assigns=("attributions",))
class AttributionExtractor:
    """Quotes and reported statements with speaker, cue and content spans, typed sources."""

    languages = ENGLISH

    name = NAME

    def __init__(self, *, sources: Sequence[str] = ()) -> None:
        self.table = load_source_table(sources)

    def __call__(self, doc: Document) -> Document:
        doc.attributions = extract_attributions(doc, self.table)
        doc.models[self.name] = "rules+sources.toml"
        return doc


#: Warnings listed per kind of unbalanced mark (a text with thousands would bury the other warnings).
MAX_WARNINGS = 5


def extract_attributions(doc: Document, table: SourceTable) -> list[Attribution]:
    """Run the cascade over one document; the attributions in text order."""
    text = doc.text
    # round 43 (sources43): a quote reopened after a lost paragraph break starts a paragraph for the quote finder
    found_quotes, stray = find_quotes(text, wire_paragraphs_s43(text, doc.paragraphs))
    quotes = QuoteIndex(found_quotes)
    doc.cache["attributions.quotes"] = quotes  # read by the speaker resolution (a subject inside a quote)
    candidates: list[Candidate] = []
    for para in doc.parsed:
        candidates += _verb_cues(text, para, quotes)
        candidates += _final_noun_cue(text, para, quotes)
        candidates += _final_acl_cue(text, para, quotes)
        candidates += _according_to(text, para, quotes)
        candidates += _source_phrases(text, para)
        candidates += _noun_cues(text, para, quotes)
        candidates += _stances(text, para, quotes)
        candidates += _quote_after_any_verb(text, para, quotes)
    candidates += _colon_lists(text, doc, quotes, candidates)
    candidates += _dash_quotes(text, doc, quotes)
    candidates += _speaker_labels(text, doc)
    candidates += _outlet_blocks(text, doc, table)
    candidates += _inverted_cues(text, quotes)
    candidates = _inverted_reporter_after_comma(text, doc, quotes, candidates)  # round 37 (sources)
    headline = list(_headline(text, doc, quotes))
    if headline:
        # a headline in title case ("Obama Seeks More Refugees As He ...") defeats the parser: its own cues there go
        start, end = doc.paragraphs[0].start, max(max(c.content[1], c.cue[1] if c.cue else 0) for c in headline)
        candidates = [c for c in candidates if c.cue is None or not start <= c.cue[0] < end]
    candidates += headline
    candidates += headline_office_label(text, doc, quotes, candidates)  # round 44: "Summit Chief: ..."
    candidates = _without_site_suffix(text, doc, candidates)
    candidates = drop_false_cues_44(text, doc, candidates)  # round 44: "revealed the plot", participles
    candidates += _anonymous_passive(text, doc, candidates)
    candidates = [c for c in candidates if not _editorial_note(text, c) and not _leaves_its_quote(c, quotes)]
    candidates = [c for c in candidates if not _anaphoric_content(text, c)]  # round 39: "X said this"
    candidates = [c for c in candidates if not _inside_run_on_quote(text, quotes, c)]  # round 42
    candidates = _inner_report_over_according(text, candidates)  # round 41: "Y said Z, according to X": Y's
    candidates = evidence_under_report(text, candidates)  # lead, round 36: "The data show X, said Lind": Lind's
    candidates = round71_candidates(text, candidates)  # round 71: "let's assume that" is the writer's, no report
    candidates = _dedupe(_merge_same_cue(text, quotes, candidates), text)
    candidates += _orphan_quotes(text, doc, quotes, candidates)
    candidates = _drop_said_of(_drop_circular(_dedupe(candidates)))
    candidates += _second_reports(text, doc, quotes, candidates)
    candidates = drop_false_cues(text, doc, candidates)  # round 43: participles, labels, site suffixes, acts
    candidates = speak_for_orphans(text, doc, candidates)  # round 45
    candidates += quote_then_speaker(text, quotes, candidates)  # round 45: '“...” the authors wrote.'
    candidates = round46_rules(text, doc, candidates)  # round 46: known calls, callers, "who said,", pointers
    candidates = round47_candidates(text, doc, candidates)  # round 47: false cues, "according to" after asides
    candidates = round48_candidates(text, doc, candidates)  # round 48: writer's asides, act verbs, "if" clauses
    candidates = round49_candidates(text, doc, candidates)  # round 49: "is heard saying", a lone turn, title clause
    candidates = round50_candidates(text, doc, candidates)  # round 50: false cues, orders, "the statement read"
    candidates = round51_candidates(text, doc, candidates)  # round 51: headline quotes, sourceless passive reports
    candidates = round52_candidates(text, doc, candidates)  # round 52: cue misses, "Name said.", told-colon
    candidates = but_clause_goes_on(text, doc, candidates)  # lead, round 36: "X said A, but B" goes on
    candidates = round53_candidates(text, doc, candidates)  # round 53: false cues, by-agents, "As X reports:"
    candidates = round54_candidates(text, doc, candidates)  # round 54: outlet blocks, signed quotes, Q/A turns
    candidates = round55_candidates(text, doc, candidates)  # round 55: questions to the reader, "noted X, which"
    candidates = round56_candidates(text, doc, candidates)  # round 56: questions, false cues, "According to X:"
    candidates = round58_candidates(text, doc, candidates, table)  # round 58: letters, questions, "X learned"
    candidates = round59_candidates(text, doc, candidates)  # round 59: quotes run over lost paragraphs, "Asked if"
    candidates = round60_candidates(text, doc, candidates)  # round 60: "followed up with:", requests, epigraphs
    candidates = round61_candidates(text, doc, candidates)  # round 61: a run's closing speaker, lone quotes
    candidates = sources46_candidates(text, doc, candidates)  # round 46 (sources46): "ruled out", "X said." no comma
    candidates.sort(key=lambda c: (c.content[0], c.content[1]))
    people = _article_people(doc, table)
    out: list[Attribution] = []
    last_quoted: list[Person | None] = [None]
    paragraphs = {para.offset: para for para in doc.parsed}
    groups: list[list[int]] = []
    held = [cand for cand in candidates if cand.closer is not None]
    for cand in candidates:
        if cand.closer is not None:
            continue  # finished below, as the closing paragraph's attribution is
        attribution = _finish(text, doc, cand, table, people, last_quoted)
        if attribution is not None:
            out.append(attribution)
            if attribution.speaker is not None and (piece := paragraphs.get(cand.offset)) is not None:
                group = _co_speakers(text, doc, cand, piece, table, people, last_quoted, out)
                if group:
                    groups.append([len(out) - 1 - len(group), *range(len(out) - len(group), len(out))])
    out = _fold_co_speakers(known_bodies(text, known_people(merge_sources(out, people), table)), groups)
    out = australian_abc(text, implied_country(text, out, table), table)  # round 37 (sources)
    out = settle_speakers(text, out)  # round 43: names before appositives, one type per speaker
    if held:
        out = _runs_on(out, held)
    out = _turns_own_voice(text, out)
    out = _between_quotes(out)
    out = actors40_speakers(text, out)  # round 40 (actors40): families; a pronoun's quoted fragment
    out = round49_types(text, out)  # round 49: "the county" a government, "911 calls" a report
    out = sources39_speakers(text, out, table)  # round 39 (sources39): a role before the name; a described place
    out = round50_attributions(text, doc, out, table)  # round 50: embedded posts, pronouns, account holders
    out = round52_attributions(text, doc, out)  # round 52: "the pope ... He says" is the pope
    out = sources40_speakers(text, out, table)  # round 40 (sources40): documents' author bodies, titled reports
    out = round53_attributions(text, doc, out, table)  # round 53: the pope, a demonym, information, the witness
    out = round55_attributions(text, doc, out)  # round 55: "the witness" named in an apposition
    out = round56_attributions(text, doc, out, table)  # round 56: "the group", "they" agrees, a body's president
    out = round58_attributions(text, doc, out)  # round 58: a letter's "I", a lawyer named later, a club's president
    out = sources41_speakers(text, out)  # round 41 (sources41): speakers in capitals, a client's lawyer
    out = sources42_speakers(text, out, table)  # round 42 (sources42): funders, scriptures, acronyms, journalists
    out = sources47_speakers(text, out, table)  # round 47 (leads47): outlets named after a town, think tanks' fellows
    out = sources43_speakers(text, out, table)  # round 43 (sources43): police ranks, title then name, places
    out = sources44_speakers(text, out, table)  # round 44 (sources44): Westminster offices, parties, story's government
    out = sources45_speakers(text, out, table)  # round 45 (sources45): own story's country, one type, industry councils
    out = sources47b_speakers(text, out, table)  # round 40's sources47: a cause's council, a company's officer, reports
    out = round57_attributions(text, doc, out)  # round 57: a time's colon, verbs with a noun object
    out = round62_attributions(text, doc, out, table)  # round 62: the subject before recency, documents, roles
    out = round63_attributions(text, doc, out, table)  # round 63: expected announcements, "It is understood"
    out = round64_attributions(text, doc, out, table)  # round 64: "X says <fronted phrase>, ...", likeness, "to see"
    out = round65_attributions(text, doc, out, table)  # round 65: "is set / scheduled to announce"
    out = round66_attributions(text, doc, out, table)  # round 66: "with X arguing", "during questioning", closers
    out = lead41_attributions(text, doc, out)  # lead, round 41: '"A," X said. "B."' is two statements
    out = round69_attributions(text, doc, out, table)  # round 69: refused reports, "told <listener> <clause>"
    out = sources46_speakers(text, out, table)  # round 46 (sources46): central banks, a lone surname, story places
    out = sources49_speakers(text, out, table)  # round 49 (sources49): the Federal Opposition, shadow ministers, ...
    out = sources50_speakers(text, out, table)  # round 50 (sources50): pronouns after a speaker, popes, ...
    out = sources51_speakers(text, out, table)  # round 51 (sources51): outlet anaphors, spokespeople, ...
    out = round68_attributions(text, doc, out, table)  # round 68: stance verbs, states of mind, titles, documents
    out = round70_attributions(text, doc, out, table)  # round 70: split post signatures, acts, colon blocks
    out = round71_attributions(text, doc, out, table)  # round 71: negated reports, cues PolNeAR never marks
    out = round72_attributions(text, doc, out, table)  # round 72: a "said" sentence run on into a quote is one
    out = round73_attributions(text, doc, out, table)  # round 73: "as quoted by", run-on quotes, "which appears to"
    out = round75_attributions(text, doc, out, table)  # round 75: "everything X says", "say it costs", statements
    out = round76_attributions(text, out, table)  # round 76: "is adamant that", "X, whose ..., says", raised money
    out = round77_attributions(text, out, table)  # round 77: a dash aside after a name, "didn't know what"
    out = round78_attributions(text, out, table)  # round 78: see attribution/round78.py
    out = round79_attributions(text, doc, out, table)  # round 79: PolNeAR tuning-half misses, fourth pass
    out = sources80_speakers(text, out, table)  # round 80 (src80): outlets' possessives, institutes' heads
    out = round80_attributions(text, out, table)  # round 80 (attr80): Reuters wire shapes
    out = round81_attributions(text, doc, out, table)  # round 81 (attr81): relatives, a misattached "want to"
    out = lead44_attributions(text, out)  # lead, round 44: raising adjectives, "made X a Y", headline labels
    out = lead46_attributions(text, out)  # lead, round 46: a cue and speaker inside their own content
    out = lead47_attributions(text, out, table)  # lead, round 47: wire datelines, companies typed, epigraphs
    out = round82_attributions(text, out)  # round 82 (attr82): news pages' quotations (after lead47 at the merge)
    out = round83_attributions(text, out, table)  # round 83 (attr83): wire titles, "prevent", vice ministers
    out = round84_attributions(text, out, table)  # round 84 (attr84): news pages' comments, "said X, warning Y"
    out = round85_attributions(text, out, table)  # round 85 (attr85): wire officials
    out = round86_attributions(text, doc, out, table)  # round 86 (attr86): a quotation set off by dashes
    out = round87_attributions(text, out, table)  # round 87 (attr87): "<verb> X for refusing", gapped refusals
    out = lead48_attributions(text, out)  # lead, round 48: a group's "they", "shows off", a listener
    out = round88_attributions(text, out, table)  # round 88 (attr88): wire officials, "urges <NP>"
    out = round89_attributions(text, out, table)  # round 89 (attr89): a participle after a quotation's tag
    out = round90_attributions(text, out)  # round 90 (attr90): idioms, stances, a teaser block
    out = lead49_attributions(text, out, table)  # lead, round 49: unnamed market sources, a firm's head, the Treasury
    out = round91_attributions(text, out, table)  # round 91 (attr91): wire capitals' false breaks, documents, notice
    out = round92_attributions(text, out)  # round 92 (attr92): a quotation going on its statement, one record
    out = round93_attributions(text, out, table)  # round 93 (attr93): company and market stories, wire listings
    out = lead50_attributions(text, out)  # lead, round 50: a company's officers, names and pronouns
    out = round95_attributions(text, out, table)  # round 95 (attr95): postposed officers, bodies of states, names
    out = lead51_attributions(text, out, table)  # lead, round 51: a state's bodies, a pronoun's chain, title company
    out = round98_attributions(text, out, table)  # round 98 (attr98): commodity boards, trade officials, groups
    out = round99_attributions(text, out, table)  # round 99 (attr99): wire stories' countries, a firm's analyst
    out = lead52_attributions(text, out, table)  # lead, round 52: dates, brackets, newsletters, initials
    out = round100_attributions(text, out, table)  # round 100 (attr100): US legislators, a Plc, aides, nil
    out = round101_attributions(text, out, table)  # round 101 (attr101): market voices, suffixes, staff
    out = lead53_attributions(text, out, table)  # lead, round 53: cut phrases, listeners, time words, particles
    out = round102_attributions(text, out, table)  # round 102 (attr102): market ones, legal forms, tickers, titles
    out = round103_attributions(text, out)  # round 103 (attr103): wire stances, results, a company's names, countries
    out = lead54_attributions(text, out, table)  # lead, round 54: an analyst of two firms, participles, market voices
    out = round104_attributions(text, out, table)  # round 104 (attr104): wire acts, secretaries, member lists
    out = round105_attributions(text, out)  # round 105 (attr105): wire records whole: tags, nested, forecasts
    out = round106_attributions(text, out)  # round 106 (attr106): refusals, reasons, feeling nouns, a board
    out = lead55_attributions(text, doc, out, table)  # lead, round 55: legal forms, conjoined cues, companies
    out = round107_attributions(text, out, doc, table)  # round 107 (attr107): refusals, deals, tags, by-agents
    out = round108_attributions(text, out, table)  # round 108 (attr108): wire results, officers, countries
    out = round109_attributions(text, out)  # round 109 (attr109): a participle aside, reported results, countries
    out = lead56_attributions(text, doc, out, table)  # lead, round 56: final tags, participle asides, figures
    out = round110_attributions(text, out, table)  # round 110 (attr110): told after a meeting, tickers, titles
    out = round111_attributions(text, out, table)  # round 111 (attr111): wire sources' types and countries
    out = lead57_attributions(text, out)  # lead, round 57: company officers, quoting papers, documents, names
    out = round112_attributions(text, out, table)  # round 112 (attr112): wire hedges, withheld figures, sources
    out = round113_attributions(text, out, table)  # round 113 (attr113): wire sources, estimates, deals
    out = lead58_attributions(text, out)  # lead, round 58: figure agents, deal terms, owned firms, names
    out = round114_attributions(text, out, table)  # round 114 (attr114): a shared "had", Dutch N.V., closing titles
    for pos in stray[:MAX_WARNINGS]:
        doc.warn(NAME, "W402", f"unmatched closing quotation mark at offset {pos}: skipped")
    unclosed = [q for q in quotes if not q.balanced]
    for q in unclosed[:MAX_WARNINGS]:
        doc.warn(NAME, "W403", f"quotation opened at offset {q.start} is not closed in its paragraph: "
                               "read to the paragraph end with low confidence")
    if len(stray) + len(unclosed) > 2 * MAX_WARNINGS:
        doc.warn(NAME, "W404", f"{len(stray)} unmatched closing and {len(unclosed)} unclosed quotation marks in "
                               f"all; only the first {MAX_WARNINGS} of each are listed")
    return out



def _co_speakers(text: str, doc: Document, cand: Candidate, para: ParsedParagraph, table: SourceTable,
                 people: People, last_quoted: list[Person | None], out: list[Attribution]) -> list[Attribution]:
    """The attributions of the speakers coordinated with the candidate's ("X and Y said": Y's), each finished as a
    lone speaker would be (named, resolved, typed), appended to ``out``. They fold into the first speaker's
    attribution once the source list is merged (``_fold_co_speakers``); the person quoted last stays the first."""
    others = _coordinated_speakers(text, para, cand)
    if not others or cand.speaker is None:
        return []
    listed = table.source_at(text, cand.speaker[0])
    if (listed is not None and listed > cand.speaker[1]) or (
            " ".join(text[cand.speaker[0]:others[-1][0][1]].split()) in table.countries):
        return []  # "The Globe and Mail", "Bosnia and Herzegovina": one name
    saved = last_quoted[0], people.last_said
    found: list[Attribution] = []
    for speaker, head in others:
        co = _finish(text, doc, replace(cand, speaker=speaker, speaker_head=head), table, people, last_quoted)
        if co is not None and co.speaker is not None:
            found.append(co)
    last_quoted[0], people.last_said = saved
    out.extend(found)
    return found


def _runs_on(out: list[Attribution], held: list[Candidate]) -> list[Attribution]:
    """The paragraphs of quotes run over paragraphs, each with the speaker of the attribution of its closing
    paragraph as that was resolved ("“A.¶“B,” he said": A is his, whoever "he" was found to be), in text order.
    Resolved once: a pronoun read again from the earlier paragraph could find someone else."""
    by_cue = {(a.cue.start, a.cue.end): a for a in out if a.cue is not None and a.speaker is not None}
    extra: list[Attribution] = []
    for cand in held:
        owner = by_cue.get(cand.closer) if cand.closer is not None else None
        if owner is None or owner.speaker is None:
            continue
        score = round(min(owner.score, cand.score), 3)
        content = Span(start=cand.content[0], end=cand.content[1], label="content", score=score,
                       evidence=cand.evidence)
        extra.append(owner.model_copy(update={
            "start": min(content.start, owner.speaker.start), "end": max(content.end, owner.speaker.end),
            "label": "direct", "kind": "direct", "score": score, "evidence": cand.evidence, "cue": None,
            "content": content, "speaker": owner.speaker.model_copy(update={"score": score})}))
    if not extra:
        return out
    return sorted(out + extra, key=lambda a: (a.content.start, a.content.end))  # stable: the others keep their order


#: Longest gap, in characters, between a speakerless quotation and the quotes of one speaker around it.
BETWEEN_QUOTES_GAP = 400
#: The share of the surrounding quotes' score such a quotation gets: read from its place, not from a cue.
BETWEEN_QUOTES_SCORE = 0.7


def _between_quotes(out: list[Attribution]) -> list[Attribution]:
    """A direct quotation with no speaker, standing between two quotes given to one speaker with nothing else
    between them ("“...,” Bondarev told the paper. ¶ “...” ¶ “...,” Bondarev added"): that speaker's, as the
    quote before it was resolved, with a lower score."""
    def bare(a: Attribution) -> bool:
        return a.kind == "direct" and a.speaker is None and a.speaker_name is None

    changed = list(out)
    for k, a in enumerate(out):
        if not bare(a):
            continue
        # (other speakerless quotations between them are of the same run: "“A.” ¶ “B.” ¶ “C,” X added")
        before = next((b for b in reversed(out[:k]) if b.content.end <= a.content.start and not bare(b)), None)
        after = next((b for b in out[k + 1:] if b.content.start >= a.content.end and not bare(b)), None)
        if before is None or after is None or before.speaker is None or after.speaker is None:
            continue
        if before.speaker_name is None or before.speaker_name != after.speaker_name or \
                before.source_type == "author" or before.kind not in ("direct", "mixed"):
            continue
        if after.content.start - before.content.end > BETWEEN_QUOTES_GAP * 2 or \
                a.content.start - before.content.end > BETWEEN_QUOTES_GAP or \
                after.content.start - a.content.end > BETWEEN_QUOTES_GAP:
            continue
        score = round(min(before.score, after.score) * BETWEEN_QUOTES_SCORE, 3)
        changed[k] = before.model_copy(update={
            "start": a.content.start, "end": a.content.end, "label": "direct", "kind": "direct", "score": score,
            "evidence": f"{a.evidence}:between-quotes", "cue": None, "content": a.content,
            "speaker": before.speaker.model_copy(update={"score": score})})
    return changed


def _source_of(a: Attribution) -> AttributionSource:
    assert a.speaker is not None
    return AttributionSource(speaker=a.speaker, speaker_name=a.speaker_name, source_type=a.source_type,
                             source_country=a.source_country, state_affiliated=a.state_affiliated, named=a.named,
                             affiliation=a.affiliation, resolved_from=a.resolved_from)


def _fold_co_speakers(attributions: list[Attribution], groups: list[list[int]]) -> list[Attribution]:
    """Each group (the first speaker's attribution, then its coordinated speakers') as one attribution: the speaker
    span over all of them, the first speaker's fields, and one ``sources`` entry per speaker."""
    if not groups:
        return attributions
    drop: set[int] = set()
    for first, *rest in groups:
        a = attributions[first]
        assert a.speaker is not None
        members = [a, *(attributions[i] for i in rest)]
        end = max(m.speaker.end for m in members if m.speaker is not None)
        speaker = a.speaker.model_copy(update={"end": end, "evidence": f"{a.speaker.evidence}:coordinated"})
        attributions[first] = a.model_copy(update={"speaker": speaker, "start": min(a.start, speaker.start),
                                                   "end": max(a.end, speaker.end),
                                                   "sources": [_source_of(m) for m in members]})
        drop.update(rest)
    return [a for i, a in enumerate(attributions) if i not in drop]


def _turns_own_voice(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """"HOST: ... GUEST: I believe that is true.": an "I"/"we" whose cue lies inside a transcript turn (a
    speaker label's statement) is that turn's speaker, not the article's author; named and typed as the turn is."""
    turns = [a for a in attributions if ":speaker-label" in a.evidence and a.speaker is not None
             and a.speaker_name]
    if not turns:
        return attributions

    def voice_at(a: Attribution) -> int | None:
        assert a.speaker is not None
        own = a.cue is not None and text[a.speaker.start:a.speaker.end].strip().lower() in ("i", "we")
        return a.cue.start if own and a.cue is not None else None

    return voice_of_enclosing(attributions, turns, voice_at, "in-turn")


#: Most words a page title's site suffix has ("... | Bangkok Post: news", "... | Coastal Times").
SITE_SUFFIX_MAX_WORDS = 6


def _without_site_suffix(text: str, doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A content in the title that runs into the page's site suffix ("Board backs plan | Coastal Times: news")
    ends before the " | ": the outlet's name and section are the page's furniture, not what was said. Only a
    suffix of a few words after the last bar on the title's line, and only contents that start before it."""
    if not doc.paragraphs:
        return candidates
    first = doc.paragraphs[0]
    line_end = text.find("\n", first.start)
    line_end = first.end if line_end < 0 else min(line_end, first.end)
    bar = text.rfind(" | ", first.start, line_end)
    if bar < 0 or len(text[bar + 3:line_end].split()) > SITE_SUFFIX_MAX_WORDS:
        return candidates
    out = []
    for c in candidates:
        if c.content[0] < bar < c.content[1] and c.content[1] <= line_end:
            end = bar
            while end > c.content[0] and text[end - 1].isspace():
                end -= 1
            c = replace(c, content=(c.content[0], end))
        out.append(c)
    return out


def _editorial_note(text: str, cand: Candidate) -> bool:
    """Is the candidate's speaker the quoting writer's note on a quote ("“...” [emphasis added]"): no one?"""
    head = cand.speaker_head
    if cand.speaker is not None and cand.cue is not None and text[cand.speaker[0] - 1:cand.speaker[0]] in "[(" and (
            text[cand.cue[0]:cand.cue[1]].lower() == "added" and text[cand.cue[1]:cand.cue[1] + 1] in ")]"):
        return True  # "“...” [paragraph breaks added]": the quoting writer's note
    return head is not None and head.lower_ in ("emphasis", "emphases", "italics") and (
        EDITORIAL_NOTE.match(text, cand.offset + head.idx) is not None)


__all__ = ["NAME", "AttributionExtractor", "SourceTable", "extract_attributions", "find_quotes", "load_source_table"]


def _inside_run_on_quote(text: str, quotes: QuoteIndex, cand: Candidate) -> bool:
    """Round 42: a report with an abstraction as its speaker (IDEA_NOUNS) inside a paragraph that goes on with a
    quote left open at the previous paragraph's end (X said: “A.¶“The reason stated: ‘B’.¶“C.”): the cue, its
    subject and its content all stand inside X's running quote, so the paragraph is X's words; the report is
    left out and the paragraph's quote runs on from X's."""
    if cand.cue is None or cand.speaker is None:
        return False
    words = text[cand.speaker[0]:cand.speaker[1]].lower().split()
    if not words or words[-1].strip(".,;:") not in IDEA_NOUNS:
        return False  # only an abstraction as the speaker ("The reason stated: ..."): polnear_dev annotates
        # a person's report nested in a running quote, and the tuning half drops without this
    outer = quotes.containing(cand.cue[0])
    if outer is None or text[outer.start - 1:outer.start] != "\n" or not (
            outer.start <= cand.speaker[0] and cand.content[1] <= outer.end):
        return False
    k = quotes.quotes.index(outer)
    prev = quotes.quotes[k - 1] if k > 0 else None
    return prev is not None and not prev.balanced and text[prev.end:outer.start].strip() == ""

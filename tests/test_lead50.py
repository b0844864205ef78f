"""The lead's fixes of round 50, from reading 1987 company wire: a company's officers are persons, a company's
suffix makes a body, a company's staff is the company, polled analysts are anonymous, a government agency is the
government, a bare surname joins the full name, "it said" after a company is the company, initials keep their
case. Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from spinscope.api import analyze

ATTRIBUTION_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]


def _records(text: str):
    return analyze(text, components=ATTRIBUTION_COMPONENTS).attributions


def _record(text: str, content_start: str):
    return next(a for a in _records(text) if text[a.content.start:a.content.end].startswith(content_start))


@pytest.mark.parametrize("sentence", [
    '"We are not commenting on rumors," spokesman Pavel Orland told Reuters.',
    '"We will not sell the plant," said Chairman R. Tomas Velde.',
])
def test_a_companys_named_officer_after_the_company_is_a_person(sentence):
    text = ("PLANT SALE\n\nKestrel Fabrics Inc said it would keep its mill in Ohio, a company spokesman said.\n\n"
            f"{sentence}")
    record = _record(text, "We ")
    assert record.source_type == "person"
    assert record.state_affiliated is False


def test_a_firm_named_in_the_title_makes_its_chairman_a_person_at_every_mention():
    text = ("MERGER\n\nBorrel Drilling Co Chairman J.K. Amsel said the merger was still possible.\n\n"
            "Amsel said the board would meet again in May.")
    records = _records(text)
    first = _record(text, "the merger")
    assert first.speaker_name == "J.K. Amsel"
    assert {a.source_type for a in records if a.speaker_name == "J.K. Amsel"} == {"person"}
    assert not any(a.state_affiliated for a in records if a.speaker_name == "J.K. Amsel")


def test_a_president_named_in_a_company_story_stays_government():
    text = ("CHIPS\n\nKestrel Fabrics Inc said it would keep its mill in Ohio, a company spokesman said.\n\n"
            '"Tariffs hurt everyone," President Lena Marsh told reporters.')
    assert _record(text, "Tariffs hurt").source_type == "government"


def test_a_ministers_spokesman_stays_government():
    text = ("TARIFFS\n\nThe trade minister said tariffs would rise, the ministry said.\n\n"
            '"We will act soon," spokesman Pavel Orland told reporters.')
    assert _record(text, "We will").source_type == "government"


def test_a_company_suffix_with_a_ticker_is_an_organization_and_it_said_is_the_company():
    text = ("PROFIT\n\nVarnel Metals Ltd <VRNL.S> said its profit this year came from lower costs.\n\n"
            "Sales of the new alloy were higher than expected, it said.")
    first = _record(text, "its profit")
    assert first.source_type == "organization"
    assert first.speaker_name == "Varnel Metals Ltd"
    second = _record(text, "Sales of")
    assert second.speaker is not None and text[second.speaker.start:second.speaker.end] == "it"
    assert second.speaker_name == "Varnel Metals Ltd"
    assert second.source_type == "organization"


def test_a_companys_unnamed_officers_are_the_company():
    text = "MERGER\n\nQuillon Builders officers agreed to back the takeover at the meeting."
    assert _record(text, "to back").source_type == "organization"


def test_polled_analysts_are_anonymous():
    text = "BANK\n\nThe bank is likely to post a higher profit, share analysts polled by Reuters said."
    record = _record(text, "The bank")
    assert record.source_type == "anonymous"
    assert record.source_country is None


def test_a_government_agency_is_the_government():
    text = "DUTY\n\nA Canadian government agency ruled that the imports were harming local farmers."
    record = _record(text, "the imports")
    assert record.source_type == "government"
    assert record.state_affiliated is True


def test_a_bare_surname_joins_the_full_name_spoken_before():
    text = ('OIL\n\n"Prices will rise this spring," said Loren Quastel, oil analyst with Brindle Partners Inc.\n\n'
            '"Demand is firm," Quastel said.')
    record = _record(text, "Demand is firm")
    assert record.speaker_name == "Loren Quastel"
    assert record.named is True


def test_a_one_word_company_named_in_full_before_is_the_company():
    text = ("MERGER\n\nHarlan Tool Co said it still wanted to merge with Pellow International Corp.\n\n"
            "Pellow said the sale would cut its revenues by three pct.")
    record = _record(text, "the sale")
    assert record.source_type == "organization"
    assert record.speaker_name == "Pellow International Corp"


def test_the_head_of_a_trade_association_is_a_person_and_told_keeps_the_subject():
    text = ("COTTON\n\nThe failure of the talks was better than a smaller quota for Peru, President of the Lima "
            "Cotton Exchange Jorge Salas said.\n\n"
            "He told Reuters plans to cut the quota to ten pct were unacceptable because Peru holds big cotton stocks.")
    first = _record(text, "The failure")
    assert first.source_type == "person"
    told = next(a for a in _records(text) if a.cue is not None and text[a.cue.start:a.cue.end] == "told")
    assert text[told.content.start:told.content.end].startswith("plans to cut")


def test_a_surname_resolved_by_name_takes_the_full_names_type():
    from spinscope.components.attribution.lead50 import lead50_attributions
    from spinscope.result import Attribution, Span

    text = ('"The talks are stuck," said Ana Velko, a fellow at the Peace Institute.\n\n'
            '"Nobody will move," Velko said.')

    def span(part: str, label: str) -> Span:
        start = text.index(part)
        return Span(start=start, end=start + len(part), label=label, score=0.9, evidence="test")

    full = Attribution(start=0, end=70, label="direct", score=0.85, evidence="test", kind="direct",
                       speaker=span("Ana Velko, a fellow at the Peace Institute", "speaker"),
                       cue=span("said", "cue"), content=span("The talks are stuck", "content"),
                       speaker_name="Ana Velko", source_type="academic", source_country="US")
    later = Attribution(start=72, end=102, label="direct", score=0.85, evidence="test", kind="direct",
                        speaker=span("Velko said", "speaker").model_copy(update={"end": text.index("Velko said") + 5}),
                        cue=span("said.", "cue"), content=span("Nobody will move", "content"),
                        speaker_name="Ana Velko", source_type="government", source_country="US",
                        state_affiliated=True, resolved_from=Span(start=full.speaker.start,
                                                                  end=full.speaker.start + 9, label="antecedent",
                                                                  score=0.9,
                                                                  evidence="attributions.v1:coref:same-name"))
    out = lead50_attributions(text, [full, later])
    assert (out[1].source_type, out[1].state_affiliated) == ("academic", False)


# ------------------------------------------------------------------------------------------ events

EVENT_COMPONENTS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1", "actors.v1", "events.v1"]


def _events(text: str) -> list[tuple[str, str]]:
    result = analyze(text, components=EVENT_COMPONENTS)
    return [(e.label, result.article.text[e.trigger.start:e.trigger.end]) for e in result.events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("RESERVES\n\nPeru's strong exports contributed to the projected rise in its reserves, bankers said.",
     "contributed"),
    ("METALS\n\nThe weak Chilean peso had helped earnings, the company said.", "helped"),
    ("GRAIN\n\nIn 1985 Chile exported 12 mln tonnes of wheat.", "exported"),
    ("OIL\n\nThe Peruvian oil minister said output was below the quota, but he gave no details on the cartel.",
     "gave"),
])
def test_economic_causes_exports_and_details_are_no_events(text, trigger):
    assert all(t != trigger for _, t in _events(text))


def test_aid_to_a_side_and_troops_keep_their_events():
    found = _events("AID\n\nJapan helped the Philippine government with a large loan. "
                    "Chile contributed troops to the peacekeeping force in Cyprus.")
    assert {t for _, t in found} >= {"helped"}

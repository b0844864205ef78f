"""The lead's fixes of round 56, from reading 1987 wire stories: a clause reported whole by a final tag, a speaker
before a participle aside, one statement split at a comma, a cue's second complement, a content that lost its
bracketed subject, figures and charges that are no statements, and speakers' names. Every sentence and name here
is invented."""

from __future__ import annotations

from spinscope.api import analyze
from tests.attribution_rows import records


def _records(text: str):
    return records(text)[1]


def _record(text: str, content_start: str):
    return next(a for a in _records(text) if text[a.content.start:a.content.end].startswith(content_start))


def _span(text: str, span) -> str:
    assert span is not None
    return text[span.start:span.end]


def test_a_final_tag_reports_the_whole_clause_of_a_country_forecast():
    text = ("BOLIVIA SEES TIN PRICE UP\n\nBolivia expects tin prices to climb steeply before the winter owing to "
            "firmer Asian buying and a drop in Peruvian mine output, Rosa Quispe, deputy minister for mining, told "
            "Bolivian journalists.\n\nTin now trades near 300 dlrs, dealers said.")
    records = _records(text)
    record = _record(text, "Bolivia expects tin prices")
    assert _span(text, record.cue) == "told"
    assert _span(text, record.speaker).startswith("Rosa Quispe")
    assert record.speaker_name == "Rosa Quispe"
    assert _span(text, record.content).endswith("Peruvian mine output")
    assert not any(_span(text, a.speaker) == "Bolivia" for a in records if a.speaker is not None)


def test_a_speaker_before_a_participle_aside_says_the_clause():
    text = ("KORVAL SEES GROWTH\n\n<Korval Marine Ltd>, reporting a steeply lower 1986 profit, said it foresaw "
            "steady growth in orders and earnings over the coming four years.")
    records = _records(text)
    record = _record(text, "it foresaw steady growth")
    assert _span(text, record.cue) == "said"
    assert _span(text, record.speaker) == "Korval Marine Ltd"
    assert record.source_type == "organization"
    assert not any(_span(text, a.cue) == "reporting" for a in records if a.cue is not None)


def test_one_statement_split_at_a_comma_is_one_record():
    text = ("DELMAR SAYS COSTS FELL\n\nDelmar Ltd said its return to profit mirrored reduced costs, improved "
            "primary zinc prices and its exit from a Korean refinery venture.\n\nIt said lower interest rates "
            "also helped.")
    records = [a for a in _records(text) if _span(text, a.content).startswith(("its return", "improved"))]
    assert len(records) == 1
    assert _span(text, records[0].content).endswith("Korean refinery venture")


def test_a_second_complement_of_the_cue_stays_in_the_content():
    text = ("ENERGY FUTURES\n\nDealers expect quiet trade today.\n\nDealers said the supply squeeze in 25-day "
            "forward April Brent appears to be over.")
    record = _record(text, "the supply squeeze")
    assert _span(text, record.content).endswith("appears to be over")


def test_a_bracketed_subject_with_its_apposition_opens_the_content():
    text = ("HALCYON TO BUY STAKE\n\nHalcyon Corp said it agreed to purchase a 16 pct stake in a Japanese maker of "
            "lace.\n\nIn addition, it said <Moriya Trading Co Ltd>, an affiliate of Halcyon, will buy four mln new "
            "shares of the maker for 20 mln dlrs.")
    record = _record(text, "<Moriya Trading Co Ltd>")
    assert _span(text, record.content).endswith("for 20 mln dlrs")


def test_figures_and_charges_in_the_accounts_are_no_statements():
    text = ("RETAIL SALES\n\nDealers said retail sales were firm in March.\n\nOrbis Stores Inc <ORB> posted a 6.1 "
            "pct increase. Operating net includes a 640,000 dlrs charge for a restructuring set out in early "
            "February.\n\nFor the quarter, Orbis reported net of 3.1 mln dlrs or 11 cts a share.")
    cues = [_span(text, a.cue) for a in _records(text) if a.cue is not None]
    assert cues == ["said"]


def test_guard_reported_with_a_clause_stays_a_record():
    text = ("ORBIS RESULTS\n\nOrbis Stores Inc reported first quarter earnings from its stores fell to 1.5 mln "
            "dlrs from 3.2 mln dlrs.")
    record = _record(text, "first quarter earnings")
    assert _span(text, record.cue) == "reported"


def test_an_owned_affiliate_speaks_by_its_bracketed_name():
    text = ("AFFILIATE RESTATES LOSS\n\nArden-Signal Inc's 48.2 pct owned <Union Dakota Petroleum Corp> affiliate "
            "said it has restated its third quarter and annual losses and sales to raise the reserve for the planned "
            "end of a pricing quarrel over Malaysian gas.")
    record = _record(text, "it has restated")
    assert record.speaker_name == "Union Dakota Petroleum Corp"


def test_the_exchange_after_a_named_exchange_is_that_exchange():
    text = ("EXCHANGE RAISES MARGINS\n\nThe Osaka Rice Exchange said it will lift the margin on spot contracts "
            "from March 2.\n\nThe exchange said it raised the spot March margin to 130,000 yen on open contracts.")
    record = _record(text, "it raised the spot")
    assert record.speaker_name == "Osaka Rice Exchange"
    assert record.source_type == "organization"


def test_unnamed_market_voices_joined_by_and_are_anonymous():
    text = ("NO RIVAL BID SEEN FOR KESTREL\n\nSeveral analysts said they see no rival suitor for Kestrel Freight "
            "Corp.\n\nAnalysts and a few Wall Street sources said they doubted a rival bidder would appear since "
            "Kestrel had been on the block for months before a deal was struck on Friday.")
    record = _record(text, "they doubted a rival")
    assert record.source_type == "anonymous"
    assert record.source_country is None


def test_a_surname_that_is_the_middle_of_a_full_name_is_that_speaker():
    text = ("ECUADOR COCOA CROP SAFE\n\nJorge Salas Quiroga, president of the Andes growers group, told Reuters the "
            "cocoa crop had escaped the floods.\n\nSalas said heavy rains would only harm the crop if they went on "
            "into May, when picking starts.")
    record = _record(text, "heavy rains would")
    assert record.speaker_name == "Jorge Salas Quiroga"


def test_a_counted_quantity_exported_to_a_country_is_no_accusation():
    text = ("CHILE COPPER SALES\n\nChile exported 212,000 tonnes of refined copper to Japan in the first half, the "
            "mining ministry said.")
    events = analyze(text).events
    assert not any(e.label == "ACCUSE" for e in events)


def test_guard_exporting_trouble_stays_an_accusation():
    text = "GULF CHARGE\n\nIraq accused Iran of exporting its revolution to Kuwait."
    assert any(e.label == "ACCUSE" for e in analyze(text).events)


def test_the_president_of_a_growers_group_is_a_person():
    text = ("CHILE FRUIT CROP SAFE\n\nRecent frosts have not harmed the Chilean fruit crop and growers expect a "
            "record harvest, the president of one among Chile's three fruit grower groups said.\n\n"
            "Carlos Mendez Rojas, president of the Fruta Sur group of growers which handles a fifth of Chile's "
            "sales, told Reuters a crop of up to 90,000 tonnes was likely. He said Chile sold 80,000 tonnes last year.")
    records = [a for a in _records(text) if a.speaker_name == "Carlos Mendez Rojas"]
    assert len(records) == 3
    assert all(a.source_type == "person" and a.source_country == "CL" for a in records)
    told = next(a for a in records if _span(text, a.cue) == "told")
    assert _span(text, told.content) == "a crop of up to 90,000 tonnes was likely"


def test_a_company_whose_first_word_the_wire_title_took_is_one_source():
    text = ("KORVA LINES <KVL> HAS MIXED GAINS, CHARGES KORVA\n\nLines Inc said its second quarter results will show a "
            "gain of 20 mln dlrs from selling a ferry unit.\n\nKorva Lines said the charges cover reserves set up "
            "for older ships.")
    records = _records(text)
    assert len(records) == 2
    assert {a.speaker_name for a in records} == {"Korva Lines Inc"}


def test_guard_a_title_ending_in_a_headline_word_names_no_company():
    text = ("ORBIS <ORB> SETS ANTI-TAKEOVER PLAN\n\nOrbis Chemical Inc said its directors adopted a rights plan to "
            "guard shareholders against coercive bids.")
    assert [a.speaker_name for a in _records(text)] == ["Orbis Chemical Inc"]

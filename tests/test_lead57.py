"""The lead's fixes of round 57, from reading short 1987 wire stories: a company's officer typed as a state's, "It
said" after a paper's quotation, documents that say things, contents that lost or gained words at their start, and
companies' names. Every sentence and name here is invented."""

from __future__ import annotations

from tests.attribution_rows import records


def _record(text: str, content_start: str):
    t, found = records(text)
    return next(a for a in found if t[a.content.start:a.content.end].startswith(content_start))


def _span(text: str, span) -> str:
    assert span is not None
    return text[span.start:span.end]


def test_a_company_president_who_told_shareholders_is_a_person():
    text = ("NORTHGATE SEES GAINS\n\nNorthgate Holdings Inc said it expects profits in 1987 to rise by at least 10 "
            "pct.\n\n\"Lower interest rates should help us grow further this year,\" president Alan Whitby told "
            "shareholders at the annual meeting.")
    record = _record(text, "Lower interest rates")
    assert record.speaker_name == "Alan Whitby"
    assert record.source_type == "person"


def test_a_company_vice_president_quoted_by_a_paper_is_a_person():
    text = ("SHELL TO BUILD PLANT\n\nThe Daily Star said Shell Oil Corp plans a new plant in Lagos.\n\nIt quoted "
            "Shell vice president Peter Holmes, now in Lagos, as saying he is hopeful about demand and that Lagos "
            "will welcome foreign firms.")
    record = _record(text, "he is hopeful")
    assert record.speaker_name == "Peter Holmes"
    assert record.source_type == "person"


def test_a_head_of_state_in_a_company_story_stays_a_state_voice():
    text = ("ACME WINS ORDER\n\nAcme Corp said it won a 40 mln dlr order for buses.\n\nPresident Ronald Reagan "
            "told reporters the government would keep its trade policy.")
    record = _record(text, "the government would keep")
    assert record.source_type != "person"


def test_it_said_after_it_quoted_is_the_paper():
    text = ("SHELL TO BUILD PLANT\n\nThe Daily Star said Shell plans a new plant in Lagos.\n\nIt quoted Shell "
            "chairman Peter Holmes, now in Lagos, as saying he is hopeful about demand and that Lagos will welcome "
            "foreign firms.\n\nIt said Shell sold 10 mln dlrs of fuel to the country last year.")
    record = _record(text, "Shell sold 10 mln")
    assert record.speaker_name == "Daily Star"
    assert record.source_type == "media"


def test_an_agreement_that_says_is_a_report():
    text = ("CHILE-PERU TRADE UP\n\nTrade between Chile and Peru rose 40 pct last year, Foreign Minister Juan "
            "Lopez said.\n\nSteel trade will double by 1990, the agreement said.")
    record = _record(text, "Steel trade will double")
    assert record.source_type == "report"


def test_said_in_a_statement_starts_the_content_at_its_subject():
    text = ("GULF BODY BACKS TARIFF CUT\n\nThe Gulf Commission has approved a plan to cut tariffs on steel.\n\nIt said "
            "in a statement it approved a proposal to let member states drop duties on imports of steel.")
    t, found = records(text)
    record = next(a for a in found if "let member states" in t[a.content.start:a.content.end])
    assert t[record.content.start:record.content.end].startswith("it approved a proposal")


def test_a_content_keeps_its_subject_before_an_aside():
    text = ("TOKAI BUYS ACME STAKE\n\nAcme Corp said Tokai Bank of Japan, in a bid to expand overseas, bought five "
            "pct of Acme for 20 mln dlrs.")
    t, found = records(text)
    record = next(a for a in found if "five pct of Acme" in t[a.content.start:a.content.end])
    assert t[record.content.start:record.content.end].startswith("Tokai Bank of Japan, in a bid")


def test_a_company_named_with_and_is_one_name():
    text = ("FARM GROUP HAS RECORD YEAR\n\nFarmers and Growers Equity Trust said it declared a special dividend of "
            "20 cts per share.\n\nButler and Knox Holdings Inc said it had record net profit in 1986.\n\nThe "
            "company said sales rose 12 pct.")
    first = _record(text, "it declared a special dividend")
    assert _span(text, first.speaker) == "Farmers and Growers Equity Trust"
    assert first.speaker_name == "Farmers and Growers Equity Trust"
    assert _record(text, "it had record net profit").speaker_name == "Butler and Knox Holdings Inc"
    assert _record(text, "sales rose 12 pct").speaker_name == "Butler and Knox Holdings Inc"


def test_two_people_joined_by_and_are_not_a_company():
    record = _record("BUDGET PLAN\n\nSmith and Jones said the plan would fail.", "the plan would fail")
    assert record.speaker_name != "Smith and Jones"


def test_a_title_that_took_the_company_word_gives_one_name():
    text = ("ZENTEC BUYS STAKE IN ZTX CORP ZTX\n\nCorp said Zentec KK of Japan, in a push to grow abroad, bought "
            "four mln dlrs of its shares.\n\nZTX noted that Zentec expects sales of two billion dlrs by 1990.")
    found = records(text)[1]
    names = {a.speaker_name for a in found if a.speaker is not None and "Zentec" not in (a.speaker_name or "")}
    assert len(names) == 1
    assert "CORP" not in next(iter(names))


def test_a_central_bank_helping_the_money_market_is_no_event():
    from spinscope import analyze

    text = ("U.K. MONEY MARKET HELP\n\nThe Bank of England said it gave the discount market 150 mln stg of "
            "assistance before noon.")
    assert not [e for e in analyze(text).events if e.label == "AID"]


def test_aid_to_a_country_stays_an_event():
    from spinscope import analyze

    text = ("AID FOR SUDAN\n\nJapan said it had given Sudan 20 mln dlrs of food aid after the floods.")
    assert [e for e in analyze(text).events if e.label == "AID"]


def test_the_government_agency_is_the_state_body_named_above():
    text = ("OTTAWA CLEARS DEAL\n\nTrade Review Canada said it has approved the takeover of Pine Books Ltd by Larch "
            "Media Inc.\n\nThe government agency said, however, Larch has agreed to sell control of Pine to "
            "Canadian buyers within two years.")
    record = _record(text, "however, Larch has agreed")
    assert record.speaker_name == "Trade Review Canada"
    assert record.source_country == "CA"


def test_the_company_named_by_a_legal_form_alone_takes_the_whole_name():
    text = ("Z.E.T.A. <ZETA> BUYS UNIT Z.E.T.A.\n\nCo said it has acquired the assets of Rolf Tools Inc.\n\nThe "
            "company said it paid 2.1 mln dlrs.\n\nRolf had sales of about five mln dlrs in 1986, it said.")
    found = records(text)[1]
    assert {a.speaker_name for a in found if a.speaker is not None} == {"Z.E.T.A. Co"}


def test_a_title_that_took_the_first_word_of_a_ticker_company_gives_one_source():
    text = ("KENT FOODS <KNT> COMPLETES PLANT SALE BRV\n\nDairy Group Inc <BRVG> said it has completed the purchase "
            "of three Kent dairy plants.\n\nLast week, BRV said the sale had been delayed.\n\nKent said the price "
            "was 40 mln dlrs.")
    first = _record(text, "it has completed the purchase")
    assert first.speaker_name == "BRV Dairy Group Inc"
    assert _record(text, "the sale had been delayed").speaker_name == "BRV Dairy Group Inc"
    assert _record(text, "the price was 40 mln").speaker_name == "Kent"


def test_a_negated_cue_with_its_object_between_is_no_statement():
    text = ("ACME SELLS UNIT\n\nAcme Corp said it completed the sale of its paint unit for 40 mln dlrs.\n\nAcme did "
            "not indicate the amount of profit, if any, it expects to book from the deal.")
    t, found = records(text)
    assert [t[a.content.start:a.content.end] for a in found] == [
        "it completed the sale of its paint unit for 40 mln dlrs"]

"""The lead's fixes of round 58, from reading short 1987 company wire stories: figures read as agents or as
accusations, a deal's terms read as a view, a controlled company's apposition read as its speaker, a company named
with "and", a company's "Resources" typed as a newsroom, Canadian compounds, one record twice. Every sentence and
name here is invented."""

from __future__ import annotations

from tests.attribution_rows import records


def _contents(text: str) -> list[str]:
    t, found = records(text)
    return [t[a.content.start:a.content.end] for a in found]


def _record(text: str, content_start: str):
    t, found = records(text)
    return next(a for a in found if t[a.content.start:a.content.end].startswith(content_start))


def _span(text: str, span) -> str:
    assert span is not None
    return text[span.start:span.end]


def test_a_figure_after_by_is_no_speaker():
    text = ("ORVILLE MILLS 4TH QTR NET\n\nShr 40 cts vs 31 cts\n\nNOTE: By counting the bakeries for one month, "
            "4th qtr earnings were raised by nine cts per shr and year earnings by 12 cts.")
    assert not any("earnings" in c for c in _contents(text))


def test_charges_of_a_figure_in_words_are_no_accusation():
    text = ("ORVILLE MILLS 4TH QTR LOSS\n\nShr loss 1.10 dlrs vs loss 40 cts\n\nNOTE: Results include charges of "
            "four mln dlrs or 80 cts shr for closing two bakeries.")
    assert not any(c.startswith("four mln") for c in _contents(text))


def test_a_transaction_that_calls_for_shares_is_no_record():
    text = ("DELTA MOTORS TO BUY PARTS MAKER\n\nDelta Motors Inc said it agreed to buy Pell Parts Corp.\n\nThe "
            "transaction calls for the issuance of two Delta shares for each Pell share.")
    assert not any(c.startswith("the issuance") for c in _contents(text))


def test_people_who_call_for_something_still_speak():
    text = "Farm leaders in Ohio called for higher support prices for corn."
    assert any(c.startswith("higher support prices") for c in _contents(text))


def test_an_owned_company_before_its_parent_is_the_speaker():
    text = ("NORDGAS TO SELL FIELDS\n\n<Nordgas Petroleum Ltd> said it will sell its interest in two "
            "fields.\n\nNordgas, 62 pct-owned by Harlow Group Ltd <HGL>, said it would receive 12 mln dlrs in cash.")
    record = _record(text, "it would receive 12 mln")
    assert record.speaker_name == "Nordgas Petroleum Ltd"
    assert _span(text, record.speaker).startswith("Nordgas")
    assert not record.sources


def test_an_owned_company_alone_is_named_without_its_parent():
    text = "Brant Mining Corp, 45 pct owned by Harlow Group Ltd, said it would close the mine in June."
    record = _record(text, "it would close the mine")
    assert record.speaker_name == "Brant Mining Corp"


def test_a_company_named_with_and_one_word_is_one_company():
    text = ("ORVILLE RAISES PRICES\n\nOrville Steel and Wire Corp said it is raising prices for rod and bar.\n\n"
            "Orville said the increase reflects higher scrap costs.")
    first = _record(text, "it is raising prices")
    later = _record(text, "the increase reflects")
    assert first.speaker_name == "Orville Steel and Wire Corp"
    assert not first.sources
    assert later.speaker_name == "Orville Steel and Wire Corp"


def test_two_companies_each_with_a_legal_form_stay_two():
    text = "Delta Motors Inc and Pell Parts Corp said they agreed to merge their truck units."
    record = _record(text, "they agreed to merge")
    assert len(record.sources) == 2


def test_a_resources_company_is_no_newsroom():
    text = ("GRANITE FINDS GOLD\n\nGranite Resource Inc said it found gold at its Nevada property.\n\nResource said "
            "it will start drilling in May.")
    assert _record(text, "it found gold").source_type == "organization"
    assert _record(text, "it will start drilling").source_type == "organization"


def test_a_canadian_compound_name_is_canadian():
    text = ("PANCANADIAN UNIT SELLS MILL\n\nPanCanadian Timber Ltd said it sold its pulp mill in Oregon for 30 mln "
            "dlrs.")
    assert _record(text, "it sold its pulp mill").source_country == "CA"


def test_one_content_is_not_given_two_records():
    text = ("Resource Drilling Inc said it agreed to let a partner drill 20 wells on its Ohio lease.\n\nResource "
            "said gas produced from the lease will be carried through its own pipeline. Also, Resource said it "
            "will provide field work to finish the wells and it will run them after they are finished.")
    contents = _contents(text)
    assert len(contents) == len(set(contents))


def test_the_establishment_of_something_is_no_elite():
    from spinscope import analyze

    text = ("The two ministers agreed on the establishment of a joint trade commission by June. The establishment "
            "in both capitals has long opposed such bodies, critics said.")
    result = analyze(text)
    elites = [a for a in result.actors if a.name == "The elites"]
    assert len(elites) == 1
    assert [text[m.start:m.end] for m in elites[0].mentions] == ["The establishment"]


def test_a_bracketed_name_cut_by_the_title_line_is_named_whole():
    text = ("ARGO TOOL SETS STOCK SPLIT <ARGO\n\nTool Inc> said its board approved a two-for-one split.\n\nThe "
            "company said the split is payable May 1.\n\nArgo Tool said it has 2.1 mln shares outstanding.")
    names = {_record(text, start).speaker_name for start in ("its board", "the split is", "it has 2.1")}
    assert names == {"Argo Tool Inc"}

"""events.v1 and ``spinscope predict events``: PLOVER triples with mode and voice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from spinscope.cli import cli
from spinscope.document import ArticleInput
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline
from spinscope.predict import score_events
from tests.event_predictions import predicted as _predicted

GOLD = Path(__file__).parent / "gold" / "events.jsonl"
#: Quality gate on the hand-written gold sentences: may only go up.
MIN_GOLD_RECALL = 0.85
MAX_GOLD_FALSE_POSITIVES = 0.25


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    return Pipeline.from_names(["segment.v1", "entities.v1", "actors.v1", "events.v1"])


def _events(pipeline: Pipeline, text: str):
    doc = pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    return [(e.label, doc.actors[e.actor].country or doc.actors[e.actor].code,
             (doc.actors[e.target].country or doc.actors[e.target].code) if e.target is not None else None, e.mode)
            for e in doc.events], doc


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces shelled Kharkiv on Friday.", ("ASSAULT", "RUS", "UKR", "asserted")),
    ("Poland accused Minsk of staging the crisis.", ("ACCUSE", "POL", "BLR", "asserted")),
    ("Moscow did not threaten Tallinn.", ("THREATEN", "RUS", "EST", "negated")),
    # CAMEO codes an announced aid as an intent to provide aid (033, PLOVER AGREE), its mode planned
    ("Beijing will send aid to Belarus next year.", ("AGREE", "CHN", "BLR", "planned")),
    ("If Polish troops cross the border, Belarus will retaliate.", ("THREATEN", "BLR", "POL", "hypothetical")),
    ("The president of Belarus visited China in June.", ("CONSULT", "BLR", "CHN", "asserted")),
    ("Germany could sanction Iran over the drone deliveries.", ("SANCTION", "DEU", "IRN", "hypothetical")),
])
def test_events_code_triples_with_mode(events_pipeline, text, expected):
    events, _ = _events(events_pipeline, text)
    assert expected in events


def test_events_no_event_without_two_actors(events_pipeline):
    events, _ = _events(events_pipeline, "The weather in Minsk was cold, and prices rose.")
    assert events == []


def test_events_reported_statement_names_its_speaker(events_pipeline):
    text = "According to the Italian newspaper Corriere della Sera, NATO will send weapons to Kyiv."
    events, doc = _events(events_pipeline, text)
    # an announced delivery of weapons is an intent to give military aid (CAMEO 033: AGREE)
    assert ("AGREE", "IGOWSTNAT", "UKR", "reported") in events
    event = doc.events[0]
    assert doc.actors[event.speaker].name == "Corriere della Sera"
    assert doc.text[event.trigger.start:event.trigger.end] == "send"


def test_events_quoted_we_is_the_speaker(events_pipeline):
    text = "Belarus confirmed that \u201cwe will stand by Russia in any situation.\u201d"
    events, _ = _events(events_pipeline, text)
    # "will stand by" announces support: CAMEO's intent to cooperate (032: AGREE)
    assert ("AGREE", "BLR", "RUS", "planned") in events


def test_events_gold_quality_gate():
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(items) >= 60
    from spinscope.predict import predict_events

    scores = score_events(items, list(predict_events(items)))
    assert scores.recall >= MIN_GOLD_RECALL, scores.as_dict()
    assert scores.false_positive_rate <= MAX_GOLD_FALSE_POSITIVES, scores.as_dict()


def test_predict_events_cli_writes_the_exchange_format(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s1", "text": "Russia attacked Ukraine."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["predict", "events", "--input", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["id"] == "s1"
    assert {k: line["events"][0][k] for k in ("source", "target", "event", "source_code", "target_code")} == {
        "source": "Russia", "target": "Ukraine", "event": "ASSAULT", "source_code": "RUS", "target_code": "UKR"}


def test_predict_events_cli_names_a_layer_that_failed(tmp_path, monkeypatch):
    # a crash of the events layer must not read as "no events": the item's line is written, and the failure said
    from spinscope.components.events import EventCoder

    def broken(self, doc):
        raise RuntimeError("table missing")

    monkeypatch.setattr(EventCoder, "__call__", broken)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s1", "text": "Russia attacked Ukraine."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["predict", "events", "--input", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8")) == {"id": "s1", "events": []}
    assert "warning: item 's1': events.v1 failed" in result.output and "table missing" in result.output


def test_predict_events_cli_bad_line_is_one_error(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "ok"}\n{not json\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["predict", "events", "--input", str(src)])
    assert result.exit_code == 1
    assert "in.jsonl:2: invalid JSON" in result.output
    assert "Traceback" not in result.output


def test_predict_events_user_dictionary_changes_the_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s1", "text": "Ruritania attacked Ukraine."}) + "\n", encoding="utf-8")
    user = tmp_path / "actors.tsv"
    user.write_text("name\ttype\tcode\tcountry\taliases\nRuritania\tcountry\tRRT\tRRT\truritania\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["predict", "events", "--input", str(src)])
    extended = runner.invoke(cli, ["predict", "events", "--input", str(src), "--actors", str(user)])
    assert plain.exit_code == extended.exit_code == 0
    assert '"source_code": "RRT"' not in plain.output
    assert '"source_code": "RRT"' in extended.output


@pytest.mark.slow
def test_events_opinion_article_acceptance(opinion_article):
    """Issue 5's acceptance on the sample opinion article (voices need attributions.v1 when present)."""
    from spinscope import analyze

    result = analyze(opinion_article)
    actors = result.actors

    def country(i):
        return None if i is None else actors[i].country or actors[i].code

    def find(label, src, tgt):
        return [e for e in result.events if e.label == label and country(e.actor) == src and country(e.target) == tgt]

    visit = find("CONSULT", "BLR", "CHN")
    assert visit and any(actors[e.actor].name == "Alexander Lukashenko" for e in visit)
    support = find("SUPPORT", "CHN", "BLR")
    assert support and actors[support[0].speaker].name == "Xi Jinping"
    threat = find("THREATEN", "BLR", "UKR")
    assert threat and threat[0].mode == "hypothetical"
    assert actors[threat[0].speaker].name == "Belarusian Foreign Ministry"
    aid = find("AID", "IGOWSTNAT", "UKR")
    assert aid and aid[0].mode == "reported"
    assert actors[aid[0].speaker].name == "Corriere della Sera"
    if result.attributions:  # attributions.v1 ran: the voices are its attributions
        for event in (support[0], threat[0], aid[0]):
            assert event.voice is not None
            att = result.attributions[event.voice]
            assert att.content.start <= event.trigger.start < att.content.end


# --------------------------------------------------------------------------- patterns added for issue 17


@pytest.mark.parametrize(("text", "expected"), [
    # the governing verb is the event, its target in the complement clause or the condition
    ("Serbia threatened to cut all ties with Hungary unless Budapest apologised.", ("THREATEN", "SRB", "HUN")),
    ("Armenia threatened to leave the talks if Azerbaijan kept shelling the border.",
     ("THREATEN", "ARM", "AZE")),
    # "demanded that X ..." targets X
    ("Peru demanded that Bolivia return the seized trucks.", ("REQUEST", "PER", "BOL")),
    # "said (that) X must ..." is a demand of the speaker to X
    ("Norway said Sweden must reopen the border crossing at once.", ("REQUEST", "NOR", "SWE")),
    # a light verb carries its event noun
    ("Chilean students staged a hunger strike against the government of Chile.", ("PROTEST", "CHL", "CHL")),
    ("Kenya lodged an official protest with Uganda over the fishing dispute.", ("ACCUSE", "KEN", "UGA")),
    # announced cooperation is an intent (CAMEO 03), announced harm a threat (CAMEO 13)
    ("Japan will provide emergency aid to Tonga.", ("AGREE", "JPN", "TON")),
    ("Ghanaian leaders said they would boycott all contact with Togo.", ("THREATEN", "GHA", "TGO")),
    # a reported pronoun is the speaker; a refusal is a REJECT
    ("Jordan says it will not accept more refugees from Syria.", ("REJECT", "JOR", "SYR")),
    # a labour strike is a protest, an air strike an attack; calling a strike off is a concession
    ("Bolivian miners staged a strike against the government of Bolivia.", ("PROTEST", "BOL", "BOL")),
    ("Israel carried out air strikes on Hamas positions in Gaza.", ("ASSAULT", "ISR", "PSE")),
    # expelling inspectors is a sanction (166), not a deportation (174)
    ("Iran expelled the inspectors of the International Atomic Energy Agency.", ("SANCTION", "IRN", "IGO")),
    # an organisation named after its country belongs to it
    ("The Kenyan Teachers Union accused Uganda of harassing its members.", ("ACCUSE", "KEN", "UGA")),
    # a hostile act announced under a condition is a threat; the condition's own act is not
    ("Nigeria will withdraw its peacekeepers from Chad unless the fighting stops.", ("THREATEN", "NGA", "TCD")),
    # an international organisation's office holder speaks for it
    ("U.N. Secretary-General Kofi Annan said he will withdraw the inspectors from Iraq.", ("THREATEN", "IGO", "IRQ")),
])
def test_events_issue17_patterns(text, expected):
    assert expected in [e[:3] for e in _predicted(text)], _predicted(text)


def test_events_complement_of_a_refusal_is_negated():
    events = _predicted("Pakistan refused to deploy troops to Iraq.")
    assert ("REJECT", "PAK", "IRQ") in [e[:3] for e in events]
    assert all(mode == "negated" for label, _, _, mode in events if label == "MOBILIZE")


def test_events_event_without_a_target_keeps_its_source():
    events = _predicted("Serbia withdrew its troops on Sunday.")
    assert ("RETREAT", "SRB", None) in [e[:3] for e in events]


def test_events_sentence_without_actors_has_no_events():
    assert _predicted("Prices rose and the weather stayed cold all week.") == []


def test_events_condition_clause_is_no_threat():
    events = _predicted("If Polish troops cross the border, Belarus will retaliate.")
    assert ("THREATEN", "BLR", "POL") in [e[:3] for e in events]
    assert ("THREATEN", "POL", "BLR") not in [e[:3] for e in events]


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # issue 17's miscodings, in sentences of our own
    ("Moscow hit back at Washington with sanctions on American officials.", ("SANCTION", "RUS", "USA"),
     ("ACCUSE", "RUS", "USA")),
    ("The United States slapped sanctions on Iranian oil firms.", ("SANCTION", "USA", "IRN"), None),
    ("Russia hit back at the European Union, banning 20 EU officials from entering the country.",
     ("COERCE", "RUS", "IGO"), None),
    ("The opposition said France contributed to the coup in Niger.", None, ("AID", "FRA", None)),
    ("Turkey criticised Swedish broadcasters over their coverage.", ("ACCUSE", "TUR", "SWE"), None),
])
def test_events_issue17_reported_miscodings(text, expected, not_expected):
    got = [e[:3] for e in _predicted(text)]
    if expected is not None:
        assert expected in got, got
    if not_expected is not None:
        assert not_expected not in got, got


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a generic noun takes the event of its modifier ("a mediation effort" is a mediation)
    ("Norway's foreign minister started a mediation effort between Sudan and Chad on Monday.",
     ("CONSULT", "NOR", "SDN"), None),
    # a promise of a hostile act is a threat (CAMEO 138), whatever the verb of promising codes alone
    ("Chadian rebels have sworn to fight the army of Chad until the president resigns.",
     ("THREATEN", "TCD", "TCD"), "ACCUSE"),
    # a promise of cooperation is one intent (CAMEO 031), not a second AGREE of the promise itself
    ("The Serbian government pledged to cooperate with the tribunal in The Hague.", ("AGREE", "SRB", "NLD"),
     None),
    # a to-infinitive clause spaCy hangs off its governor acts with the governor's subject
    ("Hungarian farmers drove tractors into Budapest to protest against the government of Hungary.",
     ("PROTEST", "HUN", "HUN"), None),
])
def test_events_noun_heads_promises_and_infinitive_clauses(text, expected, absent):
    events = [e[:3] for e in _predicted(text)]
    assert expected in events, events
    if absent is not None:
        assert not any(e[0] == absent for e in events), events
    if expected[0] == "AGREE":
        assert [e for e in events if e[0] == "AGREE"] == [expected], events


def test_events_international_bodies_are_coded_igo():
    # the PLOVER gold standard records code international NGOs as IGO; acronyms Phoenix lacks are known
    events = [e[:3] for e in _predicted("Amnesty International accused Egypt of torturing prisoners.")]
    assert ("ACCUSE", "IGO", "EGY") in events, events
    events = [e[:3] for e in _predicted("The OSCE criticised Belarus over the conduct of the election.")]
    assert ("ACCUSE", "IGO", "BLR") in events, events
    events = [e[:3] for e in _predicted("The African Union suspended Mali after the coup.")]
    assert ("SANCTION", "IGO", "MLI") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # "went on strike": the event is the noun of the "on" phrase, not a visit
    ("Greek dock workers went on strike against the government of Greece.", ("PROTEST", "GRC", "GRC")),
    # "expressed support for": a light verb carries its event noun
    ("Japan expressed support for the Philippine government.", ("SUPPORT", "JPN", "PHL")),
    # "insisted that X pay": a subjunctive that-clause is a demand to X
    ("Iraq insisted that Kuwait pay compensation.", ("REQUEST", "IRQ", "KWT")),
])
def test_events_light_verbs_and_subjunctive_demands(text, expected):
    assert expected in [e[:3] for e in _predicted(text)], _predicted(text)


def test_events_indicative_that_clause_of_saying_is_no_demand():
    events = [e[:3] for e in _predicted("Iraq said that Kuwaiti troops control the border crossing.")]
    assert not any(e[0] == "REQUEST" for e in events), events


def test_events_ready_to_act_is_the_subjects_intent():
    # "is ready / willing / prepared to" + act: the copula's subject acts, and the act is announced (an intent)
    events = _predicted("Kenya is ready to lift the ban on the Orange Democratic Movement.")
    assert ("AGREE", "KEN", "KEN", "planned") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # "came under fire from Y": Y acts on the subject
    ("A Pakistani army post came under fire from Indian troops overnight.", ("ASSAULT", "IND", "PAK")),
    # a passive with no agent of its own: the agent of the act it happened in
    ("Eleven Iraqi soldiers were killed in an ambush by Syrian militiamen.", ("ASSAULT", "SYR", "IRQ")),
    # a noun of a transitive act: "of" is its target, "by" its source
    ("The arrest of two Danish journalists by Egyptian police drew protests.", ("COERCE", "EGY", "DNK")),
])
def test_events_acts_undergone_and_nouns_of_acts(text, expected):
    assert expected in [e[:3] for e in _predicted(text)], _predicted(text)


def test_events_the_us_is_a_country_not_the_pronoun_us():
    # "US" (the country) as the subject of a reported must-clause is the target of a demand; "us" the pronoun
    # inside a statement is its speaker
    events = [e[:3] for e in _predicted("The Arab League concluded that the US must lift its sanctions on Syria.")]
    assert ("REQUEST", "IGO", "USA") in events, events
    events = [e[:3] for e in _predicted("Iran said the Americans attacked us without warning.")]
    assert ("ASSAULT", "USA", "IRN") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # dismissing a proposal is rejecting it (CAMEO "dismiss * &PROPOSAL"), not a criticism
    ("Kurdish rebels dismissed a Turkish proposal for a truce.", ("REJECT", "TUR", "TUR")),
    # conjoined verbs share the later verb's objects
    ("Japanese volunteers donated and personally delivered medicine to a hospital in Iraq.", ("AID", "JPN", "IRQ")),
])
def test_events_dismissed_proposals_and_shared_objects(text, expected):
    assert expected in [e[:3] for e in _predicted(text)], _predicted(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a protest addressed to a government is an official complaint (CAMEO 114), not a demonstration
    ("Beijing protested to Washington over the sale of fighter jets to Taiwan.", ("ACCUSE", "CHN", "USA")),
    # "placed X under house arrest": the act the object is put under
    ("The military junta in Myanmar placed the Thai envoy under house arrest.", ("COERCE", "MMR", "THA")),
])
def test_events_complaints_and_acts_put_under(text, expected):
    assert expected in [e[:3] for e in _predicted(text)], _predicted(text)


def test_events_a_phrase_pattern_does_not_match_inside_an_actors_name():
    # "release * aid" is giving aid; "released three Pakistani aid workers" frees people (CAMEO 084: RETREAT)
    events = [e[:3] for e in _predicted("The Taliban released three Pakistani aid workers.")]
    assert ("RETREAT", "AFG", "PAK") in events and not any(e[0] == "AID" for e in events), events
    # the compound still counts where it names the act: "eased emergency measures" is a concession
    events = [e[:3] for e in _predicted("The Egyptian government eased emergency measures in Cairo.")]
    assert any(e[0] == "CONCEDE" for e in events), events


def test_events_a_phrase_of_time_is_no_part_of_a_phrase_pattern():
    # "telephoned the king on Sunday" is a call (CONSULT), not "call on" (a request)
    events = [e[:3] for e in _predicted("The Egyptian president telephoned the Jordanian king on Sunday.")]
    assert ("CONSULT", "EGY", "JOR") in events and not any(e[0] == "REQUEST" for e in events), events


TYPES_GOLD = Path(__file__).parent / "gold" / "events_types.jsonl"
#: Quality gate on news-style sentences written for this (several per PLOVER type, none from the development
#: gold): the share coded fully right (type, source country and target country where one is given). May only
#: go up; it was 0.640 at main `db3ad95` and 0.782 after the third round (branch `events3`). The fourth round
#: (branch `events4`) added 151 sentences (ty226-ty376; main `539593a` codes 0.781 of them fully right, the branch
#: 0.894); all 376: 0.832.
MIN_TYPES_FULL_CORRECT = 0.82


def _full_correct(items: list[dict], predicted: list[dict]) -> float:
    old = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}
    by_id = {p["id"]: p["events"] for p in predicted}
    right = 0
    for item in items:
        want = item["events"][0]
        right += any(old.get(e["event"], e["event"]) == want["event"] and e["source_code"] == want["source_code"]
                     and want["target_code"] in (None, e["target_code"]) for e in by_id.get(item["id"], []))
    return right / len(items)


def test_events_types_quality_gate():
    from spinscope.predict import predict_events

    items = [json.loads(line) for line in TYPES_GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(items) >= 200
    assert {i["events"][0]["event"] for i in items} >= {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "INVESTIGATE"}
    assert _full_correct(items, list(predict_events(items))) >= MIN_TYPES_FULL_CORRECT


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a verb of saying carries the event it names
    ("Eritrea declared a ceasefire with Ethiopia on Sunday.", ("RETREAT", "ERI", "ETH"), None),
    # the future of a past statement is an announced act (an intent), not a conditional
    ("India said on Monday it would send a delegation to Pakistan for talks.", ("AGREE", "IND", "PAK"), None),
    # talking about an act is not doing it
    ("Lebanon's prime minister described the Israeli bombardment as a crime.", ("ACCUSE", "LBN", "ISR"),
     ("ASSAULT", "LBN", "ISR")),
    # a purpose infinitive acts with the subject ("summoned the ambassador to protest")
    ("Iran summoned the British ambassador to protest against remarks by a British minister.",
     ("ACCUSE", "IRN", "GBR"), ("ACCUSE", "GBR", "IRN")),
    # shows of force: alone a MOBILIZE, held with another a COOPERATE
    ("Pakistan held military exercises near the Indian border.", ("MOBILIZE", "PAK", "IND"), None),
    # (a joint act has no direction: the coder names one partner the source, the other the target)
    ("Chinese and Russian warships began ten days of joint naval drills.", ("COOPERATE", "RUS", "CHN"), None),
    # receiving aid from someone is their aid
    ("Flood victims in Bangladesh received emergency supplies from Japan.", ("AID", "JPN", "BGD"),
     ("CONSULT", "BGD", "JPN")),
    ("The United States ordered a ban on all trade with Cuba.", ("SANCTION", "USA", "CUB"), None),
    ("China cancelled a planned visit by a Japanese warship.", ("SANCTION", "CHN", "JPN"), ("CONSULT", "CHN", "JPN")),
    ("Iraq allowed a team of International Atomic Energy Agency inspectors into the site.",
     ("RETREAT", "IRQ", "IGOUNOIAE"), None),
    ("Iran assailed the United States over its Gulf policy.", ("ACCUSE", "IRN", "USA"), ("ASSAULT", "IRN", "USA")),
    ("Russian troops left the Georgian base of Akhalkalaki on Tuesday.", ("RETREAT", "RUS", "GEO"), None),
    ("Soviet soldiers withdrew from Afghanistan.", ("RETREAT", "RUS", "AFG"), None),
    ("Greece moved warships toward Turkish waters.", ("MOBILIZE", "GRC", "TUR"), None),
    ("Britain shipped tents and blankets to earthquake victims in Turkey.", ("AID", "GBR", "TUR"), None),
    ("Indonesian students threw stones at police in Jakarta.", ("PROTEST", "IDN", "IDN"), ("ASSAULT", "IDN", "IDN")),
    # a statement that damns another's act is a criticism of the actor
    ("Syria said the Israeli raid was a flagrant violation of international law.", ("ACCUSE", "SYR", "ISR"), None),
    ("Beijing said Washington's decision to sell arms to Taiwan was unacceptable.", ("ACCUSE", "CHN", "USA"), None),
    ("The Russian foreign ministry said the American strikes were an act of aggression.", ("ACCUSE", "RUS", "USA"),
     None),
    # a verb of saying whose object a phrase pattern codes
    ("The United States announced new sanctions against Iran.", ("SANCTION", "USA", "IRN"), None),
    ("The United Nations sent a fact-finding mission to Kosovo.", ("INVESTIGATE", "IGOUNO", "KSV"), None),
])
def test_events_third_round_phrasings(events_pipeline, text, expected, absent):
    events, _ = _events(events_pipeline, text)
    triples = [e[:3] for e in events]
    assert expected in triples, events
    if absent is not None:
        assert absent not in triples, events


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a conjoined subject is the target only where the verb names no other ("Egypt and Jordan" act together)
    ("Kenya and Uganda condemned the Sudanese bombing of border villages.", ("ACCUSE", "KEN", "SDN"),
     ("ACCUSE", "KEN", "UGA")),
    ("Peru and Ecuador signed a border treaty.", ("SUPPORT", "PER", "ECU"), None),
    # "in X" is a place before it is a target: the other prepositions first
    ("Thousands of Greeks marched in Athens against the American bases.", ("PROTEST", "GRC", "USA"),
     ("PROTEST", "GRC", "GRC")),
    # a phrasal verb's particle must be the verb's own ("gave ... in credits" is no "give in")
    ("Kuwait gave Jordan $300 million in oil credits.", ("AID", "KWT", "JOR"), ("CONCEDE", "KWT", "JOR")),
    ("The Kenyan army pulled its troops out of the border town.", ("RETREAT", "KEN", None), None),
    # trade stopped or eased: an embargo (163) or its easing (085)
    ("Canada barred exports of wheat to Iraq.", ("SANCTION", "CAN", "IRQ"), ("COERCE", "CAN", "IRQ")),
    ("Japan lifted its ban on beef imports from Argentina.", ("RETREAT", "JPN", "ARG"), None),
    # a passive of exclusion: the body acts
    ("Fiji was suspended from the Commonwealth after the coup.", ("SANCTION", "IGO", "FJI"), None),
    # whom a verb of permission lets in is its clause's subject
    ("Libya allowed international monitors to visit the camps.", ("RETREAT", "LBY", None), None),
    # questioning by the law is an investigation
    ("Spanish detectives interviewed two Algerian men about the bombing.", ("INVESTIGATE", "ESP", "DZA"),
     ("REQUEST", "ESP", "DZA")),
    # aid handed out; a town handed back
    ("The Red Cross distributed blankets to refugees in Albania.", ("AID", "IGO", "ALB"), None),
    ("Ecuador handed over the town of Tiwintza to Peru.", ("RETREAT", "ECU", "PER"), ("COOPERATE", "ECU", "PER")),
    # armed forces sent are a mobilization
    ("Chad sent 1,500 soldiers to its frontier with Sudan.", ("MOBILIZE", "TCD", "SDN"), None),
    # yields that are releases, surrenders or resignations are RETREAT; occupying by force is FIGHT (ASSAULT)
    ("Haiti's military ruler resigned on Friday.", ("RETREAT", "HTI", None), ("CONCEDE", "HTI", None)),
    ("Rwandan troops captured the Congolese town of Kisangani.", ("ASSAULT", "RWA", "COD"), ("COERCE", "RWA", "COD")),
    # a damning name is a criticism of whoever the named thing belongs to, whatever it names
    ("The Cuban foreign minister called the American blockade an act of war.", ("ACCUSE", "CUB", "USA"),
     ("SANCTION", "CUB", "USA")),
    # "against X" of a light verb before the event noun's "with Y"
    ("Eritrea filed a complaint with the African Union against Ethiopia.", ("ACCUSE", "ERI", "ETH"),
     ("ACCUSE", "ERI", "IGO")),
    # a criticism of an act is aimed at who did it
    ("Turkey voiced anger at the shooting of a Turkish pilot by Greek soldiers.", ("ACCUSE", "TUR", "GRC"), None),
    # a veto or a vote against is a rejection; insisting on an act is a demand to whoever is to do it
    ("Russia vetoed a British draft resolution on Syria.", ("REJECT", "RUS", "GBR"), ("COERCE", "RUS", "GBR")),
    ("Greece voted against the Turkish proposal.", ("REJECT", "GRC", "TUR"), None),
    ("Lebanon insisted on a complete Syrian pullout.", ("REQUEST", "LBN", "SYR"), None),
    # preparing an attack is a mobilization
    ("The Ethiopian army was preparing for a new offensive against Eritrea.", ("MOBILIZE", "ETH", "ERI"), None),
    # halting talks reduces relations; ending a meeting is still one
    ("India suspended talks with Pakistan after the attack.", ("SANCTION", "IND", "PAK"), ("CONSULT", "IND", "PAK")),
    # closing a newspaper restricts the press (COERCE), it reduces no relations
    ("Belarus shut down an independent newspaper in Minsk.", ("COERCE", "BLR", "BLR"), ("SANCTION", "BLR", "BLR")),
    # pressure toward an act is a demand; hijacking an abduction; balking at a proposal a rejection
    ("China pressured Vietnam to withdraw its troops from Cambodia.", ("REQUEST", "CHN", "VNM"),
     ("THREATEN", "CHN", "VNM")),
    ("Iraqi gunmen hijacked a Kuwaiti airliner.", ("ASSAULT", "IRQ", "KWT"), ("COERCE", "IRQ", "KWT")),
    ("Caracas balked at a Colombian proposal for joint patrols.", ("REJECT", "VEN", "COL"), None),
    # nouns: the deployment of X's troops is X's; the expulsion of diplomats reduces relations as the verb does;
    # clashes between conjoined modifiers; an act that draws criticism from Y is criticised by Y
    ("The deployment of Turkish troops in northern Cyprus alarmed Greece.", ("MOBILIZE", "TUR", "CYP"), None),
    ("The expulsion of three Iranian diplomats by Germany angered Tehran.", ("SANCTION", "DEU", "IRN"),
     ("COERCE", "DEU", "IRN")),
    ("Clashes between Peruvian and Ecuadorean troops broke out on the border.", ("ASSAULT", "PER", "ECU"), None),
    ("Japan's decision to resume whaling drew protests from Australia.", ("PROTEST", "AUS", "JPN"), None),
    # welcoming a decision praises it; people rallying demonstrate; a noun event stops the verb back-off
    ("Germany welcomed the Russian decision to free the prisoners.", ("SUPPORT", "DEU", "RUS"),
     ("CONSULT", "DEU", "RUS")),
    ("Thousands of Serbs rallied in Belgrade against NATO.", ("PROTEST", "SRB", "IGO"), ("MOBILIZE", "SRB", "IGO")),
    ("Clashes between Indian and Chinese troops left 20 soldiers dead.", ("ASSAULT", "CHN", "IND"),
     ("CONSULT", "IND", "CHN")),
    # a crowd's violence is a riot (145), not an armed attack
    ("Angry Iranian demonstrators stoned the British embassy in Tehran.", ("PROTEST", "IRN", "GBR"),
     ("ASSAULT", "IRN", "GBR")),
    # the Vatican is a state
    ("The Vatican condemned the bombing of a church by Iraqi militants.", ("ACCUSE", "VAT", "IRQ"), None),
])
def test_events_fourth_round_constructions(text, expected, absent):
    # the codes ``predict events`` writes (PLOVER: IGO for international bodies)
    from spinscope.predict import predict_events

    events = next(predict_events([{"id": "t", "text": text}]))["events"]
    triples = [(e["event"], e["source_code"], e["target_code"]) for e in events]
    if expected[2] is None:
        assert any(t[:2] == expected[:2] for t in triples), events
    else:
        assert expected in triples, events
    if absent is not None:
        assert absent not in triples, events


def test_events_act_asked_for_is_no_event(events_pipeline):
    # "an appeal to lay down their arms" asks for a disarmament; nobody disarmed
    events, _ = _events(events_pipeline, "Rebels in Mali dismissed an appeal from the Malian president to lay "
                                         "down their arms.")
    assert [e[0] for e in events] == ["REJECT"], events


@pytest.mark.parametrize(("text", "expected"), [
    ("Ethiopian troops attacked Somali positions near the border.", ("ASSAULT", "ETH", "SOM")),
    ("Iran ordered United Nations inspectors to leave the country.", ("SANCTION", "IRN", "IGOUNO")),
    ("Malaysian prosecutors charged the former minister with corruption.", ("COERCE", "MYS", None)),
    ("Turkish police rounded up 60 suspected militants in Istanbul.", ("COERCE", "TUR", "TUR")),
    ("Israel imposed a curfew on the West Bank town of Hebron.", ("COERCE", "ISR", "PSE")),
    # passives: the subject is the verb's object for its phrase patterns; "from X" expels
    ("Three Turkish diplomats were expelled from Iraq on Monday.", ("SANCTION", "IRQ", "TUR")),
    ("New sanctions were imposed on Iran by the European Union.", ("SANCTION", "IGOEUREEC", "IRN")),
    ("Talks with Syria were broken off by Israel.", ("SANCTION", "ISR", "SYR")),
    # questioning: of suspects an investigation, of a commitment a criticism
    ("Police in Belgium questioned three Moroccan suspects.", ("INVESTIGATE", "BEL", "MAR")),
    ("Kenya questioned Uganda's commitment to the peace process.", ("ACCUSE", "KEN", "UGA")),
    ("Jordan took issue with Syria's remarks.", ("ACCUSE", "JOR", "SYR")),
])
def test_events_expulsions_legal_action_and_round_ups(events_pipeline, text, expected):
    doc = events_pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))
    triples = [(e.label, doc.actors[e.actor].country or doc.actors[e.actor].code,
                (doc.actors[e.target].country or doc.actors[e.target].code) if e.target is not None else None)
               for e in doc.events]
    assert expected in triples, triples


def test_events_pronoun_of_a_coordinated_clause_is_its_subject(events_pipeline):
    doc = events_pipeline.run(make_document(ArticleInput(
        text="Serbian forces shelled the villages, and they later withdrew from Kosovo.", input_format="jsonl")))
    acts = [(e.label, doc.actors[e.actor].country) for e in doc.events]
    assert ("RETREAT", "SRB") in acts, acts
    # a purpose clause changes its subject: "it" is not the West
    doc = events_pipeline.run(make_document(ArticleInput(
        text="The West is putting pressure on China, so that it, in turn, will put pressure on Russia.",
        input_format="jsonl")))
    assert not any(e.label == "THREATEN" and doc.actors[e.actor].name == "The West" and e.target is not None
                   and doc.actors[e.target].country == "RUS" for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # no target named: dissent is aimed at the protesters' own country, as CAMEO coders code it
    ("Tens of thousands of Chileans marched through Santiago against pension cuts.", ("PROTEST", "CHL", "CHL")),
    # a concession to demands and repression with no one else named are domestic too
    ("The Peruvian government bowed to striking miners and scrapped the new mining tax.", ("CONCEDE", "PER", "PER")),
    ("Zimbabwean authorities imposed a curfew in Bulawayo.", ("COERCE", "ZWE", "ZWE")),
    # persons released with no one else named, and demands of a country's own people, are domestic too
    ("Cuba freed 53 dissidents on Thursday.", ("RETREAT", "CUB", "CUB")),
    ("Chilean students demanded free university education.", ("REQUEST", "CHL", "CHL")),
])
def test_events_domestic_events_without_a_target_take_the_source_country(text, expected):
    from spinscope.predict import predict_events

    events = next(predict_events([{"id": "t", "text": text}]))["events"]
    assert expected in {(e["event"], e["source_code"], e["target_code"]) for e in events}, events


def test_events_foreign_or_unknown_targets_get_no_domestic_default():
    from spinscope.predict import predict_events

    # a deportation with no named target keeps none (it often strikes foreigners); an attack with no target in a
    # text naming no other country is aimed at the source's own (round 12, as the gold standard records code
    # rebels shelling a town of their own country)
    items = [{"id": "a", "text": "Sudanese rebels shelled a market on Sunday."},
             {"id": "b", "text": "Malaysia deported 300 migrants on Monday."},
             {"id": "c", "text": "Iran demanded compensation on Monday."}]
    found = {(out["id"], e["event"], e["source_code"], e["target_code"]) for out in predict_events(items)
             for e in out["events"]}
    assert ("a", "ASSAULT", "SDN", "SDN") in found, found
    assert ("b", "COERCE", "MYS", None) in found, found
    # a state's demand with no addressee keeps none (it is seldom aimed at itself)
    assert any(f[0] == "c" and f[1] == "REQUEST" and f[3] is None for f in found), found


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a joint act of force with no third party is the partners' cooperation
    ("Indian and Nepalese police carried out joint raids along the border.", ("COOPERATE", "NPL", "IND"),
     ("ASSAULT", "NPL", "IND")),
    # ... but with one, the third party is struck
    ("Malian and French soldiers launched a joint offensive against al-Qaeda fighters in Kidal.", None,
     ("COOPERATE", "FRA", "MLI")),
    # (an unknown people before "rebels" is a group actor since round 33: the third party is seen)
    ("Malian and French soldiers launched a joint offensive against Tuareg rebels in Kidal.", None,
     ("COOPERATE", "FRA", "MLI")),
])
def test_events_joint_acts(events_pipeline, text, expected, absent):
    events, _ = _events(events_pipeline, text)
    triples = [e[:3] for e in events]
    if expected is not None:
        assert expected in triples, events
    assert absent not in triples, events


def test_events_a_plain_past_is_no_condition(events_pipeline):
    # the "if" clause comments on a fact ("especially if one considers ..."); a condition on a future still counts
    events, _ = _events(events_pipeline, "The talks between Armenia and Azerbaijan took place in Prague, especially "
                                         "if one considers the fighting of last month.")
    assert ("CONSULT", "ARM", "AZE", "asserted") in events, events
    events, _ = _events(events_pipeline, "If Azerbaijan attacks, Armenia would send troops to the border.")
    assert any(e[0] == "MOBILIZE" and e[3] == "hypothetical" for e in events), events


def test_events_naming_is_no_telephone_call(events_pipeline):
    events, _ = _events(events_pipeline, "Egypt called the Ethiopian dam project a historic mistake.")
    assert ("ACCUSE", "EGY", "ETH", "asserted") in events, events
    events, _ = _events(events_pipeline, "Kenya called the Somali proposal a good start.")
    assert not any(e[0] == "CONSULT" for e in events), events
    events, _ = _events(events_pipeline, "The Kenyan president called his Somali counterpart on Friday.")
    assert any(e[:3] == ("CONSULT", "KEN", "SOM") for e in events), events


def test_events_opinion_prose_verbs_and_situations(events_pipeline):
    # verbs of perceiving and needing are no meetings or demands by default; a situation's place does not act
    for text in ("Serbian artists faced a wave of hostility in Western Europe.",
                 "One might consider that the Polish and German leaders are reckless.",
                 "The conflict in Sudan has killed thousands of civilians."):
        events, _ = _events(events_pipeline, text)
        assert events == [], (text, events)
    events, _ = _events(events_pipeline, "Sudanese troops killed dozens of civilians in Darfur.")
    assert any(e[:2] == ("ASSAULT", "SDN") for e in events), events


def test_events_receiving_a_thing_is_no_visit_and_bare_role_subjects_take_the_scene(events_pipeline):
    events, _ = _events(events_pipeline, "The Indian steel maker Tata received a safety certificate from Germany.")
    assert not any(e[0] == "CONSULT" for e in events), events
    events, _ = _events(events_pipeline, "The Egyptian president received the Sudanese foreign minister in Cairo.")
    assert any(e[:3] == ("CONSULT", "EGY", "SDN") for e in events), events
    # a bare role noun as subject ("students") is the scene's actor; calling up reservists is no naming
    from spinscope.predict import predict_events

    out = next(predict_events([{"id": "s", "text": "Students rallied in Caracas against the new press law."}]))
    assert ("PROTEST", "VEN", "VEN") in {(e["event"], e["source_code"], e["target_code"]) for e in out["events"]}, out
    events, _ = _events(events_pipeline, "Serbia called up its reservists as tension with Kosovo rose.")
    assert any(e[:2] == ("MOBILIZE", "SRB") for e in events), events


def _written_scorer():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "events_written_score.py"
    spec = importlib.util.spec_from_file_location("events_written_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_events_written_scorer_counts_symmetric_any_target_and_precision():
    score = _written_scorer().score
    items = [{"id": "a", "events": [{"source_code": "THA", "event": "COOPERATE", "target_code": "MYS",
                                     "symmetric": True}]},
             {"id": "b", "events": [{"source_code": "ARM", "event": "MOBILIZE", "target_code": None}]}]
    predicted = [{"id": "a", "events": [{"source_code": "MYS", "event": "COOPERATE", "target_code": "THA"},
                                        {"source_code": "MYS", "event": "ASSAULT", "target_code": "THA"}]},
                 {"id": "b", "events": [{"source_code": "AZE", "event": "MOBILIZE", "target_code": "ARM"}]}]
    got = score(items, predicted)
    assert (got["recall_full"], got["recall_type"]) == (0.5, 1.0)
    assert (got["precision_full"], got["precision_type"]) == (1 / 3, 2 / 3)


@pytest.mark.parametrize(("name", "min_recall", "min_precision"), [
    ("events_written5.jsonl", 0.85, 0.7), ("events_written5b.jsonl", 0.85, 0.7),
    # round 8: first scores 0.729 (main 9e14f79), 0.755 (events8 97cee7d) and 0.483 (longer sentences, events8
    # 5b1645a), before any rule for their misses
    ("events_written8.jsonl", 0.85, 0.7), ("events_written8b.jsonl", 0.78, 0.7),
    ("events_written8c.jsonl", 0.6, 0.45),
    # 1980s-2000s wire style; first score 0.767 (events8 c09aacf)
    ("events_written8d.jsonl", 0.8, 0.6)])
def test_events_written_sets_quality_gate(name, min_recall, min_precision):
    # batches of our own news-style sentences, hand-coded before any run (docs/EVALUATION.md, rounds 5 and 8)
    from spinscope.predict import predict_events

    items = [json.loads(line) for line in (Path(__file__).resolve().parent / "gold" / name).read_text(
        encoding="utf-8").splitlines() if line.strip()]
    got = _written_scorer().score(items, list(predict_events(items)))
    assert got["recall_full"] >= min_recall and got["precision_full"] >= min_precision, got


# round 8 (issue 17): failures of the eighth written batch (tests/gold/events_written8.jsonl), fixed by general
# rules and tested here on other sentences of our own
@pytest.mark.parametrize(("text", "expected"), [
    # a phrase of circumstance is no object of the verb's patterns ("praise ... visit" is a host's welcome)
    ("The Kenyan president praised Ethiopia's prime minister during a visit to Nairobi.",
     ("SUPPORT", "KEN", "ETH")),
    # conjoined subjects: the place where they act is not the target
    ("Armenia and Azerbaijan signed a border deal in Moscow on Friday.", ("SUPPORT", "ARM", "AZE")),
    # rescue and medical teams sent abroad are aid, not an intent to meet
    ("South Korea sent a rescue team to Morocco after the earthquake.", ("AID", "KOR", "MAR")),
    ("Cuba dispatched 200 doctors to Haiti.", ("AID", "CUB", "HTI")),
    # going on alert raises the alert status
    ("Greek forces went on high alert after Turkish jets flew over the islands.", ("MOBILIZE", "GRC", None)),
    # dismissing a body's resolution rejects it
    ("Israel dismissed the UN General Assembly resolution as one-sided.", ("REJECT", "ISR", "IGO")),
    # an amnesty is a concession to the country's own people
    ("Myanmar's junta granted an amnesty to thousands of prisoners.", ("CONCEDE", "MMR", "MMR")),
    # an investigation of no named foreign actor is the country's own affair
    ("Peruvian prosecutors opened an investigation into a former president.", ("INVESTIGATE", "PER", "PER")),
    # dispersing a crowd is repression, the crowd also when spaCy makes it the subject of a participle
    ("Riot police in Dhaka dispersed students blocking a highway.", ("COERCE", "BGD", None)),
    # a crowd counted ("hundreds of protesters") in "the streets of" a city is that country's
    ("Hundreds of protesters took to the streets of Tbilisi on Sunday.", ("PROTEST", "GEO", "GEO")),
])
def test_events_round8_general_rules(text, expected):
    events = [e[:3] for e in _predicted(text)]
    kind, source, target = expected
    assert any(e[0] == kind and e[1] == source and target in (None, e[2]) for e in events), events


@pytest.mark.parametrize("text", [
    "MOSCOW (Reuters) - Ukraine accused Belarus of massing troops on its border.",
    "MOSCOW, March 3 (AP) -- Ukraine accused Belarus of massing troops on its border.",
])
def test_events_dateline_place_and_agency_are_no_actors(text):
    events = _predicted(text)
    assert ("ACCUSE", "UKR", "BLR") in [e[:3] for e in events], events
    assert not any("RUS" in (e[1], e[2]) for e in events), events


def test_events_dateline_subject_next_to_the_verb_acts():
    # spaCy gives "voted" two subjects, the dateline's place and the parliament: the parliament votes
    events = _predicted("TEHRAN (AFP) - Iran's parliament voted on Sunday to demand the release of its diplomats "
                        "held in Canada.")
    assert any(e[0] == "REQUEST" and e[1] == "IRN" for e in events), events


def test_events_headline_dash_is_no_dateline():
    # a dash after capitals with no agency or date is left alone: "US" stays an actor
    from spinscope.components.events import _dateline_chars

    assert list(_dateline_chars("US - China trade talks resumed.")) == []
    assert "".join("BAGHDAD (Reuters) - Iraq"[i] for i in _dateline_chars("BAGHDAD (Reuters) - Iraq")) == \
        "BAGHDAD (Reuters) -"


@pytest.mark.parametrize("text", [
    "The senator has come a long way since her first campaign.",
    "The Budget Policy Institute estimates that the plan would cost $2 trillion.",
    "It goes without saying that the reform is unpopular with Republicans.",
])
def test_events_bare_motion_and_knowing_verbs_in_policy_prose_are_no_events(text):
    # bare "come", "estimate", "go" were aid, an investigation and a meeting (PETRARCH2 defaults or back-off)
    assert _predicted(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a parliament's demand with no addressee is aimed at its own country's authorities
    ("Ugandan lawmakers demanded the resignation of the health minister over the missing vaccines.",
     ("REQUEST", "UGA", "UGA")),
    # hosting talks between two parties is mediation, a meeting, not an intent
    ("Qatar has hosted talks between Israel and Hamas since January.", ("CONSULT", "QAT", None)),
    # a titled person the dictionary lacks takes no country from the city where he meets someone
    ("Prime Minister Robert Abela met Greek President Katerina Sakellaropoulou in Dubrovnik on Friday.",
     ("CONSULT", None, "GRC")),
])
def test_events_round8b_general_rules(text, expected):
    events = [e[:3] for e in _predicted(text)]
    kind, source, target = expected
    assert any(e[0] == kind and e[1] == source and target in (None, e[2]) for e in events), events


def test_events_actor_of_a_circumstance_phrase_is_no_target():
    # "after talks mediated by Qatar": Qatar is no party to the ceasefire
    events = _predicted("Chadian rebels agreed to a ceasefire after talks mediated by Qatar.")
    assert events and not any(e[2] == "QAT" for e in events), events


@pytest.mark.parametrize(("text", "expected", "not_target"), [
    # a people protesting against a bill demonstrates (140), aimed at its own country, not at a country named in
    # the relative clause describing the bill
    ("Hundreds of Kenyans have been protesting against a finance bill that critics say favours foreign lenders.",
     ("PROTEST", "KEN", "KEN"), None),
    # the actors of a relative clause are no targets
    ("Peru's congress rejected a bill that would have let Bolivian trucks use its ports.", ("REJECT", "PER", None),
     "BOL"),
    # the broker of the deal under which an act is done is no party to it
    ("Armenia and Azerbaijan exchanged prisoners under an agreement brokered by the European Union.",
     ("RETREAT", "ARM", "AZE"), "IGO"),
    # a parliament's vote to act is the act, done
    ("Moldova's parliament voted to expel two Russian diplomats.", ("SANCTION", "MDA", "RUS"), None),
])
def test_events_round8c_general_rules(text, expected, not_target):
    events = _predicted(text)
    kind, source, target = expected
    assert any(e[0] == kind and e[1] == source and target in (None, e[2]) and e[3] == "asserted"
               for e in events), events
    assert not any(e[2] == not_target for e in events if not_target), events


def test_events_crowd_control_with_no_named_target_is_domestic():
    # tear gas at protesters no actor names: the country's own people (CAMEO 175)
    events = _predicted("Police in Lima fired tear gas at hundreds of students who marched on the presidential palace.")
    assert any(e[1] == "PER" and e[2] == "PER" for e in events), events


def test_events_going_to_a_country_is_a_visit():
    # bare "go" codes nothing any more; going to a country is still a visit (042)
    assert ("CONSULT", "IRQ", "IRN") in [e[:3] for e in _predicted("The Iraqi foreign minister went to Tehran on "
                                                                   "Sunday.")]


@pytest.mark.parametrize(("text", "expected", "not_target"), [
    # the place where conjoined partners act is no target, also when it modifies their object
    ("The Sudanese government and Darfur rebels signed a peace accord in Doha on Thursday.",
     ("SUPPORT", "SDN", None), "QAT"),
    # refugee status is asylum (075)
    ("Uganda granted refugee status to 3,000 Congolese who fled the fighting.", ("AID", "UGA", "COD"), None),
])
def test_events_round8d_general_rules(text, expected, not_target):
    events = _predicted(text)
    kind, source, target = expected
    assert any(e[0] == kind and e[1] == source and target in (None, e[2]) for e in events), events
    assert not any(e[2] == not_target for e in events if not_target), events


def test_events_raid_by_the_police_is_coercion_by_troops_an_assault():
    police = _predicted("Police raided the homes of three opposition leaders in Minsk.")
    assert any(e[0] == "COERCE" and e[1] == "BLR" for e in police) and not any(e[0] == "ASSAULT" for e in police), \
        police
    troops = _predicted("Israeli troops raided the Jenin refugee camp.")
    assert any(e[0] == "ASSAULT" and e[1] == "ISR" for e in troops), troops


@pytest.mark.parametrize(("text", "kind", "target", "not_target"), [
    # a country named only as the side of a border where an attack happens is no target
    ("Two Malian soldiers were killed when Islamic State fighters attacked an army post near the Nigerien border, "
     "officials said.", "ASSAULT", "MLI", "NER"),
    ("Two Chadian soldiers were killed when Boko Haram fighters attacked an army post near the Nigerian border.",
     "ASSAULT", "TCD", None),
    # a border that is itself acted on names the target
    ("The Economic Community of Central African States closed its borders with Gabon and froze state assets.",
     "SANCTION", "GAB", None),
])
def test_events_side_of_a_border_is_a_place(text, kind, target, not_target):
    events = _predicted(text)
    assert any(e[0] == kind and e[2] == target for e in events), events
    assert not any(e[2] == not_target for e in events if not_target), events


@pytest.mark.parametrize("text", [
    # verbs of force used of words, contests and hardship are no assault
    "\"This investigation is destroying the credibility of the whole panel,\" the congresswoman said.",
    "The mayor has fought for years to push through a new zoning code.",
    "The charity struggles to raise enough money for its winter shelters.",
    "Her campaign wants to combat that narrative with a wave of television ads.",
    # verbs of wanting, needing and meaning are no agreement or demand by themselves
    "The governor wants a second term and needs the votes of suburban women.",
    "That means the senator never paid a dime in state income taxes.",
    # publishing a text is no release of persons
    "The Treasury released part of the senator's financial disclosure forms on Friday.",
    # talking about a topic is no negotiation
    "The candidate talked about her plans for child care at a rally in Ohio.",
])
def test_events_round9_policy_prose_has_no_violent_or_diplomatic_event(text):
    events = _predicted(text)
    assert not any(e[0] in ("ASSAULT", "CONSULT", "RETREAT", "AGREE", "REQUEST") for e in events), events


def test_events_round9_real_force_over_concrete_objects_stays():
    events = _predicted("Russian missiles destroyed a power station in the Ukrainian city of Odesa.")
    assert any(e[0] == "ASSAULT" and e[1] == "RUS" and e[2] == "UKR" for e in events), events
    fought = _predicted("Kurdish fighters battled Islamic State militants in the Syrian town of Kobani.")
    assert any(e[0] == "ASSAULT" for e in fought), fought


def test_events_round9_called_to_testify_is_a_summons_not_a_call():
    events = _predicted("The Senate committee called the Canadian ambassador to testify about the pipeline.")
    assert not any(e[0] == "CONSULT" for e in events), events
    phone = _predicted("The French president called Vladimir Putin on Sunday.")
    assert any(e[0] == "CONSULT" and e[1] == "FRA" and e[2] == "RUS" for e in phone), phone


@pytest.mark.parametrize(("text", "expected"), [
    # tariffs are trade sanctions, blocking a bill is a rejection, barring a candidate a ban (1722)
    ("Washington imposed tariffs of 50 percent on Brazilian steel.", ("SANCTION", "USA", "BRA")),
    ("Polish opposition lawmakers blocked the government's budget bill.", ("REJECT", "POL", None)),
    ("A Turkish court barred the mayor of Istanbul from running for president.", ("COERCE", "TUR", None)),
    # arresting protesters is an arrest, not violent repression
    ("Belarusian police arrested 200 demonstrators in Minsk.", ("COERCE", "BLR", None)),
    # weapons systems delivered are military aid
    ("Norway delivered two air defence systems to Ukraine last month.", ("AID", "NOR", "UKR")),
    # a march's way names the protest's country
    ("Thousands of teachers marched through Santiago to protest against pension cuts.", ("PROTEST", "CHL", "CHL")),
])
def test_events_round9_general_rules(text, expected):
    events = _predicted(text)
    kind, source, target = expected
    assert any(e[0] == kind and e[1] == source and target in (None, e[2]) for e in events), events


def test_events_round9_a_crowd_object_does_the_participle():
    events = _predicted("Georgian police detained dozens of students marching towards the parliament in Tbilisi.")
    assert any(e[0] == "COERCE" and e[1] == "GEO" for e in events), events
    assert not any(e[0] == "PROTEST" for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # needing aid from others is an appeal for it, though the bare "need" codes nothing
    ("Malawi needs emergency food aid from the European Union, its agriculture minister said.",
     ("REQUEST", "MWI", "IGO")),
    # a telephone call's purpose is talk; the caller still calls
    ("The Turkish president called the Greek prime minister to discuss the migrant crisis.",
     ("CONSULT", "TUR", "GRC")),
    # "by sending": the one who responds sends
    ("Japan answered the Chinese incursions by sending three destroyers to the East China Sea.",
     ("MOBILIZE", "JPN", None)),
])
def test_events_round9b_needs_calls_and_means(text, expected):
    events = _predicted(text)
    kind, source, target = expected
    assert any(e[0] == kind and e[1] == source and target in (None, e[2]) for e in events), events


def test_events_round9b_in_gerunds_follow_their_governor():
    joined = _predicted("Uruguay joined Chile in calling for the withdrawal of Venezuelan troops from Guyana.")
    assert any(e[0] == "REQUEST" and e[1] == "URY" for e in joined), joined
    helped = _predicted("Germany supports Moldova in protecting its borders, the chancellor said.")
    assert not any(e[1] == "DEU" and e[0] == "AID" and e[2] == "DEU" for e in helped), helped
    assert not any(e[0] in ("AID", "RETREAT") and e[1] == "DEU" and e[2] is None for e in helped), helped


@pytest.mark.parametrize("text", [
    "The senator is promoting her plans for rural broadband.",
    "The governor toured the new stadium on Friday.",
    "The union invested $10 million in the mine.",
])
def test_events_round9_cooperation_with_nobody_is_no_event(text):
    events = _predicted(text)
    assert not any(e[0] in ("SUPPORT", "COOPERATE", "CONSULT") for e in events), events


def test_events_round9_cooperation_with_a_named_actor_stays():
    events = _predicted("Indonesia backed Malaysia's bid for a seat on the Security Council.")
    assert any(e[0] == "SUPPORT" and e[1] == "IDN" and e[2] == "MYS" for e in events), events


# --------------------------------------------------------------------------- round 10

@pytest.mark.parametrize("text", [
    "Governor Jane Whitfield invited Senator Tom Harlan to the state fair.",
    "Senator Rebecca Stone plans to unveil her budget next week.",
    "Governor Jane Whitfield is offering Mayor Dan Ortiz a seat on the board.",
])
def test_events_round10_everyday_acts_of_persons_are_no_events(text):
    """A person's everyday verb coded only by PETRARCH2's bare default, done to nobody or to a compatriot person,
    is political prose, no event."""
    assert _predicted(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # words between compatriots stay events
    ("Senator Tom Harlan criticized Governor Jane Whitfield over the budget.", "ACCUSE"),
    # and so do acts of states and their agents
    ("Chinese army engineers helped Nepal clear the mountain roads after the earthquake.", "AID"),
])
def test_events_round10_verbal_and_state_acts_stay(text, expected):
    assert any(e[0] == expected for e in _predicted(text)), _predicted(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan suspended beef imports from Brazil and Argentina.",
     {("SANCTION", "JPN", "BRA"), ("SANCTION", "JPN", "ARG")}),
    # (visa bans on others are sanctions since round 12, as batch 8's gold codes "imposed visa restrictions")
    ("The United States imposed visa bans on Nicaraguan and Venezuelan officials.",
     {("SANCTION", "USA", "NIC"), ("SANCTION", "USA", "VEN")}),
])
def test_events_round10_conjoined_targets_each_get_the_event(text, expected):
    assert expected <= {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round10_partners_are_not_their_own_extra_target():
    events = _predicted("Kenya and Uganda signed a trade agreement in Nairobi.")
    assert [e[:3] for e in events] == [("SUPPORT", "KEN", "UGA")], events


def test_events_round10_elided_country_names_both_partners():
    events = _predicted("South and North Korea held talks at Panmunjom on Friday.")
    assert any(e[0] == "CONSULT" and {e[1], e[2]} == {"KOR", "PRK"} for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # a role noun before a collective acts for the country of the scene; a threat of dissent is domestic
    ("Opposition parties in Zambia threatened to boycott the presidential election.", ("THREATEN", "ZMB", "ZMB")),
    ("The opposition alliance threatened to boycott next month's local elections in Malawi.",
     ("THREATEN", "MWI", "MWI")),
    # working people who strike protest, they do not attack
    ("Ghanaian nurses threatened to strike over unpaid allowances.", ("THREATEN", "GHA", "GHA")),
    ("Nigerian doctors struck for a third week over pay.", ("PROTEST", "NGA", "NGA")),
])
def test_events_round10_threats_of_dissent_and_labour_strikes(text, expected):
    events = _predicted(text)
    assert expected in [e[:3] for e in events], events
    assert not any(e[0] == "ASSAULT" for e in events), events


def test_events_round10_running_prose_gates_acts_on_ones_own_country():
    """In an article of running prose a person's everyday act aimed at a place of her own country is no event; the
    same sentence as wire copy (alone, as the gold standard records come) keeps it, and a leader's ban on his own
    country's rallies is kept in both."""
    sentence = "Back home in Ohio, Senator Carla Dunmore decided to run for a third term."
    assert any(e[0] == "AGREE" for e in _predicted(sentence))
    article = ("The race in Ohio is close. Polls opened early on Tuesday. Turnout was high in Columbus. Volunteers "
               "knocked on doors all week. The weather was mild. " + sentence +
               " Yoweri Museveni banned opposition rallies in Uganda.")
    events = _predicted(article)
    assert not any(e[0] == "AGREE" for e in events), events
    assert ("COERCE", "UGA", "UGA") in [e[:3] for e in events], events


@pytest.mark.parametrize(("text", "expected"), [
    # an intent to yield with no target named is aimed at one's own country, as concessions are
    ("The Egyptian government pledged to free political prisoners held without trial.", ("AGREE", "EGY", "EGY")),
    # and so is any offer or promise of rebels or armed forces
    ("Rebels in Chad offered to release 30 captured policemen as a goodwill gesture.", ("AGREE", "TCD", "TCD")),
    ("The Malian military promised to organise elections within 18 months.", ("AGREE", "MLI", "MLI")),
])
def test_events_round11_intents_with_no_target_are_domestic(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round11_a_states_bare_offer_keeps_no_target():
    events = _predicted("Qatar offered to mediate between the rival factions.")
    assert ("AGREE", "QAT", None) in {e[:3] for e in events}, events
    assert all(e[2] != "QAT" for e in events), events


def test_events_round11_an_appeal_by_kin_of_unnamed_people_is_a_domestic_demand():
    events = _predicted("Relatives of missing miners urged the Chilean government to resume the rescue operation.")
    assert ("REQUEST", "CHL", "CHL") in {e[:3] for e in events}, events


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a lone preposition of a PETRARCH2 pattern ("meet * at": 036) codes the verb only right after it
    ("Kenya's president met the Tanzanian prime minister at the State House in Nairobi.", ("CONSULT", "KEN", "TZA"),
     "AGREE"),
    # "retaliate * for" (111) is no criticism: the promise to retaliate is a threat of force
    ("Pakistan vowed to retaliate against India for the shelling of its border posts.", ("THREATEN", "PAK", "IND"),
     "ACCUSE"),
])
def test_events_round12_a_lone_preposition_far_from_the_verb_is_no_phrase_of_it(text, expected, wrong):
    events = _predicted(text)
    assert expected in {e[:3] for e in events}, events
    assert all(e[0] != wrong for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # "vote down" is a rejection (PETRARCH2: 170, repression)
    ("Latvia's parliament voted down a Russian proposal to reopen the rail link.", ("REJECT", "LVA", "RUS")),
    # "walk out" in protest is dissent (PETRARCH2: 040, a meeting); out of talks, a halt of negotiations
    ("Opposition deputies walked out of the Hungarian parliament to protest the new media law.",
     ("PROTEST", "HUN", "HUN")),
    ("Serbia walked out of talks with Kosovo on Monday.", ("SANCTION", "SRB", "KSV")),
    # people who boycott protest; a state's boycott stays an embargo
    ("Thousands of opposition supporters boycotted the swearing-in ceremony in Kampala, Uganda.",
     ("PROTEST", "UGA", "UGA")),
    # a demand for an explanation is a demand (PETRARCH2: 090, an investigation)
    ("Japan demanded an explanation from China over the detention of a Japanese businessman.",
     ("REQUEST", "JPN", "CHN")),
    # a suspect handed to another state's agents is extradited, not released
    ("Peruvian police handed over a drug trafficker to Bolivian investigators.",
     ("COOPERATE", "PER", "BOL")),
    # rebels' threats with no target named are aimed at their own country
    ("Maoist rebels in Nepal threatened to kill village officials who took part in the polls.",
     ("THREATEN", "NPL", "NPL")),
    # a plural name used as a modifier is still the name ("Tamil Tiger rebels" of the Tamil Tigers)
    ("Tamil Tiger rebels rejected a Norwegian proposal for new talks.", ("REJECT", "LKA", "NOR")),
    # a dateline's place taken for the subject: the apposition after it acts
    ("COLOMBO, Sri Lanka (AP) - India's foreign minister met Sri Lankan leaders in the capital on Friday.",
     ("CONSULT", "IND", "LKA")),
    # "put ... on alert" with a long object between
    ("Greece put its navy and air force units in the Aegean on high alert.", ("MOBILIZE", "GRC", None)),
])
def test_events_round12_verb_cues_and_sources(text, expected):
    events = _predicted(text)
    if expected[2] is None:
        assert expected[:2] in {e[:2] for e in events}, events
    else:
        assert expected in {e[:3] for e in events}, events


@pytest.mark.parametrize(("text", "expected"), [
    # the Pope is the Holy See's, not the country his appeal is about
    ("Pope Benedict XVI appealed for an end to the violence in Kenya.", ("REQUEST", "VAT", "KEN")),
    # "Chinese-language" names a language, not China
    ("The Malaysian government lifted its ban on Tamil-language and Chinese-language newspapers.",
     ("CONCEDE", "MYS", "MYS")),
    # people who occupy a building protest (a sit-in), they do not attack
    ("Thai students occupied the education ministry in Bangkok, demanding lower fees.", ("PROTEST", "THA", None)),
    # partners' coordinated raids are their cooperation
    ("Spanish and French police detained ten suspected separatists in coordinated raids.",
     ("COOPERATE", None, None)),
    # international mediators, monitors, peacekeepers: an international body
    ("Croatia refused to meet the international mediators sent to Zagreb.", ("REJECT", "HRV", "IGO")),
    # a particle further on is no phrase of the verb ("blew up a ship off the coast" is no "blow * off"), but a
    # separable particle is ("pulled its troops out of")
    ("Somali pirates blew up a cargo ship off the coast of Kenya.", ("ASSAULT", None, None)),
    ("Uganda pulled its troops out of the Congolese town of Bunia.", ("RETREAT", "UGA", "COD")),
])
def test_events_round12_second_batch_cues(text, expected):
    events = _predicted(text)
    assert any(e[0] == expected[0] and expected[1] in (None, e[1]) and expected[2] in (None, e[2])
               for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # a vow to respond is a threat of force, as a vow to retaliate
    ("Tehran vowed to respond if Washington went ahead with new strikes.", ("THREATEN", "IRN", "USA")),
    # travel and visa bans on others are sanctions, not repression
    ("The United States imposed a travel ban on Belarusian President Alexander Lukashenko.",
     ("SANCTION", "USA", "BLR")),
    # a coup's acts on the state's own institutions: emergency rule, aimed at its own country
    ("The army in Mali dissolved parliament and suspended the constitution.", ("COERCE", "MLI", "MLI")),
    # released people with no target named are the country's own, as persons released (0841) are
    ("The Algerian government released the leaders of the outlawed opposition party after years in jail.",
     ("RETREAT", "DZA", "DZA")),
    # a person handed over to another state: extradition, aimed at that state
    ("Kenya handed over a senior Shabaab commander to the United States.", ("COOPERATE", "KEN", "USA")),
])
def test_events_round12_third_batch_cues(text, expected):
    events = _predicted(text)
    assert expected in {e[:3] for e in events}, events


@pytest.mark.parametrize(("text", "expected"), [
    # force or repression with no target, in a text naming no other country: aimed at the source's own
    ("Chadian rebels captured the town of Abeche, a rebel spokesman said.", ("ASSAULT", "TCD", "TCD")),
    ("Belarus stripped 30 exiled critics of their citizenship.", ("COERCE", "BLR", "BLR")),
])
def test_events_round12_hostile_acts_with_no_target_and_no_other_country_are_domestic(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round12_hostile_acts_with_another_country_named_keep_no_target():
    events = _predicted("Russian troops captured the town of Avdiivka after months of fighting, Ukraine said.")
    assert all(not (e[0] == "ASSAULT" and e[1] == "RUS" and e[2] == "RUS") for e in events), events


def test_events_round12_an_extradition_is_aimed_at_the_receiving_state():
    events = _predicted("Spain extradited a Basque militant to France to stand trial.")
    assert ("COOPERATE", "ESP", "FRA") in {e[:3] for e in events}, events


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a state that summons an envoy "to protest" complains officially to the envoy's country (CAMEO 114); it
    # stages no demonstration against whoever its protest names
    ("Turkey's foreign ministry summoned the French ambassador to protest a parliamentary vote on the killings of "
     "Armenians.", ("ACCUSE", "TUR", "FRA"), ("PROTEST", "TUR", "ARM")),
    ("Moscow summoned the Estonian envoy to protest the removal of a Soviet war memorial from Tallinn.",
     ("ACCUSE", "RUS", "EST"), ("PROTEST", "RUS", "EST")),
    # a meeting held "for talks" is a meeting (040), not PETRARCH2's intent to meet (036)
    ("Chancellor Helmut Kohl met French President Jacques Chirac for talks in Bonn on Tuesday.",
     ("CONSULT", "DEU", "FRA"), ("AGREE", "DEU", "FRA")),
])
def test_events_round13_official_protests_and_meetings(text, expected, wrong):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and wrong not in events, events


def test_events_round13_a_planned_meeting_for_talks_stays_planned():
    events = _predicted("The Indian prime minister will meet his Pakistani counterpart for talks next month.")
    assert any(e[1:3] == ("IND", "PAK") and e[3] == "planned" for e in events), events


def test_events_round13_crowds_that_march_to_protest_still_demonstrate():
    events = _predicted("Thousands of students marched in Seoul to protest against the new labour law.")
    assert ("PROTEST", "KOR", "KOR") in {e[:3] for e in events}, events


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # an ethnic group is coded by the country where it lives (CAMEO), also as an adjective with its people or agents
    ("Ethnic Albanian leaders in Kosovo rejected a Serbian offer of broad autonomy for the province.",
     ("REJECT", "KSV", "SRB"), ("REJECT", "ALB", "SRB")),
    ("Ethnic Albanian rebels attacked a Macedonian police station near Tetovo.",
     ("ASSAULT", "MKD", "MKD"), ("ASSAULT", "ALB", "MKD")),
    ("Ethnic Russian separatists in eastern Ukraine shelled the town of Mariupol.",
     ("ASSAULT", "UKR", "UKR"), ("ASSAULT", "RUS", "UKR")),
])
def test_events_round13_ethnic_groups_are_of_the_country_they_live_in(text, expected, wrong):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and wrong not in events, events


def test_events_round13_a_demonym_without_ethnic_keeps_its_country():
    events = {e[:3] for e in _predicted("Russian separatists shelled the town of Mariupol in Ukraine.")}
    assert ("ASSAULT", "RUS", "UKR") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # a body that sends its inspectors or investigators somewhere investigates there (CAMEO 090)
    ("The International Atomic Energy Agency sent inspectors to Iran's uranium enrichment plant at Natanz.",
     ("INVESTIGATE", "IGO", "IRN")),
    ("France sent investigators to Egypt after the crash of the airliner.", ("INVESTIGATE", "FRA", "EGY")),
])
def test_events_round13_sending_inspectors_is_an_investigation(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # expelling any diplomat reduces relations (CAMEO 166); it deports no persons (174)
    ("Canada expelled the Indian high commissioner over the killing of a Sikh activist.",
     ("SANCTION", "CAN", "IND"), ("COERCE", "CAN", "IND")),
    # the venue of conjoined partners' talks is no target, also when it hangs on the event noun
    ("The Sri Lankan government and the Tamil Tigers held a fresh round of talks in Oslo.",
     ("CONSULT", "LKA", "LKA"), ("CONSULT", "LKA", "NOR")),
])
def test_events_round14_diplomats_arrests_and_venues(text, expected, wrong):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and wrong not in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # youths and a bare headcount are crowds; the scene may hang on the object of the verb's preposition
    ("Youths hurled stones at police in Derry overnight.", ("PROTEST", "GBR", "GBR")),
    ("Thousands rallied in Yerevan against the peace deal.", ("PROTEST", "ARM", "ARM")),
    ("Thousands protested in Tbilisi against the arrest of an opposition leader.", ("PROTEST", "GEO", "GEO")),
    # an ethnic group's vow to fight with no target named is a threat to its own state
    ("Ethnic Serbs vowed to fight on near Kosovo's border with Montenegro.", ("THREATEN", "KSV", "KSV")),
    # rebels' refusal with no target named is aimed at their own state
    ("ELN rebels said they would not decommission their weapons.", ("REJECT", "COL", "COL")),
])
def test_events_round14_crowds_peoples_and_rebels_act_in_their_own_country(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round14_force_denied_is_negated_force():
    events = _predicted("Bolivian police did not use force against the miners in La Paz, the government said.")
    assert ("ASSAULT", "BOL", "BOL", "negated") in events, events
    events = _predicted("Serbian riot police used force against protesters outside parliament.")
    assert any(e[0] == "ASSAULT" and e[1] == "SRB" and e[3] == "asserted" for e in events), events


def test_events_round14_a_protest_against_an_arrest_is_no_support():
    # a protest against an arrest is a protest (140), not PETRARCH2's rallying support for the arrested (053)
    events = _predicted("Ethnic Serbs in northern Kosovo blocked roads to protest against the arrest of a Serb mayor.")
    assert ("PROTEST", "KSV", "KSV") in {e[:3] for e in events}, events
    assert all(e[0] != "SUPPORT" for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # working people named by their trade protest for the country of the scene
    ("Miners protested in Bucharest against pit closures.", ("PROTEST", "ROU", "ROU")),
    # a crowd's act misparsed as a clause on a verbless sentence's noun is still the crowd's
    ("Hundreds of students protested in Dhaka.", ("PROTEST", "BGD", "BGD")),
])
def test_events_round14_working_people_and_misparsed_crowds_protest(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


@pytest.mark.parametrize(("text", "expected"), [
    # people named by their role, in a text naming one country only, act in that country
    ("Unidentified gunmen opened fire on a tourist bus near the Egyptian town of Minya.", ("ASSAULT", "EGY", "EGY")),
    ("Militants attacked a police post near Peshawar.", ("ASSAULT", "PAK", "PAK")),
    ("Prosecutors charged the former Peruvian president with corruption.", ("COERCE", "PER", "PER")),
    # "teargassed" (lemmatized "teargasse") is repression
    ("Police teargassed protesters in Nairobi.", ("COERCE", "KEN", "KEN")),
    # a court that rules against a state finds it liable (CAMEO 116), no cooperation
    ("The European Court of Human Rights ruled against Turkey over the jailing of a journalist.",
     ("ACCUSE", "IGO", "TUR")),
])
def test_events_round14_role_nouns_of_a_one_country_text_and_legal_acts(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round14_role_nouns_take_no_country_where_the_text_names_two():
    events = _predicted("Gunmen attacked a hotel used by French tourists in Mali.")
    assert all(e[1] != "FRA" for e in events), events
    assert all(e[0] != "COOPERATE" for e in _predicted("The king ruled Morocco for 38 years.")), "bare rule"


def test_events_round14_troops_ordered_somewhere_are_deployed():
    events = {e[:3] for e in _predicted("The Pentagon ordered 3,000 more troops to Kuwait on Tuesday.")}
    assert ("MOBILIZE", "USA", "KWT") in events and ("REQUEST", "USA", "KWT") not in events, events


def test_events_round14_concern_over_an_arrest_is_no_arrest_by_the_concerned():
    events = _predicted("Sweden expressed concern over the arrest of two journalists in Ethiopia.")
    assert all(not (e[0] == "COERCE" and e[1] == "SWE") for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # sealing off a territory restricts movement (CAMEO 191); sealing a deal signs it (057)
    ("Israel sealed off the West Bank after the attack in Jerusalem.", ("COERCE", "ISR", "PSE")),
    ("Russia and China sealed an energy deal in Beijing.", ("SUPPORT", "RUS", "CHN")),
    # a ceasefire declared by rebels is aimed at their own state
    ("The ELN announced a cessation of hostilities over Christmas.", ("RETREAT", "COL", "COL")),
])
def test_events_round14_seals_and_ceasefires(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a vow of harm whose object is no actor is a threat, no promise (CAMEO 13, not 030)
    ("Saddam Hussein vowed to crush the uprising.", ("THREATEN", "IRQ")),
    ("Vladimir Putin vowed to punish those responsible for the bombing.", ("THREATEN", "RUS")),
])
def test_events_round14_a_vow_of_harm_is_a_threat(text, expected):
    events = _predicted(text)
    assert expected in {e[:2] for e in events} and all(e[0] != "AGREE" for e in events), events


def test_events_round14_an_actors_own_word_that_it_could_strike_is_a_threat():
    events = {e[:3] for e in _predicted("Turkey said it could launch a military operation in northern Syria.")}
    assert ("THREATEN", "TUR", "SYR") in events, events
    # said by others, it stays a possible attack
    events = {e[:3] for e in _predicted("Analysts said Turkey could launch a military operation in northern Syria.")}
    assert ("THREATEN", "TUR", "SYR") not in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # returning to talks is negotiating; ready to return, an intent to negotiate (036)
    ("North Korea said it was ready to return to the six-party talks.", ("AGREE", "PRK")),
    # a sit-in obstructs (144); prisoners who riot are a crowd
    ("Workers staged a sit-in at the shipyard in Gdansk.", ("PROTEST", "POL")),
    ("Inmates rioted at a prison in Caracas.", ("PROTEST", "VEN")),
])
def test_events_round14_talks_sit_ins_and_prison_riots(text, expected):
    assert expected in {e[:2] for e in _predicted(text)}, _predicted(text)


def test_events_round14_sending_monitors_is_watching():
    events = {e[:3] for e in _predicted("The OSCE sent monitors to Georgia after the fighting.")}
    assert ("INVESTIGATE", "IGO", "GEO") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # "on Friday" before "to send" names a day, no one asked to send: the voter sends
    ("The Security Council voted on Friday to send 3,000 peacekeepers to Liberia.", ("AID", "IGO", "LBR")),
    # a decided act is the event, done: no intent, no threat
    ("Iran decided on Tuesday to expel two British diplomats.", ("SANCTION", "IRN", "GBR")),
])
def test_events_round14_decisions_and_days(text, expected):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and not any(e[0] in ("THREATEN", "AGREE") for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # "X drew sanctions from Y": Y sanctions X
    ("North Korea's nuclear test drew new sanctions from the Security Council.", ("SANCTION", "IGO", "PRK")),
    # a government named by its role concedes at home, in a text naming one country
    ("The government gave in to the strikers' demands in Bangladesh.", ("CONCEDE", "BGD", "BGD")),
])
def test_events_round14_sanctions_drawn_and_concessions(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round14_a_sum_given_is_aid():
    events = {e[:3] for e in _predicted("Germany gave 20 million euros to Lebanon after the explosion.")}
    assert ("AID", "DEU", "LBN") in events, events


@pytest.mark.parametrize("text", [
    "North Korea fired a missile on Tuesday.",
    "Iran launched a ballistic missile into the Gulf of Oman during war games.",
    "Pakistan tested a new cruise missile, the army said.",
])
def test_events_round15_a_missile_launched_at_nothing_is_a_show_of_force(text):
    events = _predicted(text)
    assert any(e[0] == "MOBILIZE" and e[2] is None for e in events), events
    assert not any(e[0] == "ASSAULT" for e in events), events


def test_events_round15_a_missile_fired_at_a_target_stays_an_attack():
    events = {e[:3] for e in _predicted("Houthi rebels fired a missile at a Saudi airport.")}
    assert ("ASSAULT", "YEM", "SAU") in events and not any(e[0] == "MOBILIZE" for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's passive: the arrested or the attacked are named, the doer is the scene's country
    ("Dozens of students arrested in Tehran", ("COERCE", "IRN", "IRN")),
    ("Opposition leader detained in Harare after rally", ("COERCE", "ZWE", "ZWE")),
    ("Two Britons kidnapped in Yemen", ("ASSAULT", "YEM", "GBR")),
    # an unclaimed bombing is the country of its scene's
    ("A roadside bomb killed four soldiers in eastern Afghanistan.", ("ASSAULT", "AFG", "AFG")),
])
def test_events_round15_headline_passives_and_unclaimed_bombs(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round15_a_crowd_verb_in_a_headline_stays_active():
    events = {e[:2] for e in _predicted("Hundreds of Kurds protested in Diyarbakir against the ban.")}
    assert ("PROTEST", "TUR") in events and not any(e[0] == "COERCE" for e in events), events


def test_events_round15_an_accident_blast_is_no_attack():
    assert not any(e[0] == "ASSAULT" for e in _predicted("An explosion killed two workers at a plant in Ohio."))


def test_events_round15_each_other_is_one_act_each_way():
    events = {e[:3] for e in _predicted("Ethiopia and Eritrea accused each other of shelling border towns.")}
    assert {("ACCUSE", "ETH", "ERI"), ("ACCUSE", "ERI", "ETH")} <= events, events


def test_events_round15_a_role_nouns_own_group_is_no_target():
    events = _predicted("Taliban militants in South Waziristan attacked a police checkpoint.")
    assert any(e[0] == "ASSAULT" and e[1] == "PAK" for e in events), events
    assert not any(e[2] == "AFG" for e in events), events


def test_events_round15_scrambling_jets_and_the_host_of_talks():
    assert ("MOBILIZE", "KOR") in {e[:2] for e in _predicted("South Korea scrambled jets near the border.")}
    events = _predicted("Ethiopia and Eritrea agreed to a truce in talks in Algiers.")
    assert events and not any(e[2] == "DZA" for e in events), events


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a foreign-coded armed group fought in the state's own land is the state's insurgency
    ("Pakistani soldiers killed eight Taliban fighters in an operation in South Waziristan.",
     ("ASSAULT", "PAK", "PAK"), ("ASSAULT", "PAK", "AFG")),
    # abroad it keeps its own country
    ("Israeli troops killed two Hezbollah fighters in southern Lebanon.", ("ASSAULT", "ISR", "LBN"), None),
])
def test_events_round15_insurgents_fought_at_home(text, expected, wrong):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and wrong not in events, events


def test_events_round15_missiles_launched_at_a_named_place_are_a_strike():
    events = {e[:3] for e in _predicted("Russia launched cruise missiles at the Ukrainian capital.")}
    assert ("ASSAULT", "RUS", "UKR") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # an act only said to be possible stays that act, hypothetical, under a condition or with its officials cited
    ("Canada may expel Iranian diplomats if Tehran does not release the detained students, officials said.",
     ("SANCTION", "CAN", "IRN", "hypothetical")),
    ("France might cut aid to Mali if the junta delays elections.", ("SANCTION", "FRA", "MLI", "hypothetical")),
])
def test_events_round16_a_possible_act_is_no_threat(text, expected):
    events = _predicted(text)
    assert expected in events and not any(e[0] == "THREATEN" for e in events), events


def test_events_round16_an_announced_act_under_a_condition_stays_a_threat():
    events = {e[:3] for e in _predicted("France will cut aid to Mali unless the junta holds elections.")}
    assert ("THREATEN", "FRA", "MLI") in events, events


def test_events_round16_speaking_by_phone_is_a_call():
    events = {e[:3] for e in _predicted("The Japanese prime minister spoke by phone with his Indian counterpart.")}
    assert ("CONSULT", "JPN", "IND") in events, events


def test_events_round16_a_border_side_is_no_one_struck_by_a_joint_operation():
    events = {e[:3] for e in _predicted(
        "Thai and Malaysian police carried out joint operations against smugglers near the border with Myanmar.")}
    assert ("COOPERATE", "THA", "MYS") in events and not any(e[2] == "MMR" for e in events), events


def test_events_round16_a_denied_accusation_is_the_accusers_and_its_act_no_event():
    events = {e[:3] for e in _predicted(
        "Belgrade rejected allegations by Pristina that its police had beaten protesters.")}
    assert ("ACCUSE", "KSV", "SRB") in events, events
    assert not any(e[0] in ("ASSAULT", "COERCE") for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # an arrest named by a noun with no doer is the scene's country's
    ("The arrest of opposition leader Kizza Besigye sparked protests across Uganda.", ("COERCE", "UGA", "UGA")),
    ("The detention of two Canadians in Beijing angered Ottawa.", ("COERCE", "CHN", "CAN")),
])
def test_events_round16_an_arrest_noun_with_no_doer_is_the_scenes(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


def test_events_round16_a_peoples_arrest_named_elsewhere_has_no_doer():
    # a French tourist is as often detained abroad: the protests in Paris say nothing of who detained him
    events = _predicted("The detention of a French tourist sparked protests in Paris.")
    assert not any(e[0] == "COERCE" for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # a perfect tells what has not happened yet: the act, negated, no refusal
    ("Armenia has not withdrawn its troops from the disputed region near Azerbaijan.",
     ("RETREAT", "ARM", "AZE", "negated")),
    # a future "will not" stays a refusal
    ("Moscow would not withdraw its troops from Moldova, the minister said.", ("REJECT", "RUS", "MDA", "reported")),
])
def test_events_round16_not_yet_done_is_negated_and_a_refusal_is_reject(text, expected):
    assert expected in _predicted(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a state's own-coded group struck or threatened in another country: that country is the target
    ("Turkish jets struck Kurdish rebels in northern Iraq.", ("ASSAULT", "TUR", "IRQ")),
    ("Colombian troops killed six FARC rebels in a raid inside Venezuela.", ("ASSAULT", "COL", "VEN")),
    ("Turkey threatened to send troops against Kurdish fighters in northern Syria.", ("THREATEN", "TUR", "SYR")),
    # at home it stays the state's own
    ("Turkish troops killed 12 Kurdish militants in southeastern Turkey.", ("ASSAULT", "TUR", "TUR")),
])
def test_events_round16_a_states_own_group_struck_abroad(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


def test_events_round16_what_one_is_convicted_of_names_no_target():
    # the country one spied for is no target of the hanging or of the conviction
    events = _predicted("Iran hanged a man convicted of spying for Israel.")
    assert events and not any(e[2] == "ISR" for e in events), events
    # the one the participle tells of is its target
    assert ("COERCE", "KEN", "GBR") in {e[:3] for e in _predicted(
        "Kenya deported a British journalist accused of insulting the president.")}


def test_events_round16_a_passive_arrests_scene_may_hang_on_the_arrested():
    # "in Moscow" hangs on the ones arrested, not on the verb: still the scene, so Russia arrests
    events = {e[:3] for e in _predicted("Three Americans in Moscow were arrested for spying.")}
    assert ("COERCE", "RUS", "USA") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # a role noun acts for the scene's country; a foreign target stays
    ("Protesters burned the American flag outside the U.S. embassy in Islamabad.", ("PROTEST", "PAK", "USA")),
    ("Police arrested two Americans in Cairo.", ("COERCE", "EGY", "USA")),
    # a group that claims an attack made it
    ("Hamas claimed responsibility for the suicide bombing in Jerusalem.", ("ASSAULT", "PSE", "ISR")),
    ("The Pakistani Taliban claimed responsibility for the attack on a police academy in Lahore.",
     ("ASSAULT", "PAK", "PAK")),
])
def test_events_round16_scene_with_a_foreign_target_and_claimed_attacks(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


@pytest.mark.parametrize(("text", "expected"), [
    # each of conjoined subjects does a one-way act, aimed where a single subject's would be
    ("Canada and Australia condemned the crackdown in Myanmar.",
     {("ACCUSE", "CAN", "MMR"), ("ACCUSE", "AUS", "MMR")}),
    ("Japan, Britain and Canada imposed sanctions on Iran.",
     {("SANCTION", "JPN", "IRN"), ("SANCTION", "GBR", "IRN"), ("SANCTION", "CAN", "IRN")}),
])
def test_events_round17_conjoined_subjects_each_do_a_one_way_act(text, expected):
    events = {e[:3] for e in _predicted(text)}
    assert expected <= events and not any(e[1] in ("CAN", "GBR", "AUS") and e[1] == e[2] for e in events), events
    assert not any(e[2] in {s for _, s, _ in expected} for e in events), events


def test_events_round17_conjoined_subjects_of_a_mutual_act_stay_partners():
    # agreeing and accusing each other are done to the other partner
    assert ("AGREE", "GRC", "TUR") in {e[:3] for e in _predicted("Greece and Turkey agreed to resume talks.")}
    events = {e[:3] for e in _predicted("Serbia and Kosovo accused each other of provocations.")}
    assert {("ACCUSE", "SRB", "KSV"), ("ACCUSE", "KSV", "SRB")} <= events and \
        not any(e[1] == e[2] for e in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # with its doer named before it, an event noun's "of" names the one it is done to
    ("Iraq's invasion of Kuwait in 1990 led to a war.", ("ASSAULT", "IRQ", "KWT")),
    ("The American invasion of Iraq lasted years.", ("ASSAULT", "USA", "IRQ")),
])
def test_events_round17_a_named_doers_noun_of_names_its_target(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


@pytest.mark.parametrize(("text", "expected"), [
    # nouns of amount are no words of a phrase pattern
    ("Japan shipped thousands of tonnes of food aid to North Korea.", ("AID", "JPN", "PRK")),
    ("Jordan sent hundreds of truckloads of humanitarian aid to Gaza.", ("AID", "JOR", "PSE")),
])
def test_events_round17_amounts_are_no_pattern_words(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


@pytest.mark.parametrize(("text", "expected"), [
    # summoning another state's envoy is an official complaint, active or passive
    ("Poland summoned the Russian ambassador over the missile that crossed its airspace.", ("ACCUSE", "POL", "RUS")),
    ("The Iranian envoy was summoned by the German foreign ministry.", ("ACCUSE", "DEU", "IRN")),
    # controls and bans on exports are trade restrictions; blocking a bid refuses it
    ("Japan tightened export controls on chemicals sold to South Korea.", ("SANCTION", "JPN", "KOR")),
    ("Hungary blocked Ukraine's bid to join the European Union.", ("REJECT", "HUN", "UKR")),
    ("Ukraine's application to join the alliance was blocked by Hungary.", ("REJECT", "HUN", "UKR")),
    # a "by" agent the parser hangs on the last prepositional object
    ("Iranian banks were cut off from the SWIFT payment system by the European Union.", ("SANCTION", "IGO", "IRN")),
    ("Denmark sent search and rescue teams to Turkey after the earthquake.", ("AID", "DNK", "TUR")),
    ("Russian drones struck an energy facility in Lviv overnight.", ("ASSAULT", "RUS", "UKR")),
])
def test_events_round17_complaints_restrictions_refusals(text, expected):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and not any(e[0] in ("CONSULT", "COERCE") for e in events), events


def test_events_round17_a_threatened_refusal_is_one_threat():
    events = _predicted("Austria threatened to block Romania's bid to join the Schengen zone.")
    assert [e[:3] for e in events] == [("THREATEN", "AUT", "ROU")], events


@pytest.mark.parametrize(("text", "expected"), [
    # a protest at a state's mission is aimed at that state, before the issue it is "over"
    ("Hundreds of Ghanaians protested outside the Chinese embassy in Accra over the treatment of African students.",
     ("PROTEST", "GHA", "CHN")),
    # the mission's state is no scene: its city is
    ("Protesters gathered in front of the Iranian embassy in Berlin.", ("PROTEST", "DEU", "IRN")),
    # an act on a place's event by a role-named doer is the scene's country's
    ("The opposition march in Yerevan was broken up by riot police.", ("COERCE", "ARM", "ARM")),
])
def test_events_round17_protests_at_missions_and_role_agents(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


def test_events_round17_conjoined_subjects_each_strike_a_named_third_party():
    events = {e[:3] for e in _predicted("France and Britain launched air strikes on Islamic State targets in Syria.")}
    assert {("ASSAULT", "FRA", "IMG"), ("ASSAULT", "GBR", "IMG")} <= events, events
    # partners of one country acting on its own people stay one act
    events = {e[:3] for e in _predicted(
        "Bangladesh and Myanmar set up a joint committee on the return of Rohingya refugees.")}
    assert not any(e[1] == "MMR" and e[2] == "MMR" for e in events), events


def test_events_round17_an_embargo_extended_in_the_passive_is_imposed():
    events = {e[:3] for e in _predicted("The arms embargo on Sudan was extended by the UN Security Council.")}
    assert ("SANCTION", "IGO", "SDN") in events, events


def test_events_round17_force_aimed_at_a_country_is_no_place_of_partners():
    events = {e[:3] for e in _predicted("Hezbollah and Hamas fired rockets at northern Israel.")}
    assert {("ASSAULT", "LBN", "ISR"), ("ASSAULT", "PSE", "ISR")} <= events, events
    assert not any(e[1] == "LBN" and e[2] == "PSE" for e in events), events


# --------------------------------------------------------------------------- round 18: who is no party to an act

@pytest.mark.parametrize("text", [
    # helpers named in "with the help of" / "with support from" are no target (nor source) of the act
    "With the help of Microsoft, Oxfam and the Red Cross, the governor of Lagos unveiled a new flood warning system.",
    "With support from Google and UNICEF, Nigeria's education minister revealed a plan for rural schools.",
    # the doer's own body ("X from Y", "X of Y") is no target of X's act
    "Director Jane Moss from the Environmental Protection Agency unveiled a new rule on car emissions.",
    "Professor Alan Reid of the University of Edinburgh revealed the results of the trial.",
])
def test_events_round18_helpers_and_affiliations_are_no_targets(text):
    assert _predicted(text) == []


def test_events_round18_a_news_medium_told_is_no_target():
    events = _predicted("\"Our troops will leave the town by Sunday,\" a Russian officer told Reuters.")
    assert events and not any(e[2] == "GBR" for e in events), events


def test_events_round18_conjoined_bodies_of_a_subject_stay_partners():
    # "the leaders of X and Y": the partners of the act, not the doer's own body
    events = {e[:3] for e in _predicted("The leaders of Chile and Argentina agreed to build a new border crossing.")}
    assert ("AGREE", "CHL", "ARG") in events or ("AGREE", "ARG", "CHL") in events, events


@pytest.mark.parametrize(("text", "source", "foreign"), [
    # the target of an act in a subordinate clause is not taken from the main clause
    ("After Spain agreed to send air defence systems, Russian commentators threatened strikes on Madrid.",
     "ESP", "RUS"),
    ("After Norway agreed to deliver artillery shells, Russian state television hosts demanded attacks on Oslo.",
     "NOR", "RUS"),
])
def test_events_round18_a_subordinate_clause_keeps_its_own_target(text, source, foreign):
    events = _predicted(text)
    assert any(e[1] == source for e in events), events
    assert not any(e[1] == source and e[2] == foreign for e in events), events


def test_events_round18_meeting_places_are_no_targets():
    events = {e[:3] for e in _predicted("Ghana's president met Nigeria's vice president in London.")}
    assert events == {("CONSULT", "GHA", "NGA")}, events
    events = _predicted("The archbishop apologised for the abuse and held meetings with survivors at the Vatican.")
    assert not any(e[2] == "VAT" for e in events), events


def test_events_round18_released_water_is_no_release():
    events = _predicted("Dams on the Danube released water into the river after Serbia asked Hungary for help.")
    assert {e[:3] for e in events} == {("REQUEST", "SRB", "HUN")}, events


def test_events_round18_a_deployment_under_a_condition_is_a_threat():
    events = {e[:3] for e in _predicted("India will deploy more soldiers to the border if China keeps building roads "
                                        "there.")}
    assert ("THREATEN", "IND", "CHN") in events, events
    # a deployment only planned stays a deployment
    events = {e[:3] for e in _predicted("NATO will deploy more troops to Poland next year.")}
    assert ("MOBILIZE", "IGO", "POL") in events and not any(e[0] == "THREATEN" for e in events), events


def test_events_round19_an_apposition_names_the_subject():
    events = {e[:3] for e in _predicted("Serbia's old rival, Croatia, accused Belgrade of hiding war criminals.")}
    assert events == {("ACCUSE", "HRV", "SRB")}, events
    # a bracketed acronym after a place names no one in its stead
    events = {e[:3] for e in _predicted("The Security Council agreed to an extension of the peacekeeping mission in "
                                        "Mali (MINUSMA) despite France's doubts.")}
    assert events == {("AGREE", "IGO", "MLI")}, events


def test_events_round19_the_doers_own_body_is_no_target():
    from spinscope.predict import predict_events

    # the parse splits the first subject in two ("astronaut" and the name); the second is one phrase
    for text in ("European Space Agency astronaut Andreas Mogensen has criticised the launch delays.",
                 "European Space Agency chief Josef Aschbacher has criticised the launch delays."):
        events = next(iter(predict_events([{"id": "t", "text": text}])))["events"]
        assert all(e["target"] is None for e in events), (text, events)


def test_events_round19_capturing_a_picture_is_no_seizure():
    for text in ("European Space Agency astronaut Samantha Cristoforetti has captured an image of the lightning "
                 "from the station.",
                 "The astronaut captured stunning images of the storm over Cuba from the station."):
        assert _predicted(text) == [], text
    events = {e[:3] for e in _predicted("Russian forces captured the town of Avdiivka from Ukraine.")}
    assert ("ASSAULT", "RUS", "UKR") in events, events


def test_events_round20_a_participle_after_an_event_noun_names_doer_and_target():
    # "imposed by X on Y": the participle's agent does the act, its "on" names the one it is done to
    events = {e[:3] for e in _predicted("The sanctions imposed by Canada on Iran have hit its shipping industry.")}
    assert ("SANCTION", "CAN", "IRN") in events, events


def test_events_round20_the_sources_own_thing_is_no_target():
    # the possessive pronoun of a hostile act's object is the other side's, not the speaker's
    for text, expected in (
            ("If Hezbollah fires more rockets, Israel could bomb its weapons depots, an Israeli minister warned.",
             ("ISR", "LBN")),
            ("If Pakistan shelters the militants, India could strike their camps, an Indian minister warned.",
             ("IND", "PAK"))):
        events = _predicted(text)
        assert events and all((src, tgt) == expected for _, src, tgt, _ in events if src == expected[0]), (text, events)


def test_events_round20_a_state_warning_of_its_own_act_warns_the_other():
    # the reported act's subject is the warner's own state: the warning is aimed at the act's target
    events = {e[:3] for e in _predicted("Hungary could block Ukraine's bid to join the bloc, a Hungarian minister "
                                        "warned.")}
    assert ("THREATEN", "HUN", "HUN") not in events and ("REJECT", "HUN", "UKR") in events, events


def test_events_round20_who_presses_for_an_act_is_no_target_of_it():
    # the act asked for is aimed at its own object, never at those who ask for it
    events = _predicted("Democrats are trying to force the White House to crack down on price gouging.")
    assert all(e[2] is None or e[2] == "USA" for e in events), events
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": "Democrats are trying to force the White House to crack "
                                                        "down on price gouging."}])))["events"]
    assert all(e["target"] != "Democrats" for e in out), out
    out = next(iter(predict_events([{"id": "t", "text": "The Irish prime minister telephoned his British "
                                                        "counterpart to discuss the crisis in Northern Ireland."}])))
    assert [(e["event"], e["source_code"], e["target_code"]) for e in out["events"]] == [("CONSULT", "IRL", "GBR")]
    # pressed for by one's own side, the act stays asked for, no threat; party members are American
    events = {e[:3] for e in _predicted("Democratic senators are pushing the White House to crack down on Chinese "
                                        "steel exporters.")}
    assert events == {("REQUEST", "USA", "USA"), ("COERCE", "USA", "CHN")}, events


def test_events_round20_an_act_after_a_clash_answers_the_other_side():
    events = {e[:3] for e in _predicted("Georgia put its army on alert after a deadly clash with Russian troops near "
                                        "the boundary line.")}
    assert any(src == "GEO" and tgt == "RUS" for _, src, tgt in events), events
    events = {e[:3] for e in _predicted("India closed its border crossings following attacks by Pakistani "
                                        "militants.")}
    assert any(src == "IND" and tgt == "PAK" for _, src, tgt in events), events
    # talks are no provocation: their mediator stays no target
    events = {e[:3] for e in _predicted("Ethiopia and Eritrea agreed to a ceasefire after talks mediated by "
                                        "Algeria.")}
    assert all(tgt != "DZA" for _, _, tgt in events), events


def test_events_round20_the_noun_a_relative_clause_or_participle_describes_is_the_verbs_object():
    # "the sanctions that X imposed on Y": the imposing of sanctions, not a bare "impose" (coercion)
    events = {e[:3] for e in _predicted("The sanctions that Canada imposed on Iranian officials were extended.")}
    assert events == {("SANCTION", "CAN", "IRN")}, events
    # "the export curbs imposed by X on Y, ... hurt": the participle's agent imposes the trade restriction
    events = {e[:3] for e in _predicted("The export curbs imposed by Japan on South Korea hurt its chipmakers.")}
    assert events == {("SANCTION", "JPN", "KOR")}, events


def test_events_round20_a_suspect_handed_over_and_a_status_after_a_noun():
    # "suspected of" after a noun is a status, not an accusation; an extradition's "to" names its target
    events = {e[:3] for e in _predicted("Serbia will not extradite the Croatian officer suspected of smuggling "
                                        "weapons to Bosnia.")}
    assert events == {("REJECT", "SRB", "BIH")}, events
    events = {e[:3] for e in _predicted("Norway expelled two Russian diplomats accused of spying.")}
    assert events == {("SANCTION", "NOR", "RUS")}, events


@pytest.mark.parametrize(("text", "expected"), [
    # round 18: the act a request asks for has not happened and is no event; the request is
    ("The African Union called on Sudan to release detained protest leaders.", {("REQUEST", "IGO", "SDN")}),
    ("The Philippines demanded that China withdraw its coast guard vessels from the shoal.",
     {("REQUEST", "PHL", "CHN")}),
    ("Norway appealed to Iran to halt the execution of a Norwegian citizen.", {("REQUEST", "NOR", "IRN")}),
    ("Polish farmers urged Brussels to ban grain imports from Ukraine.", {("REQUEST", "POL", "IGO")}),
    # the act inside an "if" or "unless" clause of another event is no event either: the threat or the
    # hypothetical act it conditions is
    ("Chile would recall its ambassador from Peru if Lima expelled Chilean diplomats.",
     {("THREATEN", "CHL", "PER")}),
    ("Vietnam said it would hold talks with China if Beijing withdrew its oil rig.", {("CONSULT", "VNM", "CHN")}),
    ("If Iran attacks Saudi oil fields, the United States will strike Iranian bases.",
     {("THREATEN", "USA", "IRN")}),
])
def test_events_round18_acts_asked_for_or_conditioned_are_no_events(text, expected):
    assert {e[:3] for e in _predicted(text)} == expected


def test_events_round18_force_pressed_for_stays_an_event():
    events = {e[:3] for e in _predicted("Conservative lawmakers are pressing the government to crack down on "
                                        "Chinese fishing fleets.")}
    assert ("COERCE", "CHN") in {(t, tgt) for t, _, tgt in events}, events


@pytest.mark.parametrize(("text", "expected"), [
    # round 18: a state's ally or proxy deep in the object phrase is not that state; the scene names it
    ("Kurdish fighters ambushed a convoy of Iran's proxy militia in eastern Iraq.", {("ASSAULT", "IRQ", "IRQ")}),
    ("Syrian rebels shelled positions of Iran's allies near Aleppo.", {("ASSAULT", "SYR", "SYR")}),
    ("Houthi rebels fired missiles at the headquarters of Saudi Arabia's allies in southern Yemen.",
     {("ASSAULT", "YEM", "YEM")}),
])
def test_events_round18_an_allys_owner_is_no_target(text, expected):
    assert {e[:3] for e in _predicted(text)} == expected


def test_events_round18_an_allys_owner_is_no_doer_either():
    # with no doer named, the state whose proxies are struck is not guessed as the one striking them
    events = _predicted("Militants attacked a base of the Saudi-backed government's allied forces in Aden.")
    assert all(src != "SAU" for _, src, _, _ in events), events


def test_events_round18_dissent_for_self_rule_is_aimed_at_the_state_ruled_from():
    events = {e[:3] for e in _predicted("Inmates rioted at a prison in Juba, joining crowds calling for "
                                        "independence from Sudan.")}
    assert ("PROTEST", "SDN") in {(t, tgt) for t, _, tgt in events}, events
    # self-rule from one's own state stays aimed at it
    events = {e[:3] for e in _predicted("Thousands of Catalans demonstrated in Barcelona for independence from "
                                        "Spain.")}
    assert events == {("PROTEST", "ESP", "ESP")}, events


def test_events_round18_a_participle_conjoined_with_a_finite_verb_is_the_roots_act():
    # spaCy reads "donated" as a participle on "charity" and leaves the sentence verbless: the volunteers give
    events = {e[:3] for e in _predicted("Volunteers from a Dutch charity donated and delivered tents to families in "
                                        "northern Syria.")}
    assert events == {("AID", "NLD", "SYR")}, events
    # a headline's passive stays one
    events = {e[:3] for e in _predicted("Dozens of students detained in Tehran and released on bail.")}
    assert all(t != "AID" for t, _, _ in events) and ("COERCE", "IRN") in {(t, s) for t, s, _ in events}, events


def test_events_round18_to_risk_is_no_threat():
    events = {e[:3] for e in _predicted("Russia warned that Finland risked a military response by joining NATO.")}
    assert ("THREATEN", "FIN") not in {(t, s) for t, s, _ in events}, events


@pytest.mark.parametrize(("text", "expected"), [
    # round 18: what a protest is for is coded in the protest (CAMEO 14x), no second event of demand
    ("Thousands of Moldovans marched through Chisinau demanding the resignation of the prime minister.",
     "PROTEST"),
    ("Nurses in Lagos went on strike to demand unpaid allowances.", "PROTEST"),
])
def test_events_round18_a_protests_demand_is_the_protest(text, expected):
    assert [e[0] for e in _predicted(text)] == [expected]


def test_events_round18_a_demand_of_its_own_stays():
    assert [e[0] for e in _predicted("Moldovan opposition leaders demanded the resignation of the prime "
                                     "minister.")] == ["REQUEST"]


@pytest.mark.parametrize(("text", "expected"), [
    # round 18: "X said Y must ..." is X's demand; the act demanded (and its purpose) is no event
    ("The Arab League said Israel must withdraw its troops from southern Lebanon.", {("REQUEST", "IGO", "ISR")}),
    ("Oxfam said the United States and Britain must provide more money to help farmers in Somalia.",
     {("REQUEST", "IGO", "USA")}),
])
def test_events_round18_the_act_a_reported_demand_names_is_no_event(text, expected):
    assert {e[:3] for e in _predicted(text)} == expected


# --------------------------------------------------------------------------- round 22: from real news articles

@pytest.mark.parametrize(("text", "expected"), [
    # round 22: getting ready for a war or a conflict with another is a show of force (CAMEO 15), no intent (03)
    ("Hungary is preparing for a long conflict with Serbia.", {("MOBILIZE", "HUN", "SRB")}),
    ("The Kremlin is preparing for a war with the Baltic states, the Latvian minister wrote.",
     {("MOBILIZE", "RUS", "BLT")}),
])
def test_events_round22_preparing_for_war_is_a_show_of_force(text, expected):
    events = {e[:3] for e in _predicted(text)}
    assert expected <= events and not any(t == "AGREE" for t, _, _ in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # round 22: an invitation or encouragement to an act is an appeal (CAMEO 02); the act asked for and its own
    # purposes have not happened
    ("Seoul invited Japanese companies to open plants in Korea to help the country cut emissions.",
     {("REQUEST", "KOR", "JPN")}),
    ("The Indian minister encouraged Turkish firms to invest in Kenya.", {("REQUEST", "IND", "TUR")}),
    ("Tokyo urged Manila to send coast guard ships to patrol the disputed reef.", {("REQUEST", "JPN", "PHL")}),
])
def test_events_round22_an_asked_acts_purpose_is_no_event(text, expected):
    assert {e[:3] for e in _predicted(text)} == expected


def test_events_round22_an_invitation_to_a_meeting_stays_one():
    assert ("CONSULT", "CHN", "PAK") in {e[:3] for e in _predicted("China invited Pakistan to attend the summit.")}


@pytest.mark.parametrize(("text", "expected"), [
    # round 22: the condition of a warned act is no event; nor is an "if" clause whose verb is a copula's
    ("Moscow has warned that it will go to war with Poland if Polish weapons defeat the Belarusian army.",
     {("THREATEN", "RUS", "POL")}),
    ("Moscow has warned that it will go to war with Poland if Warsaw sends fighter jets to Ukraine.",
     {("THREATEN", "RUS", "POL")}),
    ("If we are not prepared, Russia will attack, the Estonian general said.", {("THREATEN", "RUS", "EST")}),
])
def test_events_round22_a_warned_acts_condition_is_no_event(text, expected):
    assert {e[:3] for e in _predicted(text)} == expected


def test_events_round22_a_name_before_an_invasion_is_the_land_invaded():
    events = {e[:3] for e in _predicted("McDonald's said it will leave Russia in the wake of the Ukraine invasion.")}
    assert not any(s == "UKR" for _, s, _ in events), events
    # a doer's adjective, or a name with the land after it, stays the doer
    assert ("ASSAULT", "USA", "IRQ") in {e[:3] for e in _predicted("The US invasion of Iraq divided Europe.")}


@pytest.mark.parametrize(("text", "expected"), [
    # round 22: a headline's aircraft "shot down over X" is downed, by X
    ("Ukrainian military drone shot down over Russia", ("ASSAULT", "RUS", "UKR")),
    ("The Turkish drone shot down over Syria, officials said.", ("ASSAULT", "SYR", "TUR")),
])
def test_events_round22_a_downed_aircraft_is_the_target(text, expected):
    events = [e[:3] for e in _predicted(text)]
    assert [(t, s, g[:3] if g else g) for t, s, g in events] == [expected], events


def test_events_round22_an_aircraft_that_shoots_down_another_is_the_doer():
    events = {e[:3] for e in _predicted("Israeli jets shot down a Syrian drone.")}
    assert ("ASSAULT", "ISR", "SYR") in events, events


@pytest.mark.parametrize("text", [
    # round 22: PETRARCH2's bare codes of verbs that in news report no act toward another
    "The Pentagon admitted that Washington had failed to track the weapons sent to Israel.",  # no REJECT
    "Italian leaders are trying to fill the gap left by stalled German funds to Greece.",  # no CONCEDE
    "Kenya hopes to enhance its exports to India.",  # no COOPERATE
    # a crime committed is no attack; a state raising its own spending aids no one
    "A man who illegally enters Canada has committed a crime, the Canadian minister said.",
    "Latvia and Lithuania have increased their military spending.",
])
def test_events_round22_no_event_verbs(text):
    assert _predicted(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # their phrases stay events
    ("Russia and China agreed to enhance military cooperation.", ("AGREE", "RUS", "CHN")),
    ("Japan will boost aid to the Philippines.", ("AGREE", "JPN", "PHL")),
    # round 22: to pick off soldiers is to shoot them
    ("Russian paratroopers have been picked off by Ukrainian snipers.", ("ASSAULT", "UKR", "RUS")),
])
def test_events_round22_phrases_that_stay_events(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}, _predicted(text)


def test_events_round22_a_passives_doer_noun_is_no_act_of_its_own():
    # spaCy splits "by Russian shelling" into an adjective and a verb: one attack, Russia's
    events = {e[:3] for e in _predicted("Five civilians were killed by Russian shelling in Kharkiv.")}
    assert events == {("ASSAULT", "RUS", "UKR")}, events


def test_events_round22_an_opponent_gives_no_aid():
    text = ("A French politician claimed that Western aid to Kabul is being stolen by Afghan officials, despite "
            "assurances that it is used in the fight against Iran.")
    assert not any(t == "AID" and s == "IRN" for t, s, _ in {e[:3] for e in _predicted(text)}), _predicted(text)


def test_events_round22_a_drawn_reaction_is_not_the_drawers():
    events = {e[:3] for e in _predicted("Putin ordered troops into Ukraine, triggering unprecedented Western "
                                        "sanctions.")}
    assert not any(t == "SANCTION" and s == "RUS" for t, s, _ in events), events


def test_events_round22_concluding_a_judgement_is_no_agreement():
    assert _predicted("The war in Ukraine led McDonald's to conclude that owning its Russian business was "
                      "untenable.") == []
    assert ("SUPPORT", "SRB", "KSV") in {e[:3] for e in _predicted("Serbia and Kosovo concluded a trade "
                                                                    "agreement.")}
    # a conclusion that another must act is a demand
    assert ("REQUEST", "KEN", "UGA") in {e[:3] for e in _predicted("Kenya concluded that Uganda should reopen "
                                                                    "the border.")}


def test_events_round22_a_passive_relative_clauses_noun_undergoes_it():
    events = {e[:3] for e in _predicted("The first British journalist to be expelled by Russia since 2011 left "
                                        "Moscow.")}
    assert ("COERCE", "RUS", "GBR") in {(t, s, g[:3] if g else g) for t, s, g in events}, events


def test_events_round22_to_counter_is_no_criticism():
    assert _predicted("The US Army is upgrading its drones to counter Russia and China.") == []


def test_events_round22_speaking_at_a_reports_release_frees_no_one():
    assert _predicted("The spy chief told journalists at the release of Latvia's annual intelligence report that "
                      "Moscow was rearming.") == []
    # spaCy reads the last word of "national security threats report" as a verb
    assert _predicted("The spy chief told journalists at the release of Latvia's annual national security threats "
                      "report that Moscow was rearming.") == []
    # a release of prisoners stays one
    assert ("RETREAT", "COL", "VEN") in {e[:3] for e in _predicted("Colombia announced the release of five "
                                                                    "Venezuelan prisoners.")}


def test_events_round22_a_bare_title_is_the_person_named_before():
    # the attributions layer resolves "The president" to the president named before; the events use it, not an
    # actor deep in the verb's own object
    text = ("Kenyan President William Ruto spoke on Monday. The president urged Ethiopian firms to open branches in "
            "zones built under the Lamu Port-South Sudan-Ethiopia Transport Corridor.")
    events = {e[:3] for e in _predicted(text)}
    assert ("REQUEST", "KEN", "ETH") in events and not any(s == "SSD" for _, s, _ in events), events


def test_events_round22_being_prepared_is_no_intent():
    events = {e[:3] for e in _predicted("If we are not prepared, the risk of a Russian attack on Estonia would be "
                                        "much higher, the Estonian general said.")}
    assert not any(t == "AGREE" for t, _, _ in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # round 23: a crowd on the move or gathered, "demanding ...", is a demonstration (CAMEO 14 codes what it is
    # for), not a demand beside it
    ("Thousands of Bulgarian teachers walked from Plovdiv to Sofia, demanding that the education minister resign.",
     ("PROTEST", "BGR", "BGR")),
    ("Hungarian farmers drove their tractors into central Budapest, demanding lower diesel taxes.",
     ("PROTEST", "HUN", "HUN")),
])
def test_events_round23_a_crowds_march_for_a_demand_is_a_protest(text, expected):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and not any(t == "REQUEST" for t, _, _ in events), events


def test_events_round23_a_statement_demanding_stays_a_demand():
    events = {e[:3] for e in _predicted("The Romanian farmers' union issued a statement demanding lower diesel "
                                        "taxes.")}
    assert not any(t == "PROTEST" for t, _, _ in events), events


def test_events_round23_people_protesting_in_an_object_protest():
    # round 23: "fired rubber bullets at students protesting against X": the students protest too
    events = {e[:3] for e in _predicted("Chilean police fired rubber bullets at students protesting against "
                                        "higher bus fares in Santiago.")}
    assert ("PROTEST", "CHL", "CHL") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # round 23: relief goods sent are aid (generators, heaters, clothing)
    ("Austria sent generators and heaters to Moldova.", ("AID", "AUT", "MDA")),
    ("Ireland shipped winter clothing to Armenia.", ("AID", "IRL", "ARM")),
])
def test_events_round23_relief_goods_sent_are_aid(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


def test_events_round23_a_refusal_of_a_countrys_own_people_targets_it():
    # round 23: an opposition's or a profession's REJECT with no target is aimed at its own country, as its
    # demands are
    events = {e[:3] for e in _predicted("Opposition parties in Malawi rejected the new electoral law.")}
    assert ("REJECT", "MWI", "MWI") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # round 23: an attack with no target in a text that names one other country strikes that country; a city
    # where someone speaks names no side
    ("After Eritrean troops shelled two border villages, Ethiopia asked the African Union to send observers.",
     ("ASSAULT", "ERI", "ETH")),
    ("Syrian warplanes bombed a market in the north, killing nine people, Turkey's foreign ministry said.",
     ("ASSAULT", "SYR", "TUR")),
])
def test_events_round23_an_attack_strikes_the_one_other_country(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


def test_events_round23_a_speakers_city_is_no_side_of_an_attack():
    events = {e[:3] for e in _predicted("Somali militants shelled a town in the south, killing 12 people, aid "
                                        "workers in Nairobi said.")}
    assert not any(t == "ASSAULT" and tgt == "KEN" for t, _, tgt in events), events


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # round 24: a call made after a long apposition is the speaker's request, the act asked for no event of the
    # one asked (spaCy hangs "called" on the subject as a participle)
    ("The foreign minister of Lithuania, a small Baltic country that borders the Russian exclave of Kaliningrad, "
     "called on Russia to withdraw its forces from Ukraine.", ("REQUEST", "LTU", "RUS"), "RETREAT"),
    ("Anna Lindqvist, Sweden's foreign minister and a former diplomat, called on Russia to withdraw its troops "
     "from Georgia's breakaway regions.", ("REQUEST", "SWE", "RUS"), "RETREAT"),
])
def test_events_round24_a_call_after_a_long_apposition_is_a_request(text, expected, wrong):
    events = {e[:3] for e in _predicted(text)}
    assert expected in events and not any(t == wrong for t, _, _ in events), events


def test_events_round24_a_crowd_that_assembled_protests():
    # round 24: spaCy tags "assembled" a past participle; a crowd's gathering has no passive
    events = {e[:3] for e in _predicted("Hundreds of protesters assembled outside the parliament building in "
                                        "Sofia.")}
    assert ("PROTEST", "BGR", "BGR") in events, events


@pytest.mark.parametrize(("text", "expected"), [
    # round 24: a passive with two objects: its "by" phrase is the giver, its subject the one given to
    ("The Georgian opposition leader was granted asylum by Lithuania.", ("AID", "LTU", "GEO")),
    ("Iraq was given a loan by the World Bank.", ("AID", "IGO", "IRQ")),
    ("Ukraine was granted candidate status by the European Union in June.", ("COOPERATE", "IGO", "UKR")),
])
def test_events_round24_a_passive_with_two_objects_takes_its_by_agent(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


def test_events_round24_people_who_were_protesting_protest_where_the_clause_names_its_scene():
    # round 24: a relative clause on a people noun protests as a participle does ("students protesting ...")
    events = {e[:3] for e in _predicted("Ugandan police fired tear gas at traders who were marching against new "
                                        "market fees in Kampala.")}
    assert ("PROTEST", "UGA", "UGA") in events, events
    # guard: with no scene in the clause, the country of the sentence is no protester
    events = {e[:3] for e in _predicted("Israeli soldiers fired at villagers who were protesting the seizure of "
                                        "their land.")}
    assert not any(t == "PROTEST" for t, _, _ in events), events


@pytest.mark.parametrize(("text", "expected"), [
    # round 25: a chargé d'affaires or a consul summoned is an official complaint, as an ambassador summoned is
    ("Romania summoned Hungary's charge d'affaires over remarks by a Hungarian minister.", ("ACCUSE", "ROU", "HUN")),
    ("France summoned the Algerian consul in Lyon on Tuesday.", ("ACCUSE", "FRA", "DZA")),
    # round 25: a state's embassy staff expelled is a reduction of relations (CAMEO 166), as diplomats expelled are
    ("Latvia expelled three Belarusian embassy staff for espionage.", ("SANCTION", "LVA", "BLR")),
    # round 25: a joint declaration or a resolution blocked is vetoed (CAMEO 129), no coercion
    ("Slovakia blocked a joint EU statement on Georgia's elections.", ("REJECT", "SVK", "IGO")),
    # round 25: relief goods brought or carried to people are aid, as relief goods delivered are
    ("A convoy of the U.N. refugee agency brought tents and blankets to families in Chad.", ("AID", "IGO", "TCD")),
    # round 25: a loan or a credit line signed off on or approved is aid (CAMEO 071), as "approved a loan" is
    ("The World Bank signed off on a 700 million dollar loan for Morocco.", ("AID", "IGO", "MAR")),
    ("The IMF approved a 2 billion dollar bailout for Zambia.", ("AID", "IGO", "ZMB")),
])
def test_events_round25_verb_rows_follow_the_cameo_map(text, expected):
    assert expected in {e[:3] for e in _predicted(text)}


def test_events_round25_a_crowd_that_filled_the_streets_demanding_protests():
    # round 25: a crowd filling a scene, with a demand in its participle, protests in the scene's country; the act
    # it demands is no event of its own
    events = {e[:3] for e in _predicted("Vast crowds filled the streets of Yerevan, demanding that Armenia's "
                                        "government sign a peace deal.")}
    assert ("PROTEST", "ARM", "ARM") in events and not any(t == "SUPPORT" for t, _, _ in events), events


def test_events_round25_a_refusal_is_aimed_at_whoever_proposed_what_is_refused():
    # round 25: the author of talks ("proposed by Washington") is whom the refusal answers, not the talks' city
    events = {e[:3] for e in _predicted("Mali's junta refused to join talks in Algiers proposed by Qatar.")}
    assert ("REJECT", "MLI", "QAT") in events and ("REJECT", "MLI", "DZA") not in events, events


def test_events_round25_recalling_the_own_countrys_envoy_targets_the_host():
    # round 25: "Serbia's ambassador" recalled by Serbia's government is its own envoy; the host is the target
    events = {e[:3] for e in _predicted("The Serbian government threatened to recall Serbia's ambassador from "
                                        "Croatia.")}
    assert ("THREATEN", "SRB", "HRV") in events and ("THREATEN", "SRB", "SRB") not in events, events


def test_events_round25_an_act_in_protest_is_a_protest():
    # round 25: people who do something "in protest" demonstrate, with no verb of protest
    events = {e[:3] for e in _predicted("Taxi drivers in Lisbon parked their cars across a bridge in protest "
                                        "against a new licensing law.")}
    assert ("PROTEST", "PRT", "PRT") in events, events
    # guard: an act in protest by one person named by an office stays what it was
    assert not _predicted("The minister resigned in protest.")

"""roles.v1: protagonist / antagonist / innocent with fine roles, supporting spans and tone; the subtask-1 scorer."""

from __future__ import annotations

import pytest

from spinscope.components.semeval2025 import FINE_ROLES, MAIN_OF_FINE, MAIN_ROLES, mention_features, surface_mentions
from spinscope.training.semeval2025 import check_roles, is_validation, score_roles

ARTICLE = (
    "Northland shells the villages of Southland every night.\n\n"
    "The government of Northland lies about the attacks and blames its victims, while Northland troops "
    "loot the farms of Southland.\n\n"
    "Southland's families, forgotten by the world, shelter in cellars as Northland bombs their homes.\n\n"
    "Doctors from Westland volunteered to treat the wounded in Southland and brought food and medicine."
)


def test_roles_scorer_main_and_fine():
    gold = [("Antagonist", ["Instigator"]), ("Innocent", ["Victim"]), ("Protagonist", ["Guardian", "Virtuous"])]
    pred = [("Antagonist", ["Instigator"]), ("Antagonist", ["Tyrant"]), ("Protagonist", ["Guardian"])]
    scores = score_roles(gold, pred)
    assert scores["main_role_emr"] == pytest.approx(2 / 3, abs=1e-4)
    # fine: tp 2 (Instigator, Guardian), fp 1 (Tyrant), fn 2 (Victim, Virtuous)
    assert scores["fine_micro_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["fine_micro_recall"] == pytest.approx(0.5, abs=1e-4)
    assert scores["fine_exact_match"] == pytest.approx(1 / 3, abs=1e-4)


def test_roles_scorer_length_mismatch_is_an_error():
    with pytest.raises(ValueError, match="2 gold mentions but 1 predictions"):
        score_roles([("Antagonist", []), ("Innocent", [])], [("Antagonist", [])])


def test_roles_taxonomy_is_consistent():
    assert set(FINE_ROLES) == set(MAIN_ROLES)
    assert len(MAIN_OF_FINE) == 22
    check_roles("Innocent", ["Victim", "Forgotten"])
    with pytest.raises(ValueError, match="not under Protagonist"):
        check_roles("Protagonist", ["Tyrant"])


def test_roles_split_is_by_article_and_stable():
    ids = [f"EN_UA_{n}.txt" for n in range(1000)]
    held = [i for i in ids if is_validation(i)]
    assert 150 < len(held) < 250
    assert held == [i for i in ids if is_validation(i)]


def test_roles_mention_offsets_off_by_a_character_are_aligned_to_the_entity():
    from spinscope.components.semeval2025 import align_mention

    text = "Avia and Bolan met in Cora. Bolan said no, and Avia left."
    assert align_mention(text, "Bolan", 9, 14) == (9, 14)  # exact: unchanged
    assert align_mention(text, "Bolan", 10, 15) == (9, 14)  # "olan " -> the nearest "Bolan"
    assert align_mention(text, "Bolan", 29, 34) == (28, 33)  # the second occurrence, not the first
    assert align_mention(text, " Avia ", 48, 52) == (47, 51)  # the entity's own spaces do not count
    assert align_mention(text, "Dorn", 9, 13) == (9, 13)  # not in the text near it: unchanged
    assert align_mention(text, "", 9, 14) == (9, 14)


def test_roles_features_mask_the_entity():
    import numpy as np

    text = "Avia attacked Bolan. Bolan wept. Avia laughed."
    sentences = [(0, 20), (21, 32), (33, 46)]
    vectors = np.eye(3, 384, dtype=np.float32)
    mentions = surface_mentions(text, 21, 26)
    assert mentions == [(14, 19), (21, 26)]
    lexical, dense = mention_features(text, sentences, vectors, (21, 26), mentions)
    assert "Bolan" not in lexical and "ENTITYX" in lexical and "Avia" in lexical
    assert dense.shape == (3 * 384,)
    assert dense[1] == 1.0  # the mention's own sentence is the second one


@pytest.fixture(scope="module")
def roles_pipeline():
    from spinscope.pipeline import Pipeline

    pipeline = Pipeline.from_names(["language.v1", "segment.v1", "entities.v1", "actors.v1", "roles.v1"])
    if pipeline.components[-1].model is None:  # type: ignore[attr-defined]
        pytest.skip("roles model not trained")
    return pipeline


def _analyze(pipeline, text: str):
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document

    return pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))


@pytest.mark.slow
def test_roles_main_actors_get_roles_spans_and_tone(roles_pipeline):
    doc = _analyze(roles_pipeline, ARTICLE)
    with_roles = [a for a in doc.actors if a.roles]
    assert with_roles, [a.name for a in doc.actors]
    for actor in with_roles:
        role = actor.roles[0]
        assert role.label in MAIN_ROLES and 0.0 <= role.score <= 1.0
        assert all(MAIN_OF_FINE[f.label] == role.label for f in role.fine)
        assert role.supporting and all(s.end <= len(doc.text) for s in role.supporting)
        # every supporting sentence mentions the actor
        assert all(any(s.start <= m.start < s.end for m in actor.mentions) for s in role.supporting)
        assert actor.tone is not None and -1.0 <= actor.tone <= 1.0


#: A state outlet's piece that casts Russia as the victim and guardian, and NATO as the aggressor.
STATE_OUTLET_ARTICLE = (
    "Russia has once again become the target of a campaign of lies and sanctions organised by NATO.\n\n"
    "For years NATO has expanded towards the borders of Russia, ignoring every warning, and now NATO threatens "
    "the security of the whole region.\n\n"
    "Russia protects the people of Donbass, delivers food and medicine to their villages and defends them from "
    "shelling.\n\n"
    "Ordinary citizens of Russia suffer from the sanctions that NATO imposed, while Russia keeps calling for "
    "peace talks."
)
#: A report that casts Russia as the aggressor and Ukraine as the victim; Moldova is named once, as a refuge.
WAR_REPORT_ARTICLE = (
    "Russian missiles struck a children's hospital in Ukraine on Monday, killing eleven people.\n\n"
    "Russia has shelled the cities of Ukraine for months and destroyed its power plants before the winter.\n\n"
    "The people of Ukraine mourned the dead as rescuers pulled survivors from the rubble.\n\n"
    "Thousands of families fled across the border to Moldova, which opened its schools to shelter them."
)


#: A disaster report that casts Norway as the helper (protagonist) and Turkey as the victim (innocent).
RESCUE_ARTICLE = (
    "Norway sent rescue teams and field hospitals to Turkey after the earthquake destroyed entire towns.\n\n"
    "The people of Turkey mourned thousands of dead while doctors from Norway treated the wounded and built "
    "shelters.\n\n"
    "Norway also donated food and medicine and helped to evacuate children from the ruins."
)
#: Round 3 (branch roles3): the rescue report's Norway comes out Antagonist (0.57) and Turkey Antagonist (0.47).
#: The training articles (Ukraine war, climate) cast helpers mostly as antagonists: of the 10 mentions whose
#: entity is the agent of a verb of help and never of harm, 7 are Antagonist (the West "supplies" Kyiv in
#: pro-Kremlin pieces), so neither the model nor a rule over the side numbers gets a humanitarian helper right
#: (docs/EVALUATION.md, "Roles and narratives, round 3").
#: Round 13 (branch roles13): role_context now reads the helper's deeds ("sent rescue teams to Turkey", "doctors
#: from Norway treated") and Turkey as the recipient, yet Norway stays Antagonist (0.56) and Turkey, named once as the
#: recipient, comes out Protagonist (0.66); a within-article decision (the article's most helper-like or victim-like
#: actor) did not gain on the nested SemEval estimate and was not adopted (docs/EVALUATION.md, "Roles, round 13").
RESCUE_GAP = "a humanitarian helper is cast by the prior of war propaganda, where helpers are antagonists (open)"
#: The model of branch roles2 (side-of-the-article numbers from the parse) casts the war report's Ukraine as Innocent
#: and its Russia as Antagonist; the state outlet's Russia is still Antagonist (P 0.63, was 0.79): it is the patient
#: of harm and the agent of help in one mention each out of four, and 70% of the training mentions are Antagonist
#: (docs/EVALUATION.md, "Roles and narratives, round 2"). Round 3's plain first stage: Russia Antagonist at 0.65;
#: the article's stance (the narrative model's probabilities times the entity's camp) was tried and did not help
#: on the data (round 3 section). The test says what users rely on and stays until a model passes it.
#: Round 13: the retrained model still casts this Russia Antagonist, at 0.43 (Protagonist 0.22, Innocent 0.35).
KNOWN_GAP = "roles follow the Antagonist prior when the side cues are few (open, issue 17)"


def _role(doc, name: str) -> str:
    actor = next((a for a in doc.actors if a.name == name), None)
    assert actor is not None, [a.name for a in doc.actors]
    assert actor.roles, f"{name} has no role"
    return actor.roles[0].label


@pytest.mark.slow
@pytest.mark.xfail(reason=KNOWN_GAP, strict=False)
def test_roles_state_outlet_casts_russia_as_victim_or_guardian(roles_pipeline):
    doc = _analyze(roles_pipeline, STATE_OUTLET_ARTICLE)
    assert _role(doc, "Russia") != "Antagonist"
    assert _role(doc, "NATO") == "Antagonist"


@pytest.mark.slow
def test_roles_war_report_casts_the_aggressor_and_the_victim(roles_pipeline):
    doc = _analyze(roles_pipeline, WAR_REPORT_ARTICLE)
    assert _role(doc, "Russia") == "Antagonist"
    assert _role(doc, "Ukraine") != "Antagonist"


@pytest.mark.slow
def test_roles_war_report_casts_the_attacked_country_as_the_victim(roles_pipeline):
    doc = _analyze(roles_pipeline, WAR_REPORT_ARTICLE)
    ukraine = next(a for a in doc.actors if a.name == "Ukraine")
    assert ukraine.roles[0].label == "Innocent"
    assert [f.label for f in ukraine.roles[0].fine][:1] == ["Victim"]
    assert ukraine.tone is not None and ukraine.tone > 0  # the article is sympathetic to its victim


@pytest.mark.slow
@pytest.mark.xfail(reason=RESCUE_GAP, strict=False)
def test_roles_rescue_report_casts_the_helper_and_the_victim(roles_pipeline):
    doc = _analyze(roles_pipeline, RESCUE_ARTICLE)
    assert _role(doc, "Norway") == "Protagonist"
    assert _role(doc, "Turkey") == "Innocent"


#: The war report with a neighbour's people named once and shown attacked: since the role gate (round 16), an actor
#: named once is cast when the article shows it harmed (the people of Ukraine, who only mourn, are not).
WAR_REPORT_VICTIM_ONCE = WAR_REPORT_ARTICLE.rsplit("\n\n", 1)[0] + (
    "\n\nRussian drones also attacked the people of Moldova near the border, wounding four children.")


@pytest.mark.slow
def test_roles_an_actor_named_once_gets_a_role_with_its_sentence(roles_pipeline):
    doc = _analyze(roles_pipeline, WAR_REPORT_VICTIM_ONCE)
    once = [a for a in doc.actors if len(a.mentions) == 1 and a.roles]
    assert once, [(a.name, len(a.mentions), bool(a.roles)) for a in doc.actors]
    for actor in once:
        (sentence,) = actor.roles[0].supporting
        assert sentence.start <= actor.mentions[0].start < sentence.end


KIDNAPPING_ARTICLE = (
    "Northland's army shelled the port of Eastbay again on Monday night, and Northland's commanders ordered more "
    "strikes the next day.\n\nNorthland denied everything and blamed its neighbours for the war.\n\n"
    "The kidnapping of Mayor Ivan Petrov by Northland's soldiers shocked the whole region.\n\n"
    "Northland has refused to release any prisoners and threatens further attacks."
)


@pytest.mark.slow
def test_roles_an_actor_named_once_as_the_one_a_deed_is_done_to_is_the_victim(roles_pipeline):
    # issue 17: "an actor who appears once can still be the victim"; the deed is a noun ("the kidnapping of X"),
    # read by role_context since round 11 (the model before cast the mayor Antagonist at 0.77)
    doc = _analyze(roles_pipeline, KIDNAPPING_ARTICLE)
    mayor = next(a for a in doc.actors if a.name == "Ivan Petrov")
    assert len(mayor.mentions) == 1
    assert mayor.roles[0].label == "Innocent"
    assert _role(doc, "Northland") == "Antagonist"


#: Eleven countries named twice each, then a journalist named once, the one person the article shows harmed.
SUMMIT_ARTICLE = (
    "Ministers from France, Germany, Italy, Spain, Poland, Sweden, Norway, Finland, Denmark, Austria and Portugal "
    "met in Brussels on Tuesday to discuss trade.\n\n"
    "France and Germany argued about farm subsidies, while Italy and Spain asked for more money for their ports. "
    "Poland, Sweden and Norway talked about energy prices, and Finland, Denmark, Austria and Portugal signed a "
    "customs agreement.\n\n"
    "Outside the building, riot police attacked and arrested the journalist Anna Kowalczyk, who was injured while "
    "filming a peaceful protest against the closure of a hospital."
)


@pytest.mark.slow
def test_roles_a_victim_named_once_after_ten_busier_actors_still_gets_her_role(roles_pipeline):
    # round 12: roles went to the ten most mentioned actors only, so in a busy article the one person harmed, named
    # once and last, got no role at all; now the actors after the ten that the article shows in a deed get one too,
    # and those it only names (here the countries named once) still get none
    from spinscope.components.roles import MAX_ACTORS, ROLE_TYPES

    doc = _analyze(roles_pipeline, SUMMIT_ARTICLE)
    typed = [a for a in doc.actors if a.type in ROLE_TYPES]
    assert len(typed) > 10
    journalist = next(a for a in doc.actors if a.name == "Anna Kowalczyk")
    assert len(journalist.mentions) == 1
    assert journalist.roles and journalist.roles[0].label == "Innocent"
    (sentence,) = journalist.roles[0].supporting
    assert doc.text[sentence.start:sentence.end].startswith("Outside the building")
    assert journalist.tone is not None and journalist.tone > 0
    # round 16: the gate casts a few of the countries only named at a trade meeting, not all ten of the busiest
    countries = [a for a in doc.actors if a.type == "country"]
    assert sum(bool(a.roles) for a in countries) < len(countries) // 2 < MAX_ACTORS


@pytest.mark.slow
def test_roles_non_english_is_skipped_with_a_warning(roles_pipeline):
    text = ("Le gouvernement de la France a annoncé de nouvelles mesures. La France et l'Allemagne "
            "ont signé un accord à Paris. Les ministres de la France se sont réunis hier soir.")
    doc = _analyze(roles_pipeline, text)
    assert not any(a.roles for a in doc.actors)
    assert any(e.code == "W110" and e.component == "roles.v1" for e in doc.errors) or doc.language == "en"


@pytest.mark.slow
def test_roles_opinion_article_casts_ukraine_as_antagonist(opinion_article):
    """Acceptance: on the sample opinion article, Kyiv / Ukraine is cast as antagonist."""
    from spinscope.components.roles import ActorRoles
    from spinscope.ingest.readers import read_file
    from spinscope.pipeline import Pipeline

    if ActorRoles().model is None:
        pytest.skip("roles model not trained")
    pipeline = Pipeline.from_names(["language.v1", "segment.v1", "entities.v1", "actors.v1", "roles.v1"])
    from spinscope.ingest.clean import make_document

    doc = pipeline.run(make_document(next(iter(read_file(opinion_article)))))  # type: ignore[arg-type]
    ukraine = next(a for a in doc.actors if a.name == "Ukraine")
    assert "Kyiv" in ukraine.aliases
    assert ukraine.roles and ukraine.roles[0].label == "Antagonist"
    assert ukraine.tone is not None and ukraine.tone < 0


def test_roles_terminal_summary_shows_roles_tone_and_other():
    from rich.console import Console

    from spinscope.report.text import print_summary
    from spinscope.result import (
        Actor,
        ActorRole,
        ArticleAnalysis,
        ArticleInfo,
        LabelScore,
        Narrative,
        Provenance,
        Span,
    )

    text = "Avia attacked Bolan. Avia lied."
    mentions = [Span(start=0, end=4, label="name", score=0.9, evidence="t"),
                Span(start=21, end=25, label="name", score=0.9, evidence="t")]
    role = ActorRole(label="Antagonist", score=0.8, fine=[LabelScore(label="Deceiver", score=0.6)], evidence="t")
    result = ArticleAnalysis(
        article=ArticleInfo(id="x", text=text),
        actors=[Actor(name="Avia", type="country", score=0.9, evidence="t", mentions=mentions, roles=[role],
                      tone=-0.7)],
        narratives=[Narrative(label="Other", score=0.8, evidence="narratives.v1:no-known-narrative")],
        provenance=Provenance(spinscope_version="t"))
    console = Console(record=True, width=200)
    print_summary(result, console)
    out = console.export_text()
    assert "Avia: Antagonist (Deceiver), tone -0.70" in out
    assert "no known narrative (Other)" in out


# ---------------------------------------------------------------------------------------------- the gate (round 16)


def test_role_gate_features_read_salience_position_type_deeds_and_roles():
    import numpy as np

    from spinscope.components.role_context import CONTEXT_DIM, NUMERIC_NAMES
    from spinscope.components.roles import gate_feature_names, gate_features

    text = "Storm hits Avia\n\nThe storm flooded the farm of Bolan Tarr. Avia sent boats. Avia rebuilt the bridge."
    numbers = np.zeros((1, CONTEXT_DIM), dtype=np.float32)
    n = len(NUMERIC_NAMES)
    numbers[0, NUMERIC_NAMES.index("harm_patient")] = 1.0  # this mention undergoes harm
    numbers[0, n + NUMERIC_NAMES.index("victim_noun")] = 0.5  # the mean over the entity's mentions
    row = gate_features(text, [(40, 50)], "person", rank=1, n_ranked=2, total_mentions=4, numbers=numbers,
                        main=np.array([0.1, 0.2, 0.7]))
    got = dict(zip(gate_feature_names(), row, strict=True))
    assert len(row) == len(gate_feature_names())
    assert got["named_once"] == 1.0 and got["first"] == 0.0 and got["top3"] == 1.0
    assert got["mention_share"] == pytest.approx(0.25)
    assert got["in_title"] == 0.0 and got["first_position"] == pytest.approx(40 / len(text))
    assert got["type_person"] == 1.0 and got["type_country"] == 0.0
    assert got["any_harm_patient"] == 1.0 and got["any_harm_agent"] == 0.0
    assert got["mean_victim_noun"] == pytest.approx(0.5)
    assert got["p_Innocent"] == pytest.approx(0.7) and got["not_antagonist"] == 1.0
    title = gate_features(text, [(11, 15), (67, 71)], "country", rank=0, n_ranked=2, total_mentions=4,
                          numbers=np.zeros((2, CONTEXT_DIM)), main=np.array([0.1, 0.8, 0.1]))
    got = dict(zip(gate_feature_names(), title, strict=True))
    assert got["in_title"] == 1.0 and got["first"] == 1.0 and got["named_once"] == 0.0
    assert got["not_antagonist"] == 0.0


def test_role_gate_casts_by_the_threshold_of_the_role_and_always_the_best(tmp_path):
    import json

    import numpy as np

    from spinscope.components.roles import RoleGate, gate_feature_names

    k = len(gate_feature_names())
    coef = np.zeros(k)
    coef[0] = 1.0  # P rises with the first column (standardised by mean 0, scale 1)
    (tmp_path / "gate.json").write_text(json.dumps({
        "features": gate_feature_names(), "mean": [0.0] * k, "scale": [1.0] * k, "coef": coef.tolist(),
        "intercept": 0.0, "thresholds": {"Protagonist": 0.3, "Antagonist": 0.7, "Innocent": 0.2}}))
    gate = RoleGate.load(tmp_path / "gate.json")
    rows = np.zeros((4, k))
    rows[:, 0] = [2.0, 0.0, -1.0, -1.5]  # P about 0.88, 0.5, 0.27, 0.18
    p = gate.probability(rows)
    assert p[0] > 0.85 and p[1] == pytest.approx(0.5)
    # an Antagonist at 0.5 stays out, an Innocent at 0.27 is cast, a Protagonist at 0.18 stays out
    assert gate.cast(p, ["Antagonist", "Antagonist", "Innocent", "Protagonist"]) == [True, False, True, False]
    # the article's most likely actor is cast even under its role's threshold
    assert gate.cast(p[2:], ["Antagonist", "Antagonist"]) == [True, False]
    assert gate.cast(np.zeros(0), []) == []
    # an actor called Innocent that the article shows harmed is cast whatever its P; an Antagonist is not
    assert gate.cast(p, ["Antagonist", "Antagonist", "Innocent", "Innocent"], [False, True, False, True]) == \
        [True, False, True, True]


def test_role_gate_of_another_feature_list_is_refused(tmp_path):
    import json

    from spinscope.components.roles import RoleGate

    (tmp_path / "gate.json").write_text(json.dumps({"features": ["log_mentions"], "mean": [0.0], "scale": [1.0],
                                                    "coef": [1.0], "intercept": 0.0, "thresholds": {}}))
    with pytest.raises(ValueError, match="not this version's"):
        RoleGate.load(tmp_path / "gate.json")


def test_role_gate_thresholds_are_chosen_per_role_for_the_best_f1():
    import numpy as np

    from spinscope.training.semeval2025 import gate_scores, gate_thresholds

    # one article; MAIN_ROLES order P, A, I. Innocents: the two annotated ones score 0.3 and 0.35, a bystander 0.1.
    score = np.array([0.9, 0.6, 0.4, 0.35, 0.3, 0.1])
    pred = np.array([1, 1, 1, 2, 2, 2])
    gold = np.array([1, 1, -1, 2, 2, -1])
    thr = gate_thresholds(score, pred, gold, ["a"] * 6)
    assert 0.4 < thr[1] <= 0.6  # the Antagonist at 0.4 is a bystander
    assert 0.1 < thr[2] <= 0.3  # both Innocents, not the bystander
    cast = (score >= np.asarray(thr)[pred]) | (np.arange(6) == 0)
    scores = gate_scores(cast, pred, gold)
    assert scores["cast"] == 4 and scores["precision"] == 1.0 and scores["recall"] == 1.0
    assert scores["non_antagonist_share"] == 0.5


#: Round 16: a report written for the check (tests/gold/roles_written16.jsonl, "w16-court"): a journalist named once
#: is the victim, the ruler the antagonist; two countries are named once in an aside and hold no role.
COURT_ARTICLE = (
    "Journalist jailed after exposing minister's bribes\n\n"
    "A court in Belarus sentenced the journalist Maria Kovalenko to six years in prison on Friday for reporting on "
    "bribes paid to a minister.\n\n"
    "Alexander Lukashenko's government has closed every independent newspaper in the country and jailed hundreds of "
    "critics.\n\n"
    "The European Union condemned the verdict and demanded her release, calling it an attack on the free press.\n\n"
    "Her lawyer said the trial lasted less than an hour.\n\n"
    "The verdict was announced on the same day as a football match between Poland and Lithuania."
)


@pytest.mark.slow
def test_roles_gate_leaves_bystanders_without_a_role_and_keeps_the_victim_named_once(roles_pipeline):
    from spinscope.components.roles import ActorRoles

    if roles_pipeline.components[-1].gate is None:  # type: ignore[attr-defined]
        pytest.skip("no role gate")
    doc = _analyze(roles_pipeline, COURT_ARTICLE)
    cast = {a.name: a.roles[0].label for a in doc.actors if a.roles}
    assert "Poland" not in cast and "Lithuania" not in cast, cast
    assert cast.get("Maria Kovalenko") == "Innocent" and cast.get("Alexander Lukashenko") == "Antagonist"
    # without the gate (the rule of rounds 12-15) every actor of the article is cast, the bystanders too
    ungated = roles_pipeline.components[-1]
    saved, ungated.gate = ungated.gate, None  # type: ignore[attr-defined]
    try:
        before = {a.name for a in _analyze(roles_pipeline, COURT_ARTICLE).actors if a.roles}
    finally:
        ungated.gate = saved  # type: ignore[attr-defined]
    assert {"Poland", "Lithuania"} <= before
    assert isinstance(ungated, ActorRoles)

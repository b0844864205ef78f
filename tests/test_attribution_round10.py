"""Round 10 of the attribution layer (issue 16), on sentences of our own: "the PM" resolved to the prime minister
the article names, and to no one else."""

from __future__ import annotations

from tests.test_attribution import _find, _part


def test_the_pm_is_the_prime_minister_the_article_names(extract) -> None:
    doc = extract("Prime Minister Alan Whitcombe flew to Vilnius on Monday. The PM said that any incursion would "
                  "be resisted.")
    a = _find(doc, "any incursion would be resisted")
    assert _part(doc, a, "speaker") == "The PM"
    assert a.speaker_name == "Alan Whitcombe"
    assert a.named
    assert "coref:title" in a.evidence


def test_the_pm_follows_a_title_given_in_apposition(extract) -> None:
    doc = extract("Alan Whitcombe, the prime minister, met the mayor of Riga on Tuesday. “We will not be "
                  "intimidated,” the PM said.")
    a = _find(doc, "We will not be intimidated")
    assert a.speaker_name == "Alan Whitcombe"


def test_the_pm_is_not_another_minister_named_last(extract) -> None:
    doc = extract("Prime Minister Alan Whitcombe met Foreign Minister Daina Ozola in Riga. The PM said that the "
                  "talks had gone well.")
    a = _find(doc, "the talks had gone well")
    assert a.speaker_name == "Alan Whitcombe"
    doc = extract("Foreign Minister Daina Ozola met the mayor in Riga. The PM said that the talks had gone well.")
    a = _find(doc, "the talks had gone well")
    assert a.speaker_name != "Daina Ozola"
    assert not a.named  # no prime minister is named: the title stays a title


def test_the_pm_with_no_prime_minister_named_stays_unresolved(extract) -> None:
    doc = extract("Alan Whitcombe flew to Vilnius on Monday. The PM said that any incursion would be resisted.")
    a = _find(doc, "any incursion would be resisted")
    assert a.speaker_name != "Alan Whitcombe"  # nothing in the text says he is prime minister
    assert not a.named


def test_a_light_verb_and_a_stance_noun_report_what_the_stance_is_about(extract) -> None:
    doc = extract("The senators made a sharp condemnation of the new law. The governor has often "
                  "made the case for the new bridge. The union issued a warning about layoffs at the plant.")
    a = _find(doc, "the new law")
    assert (_part(doc, a, "speaker"), _part(doc, a, "content")) == ("The senators", "the new law")
    assert _part(doc, a, "cue") == "made a sharp condemnation of"
    assert _part(doc, _find(doc, "the new bridge"), "speaker") == "The governor"
    assert _part(doc, _find(doc, "layoffs at the plant"), "speaker") == "The union"


def test_a_light_verb_with_no_stance_noun_is_no_report(extract) -> None:
    doc = extract("The mayor made a decision on Friday. He made a speech on Capitol Hill. The firm made an effort "
                  "on the merger. The bakery issued a batch of loaves for the fair.")
    assert not doc.attributions


def test_a_stance_noun_owned_by_a_name_reports_what_it_is_about(extract) -> None:
    doc = extract("Though it is hard to assess Moscow's claims about the size of the drill, the tremors were "
                  "felt far away. The union's criticism of the merger grew louder.")
    a = _find(doc, "the size of the drill")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("Moscow's", "claims about")
    assert _part(doc, _find(doc, "the merger"), "speaker") == "The union's"


def test_a_stance_noun_owned_by_a_pronoun_or_no_one_is_no_report(extract) -> None:
    doc = extract("Her criticism of the merger grew louder. The river's claims on the valley were old.")
    assert not doc.attributions
    # round 22: a noun of accusing with no owner at all is what others hold, an attribution with no speaker
    doc = extract("The criticism of the merger grew louder.")
    assert [(a.speaker, doc.text[a.content.start:a.content.end]) for a in doc.attributions] == [(None, "the merger")]


def test_an_evaluative_adjective_with_a_that_clause_is_a_judgement_of_nobody_named(extract) -> None:
    doc = extract("At this point, it's obvious that the talks have failed. Nor is it clear that new tariffs would "
                  "deter the cartel.")
    a = _find(doc, "the talks have failed")
    assert a.speaker is None and not a.named
    assert _part(doc, a, "cue") == "it's obvious that"
    assert _part(doc, _find(doc, "new tariffs would deter the cartel"), "cue") == "is it clear that"


def test_an_open_question_is_no_judgement(extract) -> None:
    doc = extract("It is unclear whether the plan will pass. It was clear to everyone in the hall.")
    assert not doc.attributions


def test_a_pronoun_judged_by_someone_unnamed_is_an_anonymous_judgement(extract) -> None:
    doc = extract("Although the regime cannot yet reach the mainland, it is considered a danger to shipping in "
                  "the strait. When the fact-checkers examined the senator's figure, it was labeled “misleading.”")
    a = _find(doc, "it is considered a danger to shipping")
    assert a.speaker is None and not a.named
    assert _part(doc, a, "cue") == "considered"
    assert _part(doc, _find(doc, "it was labeled"), "cue") == "labeled"


def test_an_expletive_or_expected_pronoun_is_no_judged_one(extract) -> None:
    doc = extract("It is expected to rain on Monday. It was raining when the ferry was boarded.")
    assert not doc.attributions


def test_a_pronoun_object_with_a_predicate_is_the_view_held(extract) -> None:
    doc = extract("Many voters see him as an agent of change. Since the audit, the governor has portrayed herself "
                  "as a careful steward of the budget.")
    a = _find(doc, "him as an agent of change")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("Many voters", "see")
    assert _part(doc, _find(doc, "herself as a careful steward"), "speaker") == "the governor"


def test_a_bare_pronoun_object_is_no_view(extract) -> None:
    doc = extract("The critics respect him. The voters saw her at the fair.")
    assert not doc.attributions


def test_speaking_on_a_channel_is_where_not_what(extract) -> None:
    doc = extract("Ana Ruiz, speaking on CNN, said the deal was dead. Later she spoke on the budget for an hour.")
    contents = [_part(doc, a, "content") for a in doc.attributions]
    assert "CNN" not in contents
    assert _part(doc, _find(doc, "the deal was dead"), "speaker") == "Ana Ruiz"
    assert _part(doc, _find(doc, "the budget"), "cue") == "spoke on"


def test_a_speaker_after_a_quote_and_before_an_apposition_has_no_quotation_mark(extract) -> None:
    doc = extract("“We are broke and the council knows it,” Smith, 54, a retired teacher from Ohio, said.")
    a = _find(doc, "We are broke")
    assert _part(doc, a, "speaker") == "Smith, 54, a retired teacher from Ohio"
    assert a.speaker_name == "Smith"


def test_a_document_put_on_record_reports_what_it_asks_for(extract) -> None:
    doc = extract("The defence lawyers filed a motion to dismiss the charges. The farmers' union filed a lawsuit "
                  "challenging the rule. Senator Ana Ruiz introduced a bill to ban the practice.")
    a = _find(doc, "to dismiss the charges")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("The defence lawyers", "filed")
    assert _part(doc, a, "content") == "a motion to dismiss the charges"
    assert _part(doc, _find(doc, "challenging the rule"), "speaker") == "The farmers' union"
    assert _part(doc, _find(doc, "a bill to ban the practice"), "speaker") == "Senator Ana Ruiz"


def test_a_document_that_asks_nothing_is_no_report(extract) -> None:
    doc = extract("Ana Ruiz sent a letter to her mother. Her lawyer filed a lawsuit in federal court.")
    assert not doc.attributions


def test_a_crowd_told_is_the_audience_not_what_was_said(extract) -> None:
    doc = extract("In her speech, Mayor Ana Smith warned of cuts. “We are broke,” she told the crowd. "
                  "She later told the nation that help was coming.")
    assert "the crowd" not in [_part(doc, a, "content") for a in doc.attributions]
    assert _part(doc, _find(doc, "We are broke"), "cue") == "told"
    assert _part(doc, _find(doc, "help was coming"), "cue") == "told"


def test_a_parenthetical_report_after_a_demonstrative_subject(extract) -> None:
    doc = extract("Councillor Ana Smith spoke for an hour. That, Smith argues, is the problem.")
    a = _find(doc, "is the problem")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("Smith", "argues")


def test_a_quote_after_a_sentence_of_speaking_is_its_subjects(extract) -> None:
    doc = extract("Mayor Tom Smith spoke to reporters on Monday.\n\n“We are broke and the council knows it. Nobody "
                  "listens to us.”")
    a = _find(doc, "We are broke")
    assert _part(doc, a, "speaker") == "Mayor Tom Smith"
    assert a.cue is None and a.score < 0.5  # no cue of its own: a weaker finding than a quote with its verb


def test_a_quote_after_a_sentence_of_no_speaking_has_no_speaker(extract) -> None:
    doc = extract("The storm hit the coast on Monday.\n\n“We lost everything we had in the flood last night.”")
    a = _find(doc, "We lost everything")
    assert a.speaker is None


def test_a_statement_subject_before_a_parenthetical_with_a_modifier_is_content(extract) -> None:
    doc = extract("The plan to raise taxes on the middle class, Smith said on Monday, would hurt families.")
    a = _find(doc, "would hurt families")
    assert _part(doc, a, "content").startswith("The plan to raise taxes")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("Smith", "said")
    doc = extract("Smith said on Monday that the plan would hurt families.")
    assert _part(doc, _find(doc, "would hurt families"), "content") == "the plan would hurt families"


def test_a_verb_of_intention_tagged_as_a_noun_still_reports_its_infinitive(extract) -> None:
    doc = extract("The Ortiz campaign plans to send the mayor to Ohio.")  # the small tagger makes "plans" a noun
    a = _find(doc, "to send the mayor to Ohio")
    assert (_part(doc, a, "speaker"), _part(doc, a, "cue")) == ("The Ortiz campaign", "plans")
    doc = extract("The city plans were approved in May.")
    assert not doc.attributions


def test_an_acronym_speaker_is_a_body_not_a_person(extract) -> None:
    doc = extract("The revenue office HQ said little. HMRC said on Tuesday that receipts had fallen.")
    a = _find(doc, "receipts had fallen")
    assert a.speaker_name == "HMRC"
    assert a.source_type == "organization"

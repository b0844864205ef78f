"""Attributions, round 38 (sentences written for the test, not taken from any article)."""

from __future__ import annotations

from tests.attribution_rows import attribution_rows as _rows

# ------------------------- "As X tweeted, Y knew ...": the fronted as-clause reports the whole main clause,
# even when that clause has a reporting verb of its own ("knew" reports at a higher score)

def test_a_fronted_as_clause_reports_a_main_clause_with_its_own_reporting_verb() -> None:
    text = ("Port deal\n\nHowever, as Jane Holt of Acme.org tweeted, Dunn knew what kind of deal it was then and "
            "what kind of deal it still is today.\n")
    rows = _rows(text)
    assert len(rows) == 1, rows
    assert rows[0]["speaker"].startswith("Jane Holt"), rows
    assert rows[0]["content"].startswith("Dunn knew what kind of deal"), rows


def test_a_fronted_as_clause_over_a_plain_clause_is_unchanged() -> None:
    rows = _rows("Port deal\n\nAs Jane Holt wrote last week, the mayor ignored the warnings for months.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [
        ("Jane Holt", "the mayor ignored the warnings for months")], rows


def test_a_report_after_its_speaker_keeps_its_own_reading() -> None:
    # no as-clause: "Dunn knew ..." stays Dunn's
    rows = _rows("Port deal\n\nJane Holt arrived late. Dunn knew the deal was bad, she wrote.\n")
    assert not any(r["speaker"] and r["speaker"].startswith("Jane") and r["content"].startswith("Dunn knew")
                   and "she wrote" in r["content"] for r in rows), rows


# ------------------------- "“A,” X said. “B, ‘C,’” he added.": B has a cue of its own even when a quote nested
# in it closes right before its closing mark

def test_a_second_quote_ending_in_a_nested_quote_keeps_its_own_cue() -> None:
    text = ("Recount\n\n\u201cI don\u2019t think the vote was fair,\u201d Dunn said on local radio. \u201cIf they "
            "want a recount, it must be more than \u2018we\u2019ll see,\u2019\u201d he added.\n")
    rows = _rows(text)
    assert len(rows) == 2, rows
    assert rows[0]["content"] == "I don\u2019t think the vote was fair", rows
    assert rows[1]["speaker"] == "he" and rows[1]["content"].startswith("If they want a recount"), rows


def test_a_split_quote_with_no_cue_of_its_own_is_still_one_statement() -> None:
    text = ("Recount\n\n\u201cI don\u2019t think the vote was fair,\u201d Dunn said on local radio. \u201cIf they "
            "want a recount, it must be more than \u2018we\u2019ll see.\u2019\u201d\n")
    rows = _rows(text)
    assert len(rows) == 1 and rows[0]["speaker"] == "Dunn", rows


# ------------------------- "X was asked about Y, but then claims that ...": a verb coordinated with a passive
# shares the passive's surface subject, not its agent

def test_a_verb_coordinated_with_a_passive_speaks_for_the_passive_subject() -> None:
    rows = _rows("Forum\n\nDuring a forum with his rival Tom Reed, Harris was asked about his old friendship with the "
                 "cleric, but then claims that he has cut all ties with him.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [("Harris", "he has cut all ties with him")], rows


def test_the_agent_of_the_passive_is_not_the_speaker_of_the_conjunct() -> None:
    rows = _rows("Camp\n\nTwo rebels were freed by the army and told reporters that the camp was empty.\n")
    assert [(r["speaker"], r["content"]) for r in rows] == [("Two rebels", "the camp was empty")], rows


def test_a_conjunct_of_a_passive_with_no_clause_said_reports_nothing() -> None:
    rows = _rows("Rally\n\nIn its shade, guests were seated across the garden and pressed against a rail, listening "
                 "closely to the singer.\n")
    assert not any(r["speaker"] == "guests" for r in rows), rows


# ------------------------- "“Headline,” by Name, Outlet, date:": a cited article's headline, no statement

def test_a_quoted_headline_with_a_byline_is_no_statement() -> None:
    text = ("Sentenced\n\nWe can only hope the court was right.\n\n\u201cOhio man John Reeves sentenced to 12 years in "
            "prison for arson,\u201d by Mary Lane, Example News, May 2, 2017:\n\nA 30-year-old man has been sentenced "
            "to 12 years in prison, the prosecutors said Friday.\n")
    rows = _rows(text)
    assert not any("Ohio man" in r["content"] for r in rows), rows
    assert any(r["speaker"] == "the prosecutors" for r in rows), rows


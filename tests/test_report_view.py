"""The analyst's view of one article (issue 18): overview, category colours, layers, hover, keys, events, export,
counts and plurals, tables that never cut text, and bad input rendered readably."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest

from spinscope.report.html import article_context, collect_findings, plural, render_html
from spinscope.result import (
    Actor,
    ActorRole,
    ArticleAnalysis,
    ArticleInfo,
    Attribution,
    Claim,
    Event,
    Frame,
    Genre,
    Narrative,
    Provenance,
    SourceSummary,
    SourcingProfile,
    Span,
    Technique,
    TextRange,
)
from spinscope.taxonomy import techniques as taxonomy_techniques

from .test_report import _open, browser  # noqa: F401  (the shared Chromium fixture)

TITLE = "Traitors in Kyiv push Europe toward war"
TEXT = (
    "The Belarusian Foreign Ministry warned that Belarus could strike Ukraine, "
    "calling Kyiv a gang of corrupt puppets.\n"
    "\"We will defend our motherland at any cost,\" the minister told the state agency BelTA.\n"
    "=cmd|' /C calc'!A0 Everyone knows the sanctions have failed.\n"
    "Ukraine did not attack Belarus."
)


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _span(cls, text: str, phrase: str, label: str, score: float = 0.8, **kw):
    s, e = _at(text, phrase)
    return cls(start=s, end=e, label=label, score=score, evidence="test", **kw)


def demo_result(title: str = TITLE, text: str = TEXT) -> ArticleAnalysis:
    """A result with every layer, written by hand (no model runs): fast and deterministic."""
    ministry = _span(Span, text, "The Belarusian Foreign Ministry", "speaker")
    quote = _span(Span, text, "\"We will defend our motherland at any cost,\"", "content")
    actors = [
        Actor(name="Belarus", type="country", score=0.9, evidence="gazetteer",
              mentions=[Span(start=s, end=s + 7, label="m", score=.9, evidence="ner")
                        for s, _ in (_at(text, "Belarus could"), _at(text, "Belarus."))],
              roles=[ActorRole(label="Antagonist", score=0.7, evidence="test")], tone=-0.4),
        Actor(name="Ukraine", type="country", score=0.9, evidence="gazetteer",
              mentions=[Span(start=s, end=e, label="m", score=.9, evidence="ner")
                        for s, e in (_at(text, "Ukraine", 0), _at(text, "Ukraine", 1))],
              roles=[ActorRole(label="Innocent", score=0.6, evidence="test")]),
        Actor(name="Belarusian Foreign Ministry", type="government", score=0.9, evidence="ner",
              mentions=[Span(start=ministry.start + 4, end=ministry.end, label="m", score=.9, evidence="ner")]),
    ]
    attributions = [
        Attribution(start=quote.start, end=text.index("BelTA") + 5, label="attribution", score=0.9, evidence="rule",
                    kind="direct", content=quote, speaker=_span(Span, text, "the minister", "speaker"),
                    cue=_span(Span, text, "told", "cue"), speaker_name="Sergei Aleinik", source_type="government",
                    source_country="BY", state_affiliated=True),
        Attribution(start=0, end=text.index(",") + 1, label="attribution", score=0.7, evidence="rule",
                    kind="indirect", content=_span(Span, text, "Belarus could strike Ukraine", "content"),
                    speaker=ministry, cue=_span(Span, text, "warned", "cue"),
                    speaker_name="Belarusian Foreign Ministry", source_type="government", state_affiliated=True),
    ]
    return ArticleAnalysis(
        article=ArticleInfo(id="d" * 64, title=title, text=text, language="en", source="demo.txt",
                            paragraphs=[TextRange(start=s, end=s + len(line)) for s, line in _lines(text)]),
        provenance=Provenance(spinscope_version="test"),
        genre=Genre(label="opinion", score=0.8, evidence="test"),
        frames=[Frame(label="Security_and_defense", score=0.7, evidence="test",
                      supporting=[_span(Span, text, "Ukraine did not attack Belarus.", "sentence")])],
        techniques=[_span(Technique, text, "a gang of corrupt puppets", "Name_Calling-Labeling", 0.9),
                    _span(Technique, text, "corrupt", "Loaded_Language", 0.6),
                    _span(Technique, text, "defend our motherland", "Flag_Waving", 0.7),
                    _span(Technique, text, "Everyone knows", "Appeal_to_Popularity", 0.5),
                    _span(Technique, text, "=cmd|' /C calc'!A0", "Loaded_Language", 0.3)],
        title_techniques=[_span(Technique, title, "Traitors", "Name_Calling-Labeling", 0.95)] if "Traitors" in title
        else [],
        attributions=attributions,
        claims=[_span(Claim, text, "Everyone knows the sanctions have failed.", "checkworthy"),
                _span(Claim, text, "Ukraine did not attack Belarus.", "factual")],
        sourcing=SourcingProfile(claims=1, attributed_claims=0, unattributed_claims=1, attributed_share=0.0,
                                 attributions=2, named_sources=2, anonymous_sources=0, state_affiliated_sources=2,
                                 source_types={"government": 2},
                                 sources=[SourceSummary(name="Sergei Aleinik", source_type="government",
                                                        state_affiliated=True, attributions=1),
                                          SourceSummary(name="Belarusian Foreign Ministry", source_type="government",
                                                        state_affiliated=True, attributions=1)]),
        actors=actors,
        events=[_span(Event, text, "could strike", "THREATEN", 0.8, actor=0, target=1, mode="hypothetical", voice=1),
                _span(Event, text, "did not attack", "ASSAULT", 0.7, actor=1, target=0, mode="negated")],
        narratives=[Narrative(label="URW: Discrediting Ukraine", score=0.6, evidence="test",
                              supporting=[_span(Span, text, "calling Kyiv a gang of corrupt puppets", "s")])],
    )


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


# -- counts, plurals, events (no browser) ---------------------------------------------------------------------

@pytest.mark.parametrize(("n", "noun", "expected"), [
    (1, "quote", "1 quote"), (0, "quote", "0 quotes"), (2, "quote", "2 quotes"), (1, "category", "1 category"),
    (3, "category", "3 categories"), (2, "check-worthy claim", "2 check-worthy claims")])
def test_report_view_plural(n, noun, expected):
    assert plural(n, noun) == expected


def test_report_view_legend_counts_match_the_lists():
    result = demo_result()
    context = article_context(result)
    counts = context["counts"]
    # one attribution is one finding, however many ranges (speaker, cue, content) it highlights
    assert counts["attributions"] == len(result.attributions) == 2
    assert counts["techniques"] == len(result.techniques) + len(result.title_techniques) == 6
    assert counts["claims"] == 1  # only the check-worthy claim is listed
    assert counts["actors"] == 3 and counts["events"] == 2
    page = render_html(result)
    assert "Quotes and attributions (2)" in page and "Sources and quotes (2)" in page
    assert "Persuasion techniques (6)" in page and "Events (2)" in page
    assert "1 quotes" not in page and "1 claims" not in page and "1 mentions" not in page


def test_report_view_event_sentence_names_actor_target_mode_and_voice():
    from spinscope.report.html import event_sentence

    result = demo_result()
    assert event_sentence(result, result.events[0]) == (
        "Belarus THREATEN Ukraine: hypothetical, said by Belarusian Foreign Ministry")
    assert event_sentence(result, result.events[1]) == "Ukraine ASSAULT Belarus: negated, said by the author"


def test_report_view_every_technique_has_one_of_six_categories():
    from spinscope.taxonomy import categories, techniques

    assert list(categories().values()) == ["Attack on reputation", "Justification", "Simplification",
                                           "Distraction", "Call", "Manipulative wording"]
    assert all(t["category"] in categories() for t in techniques()) and len(techniques()) == 23


def test_report_view_terminal_summary_verbose_and_sourcing_line():
    from rich.console import Console

    from spinscope.report.text import MAX_ROWS, print_summary

    base = demo_result()
    many = [Technique(start=i % 20, end=i % 20 + 3, label=t["label"], score=0.5, evidence="x")
            for i, t in enumerate(taxonomy_techniques())]
    result = base.model_copy(update={"techniques": many})
    short, full = Console(record=True, width=160), Console(record=True, width=160)
    print_summary(result, short)
    print_summary(result, full, verbose=True)
    out_short, out_full = short.export_text(), full.export_text()
    assert "more techniques (--verbose shows all)" in out_short
    assert "more techniques" not in out_full
    assert sum(t["label"].replace("_", " ") in out_full for t in taxonomy_techniques()) == 23 > MAX_ROWS
    assert "Sourcing 0 of 1 check-worthy claim attributed (0%) · 2 named sources, 0 anonymous · 2 state-affiliated" \
        in " ".join(out_short.split()).replace("│ ", "")
    assert "Belarus THREATEN Ukraine: hypothetical, said by Belarusian Foreign Ministry" in out_short


# -- tables never cut text -------------------------------------------------------------------------------------

LONG_OUTLET = "The Extraordinarily Long-Named Regional Evening Chronicle and Agricultural Gazette of Valmora"


def _outlet_table():
    from rich.table import Table

    table = Table(title="by outlet")
    for col in ("outlet", "articles", "technique rate"):
        table.add_column(col)
    table.add_row(LONG_OUTLET, "12", "0.42")
    table.add_row("Daily Herald", "3", "0.10")
    return table


def test_report_view_table_in_a_pipe_keeps_whole_names_on_one_line():
    from spinscope.report.text import print_table

    out = io.StringIO()  # not a terminal
    print_table(_outlet_table(), file=out)
    assert LONG_OUTLET in out.getvalue() and "…" not in out.getvalue()


def test_report_view_table_in_a_narrow_terminal_wraps_and_cuts_nothing():
    from rich.console import Console

    from spinscope.report.text import foldable

    console = Console(record=True, width=40, force_terminal=True)
    console.print(foldable(_outlet_table()))
    out = console.export_text()
    assert "…" not in out
    first_column = "".join(line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│"))
    assert first_column.replace(" ", "") == LONG_OUTLET.replace(" ", "") + "DailyHerald"  # every letter kept


def test_report_view_stats_by_outlet_piped_shows_full_names(tmp_path: Path):
    from click.testing import CliRunner

    from spinscope.cli import cli
    from spinscope.corpus import Store
    from spinscope.corpus.store import Appearance

    result = demo_result().model_copy(update={"article": demo_result().article.model_copy(
        update={"outlet": LONG_OUTLET, "published": "2024-01-03"})})
    db = tmp_path / "c.db"
    with Store.open(db) as store:
        store.add(result, Appearance.of(result, source="demo"))
    out = CliRunner().invoke(cli, ["stats", "--by", "outlet", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert LONG_OUTLET in out.output and "…" not in out.output


# -- in Chromium ---------------------------------------------------------------------------------------------

def _page(browser, tmp_path: Path, result: ArticleAnalysis, name: str = "report.html"):  # noqa: F811
    path = tmp_path / name
    path.write_text(render_html(result), encoding="utf-8")
    return _open(browser, path)


def _tip(page) -> str:
    return page.locator("#tooltip").inner_text()


@pytest.mark.browser
def test_report_view_overview_links_to_evidence(browser, tmp_path):  # noqa: F811
    page, problems = _page(browser, tmp_path, demo_result())
    overview = page.locator("#overview")
    assert overview.is_visible()
    box_overview = overview.bounding_box()
    box_text = page.locator("#text").bounding_box()
    assert box_overview and box_text and box_overview["y"] < box_text["y"]  # above the text
    text = overview.inner_text()
    for expected in ("opinion", "Security and defense", "Attack on reputation 2", "Justification 2",
                     "Manipulative wording 2", "0% of 1 check-worthy claim attributed", "2 state-affiliated",
                     "Belarus", "Antagonist", "URW: Discrediting Ukraine"):
        assert expected in text, expected
    # the strongest technique is the title's name calling; its link focuses that finding in the title
    page.locator("#ov-techniques a[data-goto]").first.click()
    assert "Name Calling-Labeling" in _tip(page) and "(in the title)" in _tip(page)
    # an actor link turns the actors layer on and shows that actor
    page.locator("#ov-actors a[data-goto]", has_text="Belarus").first.click()
    assert page.locator("input[data-layer=actors]").is_checked()
    assert _tip(page).startswith("[Actors] Belarus (country")
    assert problems == []


@pytest.mark.browser
def test_report_view_category_colours_and_legend(browser, tmp_path):  # noqa: F811
    page, problems = _page(browser, tmp_path, demo_result())
    legend = page.locator("#category-legend").inner_text()
    for name in ("Attack on reputation", "Justification", "Simplification", "Distraction", "Call",
                 "Manipulative wording"):
        assert name in legend
    colour = "el => getComputedStyle(el).backgroundColor"
    name_calling = page.locator("mark.l-techniques", has_text="gang of").first.evaluate(colour)
    flag_waving = page.locator("mark.l-techniques", has_text="defend our motherland").first.evaluate(colour)
    swatch = page.locator("#category-legend .sw.c-attack_on_reputation").evaluate(colour)
    assert name_calling == swatch != flag_waving
    assert page.locator("header h1 mark.c-attack_on_reputation").inner_text() == "Traitors"  # the title too
    assert problems == []


@pytest.mark.browser
def test_report_view_layers_techniques_on_others_one_click_away(browser, tmp_path):  # noqa: F811
    page, problems = _page(browser, tmp_path, demo_result())
    boxes = {key: page.locator(f"input[data-layer={key}]") for key in
             ("techniques", "attributions", "claims", "actors", "events", "narratives")}
    assert boxes["techniques"].is_checked() and not any(b.is_checked() for k, b in boxes.items() if k != "techniques")
    actor = page.locator("mark.l-actors:not(.l-techniques)").first
    assert actor.evaluate("el => getComputedStyle(el).fontWeight") in ("400", "normal")
    boxes["actors"].check()
    assert actor.evaluate("el => getComputedStyle(el).fontWeight") in ("600", "bold", "700")
    boxes["techniques"].uncheck()
    plain = page.locator("mark.l-techniques", has_text="defend our motherland").first
    assert plain.evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert problems == []


@pytest.mark.browser
def test_report_view_hover_shows_one_finding_and_overlaps_stay_reachable(browser, tmp_path):  # noqa: F811
    page, problems = _page(browser, tmp_path, demo_result())
    for key in ("attributions", "claims", "actors", "events", "narratives"):
        page.locator(f"input[data-layer={key}]").check()
    corrupt = page.locator("mark", has_text="corrupt").first  # Name calling ⊃ Loaded language, narrative evidence
    corrupt.hover()
    tip = _tip(page)
    assert tip.count("[") == 1 and tip.startswith("[Persuasion techniques] Loaded Language")  # the narrowest
    assert "1 of 3 findings here" in tip
    seen = set()
    for _ in range(3):
        corrupt.click()
        seen.add(_tip(page).split("\n")[0])
    assert len(seen) == 3 and any("Name Calling" in s for s in seen) and any("narrative" in s for s in seen)
    corrupt.focus()  # the keyboard reaches the overlaps too: Enter cycles
    by_keys = set()
    for _ in range(3):
        page.keyboard.press("Enter")
        by_keys.add(_tip(page).split("\n")[0])
    assert by_keys == seen
    # the finding shown is outlined across all its ranges, and nothing else is
    page.locator("mark", has_text="told").first.hover()  # the cue of the minister's quote
    assert _tip(page).startswith("[Quotes and attributions] quote by Sergei Aleinik")
    outlined = " ".join(page.locator("mark.on").all_inner_texts())
    assert "the minister" in outlined and "told" in outlined and "motherland" in outlined
    assert "corrupt" not in outlined
    page.mouse.move(0, 0)
    assert page.locator("mark.on").count() == 0
    assert problems == []


@pytest.mark.browser
def test_report_view_keyboard_moves_finding_to_finding(browser, tmp_path):  # noqa: F811
    page, problems = _page(browser, tmp_path, demo_result())
    page.locator("body").press("j")
    first = _tip(page)
    assert first.startswith("[Persuasion techniques] Name Calling") and "(in the title)" in first
    page.keyboard.press("j")
    assert "Name Calling" in _tip(page) and "in the title" not in _tip(page)
    page.keyboard.press("n")
    assert "Loaded Language" in _tip(page)
    page.keyboard.press("k")
    assert "Name Calling" in _tip(page)
    page.keyboard.press("Escape")
    assert not page.locator("#tooltip").is_visible()
    # Tab reaches a finding of a visible layer and shows it; hidden layers are skipped
    page.locator("#text mark[tabindex='0']").first.focus()
    for _ in range(3):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.className")
        assert "l-techniques" in focused and page.locator("#tooltip").is_visible()
    assert problems == []


@pytest.mark.browser
def test_report_view_events_and_network_legend(browser, tmp_path):  # noqa: F811
    page, problems = _page(browser, tmp_path, demo_result())
    events = page.locator("#events li").all_inner_texts()
    assert events[0] == "Belarus → THREATEN → Ukraine: hypothetical, said by Belarusian Foreign Ministry"
    assert events[1] == "Ukraine → ASSAULT → Belarus: negated, said by the author"
    page.locator("input[data-layer=events]").check()
    page.locator("mark.l-events", has_text="could strike").first.hover()
    assert "Belarus THREATEN Ukraine: hypothetical" in _tip(page)
    legend = page.locator("#network .net-legend").inner_text()
    assert "negated or hypothetical" in legend and "hostile" in legend and "cooperative" in legend
    assert page.locator("#network line.unrealised").count() >= 1
    assert problems == []


@pytest.mark.browser
def test_report_view_export_json_and_csv(browser, tmp_path):  # noqa: F811
    result = demo_result()
    page, problems = _page(browser, tmp_path, result)
    with page.expect_download() as info:
        page.click("#export-json")
    exported = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert ArticleAnalysis.model_validate(exported) == result
    with page.expect_download() as info:
        page.click("#export-csv")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == len(collect_findings(result))
    formula = next(r for r in rows if "cmd|" in r["text"])
    assert formula["text"].startswith("'=cmd|")  # neutralised for spreadsheets
    assert {r["layer"] for r in rows} == {"techniques", "attributions", "claims", "actors", "events", "narratives"}
    assert problems == []


# -- bad input ---------------------------------------------------------------------------------------------------

def _many_findings(n: int = 500) -> ArticleAnalysis:
    words = [f"word{i}" for i in range(n)]
    text = " ".join(words)
    labels = [t["label"] for t in taxonomy_techniques()]
    techniques, start = [], 0
    for i, w in enumerate(words):
        techniques.append(Technique(start=start, end=start + len(w), label=labels[i % len(labels)], score=0.5,
                                    evidence="x"))
        start += len(w) + 1
    return ArticleAnalysis(article=ArticleInfo(id="m" * 64, title="Many", text=text),
                           provenance=Provenance(spinscope_version="test"), techniques=techniques)


@pytest.mark.browser
def test_report_view_500_findings_render_and_navigate(browser, tmp_path, output_dir):  # noqa: F811
    result = _many_findings()
    started = time.perf_counter()
    html = render_html(result)
    render_s = time.perf_counter() - started
    path = tmp_path / "many.html"
    path.write_text(html, encoding="utf-8")
    started = time.perf_counter()
    page, problems = _open(browser, path)
    load_s = time.perf_counter() - started
    (output_dir / "report-500-findings.txt").write_text(
        f"render_html {render_s:.3f} s, Chromium load {load_s:.3f} s, {len(html)} bytes\n", encoding="utf-8")
    assert page.locator("mark.l-techniques").count() == 500
    assert "Persuasion techniques (500)" in page.locator("#legend").inner_text()
    for _ in range(3):
        page.keyboard.press("j")
    assert _tip(page).startswith("[Persuasion techniques]")
    assert problems == []


@pytest.mark.browser
def test_report_view_six_layers_on_one_phrase(browser, tmp_path):  # noqa: F811
    text = "Kyiv lied again."
    s, e = 0, 4
    span = {"start": s, "end": e, "score": 0.8, "evidence": "x"}
    result = ArticleAnalysis(
        article=ArticleInfo(id="s" * 64, text=text), provenance=Provenance(spinscope_version="test"),
        techniques=[Technique(label="Loaded_Language", **span)],
        attributions=[Attribution(label="a", kind="according_to", content=Span(label="c", **span), **span)],
        claims=[Claim(label="checkworthy", **span)],
        actors=[Actor(name="Kyiv", type="city", score=0.8, evidence="x", mentions=[Span(label="m", **span)])],
        events=[Event(label="ACCUSE", actor=0, **span)],
        narratives=[Narrative(label="URW: Blaming the war on others", score=0.5, evidence="x",
                              supporting=[Span(label="s", **span)])])
    page, problems = _page(browser, tmp_path, result)
    for key in ("attributions", "claims", "actors", "events", "narratives"):
        page.locator(f"input[data-layer={key}]").check()
    mark = page.locator("#text mark").first
    assert mark.inner_text() == "Kyiv"
    mark.hover()
    assert "1 of 6 findings here" in _tip(page)
    layers = set()
    for _ in range(6):
        mark.click()
        layers.add(_tip(page).split("]")[0])
    assert len(layers) == 6
    assert problems == []


@pytest.mark.browser
def test_report_view_long_word_rtl_and_title_only_a_finding(browser, tmp_path, output_dir):  # noqa: F811
    long_word = "x" * 100
    rtl = "قالت الوزارة إن <b>الهجوم</b> لن يحدث. שלום עולם"
    text = f"A word {long_word} ends here.\n{rtl}"
    title = "Traitors!"
    result = ArticleAnalysis(
        article=ArticleInfo(id="r" * 64, title=title, text=text,
                            paragraphs=[TextRange(start=0, end=text.index("\n")),
                                        TextRange(start=text.index("\n") + 1, end=len(text))]),
        provenance=Provenance(spinscope_version="test"),
        techniques=[Technique(start=7, end=107, label="Loaded_Language", score=0.6, evidence="x"),
                    Technique(start=text.index("الهجوم"), end=text.index("الهجوم") + 6,
                              label="Appeal_to_Fear-Prejudice", score=0.6, evidence="x")],
        title_techniques=[Technique(start=0, end=len(title), label="Name_Calling-Labeling", score=0.9, evidence="x")])
    page, problems = _page(browser, tmp_path, result)
    page.set_viewport_size({"width": 900, "height": 700})
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1")
    assert page.locator("header h1 mark").inner_text() == "Traitors!"
    paragraph = page.locator("#text p").nth(1)
    assert "<b>الهجوم</b>" in paragraph.inner_text()  # escaped, shown literally
    assert paragraph.evaluate("el => getComputedStyle(el).direction") == "rtl"
    page.locator("header h1 mark").hover()
    assert _tip(page).startswith("[Persuasion techniques] Name Calling")
    page.screenshot(path=str(output_dir / "report-bad-input.png"), full_page=True)
    assert problems == []

"""Plugin layers end to end: the example plugin (examples/spinscope-hedging) installed with pip, found through the
``spinscope.components`` entry point, its findings in ``result.extensions`` in JSON, the HTML report and the web
app; and the registry's checks of what a component declares."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from spinscope import pipeline as pipeline_module
from spinscope.errors import PipelineConfigError
from spinscope.pipeline import register, registered_components

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "examples" / "spinscope-hedging"
LAYERS = ("language.v1", "hedging.v1")
ARTICLE = ("Vote moved\n\nThe minister reportedly resigned on Monday, after a long meeting with the party.\n\n"
           "Officials allegedly hid the report, and unconfirmed reports say the vote was moved.\n")
HEDGES = ["reportedly", "allegedly", "unconfirmed reports"]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The example plugin installed with pip into a folder of its own, put on sys.path, entry points re-read."""
    target = tmp_path_factory.mktemp("site")
    source = tmp_path_factory.mktemp("plugin") / PLUGIN.name  # pip builds in the source folder: a copy of it
    shutil.copytree(PLUGIN, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                           "--no-index", "--target", str(target), str(source)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(target))
    importlib.invalidate_caches()
    pipeline_module._ENTRY_POINTS_LOADED = False
    yield target
    sys.path.remove(str(target))
    pipeline_module._REGISTRY.pop("hedging.v1", None)
    sys.modules.pop("spinscope_hedging", None)


def test_plugins_example_is_found_through_its_entry_point(installed):
    spec = registered_components()["hedging.v1"]
    assert spec.assigns == ("extensions.hedging",)
    listed = CliRunner().invoke(pipeline_cli(), ["components"])
    assert "hedging.v1" in listed.output


def pipeline_cli():
    from spinscope.cli import cli

    return cli


def _hedges(extension: dict, text: str) -> list[str]:
    return [text[s["start"]:s["end"]] for s in extension["spans"]]


def test_plugins_findings_in_json(installed, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(pipeline_cli(), ["analyze", str(article), "--format", "json",
                                                 "--components", ",".join(LAYERS)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    ext = data["extensions"]["hedging"]
    assert ext["component"] == "hedging.v1" and _hedges(ext, data["article"]["text"]) == HEDGES
    assert all(s["evidence"] == "hedging.v1:wordlist" and s["label"] == "hedge" for s in ext["spans"])
    assert ext["labels"][0]["label"] == "hedged"
    # the JSON reads back into the result model, spans checked against the text
    from spinscope.result import ArticleAnalysis

    assert ArticleAnalysis.model_validate(data).extensions["hedging"].spans[0].label == "hedge"


def test_plugins_findings_in_the_terminal_summary(installed, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(pipeline_cli(), ["analyze", str(article), "--components", ",".join(LAYERS)])
    assert result.exit_code == 0, result.output
    assert "hedging (3, plugin hedging.v1" in result.output and "reportedly (hedge)" in result.output


def test_plugins_findings_in_the_html_report(installed):
    import spinscope
    from spinscope.report.html import render_html

    html = render_html(spinscope.analyze(ARTICLE, components=list(LAYERS)))
    assert 'data-layer="extensions"' in html and "Plugin layers (3)" in html
    assert 'id="extension-hedging"' in html and "hedging.v1" in html
    assert 'class="l-extensions"' in html  # the spans are marked in the text


def test_plugins_findings_in_the_web_app(installed):
    from spinscope.web import ServerSettings, create_app

    with TestClient(create_app(ServerSettings(components=LAYERS)), base_url="http://127.0.0.1:8000") as client:
        api = client.post("/api/analyze", json={"text": ARTICLE})
        assert api.status_code == 200, api.text
        assert _hedges(api.json()["extensions"]["hedging"], api.json()["article"]["text"]) == HEDGES
        page = client.post("/analyze", data={"text": ARTICLE})
        assert page.status_code == 200
        assert 'id="extension-hedging"' in page.text and "Plugin layers (3)" in page.text


def test_plugins_extension_spans_are_validated_like_every_span():
    from spinscope.result import ArticleAnalysis, ArticleInfo, Extension, Provenance, Span

    article = ArticleInfo(id="x", text="short")
    bad = Extension(component="x.v1", spans=[Span(start=2, end=40, label="hedge", score=0.5, evidence="x")])
    with pytest.raises(ValueError, match=r"extensions\['x'\]\.spans\[0\].*outside the text"):
        ArticleAnalysis(article=article, extensions={"x": bad}, provenance=Provenance(spinscope_version="0"))
    with pytest.raises(ValueError, match="layer name"):
        ArticleAnalysis(article=article, extensions={"Bad Name": Extension(component="x.v1")},
                        provenance=Provenance(spinscope_version="0"))


def test_registry_assigns_that_name_no_field_fail_at_registration():
    with pytest.raises(PipelineConfigError, match=r"'test-typo\.v1' assigns 'techniqes', which is not a field"):
        register("test-typo.v1", requires=("text",), assigns=("techniqes",))
    with pytest.raises(PipelineConfigError, match="requires 'sentence'"):
        register("test-typo.v1", requires=("sentence",), assigns=("techniques",))
    with pytest.raises(PipelineConfigError, match=r"extensions\.<name>"):
        register("test-typo.v1", requires=("text",), assigns=("extensions.Bad Name",))
    assert "test-typo.v1" not in registered_components()


def test_registry_optional_input_after_its_reader_is_an_error():
    from spinscope.pipeline import resolve

    with pytest.raises(PipelineConfigError, match=r"'events\.v1' reads attributions when present.*attributions\.v1"):
        resolve(["language.v1", "segment.v1", "entities.v1", "actors.v1", "events.v1", "attributions.v1"])
    resolve(["language.v1", "segment.v1", "entities.v1", "actors.v1", "events.v1"])  # absent: fine


@register("test-no-model.v1", requires=("text",), assigns=("extensions.no_model",))
def _no_model(**_: object):
    from spinscope.errors import ModelFilesMissing

    raise ModelFilesMissing("model files not found in /nowhere")


def test_registry_model_load_failure_is_recorded_per_article_by_the_pipeline():
    from spinscope.document import ArticleInput
    from spinscope.pipeline import Pipeline

    pipeline = Pipeline.from_names(["language.v1", "test-no-model.v1"])  # building does not fail
    result = pipeline(ArticleInput(text="A short article about a bridge that opened in March."))
    assert result.article.language == "en"  # the other components ran
    (error,) = [e for e in result.errors if e.level == "error"]
    assert error.component == "test-no-model.v1" and error.code == "E031"
    assert "/nowhere" in error.message and "[E031]" not in error.message

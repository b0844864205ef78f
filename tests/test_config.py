"""spinscope.toml: user sources, actors, lexicon words, component options and layers, in the CLI, the Python API
and the server, and ``spinscope config show``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import spinscope
from spinscope.cli import cli
from spinscope.config import Config, load_config, read_config
from spinscope.errors import ConfigError, PipelineConfigError

#: A made-up outlet: no bundled table knows it, so only the user's entry can make it state-affiliated.
OUTLET = "Zorvian Wave Radio"
ARTICLE = ("The new bridge over the river will open in March.\n\n"
           f"{OUTLET} reported that the bridge was unsafe and that engineers had warned the council twice.\n")
LAYERS = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]
CONFIG = f"""
layers = {json.dumps(LAYERS)}

[[source]]
name = "{OUTLET}"
aliases = ["ZWR"]
type = "media"
country = "LV"
state_affiliated = true
reference = "Owned by the Zorvian culture ministry (an entry written for this test)"

[[actor]]
name = "{OUTLET}"
type = "media"
code = "LVAMED"
country = "LVA"
aliases = ["ZWR"]

[lexicons]
loaded = ["zorblatious"]
"""


@pytest.fixture
def config_file(tmp_path):
    path = tmp_path / "baltic.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _outlet_source(attributions: list[dict]) -> dict:
    return next(a for a in attributions if a["speaker_name"] == OUTLET)


def test_config_cli_entry_makes_outlet_state_affiliated(config_file, article):
    runner = CliRunner()
    plain = runner.invoke(cli, ["analyze", str(article), "--format", "json", "--components", ",".join(LAYERS)])
    assert plain.exit_code == 0, plain.output
    assert _outlet_source(json.loads(plain.stdout)["attributions"])["state_affiliated"] is False

    configured = runner.invoke(cli, ["--config", str(config_file), "analyze", str(article), "--format", "json"])
    assert configured.exit_code == 0, configured.output
    result = json.loads(configured.stdout)
    source = _outlet_source(result["attributions"])
    assert source["state_affiliated"] is True and source["source_country"] == "LV"
    assert [c["name"] for c in result["provenance"]["components"]] == LAYERS  # the file's layers


def test_config_api_entry_makes_outlet_state_affiliated(config_file, monkeypatch):
    given = spinscope.analyze(ARTICLE, config=config_file)
    assert next(a for a in given.attributions if a.speaker_name == OUTLET).state_affiliated
    # found through SPINSCOPE_CONFIG, with no argument at all
    monkeypatch.setenv("SPINSCOPE_CONFIG", str(config_file))
    found = spinscope.analyze(ARTICLE)
    assert next(a for a in found.attributions if a.speaker_name == OUTLET).state_affiliated
    monkeypatch.delenv("SPINSCOPE_CONFIG")
    plain = spinscope.analyze(ARTICLE, components=LAYERS)
    assert not next(a for a in plain.attributions if a.speaker_name == OUTLET).state_affiliated


def test_config_working_directory_file_is_read(config_file, monkeypatch, tmp_path):
    folder = tmp_path / "beat"
    folder.mkdir()
    (folder / "spinscope.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(folder)
    config = load_config()
    assert config.found_by == "working directory" and list(config.layers()) == LAYERS


def test_config_server_entry_makes_outlet_state_affiliated(config_file):
    from spinscope.web import ServerSettings, create_app

    with TestClient(create_app(ServerSettings(config=str(config_file))), base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/health").json()["components"] == LAYERS
        response = client.post("/api/analyze", content=ARTICLE.encode(), headers={"Content-Type": "text/plain"})
        assert response.status_code == 200, response.text
        assert _outlet_source(response.json()["attributions"])["state_affiliated"] is True


def test_config_show_says_where_each_value_came_from(config_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no spinscope.toml here
    runner = CliRunner()
    shown = runner.invoke(cli, ["--config", str(config_file), "config", "show", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    rows = {row["setting"]: row for row in data["settings"]}
    assert data["found_by"] == "--config" and data["layers"] == LAYERS
    assert str(config_file) in rows["layers"]["from"]
    assert rows[f"source {OUTLET}"]["value"] == "media, LV, state-affiliated"
    assert rows["lexicon loaded"]["value"] == "bundled + zorblatious"
    assert rows["lexicon labels"]["from"] == "built-in default"
    assert data["components"]["actors.v1"]["actors"][0]["code"] == "LVAMED"

    default = runner.invoke(cli, ["config", "show"])
    assert default.exit_code == 0 and "built-in default" in default.output and "techniques.v1" in default.output


@pytest.mark.parametrize(("text", "where"), [
    ('[[source]]\nnme = "x"\n', "source.0"),
    ('layers = "language.v1"\n', "layers"),
    ('[lexicons]\nloaded = "one"\n', "lexicons.loaded"),
    ("[[source]\n", "not valid TOML"),
])
def test_config_bad_file_is_a_clear_error(tmp_path, text, where):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_config(path)
    assert where in str(info.value) and str(path) in str(info.value) and "[E021]" in str(info.value)
    result = CliRunner().invoke(cli, ["--config", str(path), "components"])
    assert result.exit_code == 2 and where in result.output and "Traceback" not in result.output


def test_config_missing_file_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "nope.toml"), "components"])
    assert result.exit_code == 2 and "nope.toml" in result.output and "cannot read" in result.output


def test_config_options_for_an_unknown_component_are_refused(tmp_path):
    path = tmp_path / "typo.toml"
    path.write_text('[components."atributions.v1"]\nsources = []\n', encoding="utf-8")
    with pytest.raises(PipelineConfigError, match=r"atributions\.v1") as info:
        spinscope.load_pipeline(["language.v1"], config=path)
    assert str(path) in str(info.value)


def test_config_actor_entry_and_lexicon_words_reach_their_components(config_file):
    from spinscope.components.actors import inline_entries, load_dictionary, normalize_actors
    from spinscope.components.persuasion_models import lexicon_spans

    options = read_config(config_file).component_config()
    dictionary = load_dictionary((), inline_entries(options["actors.v1"]["actors"]))
    actors = normalize_actors("ZWR said the bridge was unsafe.", dictionary)
    assert any(a.name == OUTLET and a.code == "LVAMED" for a in actors)

    text = "A zorblatious plan."
    words = options["techniques.v1"]["lexicon_words"]
    assert (2, 13, "Loaded_Language") in lexicon_spans(text, [(0, len(text))], ("loaded",), words)
    assert not lexicon_spans(text, [(0, len(text))], ("loaded",))


def test_config_relative_paths_are_read_from_the_file_folder(tmp_path):
    path = tmp_path / "rel.toml"
    path.write_text('[components."actors.v1"]\nactors_file = "mine.tsv"\n', encoding="utf-8")
    assert read_config(path).component_config()["actors.v1"]["actors_file"] == str(tmp_path.resolve() / "mine.tsv")


def test_config_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config == Config() and config.layers() == spinscope.settings.DEFAULT_COMPONENTS
    assert config.component_config() == {}


def test_config_ingest_stores_the_configured_result(config_file, article, tmp_path):
    from spinscope.corpus import Store

    db = tmp_path / "c.db"
    done = CliRunner().invoke(cli, ["--config", str(config_file), "ingest", str(article), "--db", str(db)])
    assert done.exit_code == 0, done.output
    store = Store.open(str(db))
    try:
        (result,) = list(store.iter_results())
    finally:
        store.close()
    assert next(a for a in result.attributions if a.speaker_name == OUTLET).state_affiliated
    assert [c.name for c in result.provenance.components] == LAYERS


def test_config_python_component_options_override_the_file(config_file, tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text(f'[[source]]\nname = "{OUTLET}"\ntype = "media"\nstate_affiliated = false\n', encoding="utf-8")
    # the file says state-affiliated; a later source table given in Python says not
    result = spinscope.analyze(ARTICLE, config=config_file,
                               component_config={"attributions.v1": {"sources": [str(config_file), str(extra)]}})
    assert not next(a for a in result.attributions if a.speaker_name == OUTLET).state_affiliated
    assert read_config(config_file).with_component_options({"x.v1": {"a": 1}}).key != read_config(config_file).key

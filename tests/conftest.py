"""Shared fixtures. Data-dependent tests skip when ../shared/data is absent (a fresh clone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]

# Property tests judge the code, not the machine: no per-example deadline and no "input generation is slow" failure
# on a loaded machine (CI runners and a shared development box both vary).
settings.register_profile("spinscope", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("spinscope")
SHARED = Path(os.environ.get("SPINSCOPE_SHARED", ROOT.parent / "shared"))
OUTPUT = ROOT / "test-output"


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch):
    """Tests run on the built-in configuration: no SPINSCOPE_CONFIG from the caller, and a ``--config`` given to
    one in-process CLI call does not outlive its test."""
    from spinscope import config

    monkeypatch.delenv(config.ENV_VAR, raising=False)
    yield
    config.use(None)


@pytest.fixture(scope="session")
def pipeline():
    from spinscope import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: data-dependent test skipped")
    return SHARED


@pytest.fixture(scope="session")
def opinion_article(shared_dir: Path) -> Path:
    path = shared_dir / "examples" / "sample-opinion-article.txt"
    if not path.is_file():
        pytest.skip("sample opinion article is absent")
    return path


@pytest.fixture(scope="session")
def sample_article() -> Path:
    return ROOT / "examples" / "sample-article.txt"


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


XSS_OUTLET = "<script>alert('outlet')</script> Herald"
XSS_TEXT = ("Evil title <img src=x onerror=alert(1)>\n\nThe ministry said that <script>alert(2)</script> "
            "grain exports fell. Officials in Kyiv denied it.")


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    """A small store: generated articles with one republication chain, and one hostile article."""
    from spinscope import load_pipeline
    from spinscope.corpus import Store
    from spinscope.corpus.store import Appearance
    from spinscope.corpus.synthetic import generate
    from spinscope.document import ArticleInput

    pipeline = load_pipeline(["language.v1", "segment.v1", "entities.v1"])
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    records = generate(10, seed=5, chains=1, copies=2, partials=0).records
    records.append({"text": XSS_TEXT, "outlet": XSS_OUTLET, "published": "2024-06-01", "id": "xss"})
    with Store.open(path) as store:
        for record in records:
            result = pipeline(ArticleInput(text=record["text"], title=record.get("title"),
                                           outlet=record["outlet"], published=record["published"],
                                           source=record["id"]))
            store.add(result, Appearance.of(result, source=record["id"]))
    return path


@pytest.fixture(scope="module")
def extract():
    """``extract(text, **meta)``: the document after language, segmentation and attribution (the attribution tests)."""
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.components.core import LanguageIdentifier, Segmenter
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document

    language, segment, extractor = LanguageIdentifier(), Segmenter(), AttributionExtractor()

    def run(text: str, **meta: str):
        return extractor(segment(language(make_document(ArticleInput(text=text, **meta)))))

    return run


@pytest.fixture(scope="module")
def extract_ner():
    """``extract_ner(text)``: as the ``extract`` fixture, with the entity tagger (as the CLI runs it)."""
    from spinscope.components.attribution import AttributionExtractor
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline

    upstream, extractor = Pipeline.from_names(("language.v1", "segment.v1", "entities.v1")), AttributionExtractor()
    return lambda text: extractor(upstream.run(make_document(ArticleInput(text=text))))

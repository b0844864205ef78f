from __future__ import annotations

import pytest

from spinscope.document import ArticleInput, Document
from spinscope.errors import PipelineConfigError
from spinscope.pipeline import Pipeline, register, registered_components


@register("test-boom.v1", requires=("text",), assigns=("genre",))
class Boom:
    """Always fails."""

    def __call__(self, doc: Document) -> Document:
        raise RuntimeError("kaput")


@register("test-needs-claims.v1", requires=("claims",), assigns=())
class NeedsClaims:
    def __call__(self, doc: Document) -> Document:
        return doc


def test_pipeline_builtins_registered_through_entry_points():
    names = registered_components()
    for name in ("language.v1", "segment.v1", "entities.v1"):
        assert name in names
    assert names["segment.v1"].assigns == ("paragraphs", "sentences", "parsed")


def test_pipeline_rejects_unknown_component():
    with pytest.raises(PipelineConfigError, match=r"unknown component 'nope\.v1'"):
        Pipeline.from_names(["nope.v1"])


def test_pipeline_checks_order_when_built():
    with pytest.raises(PipelineConfigError, match=r"'entities\.v1' requires parsed"):
        Pipeline.from_names(["entities.v1", "segment.v1"])
    with pytest.raises(PipelineConfigError, match="requires claims"):
        Pipeline.from_names(["test-needs-claims.v1"])


def test_pipeline_failing_component_recorded_and_rest_goes_on():
    pipeline = Pipeline.from_names(["test-boom.v1", "language.v1"])
    result = pipeline(ArticleInput(text="The government said on Monday that the talks would go on."))
    assert result.article.language == "en"
    assert [(e.component, e.level) for e in result.errors] == [("test-boom.v1", "error")]
    assert "kaput" in result.errors[0].message
    assert [c.name for c in result.provenance.components] == ["test-boom.v1", "language.v1"]


def test_pipeline_non_english_warns(pipeline):
    result = pipeline(ArticleInput(text="Der Minister sagte am Montag, dass die Gespräche fortgesetzt werden."))
    assert result.article.language == "de"
    assert any(e.code == "W103" and e.level == "warning" for e in result.errors)
    assert result.article.sentences  # still segmented


def test_pipeline_entities_on_sample(pipeline, sample_article):
    from spinscope import analyze

    result = analyze(sample_article)
    names = {a.name for a in result.actors}
    # actors.v1 normalizes the metonym "Brussels" to the European Union (issue 5)
    assert {"European Union", "Elena Varga"} <= names
    assert "Brussels" in next(a for a in result.actors if a.name == "European Union").aliases
    for actor in result.actors:
        for m in actor.mentions:
            assert result.span_text(m)


def test_analyze_takes_a_long_single_line_as_text_not_a_path():
    # A one-line article longer than a file name may be (255 bytes) used to raise a raw OSError.
    import spinscope

    text = "The council met on Tuesday and agreed to repair the old bridge before winter. " * 6
    result = spinscope.analyze(text.strip(), components=["language.v1", "segment.v1"])
    assert result.article.text.startswith("The council met on Tuesday")


def test_pipeline_sentence_vectors_are_a_component_of_their_own():
    from spinscope.components.persuasion import sentence_vectors
    from spinscope.document import ArticleInput
    from spinscope.ingest.clean import make_document
    from spinscope.pipeline import Pipeline

    pipeline = Pipeline.from_names(["language.v1", "segment.v1", "sentence-vectors.v1"])
    doc = pipeline.run(make_document(ArticleInput(
        text="The council met on Monday. It approved the budget. Critics said the plan was rushed.")))
    ranges, vectors = doc.sentence_vectors
    assert len(ranges) == len(doc.sentences) == 3 and vectors.shape == (3, 384)
    assert sentence_vectors(doc)[1] is vectors  # a layer reading them later reuses them, no second encoder pass
    assert "sentence_vectors" not in type(pipeline(ArticleInput(text="One sentence here."))).model_fields


@register("test-odd-provenance.v1", requires=("text",), assigns=("genre",))
class OddProvenance:
    def __call__(self, doc: Document) -> Document:
        doc.models["odd"] = "model-7"
        return doc


def test_pipeline_provenance_keys_are_component_names():
    result = Pipeline.from_names(["language.v1", "test-odd-provenance.v1"])(ArticleInput(text="A short text here."))
    assert result.provenance.models == {"test-odd-provenance.v1": "model-7"}


def test_pipeline_runs_with_one_blas_thread_and_restores_the_setting():
    """BLAS threads spinning beside torch's slowed the encoder: one while the pipeline runs, as before after."""
    from threadpoolctl import threadpool_info

    from spinscope.result import Extension

    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    seen: list[list[int]] = []

    @register("test-blas-threads.v1", requires=("text",), assigns=("extensions.blas",))
    class BlasThreads:
        def __call__(self, doc: Document) -> Document:
            seen.append([lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"])
            doc.extensions["blas"] = Extension(component="test-blas-threads.v1")
            return doc

    Pipeline.from_names(["test-blas-threads.v1"])(ArticleInput(text="The talks went on."))
    assert seen and seen[0] and all(n == 1 for n in seen[0])
    assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before

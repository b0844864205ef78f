"""Language routing (each component declares its languages; the pipeline runs it only on those) and the
language warnings on bad input: mixed, transliterated, Ukrainian, short, right-to-left and CJK text."""

from __future__ import annotations

import re

import pytest

from spinscope.document import ArticleInput, Document
from spinscope.ingest.clean import make_document
from spinscope.pipeline import Pipeline, register, registered_components
from spinscope.settings import DEFAULT_COMPONENTS

CALLS: list[tuple[str, str | None]] = []


@register("test-english-only.v1", requires=("text",), assigns=("genre",))
class EnglishOnly:
    languages = frozenset({"en"})

    def __call__(self, doc: Document) -> Document:
        CALLS.append(("en-only", doc.language))
        return doc


@register("test-russian-stand-in.v1", requires=("text",), assigns=("genre",), overrides=("test-english-only.v1",))
class RussianStandIn:
    languages = frozenset({"ru"})

    def __call__(self, doc: Document) -> Document:
        CALLS.append(("ru", doc.language))
        return doc


@register("test-any.v1", requires=("text",), assigns=())
def any_language() -> object:
    def run(doc: Document) -> Document:
        CALLS.append(("any", doc.language))
        return doc

    return run


def _run(pipeline: Pipeline, text: str) -> Document:
    CALLS.clear()
    return pipeline.run(make_document(ArticleInput(text=text, input_format="jsonl")))


ENGLISH = "The government said on Monday that the talks with the union would go on next week."
GERMAN = "Der Minister sagte am Montag, dass die Gespräche mit der Gewerkschaft nächste Woche fortgesetzt werden."
RUSSIAN = "Министр заявил в понедельник, что переговоры с профсоюзом продолжатся на следующей неделе."


def test_language_declared_on_the_class_is_registered():
    specs = registered_components()
    assert specs["test-english-only.v1"].languages == {"en"}
    assert specs["test-any.v1"].languages == {"*"}
    assert specs["test-russian-stand-in.v1"].overrides == ("test-english-only.v1",)


def test_language_english_only_component_never_runs_on_another_language():
    pipeline = Pipeline.from_names(["language.v1", "test-english-only.v1", "test-any.v1"])
    doc = _run(pipeline, GERMAN)
    assert doc.language == "de"
    assert CALLS == [("any", "de")]
    (warning,) = [e for e in doc.errors if e.code == "W110"]
    assert warning.component == "test-english-only.v1" and warning.level == "warning"
    assert "'de'" in warning.message and "en" in warning.message
    assert doc.components_run == ["language.v1", "test-any.v1"]
    doc = _run(pipeline, ENGLISH)
    assert CALLS == [("en-only", "en"), ("any", "en")] and not [e for e in doc.errors if e.code == "W110"]


def test_language_stand_in_replaces_the_general_component_for_its_language_only():
    pipeline = Pipeline.from_names(["language.v1", "test-english-only.v1", "test-russian-stand-in.v1"])
    doc = _run(pipeline, RUSSIAN)
    assert CALLS == [("ru", "ru")] and not [e for e in doc.errors if e.code == "W110"]
    doc = _run(pipeline, ENGLISH)
    assert CALLS == [("en-only", "en")] and not [e for e in doc.errors if e.code == "W110"]
    doc = _run(pipeline, GERMAN)
    assert CALLS == []
    (warning,) = [e for e in doc.errors if e.code == "W110"]  # one warning for the layer, naming both
    assert "test-russian-stand-in.v1" in warning.message and "en, ru" in warning.message


def test_language_provenance_lists_the_components_that_ran():
    pipeline = Pipeline.from_names(["language.v1", "test-english-only.v1", "test-any.v1"])
    result = pipeline(ArticleInput(text=GERMAN))
    assert [c.name for c in result.provenance.components] == ["language.v1", "test-any.v1"]


def test_language_default_layers_declare_their_languages():
    specs = registered_components()
    for name in ("roles.v1", "entities.v1", "attributions.v1", "claims.v1", "actors.v1", "events.v1"):
        assert specs[name].languages == {"en"}, name
    # English models, and the multilingual heads for the SemEval languages (components/multilingual.py)
    for name in ("techniques.v1", "genre.v1", "frames.v1"):
        assert specs[name].languages == {"en", "fr", "de", "it", "pl", "ru"}, name
    assert specs["narratives.v1"].languages == {"en", "bg", "pt", "ru", "hi"}  # hi: round 49 (narr49)
    for name in ("segment_ru.v1", "actors_ru.v1", "attributions_ru.v1", "claims_ru.v1", "events_ru.v1"):
        assert specs[name].languages == {"ru"} and specs[name].overrides, name
        assert name in DEFAULT_COMPONENTS
    assert specs["language.v1"].languages == specs["segment.v1"].languages == {"*"}


@pytest.fixture(scope="module")
def language_only() -> Pipeline:
    return Pipeline.from_names(["language.v1"])


def _codes(doc: Document) -> list[str]:
    return [e.code for e in doc.errors]


MIXED = ("Пресс-секретарь президента России заявил во вторник, что Кремль не видит оснований для новых переговоров. "
         "Официальный представитель МИД России сообщила, что Вашингтон продолжает поставлять оружие.\n"
         "The State Department said on Tuesday that the new package of military aid would be sent next month.\n"
         "По данным агентства ТАСС, в ближайшие дни в Москве пройдёт заседание Совета безопасности страны.")


def test_language_mixed_article_main_language_decides_and_says_so(language_only):
    doc = _run(language_only, MIXED)
    assert doc.language == "ru"
    (warning,) = [e for e in doc.errors if e.code == "W105"]
    assert "'ru' decides" in warning.message and "en (" in warning.message


def test_language_single_language_article_is_not_mixed(language_only):
    assert "W105" not in _codes(_run(language_only, ENGLISH + "\n" + ENGLISH.replace("Monday", "Friday")))


def test_language_transliterated_russian_is_named_and_not_read_as_russian(language_only):
    doc = _run(language_only, "Press-sekretar prezidenta Rossii zayavil, chto Kreml ne vidit osnovaniy dlya "
                              "peregovorov s Kievom. Po ego slovam, eto ochen vazhno dlya vsekh.")
    assert doc.language == "ru-Latn"
    assert "W106" in _codes(doc) and "W103" in _codes(doc)


def test_language_ukrainian_is_told_apart_and_explained(language_only):
    doc = _run(language_only, "Президент України заявив у четвер, що Україна отримає нові системи ППО від "
                              "Німеччини. За його словами, угоду було підписано під час візиту канцлера.")
    assert doc.language == "uk"
    (warning,) = [e for e in doc.errors if e.code == "W107"]
    assert "Russian layers are not run" in warning.message


@pytest.mark.parametrize(("text", "language"), [("Hello there", "en"), ("Путин снова", "ru")])
def test_language_short_text_is_read_in_its_script_language_with_a_warning(language_only, text, language):
    doc = _run(language_only, text)
    if doc.language_score is not None and doc.language_score < 0.5:
        assert "W108" in _codes(doc) and doc.language == language
    else:  # py3langid was sure: no fallback needed
        assert doc.language == language


@pytest.mark.parametrize(("text", "script"), [
    ("قال المتحدث باسم الكرملين إن روسيا لا ترى أسبابا لإجراء مفاوضات جديدة مع أوكرانيا.", "right-to-left"),
    ("דובר הקרמלין אמר כי רוסיה אינה רואה סיבה למשא ומתן חדש עם אוקראינה.", "right-to-left"),
    ("克里姆林宫发言人表示，俄罗斯认为没有理由与乌克兰举行新的谈判。", "cjk"),
    ("クレムリンの報道官は、ロシアはウクライナとの新たな交渉の理由はないと述べた。", "cjk"),
])
def test_language_right_to_left_and_cjk_warn_and_do_not_crash(text, script):
    from spinscope import analyze

    result = analyze(text, components=["language.v1", "segment.v1", "segment_ru.v1", "entities.v1",
                                       "actors_ru.v1", "attributions.v1", "attributions_ru.v1"])
    codes = [e.code for e in result.errors]
    assert "W109" in codes and script in next(e.message for e in result.errors if e.code == "W109")
    assert not [e for e in result.errors if e.level == "error"]
    assert result.actors == [] and result.attributions == []
    assert result.article.sentences and all(s.end <= len(result.article.text) for s in result.article.sentences)


def test_language_readme_table_names_the_russian_components():
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Languages", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(\w+_ru\.v1)`", section))
    russian = {name for name, spec in registered_components().items()
               if spec.languages == {"ru"} and not name.startswith("test-")}
    assert named == russian
    for name in ("techniques", "genre", "frames", "roles", "narratives"):
        assert name in section


@pytest.mark.parametrize(("language", "named", "absent"), [
    ("pl", "genre, frames and techniques read it", "narratives read it"),
    ("bg", "only narratives read it", "techniques read it"),
    ("ar", "no analysis layer reads it", "only"),
])
def test_language_unsupported_warning_names_the_layers_that_still_read_it(language, named, absent):
    """W103 must not tell a Polish or Bulgarian reader that nothing reads their article: the multilingual heads
    do (issue 19)."""
    from spinscope.components.core import unsupported_language_message

    message = unsupported_language_message(language)
    assert named in message and absent not in message and repr(language) in message


def test_language_identifier_cached_model_answers_as_the_packaged_one(tmp_path, monkeypatch):
    """The decompressed copy kept in the cache folder gives the packaged model's answers, from the second start
    on; a cache folder that cannot be written leaves the packaged model in use."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from spinscope import langid

    monkeypatch.setenv("SPINSCOPE_CACHE_DIR", str(tmp_path / "cache"))
    packaged = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    first = langid._cached_model(MODEL_DIR / MODEL_FILE)
    (written,) = (tmp_path / "cache").iterdir()
    assert written.suffix == ".npz" and not list((tmp_path / "cache").glob("*.partial"))
    again = langid._cached_model(MODEL_DIR / MODEL_FILE)
    for text in ("The president said the war would end.", "Президент заявил, что война закончится.",
                 "Le président a dit que la guerre finirait bientôt.", "Der Präsident sagte das am Montag."):
        assert first.classify(text) == again.classify(text) == packaged.classify(text)

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("SPINSCOPE_CACHE_DIR", str(blocked))
    langid._identifier.cache_clear()
    try:
        assert langid._identifier().classify("The president said the war would end.")[0] == "en"
    finally:
        langid._identifier.cache_clear()


def test_language_identifier_cache_keeps_one_copy_across_installs(tmp_path, monkeypatch):
    """Each install of py3langid stamps its model anew; the copy an earlier install left (70 MB) is removed
    when the new one is written, and other files in the cache folder stay."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from spinscope import langid

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("SPINSCOPE_CACHE_DIR", str(cache))
    (cache / "py3langid-4586720-1000000000.npz").write_bytes(b"an earlier install's copy")
    (cache / "CT24_features-1-2-minilm.npy").write_bytes(b"training features")
    langid._cached_model(MODEL_DIR / MODEL_FILE)
    names = sorted(path.name for path in cache.iterdir())
    stat = (MODEL_DIR / MODEL_FILE).stat()
    assert names == ["CT24_features-1-2-minilm.npy", f"py3langid-{stat.st_size}-{int(stat.st_mtime)}.npz"]

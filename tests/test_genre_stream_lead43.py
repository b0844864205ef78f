"""The genre decision of ``analyze`` for a news stream: satire is rarer there than in the SemEval-2023 kept-back
set the model's rule was fitted for (persuasion.STREAM_SATIRE_SHARE; docs/EVALUATION.md, "Lead, round 30").
``predict semeval2023 --subtask 1`` keeps the benchmark's mix."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from spinscope.components.persuasion import BENCHMARK_SATIRE_SHARE, STREAM_SATIRE_SHARE, GenreClassifier
from spinscope.pipeline import Pipeline, PipelineConfigError

from .test_genre import needs_genre_model


@needs_genre_model
def test_a_close_satire_call_becomes_the_runner_up_in_a_news_stream() -> None:
    stream, benchmark = GenreClassifier(), GenreClassifier(satire_share=None)
    labels = stream.config["labels"]
    probs = np.array([{"opinion": 0.35, "reporting": 0.20, "satire": 0.45}[lab] for lab in labels])
    assert labels[int(np.argmax(benchmark.stream_prior(probs)))] == "satire"
    moved = stream.stream_prior(probs)
    assert labels[int(np.argmax(moved))] == "opinion"
    assert moved.sum() == pytest.approx(1.0)
    # the odds of satire against each other genre fall by the ratio of the shares, the others' odds stay
    s, o, r = (labels.index(x) for x in ("satire", "opinion", "reporting"))
    assert (moved[s] / moved[o]) / (probs[s] / probs[o]) == pytest.approx(STREAM_SATIRE_SHARE / BENCHMARK_SATIRE_SHARE)
    assert moved[o] / moved[r] == pytest.approx(probs[o] / probs[r])


@needs_genre_model
def test_a_confident_satire_call_stays_satire() -> None:
    stream = GenreClassifier()
    labels = stream.config["labels"]
    probs = np.array([{"opinion": 0.04, "reporting": 0.02, "satire": 0.94}[lab] for lab in labels])
    assert labels[int(np.argmax(stream.stream_prior(probs)))] == "satire"


@pytest.mark.parametrize("share", [0.0, 1.0, -0.1, 3])
def test_a_share_outside_zero_and_one_is_refused_with_the_component_named(share: float) -> None:
    with pytest.raises(ValueError, match="satire_share must be between 0 and 1"):
        GenreClassifier(satire_share=share)
    with pytest.raises(PipelineConfigError, match=r"genre\.v1"):
        Pipeline.from_names(["language.v1", "segment.v1", "genre.v1"], config={"genre.v1": {"satire_share": share}})


@needs_genre_model
def test_predict_semeval2023_genre_uses_the_benchmark_mix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spinscope.cli.train import predict

    shares: list[float | None] = []
    original = GenreClassifier.__init__

    def spy(self: GenreClassifier, **options: object) -> None:
        original(self, **options)  # type: ignore[arg-type]
        shares.append(self.satire_share)

    monkeypatch.setattr(GenreClassifier, "__init__", spy)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "article1.txt").write_text("Ministers met on Monday.\n\nThey agreed a budget.\n",
                                                       encoding="utf-8")
    result = CliRunner().invoke(predict, ["semeval2023", "--subtask", "1", "--articles", str(tmp_path / "articles"),
                                          "--out", str(tmp_path / "out.txt")])
    assert result.exit_code == 0, result.output
    assert shares == [None]
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("1\t")

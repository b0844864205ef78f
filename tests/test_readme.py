from __future__ import annotations

import re

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_readme_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [b.strip() for b in re.findall(r"```bash\n(.*?)```", quick, flags=re.S)]
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert "report.html" in commands[0] and "examples/sample-article.txt" in commands[0]
    assert commands[1] == "bash scripts/test.sh"
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_readme_python_api_example_runs(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    example = next(b for b in _blocks("python") if b.startswith("import spinscope"))
    exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "The Bridge to Nowhere" in out and "Elena Varga" in out

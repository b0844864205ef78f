"""What ``spinscope predict events`` writes for one sentence, as the event tests read it (shared by the test files
of the event rounds)."""

from __future__ import annotations


def predicted(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(event, source code, target code, mode) of every event ``predict events`` finds in ``text``."""
    from spinscope.predict import predict_events

    out = next(iter(predict_events([{"id": "t", "text": text}])))
    return [(e["event"], e["source_code"], e["target_code"], e["mode"]) for e in out["events"]]


def triples(text: str) -> set[tuple[str, str | None, str | None]]:
    """(event, source code, target code) of every event in ``text``, modes aside."""
    return {(event, source, target) for event, source, target, _ in predicted(text)}

"""The lead's round-17 fix from a real Russian article, on a sentence of our own: an impersonal report "со ссылкой
на X" ("citing X") is X's."""

from __future__ import annotations

from spinscope import analyze


def test_an_impersonal_report_citing_an_agency_is_the_agencys():
    text = ("Министр не смог убедить партнёров продлить программу помощи фермерам, — передали вчера со ссылкой на "
            "информационное агентство Reuters.")
    result = analyze(text)
    assert [(text[a.speaker.start:a.speaker.end], a.speaker_name, a.source_type) for a in result.attributions
            if a.speaker is not None] == [("информационное агентство Reuters", "Reuters", "media")]

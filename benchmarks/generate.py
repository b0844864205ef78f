"""A deterministic generator of news-like articles, so benchmarks run anywhere without research data."""

from __future__ import annotations

import random

ACTORS = ["the Foreign Ministry", "President Aldana", "the European Commission", "NATO", "the Kremlin",
          "Beijing", "Kyiv", "Minister Hollis", "the central bank", "opposition leader Marek Tosz",
          "the United Nations", "Washington", "the governor of Ostrava province", "Brussels"]
VERBS = ["said", "warned", "announced", "stressed", "claimed", "denied", "noted", "insisted"]
TOPICS = ["the border crossing", "grain exports", "the new sanctions package", "energy prices",
          "the peace talks", "military aid", "the trade agreement", "the election results", "inflation"]
LOADED = ["a shameful betrayal", "a reckless gamble", "an outright catastrophe", "a brazen lie",
          "a historic triumph", "a desperate provocation"]
OUTLETS = ["Daily Meridian", "The Northern Courier", "Ostrava Today", "Global Wire", "Baltic Herald"]


def sentence(rng: random.Random) -> str:
    kind = rng.randrange(5)
    a, b = rng.sample(ACTORS, 2)
    topic = rng.choice(TOPICS)
    if kind == 0:
        return f'{a.capitalize()} {rng.choice(VERBS)} that "{topic} will not be decided by {b}."'
    if kind == 1:
        return f"According to {a}, {topic} fell by {rng.randint(2, 40)} percent in the last quarter."
    if kind == 2:
        return f"The decision by {a} on {topic} is {rng.choice(LOADED)}, and everyone knows it."
    if kind == 3:
        return f"{a.capitalize()} met {b} on {rng.choice(['Monday', 'Tuesday', 'Friday'])} to discuss {topic}."
    return f"If {b} does not change course on {topic}, {a} will respond with all available means."


def article(rng: random.Random, n_paragraphs: int = 8) -> dict[str, str]:
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(n_paragraphs)]
    title = f"{rng.choice(ACTORS).capitalize()} and {rng.choice(TOPICS)}"
    return {
        "title": title,
        "text": "\n".join(paragraphs),
        "outlet": rng.choice(OUTLETS),
        "published": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def articles(n: int, *, seed: int = 7) -> list[dict[str, str]]:
    """``n`` articles of about 400-600 words, the same for the same seed."""
    rng = random.Random(seed)
    return [article(rng) | {"id": f"gen-{i}"} for i in range(n)]

"""Corpus statistics: outlet profiles, counts over time, narrative spread, actor co-occurrence, and charts.

Everything is computed from the generic ``findings`` table, so a layer that is still empty (no technique
or narrative model installed yet) shows zeros, and a new layer needs no change here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

GROUPINGS = ("outlet", "day", "week", "month", "narrative", "actor")
TIME_GROUPINGS = ("day", "week", "month")

#: How many labels the "top ..." columns list.
TOP_LABELS = 3
#: Actor pairs listed by ``--by actor``.
TOP_ACTOR_PAIRS = 50
#: Labels drawn per chart panel.
CHART_SERIES = 6

UNKNOWN = "(unknown)"


def period_of(day: str | None, by: str) -> str:
    if not day:
        return UNKNOWN
    if by == "day":
        return day
    if by == "month":
        return day[:7]
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _top(counter: Counter[str], n: int = TOP_LABELS) -> str:
    return ", ".join(f"{label} ({count})" for label, count in counter.most_common(n))


class _Corpus:
    """The few columns statistics need, loaded once."""

    def __init__(self, store: Store) -> None:
        conn = store.conn
        self.words: dict[str, int] = {}
        self.genre: dict[str, str | None] = {}
        for article_id, words, genre in conn.execute("SELECT id, words, genre FROM articles"):
            self.words[article_id] = words
            self.genre[article_id] = genre
        self.outlets: dict[str, set[str]] = defaultdict(set)
        self.first_day: dict[str, str | None] = {}
        self.appearances_by_outlet: Counter[str] = Counter()
        for article_id, outlet, day in conn.execute("SELECT article_id, outlet, day FROM appearances ORDER BY seq"):
            outlet = outlet or UNKNOWN
            self.outlets[article_id].add(outlet)
            self.appearances_by_outlet[outlet] += 1
            known = self.first_day.get(article_id)
            if day and (known is None or day < known):
                self.first_day[article_id] = day
            self.first_day.setdefault(article_id, day)
        #: article -> layer -> label -> count
        self.labels: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        self.details: dict[str, Counter[str]] = defaultdict(Counter)  # attributions' kinds per article
        for article_id, layer, label, detail, count in conn.execute(
            "SELECT article_id, layer, label, detail, count(*) FROM findings GROUP BY 1, 2, 3, 4"
        ):
            self.labels[article_id][layer][label] += count
            if layer == "attributions" and detail:
                self.details[article_id][detail] += count
        self.republished: Counter[str] = Counter()
        try:
            for outlet, count in conn.execute(
                "SELECT coalesce(p.outlet, ?), count(*) FROM republications r JOIN appearances p "
                "ON p.seq = r.appearance WHERE r.kind IN ('copy', 'partial') GROUP BY 1", (UNKNOWN,)
            ):
                self.republished[outlet] = count
            row = conn.execute("SELECT value FROM meta WHERE key = 'republications_articles'").fetchone()
            self.republication_checked = row is not None
        except Exception:  # an old store without the table: treated as never checked
            self.republication_checked = False

    def layer(self, articles: Iterable[str], layer: str) -> Counter[str]:
        total: Counter[str] = Counter()
        for a in articles:
            total.update(self.labels.get(a, {}).get(layer, Counter()))
        return total


def stats(store: Store, *, by: str = "outlet") -> list[dict[str, Any]]:
    """Rows of statistics; ``by`` is one of :data:`GROUPINGS`."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r} (choose from {', '.join(GROUPINGS)})")
    corpus = _Corpus(store)
    if by == "outlet":
        return outlet_profiles(corpus)
    if by in TIME_GROUPINGS:
        return timeline(corpus, by)
    if by == "narrative":
        return narrative_spread(corpus)
    return actor_cooccurrence(corpus)


def outlet_profiles(corpus: _Corpus) -> list[dict[str, Any]]:
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, outlets in corpus.outlets.items():
        for outlet in outlets:
            members[outlet].append(article_id)
    rows = []
    for outlet, articles in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        words = sum(corpus.words.get(a, 0) for a in articles)
        techniques = corpus.layer(articles, "techniques")
        attributions = corpus.layer(articles, "attributions")
        kinds: Counter[str] = Counter()
        for a in articles:
            kinds.update(corpus.details.get(a, Counter()))
        genres = Counter(corpus.genre.get(a) or "unknown" for a in articles)
        appearances = corpus.appearances_by_outlet[outlet]
        rows.append({
            "outlet": outlet,
            "articles": len(articles),
            "words": words,
            "genre_mix": _top(genres, 3),
            "techniques_per_1000_words": round(1000 * sum(techniques.values()) / words, 2) if words else 0.0,
            "top_techniques": _top(techniques),
            "top_frames": _top(corpus.layer(articles, "frames")),
            "top_narratives": _top(corpus.layer(articles, "narratives")),
            "attributions_per_article": round(sum(attributions.values()) / len(articles), 2),
            "sourcing": _top(kinds, 4),
            "republished_share": (round(corpus.republished[outlet] / appearances, 3)
                                  if corpus.republication_checked and appearances else None),
        })
    return rows


def timeline(corpus: _Corpus, by: str) -> list[dict[str, Any]]:
    periods: dict[str, list[str]] = defaultdict(list)
    for article_id, day in corpus.first_day.items():
        periods[period_of(day, by)].append(article_id)
    rows = []
    for period in sorted(periods, key=lambda p: (p == UNKNOWN, p)):
        articles = periods[period]
        words = sum(corpus.words.get(a, 0) for a in articles)
        techniques = corpus.layer(articles, "techniques")
        narratives = corpus.layer(articles, "narratives")
        rows.append({
            by: period,
            "articles": len(articles),
            "words": words,
            "techniques": sum(techniques.values()),
            "techniques_per_1000_words": round(1000 * sum(techniques.values()) / words, 2) if words else 0.0,
            "top_techniques": _top(techniques),
            "narratives": sum(narratives.values()),
            "top_narratives": _top(narratives),
        })
    return rows


def narrative_spread(corpus: _Corpus) -> list[dict[str, Any]]:
    holders: dict[str, list[str]] = defaultdict(list)
    for article_id, layers in corpus.labels.items():
        for label in layers.get("narratives", {}):
            holders[label].append(article_id)
    rows = []
    for label, articles in sorted(holders.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        days = sorted(d for a in articles if (d := corpus.first_day.get(a)))
        outlets: Counter[str] = Counter(o for a in articles for o in corpus.outlets.get(a, ()))
        rows.append({
            "narrative": label, "articles": len(articles), "outlets": len(outlets),
            "first_seen": days[0] if days else None, "last_seen": days[-1] if days else None,
            "top_outlets": _top(outlets),
        })
    return rows


def actor_cooccurrence(corpus: _Corpus) -> list[dict[str, Any]]:
    pairs: Counter[tuple[str, str]] = Counter()
    for layers in corpus.labels.values():
        actors = sorted(layers.get("actors", {}))
        pairs.update(combinations(actors, 2))
    return [{"actor": a, "with": b, "articles": n} for (a, b), n in pairs.most_common(TOP_ACTOR_PAIRS)]


def chart(store: Store, path: str | Path, *, by: str = "month") -> Path:
    """Draw technique and narrative rates over time (``by`` a period) or by outlet into a PNG or SVG file."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"chart file must end in .png or .svg, not {path.suffix or '(none)'}")
    corpus = _Corpus(store)
    groups: dict[str, list[str]] = defaultdict(list)
    if by == "outlet":
        for article_id, outlets in corpus.outlets.items():
            for outlet in outlets:
                groups[outlet].append(article_id)
        keys = sorted(groups, key=lambda k: -len(groups[k]))[:20]
    else:
        grouping = by if by in TIME_GROUPINGS else "month"
        for article_id, day in corpus.first_day.items():
            if day:
                groups[period_of(day, grouping)].append(article_id)
        keys = sorted(groups)
    fig, axes = plt.subplots(3, 1, figsize=(11, 10), sharex=True)
    x = list(range(len(keys)))
    axes[0].bar(x, [len(groups[k]) for k in keys], color="#888888")
    axes[0].set_ylabel("articles")
    for ax, layer, ylabel in ((axes[1], "techniques", "techniques per 1,000 words"),
                              (axes[2], "narratives", "share of articles")):
        totals = corpus.layer([a for k in keys for a in groups[k]], layer)
        labels = [label for label, _ in totals.most_common(CHART_SERIES)]
        for label in labels:
            ys = []
            for k in keys:
                arts = groups[k]
                count = corpus.layer(arts, layer)[label]
                if layer == "techniques":
                    words = sum(corpus.words.get(a, 0) for a in arts)
                    ys.append(1000 * count / words if words else 0.0)
                else:
                    ys.append(sum(1 for a in arts if label in corpus.labels.get(a, {}).get(layer, {})) / len(arts))
            ax.plot(x, ys, marker="o", label=label[:50])
        if labels:
            ax.legend(fontsize=7, loc="upper left")
        else:
            ax.text(0.5, 0.5, f"no {layer} in the store yet", transform=ax.transAxes, ha="center", va="center")
        ax.set_ylabel(ylabel)
    axes[-1].set_xticks(x)
    axes[-1].set_xticklabels(keys, rotation=60, ha="right", fontsize=7)
    axes[0].set_title(f"spinscope corpus: {len(corpus.words):,} articles by {by}")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path

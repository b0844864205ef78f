"""Roles in cached `analyze` results: per article the genre, narratives, technique count and every cast actor.

python scripts/roles43/summary.py DIR [--rows]   (DIR of run_analyze.py JSON files; --rows: one line per role)."""
import json
import sys
from pathlib import Path


def load(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}


def cast(doc: dict) -> list[tuple[str, str, float]]:
    return [(a["name"], r["label"], r["score"]) for a in doc["actors"] for r in a.get("roles", [])]


def main() -> None:
    docs = load(Path(sys.argv[1]))
    n_roles = 0
    scores = []
    with_roles = 0
    for stem, doc in docs.items():
        roles = cast(doc)
        n_roles += len(roles)
        with_roles += bool(roles)
        scores += [s for _, _, s in roles]
        genre = doc.get("genre") or {}
        narr = ",".join(f'{n["label"][:28]}:{n["score"]:.2f}' for n in doc.get("narratives", []))
        print(f'{stem} genre={genre.get("label")}:{genre.get("score", 0):.2f} tech={len(doc.get("techniques", []))} '
              f'narr={narr} roles={len(roles)}')
        if "--rows" in sys.argv:
            for name, label, score in roles:
                print(f"    {name} | {label} | {score:.2f}")
    scores.sort()
    mean = sum(scores) / len(scores) if scores else 0.0
    print(f"articles {len(docs)}; with a role {with_roles}; roles {n_roles}; mean score {mean:.3f}; "
          f">=0.7 {sum(s >= 0.7 for s in scores)}; >=0.8 {sum(s >= 0.8 for s in scores)}")


if __name__ == "__main__":
    main()

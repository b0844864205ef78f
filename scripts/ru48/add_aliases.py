#!/usr/bin/env python3
"""Round 48 (ru48): add the Cyrillic names Russian news give Western outlets to their entries in
src/spinscope/resources/sources.toml (run once; kept to show how the aliases were added). Each form is the outlet's
name as Russian wires spell it (transliterated, indeclinable after "агентство" / "газета" / "телеканал"), plus
the case forms of the one that declines as a noun ("Блумберга", "Шпигеля"). Names that are also a common word or a
person's name alone are left out ("Таймс", "Пост", "Монд")."""

from __future__ import annotations

import re
from pathlib import Path

TABLE = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "sources.toml"

CYRILLIC48 = {
    "Reuters": ["Рейтер", "Рейтерс", "Рейтерз"],
    "Associated Press": ["Ассошиэйтед Пресс", "Ассошиэйтед пресс", "Ассошиейтед Пресс", "Ассошиейтед пресс"],
    "Agence France-Presse": ["Франс Пресс", "Франс-Пресс", "Франс пресс", "Франс-пресс"],
    "The New York Times": ["Нью-Йорк таймс", "Нью-Йорк Таймс"],
    "The Washington Post": ["Вашингтон пост", "Вашингтон Пост"],
    "Bloomberg": ["Блумберг", "Блумберга", "Блумбергу", "Блумбергом", "Блумберге"],
    "Politico": ["Политико"],
    "Der Spiegel": ["Шпигель", "Шпигеля", "Шпигелю", "Шпигеле"],
    "Le Monde": ["Ле Монд"],
    "The Guardian": ["Гардиан"],
    "BBC": ["Би-би-си", "Би-Би-Си"],
    "Financial Times": ["Файненшл таймс", "Файнэншл таймс", "Файненшл Таймс", "Файнэншл Таймс"],
    "Axios": ["Аксиос"],
    "CNN": ["Си-эн-эн", "Си-Эн-Эн"],
    "Fox News": ["Фокс ньюс", "Фокс Ньюс"],
    "NBC News": ["Эн-би-си", "Эн-Би-Си"],
    "CBS News": ["Си-би-эс", "Си-Би-Эс"],
    "ABC News": ["Эй-би-си", "Эй-Би-Си"],
    "CNBC": ["Си-эн-би-си", "Си-Эн-Би-Си"],
    "The Wall Street Journal": ["Уолл-стрит джорнэл", "Уолл-Стрит джорнэл", "Уолл-стрит джорнал", "Уолл-Стрит джорнал",
                                "Уолл-стрит Джорнэл", "Уолл-Стрит Джорнэл", "Уолл-стрит Джорнал", "Уолл-Стрит Джорнал"],
    "Newsweek": ["Ньюсуик"],
    "The Daily Telegraph": ["Дейли телеграф", "Дейли Телеграф"],
    "Daily Mail": ["Дейли мейл", "Дейли Мейл"],
    "Sky News": ["Скай ньюс", "Скай Ньюс"],
    "Bild": ["Бильд"],
    "Le Figaro": ["Фигаро"],
    "Deutsche Welle": ["Дойче велле", "Дойче Велле"],
    "Voice of America": ["Голос Америки"],
    "Radio Free Europe/Radio Liberty": ["Радио Свобода", "Радио Свободная Европа"],
}


def main() -> None:
    text = TABLE.read_text(encoding="utf-8")
    for name, forms in CYRILLIC48.items():
        head = re.search(rf'(?m)^name = "{re.escape(name)}"\n', text)
        assert head is not None, name
        nxt = text.find("\n\n", head.end())
        block = text[head.end():nxt]
        al = re.search(r'(?m)^aliases = \[(.*?)\]', block, re.S)
        quoted = ", ".join(f'"{f}"' for f in forms)
        if al is None:
            new = f"aliases = [{quoted}]  # round 48 (ru48): the Cyrillic names\n" + block
        else:
            inner = al.group(1)
            new = block[:al.start()] + f"aliases = [{inner}, {quoted}]" + block[al.end():]
            new = new.replace("\n", "  # round 48 (ru48): + the Cyrillic names\n", 1) \
                if "#" not in block[al.start():block.find("\n", al.start())] else new
        text = text[:head.end()] + new + text[nxt:]
    TABLE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How often ``decode_bytes`` gives back the text that was written, for texts in legacy single-byte code pages.

Each sentence below was written for this check (no article text). Every sentence is encoded in each code page that
can hold it, on its own (short: one sentence, the hard case for language identification) and repeated four times
(a short paragraph), and decoded by ``spinscope.ingest.readers.decode_bytes``. A decoding counts as right when it
gives back exactly the text that was written.

    PYTHONPATH=src python scripts/lead59/encodings.py
"""

from __future__ import annotations

from collections import Counter

from spinscope.ingest.readers import decode_bytes

#: (language, sentence, code pages that writers of that language used before UTF-8)
SENTENCES = [
    ("en", "Officials said the naïve plan would cost €5 million – a figure critics called “absurd”.",
     ["cp1252"]),
    ("en", "The café’s owner, José Núñez, said prices rose in São Paulo.", ["cp1252", "latin-1"]),
    ("en", "The résumé was sent to the ministry’s office on Friday.", ["cp1252", "latin-1"]),
    ("fr", "Le ministre a déclaré que la réforme était nécessaire pour l’économie.", ["cp1252", "latin-1"]),
    ("fr", "Les élèves ont été très déçus par la décision annoncée à Genève.", ["cp1252", "latin-1"]),
    ("de", "Der Präsident sagte, die Gespräche über die Zölle würden fortgesetzt.", ["cp1252", "latin-1"]),
    ("es", "El señor Muñoz dijo que la situación económica había mejorado.", ["cp1252", "latin-1"]),
    ("pt", "O governo anunciou que as negociações com os sindicatos não avançaram.", ["cp1252", "latin-1"]),
    ("it", "Il ministro ha detto che la città non può più aspettare.", ["cp1252", "latin-1"]),
    ("pl", "Prezydent powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.", ["cp1250", "iso8859_2"]),
    ("cs", "Předseda vlády řekl, že jednání budou pokračovat příští týden.", ["cp1250", "iso8859_2"]),
    ("hu", "A miniszter szerint a tárgyalások jövő héten folytatódnak.", ["cp1250", "iso8859_2"]),
    ("ru", "Президент заявил, что переговоры будут продолжены на следующей неделе.", ["cp1251", "koi8_r"]),
    ("ru", "Представитель министерства сообщил, что соглашение будет подписано.", ["cp1251", "koi8_r"]),
    ("ru", "По словам источника, Москва не получала официального ответа.", ["cp1251", "koi8_r"]),
    ("ru", "Пресс-секретарь Кремля отметил, что визит пока не планируется.", ["cp1251", "koi8_r"]),
    ("ru", "Как сообщило агентство, переговоры прошли в Минске в пятницу.", ["cp1251", "koi8_r"]),
    ("ru", "Эксперты считают, что цены на газ вырастут уже этой зимой.", ["cp1251", "koi8_r"]),
    ("uk", "Міністр заявив, що переговори продовжаться наступного тижня.", ["cp1251"]),
    ("bg", "Министърът заяви, че преговорите ще продължат следващата седмица.", ["cp1251"]),
    ("el", "Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.", ["cp1253", "iso8859_7"]),
    ("tr", "Bakan, görüşmelerin önümüzdeki hafta devam edeceğini söyledi.", ["cp1254", "iso8859_9"]),
    ("lt", "Ministras sakė, kad derybos bus tęsiamos kitą savaitę.", ["cp1257", "iso8859_13"]),
]


def main() -> None:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for language, sentence, codecs in SENTENCES:
        for codec in codecs:
            for shape, text in (("sentence", sentence), ("paragraph", " ".join([sentence] * 4))):
                try:
                    data = text.encode(codec)
                except UnicodeEncodeError:
                    continue
                decoded = decode_bytes(data, source="check")
                total[shape] += 1
                if decoded == text:
                    right[shape] += 1
                else:
                    print(f"wrong  {language} {codec:10} {shape:9} {decoded[:70]!r}")
    for shape in ("sentence", "paragraph"):
        print(f"{shape}: {right[shape]}/{total[shape]} decoded right")


if __name__ == "__main__":
    main()

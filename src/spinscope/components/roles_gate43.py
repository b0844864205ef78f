"""Roles withheld where the article gives no sign of casting anyone (round 43 of roles, issue 17).

``roles.v1`` applies a model trained on SemEval-2025 narrative articles (the war in Ukraine, climate change) to
every article, and on plain wire news it casts nearly every main actor: a match report's batsmen come out
Antagonist, a two-voice political report's minister and opposition leader Protagonist (round 43 measured 103 roles
on 40 Lee wire articles, 23 of 24 hand-judged wrong; docs/EVALUATION.md, "Roles on straight news, round 41").

``roles_gate43.v1`` runs after ``narratives.v1`` and removes every role of an article that names neither domain of
the role model's data (:func:`names_domain`, the words with which ``narratives.v1`` already calls an article Other
by rule): there the roles were the unmeasured guesses the W501 warning of ``roles.v1`` spoke of. On the 164
SemEval-2025 English articles with role gold it withholds the roles of one article (an article about another war,
2 of 303 correct main roles lost); on the 40 Lee articles, 99 of 103 roles.

Measured and not adopted (round 43): withholding roles also in an in-domain report (``genre.v1`` "reporting") whose
narratives are only "Other" lost 52 of the 303 correct SemEval-2025 roles (29 articles), and with at most two
persuasion findings 17 of them; the annotators cast actors in such articles.

Where it removes roles, the W501 warning (about roles no longer shown) is replaced by W543, which says why. Actors,
their mentions and tone are kept. ``predict semeval2025`` never runs this component (its subtask-1 entities are
cast by construction), so its output does not change.
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import register
from ..settings import ENGLISH
from .narrative_domains import names_domain


def no_casting_reason43(text: str) -> str | None:
    """Why the article shows no sign of casting anyone (module docstring), else None."""
    if not (names_domain(text, "URW") or names_domain(text, "CC")):
        return ("the article names neither the war in Ukraine nor climate change, the two domains the role model "
                "was trained and measured on")
    return None


@register("roles_gate43.v1", requires=("text", "actors"), assigns=("actors",))
class RolesGate43:
    """Removes the roles of an article that gives no sign of casting anyone (it names neither role domain)."""

    name = "roles_gate43.v1"
    languages = ENGLISH

    def __call__(self, doc: Document) -> Document:
        if not any(a.roles for a in doc.actors):
            return doc
        reason = no_casting_reason43(doc.text)
        if reason is None:
            return doc
        doc.actors = [a.model_copy(update={"roles": []}) if a.roles else a for a in doc.actors]
        doc.errors = [e for e in doc.errors if not (e.component == "roles.v1" and e.code == "W501")]
        doc.warn(self.name, "W543", f"roles withheld: {reason}; no actor is shown as cast")
        return doc

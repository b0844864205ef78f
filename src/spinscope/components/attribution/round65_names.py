"""Attributions, round 65 (issue 16): a person's name that the parser made the modifier of a verb read as a noun.

``speakers._article_people`` marks a name that modifies a following common noun ("a close Putin ally") as no
candidate for a later "he"/"she" (a ``modifier`` mention). On a sentence with no verb at its root, the parser reads
a present-tense verb after a name as a plural noun and the name as its compound ("... winger Ian Mackay begs to
differ": "begs" a noun, the sentence's root; "On Sunday Ian Mackay begs to differ, and ...": "begs" the object of
the opening "On"): the person is then lost, and "he said" goes to someone named before (round 62 repaired one
such shape after the fact: a "He" opening the next sentence). ``name_heads_verbless_65`` tells that shape from a
real modifier, so that the mention stays a candidate and counts as its sentence's subject:

- the name's root is a compound or adjectival modifier of the common noun right after the name (nothing between);
- that noun is lower-case, has no determiner, possessive, number or adjective of its own, and is no subject or
  object of a finite verb (it is the sentence's root or the object of a preposition that is the root);
- the sentence's root is no verb or auxiliary (a real modifier's sentence has its verb: "a close Putin ally said");
  or else the noun is the subject of an infinitive ("begs" the subject of "to differ": an infinitive takes no
  subject of its own, so the noun is the finite verb the parser missed).

No imports from the rest of the package: ``speakers`` imports it.
"""

from __future__ import annotations

from typing import Any

#: The dependents that make a noun a real noun phrase of its own ("the Putin government", "two Smith sisters").
NOUN_PHRASE_DEPS_65 = frozenset({"det", "poss", "nummod", "amod", "predet"})


def name_heads_verbless_65(ent: Any) -> bool:
    """Whether the name ``ent`` (a spaCy span) is read as the modifier of a verb taken for a noun (the module's
    notes): then the name is its sentence's subject, not a modifier."""
    root = ent.root
    head = root.head
    if root.dep_ not in ("compound", "amod") or head.pos_ != "NOUN" or head.i != ent.end:
        return False
    if not head.text[:1].islower() or any(c.dep_ in NOUN_PHRASE_DEPS_65 for c in head.children):
        return False
    verb = head.head
    if head.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i > head.i and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return True  # "Ian Mackay begs to differ" read as noun "begs", subject of the infinitive "to differ"
    sent_root = ent.sent.root
    if sent_root.pos_ in ("VERB", "AUX"):
        return False
    return head.i == sent_root.i or (head.dep_ == "pobj" and head.head.i == sent_root.i)


__all__ = ["name_heads_verbless_65"]

"""The leading noun phrase of an organisation or place name, shared by both canonicalisers.

Both are a leading noun phrase (modifiers agreeing with a head noun) followed by a fixed
complement ("Σύλλογος | Εθελοντών Αιμοδοτών Ιωαννίνων", "Κερατέα | Αττικής"). Only the
leading phrase is put in the nominative; the head noun's own form (from the head lexicon)
tells the case when no article does, and each modifier is checked against the head's
gender and case with ``word_forms`` before it is changed.
"""

from __future__ import annotations

from collections.abc import Mapping

from keryx.lang.el.text import fold
from keryx.linking.names.inflection import (
    _CASE_ORDER,
    _ORDINAL,
    _inflect_to_nom,
    _is_greek_word,
    _looks_adjective,
    _modifier_nominative,
    _restyle,
    contracted_genitive,
)
from keryx.linking.names.lexicon import NameEntry, NameLexicon


def _is_modifier(word: str, lex: NameLexicon) -> bool:
    """An adjective or ordinal that can stand before a head noun ("Ελληνικού", "Ερυθρό", "1ου",
    "Διεθνούς")."""
    return _looks_adjective(word) or bool(_ORDINAL.match(word)) or fold(word) in lex.plain_adjectives \
        or contracted_genitive(word)


def _strip_leading(words: list[str], lex: NameLexicon) -> tuple[list[str], str | None, str | None]:
    case = gender = None
    while len(words) > 1 and fold(words[0]) in lex.articles:
        c, g = lex.articles[fold(words[0])]
        case, gender = c or case, g or gender
        words = words[1:]
    return words, case, gender


def _head_candidates(word: str, heads: Mapping[str, tuple[NameEntry, ...]], gender: str | None,
                     case: str | None) -> tuple[NameEntry, ...]:
    """Singular readings of ``word`` as a known head noun, narrowed by the article's hints."""
    cands = tuple(c for c in heads.get(fold(word), ()) if any(s.endswith("_sg") for s in c.slots))
    if gender:
        cands = tuple(c for c in cands if c.gender == gender) or cands
    if case:
        cands = tuple(c for c in cands if f"{case}_sg" in c.slots) or cands
    return cands


def _head_case(entry: NameEntry, hint: str | None) -> str | None:
    """Case told by the head noun's own form ("Σύλλογο": acc, "Δήμου": gen), the article's if it fits.

    An indeclinable head ("Μετρό") tells nothing: None lets each modifier show its own case.
    """
    cases = {s.split("_")[0] for s in entry.slots if s.endswith("_sg")}
    if hint in cases:
        return hint
    if {"nom", "gen", "acc"} <= cases:
        return None
    return next((c for c in _CASE_ORDER if c in cases), "nom")


def _name_word(word: str, all_caps: bool, lex: NameLexicon) -> bool:
    """A word that can belong to the leading noun phrase: Greek, not an article, not an acronym."""
    if _ORDINAL.match(word):
        return True
    if not _is_greek_word(word) or fold(word) in lex.articles or fold(word) == "και":
        return False
    return all_caps or not (word.isupper() and len(word) > 1)


def _find_head(words: list[str], lex: NameLexicon, heads: Mapping[str, tuple[NameEntry, ...]],
               gender: str | None, case: str | None) -> tuple[int, NameEntry] | None:
    """Index and lexicon entry of the head noun after leading modifiers, if a known head is there."""
    all_caps = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    for i, w in enumerate(words[:6]):
        if fold(w) == "και" and 0 < i < len(words) - 1 and _is_modifier(words[i - 1], lex):
            continue  # "Εμπορικού και Βιομηχανικού Επιμελητηρίου"
        if not _name_word(w, all_caps, lex):
            return None
        cands = _head_candidates(w, heads, gender, case)
        if cands:
            nxt = heads.get(fold(words[i + 1]), ()) if i + 1 < len(words) else ()
            # "Δημοτικό Θέατρο": an adjective-like head followed by a head of its gender is a
            # modifier; "Κλινική Πανεπιστημίου" (genders differ) is head + complement
            same = any(c.gender == cands[0].gender for c in nxt)
            if not (same and _is_modifier(w, lex) and _name_word(words[i + 1], all_caps, lex)):
                return i, cands[0]
        if not _is_modifier(w, lex):
            return None
    return None


def _inflect_phrase(words: list[str], head_i: int, entry: NameEntry | None, gender: str,
                    case: str | None) -> list[str]:
    """Modifiers and head to the nominative; everything after the head is kept."""
    out = []
    for w in words[:head_i]:
        out.append(w if fold(w) == "και" else _modifier_nominative(w, gender, case))
    head = words[head_i]
    out.append(_restyle(head, entry.nominative) if entry else _inflect_to_nom(head, gender, case))
    return out + words[head_i + 1:]


def _leading_phrase_end(words: list[str], lex: NameLexicon) -> int:
    """Index of the noun that ends the leading phrase: the first word after the modifiers."""
    all_caps = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    i = 0
    while i < min(len(words), 4) - 1 and _is_modifier(words[i], lex) and _name_word(words[i + 1], all_caps, lex):
        i += 1
    return i

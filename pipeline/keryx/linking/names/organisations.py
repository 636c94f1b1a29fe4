"""Organisation names to the nominative: "της Περιφερειακής Ένωσης Δήμων Αττικής" ->
"Περιφερειακή Ένωση Δήμων Αττικής"."""

from __future__ import annotations

import re

from keryx.lang.el.text import greek_ratio
from keryx.linking.names.inflection import _ending_case, _ending_gender, _morph_hint
from keryx.linking.names.lexicon import NameLexicon
from keryx.linking.names.phrases import (
    _find_head,
    _head_case,
    _inflect_phrase,
    _leading_phrase_end,
    _strip_leading,
)

_DASH_SPLIT = re.compile(r"(\s+[-–—]\s+)")


def organisation_nominative(
    text: str, morph: list[dict[str, str]] | None = None, lexicon: NameLexicon | None = None
) -> str:
    """Nominative of an organisation name: leading article dropped, leading adjectives + head noun
    inflected, the genitive complement kept ("της Περιφερειακής Ένωσης Δήμων Αττικής" ->
    "Περιφερειακή Ένωση Δήμων Αττικής", "Σύλλογο Εθελοντών" -> "Σύλλογος Εθελοντών")."""
    lex = lexicon or NameLexicon.default()
    parts = _DASH_SPLIT.split(text.strip())
    if len(parts) > 1:
        # "Λιμενικού Σώματος - Ελληνικής Ακτοφυλακής": a later part is a name of its own only
        # when it has a known head ("Περιφέρεια Ανατολικής Μακεδονίας - Θράκης" has none).
        out = [_organisation_nominative(parts[0], morph, lex)]
        for sep, part in zip(parts[1::2], parts[2::2]):
            words, case, gender = _strip_leading(part.split(), lex)
            known = words and _find_head(words, lex, lex.org_heads, gender, case) is not None
            out += [sep, _organisation_nominative(part, None, lex) if known else part]
        return "".join(out)
    return _organisation_nominative(text, morph, lex)


def _organisation_nominative(text: str, morph: list[dict[str, str]] | None, lex: NameLexicon) -> str:
    words = text.split()
    if not words:
        return text.strip()
    words, case, gender = _strip_leading(words, lex)
    if case == "gen" and gender == "m":
        gender = None  # "του" is masculine or neuter
    if morph and not case:
        case, g = _morph_hint(morph[0])
        gender = gender or g
    if case == "nom" or greek_ratio(" ".join(words)) < 0.5:
        return " ".join(words)
    found = _find_head(words, lex, lex.org_heads, gender, case)
    if found is not None:
        head_i, entry = found
        return " ".join(_inflect_phrase(words, head_i, entry, entry.gender, _head_case(entry, case)))
    # no known head: leading modifiers, then the noun
    head_i = _leading_phrase_end(words, lex)
    if case is None:
        case = _ending_case(words[head_i])
    if case == "nom":
        return " ".join(words)
    gender = gender or _ending_gender(words[head_i])
    return " ".join(_inflect_phrase(words, head_i, None, gender, case))

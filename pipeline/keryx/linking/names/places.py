"""Place names to the nominative: gazetteer first ("της Αθήνας" -> "Αθήνα"), then head
nouns and suffix rules ("της Λεωφόρου Κηφισίας" -> "Λεωφόρος Κηφισίας")."""

from __future__ import annotations

from keryx.lang.el.grammar import nominative_genders
from keryx.lang.el.text import fold, greek_ratio
from keryx.linking.names.inflection import (
    _ending_case,
    _inflect_to_nom,
    _is_greek_word,
    _morph_hint,
    _restyle,
    _suffix_map,
)
from keryx.linking.names.lexicon import NameLexicon
from keryx.linking.names.phrases import (
    _find_head,
    _head_case,
    _inflect_phrase,
    _leading_phrase_end,
    _strip_leading,
)


def _place_word(word: str, gender: str | None, case: str | None, lex: NameLexicon) -> str:
    """One place-name word to the nominative: gazetteer first, then suffix rules."""
    if "-" in word.strip("-"):
        return "-".join(_place_word(p, gender, case, lex) if p else p for p in word.split("-"))
    nom = lex.places.get((fold(word),))
    if nom is not None:
        return _restyle(word, nom)
    if not _is_greek_word(word) or (word.isupper() and len(word) <= 4):
        return word
    if gender == "f" and word.endswith("ού"):
        # "της Γκουανγκτσού": a feminine name in stressed -ού is written so in every case (the
        # few Greek feminines in -ός, "Λεμεσός", "Αμοργός", are gazetteer rows)
        return word
    f = fold(word)
    g = gender
    if g is None or (g == "m" and case == "gen"):
        if f.endswith(("ησ", "ασ")) and case != "acc":
            g = "f"
        elif f.endswith(("ιου", "ειου")):
            g = "n"
        elif f.endswith("ου"):
            g = "m"
        elif f.endswith("α") and case == "gen" and gender == "m":
            return _suffix_map(word, (("ά", "άς"), ("α", "ας"))) or word
    if g is None:
        return word
    return _inflect_to_nom(word, g, case or "gen")


def place_nominative(
    text: str, morph: list[dict[str, str]] | None = None, lexicon: NameLexicon | None = None,
    hint: tuple[str | None, str | None] | None = None,
) -> str:
    """Nominative of a place name ("της Αθήνας" -> "Αθήνα", "στο Πεδίον Άρεως" -> "Πεδίον Άρεως").

    Only the leading noun phrase is inflected: a following genitive is part of the name
    ("ΚΕΡΑΤΕΑ ΑΤΤΙΚΗΣ", "της Λεωφόρου Κηφισίας" -> "Λεωφόρος Κηφισίας"). ``hint`` is the case and
    gender that the words before the text tell (its article, outside the span), used when the
    text has no article of its own.
    """
    lex = lexicon or NameLexicon.default()
    words = text.split()
    if not words:
        return text.strip()
    words, case, gender = _strip_leading(words, lex)
    if hint is not None and case is None and gender is None:
        case, gender = hint
    key = tuple(fold(w) for w in words)
    if key in lex.place_spellings:
        return " ".join(words)  # "Ουάσιγκτον": another spelling of the place, a nominative as written
    if key in lex.places:
        return _restyle(" ".join(words), lex.places[key]) if len(words) == 1 else _restyle_phrase(words, lex.places[key])
    if morph and not case:
        case, g = _morph_hint(morph[-1])
        gender = gender or g
    if greek_ratio(" ".join(words)) < 0.5 or case == "nom":
        return " ".join(words)
    found = _find_head(words, lex, lex.place_heads, None if case == "gen" and gender == "m" else gender, case)
    if found is not None:
        head_i, entry = found
        return " ".join(_inflect_phrase(words, head_i, entry, entry.gender, _head_case(entry, case)))
    for n in range(len(words) - 1, 0, -1):
        if key[:n] in lex.places:  # gazetteer place + qualifier: "Κερατέας Αττικής"
            return " ".join([_restyle_phrase(words[:n], lex.places[key[:n]]), *words[n:]])
    head_i = _leading_phrase_end(words, lex)
    if head_i and _ending_case(words[0]) != _ending_case(words[head_i]):
        head_i = 0  # "Νέα Αλικαρνασσού": a nominative and a genitive do not make one phrase
    if head_i and (gender is None or (gender == "m" and case == "gen")):
        # "(του) Ανατολικού Αιγαίου": the modifiers agree with their noun, whose nominative may tell
        # its gender by its ending ("Αιγαίο": neuter, so "Ανατολικό", not the masculine "Ανατολικός";
        # "του" is the genitive of both)
        told = nominative_genders(_place_word(words[head_i], None, case, lex))
        gender = next(iter(told)) if len(told) == 1 else gender
    out = [_place_word(w, gender, case, lex) for w in words[: head_i + 1]]
    return " ".join(out + words[head_i + 1:])


def _restyle_phrase(src_words: list[str], nominative: str) -> str:
    """Letter case of a multi-word source applied to a gazetteer nominative."""
    if all(w.isupper() for w in src_words if any(c.isalpha() for c in w)):
        return _restyle(" ".join(src_words), nominative)
    return nominative

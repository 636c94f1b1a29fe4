"""Organisation names to the nominative: "της Περιφερειακής Ένωσης Δήμων Αττικής" ->
"Περιφερειακή Ένωση Δήμων Αττικής"."""

from __future__ import annotations

import re

from keryx.lang.el.grammar import genitive_endings_of
from keryx.lang.el.text import fold, greek_ratio
from keryx.linking.names.inflection import (
    _ending_case,
    _ending_gender,
    _is_greek_word,
    _morph_hint,
    _restyle,
    contracted_genitive,
)
from keryx.linking.names.lexicon import NameEntry, NameLexicon
from keryx.linking.names.phrases import (
    _find_head,
    _head_candidates,
    _head_case,
    _inflect_phrase,
    _is_modifier,
    _leading_phrase_end,
    _name_word,
    _strip_leading,
)

_DASH_SPLIT = re.compile(r"(\s+[-–—]\s+)")
_LOWER_WORDS = frozenset({"του", "τησ", "των", "και", "για"})


def capitalised_name(name: str) -> str:
    """"Φυλακές Κορυδαλλού" for "φυλακές Κορυδαλλού": a body's (or a venue's) name whose head the
    text writes in lower case, as a name is written; articles and conjunctions stay lower case."""
    if not name[:1].islower():
        return name
    return " ".join(w if fold(w) in _LOWER_WORDS else w[:1].upper() + w[1:] for w in name.split())


def _is_acronym(word: str, lex: NameLexicon) -> bool:
    """One word in capitals that no head noun has as a form ("ΠΟΥ", "ΕΛ.ΑΣ", but not "ΔΗΜΟΥ")."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    return "." in word.strip(".") or fold(word) not in lex.org_heads


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
        # A dash after a complement joins two complements ("Σχολείου Αναβρύτων Γυμνασίου - Λυκείου"),
        # not two names: a later part is a name only when the first part ends in its head.
        first, case, gender = _strip_leading(parts[0].split(), lex)
        head = (_find_head(first, lex, lex.org_heads, gender, case)
                or _head_after_unknown_modifier(first, lex, gender, case)) if first else None
        in_complement = head is not None and head[0] < len(first) - 1
        out = [_organisation_nominative(parts[0], morph, lex)]
        for sep, part in zip(parts[1::2], parts[2::2]):
            words, case, gender = _strip_leading(part.split(), lex)
            known = words and not in_complement and _find_head(words, lex, lex.org_heads, gender, case) is not None
            out += [sep, _organisation_nominative(part, None, lex) if known else part]
        return "".join(out)
    return _organisation_nominative(text, morph, lex)


# "Α'", "Β΄", "ΣΤ'": a numeral letter and its prime, which numbers one body of a kind ("Α' Τριμελές
# Εφετείο", "της Γ' Χειρουργικής Κλινικής") and takes no case ending
LETTER_ORDINAL = re.compile(r"(?:ΣΤ|[Α-ΩA-Z])['΄’ʹ]")


def _organisation_nominative(text: str, morph: list[dict[str, str]] | None, lex: NameLexicon) -> str:
    words = text.split()
    if not words:
        return text.strip()
    words, case, gender = _strip_leading(words, lex)
    if len(words) > 1 and LETTER_ORDINAL.fullmatch(words[0]):
        # "της Β' Παθολογικής Κλινικής": the numeral stays, the name after it takes the nominative
        article = [text.split()[len(text.split()) - len(words) - 1]] if len(text.split()) > len(words) else []
        rest = _organisation_nominative(" ".join(article + words[1:]), morph, lex)
        return f"{words[0]} {rest}"
    if len(words) == 1 and _is_acronym(words[0], lex):
        return words[0]  # "ΕΛ.ΑΣ", "ΠΟΥ": an acronym has no case endings to change
    if case == "gen" and gender == "m":
        gender = None  # "του" is masculine or neuter
    if morph and not case:
        case, g = _morph_hint(morph[0])
        gender = gender or g
    if case == "nom":
        return " ".join(words)
    if greek_ratio(" ".join(words)) < 0.5:
        # "του Ομίλου Inditex", "του Ιδρύματος Bill & Melinda Gates": a Greek head noun before a name in
        # another script takes the nominative, the name stays as written; a name with no Greek head
        # first ("της Bank of America") has no Greek ending to change
        found = _find_head(words, lex, lex.org_heads, gender, case) if _is_greek_word(words[0]) else None
        if found is None or found[0] != 0:
            return " ".join(words)
        return " ".join(_inflect_phrase(words, 0, found[1], found[1].gender, _head_case(found[1], case)))
    body = body_head_nominative(words, lex)
    if body is not None:
        return body
    found = _find_head(words, lex, lex.org_heads, gender, case) or _head_after_unknown_modifier(words, lex, gender, case)
    if found is not None:
        head_i, entry = found
        return " ".join(_inflect_phrase(words, head_i, entry, entry.gender, _head_case(entry, case)))
    if len(words) > 1 and _is_acronym(words[0], lex) and ("." in words[0] or len(words[0]) <= 4):
        # "του ΓΑΣ Αστραπής", "της ΠΑΕ Ολυμπιακός": a short acronym before the name has no case
        # endings, and the name after it stands as written, in the nominative or the genitive
        return " ".join(words)
    # no known head: leading modifiers, then the noun
    head_i = _agreeing_phrase_end(words, lex)
    if case is None:
        case = _ending_case(words[head_i])
    if case == "nom":
        return " ".join(words)
    gender = gender or _ending_gender(words[head_i])
    return " ".join(_inflect_phrase(words, head_i, None, gender, case))


def _head_after_unknown_modifier(words: list[str], lex: NameLexicon, gender: str | None,
                                 case: str | None) -> tuple[int, NameEntry] | None:
    """"του Πρότυπου Σχολείου", "της Ισόβιας Αρχής": a known head noun second, after a capitalised word
    no adjective test knows that ends in the head's own genitive ("-ου" before "-ου", "-ης"/"-ας" before
    either), is that word's noun: the word is an adjective agreeing with it (a noun in the genitive
    follows its head, "Ίδρυμα Ωνάση", it does not go before it). Not a place ("Πειραιά Λιμένα")."""
    if len(words) < 2 or case not in (None, "gen") or not _is_greek_word(words[0]) or not words[0][:1].isupper() \
            or words[0].isupper() or (fold(words[0]),) in lex.places or fold(words[0]) in lex.org_heads:
        return None
    cands = _head_candidates(words[1], lex.org_heads, gender, "gen")
    if not cands or "gen_sg" not in cands[0].slots:
        return None
    a, b = _gen_class(words[0]), _gen_class(words[1])
    return (1, cands[0]) if a is not None and a == b and a != "pl" else None


def body_head_nominative(words: list[str], lexicon: NameLexicon | None = None) -> str | None:
    """"Φυλακές Κορυδαλλού" for "φυλακών Κορυδαλλού", "Κατάστημα Κράτησης Ναυπλίου" for
    "καταστήματος κράτησης Ναυπλίου": a lower-case body head (``lower_case_body_heads``) in its
    nominative, in the letter case of the text, and the name after it as written; None when the
    words do not start with such a head."""
    lex = lexicon or NameLexicon.default()
    folded = [fold(w) for w in words]
    n = max((k for k in range(1, len(words)) if tuple(folded[:k]) in lex.body_heads), default=0)
    if not n:
        return None
    nominative = lex.body_heads[tuple(folded[:n])].split()
    return " ".join([_restyle(w, x) for w, x in zip(words, nominative)] + words[n:])


_FEM_GEN = genitive_endings_of("feminine_singular")  # "-ης", "-ας", "-εως" (inflection.json)


def _gen_class(word: str) -> str | None:
    """The gender class a genitive ending shows: "f" ("-ης", "-ας"), "mn" ("-ου"), "pl" ("-ων")."""
    f = fold(word)
    if f.endswith(_FEM_GEN):
        return "f"
    if f.endswith(("ου", "ματοσ")):
        return "mn"  # (the neuters in -μα too: "του Εθνικού Συστήματος")
    return "pl" if f.endswith("ων") else None


def _agrees(modifier: str, noun: str) -> bool:
    """Whether a modifier can agree with the next word: "Περιστατικά Βίας" (nominative before a
    genitive) and "Ασφάλειας Αγρινίου" (feminine before neuter) do not."""
    mod_case, noun_case = _ending_case(modifier), _ending_case(noun)
    if contracted_genitive(modifier):
        return noun_case == "gen" and _gen_class(noun) in ("f", "mn")  # "Διεθνούς" serves every gender
    if mod_case != noun_case:
        return False
    return mod_case != "gen" or _gen_class(modifier) == _gen_class(noun)


def _agreeing_phrase_end(words: list[str], lex: NameLexicon) -> int:
    """Index of the head noun when no head lexicon entry is there: leading modifiers must agree
    with the word after them; a feminine genitive before another ("Χρυσής Αυγής", "Άμεσης
    Δράσης") is adjective + noun unless the second word is a place ("Ασφάλειας Αττικής")."""
    if len(words) >= 2 and _leading_phrase_end(words, lex) == 0 and _gen_class(words[0]) == "f" \
            and _gen_class(words[1]) == "f" and words[1][:1].isupper() and (fold(words[1]),) not in lex.places:
        return 1
    all_caps = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    i = 0
    while i < min(len(words), 4) - 1 and _is_modifier(words[i], lex) and _name_word(words[i + 1], all_caps, lex) \
            and _agrees(words[i], words[i + 1]) and (fold(words[i + 1]),) not in lex.places:
        i += 1
    return i

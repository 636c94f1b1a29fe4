"""People's names to the nominative: "του Σταύρου Τζουλάκη" -> "Σταύρος Τζουλάκης".

First names come from the lexicon (which also fixes gender and case); surnames follow
suffix rules, with the masculine genitive's accent shift ("Παπαδοπούλου" -> "Παπαδόπουλος").
"""

from __future__ import annotations

import unicodedata

from collections.abc import Sequence

from keryx.lang.el.text import fold
from keryx.linking.names.inflection import (
    _antepenult_accent,
    _is_greek_word,
    _morph_hint,
    _norm_case,
    _norm_gender,
    _restyle,
    _suffix_map,
    singular_endings,
)
from keryx.linking.names.lexicon import (
    NameEntry,
    NameLexicon,
    _is_prefix_word,
    article_case_gender,
)

_DIPHTHONG_IOU = ("αιου", "ειου", "οιου")
_MASC_OBLIQUE = (("οπούλου", "όπουλος"), ("ού", "ός"), ("ου", "ος"), ("έα", "έας"), ("ή", "ής"), ("η", "ης"),
                 ("ά", "άς"), ("α", "ας"), ("ό", "ός"), ("ο", "ος"))


_VOWELS = frozenset("αεηιουω")


def undeclined(word: str) -> bool:
    """A word in Greek letters with an ending no Greek man's or woman's name has in any case:
    a consonant other than -ς or -ν ("Πεπ", "Αλεξάντρ", "Κούπερ"), -ς after a consonant
    ("Παβλίσεβιτς"), -ν after a vowel other than -ω ("Τζον", "Μπένιαμιν"; "Πλάτων" declines), or
    -ι, -υ, -ε ("Μπερλουσκόνι", "Ντι", "Μπέπε"). Such a word is a foreign name, which Greek does not decline."""
    f = fold(word)
    if len(f) < 2 or not f.isalpha() or not all("\u0370" <= c <= "\u03ff" for c in f):
        return False
    last, prev = f[-1], f[-2]
    if last == "ν":
        return prev != "ω"
    if last == "σ":
        return prev not in _VOWELS
    if last == "υ":
        return prev != "ο"  # "-ου" is Greek
    if last in ("ι", "ε"):
        return True  # "-ε" is a vocative only, and a Greek first name's vocative is in the lexicon
    return last not in _VOWELS


def woman_name_after_title(words: Sequence[str], lex: NameLexicon) -> bool:
    """Whether two words written in Greek after a feminine title of one person ("η εισαγγελέας",
    "την Καθηγήτρια") read as a woman's first name and surname in the nominative or accusative:
    each capitalised with the rest in lower case, with the endings of inflection.json
    "woman_name_endings" (-α/-η, then -α/-η/-ου: no feminine genitive ends so), and no place or
    body head among them ("η βουλευτής Πειραιά": the masculine genitive of a place). A first name need not be listed: rare ones ("Αριστοτελεία") are read by their shape."""
    if len(words) != 2:
        return False
    for w in words:
        if len(w) < 3 or not w.isalpha() or not _is_greek_word(w) or not w[:1].isupper() or not w[1:].islower():
            return False
    first, last = fold(words[0]), fold(words[1])
    if not first.endswith(lex.woman_first_endings) or not last.endswith(lex.woman_surname_endings):
        return False
    if (first,) in lex.places or (last,) in lex.places or (first, last) in lex.places:
        return False
    if first in lex.org_heads or last in lex.org_heads:
        return False
    known = lex.first_names.get(first, ())
    return not known or any(e.gender == "f" for e in known)


def greek_first_name(word: str, lex: NameLexicon) -> bool:
    """A first name of the Greek lists ("Εμμανουήλ"), not only one learnt from foreign names
    (many of which are surnames too)."""
    return any(not e.learned for e in lex.first_names.get(fold(word), ()))


def _greek_oblique_surname(word: str, lex: NameLexicon) -> bool:
    """``word`` ends in an oblique form of an ending only Greek surnames have ("-άκη", "-όπουλο",
    "-ίδη"), written with its accent: a Greek name, which Greek declines."""
    low = unicodedata.normalize("NFC", word.lower())
    return any(low.endswith(e) for e in lex.surname_suffixes if not e.endswith("ς"))


# folded: the nominative, genitive and vocative of a name in -ος ("-ος", "-ου", "-ε"), its forms not in -ο
_DECLINED_O = tuple(e for e in singular_endings("m", "οσ") if e != "ο")


def indeclinable_in_o(word: str, written: frozenset[str], lex: NameLexicon | None = None) -> bool:
    """A name in -ο that Greek leaves undeclined ("του Ντάριο Φο", "τον Αντετοκούνμπο"): a
    foreign name keeps its -ο in every case, while a Greek name in -ος shows its other forms
    ("ο Χ-ος", "του Χ-ου", "Χ-ε"). So a word in -ο whose -ος, -ου and -ε forms the text never
    writes (``written``: the folded words of the text) stays as written, unless it is a form of
    a Greek first name of the lists ("Νίκο") or an ending only Greek surnames have says it
    declines ("-όπουλο", "-άκο"); a word in capitals has lost its shape ("ΑΟ", a club's letters)."""
    lex = lex or NameLexicon.default()
    f = fold(word)
    if (len(f) < 2 or not f.endswith("ο") or not _is_greek_word(word) or word.isupper()
            or _greek_oblique_surname(word, lex)
            or greek_first_name(word, lex)):
        return False
    return not any(f[:-1] + e in written for e in _DECLINED_O)


def _first_name(token: str, lex: NameLexicon, gender: str | None, case: str | None) -> NameEntry | None:
    cands = lex.first_names.get(fold(token), ())
    if gender:
        cands = tuple(c for c in cands if c.gender == gender)
    if case:
        cands = tuple(c for c in cands if "any" in c.slots or any(s.startswith(case) for s in c.slots))
    if not cands:
        return None
    # prefer a nominative reading when the word could be either
    return min(cands, key=lambda c: "nom_sg" not in c.slots)


def _entry_case(entry: NameEntry) -> str | None:
    # A vocative is rare in a release: "Κωνσταντίνο" is an accusative, not "acc or voc".
    cases = {s.split("_")[0] for s in entry.slots if s != "any" and not s.startswith("voc")}
    if cases == {"nom"} or "nom" in cases:
        return "nom"
    return cases.pop() if len(cases) == 1 else "obl"


def _surname_nominative(word: str, gender: str | None, case: str | None, lex: NameLexicon,
                        greek_first: bool = False) -> str:
    if not _is_greek_word(word) or word.endswith((".",)):
        return word
    low = word.lower()
    if gender == "f" or case == "nom":
        return word
    if gender is None and case is None:
        # only unambiguous oblique shapes: accusative -ο, genitive -ου with antepenult accent
        if fold(low).endswith("ου") and _antepenult_accent(word):
            return _suffix_map(word, (("ου", "ος"),)) or word
        if fold(low).endswith("ο") and not fold(low).endswith("ου"):
            return _suffix_map(word, (("ό", "ός"), ("ο", "ος"))) or word
        return word
    if fold(low).endswith("σ"):
        return word
    if (fold(low).endswith("ου") and any(fold(low).endswith(fold(e)) for e in lex.invariant_endings)
            and not fold(low).endswith(_DIPHTHONG_IOU)):
        # "Ζαχαρίου", "Ανδρέου" do not inflect; "-αίου" is the genitive of "-αίος" ("Ζαγοραίου"):
        # after α, ε or ο the ι belongs to a diphthong, not to an invariant "-ίου".
        return word
    rules = tuple(lex.accent_shift.items()) + _MASC_OBLIQUE
    if case == "acc":
        rules = tuple(r for r in rules if not fold(r[0]).endswith("ου"))
    elif case == "gen" and not greek_first:
        # a Greek man's name in the genitive ends in -ου, -α, -η, -έα, never in -ο: "του Πάμπλο
        # Πικάσο" is a foreign name that Greek leaves undeclined (with a Greek first name, "Μίμη
        # Στεφανάκο", the -ο says the article before it belongs to another word: an accusative)
        rules = tuple(r for r in rules if fold(r[0]).endswith("ου") or not fold(r[0]).endswith("ο"))
    return _suffix_map(word, rules) or word


def _surname_first(toks: list[str], lex: NameLexicon) -> bool:
    """"Λάμπρου Μαρία", "Αντωνίου Πέτρος": a list written surname first ends in a first name in
    the nominative; a first word in "-ου" that no first name's nominative is, though it may be
    the genitive of one ("Λάμπρου", "Αντωνίου"), is then one of the many Greek surnames shaped
    as a genitive, which stays as written. Another oblique form ("Κωνσταντίνο Τασούλα", "Κώστα
    Τασούλα") is a first name whose surname agrees with it."""
    first, last = toks
    if not (_is_greek_word(first) and _is_greek_word(last)) or not fold(first).endswith("ου"):
        return False
    last_nom = any("nom_sg" in e.slots and not e.learned for e in lex.first_names.get(fold(last), ()))
    first_nom = any("nom_sg" in e.slots or "any" in e.slots for e in lex.first_names.get(fold(first), ()))
    return last_nom and not first_nom


def _patronymic(word: str, lex: NameLexicon) -> bool:
    """A surname shaped as a man's first name in the genitive ("Κωνσταντίνου", "Πέτρου",
    "Σταύρου") is one of the many Greek surnames that never inflect: after a first name or its
    initial it stays as written ("του ευρωβουλευτή Αθ. Κωνσταντίνου" -> "Αθ. Κωνσταντίνου"),
    while the same word alone is the first name's genitive ("του βασιλιά Κωνσταντίνου")."""
    return _is_greek_word(word) and fold(word).endswith("ου") and any(
        "gen_sg" in e.slots and e.gender == "m" and not e.learned for e in lex.first_names.get(fold(word), ()))


def person_nominative(
    tokens: list[str],
    gender: str | None = None,
    case: str | None = None,
    morph: list[dict[str, str]] | None = None,
    lexicon: NameLexicon | None = None,
    kept: frozenset[str] = frozenset(),
) -> str:
    """Canonical nominative of a person name given as tokens ("Σταύρου", "Τζουλάκη" -> "Σταύρος Τζουλάκης").

    ``gender``/``case`` come from the caller's context (article), ``morph`` from a tagger
    (``[{"Case": "Gen", "Gender": "Masc"}, ...]``); leading articles and honorifics in
    ``tokens`` are read for the same hints and dropped. ``kept``: folded words the text shows
    undeclined (:func:`indeclinable_in_o`), kept as written unless a Greek first name of the
    lists goes with them ("τον Ντάριο Φο", but "τον Γιώργο Κυρίτσο": a Greek name declines).
    """
    lex = lexicon or NameLexicon.default()
    gender, case = _norm_gender(gender), _norm_case(case)
    toks = list(tokens)
    morphs = list(morph) if morph and len(morph) == len(tokens) else [None] * len(toks)
    while toks and _is_prefix_word(toks[0], lex) and len(toks) > 1:
        c, g = article_case_gender(toks[0], lex)
        case, gender = case or c, gender or g
        toks.pop(0)
        morphs.pop(0)
    if not toks:
        return ""
    for m in morphs:
        c, g = _morph_hint(m)
        case, gender = case or c, gender or g
        if c or g:
            break
    if len(toks) == 2 and case in (None, "nom") and _surname_first(toks, lex):
        return " ".join(toks)
    # the context (an article, a role in apposition) says nominative: a first word that no first
    # name's nominative is, though an oblique form of one ("ο Μάριο Σεντένο": "Μάριο" is also the
    # accusative of "Μάριος"), is a foreign name that Greek leaves undeclined, kept as written
    # A man's Greek surname in an oblique form ("ο καθηγητής Κωνσταντίνο Παπαδάκη") says the name is
    # declined and the context's nominative is the writer's slip: the name's own forms decide (a
    # woman's surname has those forms in the nominative too: "η Μαρία Παπαδάκη").
    if case == "nom" and gender == "m" and _greek_oblique_surname(toks[-1], lex):
        case = None
    said_nominative = case == "nom"
    # first-name lexicon: the first token that is a known first name fixes gender and case
    name_idx: dict[int, NameEntry] = {}
    for i, t in enumerate(toks):
        if not _is_greek_word(t) or (len(toks) > 1 and i == len(toks) - 1):
            continue  # the last word of a full name is the surname ("Στάθης Γιώτας", not "Γιώτα")
        entry = _first_name(t, lex, gender, case if case != "obl" else None)
        if entry is None:
            continue
        name_idx[i] = entry
        if not (entry.learned and "any" in entry.slots):
            # a foreign first name Greek does not inflect ("Ραζβάν") goes with a foreign surname
            # that need not inflect either ("Λουτσέσκου"): it tells no gender to the surname rules
            gender = gender or entry.gender
        if case is None:
            ec = _entry_case(entry)
            case = ec if ec in ("nom", "gen", "acc") else case
        break
    if gender is None:
        for t in toks:
            f = fold(t)
            if _is_greek_word(t) and (f.endswith("σ") or (f.endswith("ου") and _antepenult_accent(t))):
                gender = "m"
                break
    # A foreign name is not declined: a word of a shape no Greek name has, or a foreign first
    # name (learned, written the same in every case), makes the other words stay as written
    # ("του Τζον Μάκενρο", "τον Κριστιάνο Ρονάλντο"); a Greek first name still takes its nominative.
    foreign = len(toks) > 1 and (any(_is_greek_word(t) and undeclined(t) and not greek_first_name(t, lex)
                                     for t in toks)  # "Εμμανουήλ" is Greek
                                 or any(e.learned and "any" in e.slots for e in name_idx.values()))
    greek_first = any(not e.learned for e in name_idx.values())
    out: list[str] = []
    for i, t in enumerate(toks):
        if fold(t) in kept and i not in name_idx and not greek_first:
            out.append(t)
            continue
        if foreign and i not in name_idx:
            out.append(t)
            continue
        if i in name_idx:
            entry = name_idx[i]
            # a foreign name's accent varies ("Άλμπερτ", "Αλμπέρτ", "Πολ", "Πόλ"): kept as written
            keep = entry.learned and "any" in entry.slots and fold(t) == fold(entry.nominative)
            out.append(t if keep else _restyle(t, entry.nominative))
            continue
        if i < len(toks) - 1 or len(toks) == 1:
            entry = _first_name(t, lex, gender, case) if _is_greek_word(t) else None
            if entry is None and _is_greek_word(t) and not said_nominative:
                entry = _first_name(t, lex, gender, None)
            if entry is not None and (len(toks) == 1 or i != len(toks) - 1):
                out.append(_restyle(t, entry.nominative))
                continue
        if (i < len(toks) - 1 and gender == "f" and case == "gen" and _is_greek_word(t) and len(t) > 3
                and fold(t).endswith(("ασ", "ησ")) and not t.isupper()):
            # a woman's first name no list holds, in the genitive: "-α"/"-η" names take "-ς"
            # ("της Νιόβης Χ" -> "Νιόβη"); her surname, last, keeps its form ("Χαραλάμπους")
            out.append(t[:-1])
            continue
        if i > 0 and i == len(toks) - 1 and _patronymic(t, lex):
            out.append(t)
            continue
        out.append(_surname_nominative(t, gender, case, lex, greek_first))
    return " ".join(out)

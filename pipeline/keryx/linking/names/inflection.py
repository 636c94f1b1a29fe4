"""Greek inflection: paradigms generated from a nominative, and suffix rules back to it.

Paradigm *generation* (folded forms) builds the lookup tables for first names, places,
organisation heads and the roles lexicon; suffix *rules* give the nominative of words that
no table knows. Everything here is pure string work, no resources.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from itertools import product

from keryx.lang.el.grammar import (
    adjective_case_endings,
    adjective_nominative_endings,
    adjective_stem_endings,
    contracted_adjective_endings,
)
from keryx.lang.el.text import ACUTE as _ACCENT
from keryx.lang.el.text import fold, greek_ratio, is_greek_char, strip_accents

SLOTS = ("nom_sg", "gen_sg", "acc_sg", "voc_sg", "nom_pl", "gen_pl", "acc_pl")
Forms = dict[str, tuple[str, ...]]

_GENDER_ALIASES = {"m": "m", "masc": "m", "f": "f", "fem": "f", "n": "n", "neut": "n"}
_CASE_ALIASES = {"nom": "nom", "gen": "gen", "acc": "acc", "voc": "voc"}


def _norm_gender(g: str | None) -> str | None:
    return _GENDER_ALIASES.get(g.strip().lower()) if g else None


def _norm_case(c: str | None) -> str | None:
    return _CASE_ALIASES.get(c.strip().lower()) if c else None


# ---------------------------------------------------------------------------
# Paradigm generation (folded forms only: matching ignores accents, so accent moves are free)
# ---------------------------------------------------------------------------


def _paradigm(stem: str, endings: Mapping[str, tuple[str, ...]]) -> Forms:
    return {slot: tuple(stem + e for e in ends) for slot, ends in endings.items()}


_M_OS = {"nom_sg": ("οσ",), "gen_sg": ("ου",), "acc_sg": ("ο",), "voc_sg": ("ε", "ο"),
         "nom_pl": ("οι",), "gen_pl": ("ων",), "acc_pl": ("ουσ",)}
_M_EAS = {"nom_sg": ("εασ",), "gen_sg": ("εα", "εωσ"), "acc_sg": ("εα",), "voc_sg": ("εα",),
          "nom_pl": ("εισ",), "gen_pl": ("εων",), "acc_pl": ("εισ",)}
_M_AS = {"nom_sg": ("ασ",), "gen_sg": ("α",), "acc_sg": ("α",), "voc_sg": ("α",),
         "nom_pl": ("εσ", "αδεσ"), "gen_pl": ("ων", "αδων"), "acc_pl": ("εσ", "αδεσ")}
_M_HS = {"nom_sg": ("ησ",), "gen_sg": ("η",), "acc_sg": ("η",), "voc_sg": ("η",),
         "nom_pl": ("εσ", "ηδεσ"), "gen_pl": ("ων", "ηδων"), "acc_pl": ("εσ", "ηδεσ")}
_M_OUS = {"nom_sg": ("ουσ",), "gen_sg": ("ου",), "acc_sg": ("ου",), "voc_sg": ("ου",),
          "nom_pl": ("ουδεσ",), "gen_pl": ("ουδων",), "acc_pl": ("ουδεσ",)}
_M_ON = {"nom_sg": ("ων",), "gen_sg": ("οντοσ", "ωνοσ", "ονοσ"), "acc_sg": ("οντα", "ωνα", "ονα"),
         "voc_sg": ("ων",), "nom_pl": ("οντεσ", "ωνεσ", "ονεσ"), "gen_pl": ("οντων", "ωνων", "ονων"),
         "acc_pl": ("οντεσ", "ωνεσ", "ονεσ")}
# Third declension in -ωρ, of either gender ("ο/η διδάκτωρ, του διδάκτορος/διδάκτορα, οι διδάκτορες").
_M_WR = {"nom_sg": ("ωρ",), "gen_sg": ("οροσ", "ορα"), "acc_sg": ("ορα",), "voc_sg": ("ορ", "ωρ"),
         "nom_pl": ("ορεσ",), "gen_pl": ("ορων",), "acc_pl": ("ορεσ",)}
# men's names in "-ις" ("Άδωνις", "Τάκις"): the other cases of the singular drop the "-ς" ("του Άδωνι").
# Only an unstressed "-ις": no Greek masculine ends in a stressed "-ίς", so a man's name that does
# is foreign and Greek leaves it undeclined ("του Λουίς"), as word_forms does any ending no paradigm covers.
_M_IS = {"nom_sg": ("ισ",), "gen_sg": ("ι",), "acc_sg": ("ι",), "voc_sg": ("ι",)}
_F_A = {"nom_sg": ("α",), "gen_sg": ("ασ",), "acc_sg": ("α",), "voc_sg": ("α",),
        "nom_pl": ("εσ",), "gen_pl": ("ων",), "acc_pl": ("εσ",)}
_F_H = {"nom_sg": ("η",), "gen_sg": ("ησ",), "acc_sg": ("η",), "voc_sg": ("η",),
        "nom_pl": ("εσ",), "gen_pl": ("ων",), "acc_pl": ("εσ",)}
_F_SH = {"nom_sg": ("η",), "gen_sg": ("ησ", "εωσ"), "acc_sg": ("η",), "voc_sg": ("η",),
         "nom_pl": ("εισ", "εσ"), "gen_pl": ("εων", "ων"), "acc_pl": ("εισ", "εσ")}
_F_W = {"nom_sg": ("ω",), "gen_sg": ("ωσ", "ωσ"), "acc_sg": ("ω",), "voc_sg": ("ω",)}
# Feminine in stressed -ού, plural in -ούδες ("η ταξιτζού, της ταξιτζούς, οι ταξιτζούδες").
_F_OU = {"nom_sg": ("ου",), "gen_sg": ("ουσ",), "acc_sg": ("ου",), "voc_sg": ("ου",),
         "nom_pl": ("ουδεσ",), "gen_pl": ("ουδων",), "acc_pl": ("ουδεσ",)}
_F_IS = {"nom_sg": ("ισ",), "gen_sg": ("ιδοσ", "ιδασ", "η"), "acc_sg": ("ιδα", "η"), "voc_sg": ("ι",),
         "nom_pl": ("ιδεσ",), "gen_pl": ("ιδων",), "acc_pl": ("ιδεσ",)}
_N_O = {"nom_sg": ("ο",), "gen_sg": ("ου",), "acc_sg": ("ο",), "voc_sg": ("ο",),
        "nom_pl": ("α",), "gen_pl": ("ων",), "acc_pl": ("α",)}
_N_I = {"nom_sg": ("ι",), "gen_sg": ("ιου",), "acc_sg": ("ι",), "voc_sg": ("ι",),
        "nom_pl": ("ια",), "gen_pl": ("ιων",), "acc_pl": ("ια",)}
_N_MA = {"nom_sg": ("μα",), "gen_sg": ("ματοσ",), "acc_sg": ("μα",), "voc_sg": ("μα",),
         "nom_pl": ("ματα",), "gen_pl": ("ματων",), "acc_pl": ("ματα",)}
_N_OS = {"nom_sg": ("οσ",), "gen_sg": ("ουσ",), "acc_sg": ("οσ",), "voc_sg": ("οσ",),
         "nom_pl": ("η",), "gen_pl": ("ων",), "acc_pl": ("η",)}
_N_ON = {"nom_sg": ("ον",), "gen_sg": ("ου", "οντοσ"), "acc_sg": ("ον",), "voc_sg": ("ον",),
         "nom_pl": ("α", "οντα"), "gen_pl": ("ων", "οντων"), "acc_pl": ("α", "οντα")}

# (gender, folded nominative ending, paradigm), longest ending first within a gender.
_PARADIGMS: tuple[tuple[str, str, Mapping[str, tuple[str, ...]]], ...] = (
    ("m", "εασ", _M_EAS), ("m", "ουσ", _M_OUS), ("m", "ασ", _M_AS), ("m", "ησ", _M_HS),
    ("m", "οσ", _M_OS), ("m", "ων", _M_ON), ("m", "ωρ", _M_WR), ("m", "ισ", _M_IS),
    ("f", "εασ", _M_EAS), ("f", "ασ", _M_AS), ("f", "ησ", _M_HS), ("f", "οσ", _M_OS), ("f", "ωρ", _M_WR),
    ("f", "ου", _F_OU),
    ("f", "ισ", _F_IS), ("f", "ση", _F_SH), ("f", "ξη", _F_SH), ("f", "ψη", _F_SH),
    ("f", "α", _F_A), ("f", "η", _F_H), ("f", "ω", _F_W),
    ("n", "μα", _N_MA), ("n", "ον", _N_ON), ("n", "οσ", _N_OS), ("n", "ο", _N_O), ("n", "ι", _N_I),
)


def singular_endings(gender: str, nominative_ending: str) -> tuple[str, ...]:
    """The folded endings of the singular of one paradigm, each once, by case ("m", "οσ": "-ος",
    "-ου", "-ο", "-ε"; "f", "η": "-η", "-ης"), so that code that tests a word's case forms reads them here."""
    table = next(t for g, e, t in _PARADIGMS if g == gender and e == nominative_ending)
    return tuple(dict.fromkeys(e for slot in SLOTS if slot.endswith("_sg") for e in table[slot]))


def word_forms(word: str, gender: str) -> Forms:
    """Folded case/number forms of one Greek word given in the nominative singular.

    Words with no Greek letters (acronyms in Latin script, numbers) and endings no paradigm
    covers are invariant: every slot holds the word itself.
    """
    w = fold(word)
    g = _norm_gender(gender) or "m"
    if greek_ratio(w) < 0.5 or (word.isupper() and len(word) > 1 and not word.endswith(("Σ", "Α", "Η", "Ο"))):
        return {slot: (w,) for slot in SLOTS}
    for pg, ending, table in _PARADIGMS:
        if table is _F_OU and not unicodedata.normalize("NFC", word.lower()).endswith("ού"):
            continue  # an unstressed -ου is a genitive kept as a name ("Παπαδοπούλου"), not this noun
        if table is _M_IS and unicodedata.normalize("NFC", word.lower()).endswith("ίς"):
            continue  # a stressed -ίς: a foreign man's name, undeclined ("Λουίς")
        if pg == g and w.endswith(ending) and len(w) > len(ending):
            stem = w[:-1] if ending in ("ση", "ξη", "ψη") else w[: -len(ending)]
            return _paradigm(stem, table)
    return {slot: (w,) for slot in SLOTS}


def phrase_text(phrase: str) -> str:
    """A lexicon phrase as text is written: without the "|" that marks where its fixed complement
    starts ("Δημοκρατία|της Κορέας" -> "Δημοκρατία της Κορέας")."""
    return " ".join(phrase.replace("|", " ").split())


def extra_form(form: str) -> tuple[str, frozenset[str]]:
    """An irregular form as a lexicon writes it, and its slots: "Πρυτάνεις=nom_pl,acc_pl" is
    the form "Πρυτάνεις" in those two slots; a form written without slots ("γ.γ.") is in "any"."""
    text, _, tags = form.partition("=")
    slots = frozenset(t.strip() for t in tags.split(",") if t.strip() in SLOTS)
    return text.strip(), slots or frozenset({"any"})


def phrase_forms(phrase: str, gender: str, extra: tuple[str, ...] = ()) -> dict[tuple[str, ...], set[str]]:
    """All folded token sequences of a multi-word nominative phrase, with their slots.

    Words before a "|" agree and inflect together (slot by slot); the rest is a fixed
    complement. ``extra`` holds irregular whole-phrase forms, each with the slots it is
    written with (:func:`extra_form`; none written: any slot).
    """
    head, _, comp = phrase.partition("|")
    head_words = head.split()
    comp_tokens = tuple(fold(t) for t in comp.split())
    per_word = [word_forms(w, gender) for w in head_words]
    out: dict[tuple[str, ...], set[str]] = {}
    for slot in SLOTS:
        options = [pw.get(slot, ()) for pw in per_word]
        if not all(options):
            continue
        for combo in product(*options):
            out.setdefault(tuple(combo) + comp_tokens, set()).add(slot)
    for form in extra:
        text, slots = extra_form(form)
        out.setdefault(tuple(fold(t) for t in text.split()), set()).update(slots)
    return out


def _morph_hint(morph: dict[str, str] | None) -> tuple[str | None, str | None]:
    if not morph:
        return None, None
    return _norm_case(morph.get("Case")), _norm_gender(morph.get("Gender"))


# ---------------------------------------------------------------------------
# Surface helpers
# ---------------------------------------------------------------------------


def _has_accent(s: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def _restyle(src: str, out: str) -> str:
    """Give ``out`` the letter case of ``src`` (capitals headlines carry no accents)."""
    letters = [c for c in src if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        up = out.upper()
        return up if _has_accent(src) else strip_accents(up)
    if letters and letters[0].isupper() and out:
        return out[0].upper() + out[1:]
    if letters and letters[0].islower() and out:
        return out[0].lower() + out[1:]
    return out


def _is_greek_word(w: str) -> bool:
    return any(is_greek_char(c) for c in w) and any(c.isalpha() for c in w)


def _replace_suffix(word: str, old: str, new: str) -> str:
    """Swap a (lower-case, accented) suffix, keeping the word's letter case."""
    upper = word.isupper() and len(word) > 1
    base = word[: len(word) - len(old)]
    if upper:
        out = base + new.upper()
        return out if _has_accent(word) else strip_accents(out)
    return base + new


def _suffix_map(word: str, rules: tuple[tuple[str, str], ...]) -> str | None:
    low = word.lower()
    for old, new in rules:
        if low.endswith(old) and len(low) > len(old):
            return _replace_suffix(word, old, new)
    if word.isupper() and not _has_accent(word):
        f = fold(low)
        for old, new in rules:
            if f.endswith(fold(old)) and len(f) > len(old):
                return _replace_suffix(word, old, strip_accents(new))
    return None


def _antepenult_accent(word: str) -> bool:
    """True when the accent falls two vowel groups before the end ("Παπαδόπουλου")."""
    nfd = unicodedata.normalize("NFD", word.lower())
    pos = nfd.find(_ACCENT)
    if pos < 0:
        return False
    rest = unicodedata.normalize("NFC", nfd[pos + 1:])
    groups = re.findall(r"[αεηιουω]+", strip_accents(rest))
    return len(groups) >= 2


def _move_accent_back(word: str) -> str:
    """Accent on the vowel group before the last one ("Πανεπιστημιο" -> "Πανεπιστήμιο")."""
    plain = strip_accents(word)
    if word.isupper():
        return word if not _has_accent(word) else plain
    runs = list(re.finditer(r"[αεηιουωΑΕΗΙΟΥΩ]+", plain))
    if len(runs) < 2:
        return word
    i = runs[-2].end() - 1
    return plain[:i] + unicodedata.normalize("NFC", plain[i] + _ACCENT) + plain[i + 1:]


# ---------------------------------------------------------------------------
# Suffix rules back to the nominative
# ---------------------------------------------------------------------------

_ADJ_ENDINGS = adjective_case_endings()  # inflection.json "adjective_case_endings"
_GEN_RULES_F = (("εως", "η"), ("ής", "ή"), ("ης", "η"), ("άς", "ά"), ("ας", "α"))
_GEN_RULES_F2 = (("ού", "ός"), ("ου", "ος"))  # feminine -ος nouns: "της Οδού", "της Αλικαρνασσού"
_GEN_RULES_M = (("ού", "ός"), ("ου", "ος"))
_GEN_RULES_N = (("ματος", "μα"), ("ού", "ό"), ("ου", "ο"))
_ACC_RULES_M = (("ό", "ός"), ("ο", "ος"), ("ή", "ής"), ("η", "ης"), ("ά", "άς"), ("α", "ας"))
_ORDINAL = re.compile(r"^(\d+)(ου|ης|ος|ο|η|ης|ων)$", re.IGNORECASE)
_CASE_ORDER = ("nom", "gen", "acc")
_ADJ_NOM_ENDINGS = adjective_nominative_endings()
_ADJ_STEMS = adjective_stem_endings()  # "-ικ", "-ακ", "-ιν", ...


_CONTRACTED_GEN, _CONTRACTED_NOM = contracted_adjective_endings()  # "-ούς"; "-ής", "-ής", "-ές"


def contracted_genitive(word: str) -> bool:
    """Whether a Greek word is the genitive singular of an adjective in -ής/-ές ("Διεθνούς",
    "Τριμελούς", "Διαρκούς"): it ends in the stressed "-ούς" after a stem of no -ικός adjective
    (whose "-ούς" is the accusative plural, "τους Εθνικούς"). Capitals carry no accent to tell."""
    low = unicodedata.normalize("NFC", word.lower())
    if not low.endswith(_CONTRACTED_GEN) or len(low) <= len(_CONTRACTED_GEN) + 2 or not _is_greek_word(word):
        return False
    return not fold(low)[: -len(_CONTRACTED_GEN)].endswith(_ADJ_STEMS)


def _contracted_nominative(word: str, gender: str) -> str:
    """"Διεθνούς" -> "Διεθνής" (m, f), "Διεθνές" (n)."""
    return _replace_suffix(word, _CONTRACTED_GEN, _CONTRACTED_NOM[gender])


def _neuter_ma_accent(word: str) -> str:
    """"Συστήμα" -> "Σύστημα": the nominative of a neuter in -μα of three syllables or more is
    stressed on the antepenult ("Πρόγραμμα", "Κίνημα", "Σύνταγμα"), one syllable before the
    genitive's ("Συστήματος"); a word whose syllables a vowel run leaves unclear is kept."""
    if word.isupper() or not _has_accent(word):
        return word
    plain = strip_accents(word)
    runs = list(re.finditer(r"[αεηιουωΑΕΗΙΟΥΩ]+", plain))
    if len(runs) < 3:
        return word
    nfd = unicodedata.normalize("NFD", word)
    accented = len(unicodedata.normalize("NFC", nfd[: nfd.find(_ACCENT)]))  # the accented letter's index
    if not (runs[-2].start() <= accented - 1 < runs[-2].end()):
        return word  # not on the penult: the nominative's own
    run = runs[-3].group().lower()
    if len(run) == 1:
        i = runs[-3].start()
    elif run in ("αι", "ει", "οι", "ου", "αυ", "ευ", "υι"):
        i = runs[-3].start() + 1
    else:
        return word
    return plain[:i] + unicodedata.normalize("NFC", plain[i] + _ACCENT) + plain[i + 1:]


def _looks_adjective(word: str) -> bool:
    f = fold(word)
    for end in _ADJ_ENDINGS:
        if f.endswith(end) and f[: -len(end)].endswith(_ADJ_STEMS):
            return True
    return False


def _proparoxytone_io(low: str, adjective: bool) -> bool:
    """Does a genitive in accented "-ίου" come from a nominative accented one syllable earlier?

    "Πανεπιστημίου" -> "Πανεπιστήμιο", "Αγίου" -> "Άγιος", "Αριστοτελείου" -> "Αριστοτέλειο",
    but "Αρχαίου" -> "Αρχαίο" and the nouns "Μουσείου" -> "Μουσείο".
    """
    before = low[-4]
    if before in "αο":
        return False
    return adjective or before != "ε"


def _inflect_to_nom(word: str, gender: str, case: str | None, adjective: bool = False) -> str:
    """Nominative singular of an adjective/noun word in the given gender, by suffix rules."""
    if not _is_greek_word(word) or case == "nom":
        return word
    m = _ORDINAL.match(word)
    if m:
        return _ordinal_nominative(m, gender)
    if case == "acc":
        return (_suffix_map(word, _ACC_RULES_M) or word) if gender == "m" else word
    if gender == "f":
        out = _suffix_map(word, _GEN_RULES_F)
        if out is None and not adjective:
            out = _suffix_map(word, _GEN_RULES_F2)
        return out or word
    low = word.lower()
    if low.endswith("ίου") and len(low) > 4 and _proparoxytone_io(low, adjective):
        return _move_accent_back(_replace_suffix(word, "ίου", "ιο" if gender == "n" else "ιος"))
    if gender == "n" and fold(word).endswith("ματοσ"):
        return _neuter_ma_accent(_suffix_map(word, _GEN_RULES_N) or word)  # "Συστήματος" -> "Σύστημα"
    rules = _GEN_RULES_N if gender == "n" else _GEN_RULES_M
    return _suffix_map(word, rules) or word


def _modifier_nominative(word: str, gender: str, case: str | None) -> str:
    """Nominative of a modifier that agrees with its head; a form that agrees in no case is kept.

    The head's case is tried first, then the others: a broken span like "Δημοτικό Θεάτρου"
    still gives "Δημοτικό" (nominative already) rather than a wrong guess.
    """
    m = _ORDINAL.match(word)
    if m:
        return _ordinal_nominative(m, gender)
    if not _is_greek_word(word):
        return word
    parts = word.split("-")
    if len(parts) == 2 and all(_looks_adjective(p) for p in parts):
        # "Παθολογικής-Λοιμωξιολογικής Κλινικής": two adjectives joined by a hyphen, each agreeing
        return "-".join(_modifier_nominative(p, gender, case) for p in parts)
    if case in (None, "gen") and contracted_genitive(word):
        return _contracted_nominative(word, gender)  # "του Τριμελούς Εφετείου" -> "Τριμελές Εφετείο"
    key = fold(word)
    for c in dict.fromkeys((case or "nom",) + _CASE_ORDER):
        if c == "nom":
            # a nominative must have an adjective's nominative ending (word_forms calls any
            # unknown ending invariant, which would let every word pass)
            if key.endswith(_ADJ_NOM_ENDINGS[gender]):
                return word
            continue
        cand = _inflect_to_nom(word, gender, c, adjective=True)
        if key in word_forms(cand, gender).get(f"{c}_sg", ()):
            return cand
    return word


def _ordinal_nominative(m: re.Match[str], gender: str) -> str:
    """ "1ου" -> "1ος"/"1η"/"1ο"; capitals stay capitals ("2ΟΥ" -> "2Ο")."""
    end = {"m": "ος", "f": "η", "n": "ο"}[gender]
    return m.group(1) + (end.upper() if m.group(2).isupper() else end)


def _ending_case(word: str) -> str:
    f = fold(word)
    return "gen" if f.endswith(("ου", "ησ", "ασ", "ων", "εωσ", "ματοσ")) else "nom"


def _ending_gender(word: str) -> str:
    f = fold(word)
    if f.endswith(("ησ", "ασ", "εωσ")):
        return "f"
    return "n" if f.endswith(("ματοσ", "ιου", "ουσ")) else "m"

"""Greek inflection helpers and canonical (nominative) forms of person, organisation and place names.

Records must name people, organisations and places in the nominative ("Σταύρος Τζουλάκης"),
while press releases mostly mention them in the genitive or accusative ("του Σταύρου
Τζουλάκη"). Two tools do the work: paradigm *generation* from a nominative (folded forms,
used to build lookup tables for first names, places, organisation heads and the roles
lexicon) and suffix *rules* back to the nominative for words no table knows.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import product
from types import MappingProxyType
from typing import Mapping

from .text import fold, greek_ratio, is_greek_char, strip_accents

SLOTS = ("nom_sg", "gen_sg", "acc_sg", "voc_sg", "nom_pl", "gen_pl", "acc_pl")
Forms = dict[str, tuple[str, ...]]

_GENDER_ALIASES = {"m": "m", "masc": "m", "f": "f", "fem": "f", "n": "n", "neut": "n"}
_CASE_ALIASES = {"nom": "nom", "gen": "gen", "acc": "acc", "voc": "voc"}
_ACCENT = "\u0301"


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
_F_A = {"nom_sg": ("α",), "gen_sg": ("ασ",), "acc_sg": ("α",), "voc_sg": ("α",),
        "nom_pl": ("εσ",), "gen_pl": ("ων",), "acc_pl": ("εσ",)}
_F_H = {"nom_sg": ("η",), "gen_sg": ("ησ",), "acc_sg": ("η",), "voc_sg": ("η",),
        "nom_pl": ("εσ",), "gen_pl": ("ων",), "acc_pl": ("εσ",)}
_F_SH = {"nom_sg": ("η",), "gen_sg": ("ησ", "εωσ"), "acc_sg": ("η",), "voc_sg": ("η",),
         "nom_pl": ("εισ", "εσ"), "gen_pl": ("εων", "ων"), "acc_pl": ("εισ", "εσ")}
_F_W = {"nom_sg": ("ω",), "gen_sg": ("ωσ", "ωσ"), "acc_sg": ("ω",), "voc_sg": ("ω",)}
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
    ("m", "οσ", _M_OS), ("m", "ων", _M_ON),
    ("f", "εασ", _M_EAS), ("f", "ασ", _M_AS), ("f", "ησ", _M_HS), ("f", "οσ", _M_OS),
    ("f", "ισ", _F_IS), ("f", "ση", _F_SH), ("f", "ξη", _F_SH), ("f", "ψη", _F_SH),
    ("f", "α", _F_A), ("f", "η", _F_H), ("f", "ω", _F_W),
    ("n", "μα", _N_MA), ("n", "ον", _N_ON), ("n", "οσ", _N_OS), ("n", "ο", _N_O), ("n", "ι", _N_I),
)


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
        if pg == g and w.endswith(ending) and len(w) > len(ending):
            stem = w[:-1] if ending in ("ση", "ξη", "ψη") else w[: -len(ending)]
            return _paradigm(stem, table)
    return {slot: (w,) for slot in SLOTS}


def phrase_forms(phrase: str, gender: str, extra: tuple[str, ...] = ()) -> dict[tuple[str, ...], set[str]]:
    """All folded token sequences of a multi-word nominative phrase, with their slots.

    Words before a "|" agree and inflect together (slot by slot); the rest is a fixed
    complement. ``extra`` holds irregular whole-phrase forms (any slot).
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
        out.setdefault(tuple(fold(t) for t in form.split()), set()).add("any")
    return out


# ---------------------------------------------------------------------------
# Resources
# ---------------------------------------------------------------------------


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("pipeline.resources").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True)
class NameEntry:
    nominative: str
    gender: str
    slots: frozenset[str]


@dataclass(frozen=True)
class NameLexicon:
    """Immutable lookup tables for nominative restoration (first names, places, organisation heads)."""

    first_names: Mapping[str, tuple[NameEntry, ...]]
    places: Mapping[tuple[str, ...], str]
    org_heads: Mapping[str, tuple[NameEntry, ...]]
    articles: Mapping[str, tuple[str | None, str | None]]
    honorifics: Mapping[str, tuple[str | None, str | None]]
    invariant_endings: tuple[str, ...]
    accent_shift: Mapping[str, str]
    fixed_places: frozenset[tuple[str, ...]] = field(default_factory=frozenset)

    @classmethod
    def load(cls) -> "NameLexicon":
        data = json.loads(resources.files("pipeline.resources").joinpath("inflection.json").read_text("utf-8"))
        first: dict[str, list[NameEntry]] = {}
        for row in _read_tsv("first_names.tsv"):
            nom, gender = row[0], row[1]
            extra = tuple(x for x in (row[2].split(";") if len(row) > 2 else []) if x)
            invariant = len(row) > 3 and "invariant" in row[3]
            forms = {(fold(nom),): {"nom_sg"}} if invariant else phrase_forms(nom, gender, extra)
            for toks, slots in forms.items():
                if len(toks) == 1:
                    first.setdefault(toks[0], []).append(NameEntry(nom, gender, frozenset(slots)))
        places: dict[tuple[str, ...], str] = {}
        fixed: set[tuple[str, ...]] = set()
        for row in _read_tsv("places.tsv"):
            nom, gender = row[0], row[1]
            extra = tuple(x for x in (row[3].split(";") if len(row) > 3 else []) if x)
            if gender == "x" or gender.endswith("p"):
                forms = {tuple(fold(t) for t in nom.split()): {"nom_sg"}}
                forms.update({tuple(fold(t) for t in e.split()): {"any"} for e in extra})
                if gender == "x":
                    fixed.add(tuple(fold(t) for t in nom.split()))
            else:
                forms = phrase_forms(nom, gender, extra)
            for toks in forms:
                places.setdefault(toks, nom)
        heads: dict[str, list[NameEntry]] = {}
        for gender, words in data["organisation_heads"].items():
            for nom in words:
                if " " in nom:
                    continue
                for toks, slots in phrase_forms(nom, gender).items():
                    heads.setdefault(toks[0], []).append(NameEntry(nom, gender, frozenset(slots)))
        conv = lambda d: MappingProxyType({fold(k): (v[0], v[1]) for k, v in d.items()})  # noqa: E731
        return cls(
            first_names=MappingProxyType({k: tuple(v) for k, v in first.items()}),
            places=MappingProxyType(places),
            org_heads=MappingProxyType({k: tuple(v) for k, v in heads.items()}),
            articles=conv(data["articles"]),
            honorifics=conv(data["honorifics"]),
            invariant_endings=tuple(data["masc_invariant_surname_endings"]),
            accent_shift=MappingProxyType(dict(data["masc_gen_accent_shift"])),
            fixed_places=frozenset(fixed),
        )

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "NameLexicon":
        """The packaged lexicon, built once (it is immutable, so sharing it is safe)."""
        return NameLexicon.load()


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
# Articles and determiners
# ---------------------------------------------------------------------------


def article_case_gender(word: str, lexicon: NameLexicon | None = None) -> tuple[str | None, str | None]:
    """(case, gender) told by an article/honorific or a short run of them ("του κ.", "της κας")."""
    lex = lexicon or NameLexicon.default()
    case: str | None = None
    gender: str | None = None
    for w in word.split():
        key = fold(w)
        hit = lex.articles.get(key) or lex.honorifics.get(key)
        if hit is None and key.endswith("."):
            hit = lex.honorifics.get(key[:-1])
        if hit is None:
            continue
        c, g = hit
        case = case or c
        gender = gender or g
    return case, gender


def _is_prefix_word(w: str, lex: NameLexicon) -> bool:
    key = fold(w)
    return key in lex.articles or key in lex.honorifics or key.rstrip(".") in lex.honorifics


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

_MASC_OBLIQUE = (("οπούλου", "όπουλος"), ("ού", "ός"), ("ου", "ος"), ("έα", "έας"), ("ή", "ής"), ("η", "ης"),
                 ("ά", "άς"), ("α", "ας"), ("ό", "ός"), ("ο", "ος"))


def _morph_hint(morph: dict[str, str] | None) -> tuple[str | None, str | None]:
    if not morph:
        return None, None
    return _norm_case(morph.get("Case")), _norm_gender(morph.get("Gender"))


def _first_name(token: str, lex: NameLexicon, gender: str | None, case: str | None) -> NameEntry | None:
    cands = lex.first_names.get(fold(token), ())
    if gender:
        cands = tuple(c for c in cands if c.gender == gender)
    if case:
        cands = tuple(c for c in cands if "any" in c.slots or any(s.startswith(case) for s in c.slots))
    if not cands:
        return None
    # prefer a nominative reading when the word could be either
    return sorted(cands, key=lambda c: "nom_sg" not in c.slots)[0]


def _entry_case(entry: NameEntry) -> str | None:
    cases = {s.split("_")[0] for s in entry.slots if s != "any"}
    if cases == {"nom"} or "nom" in cases:
        return "nom"
    return cases.pop() if len(cases) == 1 else "obl"


def _surname_nominative(word: str, gender: str | None, case: str | None, lex: NameLexicon) -> str:
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
    if fold(low).endswith("ου") and any(fold(low).endswith(fold(e)) for e in lex.invariant_endings):
        return word
    rules = tuple(lex.accent_shift.items()) + _MASC_OBLIQUE
    if case == "acc":
        rules = tuple(r for r in rules if not fold(r[0]).endswith("ου"))
    return _suffix_map(word, rules) or word


def person_nominative(
    tokens: list[str],
    gender: str | None = None,
    case: str | None = None,
    morph: list[dict[str, str]] | None = None,
    lexicon: NameLexicon | None = None,
) -> str:
    """Canonical nominative of a person name given as tokens ("Σταύρου", "Τζουλάκη" -> "Σταύρος Τζουλάκης").

    ``gender``/``case`` come from the caller's context (article), ``morph`` from a tagger
    (``[{"Case": "Gen", "Gender": "Masc"}, ...]``); leading articles and honorifics in
    ``tokens`` are read for the same hints and dropped.
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
    # first-name lexicon: the first token that is a known first name fixes gender and case
    name_idx: dict[int, NameEntry] = {}
    for i, t in enumerate(toks):
        if not _is_greek_word(t) or (len(toks) > 1 and i == len(toks) - 1 and name_idx):
            continue
        entry = _first_name(t, lex, gender, case if case != "obl" else None)
        if entry is None:
            continue
        name_idx[i] = entry
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
    out: list[str] = []
    for i, t in enumerate(toks):
        if i in name_idx:
            out.append(_restyle(t, name_idx[i].nominative))
            continue
        if i < len(toks) - 1 or len(toks) == 1:
            entry = _first_name(t, lex, gender, case) if _is_greek_word(t) else None
            if entry is not None and (len(toks) == 1 or i != len(toks) - 1):
                out.append(_restyle(t, entry.nominative))
                continue
        out.append(_surname_nominative(t, gender, case, lex))
    return " ".join(out)


# ---------------------------------------------------------------------------
# Organisations and places
# ---------------------------------------------------------------------------

_ADJ_ENDINGS = ("ου", "ησ", "ασ", "οσ", "ο", "η", "α", "ων", "ουσ", "εσ", "οι")
_GEN_RULES_F = (("εως", "η"), ("ής", "ή"), ("ης", "η"), ("άς", "ά"), ("ας", "α"))
_GEN_RULES_M = (("ού", "ός"), ("ου", "ος"))
_GEN_RULES_N = (("ματος", "μα"), ("ού", "ό"), ("ου", "ο"))
_ACC_RULES_M = (("ό", "ός"), ("ο", "ος"), ("ή", "ής"), ("η", "ης"), ("ά", "άς"), ("α", "ας"))
_ORDINAL = re.compile(r"^(\d+)(ου|ης|ος|ο|η|ης|ων)$", re.IGNORECASE)


def _looks_adjective(word: str) -> bool:
    f = fold(word)
    for end in _ADJ_ENDINGS:
        if f.endswith(end) and f[: -len(end)].endswith(("ικ", "ακ", "ιν", "ιαν", "αι", "ιστ", "τικ", "ειακ", "ωτ", "ιο", "ι")):
            return True
    return False


def _ending_class(word: str) -> str | None:
    f = fold(word)
    for cls, ends in (("n3", ("ματοσ",)), ("n", ("ουσ",)), ("mn", ("ου",)), ("f", ("ησ", "ασ", "εωσ")), ("pl", ("ων",))):
        if f.endswith(ends):
            return cls
    return None


def _inflect_to_nom(word: str, gender: str, case: str | None) -> str:
    """Nominative singular of an adjective/noun word in the given gender, by suffix rules."""
    if not _is_greek_word(word) or case == "nom":
        return word
    m = _ORDINAL.match(word)
    if m:
        return m.group(1) + {"m": "ος", "f": "η", "n": "ο"}[gender]
    if case == "acc":
        return (_suffix_map(word, _ACC_RULES_M) or word) if gender == "m" else word
    if gender == "f":
        return _suffix_map(word, _GEN_RULES_F) or word
    low = word.lower()
    if low.endswith("ίου") and len(low) > 4 and low[-4] != "ε":
        return _move_accent_back(_replace_suffix(word, "ίου", "ιο" if gender == "n" else "ιος"))
    rules = _GEN_RULES_N if gender == "n" else _GEN_RULES_M
    return _suffix_map(word, rules) or word


def _strip_leading(words: list[str], lex: NameLexicon) -> tuple[list[str], str | None, str | None]:
    case = gender = None
    while len(words) > 1 and fold(words[0]) in lex.articles:
        c, g = lex.articles[fold(words[0])]
        case, gender = c or case, g or gender
        words = words[1:]
    return words, case, gender


def organisation_nominative(
    text: str, morph: list[dict[str, str]] | None = None, lexicon: NameLexicon | None = None
) -> str:
    """Nominative of an organisation name: leading article dropped, leading adjectives + head noun
    inflected, the genitive complement kept ("της Περιφερειακής Ένωσης Δήμων Αττικής" ->
    "Περιφερειακή Ένωση Δήμων Αττικής")."""
    lex = lexicon or NameLexicon.default()
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
    head_i: int | None = None
    head_entry: NameEntry | None = None
    for i, w in enumerate(words[:5]):
        if not _is_greek_word(w) or (w.isupper() and len(w) > 1 and not _ORDINAL.match(w) and i > 0):
            break
        cands = lex.org_heads.get(fold(w), ())
        if gender:
            cands = tuple(c for c in cands if c.gender == gender) or cands
        if case:
            cands = tuple(c for c in cands if any(s.startswith(case) for s in c.slots)) or cands
        if cands:
            head_i, head_entry = i, cands[0]
            break
        if not (_looks_adjective(w) or _ORDINAL.match(w)):
            break
    if head_i is None:
        # no known head: the leading run of words that agree in ending; its last word is the head
        cls0 = _ending_class(words[0])
        head_i = 0
        while (cls0 and head_i < min(len(words), 4) - 1 and _is_greek_word(words[head_i + 1])
               and not words[head_i + 1].isupper() and _ending_class(words[head_i + 1]) == cls0):
            head_i += 1
    if head_entry is not None:
        gender = head_entry.gender
        if case is None:
            cs = {s.split("_")[0] for s in head_entry.slots}
            case = "gen" if "gen" in cs and "nom" not in cs else ("nom" if "nom" in cs else None)
    if case is None:
        f = fold(words[head_i])
        case = "gen" if f.endswith(("ου", "ησ", "ασ", "ων", "εωσ", "ματοσ")) else "nom"
    if case == "nom":
        return " ".join(words)
    if gender is None:
        f = fold(words[head_i])
        gender = "f" if f.endswith(("ησ", "ασ", "εωσ")) else ("n" if f.endswith(("ματοσ", "ιου", "ουσ")) else "m")
    out = []
    for i, w in enumerate(words):
        if i < head_i:
            out.append(_inflect_to_nom(w, gender, case))
        elif i == head_i:
            out.append(_restyle(w, head_entry.nominative) if head_entry else _inflect_to_nom(w, gender, case))
        else:
            out.append(w)
    return " ".join(out)


def place_nominative(
    text: str, morph: list[dict[str, str]] | None = None, lexicon: NameLexicon | None = None
) -> str:
    """Nominative of a place name ("της Αθήνας" -> "Αθήνα", "στο Πεδίον Άρεως" -> "Πεδίον Άρεως")."""
    lex = lexicon or NameLexicon.default()
    words = text.split()
    if not words:
        return text.strip()
    words, case, gender = _strip_leading(words, lex)
    key = tuple(fold(w) for w in words)
    if key in lex.places:
        return _restyle(" ".join(words), lex.places[key]) if len(words) == 1 else _restyle_phrase(words, lex.places[key])
    if morph and not case:
        case, g = _morph_hint(morph[-1])
        gender = gender or g
    if greek_ratio(" ".join(words)) < 0.5 or case == "nom":
        return " ".join(words)
    out = []
    for w in words:
        if not _is_greek_word(w) or (w.isupper() and len(w) <= 4):
            out.append(w)
            continue
        f = fold(w)
        g = gender
        if g is None or (g == "m" and case == "gen"):
            if f.endswith(("ησ", "ασ")) and case != "acc":
                g = "f"
            elif f.endswith(("ιου", "ειου")):
                g = "n"
            elif f.endswith("ου"):
                g = "m"
            elif f.endswith("α") and case == "gen" and gender == "m":
                out.append(_suffix_map(w, (("ά", "άς"), ("α", "ας"))) or w)
                continue
        if g is None:
            out.append(w)
            continue
        out.append(_inflect_to_nom(w, g, case or "gen"))
    return " ".join(out)


def _restyle_phrase(src_words: list[str], nominative: str) -> str:
    """Letter case of a multi-word source applied to a gazetteer nominative."""
    if all(w.isupper() for w in src_words if any(c.isalpha() for c in w)):
        return _restyle(" ".join(src_words), nominative)
    return nominative

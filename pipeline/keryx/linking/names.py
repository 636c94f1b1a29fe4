"""Greek inflection helpers and canonical (nominative) forms of person, organisation and place names.

Records must name people, organisations and places in the nominative ("Σταύρος Τζουλάκης"),
while press releases mostly mention them in the genitive or accusative ("του Σταύρου
Τζουλάκη"). Two tools do the work: paradigm *generation* from a nominative (folded forms,
used to build lookup tables for first names, places, organisation heads and the roles
lexicon) and suffix *rules* back to the nominative for words no table knows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from types import MappingProxyType

from keryx.lang.el import read_json, read_text
from keryx.lang.el.text import fold, greek_ratio, is_greek_char, strip_accents

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
    text = read_text(name)
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


def _head_table(*groups: Mapping[str, list[str]]) -> Mapping[str, tuple[NameEntry, ...]]:
    """Folded form -> head nouns it can be (one-word heads; slots tell the case)."""
    heads: dict[str, list[NameEntry]] = {}
    for group in groups:
        for gender, words in group.items():
            for nom in words:
                if " " in nom:
                    continue
                for toks, slots in phrase_forms(nom, gender).items():
                    heads.setdefault(toks[0], []).append(NameEntry(nom, gender, frozenset(slots)))
    return MappingProxyType({k: tuple(v) for k, v in heads.items()})


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
    place_heads: Mapping[str, tuple[NameEntry, ...]] = field(default_factory=lambda: MappingProxyType({}))
    plain_adjectives: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls) -> NameLexicon:
        data = read_json("inflection.json")
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
        heads = _head_table(data["organisation_heads"])
        place_heads = _head_table(data["organisation_heads"], data["place_heads"])
        plain_adj: set[str] = set()
        for masc in data["plain_adjectives"]:
            stem = masc[:-2]  # "Ερυθρός" -> "Ερυθρ": masculine, both feminine types, neuter
            for word, gender in ((masc, "m"), (stem + "η", "f"), (stem + "α", "f"), (stem + "ο", "n")):
                plain_adj.update(f for forms in word_forms(word, gender).values() for f in forms)
        conv = lambda d: MappingProxyType({fold(k): (v[0], v[1]) for k, v in d.items()})
        return cls(
            first_names=MappingProxyType({k: tuple(v) for k, v in first.items()}),
            places=MappingProxyType(places),
            org_heads=heads,
            place_heads=place_heads,
            plain_adjectives=frozenset(plain_adj),
            articles=conv(data["articles"]),
            honorifics=conv(data["honorifics"]),
            invariant_endings=tuple(data["masc_invariant_surname_endings"]),
            accent_shift=MappingProxyType(dict(data["masc_gen_accent_shift"])),
            fixed_places=frozenset(fixed),
        )

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> NameLexicon:
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
    return min(cands, key=lambda c: "nom_sg" not in c.slots)


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
#
# Both are a leading noun phrase (modifiers agreeing with a head noun) followed by a fixed
# complement ("Σύλλογος | Εθελοντών Αιμοδοτών Ιωαννίνων", "Κερατέα | Αττικής"). Only the
# leading phrase is put in the nominative; the head noun's own form (from the head lexicon)
# tells the case when no article does, and each modifier is checked against the head's
# gender and case with ``word_forms`` before it is changed.

_ADJ_ENDINGS = ("ου", "ησ", "ασ", "οσ", "ο", "η", "α", "ων", "ουσ", "εσ", "οι")
_GEN_RULES_F = (("εως", "η"), ("ής", "ή"), ("ης", "η"), ("άς", "ά"), ("ας", "α"))
_GEN_RULES_F2 = (("ού", "ός"), ("ου", "ος"))  # feminine -ος nouns: "της Οδού", "της Αλικαρνασσού"
_GEN_RULES_M = (("ού", "ός"), ("ου", "ος"))
_GEN_RULES_N = (("ματος", "μα"), ("ού", "ό"), ("ου", "ο"))
_ACC_RULES_M = (("ό", "ός"), ("ο", "ος"), ("ή", "ής"), ("η", "ης"), ("ά", "άς"), ("α", "ας"))
_ORDINAL = re.compile(r"^(\d+)(ου|ης|ος|ο|η|ης|ων)$", re.IGNORECASE)
_DASH_SPLIT = re.compile(r"(\s+[-–—]\s+)")
_CASE_ORDER = ("nom", "gen", "acc")
_ADJ_NOM_ENDINGS = {"m": ("οσ", "ησ"), "f": ("η", "α"), "n": ("ο", "εσ")}


def _looks_adjective(word: str) -> bool:
    f = fold(word)
    for end in _ADJ_ENDINGS:
        if f.endswith(end) and f[: -len(end)].endswith(("ικ", "ακ", "ιν", "ιαν", "αι", "ιστ", "τικ", "ειακ", "ωτ", "ιο", "ι")):
            return True
    return False


def _is_modifier(word: str, lex: NameLexicon) -> bool:
    """An adjective or ordinal that can stand before a head noun ("Ελληνικού", "Ερυθρό", "1ου")."""
    return _looks_adjective(word) or bool(_ORDINAL.match(word)) or fold(word) in lex.plain_adjectives


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


def _leading_phrase_end(words: list[str], lex: NameLexicon) -> int:
    """Index of the noun that ends the leading phrase: the first word after the modifiers."""
    all_caps = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    i = 0
    while i < min(len(words), 4) - 1 and _is_modifier(words[i], lex) and _name_word(words[i + 1], all_caps, lex):
        i += 1
    return i


def _place_word(word: str, gender: str | None, case: str | None, lex: NameLexicon) -> str:
    """One place-name word to the nominative: gazetteer first, then suffix rules."""
    if "-" in word.strip("-"):
        return "-".join(_place_word(p, gender, case, lex) if p else p for p in word.split("-"))
    nom = lex.places.get((fold(word),))
    if nom is not None:
        return _restyle(word, nom)
    if not _is_greek_word(word) or (word.isupper() and len(word) <= 4):
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
    text: str, morph: list[dict[str, str]] | None = None, lexicon: NameLexicon | None = None
) -> str:
    """Nominative of a place name ("της Αθήνας" -> "Αθήνα", "στο Πεδίον Άρεως" -> "Πεδίον Άρεως").

    Only the leading noun phrase is inflected: a following genitive is part of the name
    ("ΚΕΡΑΤΕΑ ΑΤΤΙΚΗΣ", "της Λεωφόρου Κηφισίας" -> "Λεωφόρος Κηφισίας").
    """
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
    out = [_place_word(w, gender, case, lex) for w in words[: head_i + 1]]
    return " ".join(out + words[head_i + 1:])


def _restyle_phrase(src_words: list[str], nominative: str) -> str:
    """Letter case of a multi-word source applied to a gazetteer nominative."""
    if all(w.isupper() for w in src_words if any(c.isalpha() for c in w)):
        return _restyle(" ".join(src_words), nominative)
    return nominative


@lru_cache(maxsize=1)
def known_organisations() -> Mapping[str, str]:
    """Well-known bodies (resources/organisations.tsv): folded name or acronym -> canonical name.

    Read once and read-only, shared by the entity repairs and the linker.
    """
    table: dict[str, str] = {}
    for row in _read_tsv("organisations.tsv"):
        canonical = row[0].strip()
        others = row[1].split(";") if len(row) > 1 else []
        for name in [canonical, *others]:
            if name.strip():
                table.setdefault(fold(name.strip()), canonical)
    return MappingProxyType(table)

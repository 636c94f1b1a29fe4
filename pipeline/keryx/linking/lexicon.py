"""Linking's vocabulary (``lang/el/data/linking.json``, ``honorifics.tsv``): honorifics, publisher
phrases, role→organisation hints; built once per process and shared by every resolver."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING

from keryx.extensions import doc_text
from keryx.lang.el import read_json, read_tsv
from keryx.lang.el.grammar import article_forms, relational_adjective_endings
from keryx.lang.el.honorifics import read_honorifics
from keryx.lang.el.text import fold, greek_ratio
from keryx.linking.names import known_organisations
from keryx.linking.names.inflection import word_forms

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span

__all__ = ["ACRONYM", "MIXED_SHORT_NAME", "LinkingLexicon", "sports_report", "stem"]

ACRONYM = re.compile(r"^[A-ZΑ-Ω][A-ZΑ-Ω0-9.&-]{1,12}$")
# "(HILab)", "(AfD)", "(FedHATTA)": a short name in mixed case, a capital first and at least one more
# capital inside, one word of letters; in parentheses right after a body's name it is that body's short name
MIXED_SHORT_NAME = re.compile(r"^(?=(?:.*[A-ZΑ-Ω]){2})[A-ZΑ-Ω][A-Za-zΑ-Ωα-ω.&-]{1,9}$")
_HOUSE_NUMBER = re.compile(r"^\w+( \w+)? \d{1,4}[Α-Ωα-ωA-Za-z]?$")
# "ΠΑΕ ΟΦΗ 1925", "ΑΟ ΤΡΙΚΑΛΑ 1963": a short acronym and a year name a club with its founding year
_FOUNDED = re.compile(r"(?:^|\s)[A-ZΑ-Ω]{2,4}\s(?:\w+\s)?(?:18|19|20)\d\d$")
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d./-]|,\d)")
# A result line: two capitalised names and the score ("Ηρακλής - Κομοτηνή 3-0").
_RESULT = re.compile(r"[^\W\d_][\w.]* [-–] [^\W\d_][\w.]*\s\d{1,3}\s?[-–]\s?\d{1,3}(?!\d)")
_SPORTS_KEY = "keryx.sports_report"  # Doc.user_data: the game-report test, worked out once a document
_SPORTS_WORDS_KEY = "keryx.sports_words"  # Doc.user_data: the words that test counts (see _sports_words)
_ENDING = re.compile(r"(ου|οσ|ησ|η|ο|α|ασ|εσ|ε|ων|οι|ι|σ)$")


_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)
_ACC_ARTICLES = article_forms(lambda a: "acc" in a.cases)
# "στη", "στο": «σε» fused with a singular article; "το", "τη", "τον": the article alone
_SINGULAR_LOCATIVES = article_forms(lambda a: "acc" in a.cases and a.number == "sg", contracted=True)
_SINGULAR_ARTICLES = article_forms(lambda a: "acc" in a.cases and a.number == "sg")
# "ελληνική", "δημοτικό": the singular endings of the adjectives in -ικός (not a noun: "το νοσοκομείο Χ")
_RELATIONAL_ENDINGS = relational_adjective_endings()
# "ο ένοικος του", "τα άδυτα του": every case form of the nouns whose genitive is a building (linking.json "seat_dwellers")
_SEAT_DWELLERS = frozenset(f for gender, words in read_json("linking.json")["seat_dwellers"].items()
                           for w in words for forms in word_forms(w, gender).values() for f in forms)


def names_where(before: Sequence[str], noun_lower: bool, locative: frozenset[str], motion: frozenset[str]) -> bool:
    """Whether the folded words before a name make it say where something is, goes or comes from:
    a preposition of place ("στον Λευκό Οίκο"), a noun whose genitive is a building and the
    article ("ο ένοικος του Λευκού Οίκου"), one of place, a lower-case noun and a genitive
    article ("στους χώρους του Κρεμλίνου"; ``noun_lower`` tells the noun's case), or one of motion
    and an accusative article ("από το Κρεμλίνο"). The entity rules (on tokens) and the linking
    (on spans) both ask it, so a seat of government is read the same way at both stages."""
    n = len(before)
    return (n >= 1 and before[-1] in locative) \
        or (n >= 2 and before[-1] in _GEN_ARTICLES and before[-2] in _SEAT_DWELLERS) \
        or (n >= 2 and before[-1] in _ACC_ARTICLES and before[-2] in motion) \
        or (n >= 3 and before[-1] in _GEN_ARTICLES and noun_lower and before[-3] in locative)


def stem(word: str) -> str:
    """A crude inflection-proof key: the folded word without its last vowel/σ ending."""
    f = fold(word)
    return _ENDING.sub("", f) or f


def sports_report(doc: Doc, sports: tuple[str, ...]) -> bool:
    """The game-report test of ``LinkingLexicon.is_sports_report`` on the entities the Doc holds
    now, not kept (the entity rules ask before their repairs are done)."""
    needed, words = _sports_words(doc, sports)
    if not needed:
        return True
    found: set[str] = set()
    for i, stems in words:
        if doc[i].ent_type_ != "PERSON":
            found |= stems
            if len(found) >= needed:
                return True
    return False


def _sports_words(doc: Doc, sports: tuple[str, ...]) -> tuple[int, tuple[tuple[int, frozenset[str]], ...]]:
    """What :func:`sports_report` reads from the text and the words, which the entities do not
    change: how many game-report words it needs (0: two result lines are enough) and, for every
    word that starts like one, its index and the stems it starts with. Kept on the Doc, since
    the rules ask a document five times or more; worked out again when the words change (a
    split only adds tokens, so their number tells)."""
    kept: dict[tuple[str, ...], tuple[int, int, tuple[tuple[int, frozenset[str]], ...]]] = \
        doc.user_data.setdefault(_SPORTS_WORDS_KEY, {})
    known = kept.get(sports)
    if known is not None and known[0] == len(doc):
        return known[1], known[2]
    text = doc_text(doc)
    needed = 0 if len(_RESULT.findall(text)) >= 2 else 2 if _SCORE.search(text) else 3
    found: list[tuple[int, frozenset[str]]] = []
    for t in doc if needed else ():
        if t.is_alpha:
            f = fold(t.text)
            if f.startswith(sports):  # one C-level test per word; the stems only for the few that pass
                found.append((t.i, frozenset(w for w in sports if f.startswith(w))))
    words = tuple(found)
    kept[sports] = (len(doc), needed, words)
    return needed, words


class LinkingLexicon:
    """Honorifics, publisher phrases and role→organisation-kind hints, folded."""

    def __init__(self) -> None:
        data = read_json("linking.json")
        self.honorifics: dict[str, str] = {h.key: h.canonical for h in read_honorifics()}
        self.possessive = {fold(w) for w in data["publisher_possessive"]}
        heads = data["publisher_heads"]
        self.signature_heads = frozenset(fold(w) for w in heads["named_in_signature"])
        self.publisher_heads = [fold(w) for w in heads["named_in_signature"] + heads["others"]]
        self.role_org_kind: dict[str, list[str]] = {
            fold(k): [fold(x) for x in v] for k, v in data["role_org_kind"].items()
        }
        self.gap_words = {fold(w) for w in data["gap_words"]}
        self.role_org_from_qualifier: dict[str, str] = {
            fold(k): v for k, v in data["role_org_from_qualifier"].items()}
        self.generic_orgs = {*self.publisher_heads, *(fold(w) for w in data["generic_orgs"])}
        self.venue_heads = [fold(w) for w in data["venue_heads"]]
        self.venue_bodies = [fold(w) for w in data["venue_bodies"]]
        # "στο νοσοκομείο Ρεθύμνου": a body named after its building, a place after a locative
        self.building_bodies = [tuple(fold(w).split()) for w in data["building_bodies"]]
        # "Hart Island", "Central Park": an English name ends in its head, a place's, as written
        self.latin_place_heads = frozenset(data["latin_place_heads"])
        self.admin_unit_abbreviations = {fold(w).rstrip("."): w for w in data["admin_unit_abbreviations"]}
        self.org_unit_abbreviations = {fold(w).rstrip("."): w for w in data["org_unit_abbreviations"]}
        self.not_org_heads = [fold(w) for w in data["not_organisation_heads"]]
        # words of a game report ("σκόρερ", "γκολ"): a town there may name its club
        self.sports_stems = tuple(fold(w) for w in data["sports_stems"])
        forms = data["legal_forms"]
        # "ανωνυμη εταιρια" and "ανωνυμη εταιρεια": both spellings of the word are current
        self.legal_forms = frozenset(legal_form_key(f) for f in forms)
        self.legal_form_len = max(len(f.split()) for f in forms)
        self.common_abbreviations = frozenset(
            [fold(w) for w in data["common_abbreviations"]] + [fold(a) for abbrs in forms.values() for a in abbrs])
        self.admin_units = [fold(w) for w in data["administrative_units"]]
        self.locative = frozenset(fold(w) for w in data["locative_prepositions"])
        # "από το", "προς τον", "μέχρι τη": a preposition of motion, then a bare article in the accusative
        self.motion = frozenset(fold(w) for w in data["motion_prepositions"])
        self.facade = frozenset(fold(w) for w in data["facade_adverbs"])
        self.role_prefixes = {fold(w): w for w in data["role_prefixes"]}
        self.role_prepositions = frozenset(fold(w) for w in data["role_prepositions"])
        # "ο υποψήφιος στο Ανώτατο Δικαστήριο, Χ", "του καθηγητή μου από το λύκειο, Χ": a phrase of place after a role
        self.role_place_prepositions = frozenset(fold(w) for w in data["role_phrase_prepositions"]["place"])
        self.apposition_stops = frozenset(fold(w) for w in data["apposition_stops"])
        self.predicate_verbs = frozenset(fold(w) for w in data["predicate_verbs"])
        self.predicate_words = frozenset(fold(w) for w in data["predicate_words"])
        self.perfect_predicate_verbs = frozenset(fold(w) for w in data["perfect_predicate_verbs"])
        self.perfect_auxiliaries = frozenset(fold(w) for w in data["perfect_auxiliaries"])
        self.predicate_adverbs = frozenset(fold(w) for w in data["predicate_adverbs"])
        self.relatives = frozenset(fold(w) for w in data["relatives"])
        self.gendered_relatives = {fold(w): g for w, g in data["gendered_relatives"].items()}
        self.body_roles = frozenset(fold(w) for w in data["body_roles"])
        self.post_nominals = frozenset(fold(w).replace(".", "") for w in data["post_nominals"])
        self.name_particles = frozenset(fold(w) for w in data["name_particles"])
        self.latin_body_words = frozenset(fold(w) for w in data["latin_body_words"])
        self.latin_days = frozenset(fold(w) for w in data["latin_days"])
        # "on", "della", "am": the lower-case particles a Latin-script name keeps inside it, as written
        # ("Mail on Sunday", "Corriere della Sera"), and the English ones the model joins itself ("of")
        self.latin_name_particles = frozenset(w for words in data["latin_name_particles"].values() for w in words) \
            | frozenset(data["name_links"]["en"])
        self.latin_colours = frozenset(fold(w) for w in data["latin_colours"])
        self.plural_articles = frozenset(fold(w) for w in data["plural_articles"])
        self.programmes = frozenset(fold(w) for w in data["programmes"])
        not_place = data["not_place"]
        # words whose name is no geographic place (planets, compass points, feasts, ships' nouns…)
        self.not_place: dict[str, frozenset[str]] = {k: frozenset(fold(w) for w in v) for k, v in not_place.items()
                                                     if k not in ("rule_endings", "ministry_stems")}
        self.rule_endings = tuple(fold(w) for w in not_place["rule_endings"])
        self.ministry_stems = tuple(fold(w) for w in not_place["ministry_stems"])
        self.known_orgs: Mapping[str, str] = known_organisations()
        # "Λευκός Οίκος", "Κρεμλίνο": seats that name the government seated there (organisations.tsv
        # "seat"), each written form in any singular case ("του Λευκού Οίκου", "στον Λευκό Οίκο") -> the listed name
        from keryx.linking.organisations import singular_forms  # (that module reads this one)

        # The listed clubs ("club": Super League clubs, NBA franchises) the same way ("στον Παναθηναϊκό",
        # "της ΑΕΚ"): a body, never a place, since the list leaves out the clubs named by their town alone.
        self.seats: dict[str, str] = {}
        self.clubs: dict[str, str] = {}
        by_kind = {"seat": self.seats, "club": self.clubs}
        for row in read_tsv("organisations.tsv"):
            table = by_kind.get(row[2]) if len(row) > 2 else None
            if table is not None:
                for name in (row[0], *(n for n in row[1].split(";") if n.strip())):
                    for words in product(*singular_forms(name.strip())):
                        table.setdefault(" ".join(words), row[0])
        # Everyday first names -> their formal form, by stem ("Αλέκου" -> "Αλέξανδρος").
        self.formal_first: dict[str, str] = {}
        for row in read_tsv("hypocoristics.tsv"):
            for variant in (row[1].split(";") if len(row) > 1 else []):
                if variant.strip():
                    self.formal_first[stem(variant.strip())] = stem(row[0])
        # Stems of the bodies a document may call "ours", and of those "του Νοσοκομείου" means.
        self.head_stems = [stem(h) for h in self.publisher_heads]
        self.generic_head_stems = [stem(h)[:5] for h in self.publisher_heads]

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> LinkingLexicon:
        """The packaged lexicon, built once per process (resolvers only read it)."""
        return LinkingLexicon()

    def is_sports_report(self, doc: Doc) -> bool:
        """Whether the text reports sport: two result lines ("Ηρακλής - Κομοτηνή 3-0"), or a score and
        two words only a game report uses, or three of them (none inside a person's name). Kept on
        the Doc: the places' and the bodies' rules both ask."""
        known = doc.user_data.get(_SPORTS_KEY)
        if known is not None:
            return bool(known)
        found = sports_report(doc, self.sports_stems)
        doc.user_data[_SPORTS_KEY] = found
        return found

    def is_venue(self, name: str) -> bool:
        """"Δημοτικό Θέατρο Καβάλας", "Ξενοδοχείο Μακεδονία Παλλάς": a place, not an organisation; so
        is an English name that ends in its head, a place's ("Roosevelt Island", "Wall Street")."""
        if _has_head(name, self.venue_heads):
            return True
        words = name.split()
        return len(words) > 1 and words[-1] in self.latin_place_heads and greek_ratio(name) < 0.5

    def is_venue_at(self, ent: Span, name: str) -> bool:
        """Whether a mention names a venue, a place: a venue that is also a body ("Φυλακές
        Κορυδαλλού") only in a locative phrase ("στις φυλακές Κορυδαλλού"); so is a body named after
        its building ("μεταφέρθηκε στο νοσοκομείο Ρεθύμνου": :meth:`is_building_body`)."""
        if not self.is_venue(name):
            return self.is_building_body(name) and self.in_locative_phrase(ent)
        return not _has_head(name, self.venue_bodies) or self.in_locative_phrase(ent)

    def is_building_body(self, name: str) -> bool:
        """Whether ``name`` is a hospital's or a health centre's ("Γενικό Νοσοκομείο Σύρου",
        "Κέντρο Υγείας Μυκόνου"): the head (linking.json "building_bodies") as whole words, in any
        case form, among its first three words, and more words than the head ("το Νοσοκομείο" alone
        refers back to a body; "Ένωση Νοσοκομειακών Γιατρών" has no such head)."""
        words = fold(name).split()
        for head in self.building_bodies:
            if len(words) > len(head) and any(
                    all(_same_word(words[i + k], h) for k, h in enumerate(head))
                    for i in range(min(3, len(words) - len(head) + 1))):
                return True
        return False

    def after_locative(self, ent: Span) -> bool:
        """Whether a locative preposition ("στο", "στις", "εντός") stands right before the mention."""
        i = ent.start - 1
        return i >= 0 and fold(ent.doc[i].text) in self.locative

    def in_locative_phrase(self, ent: Span) -> bool:
        """After a locative, or in the genitive after a locative and a noun ("στο αμφιθέατρο του
        Μουσείου Ακρόπολης", "στους χώρους του Μουσείου"): the mention says where."""
        return names_where(self._before(ent), ent.start >= 2 and ent.doc[ent.start - 2].is_lower, self.locative,
                           frozenset())

    def before_building(self, ent: Span) -> bool:
        """"μπροστά στη Βουλή", "έξω από το Εφετείο", "μπροστά από το Νοσοκομείο Χ": a body's name,
        in the singular, right after an adverb that places something before or outside a building
        (linking.json "facade_adverbs") and «σε» or «από» with the article, names the building, a
        place, not the body. Not an acronym ("έξω από το ΣτΕ"), which names the body."""
        doc, i = ent.doc, ent.start
        if len(ent) == 1 and sum(c.isupper() for c in ent.text) >= 2:
            return False  # "ΣτΕ", "ΕΚΑΒ": an acronym
        if i >= 1 and doc[i - 1].is_lower and fold(doc[i - 1].text).endswith(_RELATIONAL_ENDINGS):
            i -= 1  # "μπροστά από την ελληνική Βουλή": an adjective in -ικός between the article and the name
        before = [fold(t.text) for t in doc[max(0, i - 3):i]]
        if len(before) >= 2 and before[-1] in _SINGULAR_LOCATIVES and before[-2] in self.facade:
            return True
        return len(before) == 3 and before[-1] in _SINGULAR_ARTICLES and before[-2] == "απο" \
            and before[-3] in self.facade

    def seat(self, name: str) -> str | None:
        """The listed name of a seat of government ("Μεγάρου των Ηλυσίων" -> "Ελιζέ"), or None."""
        return self.seats.get(fold(name))

    def club(self, name: str) -> str | None:
        """The listed name of a club ("Παναθηναϊκό" -> "Παναθηναϊκός", "Α.Ε.Κ" -> "ΑΕΚ"), or None."""
        key = fold(name)
        return self.clubs.get(key) or (self.clubs.get(key.replace(".", "")) if name.isupper() else None)

    def seat_located(self, ent: Span) -> bool:
        """Whether a seat of government is named as where something is, goes or comes from: after a
        preposition of place ("στον Λευκό Οίκο", "στους χώρους του Κρεμλίνου") or one that takes the
        article ("από το Κρεμλίνο", "προς τον Λευκό Οίκο"); elsewhere ("ανακοίνωσε ο Λευκός
        Οίκος", "πηγές του Κρεμλίνου") it names the government seated there, a body."""
        return names_where(self._before(ent), ent.start >= 2 and ent.doc[ent.start - 2].is_lower, self.locative,
                           self.motion)

    @staticmethod
    def _before(ent: Span) -> list[str]:
        """The three folded words before a mention (fewer at the start of the text)."""
        return [fold(t.text) for t in ent.doc[max(0, ent.start - 3):ent.start]]

    def is_legal_form(self, name: str) -> bool:
        """"Ανώνυμη Εταιρία", "Συνεταιρισμός Δικηγορική Εταιρεία": a name made only of legal forms
        names a kind of body; one with a name of its own ("Χ Ανώνυμη Εταιρεία") is a body."""
        words = legal_form_key(name).split()
        i = 0
        while i < len(words):
            n = next((n for n in range(min(self.legal_form_len, len(words) - i), 0, -1)
                      if " ".join(words[i:i + n]) in self.legal_forms), 0)
            if not n:
                return False
            i += n
        return bool(words)

    def is_not_org(self, name: str) -> bool:
        """"Διδακτορικό Δίπλωμα", "Πρόγραμμα Erasmus": a degree, law, plan or programme, no body."""
        return _has_head(name, self.not_org_heads)

    @staticmethod
    def abbreviation_before(ent: Span, table: Mapping[str, str]) -> tuple[str, int] | None:
        """(abbreviation, start) when one of ``table`` stands right before ``ent`` ("Π.Ε.", "Γ.Ν.")."""
        doc, i = ent.doc, ent.start
        for n in (1, 2):  # "Π.Ε." is one token or two ("Π.Ε", ".")
            if i - n < 0:
                break
            words = doc[i - n:i]
            if any(t.whitespace_ for t in words[:-1]):
                break
            key = fold(words.text).rstrip(".")
            if key in table:
                return table[key], words.start_char
        return None

    @staticmethod
    def is_street_address(name: str) -> bool:
        """"Πανεπιστημίου 30", "Ακαδημίας 45Α": a street name and a house number, a place;
        a Latin-script name with a number ("Studio 54") is a brand, not a Greek street."""
        words = fold(name).split()[:-1]
        # A street is named in the nominative or the genitive ("Ερμού 5"); an accusative plural
        # ("τους Αγροτικούς Συλλόγους 12 χωριών") is a noun phrase followed by a count.
        return bool(_HOUSE_NUMBER.match(name.strip())) and greek_ratio(name) >= 0.5 \
            and not any(w.endswith("ουσ") for w in words) and not _FOUNDED.search(name.strip())

    def is_located_unit(self, ent: Span, name: str) -> bool:
        """"κρούσματα στην Περιφέρεια Αττικής": an administrative unit after a locative
        preposition says where something is, not who acts (the guide's place vs body)."""
        return self.after_locative(ent) and self.is_admin_unit(name)

    def is_admin_unit(self, name: str) -> bool:
        """"Περιφέρεια Αττικής", "Δήμος Χανίων": an administrative unit (a body or a place)."""
        words = fold(name).split()
        return len(words) >= 2 and any(
            len(words) > len(h) and all(_same_word(w, x) for w, x in zip(words, h))
            for h in (u.split() for u in self.admin_units))


def legal_form_key(name: str) -> str:
    """A legal form's key: folded, "εταιρια" spelled "εταιρεια", dots and hyphens dropped."""
    return " ".join(w.replace("εταιρια", "εταιρεια") for w in fold(name).replace(".", " ").replace("-", " ").split())


def _same_word(word: str, head: str) -> bool:
    """The same noun or adjective in another case or number: "δημου" for "δημοσ", not "δημοτικη"."""
    stem = head[:-2] if len(head) > 4 else head[:-1]
    return word.startswith(stem) and len(word) - len(stem) <= 3


def _has_head(name: str, heads: list[str], first: int = 3) -> bool:
    """Whether one of the first words of ``name`` starts like one of ``heads`` (any case ending)."""
    words = fold(name).split()
    for kind, n, key, cut in _head_keys(tuple(heads)):
        for i in range(min(first, len(words))):
            if kind == 0:  # "οδοσ": "οδου", "οδο", but not "οδηγοσ"
                if _same_word(words[i], key):
                    return True
            elif kind == 1:
                # "ολυμπιαδα": "ολυμπιαδεσ", but not "ολυμπιακοσ"; "προγραμμα": "προγραμματοσ"
                if words[i].startswith(key) and len(words[i]) - len(key) <= 4:
                    return True
            elif " ".join(words[i:i + n])[:cut] == key:
                return True
    return False


@lru_cache(maxsize=64)
def _head_keys(heads: tuple[str, ...]) -> tuple[tuple[int, int, str, int], ...]:
    """What :func:`_has_head` compares for each head, worked out once per list of heads: a short
    head itself (kind 0), a one-word head's longest stem (kind 1), a phrase's first ``cut`` letters (kind 2)."""
    keys = []
    for head in heads:
        n = len(head.split())
        if len(head) <= 4 and n == 1:
            keys.append((0, n, head, 0))
        elif n == 1:
            keys.append((1, n, max(stem(head), head[: max(4, len(head) - 2)], key=len), 0))
        else:
            cut = max(4, len(head) - 2)
            keys.append((2, n, head[:cut], cut))
    return tuple(keys)

"""Roles → people: which person each ROLE span describes, and which organisation it is of.

"ο Δήμαρχος κ. Χ", "Χ, Δήμαρχος Υ", "ο Χ (Δήμαρχος Υ)", roles chained by "," or "και"
before or after one name. All look-ups go through a per-document index built once, so the
cost is linear in the number of roles and entities.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from keryx.extensions import doc_text
from keryx.lang.el import read_json, read_text
from keryx.lang.el.grammar import (
    adjective_case_endings,
    age_word,
    article_forms,
    finite_verb_endings,
    genitive_finals,
    indefinite_articles,
)
from keryx.lang.el.text import enclitic_accent, fold, greek_ratio, strip_accents
from keryx.linking.lexicon import LinkingLexicon, stem
from keryx.linking.names.inflection import word_forms
from keryx.linking.model import (
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    LinkedOrg,
    LinkedPerson,
    LinkedRole,
    Offsets,
    in_labelled_list,
)
from keryx.linking.names import (
    NameLexicon,
    article_case_gender,
    organisation_nominative,
    place_kind_forms,
)

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Span, Token

__all__ = ["RoleResolver"]

_GEN_ARTICLES = article_forms(lambda a: "gen" in a.cases)
# Singular articles that tell the gender of the name they stand before ("ο", "της", "τον").
_SINGULAR_ARTICLES = article_forms(lambda a: a.number == "sg" and a.gender in ("m", "f"), contracted=None)
# between roles that share a person after them; ":" after a label ("Υπεύθυνος: Καθηγήτρια Χ")
_CHAIN_GAPS: tuple[list[str], ...] = ([], [","], ["και"], ["."], [".", ","], ["/"], ["&"], ["–"], ["-"], ["—"], [":"])
# "ο καθηγητής φυσικής και εκπρόσωπος ...": what may follow a role's lower-case genitives before the
# next role of the same person
_JOINED_GAPS: tuple[list[str], ...] = (["και"], [","])
_ADJECTIVE_ENDINGS = adjective_case_endings(feminine_in_as=False, plural_in_oi=False)  # folded: -ος, -ής, -ή, -ά, -ό, ...
_LIST_GAPS: tuple[list[str], ...] = tuple(  # between the names of a list, each with its article or none
    [*sep, *art] for sep in ([","], ["και"], [",", "και"]) for art in ([], ["ο"], ["η"], ["οι"]))
_LIST_OPENERS: tuple[list[str], ...] = ([":"], [",", "οι"], [":", "οι"])  # before the names a plural role heads
# "βουλευτής του κόμματος Ερντογάν": a lone name right after the genitive of a party noun names
# the party (its own name or its leader's), not the holder of the role.
_LINKING = read_json("linking.json")  # parsed once for the module's word lists
_WORDS = _LINKING["role_linking"]
_PARTY_NOUNS = frozenset(fold(w) for w in _WORDS["party_nouns"])
_EXAMPLE_WORDS = frozenset({"οπωσ"})  # "αστροναύτες όπως ο Χ": a plural role, then examples of it
# Words between an article and a role that make it refer to no one named ("ο κάθε παίκτης"; "ο
# αρμόδιος ιατροδικαστής": the one whose duty the matter is, picked out by that duty).
_NO_REFERENCE = frozenset(fold(w) for w in _WORDS["no_reference"])
# Prepositions (folded) that govern a genitive: what they govern is an argument of the verb, not a
# possessor, and not the subject of the clause ("πήρε θέση υπέρ του Μητροπολίτη Κοζάνης"). Those
# of the accusative ("σύμφωνα με τον κυβερνήτη της Νέας Υόρκης") may well name the one just named.
_GEN_PREPOSITIONS = frozenset(fold(w) for w in _WORDS["genitive_prepositions"])
# Verbs of taking or holding an office with a noun of duty or post ("καθήκοντα", "χρέη", "θέση")
# and the office in the genitive.
_OFFICE_VERBS = frozenset(fold(w) for w in _WORDS["office_verbs"])
_OFFICE_NOUNS = frozenset(fold(w) for w in _WORDS["office_nouns"])
# "ο στρατηγός εν αποστρατεία Χ", "ο συνταγματάρχης ε.α. Χ": a rank's service status before its holder
_SERVICE_STATUS: tuple[tuple[str, ...], ...] = tuple(tuple(p) for p in _WORDS["service_status"])
_MAX_OFFICE_MODIFIERS = 2  # genitive adjectives between the noun of duty and the office ("χρέη προσωρινού προέδρου")
# Conjunctions (folded) that open a time clause right after a name, before its verb of being:
# "ο Χ, όταν ήταν υπουργός", "τον Χ ότι όσο διάστημα ήταν υπουργός" ("ότι", "πως" only before
# one). "διάστημα", "καιρό" close "όσο" ("όσο διάστημα", "όσο καιρό").
_CLAUSE_NOUNS = frozenset(fold(w) for w in _WORDS["clause_nouns"])
_CLAUSE_OPENERS = frozenset(fold(w) for w in _WORDS["clause_openers"]) | _CLAUSE_NOUNS
_COMPLEMENTIZERS = frozenset(fold(w) for w in _WORDS["complementizers"])
# Between a headline's speaker and the colon: "Χ για Τουρκία:", "Χ κατά Ψ:" (and the locatives).
_HEADLINE_PREPOSITIONS = frozenset(fold(w) for w in _WORDS["headline_prepositions"])
# "με Τραμπ", "στον Μητσοτάκη", "κατά του Χ": a headline name after these is an object, not its subject
_OBJECT_MARKERS = frozenset(fold(w) for key in ("name_prepositions", "locative_prepositions", "motion_prepositions")
                            for w in _LINKING[key]) | _GEN_PREPOSITIONS | _HEADLINE_PREPOSITIONS
# "ο γιατρός μου": a possessor after the noun (not "του", "της": after a role they open its genitive complement)
_CLITICS = frozenset(fold(w) for w in _LINKING["possessive_clitics"]) \
    - article_forms(lambda a: "gen" in a.cases and a.number == "sg")
# "ο εκπρόσωπός της Χ": after a word with its enclitic accent every one of these is the weak pronoun
_ENCLITICS = frozenset(fold(w) for w in _LINKING["possessive_clitics"])
# "ο δάσκαλος μου Χ": a speaker's or addressee's possessive names a private relation, no office
_SPEAKER_CLITICS = frozenset(fold(w) for w in _LINKING["speaker_clitics"])
# "η γραμματέας της οποίας Χ": the relative's genitive after a role names the body it heads
_RELATIVE_GENITIVES = frozenset(fold(w) for w in _WORDS["relative_genitives"])
# "ο Χ, ο οποίος ...", "ο Χ, που ...": a relative pronoun opens a clause about the name before it
_RELATIVE_PRONOUNS = frozenset(fold(w) for w in _WORDS["relative_pronouns"])
# The gender and number an article or a weak possessive pronoun shows ("της": feminine singular;
# "του": masculine or neuter; "τους": plural): a possessive pronoun agrees with what it refers to.
_AGREEMENT_CLASSES: tuple[frozenset[str], ...] = (
    article_forms(lambda a: a.number == "sg" and a.gender == "f"),
    article_forms(lambda a: a.number == "sg" and a.gender in ("m", "n")),
    article_forms(lambda a: a.number == "pl"),
)
_ONE = indefinite_articles()  # "ενός από τους"
# "ένας από τους", "ενός εκ των": the prepositions of a part of a whole (role_grammar.json
# "partitive"), the plural articles after them, and the case each form of "one" shows ("μια" is
# written for the accusative too, so it tells none)
_PARTITIVE = frozenset(fold(w) for w in read_json("role_grammar.json")["partitive"])
_PARTITIVE_ARTICLES = article_forms(lambda a: a.number == "pl" and bool({"acc", "gen"} & set(a.cases)))
# the case and gender each form of "one" shows ("μια" is written for the accusative too: no case)
_ONE_FORMS = {fold(w): (None if fold(w) == "μια" else c, g)
              for w, (c, g) in read_json("role_grammar.json")["indefinite_articles"].items()}
_ONE_CASES = {w: c for w, (c, _) in _ONE_FORMS.items() if c is not None}
_MAX_PARTITIVE_MODIFIERS = 2
_MAX_NAMED_BODY = 10  # tokens of a named body between a name and ", ο οποίος" ("του Τμήματος Φυσικής του ...")
_MAX_SHARED_GAP = 10  # tokens between a predicate role and the "και" of a second verb ("του συλλόγου (2011-16)")
_MAX_ASIDE = 12  # tokens of an aside between a subject and its verb ("(8 Ιανουαρίου 1942 – 14 Μαρτίου 2018)")
_MAX_INDEFINITE_MODIFIERS = 2  # "ο Χ, ένας 32χρονος Γάλλος οδηγός": words between "ένας" and the role
# "με επικεφαλής" (role_grammar.json "group_head"): the preposition and the role of "headed by"
_GROUP_WITH, _GROUP_HEAD = (fold(w) for w in read_json("role_grammar.json")["group_head"])
_ROLE_GRAMMAR = read_json("role_grammar.json")
# "μέλος της οικογένειας" (role_grammar.json "kin_groups"): the member role and every form of its kin groups
_KIN_MEMBER = frozenset(f for fs in word_forms(_ROLE_GRAMMAR["kin_groups"][0], "n").values() for f in fs)
_KIN_GROUP_FORMS = frozenset(f for noun in _ROLE_GRAMMAR["kin_groups"][1:]
                             for fs in word_forms(noun, "f").values() for f in fs)
_MAX_KIN_ADJECTIVES = 3  # "μέλος μιας μεγάλης οικογένειας": words between the role and the group noun
# "επί πρωθυπουργίας του Χ": each singular form of a noun of holding an office (role_grammar.json
# "office_holding_nouns", folded) and the title it gives the person in the genitive after it
_HOLDING_NOUNS = {f: title for noun, title in _ROLE_GRAMMAR["office_holding_nouns"].items()
                 for slot, fs in word_forms(noun, "f").items() if slot.endswith("_sg") for f in fs}
_MAX_OFFICE_QUALIFIER = 3  # capitalised words between the office noun and its holder ("υπουργίας Εξωτερικών")
_ADJECTIVE_ROLE_ENDING = fold(_ROLE_GRAMMAR["adjective_role_ending"])  # "ιρανικός" before a noun: no role
# "ο σύμβουλος του προέδρου", "η σύζυγος του υπουργού", "ο διευθυντής του γραφείου του πρωθυπουργού":
# nouns of kin, of a relation and of an office, whose genitive complement is someone else (every form)
_KIN_AND_RELATION = (*_ROLE_GRAMMAR["not_roles"]["kinship"], *_ROLE_GRAMMAR["not_roles"]["relation"])
_GOVERNORS = frozenset(f for w in (*_KIN_AND_RELATION, *_ROLE_GRAMMAR["governing_nouns"])
                       for g in ("m", "f", "n") for fs in word_forms(w, g).values() for f in fs)
# "ο συνεργάτης του Χ", "ο συνεργάτης του στη Βουλή": roles that, with a person in the genitive or a weak
# possessive pronoun, name a bond to that person (role_grammar.json "relation_roles"; every form), and
# the nouns of kin and relation that, joined to them, show the same ("ο συνεργάτης και συμπατριώτης του")
_RELATION_ROLES = frozenset(f for w in _ROLE_GRAMMAR["relation_roles"]
                            for g in ("m", "f") for fs in word_forms(w, g).values() for f in fs)
_BOND_NOUNS = frozenset(f for w in _KIN_AND_RELATION for g in ("m", "f") for fs in word_forms(w, g).values() for f in fs)
_AGE_WORDS = frozenset(fold(w) for w in _WORDS["age_words"])  # "45 ετών"
_BOTH_WORDS = frozenset(fold(w) for w in _WORDS["both_words"])  # "Χ και Ψ, αμφότεροι βουλευτές"
_RESPECTIVELY = frozenset(fold(w) for w in _WORDS["respectively"])  # "Χ και Ψ, πρόεδρος και γραμματέας αντίστοιχα"
_PARTICLES = _LINKING["verb_particles"]
_NEGATIONS = frozenset(fold(w) for w in _PARTICLES["negations"])
_VERB_PARTICLES = frozenset(fold(w) for w in _PARTICLES["future"])  # "ο Χ θα είναι ο νέος πρόεδρος"; "δεν" denies the predicate
_ITEM_OPENERS = frozenset({"(", ":"})  # "σκηνοθέτες (Χ, Ψ)", "καλλιτέχνες: Χ, Ψ"
_ITEM_ARTICLES = article_forms(lambda a: "nom" in a.cases and a.gender != "n")
_BEFORE_GAP = frozenset({",", "(", "-", "–", "—", "ωσ", "|", ":"})  # "Χ, Δήμαρχος Υ", "Χ (Δήμαρχος Υ)", "| Χ | Δήμαρχος |"
_ARTICLES = article_forms(lambda a: a.gender != "n")
_GENITIVE_ENDINGS = genitive_finals()  # -ς, -ου, -ων (inflection.json "genitive_finals")
# "ο πρωθυπουργός της χώρας", "ο κυβερνήτης της πολιτείας αυτής": a lower-case noun of a place's
# kind (inflection.json "place_kind_nouns", those a name follows in the genitive) as a role's whole
# qualifier takes up a place named before; it names none, so the title is the bare office.
_PLACE_KIND_GENITIVES = place_kind_forms("genitive")
_MAX_ANAPHOR_ADJECTIVES = 2  # lower-case adjectives before such a noun ("της μεγάλης γειτονικής χώρας")
_ADJECTIVE_GENITIVE_ENDINGS = adjective_case_endings(nominative_accusative=False, plural_in_oi=False)  # -ής, -ας, -ού, -ών
_DEMONSTRATIVE_GENITIVES = frozenset(f for g, w in (("m", "αυτός"), ("f", "αυτή"))
                                     for slot, fs in word_forms(w, g).items() if slot.startswith("gen") for f in fs)
_NP_PREPOSITIONS = frozenset(fold(w) for kind in ("place", "purpose")
                             for w in _LINKING["role_phrase_prepositions"][kind])  # "στην", "από", "για"
_NP_JOINERS = frozenset(fold(w) for kind in ("conjunctions", "signs")
                        for w in _LINKING["name_links"][kind])  # "και", "&", "-"
# Quotes of a title: guillemets, or the typewriter's straight quotes that stand for them
# ("της \" Συνωμοσίας του Παύλου \""), opening and closing alike.
_NP_BRACKETS = {"(": ")", "«": "»", "\"": "\"", "“": "”"}
_MAX_NICKNAME = 3  # words of a lower-case nickname in quotes («τριφύλλι», «μπλε της θάλασσας»)
_MAX_BRACKET = 16  # tokens of a bracket after a listed name ("Χ (μέλος της ομάδας Υ) και Ψ")
_MAX_GENITIVE_APPOSITION = 8  # tokens of a genitive apposition to a role's complement ("του μεγαλύτερου συλλόγου")
_MAX_RELATIVE_CLAUSE = 20  # tokens of a relative clause between a subject role and its verb
_MAX_SUBJECT_PHRASE = 6  # tokens of a phrase of place or purpose inside a subject role ("για τρίτη φορά")
_MAX_PREDICATE_ADVERBS = 3  # adverbs between a verb of being and its subject ("είναι κι επίσημα πλέον ο Χ")
_ALSO = frozenset({"και", "κι"})  # "also", the elided form written before a vowel too
_MAX_NP_COMPLEMENT = 14  # tokens of a role's complement between it and the name closing its phrase
_INDECLINABLE_ENDINGS = ("ι", "ε", "ο", "α")  # loanwords keep their one form: "γκαλερί", "καφέ", "μετρό"
_ACC_ARTICLES = article_forms(lambda a: "acc" in a.cases)
# A finite verb ends the phrase: its active and past passive forms, the ones measured here.
_VERB_ENDINGS = finite_verb_endings(passive_present=False, learned_aorist=False)
_QUOTES = frozenset("«»\"“”")  # a word quoted in a phrase ("ο ιδρυτής και «ψυχή» της Υ")
_MAX_CONJUNCT = 6  # tokens of a second conjunct between a role and its name
_SINGULAR_ARTICLES = article_forms(lambda a: a.number == "sg" and a.gender != "n")
_TOPIC_LINES = 2  # lines before a role's own where the story's topic must have been named last
_TOPIC_JOINERS = frozenset({"και", "η"})  # folded: "ή"  # "ο Χ και ο υπουργός": another subject
_QUOTE_CHARS = 3000  # characters before a closing quote where its opening is looked for
_MAX_APPOSITION = 10  # tokens in one comma-delimited noun phrase of an apposition chain
_MAX_PAIR_COMPLEMENT = 4  # tokens of a listed role's complement left outside its span, with the comma
_AGE = age_word()  # "45χρονος", "38χρονη" (folded)
_AGE_OR_YEARS = re.compile(r"\d{1,3}|\d{4}(?:[-–]\d{2,4})?")  # "(45)", "(1968)", "(1897-1968)"
_INITIAL = re.compile(r"[Α-ΩA-Z]\.?")  # "Α." before a surname
_ASIDE_TOKENS = 20  # the longest aside in brackets between a role and its name ("(και δημοσιογράφος)")
_RECENT_SENTENCES = 3  # sentences before a role's own where the one it names again was named
# A Greek surname in a masculine nominative ending (-ης, -ος, -ας; not the old genitive -εως of
# "Κεραμέως", a woman's): a man's, whatever article stands before it.
_MASCULINE_SURNAME = re.compile(r"[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+(?<!ε)(?:ης|ής|ος|ός|ας|άς)")
_PREDICATE_VERBS = frozenset({"ειναι", "ηταν"})  # folded: "ο Χ είναι ο πρόεδρος"
# Lexicon categories of trades that serve someone: their genitive is a client ("ο γιατρός του
# ασθενούς", "ο δικηγόρος της οικογένειας"), not the body an office heads ("ο πρόεδρος της ομάδας").
_CLIENT_ROLES = frozenset({"professional", "judiciary"})
# ... and, with them, the police: an unnamed one of these who speaks a quote after a name is a
# source on that person ("«Είναι σταθερός», δήλωσε ο γιατρός"), seldom that person.
_SERVICE_ROLES = frozenset({"police"})
# the kinds of role a story cites on the person it is about: the law, the emergency services, experts
_SOURCE_ROLES = _CLIENT_ROLES | _SERVICE_ROLES | frozenset({"fire", "coastguard", "academic"})
_ORDINAL_LETTER = re.compile(r"[Α-ΩA-Z]['΄’]")  # "Α' Αντιπρόεδρος"
# "Ν.Δ.", "ΕΛ.ΑΣ.", "Δ.Σ.": an acronym written with periods, the last one its own, not the sentence's
_DOTTED_ACRONYM = re.compile(r"(?:[Α-ΩA-Z]{1,3}\.){2,}")
_APOSTROPHES = frozenset("'’΄")
_CAPITAL_VOWELS = frozenset("ΑΕΗΙΟΥΩ")  # the capitals the Greek accent may stand on
_MAX_ACRONYM_COMPLEMENT = 2  # "του Δ.Σ.": the article and the acronym after a role, before its name


class _DocIndex:
    """What role attachment reads of one document, built once: no per-role rescans."""

    def __init__(self, doc: Doc, ents: list[Span], roles: list[Span], orgs: list[LinkedOrg]) -> None:
        self.roles = roles
        self.role_starts_list = [r.start for r in roles]
        self.role_starts = set(self.role_starts_list)
        self.role_ending_at: dict[int, Span] = {}
        for r in roles:
            self.role_ending_at.setdefault(r.end, r)
        # the same over the document's role spans as tagged (untrimmed), first in their order
        self.tagged_role_ending_at: dict[int, Span] = {}
        for r in doc.spans.get("roles", []):
            self.tagged_role_ending_at.setdefault(r.end, r)
        self.persons = sorted((e for e in ents if e.label_ in PERSON_LABELS), key=lambda e: e.start)
        self.person_starts = [p.start for p in self.persons]
        self.person_ends = [p.end for p in self.persons]
        self.person_start_chars = [p.start_char for p in self.persons]
        self.orgs = [e for e in ents if e.label_ in ORG_LABELS]
        self.places = sorted((e for e in ents if e.label_ in PLACE_LABELS), key=lambda e: e.start)
        self.place_starts = [p.start for p in self.places]
        self.org_starts = [e.start for e in self.orgs]
        self.org_ending_at: dict[int, Span] = {e.end: e for e in self.orgs}
        self.org_of_mention: dict[Offsets, str] = {}
        for org in orgs:
            for m in org.mentions:
                self.org_of_mention.setdefault(m, org.name)
        self.text = doc_text(doc)
        # where each «, » stands: "inside a quote" is then a bisection, not a scan of the text before
        self._quote_opens = [k for k, c in enumerate(self.text) if c == "«"]
        self._quote_closes = [k for k, c in enumerate(self.text) if c == "»"]
        self.sent_starts, self.sent_ends = _sent_bounds(doc)
        self.ent_end_at: dict[int, int] = {e.start: e.end for e in ents}
        self._mentions: dict[int, list[Span]] | None = None
        self._genders: dict[int, frozenset[str]] | None = None

    def in_quote(self, char: int) -> bool:
        """Whether the last guillemet before ``char`` opens a quote: someone's words, not the text's."""
        opened = bisect_left(self._quote_opens, char) - 1
        closed = bisect_left(self._quote_closes, char) - 1
        return opened >= 0 and (closed < 0 or self._quote_opens[opened] > self._quote_closes[closed])

    def _grouped(self, people_by_span: dict[Offsets, LinkedPerson]) -> dict[int, list[Span]]:
        """The PERSON mentions of each linked person, in order: grouped once a document."""
        if self._mentions is None:
            self._mentions = {}
            for m in self.persons:
                owner = people_by_span.get((m.start_char, m.end_char))
                if owner is not None:
                    self._mentions.setdefault(id(owner), []).append(m)
        return self._mentions

    def genders_by_person(self, doc: Doc, people_by_span: dict[Offsets, LinkedPerson],
                          gender_of: Callable[[Doc, Span], str | None]) -> dict[int, frozenset[str]]:
        """Each linked person's genders, told by its mentions (first name, article or honorific):
        worked out once a document, not rescanned per role."""
        if self._genders is None:
            self._genders = {key: frozenset(g for m in ms if (g := gender_of(doc, m)) is not None)
                             for key, ms in self._grouped(people_by_span).items()}
        return self._genders

    def genders(self, doc: Doc, person: LinkedPerson, people_by_span: dict[Offsets, LinkedPerson],
                gender_of: Callable[[Doc, Span], str | None]) -> set[str]:
        """One person's genders (see :meth:`genders_by_person`), a fresh set for the caller."""
        return set(self.genders_by_person(doc, people_by_span, gender_of).get(id(person), ()))

    def mentions(self, person: LinkedPerson, people_by_span: dict[Offsets, LinkedPerson]) -> list[Span]:
        """A linked person's PERSON mentions, in order."""
        return self._grouped(people_by_span).get(id(person), [])


class _TopicTally:
    """Each linked person's mentions before a point, kept as the roles are read in order: the topic
    test then costs one pass over the document's mentions in all, not one per role."""

    def __init__(self) -> None:
        self.counts: dict[int, list] = {}  # person -> [mentions so far, the last of them]
        self.next = 0  # the first mention of index.persons not counted yet

    def before(self, token: int, index: _DocIndex,
               people_by_span: dict[Offsets, LinkedPerson]) -> dict[int, list]:
        """Mentions per person that start before ``token`` (roles come in document order)."""
        end = bisect_left(index.person_starts, token)
        if end < self.next:
            self.counts, self.next = {}, 0  # asked out of order: count again
        for p in index.persons[self.next:end]:
            person = people_by_span.get((p.start_char, p.end_char))
            if person is not None:
                seen = self.counts.setdefault(id(person), [0, p])
                seen[0] += 1
                seen[1] = p
        self.next = max(self.next, end)
        return self.counts


def _without_age(words: list[str]) -> list[str]:
    """Folded words between a name and its role without an age apposition: ", 45 ετών," and
    "(45)," leave the comma that follows them, and so do the years of a life in brackets
    ("Χ (1897-1968), η συγγραφέας"): a parenthesis inside the name's phrase, not a gap; what
    follows the comma (the apposition's article) stays."""
    if len(words) >= 4 and words[0] == "," and words[1].isdigit() and words[2] in _AGE_WORDS and words[3] == ",":
        return words[3:]
    if len(words) >= 4 and words[0] == "(" and _AGE_OR_YEARS.fullmatch(words[1]) and words[2] == ")" \
            and words[3] == ",":
        return words[3:]
    return words


def _accent_mark(tok: Token, name: Span) -> bool:
    """"'Αγγελα", "'Αδωνις": an apostrophe glued to a name's capital vowel is that vowel's accent,
    written before it as on a keyboard with no accented capitals, not a mark between two words."""
    return tok.text in _APOSTROPHES and not tok.whitespace_ and name.text[:1] in _CAPITAL_VOWELS


def _nominative_adjective(tok: Token, initial: bool = False) -> bool:
    """A lower-case word with a nominative singular adjective ending ("σημαντικός",
    "σύγχρονη", "επίσημος"): a modifier of a predicate noun; with ``initial``, capitalised as
    the first word of a sentence may be ("Νέος", "Τέταρτος")."""
    f = fold(tok.text)
    text = tok.text[:1].lower() + tok.text[1:] if initial else tok.text
    return tok.is_alpha and text.islower() and len(f) > 4 and f.endswith(("οσ", "ησ", "η", "α"))


def _sent_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token, where its sentence starts and ends (one pass over the sentences)."""
    starts, ends = [0] * len(doc), [len(doc)] * len(doc)
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            n = sent.end - sent.start
            starts[sent.start:sent.end] = [sent.start] * n
            ends[sent.start:sent.end] = [sent.end] * n
    return starts, ends


def _lower_adjective(word: str) -> bool:
    """A lower-case word in a genitive adjective's ending ("βρετανικής", "ρωσικού", "γειτονικών"),
    no article: an attributive adjective between an article and its noun."""
    f = fold(word)
    return word.isalpha() and word.islower() and len(f) > 3 and f not in _GEN_ARTICLES \
        and f.endswith(_ADJECTIVE_GENITIVE_ENDINGS)


class RoleResolver:
    """``attach(doc, ...)``: adds each role to the person it describes."""

    def __init__(self, lexicon: LinkingLexicon | None = None, names: NameLexicon | None = None) -> None:
        self.lex = lexicon or LinkingLexicon.default()
        self.names = names or NameLexicon.default()
        # imported here: components.role_phrases imports keryx.linking (name inflection)
        from keryx.components.role_phrases import RESOURCE as ROLE_GRAMMAR
        from keryx.components.role_phrases import RoleGrammar, coordinated_genitive, indeclinable_loan

        self._coordinated = coordinated_genitive
        self._loanword = indeclinable_loan

        self.grammar = RoleGrammar.from_text(read_text(ROLE_GRAMMAR))
        from keryx.components.roles import RoleLexicon, apposed_responsibility

        self.role_lexicon = RoleLexicon.default()
        self._apposed_responsibility = apposed_responsibility
        self._role_ends_of: tuple[weakref.ref[Doc], frozenset[int]] | None = None  # the last document's role ends

    def attach(self, doc: Doc, ents: list[Span], people_by_span: dict[Offsets, LinkedPerson],
               orgs: list[LinkedOrg], publisher: str | None, publisher_kinds: set[str]) -> None:
        roles = self._trim_at_people(doc, sorted(doc.spans.get("roles", []), key=lambda s: s.start), ents)
        index = _DocIndex(doc, ents, roles, orgs)
        prefixes: dict[int, str] = {}
        decided: dict[int, Span] = {}  # role start -> its person
        list_items: set[int] = set()  # the starts of the names a plural role before them heads as a list
        grown: dict[int, int] = {}  # role start -> the end of the place that closes its title
        place_ends = {p.end for p in index.places}
        topic_given: set[int] = set()  # the roles that _topic_subject gave (start chars)
        tally = _TopicTally()  # the mentions before each role, counted once over the document
        speaker_done = False  # the headline's speaker takes at most the lead's first free subject role
        complement_end = -1  # where the complement of the last role given to a name after it ends
        respective = self._respective_holders(doc, index)
        for role in roles:
            if self._apposed_responsibility(doc, role):
                continue  # "ο υφυπουργός Υγείας, αρμόδιος για τα νοσοκομεία, Χ": the office's attribute
            if self._personal_bond(doc, role, index):
                continue  # "Χ, στενός συνεργάτης του Ψ": a bond to Ψ, no office
            if self._kin_member(doc, role):
                continue  # "Χ, μέλος της οικογένειας του Ψ": kin, no office
            heads_group = self._heads_a_group(doc, role, index)
            body = self._headed_body(doc, role, index) if heads_group else None
            if heads_group and body is None:
                continue
            if role.start < complement_end and role._.role_plural:
                continue  # "η πρόεδρος των Γιατρών του Κόσμου, Χ": a plural in another role's complement
            prefix = self._prefix(doc, role, index, prefixes)
            if prefix:
                prefixes[role.start] = prefix
            lead = role.start
            if prefix and fold(doc[role.start - 1].text) in self.lex.role_prefixes:
                lead = role.start - 1
            elif prefix and role.start >= 2 and fold(doc[role.start - 2].text) in self.lex.role_prefixes:
                lead = role.start - 2  # "Χ, πρώην υψηλόβαθμο στέλεχος της Υ": the adjective is the role's too
            target = respective.get(role.start) or self._person_for_role(doc, role, lead, index, decided,
                                                                          list_items)
            governed = self._governed(doc, role, lead, index)
            if target is not None and governed and not self._named_right_after(doc, role, target):
                continue  # "Χ, σύμβουλος του προέδρου": the name apposed to the phrase holds the outer noun
            if target is None:
                target = self._antecedent(doc, role, lead, index, people_by_span)
            if target is None:
                target = self._redescription(doc, role, lead, index, people_by_span)
            if target is None:
                target = self._one_of(doc, role, index)
            if target is None and not speaker_done:
                target, speaker_done = self._headline_speaker(doc, role, lead, index, people_by_span)
            if target is None:
                target = self._headline_epithet(doc, role, lead, index, people_by_span)
            office_end = role.end
            if target is None:
                target, office_end = self._same_office(doc, role, lead, index, people_by_span)
            if target is None:
                target = self._topic_subject(doc, role, lead, index, people_by_span, topic_given, tally)
                if target is not None:
                    topic_given.add(role.start_char)
            if target is None:
                target = self._recent_subject(doc, role, lead, index, people_by_span)
            if target is None or self._other_nationality(doc, role, lead, target, index, people_by_span):
                continue
            if governed and target.start >= index.sent_starts[role.start] \
                    and not self._named_right_after(doc, role, target):
                continue  # nor another name of its sentence: "του προέδρου" is someone the phrase is not
            decided[role.start] = target
            linked = self._role_record(role, index, orgs, publisher, publisher_kinds)
            if body is not None and linked.organisation is None:  # "το fund Υ με επικεφαλής τον Χ"
                linked.organisation = index.org_of_mention.get((body.start_char, body.end_char)) \
                    or organisation_nominative(body.text)
            if linked.organisation is None and target.start >= role.end:
                linked.organisation = self._relative_antecedent(doc, role, index)  # "η Υ, ο πρόεδρος της οποίας Χ"
            if linked.organisation is None:
                linked.organisation = self._possessor_body(doc, role, target, index)  # "η Υ, ... ο πρόεδρός της, Χ"
            own = role.end  # where the title's words go on: past a possessor pronoun ("η υποψήφιά της στις ...")
            if target.start >= role.end:
                own = self._possessor_end(doc, role, index)
                q_end = self._complement_end(doc, own, target.start, index)
                if not self._gap_ok(doc, self._place_of_work_end(doc, q_end, target.start, index), target.start):
                    q_end = max(q_end, self._np_complement_end(doc, role, target, index))  # not the place of work
                q_end = max(q_end, self._joined_genitives_end(doc, role, target.start, index))
                complement_end = max(complement_end, q_end)
            else:
                q_end = max(self._named_complement_end(doc, role, index), office_end)
            # "καθηγητής στο Πανεπιστήμιο Πατρών": the place of work is the role's organisation.
            w_end = self._place_of_work_end(doc, q_end, target.start if target.start >= role.end
                                            else index.sent_ends[role.start], index)
            if q_end > own and linked.bare and fold(linked.title) == fold(linked.bare) \
                    and fold(role._.role_title or linked.bare) != fold(linked.bare):
                # "ο πρόεδρος του συλλόγου γονέων": the generic body word the record dropped is
                # the head of the genitive that goes on; the title keeps it, and it is no publisher
                linked.title = role._.role_title
                if linked.organisation_ref == "publisher":
                    linked.organisation_ref, linked.organisation = None, None
            if q_end > own:
                tail = doc[own:q_end].text
                linked.title = f"{linked.title}{'' if tail.startswith(',') else ' '}{tail}"
                if target.start < role.end and q_end in place_ends:
                    grown[role.start] = q_end  # the place is the title's, as when the matcher read it in
            if w_end == q_end and linked.organisation is None:
                # "Χ (Ερευνήτρια, ΕΚΕΤΑ)", "Χ, Καθηγητής, Πανεπιστήμιο Αθηνών⏎": the body after a comma.
                org_end = self._trailing_org_end(doc, q_end, index)
                if org_end > q_end:
                    linked.organisation = self._organisation_in(doc, q_end + 1, org_end, index)
                    w_end = org_end
            if w_end > q_end:
                index.role_ending_at.setdefault(w_end, role)  # "... στο Τμήμα Χ και μέλος ...": coordination
            if w_end > q_end and linked.organisation is None:
                linked.organisation = self._organisation_in(doc, q_end + 1, w_end, index) \
                    or organisation_nominative(doc[q_end + 1:w_end].text)
            elif q_end > own and linked.organisation is None:
                linked.organisation = self._organisation_in(doc, own, q_end, index)
            if linked.organisation is None and w_end == q_end:
                linked.organisation = self._closing_body(doc, role, target, q_end, index)
            if role.start > 0 and _ORDINAL_LETTER.fullmatch(doc[role.start - 1].text):
                linked.title = f"{doc[role.start - 1].text} {linked.title}"
            if prefix:
                linked.title = f"{prefix[:1].upper()}{prefix[1:]} {linked.title}"
            self._share_complement(doc, role, linked, target, decided, people_by_span, index, respective)
            targets = [target]
            if role._.role_plural and target.start >= role.end:
                opener = [fold(t.text) for t in doc[target.start - 2:target.start]] if target.start >= 2 else []
                # "μελών FIFA), Χ (...), Ψ (...) και Ω": a role closed in a bracket before its first name
                # heads no list that goes on past the brackets after the names
                brackets = all(t.text != ")" for t in doc[role.end:target.start])
                targets += self._apposed_list(doc, target, opener, index) \
                    or self._coordinated_after(doc, target, index, brackets)
                if len(targets) == 1:
                    for span, own_role in self._distributed(doc, role, linked, target, index):
                        if person := people_by_span.get((span.start_char, span.end_char)):
                            self._add_role(person, self._gendered(doc, role, own_role, span))
            elif role._.role_plural:
                targets = self._coordinated_before(doc, target, index) or targets
            if role._.role_plural and target.start >= role.end:
                list_items.update(span.start for span in targets)
            titles = self._respectively(linked, role, len(targets))
            for k, span in enumerate(targets):
                person = people_by_span.get((span.start_char, span.end_char))
                if person is not None:
                    if titles:  # each its own qualifier, and the body it names
                        part = titles[k][len(role._.canonical or "") + 1:].split(maxsplit=1)
                        org = organisation_nominative(part[1]) if len(part) > 1 else linked.organisation
                        self._add_role(person, replace(linked, title=titles[k], organisation=org))
                    else:
                        self._add_role(person, self._gendered(doc, role, linked, span))
        self._office_holders(doc, index, people_by_span)
        if grown:
            doc.spans["roles"] = [self._grown(doc, r, grown[r.start]) if r.start in grown else r for r in roles]

    def _office_holders(self, doc: Doc, index: _DocIndex, people_by_span: dict[Offsets, LinkedPerson]) -> None:
        """"επί πρωθυπουργίας του Χ", "στα χρόνια της προεδρίας του Χ", "επί υπουργίας Χ": a noun of
        holding an office (role_grammar.json "office_holding_nouns") with a person in the genitive after
        it says that person held the office; the person takes its title, with the capitalised qualifier written
        between ("επί υπουργίας Εξωτερικών του Χ": "Υπουργός Εξωτερικών"). The noun inside a role or a
        body ("ο υφυπουργός Προεδρίας", "η Προεδρία της Δημοκρατίας") or with no person after it: none."""
        tagged = {t for r in doc.spans.get("roles", []) for t in range(r.start, r.end)}
        in_ent = {t for e in index.orgs for t in range(e.start, e.end)} | tagged
        person_at = {p.start: p for p in index.persons}
        for tok in doc:
            title = _HOLDING_NOUNS.get(fold(tok.text))
            if title is None or tok.i in in_ent:
                continue
            j = tok.i + 1
            qualifier: list[str] = []
            while j < len(doc) and j not in person_at and len(qualifier) < _MAX_OFFICE_QUALIFIER \
                    and doc[j].is_alpha and doc[j].text[:1].isupper() \
                    and index.sent_starts[j] == index.sent_starts[tok.i]:
                qualifier.append(doc[j].text)
                j += 1
            if j < len(doc) and j not in person_at and fold(doc[j].text) in _GEN_ARTICLES:
                j += 1  # "της προεδρίας του Χ"
                while j < len(doc) and j not in person_at \
                        and (doc[j].text == "." or fold(doc[j].text) in self.lex.honorifics):
                    j += 1  # "επί δημαρχίας του κ. Χ"
            elif qualifier and j not in person_at:
                continue
            person_span = person_at.get(j)
            if person_span is None or index.sent_starts[j] != index.sent_starts[tok.i]:
                continue
            person = people_by_span.get((person_span.start_char, person_span.end_char))
            if person is not None:
                full = " ".join([title, *qualifier])
                self._add_role(person, LinkedRole(title=full, bare=title, start=tok.idx,
                                                  end=doc[j - 1].idx + len(doc[j - 1].text)))

    @staticmethod
    def _heads_a_group(doc: Doc, role: Span, index: _DocIndex) -> bool:
        """"Οι ερευνητές, με επικεφαλής τον (καθηγητή) Χ, δημοσίευσαν": "με επικεφαλής" and a
        person in the accusative say who led a group on this occasion (an adverbial, "headed
        by"), not an office the person holds: "Επικεφαλής" alone is none, whether the person's
        own title follows (that title is the office) or not. Only a named body right before it
        makes it an office (:meth:`_headed_body`)."""
        return (len(role) == 1 and fold(role.text) == _GROUP_HEAD and role.start >= 1
                and fold(doc[role.start - 1].text) == _GROUP_WITH and role.end < len(doc)
                and fold(doc[role.end].text) in _ACC_ARTICLES)

    @staticmethod
    def _headed_body(doc: Doc, role: Span, index: _DocIndex) -> Span | None:
        """"το fund Υ με επικεφαλής τον Χ", "η Κοινοπραξία Υ (με επικεφαλής τον Χ)": the group
        "με επικεφαλής" heads is the named body just before it (an organisation ending there, a
        comma or an opening bracket between), and heading it is the person's office, the body
        its qualifier. A body in the genitive ("οι ερευνητές του Πανεπιστημίου Υ, με επικεφαλής",
        "κλιμάκιο του υπουργείου Υ, με επικεφαλής") is the complement of the group's noun, not
        the group. Only for a role that :meth:`_heads_a_group`."""
        end = role.start - 1  # the index of "με"
        if end >= 1 and doc[end - 1].text in {",", "("}:
            end -= 1
        body = index.org_ending_at.get(end)
        if body is None:
            return None
        i = body.start - 1
        while i >= 0 and body.start - i <= 2 and doc[i].is_alpha and doc[i].text.islower() \
                and fold(doc[i].text) not in _GEN_ARTICLES:
            i -= 1  # "του ιαπωνικού Πανεπιστημίου": adjectives between the article and the body
        return None if i >= 0 and fold(doc[i].text) in _GEN_ARTICLES else body

    @staticmethod
    def _grown(doc: Doc, role: Span, end: int) -> Span:
        """The role span run on to ``end``, its title and attributes kept."""
        from spacy.tokens import Span as _Span

        new = _Span(doc, role.start, end, label=role.label_)
        for attr in ("role_title", "canonical", "organisation_ref", "role_plural", "role_gender", "role_cases"):
            setattr(new._, attr, getattr(role._, attr))
        return new

    def _antecedent(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                    people_by_span: dict[Offsets, LinkedPerson]) -> Span | None:
        """"Η Χ έγραψε ... Η ανάρτηση της τομεάρχη Εργασίας", "Ο Χ ... Ο γνωστός αναλυτής του ESPN
        παρουσίασε": a definite singular role with its qualifier (in the nominative, accusative or
        genitive) that names no one next to it refers back to the one person of its gender named
        in its sentence or the one before (the article tells the gender; two such people, or one
        of unknown gender, make it unknowable; "ο κάθε", "ο επόμενος" refer to no one). A bare
        role does so only as an epithet: "Ο Χ ... Ο Ιταλός κόουτς δήλωσε", "η 45χρονη υπουργός".
        Of two people, the one the text already gave this office is the one; else an epithet as
        subject ("ο", "η") names again the one of them named as a subject over one named in a
        prepositional phrase or as a possessor (the subject goes on as the subject: "Ο Χ έπαιξε
        με τον Ψ. Ο Ιταλός τενίστας είπε"), though not over a direct object, which may be the new
        topic ("Ο Χ θέλει τον Ψ για την ομάδα. Ο Γάλλος στόπερ")."""
        title = role._.role_title or role.text
        if role._.role_plural:
            return None
        i = lead - 1
        while i >= 0 and lead - i <= 2 and (doc[i].is_alpha or _AGE.fullmatch(fold(doc[i].text))) \
                and fold(doc[i].text) not in _ARTICLES and fold(doc[i].text) != "το":
            i -= 1  # "του Ιταλού κόουτς", "ο 45χρονος υπουργός": modifiers between the article and the role
        article = fold(doc[i].text) if i >= 0 else ""
        if article not in ("του", "τησ", "ο", "η", "τον", "την", "τη", "το"):
            return None  # "η ανάρτηση της υπουργού", "Ο γνωστός αναλυτής του ESPN παρουσίασε"
        if i >= 1 and article in _GEN_ARTICLES and fold(doc[i - 1].text) in _GEN_PREPOSITIONS:
            return None  # "πήρε θέση υπέρ του Μητροπολίτη Κοζάνης": no possessor
        modifiers = [fold(t.text) for t in doc[i + 1:role.start]]  # a prefix and its adjective included
        if any(w in _NO_REFERENCE for w in modifiers):
            return None  # "ο κάθε ποδοσφαιριστής της ομάδας": any one of them
        bare = fold(title) == fold(role._.canonical or title)
        # A bare title ("του Πρωθυπουργού", "του οικογενειακού γιατρού") may be anyone's; one that
        # gives the holder's nationality, age, fame or former office ("ο Ιταλός κόουτς", "η 45χρονη
        # υπουργός", "ο γνωστός παρουσιαστής", "το άλλοτε ηγετικό στέλεχος") describes someone the text has named, as its
        # subject or a possessor (an object, "με τον Έλληνα πρωθυπουργό", may be one it never names).
        if bare and (article in ("τον", "την", "τη") or not any(
                w in self.grammar.nationality or _AGE.fullmatch(w) or w in self.lex.role_prefixes
                or (w in self.grammar.epithet_adjectives and article in ("ο", "η")) for w in modifiers)):
            return None  # "το έργο της σπουδαίας τραγουδίστριας": praise in a genitive may be for anyone
        if article == "το" and i != index.sent_starts[i]:
            return None  # "το" is nominative or accusative: only a sentence's first words are its subject
        if self._name_follows(doc, role, index):
            return None  # "Ο 19χρονος φοιτητής της Πάτρας Χ", "ο Γάλλος συγγραφέας (και ...) Χ": the name's own
        # "Το άλλοτε ηγετικό στέλεχος της οργάνωσης": a neuter role ("μέλος", "στέλεχος") names
        # a person of either gender.
        gender = "n" if article == "το" else article_case_gender(doc[i].text, self.names)[1]
        genitive = article in _GEN_ARTICLES
        if gender not in ("m", "f", "n"):
            return None
        here = index.sent_starts[role.start]
        quote = self._quote_before(doc, i, here, index)
        opened = index.sent_starts[quote[2]] if quote else here
        window = index.sent_starts[opened - 1] if opened > 0 else opened
        found: dict[int, Span] = {}
        subjects: set[int] = set()
        objects: set[int] = set()
        for p in index.persons[bisect_left(index.person_starts, window):bisect_left(index.person_starts, role.start)]:
            person = people_by_span.get((p.start_char, p.end_char))
            if person is None or (quote and quote[0] < p.start_char < quote[1]):
                continue  # "«... ο κ. Ψ ...», δήλωσε ο πρόεδρος": a name the speaker says is not the speaker
            genders = index.genders(doc, person, people_by_span, self._person_gender)
            if genders == {gender} or (gender == "n" and len(genders) == 1):
                if p.start >= here and not genitive:
                    return None  # "Στην Ελένη Χ, η πρόεδρος του συλλόγου απένειμε": a subject is no one in its own clause
                if p.start >= here and bare and not self._oblique(doc, p):
                    return None  # "έστειλε ο Χ ... με αφορμή την επίσκεψη του Έλληνα πρωθυπουργού": nor its possessor
                if p.start >= here and genitive and any(fold(t.text) in _RELATIVE_PRONOUNS for t in doc[p.end:i]):
                    return None  # "τον Χ, ο οποίος ταυτίζεται με τη στάση του υπουργού Υ": the clause says him by its pronoun
                found[id(person)] = p
                if self._subject_mention(doc, p, index):
                    subjects.add(id(person))
                elif self._direct_object(doc, p):
                    objects.add(id(person))
            elif not genders:
                return None  # a person of unknown gender could be the one
        if not found and not bare and article in ("ο", "η") and any(t.text[:1].isupper() for t in doc[role.start + 1:role.end]):
            found = self._only_one_of_gender(doc, role, gender, index, people_by_span)
        elif not found and bare and article in ("ο", "η") and i == index.sent_starts[i]:
            # "ο Μάικ Χ είναι γνωστός ... Σήμερα έγινε γνωστή ... Ο 52χρονος πρωταθλητής παραδέχθηκε":
            # an epithet opening its sentence, with no one in the two sentences before it, is the
            # one person of its gender the whole text names
            found = self._only_one_of_gender(doc, role, gender, index, people_by_span)
        if not found and bare and article in ("ο", "η") and any(w in self.grammar.nationality for w in modifiers):
            found = self._protagonist(doc, role, gender, index, people_by_span)
        if len(found) > 1:
            # "ο εκπρόσωπος Χ ... την πρόταση του προέδρου του κόμματος": of two people, the one the
            # text already gave another office is not the one this office names
            bare_title = fold(role._.canonical or title)
            free = {k: p for k, p in found.items()
                    if not any(fold(r.bare or r.title) != bare_title for r in self._person_of(p, people_by_span).roles)}
            found = free
            holders = {k: p for k, p in found.items()
                       if any(fold(r.bare or r.title) == bare_title for r in self._person_of(p, people_by_span).roles)}
            if len(found) > 1 and len(holders) == 1:
                found = holders  # "ο Ψ σχολίασε ... του καγκελαρίου Χ. Ο Γερμανός καγκελάριος": the one who holds it
            if len(found) > 1 and bare and article in ("ο", "η") and len(subjects & found.keys()) == 1 \
                    and not objects & found.keys():
                # "Ο Χ έπαιξε με τον Ψ στον τελικό. Ο Ιταλός τενίστας είπε": an epithet as subject
                # names again the one of them named as a subject, not one in a prepositional phrase
                # or a possessor; a direct object competes ("Ο Χ θέλει τον Ψ. Ο Γάλλος στόπερ")
                found = {k: p for k, p in found.items() if k in subjects}
                if self._other_trade(role, self._person_of(next(iter(found.values())), people_by_span)):
                    return None
        elif len(found) == 1 and bare and self._other_trade(role, self._person_of(next(iter(found.values())), people_by_span)):
            return None
        return next(iter(found.values())) if len(found) == 1 else None

    def _other_nationality(self, doc: Doc, role: Span, lead: int, target: Span, index: _DocIndex,
                           people_by_span: dict[Offsets, LinkedPerson]) -> bool:
        """"με τον Σέρβο Χ, ο Έλληνας τενίστας", "ο Χ, εκπρόσωπος του Ρώσου προέδρου ... η απόφαση
        του Αμερικανού προέδρου": a role whose epithet gives a nationality does not describe a
        person the text calls by another nationality, right before a name of theirs or in a role
        it already gave them (nationality nouns of one country share their first letters:
        "Έλληνας", "Ελληνίδα", "Ελλήνων")."""
        epithet = {fold(t.text)[:3] for t in doc[max(0, lead - 2):role.end]
                   if t.is_alpha and fold(t.text) in self.grammar.nationality}
        person = people_by_span.get((target.start_char, target.end_char))
        if not epithet or person is None:
            return False
        if any(w in self.grammar.nationality and w[:3] not in epithet
               for r in person.roles for w in map(fold, r.title.split())):
            return True
        for m in index.mentions(person, people_by_span):
            i = m.start - 1
            while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
                i -= 1
            if i >= 0 and not lead - 2 <= i < role.end and doc[i].is_alpha \
                    and fold(doc[i].text) in self.grammar.nationality and fold(doc[i].text)[:3] not in epithet:
                return True
        return False

    def _other_trade(self, role: Span, person: LinkedPerson) -> bool:
        """"ο εισαγγελέας Χ ... Ο 33χρονος πιλότος": an epithet names again someone the text
        has named, but not one it already gave an office or trade of another kind (the lexicon's
        category: a prosecutor is no pilot), whom it would describe by that. False when either
        kind is unknown."""
        entry = self.role_lexicon.lookup(role._.canonical or role._.role_title or role.text)
        if entry is None or not person.roles:
            return False
        kinds = {e.category if e is not None else None
                 for e in (self.role_lexicon.lookup(r.bare or r.title) for r in person.roles)}
        return None not in kinds and entry.category not in kinds

    @staticmethod
    def _name_follows(doc: Doc, role: Span, index: _DocIndex) -> bool:
        """"Ο 19χρονος φοιτητής της Πάτρας Νίκος Χ", "ο Γάλλος συγγραφέας (και δημοσιογράφος)
        Χ": a name that follows the role in its own sentence, past only an aside in brackets, a
        comma or a genitive complement (an article and capitalised words), is the one the noun
        phrase describes, not someone named before it."""
        j, end = role.end, index.sent_ends[role.start]
        named = set(index.person_starts)
        if j < end and doc[j].text == "(":
            k = j + 1
            while k < end and k - j <= _ASIDE_TOKENS and doc[k].text != ")":
                k += 1
            if k >= end or doc[k].text != ")":
                return False
            j = k + 1
        if j < end and doc[j].text == ",":
            j += 1
        while j + 1 < end and fold(doc[j].text) in _GEN_ARTICLES and doc[j + 1].text[:1].isupper() \
                and j + 1 not in named:
            j += 2
            while j < end and doc[j].text[:1].isupper() and j not in named:
                j += 1
        return j in named

    @staticmethod
    def _quote_before(doc: Doc, article: int, here: int, index: _DocIndex) -> tuple[int, int, int] | None:
        """"«Σήμερα ... Δικαιοσύνης. Με την απόφαση ... πρωθυπουργό», δήλωσε ο πρόεδρος του
        κόμματος": a role whose article follows a closing quote and its verb of saying (a comma
        perhaps, and at most two lower-case words between) speaks the quote; its sentences are part of the role's
        clause. Returns the quote's opening and closing characters and the token that opens it
        (``None`` when no quote closes right before the role)."""
        k = article - 1
        while k >= here and article - k <= 3 and doc[k].text not in ("»", '"'):
            k -= 1
        if k < here or doc[k].text != "»":
            return None
        between = list(doc[k + 1:article])
        if not any(t.is_alpha for t in between) \
                or not all(t.text == "," if n == 0 and not t.is_alpha else t.is_alpha and t.text.islower()
                           for n, t in enumerate(between)):
            return None
        close = doc[k].idx
        # the quote's line, looked for no further back than a quote one speaks runs (a bound, so
        # that many attributions on one long line cost no rescan of it)
        floor = max(0, close - _QUOTE_CHARS)
        line = max(index.text.rfind("\n", floor, close) + 1, floor)
        opening = index.text.rfind("«", line, close)
        if opening < 0 or index.text.rfind("»", opening, close) >= 0:
            return None  # no opening on the line, or an inner quote closed before
        mark = doc.char_span(opening, opening + 1)
        return (opening, close, mark.start) if mark is not None else None

    def _share_complement(self, doc: Doc, role: Span, linked: LinkedRole, target: Span,
                          decided: dict[int, Span], people_by_span: dict[Offsets, LinkedPerson],
                          index: _DocIndex, respective: dict[int, Span] | None = None) -> None:
        """"ο ιδρυτής και επικεφαλής του Κινήματος Χ Ψ", "Ψ, εκτελεστικός αντιπρόεδρος και διευθύνων
        σύμβουλος της Χ": two coordinated heads, before a name or in apposition after it, share
        the genitive complement written after the second; the first, bare but for an adjective
        before it, is given it (and its organisation) when both roles are the same person's and
        the first is an office in a body (the lexicon's "organisation" roles: "ιδρυτής",
        "πρόεδρος", "διευθυντής"). Roles given "respectively" to a list of names share it too,
        each holder its own role ("Χ και Ψ, πρόεδρος και γραμματέας του Συλλόγου αντίστοιχα")."""
        k = role.start - 1
        if k < 1 or fold(doc[k].text) != "και":
            return
        first = index.tagged_role_ending_at.get(k)
        bare = role._.canonical or ""
        tail = linked.title[len(bare):].strip() if bare and linked.title.startswith(bare) else ""
        holder = decided.get(first.start) if first is not None else None
        both = respective is not None and first is not None and first.start in respective \
            and role.start in respective
        if (first is None or holder is None or (holder is not target and not both) or not tail
                or fold(tail.split()[0]) not in _GEN_ARTICLES):
            return
        entry = self.role_lexicon.lookup(first._.canonical or first.text)
        if entry is None or entry.category != "organisation":
            return  # "ο υποψήφιος και πρόεδρος του κόμματος": only a head of a body shares the body
        person = people_by_span.get((holder.start_char, holder.end_char))
        for r in person.roles if person is not None else ():
            if r.start == first.start_char and r.bare and fold(r.title).endswith(fold(r.bare)):
                r.title = f"{r.title} {tail}"
                r.organisation = r.organisation or linked.organisation

    def _redescription(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                       people_by_span: dict[Offsets, LinkedPerson]) -> Span | None:
        """"... σχολίασε ο επικεφαλής της υπηρεσίας Χ. «...» συμπλήρωσε ο επιστήμονας": a bare
        trade with a nominative article, as the subject of the next sentence, describes again
        the one person of its gender that the sentence before named and gave an office; none
        when that sentence names another of that gender, or the person has no office yet ("Ο Χ
        μεταφέρθηκε στο νοσοκομείο. Ο γιατρός δήλωσε": a doctor never named)."""
        if role._.role_plural or lead != role.start or lead < 1 or fold(doc[lead - 1].text) not in ("ο", "η"):
            return None
        title = role._.role_title or role.text
        if fold(title) != fold(role._.canonical or title):
            return None
        entry = self.role_lexicon.lookup(role._.canonical or title)
        if entry is None or entry.category != "professional":
            return None
        if role.end < len(doc) and fold(doc[role.end].text) in _GEN_ARTICLES | _CLITICS:
            return None  # "ο γιατρός του": someone else's
        art = lead - 1
        here = index.sent_starts[role.start]
        if art != here and not (doc[art - 1].is_alpha and doc[art - 1].text.islower()):
            return None  # the subject opens its sentence or follows its verb
        if here == 0:
            return None
        gender = article_case_gender(doc[art].text, self.names)[1]
        if role._.role_gender is not None and role._.role_gender != gender:
            return None
        window = index.sent_starts[here - 1]
        found: dict[int, Span] = {}
        for p in index.persons[bisect_left(index.person_starts, window):bisect_left(index.person_starts, role.start)]:
            person = people_by_span.get((p.start_char, p.end_char))
            if person is None:
                continue
            mentions = index.mentions(person, people_by_span)
            genders = index.genders(doc, person, people_by_span, self._person_gender)
            if not genders:  # "ο επικεφαλής της υπηρεσίας Ζαν Χ": the gender of the role right before the name
                genders = {r._.role_gender for m in mentions if (r := index.role_ending_at.get(m.start)) is not None} - {None}
            if len(genders) != 1:
                return None
            if genders == {gender}:
                if p.start >= here:
                    return None
                found[id(person)] = p
        if len(found) != 1:
            return None
        p = next(iter(found.values()))
        return p if people_by_span[(p.start_char, p.end_char)].roles else None

    def _same_office(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                     people_by_span: dict[Offsets, LinkedPerson]) -> tuple[Span | None, int]:
        """"Ο εκπρόσωπος Τύπου του κόμματος Χ ... (paragraphs on) ... πρόσθεσε ο εκπρόσωπος Τύπου
        της αξιωματικής αντιπολίτευσης": a definite singular office with its complement, next to
        no name, describes again the one person the text before it has already given that office
        (the same head noun); none when two people hold it, or the genders disagree. Returns
        the person and where the complement ends."""
        none = (None, role.end)
        if role._.role_plural:
            return none
        canonical = fold(role._.canonical or "")
        end = self._lower_genitives_end(doc, role.end, index.sent_ends[role.start])
        if not canonical or (fold(role._.role_title or "") == canonical and end == role.end):
            return none  # a bare office repeats, it adds nothing
        i = lead - 1
        while i >= 0 and lead - i <= 2 and doc[i].is_alpha and doc[i].text.islower() \
                and fold(doc[i].text) not in _ARTICLES and fold(doc[i].text) != "το":
            i -= 1
        if i < 0 or fold(doc[i].text) not in _SINGULAR_ARTICLES \
                or any(fold(t.text) in _NO_REFERENCE for t in doc[i + 1:role.start]):
            return none
        gender = role._.role_gender or (article_case_gender(doc[i].text, self.names)[1]
                                        if fold(doc[i].text) not in ("του",) else None)
        found: dict[int, Span] = {}
        for p in index.persons[:bisect_left(index.person_starts, role.start)]:
            person = people_by_span.get((p.start_char, p.end_char))
            if person is None or not any(fold(r.bare or "") == canonical for r in person.roles):
                continue
            found[id(person)] = p
        if len(found) != 1:
            return none
        p = next(iter(found.values()))
        return (p, end) if self._agrees(doc, p, gender) else none

    def _topic_subject(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                       people_by_span: dict[Offsets, LinkedPerson], topic_given: AbstractSet[int],
                       tally: _TopicTally) -> Span | None:
        """"Ο Χ ... ο Χ ... (a paragraph on) ... «...», ανέφερε ο παρουσιαστής": a news story
        calls the person it is about by an office or trade as the subject of a later clause, far
        from any name. A singular role with a nominative article ("ο", "η"; lower-case epithets
        may stand between: "Ο Ιταλός τεχνοκράτης πρωθυπουργός") that opens its sentence or
        follows a lower-case word (its verb, "ότι"; not "και", which joins another subject),
        with no name right after it and no possessor ("ο δικηγόρος του": someone else's), is the
        story's topic: the person of its gender the text has named most before it, at least
        twice and twice as often as any other of that gender, last in this line or the
        _TOPIC_LINES before it (a digest's earlier story is another's), not in its own sentence
        (a subject is no one else in its clause), and given no office by the text yet ("Ο
        Πρωθυπουργός" after "ο πρόεδρος Χ" and "ο πρωθυπουργός Ψ" is Ψ, not the topic Χ)."""
        i = None if role._.role_plural else self._subject_article(doc, role, lead)
        if i is None:
            return None
        here = index.sent_starts[i]
        if i != here and (not (doc[i - 1].is_alpha and doc[i - 1].text.islower())
                          or fold(doc[i - 1].text) in _TOPIC_JOINERS | self.lex.apposition_stops):
            return None
        if role.end < len(doc) and fold(doc[role.end].text) in _CLITICS | _GEN_ARTICLES:
            return None  # "ο γιατρός του", "ο δικηγόρος της οικογένειας": someone else's
        k = bisect_left(index.person_starts, role.end)
        if k < len(index.persons) and index.persons[k].start - role.end <= 3:
            return None  # a name right after: the rules of apposition decide
        gender = article_case_gender(doc[i].text, self.names)[1]
        if gender not in ("m", "f"):
            return None
        genders = index.genders_by_person(doc, people_by_span, self._person_gender)
        ranked = sorted((c for key, c in tally.before(role.start, index, people_by_span).items()
                         if genders[key] == {gender}), key=lambda c: -c[0])
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
            return None
        top = ranked[0][1]
        text = index.text
        window = text.rfind("\n", 0, role.start_char) + 1
        for _ in range(_TOPIC_LINES):
            window = text.rfind("\n", 0, max(window - 1, 0)) + 1 if window > 0 else 0
        if top.start >= here or top.start_char < window:
            return None
        person = people_by_span[(top.start_char, top.end_char)]
        if any(r.start not in topic_given for r in person.roles):
            return None
        if self._held_by_another(role, person, index, people_by_span):
            return None
        return top

    def _held_by_another(self, role: Span, person: LinkedPerson, index: _DocIndex,
                         people_by_span: dict[Offsets, LinkedPerson]) -> bool:
        """"ο εισαγγελέας Πρωτοδικών, Χ ... (the story of Ψ) ... ο εισαγγελέας σκιαγραφεί": a
        bare office the text has already given someone named before it (the same words open that
        person's title: "Εισαγγελέας Πρωτοδικών") is that person's again, so it is not the
        story's topic nor the last subject."""
        canonical = fold(role._.canonical or role.text)
        for p in index.persons[:bisect_left(index.person_starts, role.start)]:
            other = people_by_span.get((p.start_char, p.end_char))
            if other is not None and other is not person and any(
                    fold(r.bare or r.title).split()[:len(canonical.split())] == canonical.split() for r in other.roles):
                return True
        return False

    def _subject_article(self, doc: Doc, role: Span, lead: int) -> int | None:
        """The index of the nominative singular article ("ο", "η") before a role, lower-case
        epithets or a nationality standing between ("ο γάλλος πρόεδρος", "ο Ιταλός τεχνοκράτης
        πρωθυπουργός"), with no word between that makes it no one in particular; else None."""
        i = lead - 1
        while i >= 0 and lead - i <= 2 and doc[i].is_alpha \
                and (doc[i].text.islower() or fold(doc[i].text) in self.grammar.nationality) \
                and fold(doc[i].text) not in _ARTICLES and fold(doc[i].text) != "το":
            i -= 1
        if i < 0 or fold(doc[i].text) not in ("ο", "η") \
                or any(fold(t.text) in _NO_REFERENCE for t in doc[i + 1:role.start]):
            return None
        return i

    def _recent_subject(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                        people_by_span: dict[Offsets, LinkedPerson]) -> Span | None:
        """"Κρατούμενος παραμένει ο κατηγορούμενος, ο Χ. ⏎ Σύμφωνα με την ΕΡΤ, ο πιλότος
        κρατείται": a definite singular role with no name of its own, as the subject of its
        clause (the nominative article "ο", "η" opening the sentence, or after a lower-case word
        or a comma; lower-case epithets may stand between), names again the one person of its
        gender that the _RECENT_SENTENCES sentences before it name (outside quotes), when that
        person was named there as a subject at least once ("ο Χ", "ο κατηγορούμενος Χ", a
        sentence's first word) and holds no other office. None when two people of its gender
        are named there (or one of unknown gender) — unless the role is bare and only one of
        them was a subject: the subject goes on —, when its own sentence names one (a subject
        is no one else in its clause), when the role stands in a quote, or when a possessor
        follows ("ο γιατρός του", "ο δικηγόρος της οικογένειας": someone else's). The role keeps
        a genitive complement of a body ("ο πρόεδρος της πολωνικής ομάδας"). After a quote it
        speaks («...», δήλωσε ο πρόεδρος) the role must be an office, not a trade or the police
        (a source on the one named), and the subject preference does not reach across it."""
        i = None if role._.role_plural else self._subject_article(doc, role, lead)
        if i is None:
            return None
        here = index.sent_starts[i]
        if i != here:
            prev = doc[i - 1]
            if not (prev.text == "," or (prev.is_alpha and prev.text.islower())) \
                    or fold(prev.text) in _TOPIC_JOINERS | _PREDICATE_VERBS:
                return None  # "ο Χ και ο υπουργός": another subject; "ο Χ είναι ο πρόεδρος": a predicate
        if role.end < len(doc) and fold(doc[role.end].text) in _CLITICS | _GEN_ARTICLES:
            entry = self.role_lexicon.lookup(role._.canonical or role.text)
            if entry is None or entry.category in _CLIENT_ROLES or fold(doc[role.end].text) in _CLITICS \
                    or role.end + 1 >= len(doc) or not doc[role.end + 1].is_alpha:
                return None  # "ο γιατρός του", "ο δικηγόρος της οικογένειας": someone else's
        k = bisect_left(index.person_starts, role.end)
        if k < len(index.persons) and index.persons[k].start - role.end <= 3:
            return None  # a name right after: the rules of apposition decide
        gender = article_case_gender(doc[i].text, self.names)[1]
        if gender not in ("m", "f") or (role._.role_gender is not None and role._.role_gender != gender):
            return None
        text = index.text
        if index.in_quote(role.start_char):
            return None  # in a quote: the speaker's words, not the text's
        quote = self._quote_before(doc, i, here, index)
        quoted = quote is not None and (text[quote[1] + 1:quote[1] + 2] == ","  # «...», δήλωσε ο
                                        or len(text[quote[0] + 1:quote[1]].split()) >= 3)  # not «παραπλανητικός» αφού
        entry = self.role_lexicon.lookup(role._.canonical or role.text)
        if quoted and (entry is None or entry.category in _CLIENT_ROLES | _SERVICE_ROLES):
            return None  # "Ο Χ μεταφέρθηκε στο νοσοκομείο. «Είναι σταθερός», δήλωσε ο γιατρός": a source on him
        sent_end = index.sent_ends[role.start]
        # the role's sentence and the _RECENT_SENTENCES before it
        start = here
        for _ in range(_RECENT_SENTENCES):
            if start == 0:
                break
            start = index.sent_starts[start - 1]
        first = bisect_left(index.person_starts, start)
        found: dict[int, Span] = {}
        subjects: set[int] = set()
        for p in index.persons[first:bisect_left(index.person_starts, sent_end)]:
            person = people_by_span.get((p.start_char, p.end_char))
            if person is None:
                continue
            genders = index.genders(doc, person, people_by_span, self._person_gender)
            if not genders:  # "του τραγουδιστή Μάικλ Χ": the gender of the role right before the name
                genders = {r._.role_gender for m in index.mentions(person, people_by_span)
                           if (r := index.role_ending_at.get(m.start)) is not None} - {None}
            if not genders and person.roles:  # "ο κυβερνήτης του Πουέρτο Ρίκο, John Miller": its role's
                given = {x.start for x in person.roles}
                genders = {r._.role_gender for r in index.roles if r.start_char in given} - {None}
            if not genders and any(_MASCULINE_SURNAME.fullmatch(m.text) for m in index.mentions(person, people_by_span)):
                genders = {"m"}  # "οι Γιακουμάκης και Βασιλαντωνόπουλος": -ης, -ος, -ας name men alone
            if not genders:
                return None  # a person of unknown gender could be the one
            if genders != {gender}:
                continue
            if p.start >= here:
                return None  # a subject is no one else in its own clause
            if index.in_quote(p.start_char):
                continue  # "«... ο Θαλής ...»": a name in someone's words
            found[id(person)] = p
            if self._subject_mention(doc, p, index):
                subjects.add(id(person))
        if len(found) > 1 and len(subjects) == 1 and i == lead - 1 and not quoted:
            # "Ο Χ ... μίλησε για τους Ψ και Ω ... Ο πρόεδρος της ομάδας τόνισε": of those named,
            # the one named as a subject is the one a bare role as subject names again (an
            # epithet, "ο Γάλλος στόπερ", picks its man out by its own words: _antecedent's part)
            found = {k: p for k, p in found.items() if k in subjects}
        canonical = fold(role._.canonical or role.text)
        if len(found) > 1:
            # "Ο ιατροδικαστής Ψ είχε δηλώσει ... Ο Χ κατηγορείται ... Ο μποξέρ παραδόθηκε": one the
            # text has given another office is not the one (as below), so of two, the other is
            free = {k: p for k, p in found.items()
                    if not any(fold(r.bare or r.title) != canonical for r in self._person_of(p, people_by_span).roles)}
            if len(free) == 1 and not quoted and next(iter(free.values())).start == max(p.start for p in found.values()):
                found = free
        if len(found) != 1 or not subjects & found.keys():
            return None  # none, two, or one only ever an object or a possessor ("τον Πανάγιο Τάφο")
        p = next(iter(found.values()))
        person = people_by_span[(p.start_char, p.end_char)]
        if any(fold(r.bare or r.title) != canonical for r in person.roles):
            return None  # another office: this one may be someone else's
        if self._held_by_another(role, person, index, people_by_span):
            return None  # the office is someone else's the text named before
        return p

    def _subject_mention(self, doc: Doc, person: Span, index: _DocIndex) -> bool:
        """A name with the singular nominative article ("ο", "η", honorifics between) or opening
        its sentence: a subject, not an object or a possessor."""
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        role = index.tagged_role_ending_at.get(i + 1)
        if role is not None:  # "ο επικεφαλής της Τράπεζας Χ": the role's article
            i = role.start - 1
            while i >= 0 and role.start - i <= 2 and doc[i].is_alpha \
                    and (doc[i].text.islower() or fold(doc[i].text) in self.grammar.nationality) \
                    and fold(doc[i].text) not in _ARTICLES:
                i -= 1
        return (i >= 0 and fold(doc[i].text) in ("ο", "η")) or i + 1 == index.sent_starts[person.start]

    @staticmethod
    def _lower_genitives_end(doc: Doc, start: int, limit: int) -> int:
        """"της αξιωματικής αντιπολίτευσης": an article and lower-case genitives right after a
        role complete it (-ης, -ας, -ου, -ων, -εως: "όπως" is no genitive); where they end
        (``start`` when there are none)."""
        i, end = start, start
        while i < limit and i - start < 6:
            t, f = doc[i], fold(doc[i].text)
            if f in _GEN_ARTICLES:
                pass
            elif t.is_alpha and t.text.islower() and len(f) > 3 and f.endswith(("ησ", "ασ", "ου", "ων", "εωσ")):
                end = i + 1
            else:
                break
            i += 1
        return end

    def _one_of(self, doc: Doc, role: Span, index: _DocIndex) -> Span | None:
        """"του Χ, ενός από τα πρώτα μέλη της ομάδας", "Χ, ένας εκ των δύο επιμελητών",
        "Χ, ο ένας από τους βασικούς ερευνητές": a plural role after "one of" (the partitive "από"
        or "εκ", the plural article, up to two lower-case modifiers or a number between) in
        apposition to a name is that person's role (the title stays singular: the canonical). The
        indefinite article shows its case: a name whose article shows another ("για τον Χ, ένας
        από τους γιατρούς δήλωσε") is no head of that apposition."""
        if not role._.role_plural:
            return None
        k = role.start - 1
        for _ in range(_MAX_PARTITIVE_MODIFIERS):  # "τριών", "βασικούς", "πιο γνωστούς"
            if k >= 0 and fold(doc[k].text) not in _PARTITIVE_ARTICLES and (doc[k].is_digit or (
                    doc[k].is_alpha and doc[k].text.islower() and not fold(doc[k].text).endswith(_VERB_ENDINGS))):
                k -= 1
        if k < 3 or fold(doc[k].text) not in _PARTITIVE_ARTICLES:
            return None
        prep, one = fold(doc[k - 1].text), fold(doc[k - 2].text)
        if prep not in _PARTITIVE or (prep != "απο" and fold(doc[k].text) not in _GEN_ARTICLES) or one not in _ONE:
            return None  # "εκ" governs a genitive: "εκ των", never "εκ τους"
        k -= 3
        if k >= 1 and fold(doc[k].text) in _SINGULAR_ARTICLES:
            k -= 1  # "ο ένας εκ των προέδρων"
        if doc[k].text != ",":
            return None
        j = bisect_right(index.person_ends, k) - 1
        if j < 0 or index.persons[j].end != k:
            return None
        person = index.persons[j]
        case = _ONE_CASES.get(one)
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        theirs = article_case_gender(doc[i].text, self.names)[0] if i >= 0 and fold(doc[i].text) in _ARTICLES else None
        return None if case and theirs and case != theirs else person

    def _headline_speaker(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                          people_by_span: dict[Offsets, LinkedPerson]) -> tuple[Span | None, bool]:
        """"Πέτσας: Αρχές Φεβρουαρίου η πρόταση ...⏎Ο υφυπουργός παρά τω πρωθυπουργώ αναφέρθηκε":
        a news headline that opens with a name and a colon ("Χ: ...", "Χ κατά Ψ: ...", "Χ για
        Τουρκία: ...") gives the speaker, whom the lead paragraph then names by office as the
        subject. The first singular role of the lead with a nominative article ("ο", "η") that
        no rule gave a person is the speaker's, when the genders agree and the lead names no one
        before it. A headline with no speaker that names one person alone, as its subject or a
        possessor ("Η απάντηση Μητσοτάκη για τα σχολεία⏎... είπε ο πρωθυπουργός"), gives that
        person the same way (:meth:`_headline_subject`). Returns the person, and
        whether the lead's first such role has now been seen (only it may be the speaker's)."""
        text = index.text
        nl = text.find("\n")
        if nl < 0 or role._.role_plural:
            return None, False
        lead_start = nl + 1
        while lead_start < len(text) and text[lead_start] in "\n \t":
            lead_start += 1
        lead_end = text.find("\n", lead_start)
        lead_end = len(text) if lead_end < 0 else lead_end
        if not lead_start <= role.start_char < lead_end:
            return None, role.start_char >= lead_end
        i = lead - 1
        while i >= 0 and lead - i <= 2 and doc[i].is_alpha and doc[i].text.islower() and fold(doc[i].text) not in _ARTICLES:
            i -= 1  # "ο αναπληρωτής υπουργός", "η νέα υπουργός"
        if i < 0 or fold(doc[i].text) not in ("ο", "η"):
            return None, False
        k = bisect_left(index.person_start_chars, lead_start)
        if k < len(index.persons) and index.persons[k].start < role.start:
            return None, True  # the lead has named someone already: the office may be theirs or another's
        gender = article_case_gender(doc[i].text, self.names)[1]
        speaker = self._speaker(doc, index, nl)
        if speaker is None:
            speaker = self._headline_subject(doc, role, lead, index, nl, people_by_span)
        if speaker is None:
            return None, True
        person = people_by_span.get((speaker.start_char, speaker.end_char))
        if person is None:
            return None, True
        genders = index.genders(doc, person, people_by_span, self._person_gender)
        if genders != {gender} or not self._agrees(doc, speaker, role._.role_gender):
            return None, True
        return speaker, True

    def _headline_subject(self, doc: Doc, role: Span, lead: int, index: _DocIndex, headline_end: int,
                          people_by_span: dict[Offsets, LinkedPerson]) -> Span | None:
        """"Η απάντηση Μητσοτάκη για τα σχολεία", "Ασταμάτητος ο Χ στο τουρνουά": a news headline
        (a line that does not end as a sentence) naming one person alone, each time as its
        subject or a possessor (no preposition or accusative article before the name: "με
        Τραμπ", "για τον Χ" name an object), is about that person, whom the lead then calls by
        office. None when the headline names two people, or already gives the person another
        office (this one may be someone else's). A story about a person cites others on them by
        trade: a prosecutor, a coroner, the police, a researcher, a doctor or a lawyer (the
        lexicon's _SOURCE_ROLES) is no one the headline named, unless a prefix puts the trade
        in the past ("ο πρώην παίκτης": the person's own story, not a source's)."""
        if doc_text(doc)[:headline_end].rstrip().endswith((".", ";", "!", "?")):
            return None
        entry = self.role_lexicon.lookup(role._.canonical or role._.role_title or role.text)
        if entry is None or entry.category in _SOURCE_ROLES - ({"professional"} if lead < role.start else set()):
            return None
        mentions = index.persons[:bisect_left(index.person_start_chars, headline_end)]
        if not mentions or any(p.end_char > headline_end for p in mentions):
            return None
        person = people_by_span.get((mentions[0].start_char, mentions[0].end_char))
        if person is None or any(people_by_span.get((p.start_char, p.end_char)) is not person for p in mentions):
            return None
        for p in mentions:
            i = p.start - 1
            while i >= 0 and (doc[i].text == "." or _INITIAL.fullmatch(doc[i].text)
                              or fold(doc[i].text) in self.lex.honorifics):
                i -= 1
            if i >= 0 and (fold(doc[i].text) in _OBJECT_MARKERS or fold(doc[i].text) in _ACC_ARTICLES):
                return None
        canonical = fold(role._.canonical or role.text)
        if any(fold(r.bare or r.title) != canonical for r in person.roles):
            return None
        return mentions[0]

    def _headline_epithet(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                          people_by_span: dict[Offsets, LinkedPerson]) -> Span | None:
        """"Με μια αιχμή, ο Βρετανός μονάρχης απάντησε ...⏎Παρά την πρόθεση του βασιλιά Καρόλου":
        a news headline that names no one calls its subject by an epithet (a nationality, an age,
        a former office before the role); the lead paragraph then names the person. The one
        person of the article's gender the first line after the headline that names anyone
        names is the epithet's."""
        text = index.text
        nl = text.find("\n")
        if nl < 0 or role.start_char >= nl or role._.role_plural or text[:nl].rstrip().endswith("."):
            return None
        i = lead - 1
        while i >= 0 and lead - i <= 2 and (doc[i].is_alpha or _AGE.fullmatch(fold(doc[i].text))) \
                and fold(doc[i].text) not in _ARTICLES:
            i -= 1
        if i < 0 or fold(doc[i].text) not in ("ο", "η"):
            return None
        modifiers = [fold(t.text) for t in doc[i + 1:role.start]]
        if not any(w in self.grammar.nationality or _AGE.fullmatch(w) or w in self.lex.role_prefixes for w in modifiers):
            return None
        if index.persons and index.persons[0].start_char < nl:
            return None  # the headline names someone: the epithet may be another's
        k = bisect_left(index.person_start_chars, nl)
        if k >= len(index.persons):
            return None
        # the lead: the first line after the headline that names anyone
        lead_start = text.rfind("\n", 0, index.persons[k].start_char) + 1
        lead_end = text.find("\n", lead_start)
        lead_end = len(text) if lead_end < 0 else lead_end
        gender = article_case_gender(doc[i].text, self.names)[1]
        found: dict[int, Span] = {}
        for p in index.persons[k:]:
            if p.start_char >= lead_end:
                break
            person = people_by_span.get((p.start_char, p.end_char))
            if person is None:
                continue
            genders = index.genders(doc, person, people_by_span, self._person_gender)
            if not genders:
                return None
            if genders == {gender}:
                found.setdefault(id(person), p)
        return next(iter(found.values())) if len(found) == 1 else None

    def _speaker(self, doc: Doc, index: _DocIndex, headline_end: int) -> Span | None:
        """The person a headline opens with, when a colon follows the name (a few words of a
        prepositional phrase may stand between: "Χ κατά Ψ:", "Χ στη Σύνοδο Κορυφής:")."""
        if not index.persons:
            return None
        p = index.persons[0]
        if p.end_char > headline_end or any(
                not (_INITIAL.fullmatch(t.text) or t.text == "." or fold(t.text) in self.lex.honorifics)
                for t in doc[:p.start]):
            # "Σταυροπούλου: ..." left unread in the headline: the surname of a person of the body
            first = fold(doc[0].text)
            body = next((q for q in index.persons if len(q) > 1 and fold(q[-1].text) == first), None)
            if body is None or not doc[0].text[:1].isupper() or len(first) < 4:
                return None
            p, end = body, 1
        else:
            end = p.end
        k = end
        while k < len(doc) and k - end <= 5 and doc[k].idx < headline_end and doc[k].text != ":":
            k += 1
        if k >= len(doc) or doc[k].idx >= headline_end or doc[k].text != ":":
            return None
        if k > end and fold(doc[end].text) not in self.lex.locative | _HEADLINE_PREPOSITIONS:
            return None
        return p

    def _protagonist(self, doc: Doc, role: Span, gender: str, index: _DocIndex,
                     people_by_span: dict[Offsets, LinkedPerson]) -> dict[int, Span]:
        """"Μάρκοφ: «...»⏎... Στη συνέντευξη Τύπου ο Βούλγαρος φόργουορντ είπε",
        "Ασταμάτητος ο Χ: Νίκησε τον Ψ⏎... ο 21χρονος Έλληνας τενίστας αντιμετώπισε": a news
        story calls its protagonist, the one its headline names as speaker or subject, by
        nationality and trade further on. An epithet of nationality in the nominative that
        finds no one near it is that person, when the headline names one person so (the
        speaker before the colon, else the one name without a preposition or an oblique
        article before it) of the epithet's gender, and the epithet's role a trade (the
        lexicon's "professional": "ο Γάλλος στόπερ", not "ο Αμερικανός πρόεδρος") and that
        person's first. Empty when none or two."""
        nl = index.text.find("\n")
        if nl < 0 or role.start_char < nl or index.text[:nl].rstrip().endswith((".", ";", "!", "?")):
            return {}
        speaker = self._speaker(doc, index, nl)
        if speaker is not None:
            subjects = [speaker]
        else:
            subjects = []
            for p in index.persons[:bisect_left(index.person_start_chars, nl)]:
                i = p.start - 1
                while i >= 0 and (doc[i].text == "." or _INITIAL.fullmatch(doc[i].text)
                                  or fold(doc[i].text) in self.lex.honorifics):
                    i -= 1
                if i < 0 or not (fold(doc[i].text) in _OBJECT_MARKERS or fold(doc[i].text) in _ACC_ARTICLES
                                 or fold(doc[i].text) in _GEN_ARTICLES):
                    subjects.append(p)
        found: dict[int, Span] = {}
        for p in subjects:
            person = people_by_span.get((p.start_char, p.end_char))
            if person is None or p.end_char > nl:
                return {}
            found.setdefault(id(person), p)
        if len(found) != 1:
            return {}
        person = people_by_span[(subjects[0].start_char, subjects[0].end_char)]
        entry = self.role_lexicon.lookup(role._.canonical or role._.role_title or role.text)
        if entry is None or entry.category != "professional" or person.roles:
            # "ο Αμερικανός πρόεδρος", "ο Έλληνας πρωθυπουργός": a country's office names its
            # holder, whoever the story is about; one already given an office is called by it
            return {}
        return found if index.genders(doc, person, people_by_span, self._person_gender) == {gender} else {}

    def _only_one_of_gender(self, doc: Doc, role: Span, gender: str, index: _DocIndex,
                            people_by_span: dict[Offsets, LinkedPerson]) -> dict[int, Span]:
        """"Για τον Μαρκ Χ ... (paragraphs on) ... Ακόμα και ο ιδρυτής του Facebook αναγνωρίζει":
        an office of a named body, far from any name, as a subject (an object, "συνάντηση με τον
        υπουργό Εσωτερικών", may be someone never named), is the one person of its gender the
        whole text names (its last mention before the role); none when there are two, or one
        of unknown gender."""
        found: dict[int, Span] = {}
        for p in index.persons:
            person = people_by_span.get((p.start_char, p.end_char))
            if person is None:
                continue
            g = self._person_gender(doc, p)
            if g is None and id(person) not in found:
                genders = index.genders(doc, person, people_by_span, self._person_gender)
                g = genders.pop() if len(genders) == 1 else None
            if g is None:
                return {}
            if g == gender or gender == "n":
                if p.start < role.start:
                    found[id(person)] = p
                else:
                    found.setdefault(id(person), p)
        if len(found) != 1:
            return {}
        return found if next(iter(found.values())).start < role.start else {}

    @staticmethod
    def _person_of(span: Span, people_by_span: dict[Offsets, LinkedPerson]) -> LinkedPerson:
        return people_by_span[(span.start_char, span.end_char)]

    def _named_complement_end(self, doc: Doc, role: Span, index: _DocIndex) -> int:
        """"Χ, επικεφαλής της κομητείας Ψ,": a role whose person stands before it keeps a
        lower-case genitive complement and the name that closes it (up to a comma or the
        sentence's end); ``role.end`` when there is none."""
        j = bisect_left(index.person_starts, role.end)
        k = bisect_left(index.place_starts, role.end)
        # the nearer of a name and a place ("της κομητείας Γουέστ Μίντλαντς" read as a place)
        near = [e for e in (index.persons[j] if j < len(index.persons) else None,
                            index.places[k] if k < len(index.places) else None) if e is not None]
        if not near:
            return role.end
        p = min(near, key=lambda e: e.start)
        closed = p.end >= len(doc) or doc[p.end].text in (",", ".", ")", ";")
        if p.start < index.sent_ends[role.start] and closed and self._genitive_up_to(doc, role, p, index):
            return p.end
        return role.end

    def _genitive_up_to(self, doc: Doc, role: Span, person: Span, index: _DocIndex) -> bool:
        """An article and lower-case genitives lead from the role to the name: after the role
        ("επικεφαλής | της κομητείας Ψ") or as the role's own last words, the matcher having
        read the name into its qualifier ("επικεφαλής της κομητείας | Ψ")."""
        if person.start > role.end:
            return fold(doc[role.end].text) in _GEN_ARTICLES \
                and self._lower_complement(doc, role.end, person.start, index.role_starts)
        if person.start < role.end or role.end - role.start < 3:
            return False
        last = doc[role.end - 1]
        return (last.is_alpha and last.text.islower() and fold(last.text).endswith(_GENITIVE_ENDINGS)
                and fold(doc[role.end - 2].text) in _GEN_ARTICLES)

    def _direct_object(self, doc: Doc, person: Span) -> bool:
        """The name has an accusative article before it (past honorifics) and no preposition
        before that: the verb's direct object ("θέλει τον Χ"), not "με τον Χ", "στον Χ"."""
        i = self._word_before_name(doc, person)
        return i >= 0 and fold(doc[i].text) in ("τον", "την", "τη") \
            and not (i >= 1 and fold(doc[i - 1].text) in _OBJECT_MARKERS)

    def _oblique(self, doc: Doc, person: Span) -> bool:
        """The name has a genitive or accusative article before it (past honorifics): no subject."""
        i = self._word_before_name(doc, person)
        return i >= 0 and fold(doc[i].text) in ("του", "τησ", "τον", "την", "τη")

    def _word_before_name(self, doc: Doc, person: Span) -> int:
        """The index of the word before the name and its honorifics ("τον κ. Χ": "τον"); -1 if none."""
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        return i

    @staticmethod
    def _respective_holders(doc: Doc, index: _DocIndex) -> dict[int, Span]:
        """"Χ και Ψ, πρόεδρος και γραμματέας του Συλλόγου αντίστοιχα": a list of roles apposed to a
        list of names as long, with "respectively", gives each name the role in its place (not all
        to the nearest name). Role start -> its holder."""
        out: dict[int, Span] = {}
        adverbs = [tok for tok in doc if fold(tok.text) in _RESPECTIVELY] if len(index.roles) >= 2 else []
        if not adverbs:
            return out  # most documents: no name tables are built
        persons = {p.end: p for p in index.persons}
        covered = {k for p in index.persons for k in range(p.start, p.end)}
        for tok in adverbs:
            lo = index.sent_starts[tok.i]
            before = [r for r in index.roles if lo <= r.start and r.end <= tok.i]
            if not before or any(k in covered for k in range(before[-1].end, tok.i)):
                continue
            run = [before[-1]]
            for r in reversed(before[:-1]):
                gap = doc[r.end:run[0].start]
                if not 1 <= len(gap) <= 6 or fold(gap[-1].text) not in (",", "και") \
                        or any(t.i in covered or t.text in ".;:()" for t in gap):
                    break
                run.insert(0, r)
            comma = run[0].start - 1
            if len(run) < 2 or comma < lo or doc[comma].text != ",":
                continue
            names = [persons[comma]] if comma in persons else []
            while names:
                start = names[0].start
                prev = next((p for end, p in persons.items() if 1 <= start - end <= 2), None)
                joins = [fold(t.text) for t in doc[prev.end:start]] if prev is not None else []
                if prev is None or not any(j in (",", "και") for j in joins) \
                        or not all(j in (",", "και") or j in _ARTICLES for j in joins):
                    break  # "Χ και Ψ", "η Χ και ο Ψ", "Χ, Ψ": the names of one list
                names.insert(0, prev)
            if len(names) == len(run):
                out.update((r.start, p) for r, p in zip(run, names))
        return out

    @staticmethod
    def _respectively(linked: LinkedRole, role: Span, n: int) -> list[str] | None:
        """"οι διευθυντές της Παιδιατρικής Κλινικής και της Ορθοπεδικής Κλινικής, Χ και Ψ": as many
        coordinated qualifiers as people, each person takes the one in the same place."""
        bare = role._.canonical or ""
        if n < 2 or not linked.title.startswith(bare + " "):
            return None
        rest = linked.title[len(bare) + 1:]
        parts = rest.split(" και ")
        if len(parts) != n or not all(fold(p.split()[0]) in _GEN_ARTICLES for p in parts if p):
            return None
        return [f"{bare} {p}" for p in parts]

    @staticmethod
    def _trim_at_people(doc: Doc, roles: list[Span], ents: list[Span]) -> list[Span]:
        """Roles whose complement ran into a person found after the role matcher ("καθηγητή της
        Νομικής Σχολής Σπυρίδωνα Βλαχόπουλο") end where the person begins."""
        from spacy.tokens import Span as _Span

        starts = sorted(e.start for e in ents if e.label_ in PERSON_LABELS)
        out, changed = [], False
        for r in roles:
            k = bisect_right(starts, r.start)
            if k < len(starts) and starts[k] < r.end:
                cut = starts[k]
                tail = doc[cut:r.end].text
                title = r._.role_title or r.text
                new = _Span(doc, r.start, cut, label=r.label_)
                new._.role_title = title[: -len(tail)].rstrip() if title.endswith(tail) else title
                for attr in ("canonical", "organisation_ref", "role_plural", "role_gender", "role_cases"):
                    setattr(new._, attr, getattr(r._, attr))
                out.append(new)
                changed = True
            else:
                out.append(r)
        if changed:
            doc.spans["roles"] = out
        return out

    def _gendered(self, doc: Doc, role: Span, linked: LinkedRole, person: Span) -> LinkedRole:
        """A plural role names each person of its list in the singular of that person's gender
        ("οι καθηγητές Νίκος Χ και Μαρία Ψ": Καθηγητής, Καθηγήτρια; "Μουσική: Μαρία Χ, Νίκος Ψ":
        Συνθέτρια, Συνθέτης), where the name tells the gender and the lexicon (roles.tsv, or the
        credit nouns of role_grammar.json) gives both forms of the title's head. A copy of ``linked``."""
        bare = linked.bare or ""
        gender = self._person_gender(doc, person) if role._.role_plural and bare else None
        if gender not in ("m", "f"):
            return replace(linked)
        entry = self.role_lexicon.lookup(bare)
        pairs = [(entry.masculine, entry.feminine)] if entry is not None and not entry.neuter else []
        pairs += list(self.grammar.credits.values())
        pair = next((mf for mf in pairs if fold(bare) in (fold(mf[0]), fold(mf[1]))), None)
        if pair is None:
            return replace(linked)
        new = pair[1] if gender == "f" else pair[0]
        at = linked.title.find(bare)
        if fold(new) == fold(bare) or at < 0 or (at > 0 and linked.title[at - 1] != " "):
            return replace(linked)
        return replace(linked, title=f"{linked.title[:at]}{new}{linked.title[at + len(bare):]}", bare=new)

    def _add_role(self, person: LinkedPerson, role: LinkedRole) -> None:
        """Add a role unless it repeats one already there ("Αντιδήμαρχος" vs "Αντιδήμαρχος Οικονομικών")."""
        role = self._without_place_anaphor(role)
        new = fold(role.title)
        for i, old in enumerate(person.roles):
            have = fold(old.title)
            if have == new or have.startswith(new + " ") or self._unprefixed(have) == new:
                return  # "Πρώην Ειδικός Φρουρός" holds "Ειδικός Φρουρός"
            if new.startswith(have + " ") or self._unprefixed(new) == have:
                person.roles[i] = role
                return
        person.roles.append(role)

    @staticmethod
    def _without_place_anaphor(role: LinkedRole) -> LinkedRole:
        """"Πρωθυπουργός της χώρας", "Κυβερνήτης της πολιτείας αυτής", "Δήμαρχος του νησιού": a
        title that ends in the genitive article and a lower-case noun of a place's kind (a
        demonstrative after it) points back to a place the text named before; the words name no
        place or body of the office, so the title keeps the office alone ("Πρωθυπουργός"), as it
        would have had the text not repeated the place (as GUIDE.md drops "του Δήμου μας"). A
        run of them goes whole ("της πρωτεύουσας της χώρας"). A name after the noun ("της χώρας
        Χ") or a capital ("της Πολιτείας") is no such anaphor and stays."""
        words = role.title.split()
        k = len(words)
        if k > 2 and fold(words[-1]) in _DEMONSTRATIVE_GENITIVES:
            k -= 1
        nouns: set[str] = set()
        while k >= 3 and words[k - 1].islower() and fold(words[k - 1]) in _PLACE_KIND_GENITIVES:
            # "της βρετανικής πρωτεύουσας", "της γειτονικής χώρας": attributive adjectives stand
            # between the article and the noun; in lower case they name no place either.
            j = k - 2
            while j >= 2 and k - 2 - j < _MAX_ANAPHOR_ADJECTIVES and _lower_adjective(words[j]):
                j -= 1
            if fold(words[j]) not in _GEN_ARTICLES:  # "της πρωτεύουσας της χώρας": the whole run
                break
            nouns.add(fold(words[k - 1]))
            k = j
        if not nouns:
            return role
        org = role.organisation
        if org is not None and nouns & set(fold(org).split()):
            org = None  # "Υπουργείο χώρας": read from the anaphor, no body's name
        return replace(role, title=" ".join(words[:k]), organisation=org)

    def _unprefixed(self, folded_title: str) -> str:
        first, _, rest = folded_title.partition(" ")
        return rest if first in self.lex.role_prefixes else folded_title

    def _coordinated_after(self, doc: Doc, first: Span, index: _DocIndex, brackets: bool = False) -> list[Span]:
        """A plural role names every person of the list after it: "οι πρώην βουλευτές Χ και Υ",
        "των Εισαγγελέων Χ, Υ και Ζ". The list goes on while names are joined by "," or "και", and
        with ``brackets`` past a bracket after a name ("οι βουλευτές Χ (Υ) και Ψ (Ζ)")."""
        out: list[Span] = []
        sent_end = index.sent_ends[first.start]
        j = bisect_left(index.person_starts, first.end)
        prev = first
        while j < len(index.persons):
            p = index.persons[j]
            # "οι βουλευτές Χ (Υ) και Ψ (Ζ)": a bracket after a name (its party, its group) is the name's
            after = self._bracket_end(doc, prev.end, sent_end) if brackets else prev.end
            if p.start < after:  # a name inside the bracket is no item of the list
                j += 1
                continue
            # "οι υφυπουργοί κ. Χ και κ. Ψ": each name with its own honorific
            gap = [fold(t.text) for t in doc[after:p.start]
                   if fold(t.text) not in self.lex.honorifics and t.text != "."]
            if p.start >= sent_end or (gap not in _LIST_GAPS and not self._list_item_gap(doc, prev.end, p.start)):
                break
            out.append(p)
            prev, j = p, j + 1
        return out

    @staticmethod
    def _bracket_end(doc: Doc, start: int, limit: int) -> int:
        """"Χ (μέλος της ομάδας Υ) και Ψ": past a bracket that opens at ``start`` and closes before
        ``limit`` with no other bracket inside (``start`` when there is none)."""
        if start >= limit or doc[start].text != "(":
            return start
        for k in range(start + 1, min(limit, start + _MAX_BRACKET)):
            if doc[k].text == ")":
                return k + 1
            if doc[k].text == "(":
                break
        return start

    def _distributed(self, doc: Doc, role: Span, linked: LinkedRole, first: Span,
                     index: _DocIndex) -> list[tuple[Span, LinkedRole]]:
        """"οι υπουργοί Εξωτερικών Χ και Εμπορίου Ψ", "οι υπουργοί Εσωτερικών της Αυστρίας Χ, της
        Γερμανίας Ψ και της Ιταλίας Ω": a plural role with a capitalised genitive qualifier right
        before its first name, then more names each after its own capitalised genitive, joined by
        "," and a closing "και" (Greek says the shared part of the office once): each name holds
        the role with its own qualifier (and the body it names, as the first does). A qualifier
        with its article ("της Γερμανίας") takes the place of the first one's last genitive with an
        article ("της Αυστρίας"), the rest shared ("Εσωτερικών"); one without replaces it whole
        ("Εμπορίου"). A qualifier may itself join fields ("Υποδομών, Μεταφορών και Δικτύων"), and
        each qualifier may be set off from its name by a comma ("των υπουργών Οικονομικών, Χ και
        Περιβάλλοντος και Ενέργειας, Ψ"), when the first one is. Empty when the words after the
        first name are not such a list."""
        bare = role._.canonical or ""
        comma = first.start == role.end + 1 and doc[role.end].text == ","
        if not role._.role_plural or (first.start != role.end and not comma) \
                or not linked.title.startswith(bare + " ") or not doc[role.end - 1].text[:1].isupper():
            return []
        sent_end = index.sent_ends[first.start]
        first_qualifier = linked.title[len(bare) + 1:].split()
        out: list[tuple[Span, LinkedRole]] = []
        prev = first
        j = bisect_left(index.person_starts, first.end)
        while j < len(index.persons) and index.persons[j].start < sent_end:
            q = index.persons[j]
            if prev.end >= len(doc) or fold(doc[prev.end].text) not in (",", "και"):
                return []
            closing = fold(doc[prev.end].text) == "και"
            stop = q.start - 1 if comma else q.start
            if comma and doc[stop].text != ",":
                return []
            words = [t for t in doc[prev.end + 1:stop]]
            title = self._own_qualifier(bare, first_qualifier, words, doc[prev.end + 1:stop].text)
            if title is None:
                return []
            own = doc[prev.end + 1:stop].text
            org = None
            if linked.organisation and fold(words[0].text) in _GEN_ARTICLES:
                # "Υπουργείο Εσωτερικών της Αυστρίας" -> "... της Γερμανίας"; else the body named there
                org = self._organisation_in(doc, prev.end + 1, stop, index)
                for k in range(len(first_qualifier)):
                    tail = " ".join(first_qualifier[k:])
                    if fold(first_qualifier[k]) in _GEN_ARTICLES and linked.organisation.endswith(" " + tail):
                        org = f"{linked.organisation[:-len(tail)]}{own}"
            elif linked.organisation:
                head = self.lex.role_org_from_qualifier.get(fold(bare))
                org = f"{head} {own}" if head else None
            out.append((q, replace(linked, title=title, organisation=org)))
            if closing:
                return out
            prev, j = q, j + 1
        return []

    def _own_qualifier(self, bare: str, first_qualifier: list[str], words: list[Token],
                       text: str) -> str | None:
        """The title of one later name of a distributed list (see :meth:`_distributed`): ``bare``
        with the qualifier ``words`` (written ``text``) before that name, or None when they are no
        such qualifier (1-2 capitalised genitives that are no first names, or a genitive article
        and 1-3 of them, or a list of 2-4 such genitives joined by "," and a closing "και", the
        fields of one office: "Υποδομών, Μεταφορών και Δικτύων")."""
        with_article = bool(words) and fold(words[0].text) in _GEN_ARTICLES
        caps = words[1:] if with_article else words
        if not with_article:
            caps = self._joined_fields(caps)
        if not 1 <= len(caps) <= (3 if with_article else 4) \
                or not all(t.is_alpha and t.text[:1].isupper() and fold(t.text).endswith(_GENITIVE_ENDINGS)
                           and fold(t.text) not in self.names.first_names for t in caps):
            return None
        own = text
        if not with_article:
            return f"{bare} {own}"
        k = max((i for i, w in enumerate(first_qualifier) if fold(w) in _GEN_ARTICLES), default=-1)
        if k < 0:
            return None  # "οι υπουργοί Εξωτερικών Χ και της Ιταλίας Ψ": no genitive of that kind to replace
        return " ".join([bare, *first_qualifier[:k], own])

    @staticmethod
    def _joined_fields(words: list[Token]) -> list[Token]:
        """The fields of a qualifier that joins them ("Υποδομών, Μεταφορών και Δικτύων",
        "Περιβάλλοντος και Ενέργειας"): every other word, when the words between are "," and one
        closing "και"; the words as they are when no joiner stands between them; empty when the
        joiners are not in that order (a joined qualifier holds one word a field)."""
        if len(words) < 3:
            return words
        fields, joiners = words[::2], [fold(t.text) for t in words[1::2]]
        if len(words) % 2 == 0 or joiners[-1] != "και" or any(j != "," for j in joiners[:-1]):
            return []
        return fields

    def _coordinated_before(self, doc: Doc, last: Span, index: _DocIndex) -> list[Span]:
        """A plural apposition after a list of names describes each of them: "Η Χ και ο Ψ,
        βουλευτές της Ζ", "Οι Χ, Ψ και Ω, αστυνομικοί στην Κ". The names before ``last`` joined
        to it by "," or "και" (each with its article or none), first to last; empty unless the
        list ends in "και" and holds two names at least (one name takes no plural apposition)."""
        sent_start = index.sent_starts[last.start]
        out: list[Span] = [last]
        j = bisect_right(index.person_ends, last.start) - 1
        while j >= 0:
            p = index.persons[j]
            gap = [fold(t.text) for t in doc[p.end:out[0].start]
                   if fold(t.text) not in self.lex.honorifics and t.text != "."]
            if p.start < sent_start or gap not in _LIST_GAPS:
                break
            if len(out) == 1 and "και" not in gap:
                return []  # "Χ, Ψ, βουλευτής": the last two names are no coordination
            out.insert(0, p)
            j -= 1
        return out if len(out) >= 2 else []

    @staticmethod
    def _items_end(doc: Doc, start: int, end: int) -> int:
        """"Δήμος Χ, Νίκος Ψ", "οι Pink Floyd, η Χ": after the opener of a list a plural role
        heads, up to two items the entity layer did not read as people (capitalised words, an
        article before each, a comma after): where they end, or ``start`` when not such items."""
        i, items = start, 0
        while i < end and items < 2:
            if fold(doc[i].text) in _ITEM_ARTICLES:
                i += 1
            k = i
            while k < end and k - i < 4 and (doc[k].text[:1].isupper() and doc[k].text.replace("-", "").isalpha()):
                k += 1
            if k == i or k >= end or doc[k].text != ",":
                return start
            i, items = k + 1, items + 1
            if i < end and fold(doc[i].text) in _ITEM_ARTICLES:
                i += 1
        return i

    @staticmethod
    def _list_item_gap(doc: Doc, start: int, end: int) -> bool:
        """", Δημ. Ιούλιος, ": between two names of a list, one more item the entity layer left
        out (capitalised words and initials only, parted by commas): the list goes on."""
        if end - start > 3 and doc[end - 1].text == "." and _INITIAL.fullmatch(doc[end - 2].text):
            end -= 2  # "Α. Μαγιορκίνος": the next name's initial
        elif end - start > 3 and _INITIAL.fullmatch(doc[end - 1].text):
            end -= 1
        if end - start < 3 or end - start > 7 or doc[start].text != "," or doc[end - 1].text != ",":
            return False
        inner = doc[start + 1:end - 1]
        return all((t.text.rstrip(".").isalpha() and t.text[:1].isupper()) or t.text == "." for t in inner)

    def _lower_complement(self, doc: Doc, start: int, end: int, role_starts: AbstractSet[int] = frozenset()) -> bool:
        """Lower-case genitives between a role and a name complete the role: "καθηγητής
        ιατρικής Χ", "υπουργός οικονομικών Χ", and, as news writes them, with an article
        ("η επικεφαλής της κοινοβουλευτικής ομάδας Χ", "ο δήμαρχος της πρωτεύουσας της χώρας
        Χ"). Greek genitives end in -ς (-ης, -ας, -ίας), -ου or -ων; nothing else may stand
        there, honorifics ("κύριος") included, and every article must open a genitive. A role
        there is the name's own ("συνεργάτης του προέδρου Χ": Χ is the president). Honorifics
        right before the name close the genitives ("ο επικεφαλής της μελέτης δρ Χ"), unless an
        article governs them ("ο σύμβουλος του κ. Χ": Χ is the one advised)."""
        end = self._before_honorifics(doc, start, end)
        if end < start + 1 or fold(doc[end - 1].text) in _ARTICLES:
            return False
        words = doc[start:end]
        if not words or len(words) > 6 or any(k in role_starts for k in range(start, end)):
            return False
        n_words = 0
        named = False  # "της Κολομβίας" after a lower-case genitive: a capitalised genitive follows an article
        for k, t in enumerate(words):
            f = fold(t.text)
            if f == "και" and 0 < k < len(words) - 1 and n_words and self._coordinated(words[k + 1], self.grammar):
                continue  # "καθηγητής φυσικής και χημείας Χ": two genitives the role governs, coordinated
            if f in _GEN_ARTICLES:
                if k == len(words) - 1:
                    return False
                named = n_words > 0
                continue
            if named and t.is_alpha and t.text[:1].isupper() and f.endswith(("σ", "ου", "ων")) \
                    and f not in self.lex.honorifics:
                continue
            named = False
            if self._loanword(t) and f not in self.lex.honorifics and (n_words or k == 0 and start > 0 and doc[start - 1].text.islower()
                                      and fold(doc[start - 1].text).endswith(("σ", "ου", "ων"))):
                n_words += 1  # "αρχιτέκτονας γηπέδων γκολφ Χ": a loanword does not decline
                continue
            if not (t.is_alpha and t.text.islower() and f.endswith(("σ", "ου", "ων")) and len(t.text) > 3
                    and f not in self.lex.honorifics and f not in self.lex.gap_words
                    and f not in self.lex.apposition_stops):
                return False
            n_words += 1
        has_article = fold(words[0].text) in _GEN_ARTICLES
        return 1 <= n_words <= (4 if has_article else 2)

    def _before_honorifics(self, doc: Doc, start: int, end: int) -> int:
        """Where the honorifics (and their dots) that close doc[start:end] begin."""
        while end - 1 > start and (fold(doc[end - 1].text) in self.lex.honorifics or doc[end - 1].text == "."):
            end -= 1
        return end

    def _name_phrase_start(self, doc: Doc, person: Span) -> int:
        """"ο Γερμανός Χ", "τον Έλληνα Χ": a nationality noun between an article and a name agrees
        with the name and belongs to its noun phrase, so a role reaches the name across it; the
        phrase starts at the nationality (the name's start where there is none)."""
        s = person.start
        if s >= 2 and doc[s - 1].is_alpha and fold(doc[s - 1].text) in self.grammar.nationality \
                and fold(doc[s - 2].text) in _ARTICLES:
            return s - 1
        return s

    def _gap_ok(self, doc: Doc, start: int, end: int) -> bool:
        """True when tokens doc[start:end] are only honorifics, articles and light punctuation
        (a table cell border "|" or a tab included: "| Πρόεδρος | Γιώργος Χ |")."""
        for k in range(start, end):
            tok = doc[k]
            f = fold(tok.text)
            if f in self.lex.honorifics or f in self.lex.gap_words or f == "|" or (tok.is_space and "\n" not in f):
                continue
            if _INITIAL.fullmatch(tok.text) and (tok.text.endswith(".") or doc[k + 1].text == "."):
                continue  # "ο περιφερειάρχης Θ. Χ": a first name's initial the name span left out
            if tok.text == "." and k > start and _INITIAL.fullmatch(doc[k - 1].text):
                continue
            return False
        return True

    def _prefix(self, doc: Doc, role: Span, index: _DocIndex, prefixes: dict[int, str]) -> str | None:
        """"πρώην", "τέως" before a role, or before the first of "πρώην βουλευτής και υπουργός"."""
        i = role.start - 1
        if i < 0:
            return None
        word = self.lex.role_prefixes.get(fold(doc[i].text))
        if word is not None:
            return word
        if i >= 1 and _nominative_adjective(doc[i]) or (doc[i].is_alpha and doc[i].text.islower()
                                                          and fold(doc[i].text).endswith(("ο", "ου"))):
            # "το άλλοτε ηγετικό στέλεχος", "ο πρώην ισχυρός υπουργός": an adjective between
            word = self.lex.role_prefixes.get(fold(doc[i - 1].text)) if i >= 1 else None
            if word is not None:
                return word
        if fold(doc[i].text) == "και":
            other = index.role_ending_at.get(i)
            if other is not None and fold(other._.role_title or "") == fold(other._.canonical or ""):
                return prefixes.get(other.start)  # "πρώην βουλευτής και υπουργός", not "πρώην πρόεδρος του Χ και ..."
        return None

    def _person_for_role(self, doc: Doc, role: Span, lead: int, index: _DocIndex,
                         decided: dict[int, Span], list_items: AbstractSet[int] = frozenset()) -> Span | None:
        """The person a role describes: after it ("ο Δήμαρχος κ. Χ"), before it ("Χ, Δήμαρχος Υ")
        or at the head of an apposition chain ("Χ, αδελφός του Ψ, πρώην βουλευτής")."""
        gender, cases = role._.role_gender, self._cases(doc, role, index)
        after = self._person_after(doc, role, index)
        if after is not None and not self._agrees(doc, after[0], gender, cases):
            after = None
        if self._next_label(doc, role, lead):
            return after[0] if after is not None else None
        before = self._person_before(doc, role, lead, index)
        if before is not None and not self._agrees(doc, before, gender, cases):
            before = None
        # "Η Χ, Υπεύθυνη Α, και ο Ψ, Διευθυντής Β": a role between two names belongs to the name
        # after it only when no comma or "και" parts them; else to the name before, or to the
        # head of the apposition it ends.
        # "τον Χ, επικεφαλής της κομητείας Ψ,": an apposition without an article is the name's
        # before it; the name after a lower-case genitive names what the complement is of.
        if before is None and not role._.role_plural:
            holder = self._holder_after_genitive(doc, role, index, cases)
            if holder is not None and self._agrees(doc, holder, gender, cases):
                return holder  # "ο δικηγόρος της Μαρίας, Νίκος Χ": the genitive names whose lawyer
        apposed = (after is not None and before is not None and role.start - before.end == 1
                   and doc[before.end].text == "," and self._genitive_up_to(doc, role, after[0], index))
        if after is not None and not any(t in (",", "και") for t in after[1]) and not apposed:
            return after[0]
        if role._.role_plural:  # "Χ, μέλη του Συμβουλίου και ...": a plural names no one person before it
            listed = before
            if after is None and lead >= 1 and fold(doc[lead - 1].text) in _BOTH_WORDS:
                listed = self._person_before(doc, role, lead - 1, index)  # "Χ και Ψ, αμφότεροι βουλευτές"
                if listed is not None and not self._agrees(doc, listed, gender, cases):
                    listed = None
            if after is None and listed is not None and self._coordinated_before(doc, listed, index):
                return listed  # "Χ και Ψ, βουλευτές της Ζ": the plural apposition of a list of names
            if after is None and listed is None and (not cases or "nom" in cases):
                return self._predicate_name(doc, role, lead, index)  # "Βοηθοί του θα είναι οι Χ και Ψ"
            return after[0] if after is not None else None
        if before is not None:
            if after is not None and (self._paired_list(doc, role, lead, before, after, index, decided)
                                      or self._new_item(doc, role, lead, before, after, decided, list_items)):
                return after[0]
            return before
        prev = index.role_ending_at.get(role.start - 1) if role.start >= 1 else None
        joiner = fold(doc[role.start - 1].text) if role.start >= 1 else ""
        if prev is not None and prev.start in decided and (joiner == "και" or (
                joiner == "," and self._list_item(doc, role, index))):
            first = decided[prev.start]
            if first.end <= prev.start:
                # "Χ, αδελφός του Ψ, πρώην βουλευτής και υπουργός": the first role's person; "ο Χ ήταν
                # χημικός, ποιητής, ζωγράφος": the items of a list of predicates, parted by commas
                return first
        head = self._apposition_head(doc, role, lead, index, gender, cases)
        if head is None:
            head = self._predicate_subject(doc, lead, index, decided)
        if head is None and (not cases or "nom" in cases):
            head = self._predicate_name(doc, role, lead, index) or self._as_subject(doc, lead, index, cases)
        if head is None:
            head = self._as_apposed(doc, lead, index, cases)
        if head is None:
            head = self._line_neighbour(doc, role, lead, index)
        if head is not None and self._agrees(doc, head, gender, cases):
            return head
        return after[0] if after is not None else None

    def _governed(self, doc: Doc, role: Span, lead: int, index: _DocIndex) -> bool:
        """"Χ, σύμβουλος του προέδρου των ΗΠΑ", "η σύζυγος του υπουργού, Χ", "ο διευθυντής του
        γραφείου του πρωθυπουργού Χ": a role in the genitive right after another role noun, or a noun
        of kin, relation or office, with a genitive article between, is that noun's complement. It
        names whose adviser, wife or office it is, not the person apposed to the whole phrase. A
        nationality noun between the article and the role is the role's attribute, as in the
        nominative ("ο Γάλλος πρόεδρος"): "ο εκπρόσωπος του Γάλλου προέδρου Χ" is governed too; so is
        a role after a prefix ("η σύζυγος του πρώην υπουργού, Χ": the article before "πρώην" is the role's)."""
        s = role.start
        if lead == s and s >= 3 and doc[s - 1].is_alpha and fold(doc[s - 1].text) in self.grammar.nationality \
                and fold(doc[s - 2].text) in _GEN_ARTICLES:
            s -= 1  # "του Ρώσου προέδρου": the article before the nationality is the role's
        elif lead < s and all(fold(t.text) in self.lex.role_prefixes for t in doc[lead:s]):
            s = lead  # "η σύζυγος του πρώην υπουργού, Χ": a prefix between the article and the role
        elif lead != s:
            return False
        if s < 2 or fold(doc[s - 1].text) not in _GEN_ARTICLES:
            return False
        if role._.role_cases and "gen" not in role._.role_cases:
            return False
        if fold(doc[s - 2].text) in _GOVERNORS:
            return True
        k = bisect_left(index.role_starts_list, s)
        return any(r.start <= s - 2 < r.end for r in index.roles[:k])

    @staticmethod
    def _kin_member(doc: Doc, role: Span) -> bool:
        """"Χ, μέλος της οικογένειας του Ψ", "μέλος μεγάλης οικογένειας": a member of a family is
        kin, a bond of blood or marriage as "γιος" is, not an office (role_grammar.json
        "kin_groups"): the member role with a group noun in the genitive after it, an article
        and a few lower-case adjectives between."""
        if fold(role[0].text) not in _KIN_MEMBER:
            return False
        i = role.start + 1  # the phrase matcher may have read the group into the role's span
        if i < len(doc) and fold(doc[i].text) in _GEN_ARTICLES:
            i += 1
        for k in range(i, min(i + _MAX_KIN_ADJECTIVES + 1, len(doc))):
            word = doc[k]
            if fold(word.text) in _KIN_GROUP_FORMS:
                return True
            if not (word.is_alpha and word.text.islower()):
                return False
        return False

    def _personal_bond(self, doc: Doc, role: Span, index: _DocIndex) -> bool:
        """"Χ, στενός συνεργάτης του Ψ", "ο συνεργάτης του προέδρου Ψ", "οι συνεργάτες του, ο κ. Ψ", "ο
        συνεργάτης και συμπατριώτης του": a relation role (role_grammar.json "relation_roles") whose
        genitive names a person (after honorifics or a role of that person), is a weak possessive
        pronoun (punctuation or a preposition after it), or which is joined to a noun of kin or
        relation, names a bond to someone, as "συνάδελφος" does; with a body in the genitive
        ("συνεργάτιδα του Ινστιτούτου") the matcher reads it in and it stays a post."""
        if len(role) != 1 or fold(role.text) not in _RELATION_ROLES:
            return False
        i, end = role.end, index.sent_ends[role.start]
        if i + 1 < end and fold(doc[i].text) == "και" and fold(doc[i + 1].text) in _BOND_NOUNS:
            return True
        if i + 1 >= end or fold(doc[i].text) not in _ENCLITICS:
            return False
        after = doc[i + 1]
        if after.is_punct or fold(after.text) in _NP_PREPOSITIONS:
            return True  # the weak pronoun: "ο συνεργάτης του στη Βουλή"
        k = bisect_left(index.person_starts, i + 1)
        if k >= len(index.persons) or index.persons[k].start >= end:
            return False
        j = bisect_left(index.role_starts_list, i + 1)
        inner = index.roles[j] if j < len(index.roles) and index.roles[j].start == i + 1 else None
        person = index.persons[k]
        between = range(inner.end if inner is not None else i + 1, person.start)
        if not all(doc[t].text == "." or fold(doc[t].text) in self.lex.honorifics for t in between):
            return False
        # "ο συνεργάτης του προέδρου Γιώργος Χ": a first name that is no genitive is the outer noun's holder
        slots = {s.partition("_")[0] for e in self.names.first_names.get(fold(person[0].text), ()) for s in e.slots}
        return inner is None or not slots or bool({"gen", "any"} & slots)

    def _named_right_after(self, doc: Doc, role: Span, target: Span) -> bool:
        """"ο σύμβουλος του προέδρου Ντόναλντ Τραμπ", "στο γραφείο της γραμματέως, Ελένης Χ": the name
        after a governed role is its holder (the one whose adviser), right after it or apposed to it
        after a comma in the genitive, as a name in one form for all cases may be. A name before it,
        or one after a comma whose first name is no genitive ("ο γιος του δημάρχου, Κώστας Χ"), is
        not; nor is any name after an adjective in -ικός read as a role ("του ιρανικού κοινοβουλίου")."""
        if target.start < role.end:
            return False
        if not any(t.text in (",", "(", ")") for t in doc[role.end:target.start]):
            return True
        if len(role) > 1 and fold(role._.canonical or "").endswith(_ADJECTIVE_ROLE_ENDING) \
                and fold(role[1].text) not in _ARTICLES:
            return False  # "ιρανικού κοινοβουλίου": the adjective of the body noun after it
        slots = {s.partition("_")[0] for e in self.names.first_names.get(fold(target[0].text), ()) for s in e.slots}
        return len(target) < 2 or not slots or "gen" in slots

    @staticmethod
    def _list_item(doc: Doc, role: Span, index: _DocIndex) -> bool:
        """A role that is an item of a list: what follows it closes the item (a comma, "και",
        the end of the sentence or another role), not a verb or a name of its own ("ήταν
        πρόεδρος, αντιπρόεδρος ήταν ο Ψ" is another clause)."""
        end = role.end
        if end >= index.sent_ends[role.start]:
            return True
        return doc[end].text in (",", ".", ";") or fold(doc[end].text) == "και" or end in index.role_starts

    @staticmethod
    def _paired_list(doc: Doc, role: Span, lead: int, before: Span, after: tuple[Span, list[str]],
                     index: _DocIndex, decided: dict[int, Span]) -> bool:
        """"ήρθαν ο γραμματέας Υ, Χ, ο πρόεδρος του Ζ, Ψ, καθώς και ...": in a list of pairs, each a
        role with its article and then its name, a role between two names heads the one after
        it, as the role before it headed the name before. Without that earlier pair ("ο Χ, ο
        πρόεδρος του Ζ, δήλωσε") the role is the apposition of the name before."""
        if after[1] != [","] or lead != role.start or lead < 2 or before.end != lead - 2:
            return False
        if doc[lead - 2].text != "," or fold(doc[lead - 1].text) not in _ITEM_ARTICLES:
            return False
        k = bisect_left(index.role_starts_list, before.start) - 1
        if k < 0:
            return False
        prev = index.roles[k]
        if prev.start < 1 or fold(doc[prev.start - 1].text) not in _ITEM_ARTICLES \
                or index.sent_starts[prev.start] != index.sent_starts[role.start]:
            return False  # the earlier pair is a role with its own article, in the same sentence
        between = [t.text for t in doc[prev.end:before.start]]
        if not between or between[-1] != "," or "," in between[:-1] or len(between) > _MAX_PAIR_COMPLEMENT:
            return False  # its name after it, only a short complement the matcher left out between
        held = decided.get(prev.start)
        return held is None or held.start == before.start  # not the role of someone else

    def _new_item(self, doc: Doc, role: Span, lead: int, before: Span, after: tuple[Span, list[str]],
                  decided: dict[int, Span], list_items: AbstractSet[int] = frozenset()) -> bool:
        """"ο βουλευτής Υ Ψ, ο δήμαρχος Ζ, Χ", "με τον πρόεδρο Υ Ψ, ο Ιταλός πρωθυπουργός, Χ": after a
        name that a role before it already describes, a role with its own article (a nationality
        noun may stand between) after the comma that closes the name opens the next pair of a
        list, and the name apposed to it after a comma is its holder. A name without a role of its
        own takes the role between commas as its apposition ("ο Ψ, ο πρόεδρος του Ζ, Χ, και ...").
        A name in the list a plural role heads is described too ("οι βουλευτές Υ και Ψ, ο
        δήμαρχος Ζ, Χ": the plural is every listed name's role, the last one's included)."""
        if after[1] != [","] or lead != role.start:
            return False
        if before.start not in list_items and not any(start < before.start and held.start == before.start
                                                  for start, held in decided.items()):
            return False
        k = lead  # where the article stands: in the span, or before it
        if fold(doc[k].text) not in _ARTICLES:
            if k >= 1 and doc[k - 1].is_alpha and fold(doc[k - 1].text) in self.grammar.nationality:
                k -= 1  # "ο Κινέζος πρωθυπουργός"
            k -= 1
        return k >= 1 and before.end == k - 1 and doc[k - 1].text == "," and fold(doc[k].text) in _ARTICLES

    @staticmethod
    def _next_label(doc: Doc, role: Span, lead: int) -> bool:
        """"Διαιτητές: Χ, Ψ, Παρατηρητής: Ζ": in a list of names that a label and a colon open, a
        capitalised role noun alone between a comma and a colon labels the next item (or what
        the NER missed there); it is no apposition of the name before it."""
        return (len(role) == 1 and lead == role.start and role.text[:1].isupper()
                and role.end < len(doc) and doc[role.end].text == ":" and lead >= 1
                and doc[lead - 1].text == "," and in_labelled_list(doc, lead - 1))

    def _holder_after_genitive(self, doc: Doc, role: Span, index: _DocIndex,
                               cases: frozenset[str] | None) -> Span | None:
        """"Η συνήγορος της οικογένειας της Μαρίας, Ελένη Χ, δήλωσε", "ο βιογράφος του Ψ, ο Νίκος
        Χ": a role whose genitive complement ends in a person's name, then a comma and a second
        name (its article, if any, in the role's case and not a genitive), describes the second
        name; the first is whose lawyer or biographer it is. ``None`` when no such apposition."""
        sent_end = index.sent_ends[role.start]
        j = bisect_left(index.person_starts, role.end)
        if j + 1 >= len(index.persons):
            return None
        p1, p2 = index.persons[j], index.persons[j + 1]
        if p2.start >= sent_end or p1.start - role.end > 6:
            return None
        gap = [fold(t.text) for t in doc[role.end:p1.start]]
        arts = [w for w in gap if w in _ARTICLES]
        if not arts or arts[-1] not in _GEN_ARTICLES or gap[0] not in _GEN_ARTICLES \
                or not all(w in _ARTICLES or (t.is_alpha and t.text.islower())
                           for w, t in zip(gap, doc[role.end:p1.start])):
            return None  # the first name in the role's genitive complement
        if p1.end >= len(doc) or doc[p1.end].text != ",":
            return None
        between = [fold(t.text) for t in doc[p1.end + 1:p2.start]]
        if len(between) > 1 or (between and between[0] not in _ARTICLES):
            return None
        if between:
            case = article_case_gender(between[0], self.names)[0]
            if case is None or case == "gen" or (cases and case not in cases):
                return None  # "του Ψ, του Ζ": an apposition to the genitive name
        return p2

    def _line_neighbour(self, doc: Doc, role: Span, lead: int, index: _DocIndex) -> Span | None:
        """A role alone on its line names the person alone on the line next to it: a signature
        ("Ο Πρόεδρος⏎Γιώργος Χ") or a contact block ("Ελένη Χ⏎Υπεύθυνη Επικοινωνίας"). The
        line must be just above or below; when both hold a name, a role with an article ("Ο
        Πρόεδρος") comes before its name, one without after it."""
        text = index.text
        start = doc[lead].idx
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", role.end_char)
        line_end = len(text) if line_end < 0 else line_end
        head = text[line_start:start].split()
        has_article = bool(head) and fold(head[-1]) in _ARTICLES
        if any(fold(w) not in _ARTICLES and fold(w) not in self.lex.role_prefixes for w in head):
            return None
        tail = text[role.end_char:line_end].strip(" \t,.:;")
        if tail and not self._only_body(doc, role.end_char, line_end, index):
            return None
        above = self._person_line(doc, text.rfind("\n", 0, max(line_start - 1, 0)) + 1, line_start - 1, index) \
            if line_start > 0 else None
        below = None
        if line_end < len(text):
            nxt = line_end + 1
            below = self._person_line(doc, nxt, (text.find("\n", nxt) + 1 or len(text) + 1) - 1, index)
        if above is not None and below is not None:
            return below if has_article else above
        return above if above is not None else below

    def _only_body(self, doc: Doc, start_char: int, end_char: int, index: _DocIndex) -> bool:
        """True when the characters hold only organisation entities and commas ("Πρόεδρος ΔΣ, ΓΣΕΒΕΕ")."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return False
        return all(t.is_space or t.is_punct or t.ent_type_ in ("ORG",) for t in span)

    def _person_line(self, doc: Doc, start_char: int, end_char: int, index: _DocIndex) -> Span | None:
        """The person whose name (with honorifics) is all that stands between the offsets."""
        if end_char <= start_char:
            return None
        k = bisect_left(index.person_start_chars, start_char)
        found = index.persons[k] if k < len(index.persons) else None
        if found is None or found.end_char > end_char or (
                k + 1 < len(index.persons) and index.persons[k + 1].start_char < end_char):
            return None
        text = index.text
        rest = (text[start_char:found.start_char] + " " + text[found.end_char:end_char]).split()
        return found if all(fold(w.strip(",.")) in self.lex.honorifics or not w.strip(",.:") for w in rest) else None

    def _predicate_subject(self, doc: Doc, lead: int, index: _DocIndex,
                           decided: dict[int, Span] | None = None) -> Span | None:
        """"Ο Χ είναι ο νέος Διευθυντής", "ο Χ, ο οποίος εξελέγη Πρόεδρος": the person whose
        predicate the role is (the verb of being, electing or appointing right before it)."""
        sent_start = index.sent_starts[lead] if lead < len(doc) else 0
        i = lead - 1
        office = self._office_verb(doc, lead, sent_start)
        if office is not None:
            i = office  # "ανέλαβε καθήκοντα γενικού γραμματέα": the office taken, in the genitive
        else:
            while i >= sent_start and lead - i <= 5 and not self._predicate_verb(doc, i, sent_start) \
                    and (fold(doc[i].text) in self.lex.predicate_words or _nominative_adjective(doc[i])
                         or fold(doc[i].text) in self.lex.predicate_adverbs
                         or doc[i].is_alpha and fold(doc[i].text) in self.grammar.nationality):
                # "είναι ο νέος", "είναι πολύ σημαντικός σύγχρονος καλλιτέχνης", "εξελέγη χθες";
                # "ήταν Βρετανός φυσικός": a nationality, written with a capital, modifies the predicate too
                i -= 1
            if i < sent_start or not self._predicate_verb(doc, i, sent_start):
                return None
            if fold(doc[i].text) in self.lex.perfect_predicate_verbs:
                i -= 1  # "έχει εκλεγεί": the subject stands before the auxiliary
            shared = self._shared_subject(doc, i, sent_start, index, decided)
            if shared is not None:
                return shared
            if i == sent_start:
                return self._dropped_subject(doc, i, index)  # "Ήταν συγγραφέας": no subject written
        k = i  # the verb; the subject ends right before it (or its particle "θα"), or before ", ο οποίος"
        if k - 1 >= sent_start and fold(doc[k - 1].text) in _VERB_PARTICLES:
            k -= 1
        k = self._aside_start(doc, k, sent_start)
        if k - 2 >= sent_start and doc[k - 1].text == ",":
            # "Ο Χ, είναι ο συνιδρυτής της Υ": a comma between the subject and its verb
            j = bisect_right(index.person_ends, k - 1) - 1
            if j >= 0 and index.persons[j].end == k - 1 and index.persons[j].start >= sent_start \
                    and self._subject_mention(doc, index.persons[j], index):
                return index.persons[j]
        if k - 1 >= sent_start and fold(doc[k - 1].text) in self.lex.relatives:
            pronoun = fold(doc[k - 1].text)
            k -= 1
            if k - 1 >= sent_start and fold(doc[k - 1].text) in ("ο", "η") and fold(doc[k].text) != "που":
                k -= 1
            # "ο Χ, πρώην στέλεχος της Υ που είναι επικεφαλής": the clause describes the person
            # whose apposition it follows (the apposition's role is decided already)
            apposition = index.role_ending_at.get(k) or (index.role_ending_at.get(k - 1) if doc[k - 1].text == "," else None)
            if apposition is not None and decided is not None:
                holder = decided.get(apposition.start)
                if holder is not None and holder.end < apposition.start and holder.start >= sent_start:
                    return holder
            if k - 1 < sent_start or doc[k - 1].text != ",":
                return None
            k -= 1
            named = self._named_body_before(doc, k, sent_start, index)
            if named is not None and pronoun in self.lex.gendered_relatives:
                # "ο καθηγητής Χ του Τμήματος Φυσικής, ο οποίος είναι": the clause is the name's
                # when the relative shows the name's gender and the role is one no body holds
                if lead < len(doc) and fold(doc[lead].text) in self.lex.body_roles:
                    return None
                gender = self.lex.gendered_relatives[pronoun]
                r = bisect_right(index.role_starts_list, lead) - 1
                role_gender = index.roles[r]._.role_gender if r >= 0 and index.roles[r].end > lead else None
                # a first name the lexicon lacks shows no gender: the relative and the role agree then
                return named if self._person_gender(doc, named) in (gender, None) \
                    and role_gender in (gender, None) else None
        else:
            k = self._clause_opening(doc, k, sent_start)
        j = bisect_right(index.person_ends, k) - 1
        if j >= 0 and index.persons[j].end == k and index.persons[j].start >= sent_start:
            return index.persons[j]
        return None

    def _named_body_before(self, doc: Doc, comma: int, sent_start: int, index: _DocIndex) -> Span | None:
        """"ο καθηγητής Χ του Τμήματος Χημείας του Πανεπιστημίου Πατρών, ο οποίος": the name
        right before a genitive complement that is all named bodies (organisations or places)
        and their genitive articles, and ends at ``comma``; None when a name ends at the comma
        (the caller takes it) or anything else stands between."""
        covered = {t for e in (*index.orgs, *index.places) if sent_start <= e.start and e.end <= comma
                   for t in range(e.start, e.end)}
        i = comma
        while i > sent_start and comma - i < _MAX_NAMED_BODY and (i - 1 in covered
                                                                 or fold(doc[i - 1].text) in _GEN_ARTICLES):
            if i in index.person_ends:
                break
            i -= 1
        if i == comma or i not in index.person_ends or not covered & set(range(i, comma)) \
                or fold(doc[i].text) not in _GEN_ARTICLES:
            return None
        j = bisect_right(index.person_ends, i) - 1
        p = index.persons[j]
        return p if p.end == i and p.start >= sent_start else None

    def _shared_subject(self, doc: Doc, verb: int, sent_start: int, index: _DocIndex,
                        decided: dict[int, Span] | None) -> Span | None:
        """"Ο Χ εξελέγη πρόεδρος του συλλόγου το 2010 και είναι σήμερα βουλευτής": a verb of being
        or electing right after "και" is the second verb of a coordination whose subject Greek
        writes once; the holder of the predicate role before "και" (given to a name before its
        own verb of being, in this sentence) holds this role too. None when anything between that
        role and "και" could start another subject: a name, a comma, a quote, another verb of
        being, or more than a short complement."""
        if decided is None or verb - 1 <= sent_start or fold(doc[verb - 1].text) != "και":
            return None
        p = verb - 1  # "και": the first conjunct ends here
        while p > sent_start and verb - 1 - p <= _MAX_SHARED_GAP:
            first = index.role_ending_at.get(p)
            if first is not None and first.start in decided:
                holder = decided[first.start]
                if holder.start >= sent_start and holder.end <= first.start and any(
                        self._predicate_verb(doc, t, sent_start) for t in range(holder.end, first.start)):
                    return holder
                return None
            if doc[p - 1].text in (",", ";", ":", "«", "»", "\"") or p in index.person_ends \
                    or self._predicate_verb(doc, p - 1, sent_start):
                return None
            p -= 1
        return None

    def _aside_start(self, doc: Doc, k: int, sent_start: int) -> int:
        """"Ο Χ (1942 – 2018) ήταν φυσικός", "ο Χ, ο οποίος, από το 2010 και μετά, είναι
        ερευνητής": a bracket, or a phrase between commas right after a relative pronoun, that
        stands between the subject and its verb is an aside; the subject ends before it. Where
        the aside opens (``k`` when none ends right before the verb at ``k``)."""
        if k - 1 <= sent_start or doc[k - 1].text not in (")", ","):
            return k
        close = doc[k - 1].text
        opener = "(" if close == ")" else ","
        for j in range(k - 2, max(sent_start, k - 1 - _MAX_ASIDE) - 1, -1):
            t = doc[j].text
            if t == opener:
                if close == "," and not (j - 1 >= sent_start and fold(doc[j - 1].text) in self.lex.relatives):
                    return k
                return j
            if t in ("(", ")", "«", "»") or (close == "," and self._predicate_verb(doc, j, sent_start)):
                return k
        return k

    def _dropped_subject(self, doc: Doc, verb: int, index: _DocIndex) -> Span | None:
        """"Ο Χ γεννήθηκε στη Χιλή. Ήταν συγγραφέας και σκηνοθέτης": Greek drops the subject
        pronoun, so a sentence that opens with its verb of being or electing carries on the
        subject of the sentence before. That subject is the one person the sentence before
        names as a subject (nominative article or its first words); none when it names two as
        subjects or none, when the verb stands in a quote, or when the sentence before is in one
        (a speaker's subject is not the text's)."""
        if verb == 0:
            return None
        if index.in_quote(doc[verb].idx):
            return None
        prev = index.sent_starts[verb - 1]
        subjects: list[Span] = []
        for p in index.persons[bisect_left(index.person_starts, prev):bisect_left(index.person_starts, verb)]:
            if index.in_quote(p.start_char):
                return None  # "«... ο Χ ...»": a name in someone's words
            if self._subject_mention(doc, p, index):
                subjects.append(p)
        return subjects[0] if len(subjects) == 1 else None

    @staticmethod
    def _office_verb(doc: Doc, lead: int, sent_start: int) -> int | None:
        """Where the verb stands whose object names the office that starts at ``lead``: a verb of
        taking or holding an office, a noun of duty or post (with its article, if any), and the
        office in the genitive ("ανέλαβε καθήκοντα γενικού γραμματέα", "εκτελεί χρέη προσωρινού
        προέδρου", "ανέλαβε τη θέση του διευθυντή"). The subject of that verb holds the office;
        ``None`` when no such phrase ends right before ``lead``."""
        i, n = lead - 1, 0
        while i >= sent_start and n < _MAX_OFFICE_MODIFIERS and doc[i].is_alpha and doc[i].text.islower() \
                and fold(doc[i].text).endswith(_GENITIVE_ENDINGS) \
                and fold(doc[i].text) not in _GEN_ARTICLES | _OFFICE_NOUNS:
            i, n = i - 1, n + 1  # "χρέη προσωρινού προέδρου": the office's adjectives
        if i >= sent_start and fold(doc[i].text) in _GEN_ARTICLES:
            i -= 1  # "τη θέση του διευθυντή"
        if i < sent_start or fold(doc[i].text) not in _OFFICE_NOUNS:
            return None
        i -= 1
        if i >= sent_start and fold(doc[i].text) in _ACC_ARTICLES:
            i -= 1  # "ανέλαβε τα καθήκοντα του προέδρου"
        return i if i >= sent_start and fold(doc[i].text) in _OFFICE_VERBS else None

    def _predicate_verb(self, doc: Doc, i: int, sent_start: int) -> bool:
        """A verb of being, electing or appointing at ``i``: a finite form ("εξελέγη"), or a
        perfect form right after its auxiliary ("έχει εκλεγεί"; not "να γίνει", a possibility)."""
        f = fold(doc[i].text)
        if f in self.lex.predicate_verbs:
            return True
        return f in self.lex.perfect_predicate_verbs and i - 1 >= sent_start \
            and fold(doc[i - 1].text) in self.lex.perfect_auxiliaries

    @staticmethod
    def _clause_opening(doc: Doc, k: int, sent_start: int) -> int:
        """Where a subordinate clause that opens right after a name begins ("κατηγόρησε τον Χ
        ότι όσο διάστημα ήταν υπουργός", "ο Χ, όταν ήταν υπουργός,"): Greek drops the subject
        pronoun, and a clause between a name and its verb has that name as its subject. ``k``
        (the verb) when no conjunction stands right before it."""
        i = k
        while i - 1 >= sent_start and k - i < 3 and fold(doc[i - 1].text) in _CLAUSE_OPENERS:
            i -= 1
        if i == k or fold(doc[i].text) in _CLAUSE_NOUNS:
            return k  # "διάστημα", "καιρό" only after "όσο"
        if i - 1 >= sent_start and fold(doc[i - 1].text) in _COMPLEMENTIZERS:
            # "τον Χ ότι όσο διάστημα ήταν": a time clause inside the "ότι" clause; "ότι" alone
            # ("οι ισχυρισμοί του Χ ότι είναι πρόεδρος") may report a claim, not an office
            i -= 1
        if i - 1 >= sent_start and doc[i - 1].text == ",":
            i -= 1
        return i

    def _as_apposed(self, doc: Doc, lead: int, index: _DocIndex, cases: frozenset[str] | None) -> Span | None:
        """"παρουσίασε τον Χ ως νέο προπονητή", "τις δυνατότητες του Χ και ως θεατρικού
        συγγραφέα": "ως" right after a name (or after its "και") makes the role that name's, in
        the name's case: the article before the name must show a case the role's form can be in
        (lower-case adjectives may stand between "ως" and the role)."""
        sent_start = index.sent_starts[lead] if lead < len(doc) else 0
        i = lead - 1
        while i >= sent_start and lead - i <= 2 and doc[i].is_alpha and doc[i].text.islower() \
                and fold(doc[i].text) != "ωσ" and fold(doc[i].text).endswith(("ου", "ησ", "ο", "η", "οσ", "α")):
            i -= 1  # "ως θεατρικού συγγραφέα", "ως νέο προπονητή"
        if i <= sent_start or fold(doc[i].text) != "ωσ":
            return None
        k = i - 1 if fold(doc[i - 1].text) in ("και", ",") else i
        j = bisect_right(index.person_ends, k) - 1
        if j < 0 or index.persons[j].end != k or index.persons[j].start < sent_start:
            return None
        p = index.persons[j]
        a = p.start - 1
        while a >= sent_start and (doc[a].text == "." or fold(doc[a].text) in self.lex.honorifics):
            a -= 1
        if a < sent_start or fold(doc[a].text) not in _SINGULAR_ARTICLES:
            return None
        case = article_case_gender(doc[a].text, self.names)[0]
        return p if case is not None and (not cases or case in cases) else None

    def _as_subject(self, doc: Doc, lead: int, index: _DocIndex,
                    cases: frozenset[str] | None = None) -> Span | None:
        """"Ο Χ εργάζεται ως γιατρός", "ο Χ χρησιμοποιήθηκε κυρίως ως σέντερ": a role in the
        nominative after "ως" and a verb (with its adverbs) is the subject's; the subject's
        article, if any, is a nominative one (an accusative "ως" role is the object's)."""
        sent_start = index.sent_starts[lead] if lead < len(doc) else 0
        i = lead - 1
        while i >= sent_start and lead - i <= 4 and (fold(doc[i].text) in self.lex.predicate_words
                                                    or _nominative_adjective(doc[i])):
            i -= 1
        if i <= sent_start or fold(doc[i].text) != "ωσ":
            return None
        # A role that can only be a nominative ("ως προπονητής", not "ως προπονητή") predicates the
        # subject across the verb's object too: "Ο Χ ξεκίνησε την καριέρα του ως προπονητής".
        nominative = cases == frozenset({"nom"})
        k, n = i - 1, 0
        while k >= sent_start and n < (6 if nominative else 3) and doc[k].is_alpha and doc[k].text.islower() \
                and (fold(doc[k].text) not in _ARTICLES or (nominative and fold(doc[k].text) not in ("ο", "η", "οι")))\
                and fold(doc[k].text) not in _NEGATIONS and fold(doc[k].text) not in self.lex.apposition_stops:
            k, n = k - 1, n + 1
        if n and k - 1 > sent_start and fold(doc[k].text) in self.lex.relatives - _ARTICLES:
            # "ο Χ, ο οποίος υπηρετεί και ως αναπληρωτής υπουργός": the relative's antecedent
            k -= 1
            if fold(doc[k].text) in ("ο", "η") and fold(doc[k + 1].text) != "που":
                k -= 1
            if doc[k].text != ",":
                return None
            k -= 1
        j = bisect_right(index.person_ends, k + 1) - 1
        if n == 0 or j < 0 or index.persons[j].end != k + 1 or index.persons[j].start < sent_start:
            return None
        p = index.persons[j]
        a = p.start - 1
        while a >= sent_start and (doc[a].text == "." or fold(doc[a].text) in self.lex.honorifics):
            a -= 1
        if a >= sent_start and fold(doc[a].text) in _ARTICLES and fold(doc[a].text) not in ("ο", "η"):
            return None
        return p

    def _predicate_name(self, doc: Doc, role: Span, lead: int, index: _DocIndex) -> Span | None:
        """"Η νέα διευθύντρια της σχολής είναι η Χ", "Πρόεδρος της επιτροπής ορίστηκε ο Χ": the
        role is the subject, its complement runs to a verb of being or appointing, and the name
        after the verb (in the nominative, or without an article) is the predicate; a plural role
        ("Βοηθοί του θα είναι οι Χ, Ψ και Ζ") has the first name of a list there. A role that opens
        its clause may carry one phrase of place or purpose ("Πρόεδρος του συλλόγου για τρίτη
        φορά εξελέγη ο Χ", "διαιτητής στον τελικό θα είναι ο Χ") or a relative clause that names
        no one ("Ο υπουργός που ανέλαβε χθες είναι ο Χ"): nothing else can be the subject of
        the verb."""
        sent_end = index.sent_ends[role.start]
        v, skipped = role.end, 0  # skipped: the words of the phrase of place or purpose
        while v < sent_end and v - role.end - skipped <= 6 and fold(doc[v].text) not in self.lex.predicate_verbs:
            t, f = doc[v], fold(doc[v].text)
            if f in _VERB_PARTICLES and v + 1 < sent_end and fold(doc[v + 1].text) in self.lex.predicate_verbs:
                v += 1  # "Διευθυντής της σχολής θα είναι η Χ": the future of the verb of being
                continue
            if f in _NP_PREPOSITIONS and not skipped and self._opens_clause(doc, role, lead, index):
                end = self._subject_phrase_end(doc, v, sent_end)
                if end > v + 1:
                    skipped, v = end - v, end
                    continue
            if f == "που" and self._opens_clause(doc, role, lead, index):
                verb = self._relative_clause_end(doc, v, sent_end, index)
                if verb is not None:
                    skipped, v = skipped + verb - v, verb
                    continue
            if not (f in _GEN_ARTICLES or (t.is_alpha and t.text[:1].isupper())
                    or (t.is_alpha and t.text.islower() and f.endswith(_GENITIVE_ENDINGS) and len(f) > 3
                        and f not in self.lex.apposition_stops)):
                return None
            v += 1
        if v >= sent_end or fold(doc[v].text) not in self.lex.predicate_verbs:
            return None
        j = bisect_left(index.person_starts, v + 1)
        if j >= len(index.persons) or index.persons[j].start >= sent_end:
            return None
        p = index.persons[j]
        inner = {t for r in index.roles[bisect_left(index.role_starts_list, v + 1):] if r.end <= p.start
                 for t in range(r.start, r.end)}  # "είναι ο καθηγητής Χ": the name's own role between
        adverbs = self._adverbs_end(doc, v + 1, p.start)
        gap = [fold(t.text) for t in doc[v + 1:self._name_phrase_start(doc, p)]  # "εξελέγη χθες ο Χ": an adverb of the verb
               if t.i not in inner and fold(t.text) not in self.lex.honorifics and t.text != "."
               and not (t.i == v + 1 and fold(t.text) in self.lex.predicate_adverbs - {"και"})
               and not t.i < adverbs
               and not (t.i == v + 1 and t.text == ":" and role._.role_plural)  # "Βοηθοί του είναι: Χ, Ψ"
               and not (t.text == "," and t.i - 1 in inner)]  # "ο Διευθυντής του Χ, Καθηγητής ..., Δρ. Ψ"
        return p if gap in ([], ["ο"], ["η"]) or (role._.role_plural and gap == ["οι"]) else None

    def _adverbs_end(self, doc: Doc, start: int, limit: int) -> int:
        """"είναι κι επίσημα πλέον ο Χ": the end of a run of adverbs of the verb (linking.json
        "predicate_adverbs"; "και", "κι": also) from ``start``; "και" closes none, since the name after
        it would be a second subject ("είναι ο Ψ και ο Χ")."""
        end = i = start
        while i < limit and i - start < _MAX_PREDICATE_ADVERBS:
            f = fold(doc[i].text)
            if f not in self.lex.predicate_adverbs and f not in _ALSO:
                break
            i += 1
            if f not in _ALSO:
                end = i
        return end

    def _opens_clause(self, doc: Doc, role: Span, lead: int, index: _DocIndex) -> bool:
        """A role (with its nominative article and adjectives: "ο τέταρτος διαιτητής") at the
        start of its sentence or right after a comma, where a subject stands."""
        sent_start = index.sent_starts[role.start]
        i = lead - 1
        while i >= sent_start and (fold(doc[i].text) in _ITEM_ARTICLES or _nominative_adjective(doc[i])
                                   or (i == sent_start and _nominative_adjective(doc[i], initial=True))):
            i -= 1  # "Τέταρτος διαιτητής ...": the first word of the sentence is capitalised
        return i < sent_start or doc[i].text == ","

    def _relative_clause_end(self, doc: Doc, start: int, sent_end: int, index: _DocIndex) -> int | None:
        """"Οι ηθοποιοί που παίζουν στη σειρά είναι ο Χ και ο Ψ": a relative clause
        (from "που" at ``start``) after a subject role runs to the main verb; the clause names no
        one and holds no comma, no verb of being or appointing of its own, no particle of the
        future but the one right after "που" before a verb of its own ("που θα μιλήσουν") and no
        "ότι" (whose clause has a verb of its own). Where the main verb stands, or ``None``."""
        v = start + 1
        j = bisect_left(index.person_starts, start)
        first_person = index.persons[j].start if j < len(index.persons) else sent_end
        while v < sent_end and v - start <= _MAX_RELATIVE_CLAUSE and v < first_person:
            f = fold(doc[v].text)
            if f in self.lex.predicate_verbs:
                return v if v > start + 1 else None
            if f == "θα" and v == start + 1 and v + 1 < sent_end and fold(doc[v + 1].text) not in self.lex.predicate_verbs \
                    and fold(doc[v + 1].text) not in _VERB_PARTICLES:
                v += 2  # "Οι γιατροί που θα μιλήσουν είναι ...": the clause's own verb in the future
                continue
            if doc[v].text in (",", ";", ":") or f in _VERB_PARTICLES | _COMPLEMENTIZERS \
                    or f in self.lex.relatives - {"ο", "η"}:
                return None
            v += 1
        return None

    def _subject_phrase_end(self, doc: Doc, start: int, sent_end: int) -> int:
        """Where a phrase of place or purpose that opens at ``start`` ends ("στο αυριανό
        παιχνίδι «κορυφής»", "για δεύτερη φορά"): lower-case words and quotes, up to a
        finite verb or its particle; ``start`` when no word follows the preposition."""
        v = start + 1
        while v < sent_end and v - start <= _MAX_SUBJECT_PHRASE and (
                doc[v].text in _NP_BRACKETS or doc[v].text in _NP_BRACKETS.values()
                or (doc[v].is_alpha and doc[v].text.islower() and fold(doc[v].text) not in _VERB_PARTICLES
                    and fold(doc[v].text) not in self.lex.predicate_verbs
                    and not fold(doc[v].text).endswith(_VERB_ENDINGS))):
            v += 1
        return v if v > start + 1 else start

    @staticmethod
    def _acronym_before(doc: Doc, end: int) -> str:
        """The word that ends at token ``end``, its period included: "Ν.Δ." is one token, "Κ.Κ.Ε" and
        "." may be two."""
        last = doc[end - 1]
        if last.text == "." and end >= 2 and not doc[end - 2].whitespace_:
            return doc[end - 2].text + "."
        return last.text

    def _person_after(self, doc: Doc, role: Span, index: _DocIndex) -> tuple[Span, list[str]] | None:
        """"ο Δήμαρχος κ. Χ" / "Πρόεδρος ΚΕΔΕ και Δήμαρχος Τρικκαίων κ. Χ": the first person after
        the role, with only honorifics, commas, a complement of the role or further coordinated
        roles between. "Ο Λιμενάρχης Ηρακλείου, Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης": roles chained
        by a comma or "και" all belong to the person after the last one."""
        sent_end = index.sent_ends[role.end - 1]  # a role may run past a full stop of an abbreviation ("Π.Ε. Αχαΐας")
        acronym_dot = -1
        if role.end <= sent_end < len(doc) and sent_end - role.end <= _MAX_ACRONYM_COMPLEMENT \
                and _DOTTED_ACRONYM.fullmatch(self._acronym_before(doc, sent_end)) \
                and bisect_left(index.person_starts, sent_end) < len(index.persons) \
                and index.persons[bisect_left(index.person_starts, sent_end)].start == sent_end:
            # "ο βουλευτής της Ν.Δ. Χ μίλησε", "ο πρόεδρος του Δ.Σ. Χ": the period is the acronym's;
            # a name with no article right after it is the role's apposition, not a new subject
            if doc[sent_end - 1].text == ".":
                acronym_dot = sent_end - 1  # "Κ.Κ.Ε" "." in two tokens: the period is no gap
            sent_end = index.sent_ends[sent_end]
        sent_end = self._announced_line_end(doc, role, sent_end, index)
        pos, last = self._possessor_end(doc, role, index), role
        k = bisect_left(index.role_starts_list, pos)
        while k < len(index.roles):
            other = index.roles[k]
            genitives = self._lower_genitives_end(doc, pos, other.start)
            if genitives < other.start and fold(doc[genitives].text) in self.lex.role_place_prepositions:
                pos = genitives  # "της συντονίστριας της εκστρατείας στην Ελλάδα, βουλευτή Χ"
                worked = self._place_of_work_end(doc, pos, other.start, index)
                if worked > pos and doc[worked].text == ",":
                    pos = worked
            elif genitives > pos and [fold(t.text) for t in doc[genitives:other.start]] in _JOINED_GAPS:
                pos = genitives  # "ο καθηγητής φυσικής και εκπρόσωπος του υπουργείου, Χ": the first role's genitives
            pos = self._purpose_end(doc, pos, other.start, index)  # "σύμβουλος για την Αγγλία, καθηγητής Χ"
            gap = [fold(t.text) for t in doc[pos:other.start]]
            if len(gap) == 2 and gap[0] == "και" and self._chain_modifier(doc[other.start - 1]):
                gap = gap[:1]  # "ο υπαρχηγός της Υ και ειδικός πραγματογνώμονας Χ": the second role's adjective
            if gap == ["και"] and self._complement_role(doc, last, index) \
                    and "gen" not in set(other._.role_cases or ("gen",)):
                # "ο σύμβουλος του πρωθυπουργού και βουλευτής Χ": coordinated nouns share their case;
                # the genitive is the first role's complement, the name the nominative's
                return None
            if len(gap) == 1 and gap[0] in _GEN_ARTICLES and other.start == pos + 1 \
                    and other.end + 1 < len(doc) and doc[other.end].text == "," \
                    and other.end + 1 in index.person_starts and self._governed(doc, other, other.start, index):
                # "ο δικηγόρος του παίκτη, Χ": a role noun in the genitive right after the role is its
                # complement (whose lawyer); the name after it, past a comma too, is the outer role's
                pos = other.end
                k = bisect_left(index.role_starts_list, pos, k + 1)
                continue
            if other.start - pos <= 2 and (gap in _CHAIN_GAPS or (
                    len(gap) == 1 and gap[0] in _ACC_ARTICLES and role.start > 0 and fold(doc[role.start - 1].text) == "με")):
                # "με ακαδημαϊκό υπεύθυνο τον Καθηγητή Πληροφορικής Χ": the role "με" gives, then the name's own
                pos, last = other.end, other
                k = bisect_left(index.role_starts_list, pos, k + 1)
            else:
                break
        if (pos + 2 < len(doc) and fold(doc[pos].text) == "και" and doc[pos + 1].is_alpha and doc[pos + 1].text.islower()
                and self.grammar.is_agent(doc[pos + 1].text)
                and bisect_left(index.person_starts, pos + 2) < len(index.persons)
                and index.persons[bisect_left(index.person_starts, pos + 2)].start == pos + 2):
            pos += 2  # "ο πρόεδρος του Χ και περιβαλλοντολόγος Ψ": a second trade no lexicon lists, then the name
        elif not role._.role_plural:  # "ο προπονητής και πρώην διεθνής Ψ": a longer second conjunct
            pos = self._second_conjunct_end(doc, pos, sent_end, index) \
                or self._second_conjunct_end(doc, self._lower_genitives_end(doc, pos, sent_end), sent_end, index) or pos
        j = bisect_left(index.person_starts, pos)
        if j < len(index.persons):
            p = index.persons[j]
            if p.start < sent_end:
                if len(p) == 1 and p.start >= role.end and p.start - 2 >= role.start \
                        and fold(doc[p.start - 1].text) in _PARTY_NOUNS and fold(doc[p.start - 2].text) in _GEN_ARTICLES:
                    return None  # a full name there ("του κόμματος Αλέξης Χ") is the holder's
                ext = self._complement_end(doc, pos, p.start, index)
                ext = self._place_of_work_end(doc, ext, p.start, index)
                if not role._.role_plural:
                    ext = self._genitive_apposition_end(doc, ext, p.start)
                    ext = self._place_aside_end(doc, ext, p.start, index)
                examples = False
                if role._.role_plural and ext < p.start and fold(doc[ext].text) in _EXAMPLE_WORDS:
                    ext, examples = ext + 1, True  # "καλλιτέχνες όπως ο Χ, η Ψ": a plural role's examples hold it
                    if ext < p.start and fold(doc[ext].text) == "οι":
                        ext += 1  # "όπως οι Χ, Ψ και Ζ"
                elif role._.role_plural and [fold(t.text) for t in doc[ext:p.start] if not t.is_space] in _LIST_OPENERS:
                    ext = p.start  # "οι καλλιτέχνες: Χ, Ψ", "τρεις παρουσιαστές, οι Χ, Ψ και Ζ", "οι ηθοποιοί:⏎Χ, Ψ"
                elif role._.role_plural and ext == role.end and p.start == ext + 1 and fold(doc[ext].text) == "οι" \
                        and "nom" in (role._.role_cases or ()) \
                        and (role.start == 0 or fold(doc[role.start - 1].text) not in _ARTICLES):
                    ext = p.start  # "Πρόεδρος ο Χ, εφέτες οι Ψ και Ζ": a bare plural role, then its names with their article
                if (role._.role_plural and ext < p.start and not self._gap_ok(doc, ext, p.start)
                        and (examples or doc[ext].text in _ITEM_OPENERS)
                        and self._items_end(doc, ext + (not examples), p.start) == p.start):
                    return p, []  # "σκηνοθέτες (Δήμος Χ, Νίκος Ψ": items before the first person
                if ext == p.start - 1 and (ext == acronym_dot or _accent_mark(doc[ext], p)):
                    ext = p.start  # "της καγκελαρίου 'Αγγελα Χ", "του Κ.Κ.Ε. Χ": the word's mark, no gap
                name_start = self._name_phrase_start(doc, p)  # "με προπονητή τον Έλληνα Χ"
                if not self._gap_ok(doc, ext, name_start):
                    chained = last.end if last is not role else None  # "ο καγκελάριος και αρχηγός του ... Χ"
                    ext = max(ext, self._np_complement_end(doc, role, p, index, chained))
                if self._gap_ok(doc, ext, name_start):
                    gap = [fold(t.text) for t in doc[ext:name_start]]
                    words = [w for w in gap if w != "." and w not in self.lex.honorifics]
                    case = article_case_gender(words[-1], self.names)[0] if words and words[-1] in _ARTICLES else None
                    if role._.role_plural and case and role._.role_cases and case not in role._.role_cases:
                        return None  # "το συμβούλιο των αρχηγών, και ο κ. Χ": the name is in another case
                    if role._.role_plural and self._apposed_list(doc, p, gap, index):
                        return p, gap  # "δύο καθηγητές, ο Χ και ο Ψ": each name of the apposed list with its article
                    if role._.role_plural and gap and gap[-1] in _SINGULAR_ARTICLES and not examples:
                        # "των συνηγόρων του Χ κκ Ψ και Ω": a singular genitive is the plural
                        # role's complement, never its holder; the people after it may be.
                        if (j + 1 < len(index.persons) and index.persons[j + 1].start < sent_end
                                and self._gap_ok(doc, p.end, index.persons[j + 1].start)):
                            q = index.persons[j + 1]
                            return q, [fold(t.text) for t in doc[p.end:q.start]]
                        return None
                    if not role._.role_plural and not self._case_fits(doc, role, p, words, index):
                        return None  # "στον ανακριτή ο Χ", "ο συνήγορος του πιλότου Βασίλης Χ": another case
                    if not role._.role_plural and not gap:
                        apposed = self._apposed_after_named_complement(doc, role, p, j, sent_end, index)
                        if apposed is not None:
                            return apposed, [","]
                    return p, gap
        return None

    @staticmethod
    def _announced_line_end(doc: Doc, role: Span, sent_end: int, index: _DocIndex) -> int:
        """"Παίζουν οι ηθοποιοί:⏎Χ, Ψ και Ζ": a colon right after a plural role announces its
        list, and the line break after that colon is layout, not the end of what it announces;
        the list on the next line is still the role's. Where the next sentence ends then, else
        ``sent_end`` unchanged."""
        if not role._.role_plural or role.end >= sent_end or doc[role.end].text != ":" \
                or sent_end >= len(doc) or sent_end == role.end + 1 \
                or not all(doc[k].is_space and "\n" in doc[k].text for k in range(role.end + 1, sent_end)):
            return sent_end
        return index.sent_ends[sent_end]

    def _genitive_apposition_end(self, doc: Doc, start: int, limit: int) -> int:
        """"ο πρόεδρος της Ένωσης, του μεγαλύτερου συλλόγου της χώρας, Χ": a phrase in
        the genitive between commas after a role's genitive complement is that complement's
        apposition (the name after it is in another case), so the role reaches past it. Where
        it ends (the comma that closes it), or ``start`` when no such phrase stands there."""
        if start + 3 >= limit or doc[start].text != "," or fold(doc[start + 1].text) not in _GEN_ARTICLES:
            return start
        i = start + 2
        while i < limit and i - start <= _MAX_GENITIVE_APPOSITION and doc[i].is_alpha \
                and (fold(doc[i].text) in _GEN_ARTICLES or fold(doc[i].text).endswith(_GENITIVE_ENDINGS)) \
                and fold(doc[i].text) not in self.lex.apposition_stops | self.lex.relatives:
            i += 1
        return i if i > start + 2 and i < limit and doc[i].text == "," else start

    def _apposed_after_named_complement(self, doc: Doc, role: Span, p: Span, j: int, sent_end: int,
                                        index: _DocIndex) -> Span | None:
        """"ο πρώην γραμματέας της κυβέρνησης Σαμαρά, Τάκης Χ,": a bare surname right after the
        role's lower-case genitive complement completes that complement (whose government), and
        the name apposed after the comma, its first name a nominative only, in a nominative role,
        closed by a comma or the sentence's end, is the holder. That name, or None."""
        if len(p) != 1 or p.start < 1 or p.end + 1 >= sent_end or doc[p.end].text != "," \
                or not self._lower_genitive(doc[p.start - 1]) or "nom" not in (self._cases(doc, role, index) or ()):
            return None
        if j + 1 >= len(index.persons) or index.persons[j + 1].start != p.end + 1:
            return None
        q = index.persons[j + 1]
        if len(q) < 2 or q.end > sent_end or (q.end < sent_end and doc[q.end].text not in (",", ".")):
            return None
        first = q[0].text
        slots = {s.partition("_")[0] for e in self.names.first_names.get(fold(first), ()) for s in e.slots}
        return q if slots == {"nom"} else None

    def _place_aside_end(self, doc: Doc, start: int, limit: int, index: _DocIndex) -> int:
        """"ο επικεφαλής της αστυνομίας της Υ, στη βόρεια Δανία, Χ": a phrase of place between
        commas after a role's complement locates that complement's body; it is an aside, and the
        name after its closing comma is still the role's apposition. Where the closing comma
        stands, or ``start`` when no such aside stands there (a person or role inside, a verb, or
        no comma right before the name: "..., στη Βουλή ο Χ" opens a clause)."""
        if start + 3 >= limit or doc[start].text != "," \
                or fold(doc[start + 1].text) not in self.lex.role_place_prepositions:
            return start
        end = max(self._place_phrase_end(doc, start + 1, limit, index),
                  self._place_of_work_end(doc, start + 1, limit, index))
        if end <= start + 2 or doc[end].text != "," or not self._gap_ok(doc, end + 1, limit):
            return start
        return end

    def _second_conjunct_end(self, doc: Doc, pos: int, sent_end: int, index: _DocIndex) -> int | None:
        """"ο προπονητής και πρώην διεθνής Χ", "τον συγγραφέα και κάτοικο του Ντνίπρο Χ", "ο ιδρυτής
        και «ψυχή» της διοργάνωσης, Χ": one article serves two nouns joined by "και", so both name
        one referent, the name right after the second. The second conjunct has no article of its
        own (that would make it another referent: "ο πρόεδρος και ο Χ"), is lower-case (its
        genitive complement may hold a name), holds no verb and no lexicon role (a chain of roles
        is decided as one); a comma may close it. Where the name starts, or None."""
        if pos + 2 >= sent_end or fold(doc[pos].text) != "και" or not doc[pos + 1].text.islower() \
                and doc[pos + 1].text not in _QUOTES:
            return None
        j = bisect_left(index.person_starts, pos + 2)
        if j >= len(index.persons) or index.persons[j].start >= sent_end:
            return None
        start = index.persons[j].start
        end = start - 1 if doc[start - 1].text == "," else start
        if not 1 <= end - pos - 1 <= _MAX_CONJUNCT:
            return None
        k = bisect_left(index.role_starts_list, pos + 1)
        if k < len(index.roles) and index.roles[k].start < end:
            return None  # a role of the lexicon there: the chain of roles decides ("ο σύμβουλος του Χ και βουλευτής Ψ")
        genitive = False
        for tok in doc[pos + 1:end]:
            f = fold(tok.text)
            if f in _GEN_ARTICLES:
                genitive = True
            elif f in _ARTICLES or not (tok.is_alpha or tok.text in _QUOTES or f in self.lex.honorifics):
                return None
            elif tok.text.islower():
                if f.endswith(_VERB_ENDINGS) and not self.grammar.is_agent(tok.text):
                    return None
            elif not genitive and f not in self.lex.honorifics:
                return None  # a capital before any genitive article starts another name
        return start

    def _apposed_list(self, doc: Doc, first: Span, gap: list[str], index: _DocIndex) -> list[Span]:
        """"δύο καθηγητές, ο Χ και ο Ψ", "τους βουλευτές, τον Χ, τον Ψ και την Ω": after a plural
        role and a comma, a singular article opens the first of the names in apposition to it, each
        with its own article, the last joined by "και": the names after ``first`` (empty unless the
        list holds two names at least). Without the comma a singular genitive is the role's
        complement ("των συνηγόρων του Χ"), not a list."""
        if len(gap) != 2 or gap[0] != "," or gap[1] not in _SINGULAR_ARTICLES:
            return []
        out: list[Span] = []
        sent_end = index.sent_ends[first.start]
        j = bisect_left(index.person_starts, first.end)
        prev, joined = first, False
        while j < len(index.persons) and not joined:
            p = index.persons[j]
            between = [fold(t.text) for t in doc[prev.end:p.start]]
            if p.start >= sent_end or len(between) != 2 or between[0] not in (",", "και") \
                    or between[1] not in _SINGULAR_ARTICLES:
                break
            out.append(p)
            prev, joined, j = p, between[0] == "και", j + 1
        return out if joined else []

    @staticmethod
    def _complement_role(doc: Doc, role: Span, index: _DocIndex) -> bool:
        """"ο σύμβουλος του πρωθυπουργού": a role only in the genitive, its article right after
        another role: that role's complement (whose adviser), a person other than its holder."""
        return (role._.role_cases == frozenset({"gen"}) and role.start >= 2
                and fold(doc[role.start - 1].text) in _GEN_ARTICLES and role.start - 1 in index.role_ending_at)

    def _joined_genitives_end(self, doc: Doc, role: Span, limit: int, index: _DocIndex) -> int:
        """"ο καθηγητής φυσικής και εκπρόσωπος ... Χ": the lower-case genitives of the first of two
        roles joined by "και" or a comma before one name are its title's (where they end;
        ``role.end`` when none)."""
        end = self._lower_genitives_end(doc, role.end, limit)
        if end == role.end or end + 1 >= limit or fold(doc[end].text) not in ("και", ","):
            return role.end
        if end + 1 in index.role_starts or (end + 2 in index.role_starts and self._chain_modifier(doc[end + 1])):
            return end
        return role.end

    def _chain_modifier(self, tok: Token) -> bool:
        """A word that opens the second of two coordinated roles without breaking the chain: a
        prefix ("και πρώην βουλευτής") or a lower-case adjective in an adjective's ending ("και
        ειδικός πραγματογνώμονας", "και γνωστό στέλεχος"); no finite verb, no word that stops an
        apposition, no indefinite article ("και ένας βουλευτής": another person)."""
        f = fold(tok.text)
        if f in self.lex.role_prefixes:
            return True
        return self._modifier_shaped(tok, 4) and f.endswith(_ADJECTIVE_ENDINGS)

    def _modifier_shaped(self, tok: Token, min_len: int) -> bool:
        """A lower-case word of at least ``min_len`` letters that may modify a role noun: no
        finite verb, no word that stops an apposition, no indefinite article ("ένας": another person)."""
        f = fold(tok.text)
        return (tok.is_alpha and tok.text.islower() and len(f) >= min_len and not f.endswith(_VERB_ENDINGS)
                and f not in self.lex.apposition_stops and f not in _ONE)

    def _case_fits(self, doc: Doc, role: Span, person: Span, gap: list[str], index: _DocIndex) -> bool:
        """A name in apposition after a role is in the role's case: the article before the name
        ("στον ανακριτή ο Χ": an accusative role, then a nominative subject) or, without one, the
        form of its first name ("του πιλότου Βασίλης Χ": a genitive role, a nominative name) tells
        the name's case; a name whose case neither tells fits any role."""
        cases = self._cases(doc, role, index)
        if not cases or (role.start > 0 and fold(doc[role.start - 1].text) == "με"):
            return True  # "με επικεφαλής τη Χ": the role "με" gives is in the name's case
        if gap and gap[-1] in _ARTICLES:
            case = article_case_gender(gap[-1], self.names)[0]
            return case is None or case in cases
        if gap:
            return True
        # Only a first name that is nominative alone ("Βασίλης") tells: foreign names keep one
        # form in every case ("Στέλιο Χ" is a nominative too).
        # A written accent that stands elsewhere than the lexicon's ("Νίκολας", not "Νικόλας") is
        # another, foreign name of the same letters, which tells no case.
        first = person[0].text
        accented = strip_accents(first) != first
        slots = {s.partition("_")[0] for e in self.names.first_names.get(fold(first), ())
                 if not accented or e.nominative == first for s in e.slots}
        return len(person) < 2 or slots != {"nom"} or "nom" in cases

    def _person_before(self, doc: Doc, role: Span, lead: int, index: _DocIndex, depth: int = 0) -> Span | None:
        """"ο κ. Χ, Δήμαρχος Υ," "ο Χ, ο πρόεδρος του Υ" and "ο Χ (Δήμαρχος Υ)": the person just
        before the role; "Χ, Αντιπρόεδρος της ΚΕΔΕ και Δήμαρχος Ναυπλιέων": through the coordinated role."""
        j = bisect_right(index.person_ends, lead) - 1
        if j >= 0:
            p = index.persons[j]
            if j >= 1 and self._original_spelling(doc, index.persons[j - 1], p) and lead > p.end \
                    and doc[p.end].text == ")":
                # "ο Σβάντε Πάαμπο (Svante Pääbo), διευθυντής του κέντρου": the name spelt in its
                # own script stands in brackets between the name and its apposition
                p, between = index.persons[j - 1], [fold(t.text) for t in doc[p.end + 1:lead]]
            else:
                between = [fold(t.text) for t in doc[p.end:lead]]
            # "Μαρία Χ, PhD, Καθηγήτρια": degrees written after a name stand between.
            between = [t for t in between if t.rstrip(".").replace(".", "") not in self.lex.post_nominals]
            between = _without_age(between)  # "Χ, 45 ετών, πρόεδρος", "Χ (45), πρόεδρος"
            if len(between) >= 2 and between[0] in (",", "(") and lead >= 1 \
                    and self._apposed_adjective(doc, doc[lead - 1], p, role._.role_cases):
                between = between[:-1]  # "Χ, νέα πρόεδρος", "Χ, υψηλόβαθμο στέλεχος": the role's adjective
            if self._indefinite_apposition(doc, p, role, lead):
                return p
            if (1 <= len(between) <= 3 and between[0] in _BEFORE_GAP
                    and all(t in _BEFORE_GAP or t in _ARTICLES for t in between[1:])
                    and (len(between) < 3 or between[:2] == [",", ","])
                    and self._articles_agree(doc, p, between) and self._ws_agrees(doc, p, role, between)):
                return p
            if lead == role.start and doc[role.start].text[:1].islower() and self._same_case_article(doc, p, role) \
                    and (not between or (len(between) == 1 and self._apposed_adjective(doc, doc[lead - 1], p))):
                # "εκτιμά ο Χ καθηγητής στο Πανεπιστήμιο", "σχολίασε ο Χ απερχόμενος γενικός
                # γραμματέας": an apposition without its comma, its adjective included
                return p
        if depth < 3 and lead >= 1:  # "Χ, πρόεδρος της Υ και πρώην υπουργός": through the prefix too
            other = index.role_ending_at.get(lead - 1)
            if other is not None and fold(doc[lead - 1].text) in ("και", ",", "/", "&"):
                return self._person_before(doc, other, other.start, index, depth + 1)
        return None

    @staticmethod
    def _original_spelling(doc: Doc, name: Span, spelt: Span) -> bool:
        """``spelt`` is ``name`` written in the Latin script, alone in the brackets right after it
        ("Σβάντε Πάαμπο (Svante Pääbo)")."""
        return (spelt.start == name.end + 1 and doc[name.end].text == "(" and spelt.end < len(doc)
                and doc[spelt.end].text == ")" and greek_ratio(name.text) > 0.5 and greek_ratio(spelt.text) == 0)

    def _indefinite_apposition(self, doc: Doc, person: Span, role: Span, lead: int) -> bool:
        """"ο Χ, ένας 32χρονος οδηγός", "τον Χ, έναν πλούσιο επιχειρηματία", "του Χ, ενός
        Ούγγρου δημοσιογράφου": a comma, the indefinite article and the role (an age, a
        nationality or lower-case adjectives between) right after a name describe that name. The
        article agrees with the name in case and gender where both tell, and with the role's
        form; "και" after the role makes it an item of a list of people ("ο Χ, ένας αστυνομικός
        και δύο πεζοί"), not an apposition."""
        if role._.role_plural or lead - person.end < 2 or doc[person.end].text != ",":
            return False
        start = person.end + 1
        if lead - start > 3 and doc[start].text.isdigit() and fold(doc[start + 1].text) in _AGE_WORDS \
                and doc[start + 2].text == ",":
            start += 3  # "ο Χ, 68 ετών, ένας ηλεκτρολόγος"
        one = fold(doc[start].text)
        if one not in _ONE:
            return False
        modifiers = doc[start + 1:lead]
        if len(modifiers) > _MAX_INDEFINITE_MODIFIERS or not all(
                _AGE.fullmatch(fold(t.text)) or (t.is_alpha and fold(t.text) in self.grammar.nationality)
                or (self._modifier_shaped(t, 4) and fold(t.text).endswith(_ADJECTIVE_ENDINGS)
                    and fold(t.text) not in _ARTICLES | _ACC_ARTICLES | _PARTITIVE) for t in modifiers):
            return False  # "ένας από τους": a part of a whole (_one_of), no apposition here
        if role.end < len(doc) and fold(doc[role.end].text) == "και":
            return False
        case, gender = _ONE_FORMS[one]
        cases = role._.role_cases
        if case is not None and cases and case not in cases:
            return False
        known = self._person_gender(doc, person)
        if gender is not None and known is not None and gender != known:
            return False
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        theirs = article_case_gender(doc[i].text, self.names)[0] \
            if i >= 0 and fold(doc[i].text) in self.names.articles else None
        return case is None or theirs is None or case == theirs

    def _apposed_adjective(self, doc: Doc, tok: Token, person: Span,
                           cases: frozenset[str] | None = None) -> bool:
        """A lower-case adjective that opens a role's apposition to a name ("Χ, νέα πρόεδρος
        της Υ", "Χ, παγκόσμιος επικεφαλής", "Χ, υψηλόβαθμο στέλεχος"): a nominative singular
        ending (-ος, -ης, -η, -α; -ο for the neuter role nouns that name either gender), in the
        name's gender when the name tells it; no word that stops an apposition, no indefinite
        article ("ένας"). An adverb there ("Χ, επίσης πρόεδρος") keeps the role the name's too.
        A role that can only be a genitive (``cases``) takes its adjective in the genitive singular
        as well ("του Χ, υψηλόβαθμου στελέχους της Υ")."""
        f = fold(tok.text)
        if not self._modifier_shaped(tok, 3):
            return False
        if cases == frozenset({"gen"}) and f.endswith("ου"):
            return True
        gender = self._person_gender(doc, person)
        if f.endswith(("οσ", "ησ")):
            return gender != "f"
        if f.endswith(("η", "α")):
            return gender != "m"
        return f.endswith("ο")

    def _ws_agrees(self, doc: Doc, person: Span, role: Span, between: list[str]) -> bool:
        """"Ο Χ, ως πρόεδρος", "τον Χ ως νέο προπονητή": a role after "ως" is in its name's case;
        "Μίλησε με τον Χ ως πρόεδρος" (an accusative name, a nominative role) is the subject's.
        Only an article before the name and a role form of known case tell."""
        cases = role._.role_cases
        if "ωσ" not in between or not cases:
            return True
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        if i < 0 or fold(doc[i].text) not in _SINGULAR_ARTICLES:
            return True
        case = article_case_gender(doc[i].text, self.names)[0]
        return case is None or case in cases

    def _same_case_article(self, doc: Doc, person: Span, role: Span) -> bool:
        """The nominative or accusative article before the name (past honorifics) shows a case the
        role's form can be in (a genitive name takes no apposition without a comma)."""
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        if i < 0 or fold(doc[i].text) not in _SINGULAR_ARTICLES or fold(doc[i].text) in _GEN_ARTICLES:
            return False
        case = article_case_gender(doc[i].text, self.names)[0]
        cases = role._.role_cases
        return case is not None and (not cases or case in cases)

    def _articles_agree(self, doc: Doc, person: Span, between: list[str]) -> bool:
        """An apposition agrees with its name in case: "για την Χ, ο συνήγορος ..." is no
        apposition (the accusative name, then a nominative subject). Only articles on both
        sides tell; "του Χ, ο οποίος" and names without an article say nothing."""
        role_article = next((w for w in between if w in _ARTICLES), None)
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        if role_article is not None and i >= 1 and doc[i].is_alpha and doc[i].text.islower() \
                and fold(doc[i - 1].text) in _GEN_ARTICLES:
            # "της οικογένειας Χ, ο δήμαρχος Υ, Ζ": the name closes a genitive phrase, the role
            # with a nominative article is no apposition to it
            return article_case_gender(role_article, self.names)[0] in (None, "gen")
        if role_article is None or i < 0 or fold(doc[i].text) not in self.names.articles:
            return True
        mine = article_case_gender(role_article, self.names)
        theirs = article_case_gender(doc[i].text, self.names)
        return not (mine[0] and theirs[0] and mine[0] != theirs[0])

    def _apposition_head(self, doc: Doc, role: Span, lead: int, index: _DocIndex, gender: str | None,
                         cases: frozenset[str] | None) -> Span | None:
        """"Στάθης Χ, αδελφός του Γιώργου Χ, πρώην βουλευτής": the role is the last noun phrase of
        an apposition chain (noun phrases parted by commas, no clause among them); it describes
        the person that ends the first phrase, not a genitive inside a phrase between."""
        sent_start = index.sent_starts[role.start]
        k = lead - 1 if lead - 1 >= sent_start and fold(doc[lead - 1].text) in _ARTICLES else lead
        if k - 1 < sent_start or doc[k - 1].text != ",":
            return None
        k -= 1  # the comma before the role's phrase
        for _ in range(3):
            c = k - 1
            while c >= sent_start and doc[c].text != ",":
                c -= 1
            start = c + 1
            if not 0 < k - start <= _MAX_APPOSITION:
                return None
            j = bisect_right(index.person_ends, k) - 1
            p = index.persons[j] if j >= 0 else None
            if p is not None and p.end == k and p.start >= start:
                possessor = (p.start - 1 > start and fold(doc[p.start - 1].text) in _GEN_ARTICLES
                             and doc[start].text[:1].islower())
                if not possessor and self._agrees(doc, p, gender, cases) \
                        and self._articles_agree(doc, p, [fold(doc[lead - 1].text)] if lead > 0 else []):
                    return p
            words = [fold(t.text) for t in doc[start:k]]
            if (any(w in self.lex.apposition_stops for w in words) or not doc[start].text[:1].islower()
                    or c < sent_start):
                return None
            k = c
        return None

    def _agrees(self, doc: Doc, person: Span, gender: str | None, cases: frozenset[str] | None = None) -> bool:
        """False when the role's form and the person disagree: in gender (both known), or when
        the person is a genitive ("του Γιώργου Χ", a possessor) and the role cannot be one.
        A nominative title after a name in another case is common usage, so only the genitive counts."""
        if gender is not None:
            other = self._person_gender(doc, person)
            if other is not None and other != gender and not self._woman_s_nominative(doc, person, gender, cases):
                return False
        if cases and "gen" not in cases:
            i = person.start - 1
            while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics
                              or _INITIAL.fullmatch(doc[i].text)):
                i -= 1
            if i >= 0 and fold(doc[i].text) in _GEN_ARTICLES and not self._enclitic_at(doc, i) \
                    and not (i in self._role_ends(doc) and self._no_article_of(doc, i, person)):
                return False  # "του Γιώργου Χ"; not "ο εκπρόσωπός της Χ", whose "της" is a pronoun
        return True

    def _woman_s_nominative(self, doc: Doc, person: Span, gender: str, cases: frozenset[str] | None) -> bool:
        """"η αρχηγός του κόμματος Αντρέα Χ": a woman's first name in the nominative (-α, -η) is
        written as the oblique forms of a man's ("Αντρέας", "Αργύρης"). After a feminine role that
        can only be a nominative, a name whose lists' masculine forms are never nominative and
        that no article before it genders is that woman's name, not the man's."""
        if gender != "f" or cases != frozenset({"nom"}):
            return False
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1
        if i >= 0 and fold(doc[i].text) in self.names.articles and not self._enclitic_at(doc, i):
            return False  # "του Αντρέα Χ": the article says a man's genitive
        first = next((t for t in person if t.text != "." and fold(t.text) not in self.lex.honorifics), None)
        if first is None:
            return False
        entries = [e for e in self.names.first_names.get(fold(first.text), ()) if e.gender == "m"]
        return bool(entries) and not any(s == "any" or s.startswith("nom") for e in entries for s in e.slots)

    def _cases(self, doc: Doc, role: Span, index: _DocIndex) -> frozenset[str] | None:
        """The cases a role can be in, narrowed by the roles coordinated with it by "και"
        ("βουλευτή και υπουργό": accusative, though "βουλευτή" alone may be a genitive)."""
        cases = set(role._.role_cases or ())
        if not cases:
            return None
        nxt = role.end
        if nxt < len(doc) and fold(doc[nxt].text) == "και" and nxt + 1 in index.role_starts:
            other = index.roles[bisect_left(index.role_starts_list, nxt + 1)]
            cases &= set(other._.role_cases or cases) or cases
        prev = index.role_ending_at.get(role.start - 1) if role.start >= 1 else None
        if prev is not None and fold(doc[role.start - 1].text) == "και":
            cases &= set(prev._.role_cases or cases) or cases
        return frozenset(cases)

    def _person_gender(self, doc: Doc, person: Span) -> str | None:
        """A person's gender from a singular article before the name, else from the first name,
        else from any other article or honorific before it. The article agrees with the name it
        stands before, so it outweighs a first name that other languages give either sex ("ο
        Σαρόν Χ", "του κ. Ζαν Χ")."""
        i = person.start - 1
        while i >= 0 and (doc[i].text == "." or fold(doc[i].text) in self.lex.honorifics):
            i -= 1  # "η κ. Χ": the article before an honorific
        # "ο εκπρόσωπός της Χ": the pronoun's gender is the body's
        article = fold(doc[i].text) if i >= 0 and not self._enclitic_at(doc, i) else None
        if article in _SINGULAR_ARTICLES and not (article in _GEN_ARTICLES and i >= 1 and (
                fold(doc[i - 1].text) in _GOVERNORS or i in self._role_ends(doc))):
            # "η μητέρα του Ελένη Χ", "ο ιδρυτής της Διονύσης Χ": after a noun of kin or a role,
            # "του", "της" may be "his", "its", not the name's article
            gender = article_case_gender(doc[i].text, self.names)[1]
            if gender in ("m", "f"):
                return gender
        for tok in person:
            f = fold(tok.text)
            if f in self.lex.honorifics or f == ".":
                continue
            genders = {e.gender for e in self.names.first_names.get(f, ())}
            if len(genders) == 1:
                return genders.pop()
            break
        if article is not None:
            return article_case_gender(doc[i].text, self.names)[1] if article not in ("οι", "των") else None
        return None

    def _role_ends(self, doc: Doc) -> frozenset[int]:
        """Where the document's ROLE spans end: read once a document, not per mention."""
        if self._role_ends_of is None or self._role_ends_of[0]() is not doc:  # (weakly held: the Doc may go)
            self._role_ends_of = (weakref.ref(doc), frozenset(r.end for r in doc.spans.get("roles", [])))
        return self._role_ends_of[1]

    @staticmethod
    def _enclitic_at(doc: Doc, i: int) -> bool:
        """"ο εκπρόσωπός της": a weak possessive pronoun at i, told by the enclitic accent on the
        word before it (a genitive article never brings that second accent)."""
        return i >= 1 and fold(doc[i].text) in _ENCLITICS and enclitic_accent(doc[i - 1].text)

    def _possessor_end(self, doc: Doc, role: Span, index: _DocIndex | None = None) -> int:
        """Where a role's possessor pronoun ends (``role.end`` when none): "ο εκπρόσωπός της Χ"
        (the enclitic), "η γραμματέας της οποίας Χ" (the relative's genitive). Neither is a
        genitive complement naming someone: the name after it is the holder's."""
        end = role.end
        if end < len(doc) and (self._enclitic_at(doc, end)
                               or (index is not None and self._unaccented_possessive(doc, end, index))):
            return end + 1
        if (end + 1 < len(doc) and fold(doc[end].text) in _GEN_ARTICLES
                and fold(doc[end + 1].text) in _RELATIVE_GENITIVES):
            return end + 2
        return end

    def _unaccented_possessive(self, doc: Doc, i: int, index: _DocIndex) -> bool:
        """"ο πρόεδρος του Γ. Χ", "τον διευθυντή της Νικόλα Χ": a weak pronoun written without the
        enclitic accent, told by the name right after it (past honorifics), which that word cannot
        be the article of: "τους" and "μας" are no genitive article of one name, and "του",
        "της" are none of a first name with no genitive of the article's gender ("Γιώργος",
        "Νικόλα" after "της"), nor of a Greek surname in a nominative "-ος, -ης, -ας" after "του"
        and an initial (a masculine genitive never ends in -ς). The name is then the role's
        apposed holder, as after "ο πρόεδρός του Χ". Not after "μου", "σου" ("ο δάσκαλος μου Χ"):
        a speaker's or addressee's relation, no office."""
        if i + 1 >= len(doc) or i < 1:
            return False
        clitic = fold(doc[i].text)
        if clitic not in _ENCLITICS or clitic in _SPEAKER_CLITICS or not doc[i - 1].is_alpha:
            return False
        k = i + 1
        while k < len(doc) and (doc[k].text == "." or fold(doc[k].text) in self.lex.honorifics):
            k += 1
        j = bisect_left(index.person_starts, k)
        if j >= len(index.persons) or index.persons[j].start != k:
            return False
        return self._no_article_of(doc, i, index.persons[j])

    def _no_article_of(self, doc: Doc, i: int, person: Span) -> bool:
        """Whether the clitic at i cannot be the article of ``person`` (see _unaccented_possessive)."""
        clitic = fold(doc[i].text)
        if clitic not in _ENCLITICS:
            return False
        if clitic not in _GEN_ARTICLES:
            # "ο πρόεδρος τους Χ και Ψ" may be a plural article before a list: one name only
            return person.end >= len(doc) or fold(doc[person.end].text) not in _ALSO | {","}
        gender = "f" if clitic == fold("της") else "m"  # folded: "τησ"
        words = [t for t in person if t.text != "."]
        first = words[0].text if words else ""
        entries = self.names.first_names.get(fold(first), ())
        if entries:
            return not any(e.gender in (gender, "n") and e.slots & {"gen_sg", "any"} for e in entries)
        if gender == "m" and _INITIAL.fullmatch(first) and len(words) == 2 and words[1].is_alpha \
                and strip_accents(words[1].text) != words[1].text and greek_ratio(words[1].text) == 1.0:
            return fold(words[1].text).endswith(("οσ", "ησ", "ασ"))
        return False

    def _relative_antecedent(self, doc: Doc, role: Span, index: _DocIndex) -> str | None:
        """"η Υ, η γραμματέας της οποίας Χ": the body a relative genitive after the role refers
        to, when an organisation ends right before the comma and the role's article."""
        if role.end + 1 >= len(doc) or fold(doc[role.end + 1].text) not in _RELATIVE_GENITIVES or role.start < 2:
            return None
        if doc[role.start - 2].text != "," or fold(doc[role.start - 1].text) not in _ARTICLES:
            return None
        org = index.org_ending_at.get(role.start - 2)
        if org is None:
            return None
        return index.org_of_mention.get((org.start_char, org.end_char)) or organisation_nominative(org.text)

    def _possessor_body(self, doc: Doc, role: Span, person: Span, index: _DocIndex) -> str | None:
        """"η Ισπανική Ομοσπονδία, διά στόματος του προέδρου της, Χ": the body a weak possessive
        pronoun right after the role refers to, when the nearest name before the role in its
        sentence (the holder's own aside) is that body's and its article agrees with the pronoun
        in gender and number (a person or place nearer, or no article to tell, and it is none)."""
        end = role.end
        if end >= len(doc) or fold(doc[end].text) not in _ENCLITICS:
            return None
        if not self._enclitic_at(doc, end) and not (end + 1 < len(doc) and doc[end + 1].is_punct) \
                and not self._unaccented_possessive(doc, end, index):
            return None  # "του" before a noun is the genitive article of a complement
        pronoun = fold(doc[end].text)
        sent_start = index.sent_starts[role.start]
        nearest = max((s for s, e in index.ent_end_at.items()
                       if sent_start <= s and e <= role.start and s != person.start), default=None)
        if nearest is None:
            return None
        org = next((o for o in index.orgs if o.start == nearest), None)
        if org is None or org.start == 0:
            return None
        article = fold(doc[org.start - 1].text)
        if org.start >= 2 and doc[org.start - 1].text.isalpha() and doc[org.start - 1].text.islower() \
                and not any(article in forms for forms in _AGREEMENT_CLASSES):
            article = fold(doc[org.start - 2].text)  # "η εταιρεία Υ": the article of the kind noun before the name
        if not any(pronoun in forms and article in forms for forms in _AGREEMENT_CLASSES):
            return None
        return index.org_of_mention.get((org.start_char, org.end_char)) or organisation_nominative(org.text)

    def _complement_end(self, doc: Doc, start: int, limit: int, index: _DocIndex) -> int:
        """Where the words that complete a role end (``start`` when none): capitalised words the
        role matcher left out ("Ψηφιακής Διακυβέρνησης"), lower-case genitives ("καθηγητής
        ιατρικής Χ") and a genitive phrase up to a comma ("η συνιδρύτρια της μη κυβερνητικής
        οργάνωσης Ελπίδα, Χ")."""
        start = self._service_status_end(doc, start, limit)
        end = self._qualifier_end(doc, start, limit, index)
        if end == start and self._lower_complement(doc, start, limit, self._name_holding_roles(doc, limit, index)):
            return self._before_honorifics(doc, start, limit)  # "του καθηγητή ιατρικής Αχιλλέα Γραβάνη"
        if end == start:
            end = self._enumeration_end(doc, start, limit, index)
        if end == start:
            end = self._genitive_phrase_end(doc, start, limit, index)
        if end == start:
            end = self._purpose_end(doc, start, limit, index)
        if end == start:
            genitives = self._lower_genitives_end(doc, start, limit)
            if start < genitives < limit and fold(doc[genitives].text) in self.lex.role_place_prepositions:
                # "της εκστρατείας στο χωριό, βουλευτή Χ": the phrase of place is the role's; a named
                # place ("στην Ελλάδα") is left to the place of work, the genitives kept
                placed = self._place_phrase_end(doc, genitives, limit, index)
                worked = self._place_of_work_end(doc, genitives, limit, index)
                end = placed if placed > genitives else genitives if worked > genitives else start
        bracketed = self._bracketed_name_end(doc, end, limit)
        if bracketed > end:  # "της Υπηρεσίας Εθνικής Ασφαλείας (NSA) των ΗΠΑ, Χ": the body's country after its acronym
            return self._genitive_phrase_end(doc, bracketed, limit, index, named=True)
        return bracketed

    @staticmethod
    def _service_status_end(doc: Doc, start: int, limit: int) -> int:
        """Past a service status right after a rank ("εν αποστρατεία", "ε.α."): it qualifies the
        rank, so the name after it is still the rank's apposition (``start`` when none)."""
        words: list[str] = []
        for i in range(start, min(limit, start + 4)):
            word = fold(doc[i].text).replace(".", "")
            if word:
                words.append(word)
            if tuple(words) in _SERVICE_STATUS:
                return i + 1 + (i + 1 < limit and doc[i + 1].text == ".")
        return start

    def _np_complement_end(self, doc: Doc, role: Span, person: Span, index: _DocIndex,
                           after: int | None = None) -> int:
        """"ο διευθυντής του γραφείου του ΟΗΕ στη Γενεύη Χ", "του υποψηφίου για το Ανώτατο
        Δικαστήριο των ΗΠΑ Χ", "η αντιδήμαρχος αστικής αναζωογόνησης και ανθεκτικότητας Χ", "ο
        επικεφαλής της ένωσης γιατρών (ΕΓ), Χ,": a definite singular role and the name that closes
        its noun phrase, with the role's complement between: genitives (with their articles,
        capitalised or not), phrases of place or purpose ("στην", "από το", "για τα" and what
        they govern), a year, a body's acronym in brackets or its name in quotes, joined by "και",
        "&" or a dash. Greek puts nothing else inside one noun phrase: a verb, a nominative article,
        another person or role, or a comma inside end it, and the name stands in the role's
        case (an article right before it is no complement). A comma may close the complement
        only when another closes the name ("ο πρόεδρος του Χ, Ψ, δήλωσε"). Where the complement
        ends (its closing comma and the honorifics before the name left out), or ``role.end``.
        ``after``: where roles coordinated with this one end ("ο καγκελάριος και αρχηγός του
        συντηρητικού κόμματος Χ"): one noun phrase still, its article the first role's, and the
        complement the last one's; a nationality between the article and the role is one of its
        epithets ("ο Αυστριακός καγκελάριος")."""
        start, limit = role.end if after is None else after, person.start
        if role._.role_plural or limit <= start or limit - start > _MAX_NP_COMPLEMENT \
                or index.sent_starts[role.start] != index.sent_starts[limit]:
            return start
        a = role.start - 1
        while a >= 0 and role.start - a <= 3 and doc[a].is_alpha \
                and (doc[a].text.islower() or fold(doc[a].text) in self.grammar.nationality) \
                and fold(doc[a].text) not in _ARTICLES:
            a -= 1  # "την αρμόδια αντιδήμαρχο", "ο πρώην πρόεδρος", "ο Αυστριακός καγκελάριος"
        if a < 0 or fold(doc[a].text) not in _SINGULAR_ARTICLES:
            return start
        end = self._before_honorifics(doc, start, limit)
        if end - 1 > start and doc[end - 1].text == ",":
            if person.end < len(doc) and doc[person.end].text not in (",", ".", ")"):
                return start  # "ο πρόεδρος του συλλόγου, Χ μίλησε": no closed apposition
            end -= 1
        first = fold(doc[start].text)
        named = doc[start - 1].text[:1].isupper()  # the matcher read a capitalised qualifier: it goes on
        if not (first in _GEN_ARTICLES or first in _NP_PREPOSITIONS or self._lower_genitive(doc[start])
                or (named and (first in _NP_JOINERS or doc[start].is_digit))):
            return start  # a complement opens with a genitive or a preposition
        if fold(doc[end - 1].text) in _ARTICLES or fold(doc[end - 1].text) in _NP_PREPOSITIONS \
                or fold(doc[end - 1].text) in _NP_JOINERS:
            return start  # "με τον Χ", "ο υπουργός και Χ": the name's own article or a joiner
        k = bisect_left(index.person_starts, start)
        if k < len(index.persons) and index.persons[k].start < end:
            return start  # "ο συνεργάτης του Ψ στη Βουλή Χ": another person inside
        inner = index.roles[bisect_left(index.role_starts_list, start):bisect_left(index.role_starts_list, end)]
        if any(not r._.role_plural for r in inner):
            return start  # "ο συνεργάτης του προέδρου Χ": the inner role's ("της ένωσης γιατρών" holds none)
        governed = False  # inside a phrase of place or purpose: its accusative words
        i = start
        while i < end:
            t, f = doc[i], fold(doc[i].text)
            closing = _NP_BRACKETS.get(t.text)
            if closing is not None:
                # "του «τριφυλλιού»", "των «ξυλοκόπων»": quotes right after a genitive article hold
                # a name in that genitive, a nickname too, which the press writes in lower case
                nickname = t.text != "(" and i > start and fold(doc[i - 1].text) in _GEN_ARTICLES
                j = i + 1
                while j < end and j - i <= (_MAX_NICKNAME + 1 if nickname else 6) and doc[j].text != closing and (
                        doc[j].text[:1].isupper() or doc[j].text in (".", "-", "&")
                        or (nickname and doc[j].is_alpha and not fold(doc[j].text).endswith(_VERB_ENDINGS))):
                    j += 1
                if j >= end or doc[j].text != closing or j == i + 1:
                    return start
                i = j + 1
                continue
            if f in _GEN_ARTICLES:
                pass
            elif f in _NP_PREPOSITIONS:
                governed = True
            elif f in _ACC_ARTICLES and (fold(doc[i - 1].text) in _NP_PREPOSITIONS
                                         or (governed and fold(doc[i - 1].text) in _NP_JOINERS)):
                pass  # "για το κλίμα και την ενέργεια": the preposition governs both objects "και" joins
            elif f in _NP_JOINERS:
                if (i == start and not named) or i + 1 >= end:
                    return start
                governed = governed and fold(doc[i + 1].text) in _ACC_ARTICLES
            elif t.is_digit and len(t.text) == 4:
                pass  # "του Τόκιο 2020", "από το 2008"
            elif t.is_alpha and t.text[:1].isupper() and f not in self.lex.honorifics:
                pass
            elif self._lower_genitive(t):
                pass
            elif governed and t.is_alpha and t.text.islower() and not f.endswith(_VERB_ENDINGS) \
                    and f not in self.lex.apposition_stops and f not in _ARTICLES:
                pass  # "για τα ανθρώπινα δικαιώματα"
            else:
                return start
            i += 1
        return end

    def _lower_genitive(self, tok: Token) -> bool:
        """A lower-case word in a genitive form ("γραφείου", "υγείας", "ναρκωτικών"), an age
        epithet that stands for a person as a noun included ("ο δικηγόρος του 45χρονου, Χ": a
        comma closes it; "του 45χρονου Χ" is the epithet of the name it precedes)."""
        f = fold(tok.text)
        noun_age = (_AGE.fullmatch(f) is not None and tok.i + 1 < len(tok.doc)
                    and tok.doc[tok.i + 1].text == ",")
        return ((tok.is_alpha or noun_age) and tok.text.islower() and len(f) > 3
                and f.endswith(_GENITIVE_ENDINGS)
                and f not in self.lex.apposition_stops and f not in self.lex.honorifics)

    def _name_holding_roles(self, doc: Doc, limit: int, index: _DocIndex) -> AbstractSet[int]:
        """The role starts that may hold the name at ``limit`` when they stand in a role's
        lower-case genitive complement ("συνεργάτης του προέδρου Χ": Χ is the president). A name
        whose first name is a nominative only ("ο συνήγορος του πιλότου Βασίλης Χ") cannot be in
        apposition to a genitive: none of them holds it, and the complement is the outer role's."""
        j = bisect_left(index.person_starts, limit)
        if j < len(index.persons) and index.persons[j].start == limit and len(index.persons[j]) >= 2:
            first = fold(doc[limit].text)
            slots = {s.partition("_")[0] for e in self.names.first_names.get(first, ()) for s in e.slots}
            if slots == {"nom"}:
                return frozenset()
        return index.role_starts

    def _purpose_end(self, doc: Doc, start: int, limit: int, index: _DocIndex) -> int:
        """"σύμβουλος για την Αγγλία", "Επίτροπος για την Ενέργεια": "για", an accusative
        article and a capitalised name (no person) qualify the role; ``start`` when not."""
        if start + 2 < limit and fold(doc[start].text) in self.lex.role_place_prepositions:
            return self._place_phrase_end(doc, start, limit, index)
        if start + 2 >= limit or fold(doc[start].text) != "για" or fold(doc[start + 1].text) not in _ACC_ARTICLES:
            return start
        i = start + 2
        k = bisect_left(index.person_starts, i)
        while i < limit and i - start <= 6 and (k >= len(index.persons) or index.persons[k].start > i) \
                and self._body_word(doc[i]):
            i += 1
        if i > start + 2:
            return i
        return self._purpose_phrase_end(doc, start + 2, limit, index)

    def _place_phrase_end(self, doc: Doc, start: int, limit: int, index: _DocIndex) -> int:
        """"ο υποψήφιος στο Ανώτατο Δικαστήριο, Χ", "του καθηγητή μου από το λύκειο, Χ": a role
        before a name in apposition may be placed by a prepositional phrase of where ("σε" and
        its forms, "από"), closed by the comma of the apposition; the phrase is the role's, as a
        "για" phrase is. Where the comma stands, or ``start`` when not such a phrase (a named
        body there is the place of work, the role's organisation: ``_place_of_work_end``)."""
        if self._place_of_work_end(doc, start, limit, index) > start:
            return start
        i = start + 1
        if fold(doc[i].text) in _ACC_ARTICLES:
            if fold(doc[start].text) != "απο":
                return start  # "σε" takes no article apart: "στο", "στην" hold it
            i += 1
        end = self._purpose_phrase_end(doc, i, limit, index)
        return end if end > i else start

    def _purpose_phrase_end(self, doc: Doc, start: int, limit: int, index: _DocIndex) -> int:
        """"εκπρόσωπος του υπουργείου για την πανδημία, καθηγητής Χ": after "για" and its article,
        a short noun phrase of any words (lower-case nouns and adjectives, a code like
        "SARS-CoV-2") closed by a comma still qualifies the role; no person, role or verb form
        may stand in it. The comma's index, or ``start - 2`` (the "για") when not such a phrase."""
        i = start
        k = bisect_left(index.person_starts, start)
        while i < limit and i - start < 5 and doc[i].text != ",":
            t = doc[i]
            f = fold(t.text)
            if (k < len(index.persons) and index.persons[k].start <= i) or i in index.role_starts:
                return start - 2
            if f in _ARTICLES or t.text in ("-", "‐"):
                pass
            elif t.is_alpha and t.text.islower():
                if f in self.lex.apposition_stops or f.endswith(_VERB_ENDINGS):
                    return start - 2
            elif not (any(c.isupper() for c in t.text) and not t.is_punct and fold(t.text) not in self.lex.honorifics):
                return start - 2
            i += 1
        return i if i > start and i < limit and doc[i].text == "," else start - 2

    def _enumeration_end(self, doc: Doc, start: int, limit: int, index: _DocIndex) -> int:
        """"Γενική Διευθύντρια Αναστήλωσης, Μουσείων και Τεχνικών Έργων Χ": the role matcher
        stopped at the comma of an enumeration of capitalised genitives closed by "και"."""
        if start == 0 or start >= limit or doc[start].text != "," or not doc[start - 1].text[:1].isupper():
            return start
        i, closed = start + 1, False

        def word(k: int) -> bool:
            return (doc[k].is_alpha and doc[k].text[:1].isupper() and fold(doc[k].text) not in self.lex.honorifics
                    and k not in index.role_starts)

        while i < limit and i - start <= 10:
            if word(i) or doc[i].text == "," and i + 1 < limit and word(i + 1):
                i += 1
            elif fold(doc[i].text) == "και" and i + 1 < limit and word(i + 1) and not closed:
                closed = True
                i += 1
            else:
                break
        return i if closed and i > start + 1 and self._gap_ok(doc, i, limit) else start

    @staticmethod
    def _bracketed_name_end(doc: Doc, start: int, limit: int) -> int:
        """"(ΕΛΙΑΜΕΠ)", "«Δημόκριτος»" after a role's complement: the body's acronym or name
        in brackets or quotes belongs to it."""
        closing = {"(": ")", "«": "»", "\"": "\""}.get(doc[start].text) if start < limit else None
        if closing is None:
            return start
        i = start + 1
        while i < limit and i - start <= 5 and doc[i].text != closing:
            if not (doc[i].text[:1].isupper() or doc[i].text in (".", "-", "&")):
                return start
            i += 1
        return i + 1 if i < limit and i > start + 1 and doc[i].text == closing else start

    def _genitive_phrase_end(self, doc: Doc, start: int, limit: int, index: _DocIndex, named: bool = False) -> int:
        """"της μη κυβερνητικής οργάνωσης Ελπίδα" before a comma and a name: an article, genitive
        words and a capitalised name; ``start`` when the words are not such a phrase. ``named``:
        capitalised words alone do ("των ΗΠΑ"), when no person stands in them."""
        if start >= limit:
            return start
        first = doc[start]
        if fold(first.text) in _GEN_ARTICLES:
            i, lower = start + 1, 0
        elif first.is_alpha and first.text.islower() and fold(first.text).endswith(_GENITIVE_ENDINGS) \
                and fold(first.text) not in self.lex.apposition_stops and len(first.text) > 3:
            i, lower = start + 1, 1  # "ο διευθυντής επικοινωνίας της εταιρείας, Χ"
        else:
            return start
        while i < limit and i - start <= 8 and doc[i].text != ",":
            t = doc[i]
            f = fold(t.text)
            if f in _ARTICLES or f == "μη" or t.text in ("-", "‐"):
                pass
            elif (t.text.replace("-", "").isalpha() and t.text.islower() and f.endswith(_GENITIVE_ENDINGS)
                  and f not in self.lex.apposition_stops):  # "μη-κυβερνητικής" too
                lower += 1
            elif (t.is_alpha and t.text.islower() and fold(doc[i - 1].text) in _GEN_ARTICLES
                  and f.endswith(_INDECLINABLE_ENDINGS) and f not in self.lex.apposition_stops):
                lower += 1  # "της γκαλερί", "του μετρό": a loanword does not decline
            elif lower and self._loanword(t):
                lower += 1  # "γηπέδων γκολφ"
            elif t.text[:1].isupper() and f not in self.lex.honorifics:
                pass
            else:
                return start
            i += 1
        if not lower and i > start + 1 and (named or i + 1 < limit and fold(doc[i + 1].text) == "οι"):
            # "κωμικούς των ΗΠΑ, οι Χ, Ψ": a named genitive before the list a plural role heads
            k = bisect_left(index.person_starts, start)
            lower = int(k >= len(index.persons) or index.persons[k].start >= i)
        return i if lower and i < limit and doc[i].text == "," else start

    def _place_of_work_end(self, doc: Doc, start: int, limit: int, index: _DocIndex) -> int:
        """"στο Πανεπιστήμιο Ιωαννίνων", "στο Τμήμα Χημείας του Πανεπιστημίου Κρήτης" after a
        role: the named body where the person works (entities or capitalised words, chained by
        genitive articles)."""
        if start + 1 >= limit or fold(doc[start].text) not in self.lex.role_prepositions:
            return start
        i = start + 1
        while i < limit:
            ent_end = index.ent_end_at.get(i)
            if ent_end is not None and ent_end <= limit:
                i = ent_end
            elif self._body_word(doc[i]):
                while i < limit and self._body_word(doc[i]):
                    i += 1
            else:
                break
            if not (i + 1 < limit and fold(doc[i].text) in _GEN_ARTICLES
                    and (i + 1 in index.ent_end_at or self._body_word(doc[i + 1]))):
                break
            i += 1
        return i if i > start + 1 else start

    @staticmethod
    def _trailing_org_end(doc: Doc, start: int, index: _DocIndex) -> int:
        """End of ", ORG" after a role when the organisation closes the bracket, the line or the
        text ("(Ερευνήτρια, ΕΚΕΤΑ)"); ``start`` otherwise."""
        if start + 1 >= len(doc) or doc[start].text != ",":
            return start
        end = index.ent_end_at.get(start + 1)
        k = bisect_left(index.org_starts, start + 1)
        if end is None or k >= len(index.orgs) or index.orgs[k].start != start + 1:
            return start
        if end >= len(doc) or doc[end].text in (")", ";") or "\n" in doc[end].text:
            return end
        return start

    def _body_word(self, tok: Token) -> bool:
        return tok.is_alpha and tok.text[:1].isupper() and fold(tok.text) not in self.lex.honorifics

    def _closing_body(self, doc: Doc, role: Span, person: Span, end: int, index: _DocIndex) -> str | None:
        """The named body, in the genitive, that closes a role's noun phrase the title stopped
        short of: the title and its body together are the role ("Χ, επικεφαλής αναλύσεων της
        Alpha Research", "ο καθηγητής Χ του Πανεπιστημίου Υ"). Before the name, the body follows
        the name right away: a name takes no genitive complement of its own, so the genitive
        goes with the role. After it, only lower-case genitives (:meth:`_lower_complement`)
        stand between the title's end and the body's article. ``None`` when no such body."""
        if person.start >= role.end:
            if not self._gap_ok(doc, end, person.start):
                return None  # something other than honorifics between the title and the name
            art = person.end
        else:
            k = bisect_left(index.org_starts, end + 1)
            if k >= len(index.orgs) or index.orgs[k].start - 1 >= index.sent_ends[role.start]:
                return None
            art = index.orgs[k].start - 1
            if art > end and not self._lower_complement(doc, end, art, index.role_starts):
                return None
        if art >= len(doc) or fold(doc[art].text) not in _GEN_ARTICLES:
            return None
        k = bisect_left(index.org_starts, art + 1)
        if k >= len(index.orgs) or index.orgs[k].start != art + 1:
            return None
        org = index.orgs[k]
        return index.org_of_mention.get((org.start_char, org.end_char)) or organisation_nominative(org.text)

    def _organisation_in(self, doc: Doc, start: int, end: int, index: _DocIndex) -> str | None:
        """The organisation named in a role's complement, if an ORG entity stands there."""
        k = bisect_left(index.org_starts, start)
        if k < len(index.orgs) and index.orgs[k].end <= end:
            org = index.orgs[k]
            return index.org_of_mention.get((org.start_char, org.end_char)) or organisation_nominative(org.text)
        return None

    def _qualifier_end(self, doc: Doc, start: int, end: int, index: _DocIndex) -> int:
        """End of capitalised words the role matcher left out before a person, or ``start``.

        "Γενική Γραμματέας Ψηφιακής Διακυβέρνησης Μαρία ...": "Ψηφιακής Διακυβέρνησης" is the
        qualifier; titles ("Δρ") and anything after them are not.
        """
        i = start

        def name_word(k: int) -> bool:
            return (k < end and doc[k].is_alpha and doc[k].text[:1].isupper()
                    and fold(doc[k].text) not in self.lex.honorifics and k not in index.role_starts)

        while i < end and i - start < 8:
            if name_word(i):
                i += 1
            elif i > start and doc[i].text in {",", "και"} and name_word(i + 1):
                i += 1  # "Αναστήλωσης, Μουσείων και Τεχνικών Έργων"
            else:
                break
        return i if i > start and self._gap_ok(doc, i, end) else start

    def _qualifier_gap(self, doc: Doc, start: int, end: int, index: _DocIndex) -> bool:
        return self._qualifier_end(doc, start, end, index) > start

    def _is_generic(self, word: str) -> bool:
        s = stem(word)
        return len(s) >= 4 and s[:5] in self.lex.generic_head_stems

    def _role_record(self, role: Span, index: _DocIndex, orgs: list[LinkedOrg], publisher: str | None,
                     publisher_kinds: set[str]) -> LinkedRole:
        title = role._.role_title or role.text
        bare = role._.canonical
        org_ref = role._.organisation_ref
        organisation = None
        if org_ref == "publisher":
            organisation = publisher
            # "Γενικός Γραμματέας του Δήμου μας": the "ours" qualifier is the organisation.
            if bare and fold(title).rpartition(" ")[2] in self.lex.possessive and " " in title:
                title = bare
        else:
            k = bisect_left(index.org_starts, role.start)
            qualifier_org = index.orgs[k] if k < len(index.orgs) and index.orgs[k].start < role.end + 1 else None
            qualifier = fold(title[len(bare):]).split() if bare and fold(title).startswith(fold(bare)) else []
            qualifier = [w for w in qualifier if w not in _GEN_ARTICLES]
            if len(qualifier) == 1 and self._is_generic(qualifier[0]):
                # "ο Διοικητής του Νοσοκομείου", "του οργανισμού": the issuing body itself.
                title, org_ref, organisation = bare, "publisher", publisher
            elif qualifier_org is not None:
                organisation = index.org_of_mention.get((qualifier_org.start_char, qualifier_org.end_char)) \
                    or organisation_nominative(qualifier_org.text)
            elif bare and fold(title) == fold(bare):
                # A bare municipal/regional role in a document that says "ο Δήμος μας".
                kinds = self.lex.role_org_kind.get(fold(bare), [])
                if any(stem(k) in publisher_kinds for k in kinds):
                    org_ref = "publisher"
                    organisation = publisher
            elif bare and qualifier and fold(bare) in self.lex.role_org_from_qualifier:
                # "Δήμαρχος Ηρακλείου" → "Δήμος Ηρακλείου", "Υπουργός Εσωτερικών" → "Υπουργείο Εσωτερικών".
                head = self.lex.role_org_from_qualifier[fold(bare)]
                if head:
                    rest = title[len(bare):].split()
                    rest = rest[1:] if rest and fold(rest[0]) in _GEN_ARTICLES else rest
                    candidate = f"{head} {' '.join(rest)}"
                    organisation = next((o.name for o in orgs if fold(o.name) == fold(candidate)), candidate)
        return LinkedRole(title=title, bare=bare, organisation=organisation,
                          organisation_ref=org_ref, start=role.start_char, end=role.end_char)

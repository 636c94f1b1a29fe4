"""Entity repairs after the statistical NER, as a spaCy component (``keryx_entity_rules``).

Headlines in capitals carry no accents, a shape elNER's newswire hardly has, so the model
tags half of "ΣΥΝΑΝΤΗΣΗ ΤΟΥ ΔΗΜΑΡΧΟΥ ΜΕ ΤΟΝ ΥΠΟΥΡΓΟ" as organisations: on an all-capitals
line an entity is kept only when the body of the text names it too. Role words are not
organisations ("Υφυπουργός Υγείας"), and an organisation stops before a role word or a
title that introduces a person ("Πανεπιστήμιο Πατρών Δρ ...").

elNER's newswire rarely has long European body names, so the model often splits
"Ευρωπαϊκή Ένωση Πληροφόρησης για την Τοπική Ανάπτυξη (AEIDL)" in two or stops before
"για την Κοινωνική Οικονομία (REVES)". A name that ends right before a parenthesised
acronym is the full name of that acronym: extend the organisation up to the parenthesis.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from keryx.components.resources import ResourceBacked, ResourceCopy
from keryx.components.roles import RESOURCE as ROLES
from keryx.components.roles import RoleLexicon
from keryx.dates.lexicon import RESOURCE as DATES
from keryx.dates.lexicon import DateLexicon
from keryx.events.lexicon import RESOURCES as EVENT_RESOURCES
from keryx.events.lexicon import EventLexicon
from keryx.lang.el.text import fold
from keryx.linking.names import NameLexicon
from keryx.linking.names.lexicon import ORGANISATIONS, known_organisations_from
from keryx.linking.names.lexicon import RESOURCES as NAME_RESOURCES

_FUNCTION = {fold(w) for w in ("του", "της", "των", "και", "για", "την", "τη", "το", "τον", "τα", "τις", "με",
                                "σε", "of", "for", "and", "the", "de", "la", "&", "-", "–", "«", "»", "(", ")")}
_INSIDE_CUT = {fold(w) for w in ("στην", "στη", "στο", "στον", "στα", "στις", "στους", "σε", "από", "με")}
_TRAILING = {fold(w) for w in ("της", "του", "των", "και", "στην", "στο", "για", "από", ",", "-", "–")}

_ACRONYM = re.compile(r"^[A-ZΑ-ΩΆΈΉΊΌΎΏ][A-ZΑ-ΩΆΈΉΊΌΎΏ0-9.&-]{1,14}$")
# Words that may sit inside a long organisation name between capitalised words.
_INNER = {"για", "την", "τη", "το", "τον", "τα", "τις", "των", "της", "του", "και", "στην", "στο",
          "of", "for", "and", "the", "de", "du", "des", "la", "le", "&", "-", "–"}


class _CapsLines:
    """Character ranges of lines written in capitals (at least two words of letters), found once
    per document; a span's line is found by bisection."""

    def __init__(self, text: str) -> None:
        ranges: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            letters = [c for c in line if c.isalpha()]
            words = [w for w in line.split() if any(c.isalpha() for c in w)]
            # "ΤΟΥ 2ου ΓΥΜΝΑΣΙΟΥ": ordinal endings are the only lower-case letters allowed.
            if len(words) >= 2 and letters and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
                ranges.append((pos, pos + len(line)))
            pos += len(line) + 1
        if sum(b - a for a, b in ranges) > 0.5 * len(text):
            ranges = []  # a text all in capitals: there is no body to check headlines against
        self.ranges = ranges
        self._starts = [a for a, _ in ranges]

    def contains(self, span: Span) -> bool:
        """Whether the span lies inside one capitals line."""
        k = bisect_right(self._starts, span.start_char) - 1
        return k >= 0 and span.end_char <= self.ranges[k][1]


_ADDRESS = re.compile(r"@|://|\bwww\.", re.IGNORECASE)


def _is_name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


@Language.factory("keryx_entity_rules")
class EntityRules(ResourceBacked):
    """Extend or join ORG entities up to a following "(ACRONYM)"."""

    RESOURCES = ResourceCopy.union((ROLES,), NAME_RESOURCES, (ORGANISATIONS,), EVENT_RESOURCES, (DATES,))

    def __init__(self, nlp: Language, name: str = "keryx_entity_rules", max_gap: int = 8) -> None:
        self.max_gap = max_gap
        self.resources = ResourceCopy(self.RESOURCES)
        self._build()

    def _build(self) -> None:
        """The lexicons from the resource texts this component holds (package or model copy)."""
        res = self.resources
        self.roles = RoleLexicon.from_text(res[ROLES])
        names = NameLexicon.from_texts(*(res[n] for n in NAME_RESOURCES))
        self.places = names.places
        self.first_names = names.first_names
        self.place_firsts = frozenset(k[0] for k in self.places)
        self.honorifics = frozenset(names.honorifics)
        self.known_orgs = frozenset(known_organisations_from(res[ORGANISATIONS]))
        self.events = EventLexicon.from_texts(*(res[n] for n in EVENT_RESOURCES))
        self.calendar = DateLexicon.from_text(res[DATES]).calendar_words
        self.place_len = max((len(k) for k in self.places), default=1)

    def _is_honorific(self, text: str) -> bool:
        """"κ.", "της κας": a word that introduces a person; "ΚΑΣ" in capitals is an acronym."""
        return fold(text) in self.honorifics and not (text.isupper() and 3 <= len(text) <= 4 and "." not in text)

    def __call__(self, doc: Doc) -> Doc:
        folded = [fold(t.text) for t in doc]  # once per document, for the lexicon look-ups
        caps = _CapsLines(doc.text)
        doc.ents = filter_spans(self._clean(doc, folded, caps))
        self._gazetteer(doc, folded, caps)
        self._extend_all(doc)
        self._acronym_runs(doc)
        return doc

    # -- places from the gazetteer ------------------------------------------------------------
    def _place_at(self, doc: Doc, folded: list[str], i: int) -> int:
        """Length of the longest gazetteer place starting at token i (capitalised), or 0."""
        if not doc[i].text[:1].isupper() or folded[i] not in self.place_firsts:
            return 0
        best = 0
        for n in range(1, min(self.place_len, len(doc) - i) + 1):
            if tuple(folded[i:i + n]) in self.places:
                best = n
        return best

    def _gazetteer(self, doc: Doc, folded: list[str], caps: _CapsLines) -> None:
        """Known places: relabel a mis-typed entity ("Πεδίον Άρεως" as ORG), add missed ones."""
        ents = list(doc.ents)
        out: list[Span] = []
        covered: set[int] = set()
        for ent in ents:
            covered.update(range(ent.start, ent.end))
            if ent.label_ in ("ORG", "PERSON", "FAC", "LOC", "NORP") and self._place_at(doc, folded, ent.start) == len(ent):
                label = "LOC" if ent.label_ in ("FAC", "LOC") else "GPE"
                out.append(Span(doc, ent.start, ent.end, label=label))
            else:
                out.append(ent)
        i = 0
        while i < len(doc):
            n = self._place_at(doc, folded, i) if i not in covered else 0
            if n and not any(t in covered for t in range(i, i + n)):
                span = Span(doc, i, i + n, label="GPE")
                if not caps.contains(span) and (n > 1 or len(doc[i].text) > 3):
                    out.append(span)
                i += n
            else:
                i += 1
        doc.ents = filter_spans(out)

    # -- headlines, role words and titles -------------------------------------------------
    def _role_len(self, folded: list[str], i: int) -> int:
        """Length of the longest role-lexicon match starting at token i (0 if none)."""
        if folded[i] not in self.roles.first_tokens:
            return 0
        best = 0
        for n in range(1, min(self.roles.max_len, len(folded) - i) + 1):
            if tuple(folded[i:i + n]) in self.roles.forms:
                best = n
        return best

    def _clean(self, doc: Doc, folded: list[str], caps: _CapsLines) -> list[Span]:
        body = {fold(e.text): e.label_ for e in doc.ents if not caps.contains(e)}
        out: list[Span] = []
        for ent in doc.ents:
            if caps.contains(ent):
                label = body.get(fold(ent.text))
                if label is None:
                    continue
                ent = Span(doc, ent.start, ent.end, label=label)
            if ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP") and self._role_len(folded, ent.start):
                continue
            if ent.label_ == "PERSON":
                person = self._person_without_rank(doc, folded, ent)
                if person is None:
                    continue
                ent = person
            if self._is_honorific(ent.text):
                continue
            if _ADDRESS.search(ent.text):
                continue  # an e-mail address or a link names no person, body or place
            if ent.label_ not in ("DATE", "TIME") and any(fold(t.text) in self.calendar for t in ent):
                continue  # "ΔΕΥΤΕΡΑ 7 ΙΟΥΝΙΟΥ 2021" is a date, whatever the model says
            if sum(c.isalpha() for c in ent.text) < 2:
                continue  # "Α'"
            if ent.label_ == "PERSON" and fold(ent[0].text).endswith("ων"):
                continue  # "Πλημμελημάτων Ηρακλείου": a genitive plural never starts a name
            if ent.label_ == "ORG" and fold(ent[0].text).endswith("ων") and fold(ent.text) not in self.known_orgs:
                continue  # "Κοινωνικών Επιχειρήσεων": a plural common noun phrase, not a body
            if ent.label_ in ("ORG", "FAC") and self.events.trigger_type(ent[0].text):
                ent = Span(doc, ent.start, ent.end, label="EVENT")  # "Συνέδριο BSI"
            if ent.label_ in ("PERSON", "GPE", "LOC") and fold(ent.text) in self.known_orgs:
                ent = Span(doc, ent.start, ent.end, label="ORG")  # "ΕΛΓΟ-ΔΗΜΗΤΡΑ"
            end = ent.end
            if ent.label_ == "ORG":
                # "Δήμος οικονομικού έτους", "Δήμος στην Κεντρική Ένωση": an organisation name has
                # no lower-case content words and no "στην" inside.
                for i in range(ent.start + 1, ent.end):
                    t = doc[i]
                    f = fold(t.text)
                    if f in _INSIDE_CUT or (t.is_alpha and t.text[:1].islower() and f not in _FUNCTION):
                        end = i
                        break
            if ent.label_ in ("ORG", "FAC"):
                for i in range(ent.start + 1, end):
                    n_role = self._role_len(folded, i)
                    if n_role and self.roles.members_only(tuple(folded[i:i + n_role])):
                        n_role = 0  # "Ένωση Συντακτών", "Σύλλογος Εθελοντών": the body's members
                    if self._is_honorific(doc[i].text) or n_role:
                        end = i
                        # "Πανεπιστήμιο Μακεδονίας Καθηγητής Δημοσθένης Καρράς": the rest is a person.
                        j = i + max(n_role, 1)
                        while j < ent.end and self._is_honorific(doc[j].text):
                            j += 1
                        rest = doc[j:ent.end]
                        if 1 <= len(rest) <= 3 and all(_is_name_word(t) for t in rest):
                            out.append(Span(doc, j, ent.end, label="PERSON"))
                        break
            while end > ent.start + 1 and fold(doc[end - 1].text) in _TRAILING:
                end -= 1
            if end > ent.start and sum(c.isalpha() for c in doc[ent.start:end].text) >= 2:
                out.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
        return out

    def _person_without_rank(self, doc: Doc, folded: list[str], ent: Span) -> Span | None:
        """"Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης" → "Ιωάννης Μαυράκης"; None when nothing is left."""
        start = ent.start
        while start < ent.end:
            n = self._role_len(folded, start)
            if n:
                start += n
            elif self._is_honorific(doc[start].text) or (
                    "." in doc[start].text and doc[start].text.replace(".", "").isupper()):
                start += 1  # titles and abbreviations such as "Λ.Σ."
            else:
                break
        if start >= ent.end:
            return None
        if (start == ent.start and ent.end - start >= 3 and self._role_ends_at(folded, start)
                and folded[start] not in self.first_names and folded[start + 1] in self.first_names):
            # "ο δήμαρχος Μαραθώνα Ηλίας Ψινάκης": after a role, a word that is no first name
            # before one that is belongs to the role ("Δήμαρχος Μαραθώνα"), not to the name.
            start += 1
        return ent if start == ent.start else Span(doc, start, ent.end, label="PERSON")

    def _role_ends_at(self, folded: list[str], end: int) -> bool:
        """Whether a role-lexicon phrase ends right before token ``end``."""
        return any(self._role_len(folded, i) == end - i for i in range(max(0, end - self.roles.max_len), end))


    # -- names that end before "(ACRONYM)" --------------------------------------------------
    def _acronym_runs(self, doc: Doc) -> None:
        """"την Social Economy Europe (SEE)": capitalised words before "(ACRONYM)" name a body."""
        ents = list(doc.ents)
        covered = {i for e in ents for i in range(e.start, e.end) if e.label_ != "ORG" or len(e) > 1}
        new: list[Span] = []
        for i, tok in enumerate(doc):
            if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not _ACRONYM.match(doc[i + 1].text):
                continue
            j = i
            while j > 0 and i - j < 10 and (_is_name_word(doc[j - 1]) or fold(doc[j - 1].text) in _INNER - {"-", "–"}):
                j -= 1
            while j < i and not _is_name_word(doc[j]):
                j += 1
            if i - j >= 2 and not any(k in covered for k in range(j, i)):
                new.append(Span(doc, j, i, label="ORG"))
        if new:
            doc.ents = filter_spans(new + [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)])

    def _extend_all(self, doc: Doc) -> None:
        ents = list(doc.ents)
        new: list[Span] = []
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            end = self._extend_to_acronym(doc, ent)
            if end is not None and end > ent.end:
                new.append(Span(doc, ent.start, end, label="ORG"))
        if new:
            kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
            doc.ents = filter_spans(kept + new)

    def _extend_to_acronym(self, doc: Doc, ent: Span) -> int | None:
        """Token index where the extended name ends (the "(" of an acronym), or None."""
        i = ent.end
        limit = min(len(doc), ent.end + self.max_gap)
        saw_name = False
        saw_and = False
        while i < limit:
            tok = doc[i]
            if saw_and and tok.ent_iob_ == "B" and tok.ent_type_ == "ORG":
                return None  # "X και το Ευρωπαϊκό Δίκτυο ... (ENSIE)": the acronym is the other's
            if tok.text == "(":
                if saw_name and i + 2 < len(doc) and doc[i + 2].text == ")" and _ACRONYM.match(doc[i + 1].text):
                    return i
                return None
            if fold(tok.text) in _INNER:
                saw_and = saw_and or fold(tok.text) in {"και", "and", "&"}
                i += 1
                continue
            if _is_name_word(tok) and tok.ent_type_ in ("", "ORG", "GPE", "LOC"):
                saw_name = True
                i += 1
                continue
            return None
        return None

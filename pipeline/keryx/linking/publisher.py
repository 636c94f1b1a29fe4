"""The issuing body: found in the header or signature, and what "ours" ("ο Δήμος μας") means.

A press release names its publisher in the first lines or the signature ("Γραφείο Τύπου
Δήμου Χ") and then calls it "ours"; roles and mentions of "ours" are resolved to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from keryx.extensions import doc_text
from keryx.lang.el.text import fold
from keryx.linking.lexicon import LinkingLexicon, stem
from keryx.linking.names import organisation_nominative

if TYPE_CHECKING:  # spaCy is imported by the pipeline, after keryx keeps torch out of it
    from spacy.tokens import Doc, Token

    Possessive = tuple[Token, Token]  # ("Δήμος", "μας")

__all__ = ["PublisherResolver"]


_HEAD_LINES = 3
_SIGNATURE_LINES = 4


class PublisherResolver:
    """Detects the publisher and reads the document's "ours" phrases."""

    def __init__(self, lexicon: LinkingLexicon | None = None) -> None:
        self.lex = lexicon or LinkingLexicon.default()
        self._head_prefixes = frozenset(h[:4] for h in self.lex.head_stems)

    def detect(self, doc: Doc, text: str | None = None) -> str | None:
        """The issuing body from the header or the signature ("Γραφείο Τύπου Δήμου Χ")."""
        text = doc_text(doc) if text is None else text
        lines = text.splitlines()
        head_end = len("\n".join(lines[:_HEAD_LINES]))
        tail_start = len(text) - len("\n".join(lines[-_SIGNATURE_LINES:]))
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            if ent.start_char <= head_end or ent.start_char >= tail_start:
                name = organisation_nominative(ent.text)
                words = name.split()
                if len(words) >= 2 and fold(words[0]) in self.lex.signature_heads:
                    return name
        return None

    def possessives(self, doc: Doc) -> list[Possessive]:
        """(word, "μας") pairs: "Δήμος μας", "της Περιφέρειάς μας"."""
        return [(doc[i], doc[i + 1]) for i in range(len(doc) - 1) if fold(doc[i + 1].text) in self.lex.possessive]

    def kinds(self, possessives: list[Possessive]) -> set[str]:
        """Organisation kinds the document calls "ours" ("ο Δήμος μας" → {"δημ"})."""
        kinds: set[str] = set()
        for tok, _ in possessives:
            s = stem(tok.text)
            kinds.update(h for h in self.lex.head_stems if s.startswith(h[:5]))
        return kinds

    def mentions(self, possessives: list[Possessive]) -> list[tuple[int, int]]:
        """Offsets of "ο Δήμος μας"-style mentions of the publisher."""
        return [(tok.idx, ours.idx + len(ours.text)) for tok, ours in possessives
                if stem(tok.text)[:4] in self._head_prefixes]

"""``keryx_pos_from_tag``: UPOS from the UPOS-only tagger, which beats the morphologizer's UPOS."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc


def pos_from_tag(doc: Doc) -> Doc:
    """UPOS from the tagger, which predicts UPOS alone (GDT's XPOS is the UPOS; "ADP_DET"
    marks merged "στη"), instead of the morphologizer's joint UPOS+features label."""
    for tok in doc:
        tag = tok.tag_
        if tag:
            tok.pos_ = tag.split("_", 1)[0]
    return doc


@Language.factory("keryx_pos_from_tag", assigns=["token.pos"], requires=["token.tag"])
def make_pos_from_tag(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return pos_from_tag

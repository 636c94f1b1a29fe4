"""keryx's spaCy components, one factory per module.

Importing this package registers every factory; an installed keryx also declares them as
``spacy_factories`` entry points (see ``pyproject.toml``), so ``spacy.load`` needs no import.
"""

from keryx._torchless import hide_torch_from_thinc

hide_torch_from_thinc()  # before anything imports spaCy (and so thinc)


from keryx.components import (  # noqa: F401  (imported for their factory registration)
    dates,
    entity_rules,
    lemma_lookup,
    ner,
    pos_from_tag,
    roles,
    sentences,
)

"""Canonical (nominative) forms of person, organisation and place names.

Records must name people, organisations and places in the nominative ("Σταύρος Τζουλάκης"),
while press releases mostly mention them in the genitive or accusative ("του Σταύρου
Τζουλάκη"). :mod:`.inflection` holds the Greek inflection rules, :mod:`.lexicon` the name
tables, and one module per kind of name puts it in the nominative.
"""

from keryx.linking.names.inflection import SLOTS, Forms, phrase_forms, word_forms
from keryx.linking.names.lexicon import (
    ForeignFirstName,
    NameEntry,
    NameLexicon,
    article_case_gender,
    common_given_name,
    foreign_first_name,
    foreign_first_names,
    name_sound_key,
    known_organisations,
    place_kind_forms,
)
from keryx.linking.names.organisations import capitalised_name, organisation_nominative
from keryx.linking.names.people import (
    greek_first_name,
    indeclinable_in_o,
    person_nominative,
    undeclined,
    woman_name_after_title,
)
from keryx.linking.names.places import place_nominative

__all__ = [
    "SLOTS",
    "ForeignFirstName",
    "Forms",
    "NameEntry",
    "NameLexicon",
    "article_case_gender",
    "capitalised_name",
    "common_given_name",
    "foreign_first_name",
    "foreign_first_names",
    "greek_first_name",
    "known_organisations",
    "name_sound_key",
    "organisation_nominative",
    "indeclinable_in_o",
    "person_nominative",
    "phrase_forms",
    "place_kind_forms",
    "place_nominative",
    "undeclined",
    "woman_name_after_title",
    "word_forms",
]

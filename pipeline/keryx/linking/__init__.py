"""Linking: people with roles, organisations, places and the publisher of a document.

One resolver per kind (people, organisations, places, roles, publisher), composed by
:class:`~keryx.linking.linker.Linker`; :mod:`keryx.linking.names` gives the nominatives.
"""

from keryx.linking.linker import Linker
from keryx.linking.model import Linked, LinkedOrg, LinkedPerson, LinkedPlace, LinkedRole

__all__ = ["Linked", "LinkedOrg", "LinkedPerson", "LinkedPlace", "LinkedRole", "Linker"]

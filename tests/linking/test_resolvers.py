"""Each linking resolver on its own, on processed Greek sentences."""

from __future__ import annotations

import pytest
from keryx.lang.el.text import fold
from keryx.linking.lexicon import LinkingLexicon, stem
from keryx.linking.linker import Linker
from keryx.linking.model import LinkedPlace, merge_prefixes
from keryx.linking.organisations import OrganisationResolver
from keryx.linking.people import PeopleResolver
from keryx.linking.places import PlaceResolver
from keryx.linking.publisher import PublisherResolver
from spacy.language import Language


def test_lexicon_is_built_once_per_process() -> None:
    assert LinkingLexicon.default() is LinkingLexicon.default()
    assert Linker().lex is Linker().lex


def test_stem_ignores_case_endings() -> None:
    assert stem("Τζουλάκης") == stem("ΤΖΟΥΛΑΚΗ") == stem("Τζουλάκη")


def test_people_merge_full_name_and_surname(nlp: Language) -> None:
    doc = nlp("Ο Σταύρος Τζουλάκης μίλησε στους κατοίκους. Ο κ. Τζουλάκη ευχαρίστησε τους εθελοντές.")
    people, by_span = PeopleResolver().resolve(list(doc.ents))
    assert [p.name for p in people] == ["Σταύρος Τζουλάκης"]
    assert people[0].honorific == "κ." and len(people[0].mentions) == 2
    assert all(p is people[0] for p in by_span.values())


def test_people_with_the_same_surname_and_other_first_names_stay_apart(nlp: Language) -> None:
    doc = nlp("Η Μαρία Παπαδοπούλου και η Ελένη Παπαδοπούλου παρέλαβαν τα βραβεία.")
    people, _ = PeopleResolver().resolve(list(doc.ents))
    assert sorted(p.name for p in people) == ["Ελένη Παπαδοπούλου", "Μαρία Παπαδοπούλου"]


def test_publisher_from_signature_and_ours(nlp: Language) -> None:
    text = ("Ξεκινά η εθελοντική αιμοδοσία\nΟ Δήμος μας καλεί τους πολίτες να συμμετάσχουν.\n\n"
            "Από το Γραφείο Τύπου του Δήμου Ηρακλείου")
    doc = nlp(text)
    pub = PublisherResolver()
    assert pub.detect(doc) == "Δήμος Ηρακλείου"
    ours = pub.possessives(doc)
    assert [(a.text, b.text) for a, b in ours] == [("Δήμος", "μας")]
    start, end = pub.mentions(ours)[0]
    assert text[start:end] == "Δήμος μας"
    assert pub.kinds(ours) == {stem("Δήμος")}


def test_no_publisher_in_the_middle_of_the_text(nlp: Language) -> None:
    text = ("Πρώτη γραμμή\nΔεύτερη γραμμή\nΤρίτη γραμμή\nΟ Δήμος Ηρακλείου ανακοίνωσε πρόγραμμα.\n"
            "Πέμπτη γραμμή\nΈκτη\nΈβδομη\nΌγδοη\nΈνατη")
    assert PublisherResolver().detect(nlp(text)) is None


def test_organisations_take_acronym_alias_and_drop_generic_references(nlp: Language) -> None:
    doc = nlp("Η Κεντρική Ένωση Δήμων Ελλάδας (ΚΕΔΕ) συνεδρίασε. Η ΚΕΔΕ και ο Δήμος ζήτησαν πόρους.")
    orgs = OrganisationResolver().resolve(doc, list(doc.ents), None, [])
    assert [(o.name, o.aliases) for o in orgs] == [("Κεντρική Ένωση Δήμων Ελλάδας", ["ΚΕΔΕ"])]


def test_places_merge_capitals_and_body(nlp: Language) -> None:
    doc = nlp("Η αποστολή έφτασε στο ΗΡΑΚΛΕΙΟ. Στο Ηράκλειο έμεινε δύο μέρες και μετά πήγε στη Θεσσαλονίκη.")
    places = PlaceResolver().resolve(list(doc.ents))
    assert [(p.name, len(p.mentions)) for p in places] == [("Ηράκλειο", 2), ("Θεσσαλονίκη", 1)]


def test_merge_prefixes_keeps_one_word_names_apart() -> None:
    places = [LinkedPlace("Δημοτικό Θέατρο Καβάλας", [(30, 53)]), LinkedPlace("Δημοτικό Θέατρο", [(80, 95)]),
              LinkedPlace("Καβάλα", [(5, 11)])]
    merged = merge_prefixes(places)
    assert [(p.name, p.mentions) for p in merged] == [("Καβάλα", [(5, 11)]),
                                                    ("Δημοτικό Θέατρο Καβάλας", [(30, 53), (80, 95)])]


def test_roles_chained_before_one_name(nlp: Language) -> None:
    doc = nlp("Ο Λιμενάρχης Ηρακλείου, Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης, δήλωσε ότι η έρευνα συνεχίζεται.")
    linked = Linker().link(doc)
    person = next(p for p in linked.people if p.name == "Ιωάννης Μαυράκης")
    assert [r.title for r in person.roles] == ["Λιμενάρχης Ηρακλείου", "Πλοίαρχος Λ.Σ."]


def test_role_after_the_name_through_a_coordinated_role(nlp: Language) -> None:
    doc = nlp("Μίλησε η Φωτεινή Αλεξανδροπούλου, Αντιπρόεδρος της ΚΕΔΕ και Δήμαρχος Ναυπλιέων.")
    linked = Linker().link(doc)
    person = next(p for p in linked.people if p.name == "Φωτεινή Αλεξανδροπούλου")
    assert any(r.title.startswith("Δήμαρχος Ναυπλιέων") for r in person.roles)


def test_many_roles_link_like_one(nlp: Language) -> None:
    """A long text of repeated paragraphs gives each paragraph's person the same role."""
    para = "Ο Δήμαρχος Ηρακλείου Γιάννης Μαρκογιαννάκης συναντήθηκε με κατοίκους.\n"
    linked = Linker().link(nlp(para * 40))
    person = next(p for p in linked.people if p.name == "Γιάννης Μαρκογιαννάκης")
    assert len(person.mentions) == 40
    assert [(r.title, r.organisation) for r in person.roles] == [("Δήμαρχος Ηρακλείου", "Δήμος Ηρακλείου")]


def test_people_repair_finds_names_the_ner_missed(nlp: Language) -> None:
    doc = nlp("Στη δίκη μίλησαν οι κκ Σταυρίδης και Λαμπράκης, ενώ η κα Ζαχαράκη άκουγε.")
    people, _ = PeopleResolver().resolve(PeopleResolver().repair(doc, list(doc.ents)))
    names = {fold(p.name)[:7] for p in people}
    assert {"σταυριδ", "λαμπρακ", "ζαχαρακ"} <= names, names


def _span(doc, text: str, label: str):

    start = doc.text.index(text)
    return doc.char_span(start, start + len(text), label=label)


def test_people_repair_keeps_a_founders_name_and_splits_an_accusative_one(nlp: Language) -> None:
    # As the NER sometimes reads it: the body and the name after it as one ORG.
    doc = nlp("Μίλησε τον καθηγητή της Ιατρικής Σχολής Γιώργο Παππά για το έργο.")
    ents = PeopleResolver().repair(doc, [_span(doc, "Ιατρικής Σχολής Γιώργο Παππά", "ORG")])
    assert [(e.text, e.label_) for e in ents] == [("Ιατρικής Σχολής", "ORG"), ("Γιώργο Παππά", "PERSON")]
    # A founder's name in the nominative is part of the body's name.
    doc = nlp("Το Ίδρυμα Σταύρος Νιάρχος χρηματοδότησε το έργο.")
    ents = PeopleResolver().repair(doc, [_span(doc, "Ίδρυμα Σταύρος Νιάρχος", "ORG")])
    assert [(e.text, e.label_) for e in ents] == [("Ίδρυμα Σταύρος Νιάρχος", "ORG")]


def test_people_repair_drops_names_in_a_quoted_title(nlp: Language) -> None:
    doc = nlp("Παρουσιάστηκε το βιβλίο «Γιάννης Ρίτσος – Σκιές Θανάτου» του συγγραφέα.")
    ents = [_span(doc, "Γιάννης Ρίτσος", "PERSON"), _span(doc, "Σκιές Θανάτου", "PERSON")]
    assert [e.text for e in PeopleResolver().repair(doc, ents)] == ["Γιάννης Ρίτσος"]
    # Quoted speech and a quote that is just the name keep their people.
    doc = nlp("«Καταδικάζω τις πράξεις του κ. Μπεναλά», είπε. Ήρθε η εποχή «Λιονέλ Μέσι».")
    ents = [_span(doc, "Μπεναλά", "PERSON"), _span(doc, "Λιονέλ Μέσι", "PERSON")]
    assert [e.text for e in PeopleResolver().repair(doc, ents)] == ["Μπεναλά", "Λιονέλ Μέσι"]


def test_everyday_and_formal_first_name_are_one_person(nlp: Language) -> None:
    doc = nlp("Εκδήλωση για τον Αλέκο Τσακίρη. Μίλησε για τη ζωή του Αλέξανδρου Τσακίρη ο εγγονός του.")
    people, _ = PeopleResolver().resolve(list(doc.ents))
    assert [p.name for p in people] == ["Αλέξανδρος Τσακίρης"], [p.name for p in people]


def test_an_initial_names_the_same_person(nlp: Language) -> None:
    from spacy.tokens import Span

    doc = nlp("Ο Α. Τσακίρης έγραψε το βιβλίο. Ο Αλέξανδρος Τσακίρης γεννήθηκε στην Πάτρα.")
    ents = [_span(doc, "Α. Τσακίρης", "PERSON"), _span(doc, "Αλέξανδρος Τσακίρης", "PERSON")]
    people, _ = PeopleResolver().resolve(ents)
    assert [p.name for p in people] == ["Αλέξανδρος Τσακίρης"] and len(people[0].mentions) == 2
    assert isinstance(ents[0], Span)


def _people(extractor, text: str) -> list[str]:
    return [p.name for p in extractor.extract_text(text).people]


def test_a_doctrine_in_ismos_is_no_person(extractor) -> None:
    assert _people(extractor, "Το βασικό τους επιχείρημα ήταν ότι ο Φιλελευθερισμός ξόφλησε.") == []


def test_a_quoted_name_after_a_neuter_word_names_a_thing(extractor) -> None:
    text = ("Το θέατρο «Μάνος Χατζιδάκις» άνοιξε ξανά. Το ατμόπλοιο «Αριστοτέλης» ναυπηγήθηκε το 1910. "
            "Ήρθε η εποχή «Σωτήρης Κυριακίδης».")
    assert _people(extractor, text) == ["Σωτήρης Κυριακίδης"]


def test_a_place_genitive_closes_a_place_not_a_name(extractor) -> None:
    assert _people(extractor, "Γεννήθηκε στον Αλίκαμπο Χανίων, την ιδιαίτερη πατρίδα του.") == []


def test_a_name_after_a_bodys_place_genitive_is_its_officer(extractor) -> None:
    rec = extractor.extract_text("Μίλησε ο πρόεδρος της Ακαδημίας Αθηνών Θεόδωρος Λιανός για την έρευνα.")
    assert [(p.name, [r.title for r in p.roles]) for p in rec.people] == [
        ("Θεόδωρος Λιανός", ["Πρόεδρος της Ακαδημίας Αθηνών"])]
    assert "Ίδρυμα Σταύρος Νιάρχος" in [o.name for o in extractor.extract_text(
        "Η δωρεά του Ιδρύματος Σταύρος Νιάρχος ανακοινώθηκε χθες.").organisations]


def test_the_corner_street_of_an_address_is_no_person(extractor) -> None:
    text = "Η εκδήλωση θα γίνει στην Ιερά Οδό 48 & Μεγάλου Αλεξάνδρου. Μίλησε ο Νίκος 2 και Γιάννης Παππάς."
    assert "Μεγάλου Αλεξάνδρου" not in _people(extractor, text)
    assert "Γιάννης Παππάς" in _people(extractor, text)


@pytest.mark.parametrize(
    "text, names",
    [
        # an abbreviated first name stays: the name is the fullest form the text gives
        ("Στην έκθεση συμμετέχουν οι καλλιτέχνες Α. Καλαϊτζάκης και Αγγ. Γλύτση.", ["Α. Καλαϊτζάκης", "Αγγ. Γλύτση"]),
        ("Δήλωση του Ηλ. Κασιδιάρη για τις εκλογές.", ["Ηλ. Κασιδιάρης"]),
        # the full first name, given later, wins
        ("Ο Χρ. Λαμπράκης μίλησε πρώτος. Ο Χρήστος Λαμπράκης είπε ότι θα επανέλθει.", ["Χρήστος Λαμπράκης"]),
        # a later surname alone does not shorten the name
        ("Ο Ντ. Φούντης εκθέτει έργα του. Ο Φούντης ζει στα Χανιά.", ["Ντ. Φούντης"]),
        # an honorific is not a first name
        ("Μίλησε ο Δρ. Μιχάλης Χρηστάκης.", ["Μιχάλης Χρηστάκης"]),
    ],
)
def test_an_abbreviated_first_name_is_kept(extractor, text: str, names: list[str]) -> None:
    assert _people(extractor, text) == names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Η επίτροπος Γκρέτα φον ντερ Χάιντεν μίλησε χθες στις Βρυξέλλες.", "Γκρέτα φον ντερ Χάιντεν"),
        ("Ο καθηγητής Τζόναθαν Βαν Ταμ ενημέρωσε τους δημοσιογράφους.", "Τζόναθαν Βαν Ταμ"),
        ("Συνάντηση με τον Βαν Ταμ στο Λονδίνο.", "Βαν Ταμ"),
    ],
)
def test_name_particles_join_a_foreign_name(extractor, text: str, name: str) -> None:
    assert name in _people(extractor, text)


@pytest.mark.parametrize(
    "text, places",
    [
        ("Οι ΗΠΑ ανακοίνωσαν νέες κυρώσεις κατά της Βενεζουέλας.", ["ΗΠΑ", "Βενεζουέλα"]),
        # the full name, once written, names the one place
        ("Οι ΗΠΑ ανακοίνωσαν νέες κυρώσεις. Στις Ηνωμένες Πολιτείες ο πληθωρισμός ανέβηκε.", ["Ηνωμένες Πολιτείες"]),
    ],
)
def test_a_place_acronym_is_named_as_written(extractor, text: str, places: list[str]) -> None:
    assert [p.name for p in extractor.extract_text(text).places] == places


@pytest.mark.parametrize(
    "text, people, places",
    [
        # "τον" drops its -ν before most consonants: "το Σημίτη" is a man in the accusative
        ("Συνάντησε το Σημίτη και τον Κώστα Καραμανλή.", ["Σημίτης", "Κώστας Καραμανλής"], []),
        ("Μίλησε στο Βασίλη Κουφόπουλο για τις εκλογές.", ["Βασίλης Κουφόπουλος"], []),
        # before μπ, ντ, a vowel ... it keeps it: "στο Μπρονξ" is neuter, so no person
        ("Η συναυλία έγινε στο Μπρονξ.", [], ["Μπρονξ"]),
    ],
)
def test_the_final_n_rule_tells_a_neuter_article(extractor, text: str, people: list[str], places: list[str]) -> None:
    rec = extractor.extract_text(text)
    assert ([p.name for p in rec.people], [p.name for p in rec.places]) == (people, places)


def test_a_municipality_named_after_a_man_after_a_role_is_no_person(extractor) -> None:
    # "Παύλου Μελά" after "δήμαρχος" is the municipality (genitive), not a mayor called Παύλος Μελάς
    assert _people(extractor, "Ο δήμαρχος Παύλου Μελά μίλησε στους κατοίκους.") == []
    assert _people(extractor, "Ο σύμβουλος Παύλος Μελάς μίλησε στους κατοίκους.") == ["Παύλος Μελάς"]



@pytest.mark.parametrize(
    "text, words, label",
    [
        # "το" before a sound that keeps "τον"'s -ν: neuter, so no person
        ("Η δήλωση γίνεται με το Card Reader της εφαρμογής.", ("Card", "Reader"), "PRODUCT"),
        ("Οι φοιτητές μπαίνουν στο Portal Online με τους κωδικούς τους.", ("Portal", "Online"), "PRODUCT"),
        # the masculine article keeps the person
        ("Συνάντησε χθες τον Peter Smith στην Αθήνα.", ("Peter", "Smith"), "PERSON"),
    ],
)
def test_a_latin_name_after_a_neuter_article_is_no_person(nlp: Language, text: str, words: tuple[str, ...],
                                                          label: str) -> None:
    from spacy.tokens import Span

    doc = nlp(text)
    start = [t.text for t in doc].index(words[0])
    doc.ents = [Span(doc, start, start + len(words), label="PERSON")]
    repaired = PeopleResolver().repair(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in repaired] == [(" ".join(words), label)]


def _with_ents(nlp: Language, text: str, spans: list[tuple[str, str, int]]) -> list:
    """The sentence's Doc with only the given entities (words, label, which occurrence)."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    ents = []
    for phrase, label, nth in spans:
        parts = phrase.split()
        starts = [i for i in range(len(words)) if words[i:i + len(parts)] == parts]
        ents.append(Span(doc, starts[nth], starts[nth] + len(parts), label=label))
    doc.ents = ents
    return list(doc.ents)


@pytest.mark.parametrize(
    "text, spans, names",
    [
        # the first name is in the words of a body the NER read: the surname alone takes it
        ("Ο εισαγγελέας της Λιόν Ζακ Λεμπρέν μίλησε. Ο Λεμπρέν πρόσθεσε ότι η έρευνα συνεχίζεται.",
         [("Λιόν Ζακ Λεμπρέν", "ORG", 0), ("Λεμπρέν", "PERSON", 1)], ["Ζακ Λεμπρέν"]),
        # a woman's first name in the genitive after her article
        ("Κατέθεσε στην εισαγγελέα του Εφετείου Μαρία Σταθοπούλου. Η Σταθοπούλου άκουσε τον μάρτυρα.",
         [("Εφετείου Μαρία Σταθοπούλου", "ORG", 0), ("Σταθοπούλου", "PERSON", 1)], ["Μαρία Σταθοπούλου"]),
        # two first names before the surname: which one is meant is not known
        ("Ο Ζακ Λεμπρέν και ο Πιερ Λεμπρέν ήρθαν. Ο Λεμπρέν μίλησε.",
         [("Λεμπρέν", "PERSON", 2)], ["Λεμπρέν"]),
    ],
)
def test_a_surname_alone_takes_the_first_name_the_text_writes_before_it(
        nlp: Language, text: str, spans: list[tuple[str, str, int]], names: list[str]) -> None:
    people, _ = PeopleResolver().resolve(_with_ents(nlp, text, spans))
    assert [p.name for p in people] == names


@pytest.mark.parametrize(
    "text, person, kept",
    [
        # the surname again: the name ends before it
        ("Ο Νίκος Σταθάκης Σταθάκης μίλησε χθες.", "Νίκος Σταθάκης Σταθάκης", ["Νίκος Σταθάκης"]),
        # a common word the text also writes in lower case
        ("Ο Νίκος Σταθάκης Απόψε θα παίξει. Απόψε ή αύριο, είπε, απόψε σίγουρα.",
         "Νίκος Σταθάκης Απόψε", ["Νίκος Σταθάκης"]),
        # a Greek first name: the next person begins
        ("Ο Νίκος Σταθάκης Μαρία Κωστάκη ήταν εκεί.", "Νίκος Σταθάκης Μαρία", ["Νίκος Σταθάκης", "Μαρία Κωστάκη"]),
        # a surname of two words stays whole
        ("Ο Νίκος Σταθάκης Βλαχάκης μίλησε χθες.", "Νίκος Σταθάκης Βλαχάκης", ["Νίκος Σταθάκης Βλαχάκης"]),
        # a verb's form, after a Greek or a foreign first name (lost line breaks)
        ("Σκηνοθεσία: Ελένη Σταθάκη Ερμηνεύει η ίδια.", "Ελένη Σταθάκη Ερμηνεύει", ["Ελένη Σταθάκη"]),
        ("Ο δράστης Γκάμπριελ Σμόλντερ Δήλωσε ψέματα.", "Γκάμπριελ Σμόλντερ Δήλωσε", ["Γκάμπριελ Σμόλντερ"]),
        # a word of a closed class in the treebank
        ("Ο δράστης Γκάμπριελ Σμόλντερ Επί ώρες πυροβολούσε.", "Γκάμπριελ Σμόλντερ Επί", ["Γκάμπριελ Σμόλντερ"]),
        # a foreign surname stressed on the second syllable from the end is no verb
        ("Ο Ρομπέρτο Κάρλος Ρεζέντε μίλησε χθες.", "Ρομπέρτο Κάρλος Ρεζέντε", ["Ρομπέρτο Κάρλος Ρεζέντε"]),
    ],
)
def test_a_third_word_that_is_no_part_of_a_full_name_is_cut(nlp: Language, text: str, person: str,
                                                            kept: list[str]) -> None:
    from spacy.tokens import Span

    doc = nlp(text)  # processed (roles found), with the one PERSON span the test gives
    words, parts = [t.text for t in doc], person.split()
    start = next(i for i in range(len(words)) if words[i:i + len(parts)] == parts)
    doc.ents = [Span(doc, start, start + len(parts), label="PERSON")]
    resolver = PeopleResolver()
    resolver.common_forms = {"επί": frozenset({"ADP"})}
    people = [e.text for e in resolver.repair(doc, list(doc.ents)) if e.label_ == "PERSON"]
    assert people == kept


@pytest.mark.parametrize(("text", "start", "bodies"), [
    # a currency code beside an amount, before or after it, is money
    ("Ο νικητής παίρνει έπαθλο 800 EUR και δίπλωμα.", 5, []),
    ("Το κόστος ήταν USD 40 ανά άτομο.", 3, []),
    ("Η συνδρομή είναι 1.250,50 GBP τον χρόνο.", 4, []),
    # the same letters with no amount beside them stay as the model said
    ("Η ανακοίνωση της EUR εκδόθηκε χθες.", 3, ["EUR"]),
])
def test_a_currency_code_beside_an_amount_is_no_body(nlp: Language, text: str, start: int, bodies: list[str]) -> None:
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, start + 1, label="ORG")]
    orgs = OrganisationResolver().resolve(doc, list(doc.ents), None, [])
    assert [o.name for o in orgs] == bodies

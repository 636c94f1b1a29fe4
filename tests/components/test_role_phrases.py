"""Roles no lexicon lists, from grammar: appositive noun phrases next to a person name.

The role nouns below are chosen absent from roles.tsv (a test asserts it), so each case tests the
grammar, not the lexicon. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from keryx.components.role_phrases import RoleGrammar, nominative
from keryx.components.roles import RoleLexicon
from keryx.lang.el import read_text


def _roles(extractor, text: str) -> dict[str, list[str]]:
    record = extractor.extract_text(text)
    return {p.name: [r.title for r in p.roles] for p in record.people}


# Role nouns not in the lexicon: what each construction below must find by grammar alone.
OPEN_NOUNS = ("ειρηνοποιός", "ταξιδιογράφος", "οραματιστής", "ημερολογιογράφος", "ουφολόγος", "μελλοντολόγος",
              "συλλέκτρια", "δημιουργός")


@pytest.mark.parametrize("noun", OPEN_NOUNS)
def test_the_nouns_are_not_in_the_lexicon(noun: str) -> None:
    assert RoleLexicon.default().lookup(noun) is None


@pytest.mark.parametrize("text, name, title", [
    # an agreeing article, in each case, before the name
    ("Στη συναυλία τραγούδησε ο ειρηνοποιός Κώστας Μαρκόπουλος.", "Κώστας Μαρκόπουλος", "Ειρηνοποιός"),
    ("Τα έργα του ταξιδιογράφου Γιώργου Σταυρίδη εκτίθενται στο μουσείο.", "Γιώργος Σταυρίδης", "Ταξιδιογράφος"),
    ("Συναντήσαμε τον οραματιστή Νίκο Λαμπρόπουλο στο εργαστήριό του.", "Νίκος Λαμπρόπουλος", "Οραματιστής"),
    # feminine: a masculine-form noun after a feminine article names a woman
    ("Μιλήσαμε με την ουφολόγο Κατερίνα Δημάκη για τους κομήτες.", "Κατερίνα Δημάκη", "Ουφολόγος"),
    ("Η μελλοντολόγος Ελένη Κάππου παρουσίασε τη μελέτη.", "Ελένη Κάππου", "Μελλοντολόγος"),
    ("Τα έργα της συλλέκτριας Άννας Ρήγα εκτίθενται στη Χίο.", "Άννα Ρήγα", "Συλλέκτρια"),
    ("Ο Γιώργος Λιάπης, δημιουργός στη Νεμέα, μίλησε για τον τρύγο.", "Γιώργος Λιάπης", "Δημιουργός"),
    # modifiers: agreeing adjectives kept, esteem, age and nationality left out
    ("Ο επιστημονικός ταξιδιογράφος Πέτρος Ανδρέου μίλησε.", "Πέτρος Ανδρέου", "Επιστημονικός ταξιδιογράφος"),
    ("Εμφανίστηκε ο γνωστός ειρηνοποιός Κώστας Μαρκόπουλος.", "Κώστας Μαρκόπουλος", "Ειρηνοποιός"),
    ("Η 30χρονη ημερολογιογράφος Μαρία Κωστή μίλησε για τα έθιμα.", "Μαρία Κωστή", "Ημερολογιογράφος"),
    ("Ο Ρουμάνος ταξιδιογράφος Ίον Πόπεσκου εξέθεσε τα έργα του.", "Ίον Πόπεσκου", "Ταξιδιογράφος"),
    # a genitive complement between the role and the name stays in the role
    ("Ο οραματιστής του ξενοδοχείου Νίκος Λαμπρόπουλος μίλησε.", "Νίκος Λαμπρόπουλος",
     "Οραματιστής του ξενοδοχείου"),
    # after the name, between commas (with or without an article)
    ("Η Ελένη Μαρκάκη, ημερολογιογράφος του Πανεπιστημίου Ιωαννίνων, μίλησε για τα έθιμα.", "Ελένη Μαρκάκη",
     "Ημερολογιογράφος του Πανεπιστημίου Ιωαννίνων"),
    ("Ο Νίκος Γεωργίου, οραματιστής από τη Λάρισα, δήλωσε ότι η αγορά ανακάμπτει.", "Νίκος Γεωργίου",
     "Οραματιστής"),
    ("Το εύρημα ανήκει στον William Brown, έναν Άγγλο ουφολόγο, ο οποίος ζούσε στο Λονδίνο.", "William Brown",
     "Ουφολόγος"),
    ("Η Μαρία Πέτρου, 45χρονη ταξιδιογράφος από την Κρήτη, εξέθεσε τα έργα της.", "Μαρία Πέτρου", "Ταξιδιογράφος"),
])
def test_open_role_is_found(extractor, text: str, name: str, title: str) -> None:
    roles = _roles(extractor, text)
    person = next(n for n in roles if n.split()[-1][:5] == name.split()[-1][:5])
    assert title in roles[person]


@pytest.mark.parametrize("text", [
    # kinship and relations
    "Ο γιος του Γιάννης Σταύρου μίλησε στους δημοσιογράφους.",
    "Η σύζυγός του Μαρία Κάππου παρέστη στην τελετή.",
    "Συναντήθηκε με τον συνάδελφό του Πέτρο Κόκκαλη.",
    "Ο συμπαίκτης του Αλέξης Μπάκας τραυματίστηκε.",
    # an age word alone
    "Ο 45χρονος Πέτρος Αναστασίου συνελήφθη χθες.",
    # an event noun
    "Ο δράστης Πέτρος Αναστασίου συνελήφθη χθες.",
    "Ο φυγόδικος ταξιδιογράφος Πέτρος Αναστασίου συνελήφθη χθες.",
    # a thing, not a person, before a possessor name
    "Η ταινία του Γιώργου Λάνθιμου κέρδισε βραβείο.",
    # the name in another case than the article
    "Κυκλοφόρησε ο τελευταίος δίσκος του γνωστού από τον φωνογράφο Μάρκου Δεληγιάννη.",
    # a relative clause after the comma
    "Ο Νίκος Γεωργίου, ο οποίος οραματιστής δεν ήταν, μίλησε.",
    # a superlative adverb in -ιστα between commas: stressed before the ending, no loan trade in -ίστα
    "Ο Νίκος Γεωργίου, μάλιστα, θα μιλήσει αύριο στη Βουλή.",
    "Η Μαρία Κάππου, ελάχιστα, ασχολήθηκε με το θέμα.",
])
def test_no_open_role(extractor, text: str) -> None:
    assert all(not titles for titles in _roles(extractor, text).values())


@pytest.mark.parametrize("text, name, title", [
    # each name of the list takes the role in its own gender
    ("Στη συναυλία συμμετείχαν καλλιτέχνες όπως η Άννα Βίσση, ο Γιάννης Πάριος και ο Νίκος Πορτοκάλογλου.",
     "Άννα Βίσση", "Καλλιτέχνιδα"),
    ("Στη συναυλία συμμετείχαν καλλιτέχνες όπως η Άννα Βίσση, ο Γιάννης Πάριος και ο Νίκος Πορτοκάλογλου.",
     "Γιάννης Πάριος", "Καλλιτέχνης"),
    ("Στη φετινή μπιενάλε εκθέτουν οι καλλιτέχνες: Μάνος Τσακίρης, Λευτέρης Βρεττός και Κώστας Λιάπης.",
     "Λευτέρης Βρεττός", "Καλλιτέχνης"),
])
def test_a_plural_role_names_its_examples_and_its_list(extractor, text: str, name: str, title: str) -> None:
    assert _roles(extractor, text)[name] == [title]


@pytest.mark.parametrize("text, expected", [
    # a plural noun no lexicon lists before "όπως", with or without an article after it
    ("Μαζί με άλλους ουφολόγους όπως ο Δρ Γιώργος Παπαδάκης μελετούν τους κομήτες.",
     {"Γιώργος Παπαδάκης": ["Ουφολόγος"]}),
    ("Συνεργάστηκαν με ταξιδιογράφους όπως Νίκος Μαρκάκης και Ελένη Ζαχαρίου.",
     {"Νίκος Μαρκάκης": ["Ταξιδιογράφος"], "Ελένη Ζαχαρίου": ["Ταξιδιογράφος"]}),
    # two plural lists in one sentence: each noun keeps its own examples
    ("Ήρθαν ειρηνοποιοί όπως ο Γιάννης Πετρίδης και ημερολογιογράφοι όπως ο Κώστας Μαυρίδης.",
     {"Γιάννης Πετρίδης": ["Ειρηνοποιός"], "Κώστας Μαυρίδης": ["Ημερολογιογράφος"]}),
    # "όπως οι" before the list; a lexicon role joined by a dash to an open one, a named
    # genitive complement, then ", οι" and the list
    ("Στη βραδιά τραγούδησαν καλλιτέχνες όπως οι Άννα Βίσση και Σάκης Ρουβάς.",
     {"Άννα Βίσση": ["Καλλιτέχνιδα"], "Σάκης Ρουβάς": ["Καλλιτέχνης"]}),
    (("Την παρουσίαση έκαναν δύο γνωστοί παρουσιαστές – οραματιστές της Κρήτης, οι Γιάννης Πετρίδης "
      "και Κώστας Μαυρίδης."),
     {"Γιάννης Πετρίδης": ["Παρουσιαστής", "Οραματιστής της Κρήτης"],
      "Κώστας Μαυρίδης": ["Παρουσιαστής", "Οραματιστής της Κρήτης"]}),
])
def test_an_open_plural_role_heads_a_list(extractor, text: str, expected: dict[str, list[str]]) -> None:
    roles = _roles(extractor, text)
    for name, titles in expected.items():
        assert roles[name] == titles


@pytest.mark.parametrize("text", [
    "Επισκέφθηκαν χώρες όπως η Ελένη Παππά περιέγραψε.",  # no agent noun before the list
    "Μίλησαν για τα βιβλία, όπως ο Νίκος Μαρκάκης είπε.",
])
def test_no_plural_role_without_an_agent_noun(extractor, text: str) -> None:
    assert all(not titles for titles in _roles(extractor, text).values())


@pytest.mark.parametrize("form, case, gender, expected", [
    ("ερευνήτριας", "gen", "f", "ερευνήτρια"),
    ("τραγουδοποιό", "acc", "m", "τραγουδοποιός"),
    ("συγγραφέα", "gen", "m", "συγγραφέας"),
    ("ιδρυτή", "acc", "m", "ιδρυτής"),
    ("ηθοποιού", "gen", "f", "ηθοποιός"),
    ("ηθοποιό", "acc", "f", "ηθοποιός"),
    ("ακτιβιστή", None, "m", "ακτιβιστής"),
    ("συνεργάτιδας", "gen", "f", "συνεργάτιδα"),
    ("ΑΓΙΟΓΡΑΦΟΥ", "gen", "m", "ΑΓΙΟΓΡΑΦΟΣ"),
    # the learned genitive of -τής nouns is -τού; -τρού stays the genitive of -τρός
    ("βουλευτού", "gen", "m", "βουλευτής"),
    ("φοιτητού", "gen", "m", "φοιτητής"),
    ("γιατρού", "gen", "m", "γιατρός"),
])
def test_nominative(form: str, case: str | None, gender: str, expected: str) -> None:
    assert nominative(form, case, gender) == expected


def test_nominative_refuses_a_form_of_another_case() -> None:
    assert nominative("ερευνήτριας", "acc", "f") is None


@pytest.mark.parametrize("word, excluded", [
    ("γιου", True), ("κόρης", True), ("συναδέλφου", True), ("δράστη", True), ("Αμερικανού", False),
    ("αγιογράφου", False),
])
def test_closed_classes_hold_every_form(word: str, excluded: bool) -> None:
    from keryx.lang.el.text import fold

    g = RoleGrammar.from_text(read_text("role_grammar.json"))
    assert (fold(word) in g.not_roles) is excluded
    assert fold("Αμερικανού") in g.nationality


@pytest.mark.parametrize("text, name, title", [
    # a genitive article makes the word after it a genitive, whatever its ending (-α, -η, -ους)
    ("Η Σοφία Δάρα, ανθοπώλισσα του ναού του κάστρου, ανοίγει νωρίς.", "Σοφία Δάρα",
     "Ανθοπώλισσα του ναού του κάστρου"),
    ("Ο Νίκος Σάββας, ταξιδιογράφος του ξενώνα της μονής, μίλησε στους επισκέπτες.", "Νίκος Σάββας",
     "Ταξιδιογράφος του ξενώνα της μονής"),
    # -ίστα: the loan feminine of -ίστας
    ("Η τσελίστα Μαρία Κούπερ ερμηνεύει δύο κοντσέρτα.", "Μαρία Κούπερ", "Τσελίστα"),
    ("Απόψε παίζει η αρπίστα Ελένη Σταμάτη στο Ηρώδειο.", "Ελένη Σταμάτη", "Αρπίστα"),
    # a second genitive the role governs, after "και", continues the complement after a name
    ("Ο Νίκος Σάββας, ταξιδιογράφος της μονής και της εκκλησίας του κάστρου, μίλησε στους επισκέπτες.", "Νίκος Σάββας",
     "Ταξιδιογράφος της μονής και της εκκλησίας του κάστρου"),
    # a loanword that cannot decline ("γκολφ", "μπάσκετ") stands in the genitive complement as written
    ("Στο τουρνουά θα έρθει ο γνωστός ταξιδιογράφος εκκλησιών μπάσκετ, Νίκος Σάββας, με τη σύζυγό του.",
     "Νίκος Σάββας", "Ταξιδιογράφος εκκλησιών μπάσκετ"),
    ("Τον αγώνα παρακολούθησε ο δημιουργός κτημάτων γκολφ, Γιώργος Λιάπης, από την κερκίδα.",
     "Γιώργος Λιάπης", "Δημιουργός κτημάτων γκολφ"),
])
def test_open_role_complements_and_loan_feminines(extractor, text: str, name: str, title: str) -> None:
    assert title in _roles(extractor, text)[name]


@pytest.mark.parametrize("text, name, title", [
    # a lexicon role in apposition keeps the lower-case genitives up to the end of the apposition
    ("Η εκπομπή φιλοξενεί τον Νίκο Δάρα, δημοσιογράφο τεχνολογίας του Tech.gr, με τον οποίο μιλάμε.",
     "Νίκος Δάρας", "Δημοσιογράφος τεχνολογίας του Tech.gr"),
    ("Ο Γιώργος Κανέλλος, πρόεδρος του συλλόγου γονέων, σχολίασε την απόφαση.", "Γιώργος Κανέλλος",
     "Πρόεδρος του συλλόγου γονέων"),
])
def test_lexicon_role_in_apposition_keeps_its_complement(extractor, text: str, name: str, title: str) -> None:
    assert _roles(extractor, text)[name] == [title]


def test_complement_that_runs_into_a_clause_is_not_kept(extractor) -> None:
    roles = _roles(extractor, "Ο Γιώργος Κανέλλος, πρόεδρος του συλλόγου γονέων που ιδρύθηκε πέρσι, μίλησε.")
    assert roles["Γιώργος Κανέλλος"] == ["Πρόεδρος"]


@pytest.mark.parametrize("text, expected", [
    # a capitalised credit noun and a colon: the task names the trade, in the first name's gender
    ("Μετάφραση: Ελένη Βαρβέρη Σκηνοθεσία: Κώστας Φιλίππου", {"Ελένη Βαρβέρη": ["Μεταφράστρια"],
                                                              "Κώστας Φιλίππου": ["Σκηνοθέτης"]}),
    ("Σκηνικά - κοστούμια: Μαρία Λάμπρου. Μουσική: Νίκος Ξυδάκης.",
     {"Μαρία Λάμπρου": ["Σκηνογράφος", "Ενδυματολόγος"], "Νίκος Ξυδάκης": ["Συνθέτης"]}),
    # a list after the colon shares the credit
    ("Χορογραφία: Ζωή Χατζή, Άννα Μαυρίδου", {"Ζωή Χατζή": ["Χορογράφος"], "Άννα Μαυρίδου": ["Χορογράφος"]}),
    # a task done more than once is written in the plural; a genitive plural may say what it was for
    ("Χορογραφίες: Ζωή Χατζή Στίχοι: Πέτρος Σιδέρης", {"Ζωή Χατζή": ["Χορογράφος"], "Πέτρος Σιδέρης": ["Στιχουργός"]}),
    ("Μουσική: Νίκος Ξυδάκης Στίχοι τραγουδιών: Μαρίνα Κοντού",
     {"Νίκος Ξυδάκης": ["Συνθέτης"], "Μαρίνα Κοντού": ["Στιχουργός"]}),
    # the officials of a match: the scorer's table ("Γραμματεία") is kept by its secretary
    ("Το πρόγραμμα της αγωνιστικής. Διαιτητές: Κ. Νικολάου, Γ. Ράπτης, Γραμματεία: Ελένη Κυριακίδου.",
     {"Ελένη Κυριακίδου": ["Γραμματέας"]}),
    ("Την Κυριακή στο κλειστό του Βόλου. Γραμματεία: Σταύρος Μηλιώτης.", {"Σταύρος Μηλιώτης": ["Γραμματέας"]}),
    # the body in running text names no one
    ("Η Γραμματεία του συλλόγου ανακοίνωσε ότι ο Γιώργος Δήμου θα μιλήσει.", {"Γιώργος Δήμου": []}),
    # a verb names no trade; lower case with a colon is no credit line
    ("Παίζουν: Άννα Μαυρίδου, Πέτρος Σιδέρης", {"Άννα Μαυρίδου": [], "Πέτρος Σιδέρης": []}),
    # in running text, "σε" and the credit noun before a genitive name: the one who did the task
    ("Η παράσταση ανεβαίνει σε σκηνοθεσία Πέτρου Σιδέρη.", {"Πέτρος Σιδέρης": ["Σκηνοθέτης"]}),
    ("Το έργο παίζεται στο Κηποθέατρο σε μετάφραση του Νίκου Ξυδάκη.", {"Νίκος Ξυδάκης": ["Μεταφραστής"]}),
    ("Η εστίαση στη σκηνοθεσία του Κώστα Φιλίππου φαίνεται από την αρχή.", {"Κώστας Φιλίππου": ["Σκηνοθέτης"]}),
    # not the listed form of the credit noun: "σε στίχους Χ" are songs set to Χ's verses
    ("Ακούστηκαν τραγούδια σε στίχους Πέτρου Σιδέρη.", {"Πέτρος Σιδέρης": []}),
    # no "σε" before it: whose task it is not said
    ("Η μουσική του Νίκου Ξυδάκη ακούστηκε χθες.", {"Νίκος Ξυδάκης": []}),
    ("Μίλησε για τη μουσική: Νίκος Ξυδάκης ήταν ο καλεσμένος.", {"Νίκος Ξυδάκης": []}),
    ("Μίλησε για τη μουσική των ταινιών: Νίκος Ξυδάκης ήταν ο καλεσμένος.", {"Νίκος Ξυδάκης": []}),
])
def test_credit_lines(extractor, text: str, expected: dict[str, list[str]]) -> None:
    roles = _roles(extractor, text)
    assert {n: roles.get(n) for n in expected} == expected


@pytest.mark.parametrize("text, name", [
    # a feminine -ία noun is no genitive of a masculine -ίας agent noun
    ("Τα εγκαίνια τέλεσε η Υπουργός Πολιτισμού, Λίνα Μενδώνη, παρουσία του Δημάρχου.", "Λίνα Μενδώνη"),
])
def test_a_feminine_ia_noun_is_no_role(extractor, text: str, name: str) -> None:
    assert _roles(extractor, text)[name] == ["Υπουργός Πολιτισμού"]


@pytest.mark.parametrize("text, name, title", [
    # a nationality noun in the accusative or genitive before the trade: left out, the trade kept
    ("Αφιέρωμα γίνεται στον πολυαγαπημένο Έλληνα ταξιδιογράφο Γιώργο Σταυρίδη φέτος.", "Γιώργος Σταυρίδης",
     "Πολυαγαπημένος ταξιδιογράφος"),
    ("Τα έργα του Ιταλού ημερολογιογράφου Τζιοβάνι Ρόσι εκτίθενται στη Ρώμη.", "Τζιοβάνι Ρόσι", "Ημερολογιογράφος"),
])
def test_a_nationality_noun_in_an_oblique_case_before_the_trade(extractor, text: str, name: str,
                                                                title: str) -> None:
    assert _roles(extractor, text)[name] == [title]


@pytest.mark.parametrize("text, name, title", [
    # an adjective of the person between the article and "πρώην": the role starts after "πρώην"
    ("Εξετάζεται η ιστορία της διεμφυλικής πρώην στρατιωτικού Μαρίας Νικολάου, η οποία διέρρευσε έγγραφα.",
     "Μαρία Νικολάου", "Πρώην Στρατιωτικός"),
    ("Η ταινία αφηγείται τη ζωή του θρυλικού πρώην ειρηνοποιού Γιάννη Σταθάκη.", "Γιάννης Σταθάκης",
     "Πρώην Ειρηνοποιός"),
])
def test_an_adjective_before_a_prefix_is_left_out(extractor, text: str, name: str, title: str) -> None:
    record = extractor.extract_text(text)
    assert [r.title for p in record.people if p.name == name for r in p.roles] == [title]


@pytest.mark.parametrize("text, name, title", [
    # an English trade in lower case between the article and the name: the role, as written
    ("Στο πλήρωμα ήταν και ο skydiver Πέτρος Αλεξίου από τη Ζυρίχη.", "Πέτρος Αλεξίου", "Skydiver"),
    ("Μας ξενάγησε στην κουζίνα ο executive chef Στέλιος Μαυρίδης.", "Στέλιος Μαυρίδης", "Executive chef"),
    ("Τη βραδιά ανέλαβε η make-up artist Ελένη Ζαχαρίου.", "Ελένη Ζαχαρίου", "Make-up artist"),
    ("Την ομάδα έστησε ο manager, Γιώργος Στάμου, πριν από δύο χρόνια.", "Γιώργος Στάμου", "Manager"),
])
def test_a_lower_case_english_trade_before_the_name(extractor, text: str, name: str, title: str) -> None:
    assert _roles(extractor, text)[name] == [title]


@pytest.mark.parametrize("text, name", [
    # words of English grammar make a quotation or a title of a work, not a trade
    ("Το τραγούδι έγραψε για τον the end Νίκο Μαυρίδη η μπάντα.", "Νίκος Μαυρίδης"),
    # no article of a person before the words
    ("Μετά το live Νίκος Μαυρίδης και φίλοι έπαιξαν ξανά.", "Νίκος Μαυρίδης"),
])
def test_no_english_trade_without_its_grammar(extractor, text: str, name: str) -> None:
    assert not _roles(extractor, text).get(name)


@pytest.mark.parametrize("text, name", [
    # "οίκος", "κάτοικος" only end like the stressed "-ικός" of a substantivised adjective
    ("Ο ιταλικός οίκος μόδας Versace παρουσίασε τη συλλογή του.", "Versace"),
    ("Ο κάτοικος Νίκος Μαυρίδης κάλεσε την αστυνομία.", "Νίκος Μαυρίδης"),
    # a nominative noun in "-ος" after an "-ικός" adjective is the head it qualifies, no complement
    ("Ο βασικός στόχος του Νίκου Μαυρίδη ήταν η νίκη.", "Νίκος Μαυρίδης"),
])
def test_no_role_from_a_word_that_only_ends_like_an_agent(extractor, text: str, name: str) -> None:
    assert not _roles(extractor, text).get(name)


@pytest.mark.parametrize("word, agent", [
    ("χημικός", True), ("ακαδημαϊκός", True), ("Μουσικός", True),
    ("οίκος", False), ("κάτοικος", False), ("σύνδικος", False),
])
def test_the_suffix_of_a_substantivised_adjective_is_stressed(word: str, agent: bool) -> None:
    assert RoleGrammar.from_text(read_text("role_grammar.json")).is_agent(word) is agent


@pytest.mark.parametrize("text, name, title", [
    # a third-declension neuter genitive ends in "-ος" too, and stays in the complement
    ("Ο Νίκος Μαυρίδης, οραματιστής φυσικού περιβάλλοντος, μίλησε στη Λάρισα.", "Νίκος Μαυρίδης",
     "Οραματιστής φυσικού περιβάλλοντος"),
    ("Ο Νίκος Μαυρίδης, οραματιστής του προγράμματος, μίλησε στη Λάρισα.", "Νίκος Μαυρίδης",
     "Οραματιστής του προγράμματος"),
])
def test_a_neuter_genitive_in_os_completes_the_role(extractor, text: str, name: str, title: str) -> None:
    assert _roles(extractor, text)[name] == [title]


@pytest.mark.parametrize("text, name", [
    # an "-ικός" adjective in the genitive before a noun in an agreeing genitive: the noun's adjective
    ("Επικρίσεις δέχτηκε η πρόταση του πολιτικού γραφείου Αντώνη Σαμαρά.", "Αντώνη Σαμαρά"),
    ("Συνελήφθη ο δολοφόνος του Πέτρου Λαμπράκη, ηγετικού στελέχους της οργάνωσης.", "Πέτρος Λαμπράκης"),
    ("Μίλησε για τα σχέδια του επιτελικού κράτους Κυριάκου Αλεξίου.", "Κυριάκου Αλεξίου"),
])
def test_an_adjective_before_its_noun_is_no_trade(extractor, text: str, name: str) -> None:
    roles = _roles(extractor, text)
    assert not any(t.split()[0].lower().endswith(("ικός", "ική")) for titles in roles.values() for t in titles)


@pytest.mark.parametrize("text, name, title", [
    # a trade in -ικός keeps a complement that cannot be its adjective's noun (another gender)
    ("Κυκλοφόρησε το βιβλίο του ιστορικού τέχνης Νίκου Παππά.", "Νίκος Παππάς", "Ιστορικός τέχνης"),
    ("Η μελέτη του χημικού μηχανικού Στέλιου Ραφτόπουλου δημοσιεύθηκε.", "Στέλιος Ραφτόπουλος", "Χημικός Μηχανικός"),
])
def test_an_adjectival_trade_with_its_complement_stays(extractor, text: str, name: str, title: str) -> None:
    assert title in _roles(extractor, text).get(name, [])

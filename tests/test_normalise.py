"""Normalisation: Greek-specific rewrites, and offsets that always lead back to the source."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keryx.io.normalise import _HONORIFIC_BREAK, NormalisedText, normalise
from keryx.lang.el.honorifics import MADAM, MESSRS, MISTER, abbreviations, read_honorifics


@pytest.mark.parametrize(
    "source, expected",
    [
        ("Nέο πρόγραμμα", "Νέο πρόγραμμα"),
        ("ο Δημoς Θερμαϊκού", "ο Δημος Θερμαϊκού"),
        ("Κάτοικοι της Аθήνας", "Κάτοικοι της Αθήνας"),  # Cyrillic А
        ("BSI, DIESIS COOP και AEIDL", "BSI, DIESIS COOP και AEIDL"),
        ("\u2206ήμος και 5 µg", "Δήμος και 5 μg"),
        ("Δη\u00adμο\u200bτι\u200dκό\ufeff", "Δημοτικό"),
        ("Αθήνα,\u00a04\u2009Οκτωβρίου", "Αθήνα, 4 Οκτωβρίου"),
        ("την ανα-\nπτυξη του", "την αναπτυξη του"),
        ("την ανα\u00ad\nπτυξη", "την αναπτυξη"),
        ("Αθήνα-\nΘεσσαλονίκη", "Αθήνα-\nΘεσσαλονίκη"),
        ("Covid-\n19", "Covid-\n19"),
        ("“Λέξη” ‘α’ — «Όχι»", "\"Λέξη\" 'α' – «Όχι»"),
        ("Τι έγινε\u037e Ναι\u0387 όχι", "Τι έγινε; Ναι· όχι"),
        ("α\u0301ρθρο", "άρθρο"),
        ("  Τίτλος  \t \r\n\r\n\r\n\r\nΚείμενο  εδώ.  \n", "Τίτλος\n\nΚείμενο εδώ."),
        ("Γραμμή\rάλλη", "Γραμμή\nάλλη"),
    ],
)
def test_normalise_text(source: str, expected: str) -> None:
    assert normalise(source).text == expected


@pytest.mark.parametrize(
    "source, expected",
    [
        ("# Τίτλος\n\nΟ **Δήμαρχος** και η *Αντιδήμαρχος*", "Τίτλος\n\nΟ Δήμαρχος και η Αντιδήμαρχος"),
        ("Δείτε το [πρόγραμμα](https://example.gr/a_b) __εδώ__.", "Δείτε το πρόγραμμα εδώ."),
        ("- πρώτο\n- δεύτερο", "- πρώτο\n- δεύτερο"),
        ("> παράθεση\n\n---\n\nsnake_case_name", "παράθεση\n\nsnake_case_name"),
    ],
)
def test_markdown_markup_is_stripped_only_for_md(source: str, expected: str) -> None:
    assert normalise(source, "md").text == expected
    assert normalise(source, "txt").text != expected or source == expected


def test_offsets_point_back_to_the_source() -> None:
    source = "# Συνέδριο\n\nΟ **Δήμαρχος  Θερμαϊκού** κ. Γιώργος Παπαδόπουλος"
    n = normalise(source, "md")
    assert len(n.offsets) == len(n.text) + 1 and n.offsets[-1] == len(source)
    start = n.text.index("Δήμαρχος Θερμαϊκού")
    s, e = n.to_source(start, start + len("Δήμαρχος Θερμαϊκού"))
    assert source[s:e] == "Δήμαρχος  Θερμαϊκού"
    start = n.text.index("Παπαδόπουλος")
    assert n.to_source(start, start + 12) == (source.index("Παπαδόπουλος"), len(source))
    with pytest.raises(ValueError):
        n.to_source(5, len(n.text) + 1)


def test_to_source_of_joined_and_composed_text() -> None:
    source = "η ανα-\nπτυξη και το α\u0301ρθρο"
    n = normalise(source)
    i = n.text.index("αναπτυξη")
    assert n.to_source(i, i + 8) == (2, source.index(" και"))
    i = n.text.index("άρθρο")
    s, e = n.to_source(i, i + 5)
    assert source[s:e] == "α\u0301ρθρο"


def test_nfc_is_the_first_guarantee() -> None:
    import unicodedata

    n = normalise("Ο Δη\u0301μαρχος Θερμαι\u0308κου\u0301")
    assert unicodedata.is_normalized("NFC", n.text)
    assert n.text == "Ο Δήμαρχος Θερμαϊκού"


# --------------------------------------------------------------------------- properties

_greekish = st.text(
    alphabet=st.sampled_from(
        list("αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏ")
        + list("abcoNpxvBSIE AO\u0410\u043e0123456789.,;·:!-–—«»“”'\"#*_[]()\n\t\r ")
        + ["\u00ad", "\u200b", "\u00a0", "\u0301", "\u0308", "\u037e", "\u0387", "\u2206", "\u00b5", "\u2028"]
    ),
    max_size=80,
)
_any = st.text(max_size=60)
_fmt = st.sampled_from(["txt", "md"])
_settings = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(n: NormalisedText) -> None:
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(n.source)
    assert list(n.offsets) == sorted(n.offsets)
    for i in range(len(n.text)):
        s, e = n.to_source(i, i + 1)
        assert 0 <= s < e <= len(n.source)


@_settings
@given(_greekish, _fmt)
def test_idempotent(text: str, fmt: str) -> None:
    once = normalise(text, fmt).text
    assert normalise(once).text == once


@_settings
@given(_any)
def test_idempotent_on_any_unicode(text: str) -> None:
    once = normalise(text).text
    assert normalise(once).text == once
    _check_offsets(normalise(text))


@_settings
@given(_greekish, _fmt)
def test_offsets_stay_inside_the_source(text: str, fmt: str) -> None:
    _check_offsets(normalise(text, fmt))


@_settings
@given(_greekish)
def test_each_token_maps_to_a_source_span_that_normalises_to_it(text: str) -> None:
    n = normalise(text)
    pos = 0
    for token in n.text.split():
        start = n.text.index(token, pos)
        pos = start + len(token)
        s, e = n.to_source(start, pos)
        assert normalise(n.source[s:e]).text == token


# --------------------------------------------------------------------------- astral chars, size


def test_astral_characters_keep_their_offsets() -> None:
    source = "Γεια\u200b 😀 σας, α\U0001D15Eβ"  # U+1D15E has a canonical decomposition and no composition
    n = normalise(source)
    assert n.text == "Γεια 😀 σας, α\U0001D157\U0001D165β"
    i = n.text.index("\U0001D157")
    j = source.index("\U0001D15E")
    assert n.to_source(i, i + 1) == n.to_source(i + 1, i + 2) == (j, j + 1)  # both halves -> the one char
    assert n.to_source(n.text.index("😀"), n.text.index("😀") + 1) == (source.index("😀"), source.index("😀") + 1)


_TRAPS = "Ο Δημoς Θερμαϊκού\u00a0και η Аθήνα: ανα-\nπτυξη, Δη\u00adμο\u200bτικό α\u0301ρθρο “Λέξη”  εδώ.\r\n"


def test_large_text_full_of_traps_is_exact() -> None:
    """2 MB of traps come out as the copies of one normalised line, offsets intact (speed is
    measured by benchmarks/throughput.py, not asserted here)."""
    copies = 2_000_000 // len(_TRAPS.encode())
    source = _TRAPS * copies
    n = normalise(source)
    one = normalise(_TRAPS).text
    assert n.text == "\n".join([one] * copies)
    assert n.offsets.itemsize == 4 and len(n.offsets) == len(n.text) + 1  # type: ignore[attr-defined]
    start = n.text.rindex("αναπτυξη")
    s, e = n.to_source(start, start + len("αναπτυξη"))
    assert source[s:e] == "ανα-\nπτυξη" and s == source.rindex("ανα-")


def test_invisible_and_space_scan_misses_no_plane():
    """The scan covers planes 0, 1 and 14 only: check against every code point of this Unicode."""
    import unicodedata

    from keryx.io.normalise import _invisible_and_spaces

    delete, spaces = _invisible_and_spaces()
    every = [chr(cp) for cp in range(0x110000)]
    cats = [unicodedata.category(c) for c in every]
    assert delete == {c for c, k in zip(every, cats) if k == "Cf" or (k == "Cc" and c not in "\n\t")}
    assert spaces == {c for c, k in zip(every, cats) if k == "Zs" and c != " "}


@pytest.mark.parametrize(
    "source, expected",
    [
        # paragraphs joined by a comma, as news exports store them: the comma becomes a line break
        ("Θα ανοίξει τον Ιούνιο.,«Είμαστε έτοιμοι», είπε.", "Θα ανοίξει τον Ιούνιο.\n«Είμαστε έτοιμοι», είπε."),
        ("Έφυγε για την Ισπανία.,Ακολουθεί η ανακοίνωση.", "Έφυγε για την Ισπανία.\nΑκολουθεί η ανακοίνωση."),
        ("Τέλος της ομιλίας».,Ο δήμαρχος απάντησε.", "Τέλος της ομιλίας».\nΟ δήμαρχος απάντησε."),
        ("στη Λάρισα,,Ο δήμαρχος", "στη Λάρισα\n\nΟ δήμαρχος"),
        # a period glued to the next sentence, a function word glued to a name: a space
        ("Νίκησε ο ΠΑΟΚ.Ο προπονητής χάρηκε.", "Νίκησε ο ΠΑΟΚ. Ο προπονητής χάρηκε."),
        ("Ταξίδεψε στηνΑθήνα με τουςΦίλους του.", "Ταξίδεψε στην Αθήνα με τους Φίλους του."),
        ("Μίλησε ο ΓιώργοςΠαπαδάκης στο συνέδριο.", "Μίλησε ο Γιώργος Παπαδάκης στο συνέδριο."),  # final sigma
        # final sigma before a lower-case letter too: "ς" is written only at a word's end
        ("Ο Στέλιος Καραγιάννηςυπέγραψε χθες τη σύμβαση.", "Ο Στέλιος Καραγιάννης υπέγραψε χθες τη σύμβαση."),
        ("Ο 2οςγύρος των αγώνων ξεκινά αύριο.", "Ο 2ος γύρος των αγώνων ξεκινά αύριο."),
        ("Η έκθεση της Πινακοθήκηςάνοιξε ξανά.", "Η έκθεση της Πινακοθήκης άνοιξε ξανά."),
        # a function word run into a number: no Greek word goes on in digits
        ("Η παράσταση ανεβαίνει στις20 Μαΐου στο θέατρο.", "Η παράσταση ανεβαίνει στις 20 Μαΐου στο θέατρο."),
        ("Το δίκτυο του5G δοκιμάζεται από τη1η Ιουνίου.", "Το δίκτυο του 5G δοκιμάζεται από τη 1η Ιουνίου."),
        # a function word right after a final sigma starts a word too, so both glues come apart
        ("Ο ΝίκοςστηνΑθήνα και ο ΠέτροςτηνΠάτρα.", "Ο Νίκος στην Αθήνα και ο Πέτρος την Πάτρα."),
        ("Οι εκλογές ήταν ξαφνικέςτη3η Μαΐου.", "Οι εκλογές ήταν ξαφνικές τη 3η Μαΐου."),
        # a Latin word with a digit is no Greek function word
        ("η αίθουσα o2 και το CO2", "η αίθουσα o2 και το CO2"),
        # a name run into its signed change in per cent (a market report): a space
        ("οι μετοχές: Αλφάδης+9,86%, ΔΕΛΤΑ+4,5% και Βήτα(-0,84% στα 2 ευρώ)",
         "οι μετοχές: Αλφάδης +9,86%, ΔΕΛΤΑ +4,5% και Βήτα (-0,84% στα 2 ευρώ)"),
        # the minute a substitute came on, run into his name: a space
        ("Σιδέρης (71΄Μαργαρίτης), Ντόκος (88'Ρέλλας)", "Σιδέρης (71΄ Μαργαρίτης), Ντόκος (88' Ρέλλας)"),
        # left alone: "ό,τι", a comma before a lower-case word, numbers, acronyms and initials
        ("το α΄Μέρος και η σειρά Β12'Α", "το α΄Μέρος και η σειρά Β12'Α"),
        ("αύξηση 5+5% και -3% φέτος", "αύξηση 5+5% και -3% φέτος"),
        ("ό,τι θέλει, λόγια,το", "ό,τι θέλει, λόγια,το"),
        ("1,,2 και 3.,4", "1,,2 και 3.,4"),
        ("η Ε.Ε.Κανείς και η Ένωση Α.μεΑ. της πΓΔΜ στο site.gr", "η Ε.Ε.Κανείς και η Ένωση Α.μεΑ. της πΓΔΜ στο site.gr"),
        ("η «Εφ.Συν.» και η «Καθ.Ημ.» γράφουν", "η «Εφ.Συν.» και η «Καθ.Ημ.» γράφουν"),
        ("τα ΑμεΑ και το ΣτΕ", "τα ΑμεΑ και το ΣτΕ"),
        # a function word before a lower-case letter may begin a longer word ("τον" in "τονίζει"),
        # unless it ends in final sigma; "ς΄" (a numeral) is no glued word
        ("Η δήμαρχος τονίζει την ανάγκη για στέγη.", "Η δήμαρχος τονίζει την ανάγκη για στέγη."),
        ("Οι μαθητές της ς΄ τάξης και τουςπέντε", "Οι μαθητές της ς΄ τάξης και τους πέντε"),
    ],
)
def test_text_joined_without_spaces_is_taken_apart(source: str, expected: str) -> None:
    n = normalise(source)
    assert n.text == expected
    assert normalise(n.text).text == n.text
    for word in n.text.split():  # every word still maps back to itself
        start = n.text.index(word)
        s, e = n.to_source(start, start + len(word))
        assert source[s:e] == word


@pytest.mark.parametrize("text, expected", [
    ("καλο\u0410\u0301x λόγος", "καλοΆχ λόγος"),  # a Cyrillic А with a combining accent inside a Greek word
    ("\u0410\u0301θήνα και P\u03ccδος", "Άθήνα και Ρόδος"),
    ("ο\u0301x", "όχ"),
])
def test_lookalikes_with_a_combining_accent_are_mapped_in_one_pass(text: str, expected: str) -> None:
    once = normalise(text)
    assert once.text == expected and normalise(once.text).text == once.text
    _check_offsets(once)


@pytest.mark.parametrize(
    "source, expected",
    [
        # a line break right after "κ.", "κα.", "κ.κ." before a name: a space (same length)
        ("Μίλησε ο υφυπουργός Υγείας κ.\nΠαπαδάκης για τα μέτρα.", "Μίλησε ο υφυπουργός Υγείας κ. Παπαδάκης για τα μέτρα."),
        ("Ευχαριστούμε την πρόεδρο κα.\nΕλένη Μάρκου.", "Ευχαριστούμε την πρόεδρο κα. Ελένη Μάρκου."),
        ("Παρόντες ήταν οι βουλευτές κ.κ.\nΑλεξίου και Δήμου.", "Παρόντες ήταν οι βουλευτές κ.κ. Αλεξίου και Δήμου."),
        # left alone: right after an article (the name is most often lost there), a next line that
        # opens with a word the text writes in lower case, a blank line, a lower-case line, a word
        # that merely ends in "κ."
        ("Τα είπε ο κ.\nΚορυφαία θέση έχει η ομάδα.", "Τα είπε ο κ.\nΚορυφαία θέση έχει η ομάδα."),
        ("Τα είπε ο υπουργός κ.\nΓια την οικονομία μίλησε για ώρα.",
         "Τα είπε ο υπουργός κ.\nΓια την οικονομία μίλησε για ώρα."),
        ("Τα είπε ο υπουργός κ.\nΠαράλληλα, έκανε και παράλληλα σχόλια.",
         "Τα είπε ο υπουργός κ.\nΠαράλληλα, έκανε και παράλληλα σχόλια."),
        ("Τα είπε ο υπουργός κ.\n\nΠαπαδάκης", "Τα είπε ο υπουργός κ.\n\nΠαπαδάκης"),
        ("Τα είπε ο υπουργός κ.\nκαι έφυγε", "Τα είπε ο υπουργός κ.\nκαι έφυγε"),
        ("Έπαιξε μπλακ.\nΠαπαδάκης", "Έπαιξε μπλακ.\nΠαπαδάκης"),
    ],
)
def test_a_line_break_after_an_honorific_is_a_space(source: str, expected: str) -> None:
    n = normalise(source)
    assert n.text == expected
    assert normalise(n.text).text == n.text
    assert len(n.text) == len(source)


@pytest.mark.parametrize(
    "source, expected",
    [
        # a line break right after a capital initial that follows an article or "και": a space
        ("Την απόφαση πήρε ο Β.\nΜαρινάκης χθες.", "Την απόφαση πήρε ο Β. Μαρινάκης χθες."),
        ("Ποινές στους Π. Λάμπρου και Τ.\nΔήμου.", "Ποινές στους Π. Λάμπρου και Τ. Δήμου."),
        ("«Ο Κ.\nΜητσοτάκης τα είπε όλα».", "«Ο Κ. Μητσοτάκης τα είπε όλα»."),
        # left alone: an initial after another word (a grade closes the sentence), a next line that
        # opens with a word the text writes in lower case, a number, a blank line
        ("Πήρε βαθμό Α.\nΣτοιχεία του υπουργείου.", "Πήρε βαθμό Α.\nΣτοιχεία του υπουργείου."),
        ("Στο λιμάνι ήταν ο Κ.\nΣτην τελετή ήρθαν όλοι στην ώρα τους.",
         "Στο λιμάνι ήταν ο Κ.\nΣτην τελετή ήρθαν όλοι στην ώρα τους."),
        ("Κατά το άρθρο 5 του Ν.\n4412/2016 ισχύει.", "Κατά το άρθρο 5 του Ν.\n4412/2016 ισχύει."),
        ("Την απόφαση πήρε ο Β.\n\nΜαρινάκης", "Την απόφαση πήρε ο Β.\n\nΜαρινάκης"),
    ],
)
def test_a_line_break_after_an_initial_is_a_space(source: str, expected: str) -> None:
    n = normalise(source)
    assert n.text == expected
    assert normalise(n.text).text == n.text
    assert len(n.text) == len(source)


_ABBREVIATED = abbreviations(read_honorifics())


def test_the_abbreviated_honorifics_are_those_of_the_table() -> None:
    """The pattern's forms come from honorifics.tsv: "κύριος", "κυρία" and "κύριοι" written short with a
    full stop, no other honorific ("Δρ.", "π.") and no form without one ("κα", "κκ")."""
    rows = read_honorifics()
    assert set(_ABBREVIATED) == {h.form for h in rows if h.canonical in (MISTER, MADAM, MESSRS) and h.form.endswith(".")}
    assert {"κ.", "κα.", "κ.κ.", "κκ."} <= set(_ABBREVIATED)
    assert not {"Δρ.", "π.", "Καθ.", "κα", "κκ", "κ"} & set(_ABBREVIATED)


@pytest.mark.parametrize("form", _ABBREVIATED)
def test_every_abbreviated_honorific_of_the_table_is_in_the_pattern(form: str) -> None:
    source = f"Στην εκδήλωση μίλησε ο αντιδήμαρχος {form}\nΠαπαδόπουλος για τα έργα."
    match = _HONORIFIC_BREAK.search(source)
    assert match is not None and match.group(2) == "Παπαδόπουλος"
    n = normalise(source)
    assert n.text == source.replace("\n", " ") and len(n.text) == len(source)


@pytest.mark.parametrize("form", [h.form for h in read_honorifics() if h.form not in _ABBREVIATED])
def test_no_other_honorific_form_is_in_the_pattern(form: str) -> None:
    assert _HONORIFIC_BREAK.search(f"Στην εκδήλωση μίλησε ο αντιδήμαρχος {form}\nΠαπαδόπουλος.") is None


@pytest.mark.parametrize("text, expected", [
    ("Έγραψε στο Τwitter ότι θα έρθει.", "Έγραψε στο Twitter ότι θα έρθει."),  # a Greek capital Τ
    ("Το σύστημα ΕTS της Ένωσης", "Το σύστημα ETS της Ένωσης"),
    ("η εκστρατεία για το ΑΙDS", "η εκστρατεία για το AIDS"),
    ("το κίνημα ΜeΤoo", "το κίνημα MeToo"),
    ("Oι αρχές του ΚΚΕ", "Οι αρχές του ΚΚΕ"),  # twins alone: the word stays Greek
    ("η ΑΚP και η NBA", "η ΑΚΡ και η NBA"),
])
def test_greek_lookalikes_in_a_latin_word_are_latin(text: str, expected: str) -> None:
    once = normalise(text)
    assert once.text == expected and normalise(once.text).text == once.text
    _check_offsets(once)

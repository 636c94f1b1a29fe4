"""Year resolution: the year of writing ("ε.ε.", "τρέχοντος έτους"), and the years the text names."""

from __future__ import annotations

import datetime as dt

import pytest
from keryx.dates.finder import find_dates


@pytest.mark.parametrize(
    "text, surface, date",
    [
        # "ε.ε." (ενεστώτος έτους): the one year the text's full dates name, however far
        ("Η Γενική Συνέλευση της 12ης Μαρτίου ε.ε. όρισε εκλογές για τις 8 Νοεμβρίου 2025.", "12ης Μαρτίου",
         "2025-03-12"),
        ("Από 10 Ιανουαρίου του τρέχοντος έτους έως 30.09.2023 ισχύει η παράταση.", "10 Ιανουαρίου",
         "2023-01-10"),
        # "φέτος" (this year) right after the day
        ("Η πλατφόρμα άνοιξε στις 3 Απριλίου 2024 και η δεύτερη φάση ξεκινά στις 9 Οκτωβρίου φέτος.",
         "9 Οκτωβρίου", "2024-10-09"),
    ],
)
def test_the_year_of_writing_is_the_one_year_the_text_names(text: str, surface: str, date: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == surface)
    assert (m.date, m.warnings) == (date, [])


def test_the_year_of_writing_is_the_publication_year() -> None:
    m = next(m for m in find_dates("Η προθεσμία της 20ής Ιανουαρίου τ.ε. παρατείνεται.", dt.date(2022, 11, 3)))
    assert (m.text, m.date) == ("20ής Ιανουαρίου", "2022-01-20")


def test_this_year_without_a_year_in_the_text_stays_open() -> None:
    m = next(m for m in find_dates("Η δεύτερη φάση ξεκινά στις 9 Οκτωβρίου φέτος.", None))
    assert (m.text, m.date, m.warnings) == ("9 Οκτωβρίου", None, ["year unknown: '9 Οκτωβρίου'"])


def test_the_year_of_writing_stays_open_when_the_text_names_several() -> None:
    text = "Τα στοιχεία του 15.12.2021 και η εγκύκλιος της 4ης Φεβρουαρίου ε.ε. ισχύουν έως 31.03.2022."
    m = next(m for m in find_dates(text, None) if m.text == "4ης Φεβρουαρίου")
    assert m.date is None and m.warnings == ["year unknown: '4ης Φεβρουαρίου'"]


def test_one_of_several_years_puts_the_date_near_a_full_date() -> None:
    # 2019 and 2020 are named; only 2019 puts 12 November within a season of 15.01.2020
    text = "Η ρύθμιση του Μαρτίου 2019 ανακοινώθηκε στις 12 Νοεμβρίου και ισχύει από 15.01.2020."
    found = [(m.text, m.date, m.date_end, m.warnings) for m in find_dates(text, None)]
    assert found == [("Μαρτίου 2019", "2019-03", None, []), ("12 Νοεμβρίου", "2019-11-12", None, []),
                     ("15.01.2020", "2020-01-15", None, [])]


@pytest.mark.parametrize(
    "text, yearless",
    [
        # 20 December 2019 is near 01.11.2019, but 20 December 2020 (a year not named) is as near 01.02.2021
        ("Οι αιτήσεις της 01.11.2019 και της 01.02.2021 εξετάζονται στις 20 Δεκεμβρίου.", "20 Δεκεμβρίου"),
        # both named years put 10 May near one of their full dates
        ("Οι εκθέσεις της 5ης Μαΐου 2020 και της 3ης Μαΐου 2021 συνεχίζονται στις 10 Μαΐου.", "10 Μαΐου"),
        # the month's year is not the first the text writes: a later year it looks ahead to
        ("Η γιορτή του 2022 πέτυχε. Η επόμενη θα γίνει τον Μάιο του 2023. Φέτος έληξε στις 8 Μαΐου.",
         "8 Μαΐου"),
        # the month is named with two years
        ("Τον Απρίλιο του 2020 και τον Απρίλιο του 2021 έκλεισαν τα σχολεία, ξανά στις 6 Απριλίου.",
         "6 Απριλίου"),
        # another month's year says nothing about this month's day
        ("Τον Ιούνιο του 2020 άνοιξαν οι παραλίες, στις 3 Αυγούστου οι ξενοδόχοι μέτρησαν.", "3 Αυγούστου"),
    ],
    ids=["anchors-several-fit", "anchors-two-years-fit", "month-year-not-first", "month-two-years",
         "other-month"],
)
def test_a_year_that_cannot_be_told_leaves_the_day_open(text: str, yearless: str) -> None:
    """Neither the full dates (several years fit) nor a month's year (not the text's first, named
    twice, or another month's) can tell the year: the day stays open, with a warning."""
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert m.date is None and m.warnings == [f"year unknown: '{yearless}'"]


def test_a_month_named_with_its_year_gives_that_year_to_its_days() -> None:
    # the text is about March 2018 (its first year); its days of March are in that March
    text = ("Ο Μάρτιος του 2018 ήταν ο πιο βροχερός της δεκαετίας. Οι πλημμύρες της 11ης, 12ης "
            "Μαρτίου έκλεισαν σχολεία.")
    found = [(m.text, m.date, m.warnings) for m in find_dates(text, None)]
    assert found == [("Μάρτιος του 2018", "2018-03", []), ("11ης", "2018-03-11", []),
                     ("12ης Μαρτίου", "2018-03-12", [])]


def test_a_date_between_two_full_dates_less_than_a_year_apart_takes_the_year_between() -> None:
    text = ("Η άδεια δόθηκε στις 14 Ιουνίου 2021. Στις 2 Φεβρουαρίου ο δήμος ζήτησε στοιχεία "
            "και στις 20 Απριλίου 2022 την ανακάλεσε.")
    found = [(m.text, m.date) for m in find_dates(text, None)]
    assert ("2 Φεβρουαρίου", "2022-02-02") in found


@pytest.mark.parametrize(
    "text, yearless",
    [
        # its neighbours are more than a year apart: the story may not run in order
        ("Η άδεια δόθηκε στις 14 Ιουνίου 2020. Στις 2 Φεβρουαρίου ο δήμος ζήτησε στοιχεία "
         "και στις 20 Ιουλίου 2022 την ανακάλεσε.", "2 Φεβρουαρίου"),
        # no year puts it between them
        ("Η άδεια δόθηκε στις 14 Ιουνίου 2021. Στις 9 Μαΐου ο δήμος ζήτησε στοιχεία "
         "και στις 20 Απριλίου 2022 την ανακάλεσε.", "9 Μαΐου"),
    ],
)
def test_a_date_between_full_dates_stays_open_when_no_single_year_lies_between(
        text: str, yearless: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert m.date is None


@pytest.mark.parametrize(
    "text, yearless, date",
    [
        # "του 2023" in the headline frames the story told under it
        ("Η μεγαλύτερη πανσέληνος του 2023\nΤο φαινόμενο θα είναι ορατό από όλη τη χώρα. "
         "Η επόμενη πανσέληνος θα φανεί στις 29 Σεπτεμβρίου.", "29 Σεπτεμβρίου", "2023-09-29"),
        # the lead's "μέσα στο 2021", and a range takes it at both ends
        ("Ακυρώνεται το φεστιβάλ της Πάτρας\nΟι διοργανωτές του φεστιβάλ που θα γινόταν μέσα στο 2021 "
         "ανακοίνωσαν την ακύρωση. Επρόκειτο να διεξαχθεί 12-15 Ιουλίου στο κάστρο.", "12-15 Ιουλίου",
         "2021-07-12/2021-07-15"),
        # a month named with its year in the headline; another month's day, on its weekday
        ("Δημοτικές εκλογές τον Οκτώβριο του 2023\nΟι κάλπες ανοίγουν νωρίς το πρωί.\n"
         "Ο δεύτερος γύρος θα γίνει την Κυριακή 5 Νοεμβρίου.", "Κυριακή 5 Νοεμβρίου", "2023-11-05"),
        # a yearly happening named by its edition in the headline (8 June 2027 is a Tuesday)
        ("Ραδιομαραθώνιος 2027: Οι πρώτες δηλώσεις συμμετοχής\nΟι σύλλογοι της πόλης ετοιμάζονται. "
         "Η πρώτη βραδιά είναι την Τρίτη 8 Ιουνίου.", "Τρίτη 8 Ιουνίου", "2027-06-08"),
        # a Latin name's edition, a range of days after it
        ("Η Skoda στην έκθεση Auto Expo 2025\nΗ εταιρεία συμμετέχει με δύο περίπτερα. "
         "Οι πόρτες ανοίγουν από τις 3 έως τις 8 Οκτωβρίου.", "3 έως τις 8 Οκτωβρίου", "2025-10-03/2025-10-08"),
    ],
    ids=["headline-genitive", "lead-within-range", "headline-month", "headline-edition", "headline-edition-range"],
)
def test_a_news_headline_frames_the_year_of_its_story(text: str, yearless: str, date: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert ("/".join(filter(None, (m.date, m.date_end))), m.warnings) == (date, [])


@pytest.mark.parametrize(
    "text, yearless",
    [
        # "το 2030" is a year looked ahead to, no frame
        ("Η πόλη το 2030 σύμφωνα με τον δήμαρχο\nΟ δήμαρχος παρουσίασε το σχέδιο. "
         "Η διαβούλευση κλείνει στις 14 Μαρτίου.", "14 Μαρτίου"),
        # the date's own paragraph is about another year
        ("Η λειψυδρία του 2024\nΤα αποθέματα νερού μειώθηκαν μέσα στο 2024.\n"
         "Η σύμβαση του 2015 με τον δήμο έληγε στις 30 Ιουνίου.", "30 Ιουνίου"),
        # headline and lead name two years
        ("Ο προϋπολογισμός του 2024\nΤο έλλειμμα του 2023 καλύφθηκε. Η ψήφιση ορίστηκε στις 18 Δεκεμβρίου.",
         "18 Δεκεμβρίου"),
        # a first line that ends with a full stop is no headline
        ("Η έκθεση του 2022 έκλεισε.\nΟι επισκέπτες ξεπέρασαν τις δέκα χιλιάδες. Νέα έκθεση στις 3 Μαΐου.",
         "3 Μαΐου"),
        # the weekday does not fall on that day of the frame's year (5 April 2022 is a Tuesday)
        ("Η έκθεση βιβλίου του 2022\nΟι εκδότες ετοιμάζονται. Τα εγκαίνια θα γίνουν τη Δευτέρα 5 Απριλίου.",
         "Δευτέρα 5 Απριλίου"),
        # a function word before the year makes no edition ("Από 2019" is a time, not a name)
        ("Από 2019 οι αλλαγές στις συντάξεις\nΟ υπουργός μίλησε στη Βουλή. Η ψήφιση ορίστηκε στις 18 Δεκεμβρίου.",
         "18 Δεκεμβρίου"),
        # a name's edition in the lead only: a source the story cites, no frame
        ("Νέα στοιχεία για τη φτώχεια\nΤα καταγράφει η Ετήσια Έκθεση Ευημερίας 2024 του ινστιτούτου.\n"
         "Η παρουσίασή της θα γίνει στις 30 Ιουνίου.", "30 Ιουνίου"),
        # a season written across two years is no one edition
        ("Κύπελλο 2024/25: Η κλήρωση των ομίλων\nΟι ομάδες περιμένουν. Ο πρώτος αγώνας είναι στις 7 Σεπτεμβρίου.",
         "7 Σεπτεμβρίου"),
    ],
    ids=["looked-ahead", "paragraph-other-year", "two-years", "no-headline", "weekday", "function-word",
         "lead-edition", "season"],
)
def test_a_headline_year_is_not_taken_without_a_frame_or_against_the_paragraph(text: str, yearless: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert m.date is None and m.warnings == [f"year unknown: '{yearless}'"]


@pytest.mark.parametrize(
    "text, yearless, date",
    [
        # a season's edition named with its year, then its days in the same paragraph
        ("Ο δήμος δημοσίευσε το πρόγραμμα του Φεστιβάλ Νεολαίας 2024, με την έναρξη στις 14 Ιουνίου "
         "στο παλιό λιμάνι.", "14 Ιουνίου", "2024-06-14"),
        # the year as the paragraph's subject, a range after it in the next sentence, both ends
        ("Στο πρώτο θέμα, ο αγώνας έληξε ισόπαλος.\nΤο 2026 θα είναι γεμάτο. Το τουρνουά της Ρόδου "
         "γίνεται από 5 έως 9 Μαΐου.", "5 έως 9 Μαΐου", "2026-05-05/2026-05-09"),
        # "για το 2025" frames the calendar; the day falls on its weekday (16 May 2025 is a Friday)
        ("Η ομοσπονδία αλλάζει το καλαντάρι για το 2025. Η συνάντηση της Λάρισας μεταφέρεται "
         "την Παρασκευή 16 Μαΐου.", "Παρασκευή 16 Μαΐου", "2025-05-16"),
    ],
    ids=["edition", "subject-next-sentence", "weekday-fits"],
)
def test_a_paragraph_that_names_one_year_before_its_days_gives_them_that_year(
        text: str, yearless: str, date: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert ("/".join(filter(None, (m.date, m.date_end))), m.warnings) == (date, [])


@pytest.mark.parametrize(
    "text, yearless",
    [
        # a genitive year dates another thing: the contract, not the paragraph's story
        ("Σύμφωνα με τη σύμβαση του 2015 με την περιφέρεια, η λειτουργία σταματά στις 30 Ιουνίου.",
         "30 Ιουνίου"),
        # a month's own year is a date of its own, left to the anchors
        ("Τον Μάρτιο του 2023 ο οίκος υποβάθμισε τη χώρα. Η επόμενη αξιολόγηση είναι στις 21 Οκτωβρίου.",
         "21 Οκτωβρίου"),
        # the year comes only after the day: a year looked ahead to
        ("Οι παραγγελίες ανοίγουν στις 25 Νοεμβρίου και τα πρώτα κομμάτια φτάνουν στις αρχές του 2027.",
         "25 Νοεμβρίου"),
        # two years in the paragraph
        ("Το 2019 η ομάδα έχασε τον τελικό, το 2021 τον κέρδισε. Ο φετινός γίνεται στις 12 Μαΐου.",
         "12 Μαΐου"),
        # the year is in another paragraph
        ("Η διοργάνωση του 2022 είχε ρεκόρ συμμετοχής.\nΟ νέος αγώνας γίνεται στις 3 Απριλίου.",
         "3 Απριλίου"),
        # the weekday does not fall on that day of the year (5 May 2025 is a Monday)
        ("Το πρόγραμμα για το 2025 είναι έτοιμο. Η πρεμιέρα ορίστηκε για την Τρίτη 5 Μαΐου.",
         "Τρίτη 5 Μαΐου"),
    ],
    ids=["genitive", "month-year", "year-after", "two-years", "other-paragraph", "weekday"],
)
def test_a_paragraph_year_is_not_taken_from_a_genitive_a_month_or_after_the_day(text: str, yearless: str) -> None:
    m = next(m for m in find_dates(text, None) if m.text == yearless)
    assert m.date is None and m.warnings == [f"year unknown: '{yearless}'"]


@pytest.mark.parametrize(
    "text, surface, date, date_end",
    [
        # an English date (an embedded tweet's) is a full date like any other: it lends its year
        ("Η ανάρτηση του υπουργού: «Stay home» April 7, 2024. Από την 31η Ιανουαρίου ισχύουν τα μέτρα.",
         "31η Ιανουαρίου", "2024-01-31", None),
        # a day/month in digits after the article takes the year of the text's full dates
        ("Τα συμβόλαια λήγουν στις 31 Ιουλίου 2024, ενώ από τις 29/5 έως τις 11/6 γίνονται οι προπονήσεις.",
         "29/5 έως τις 11/6", "2024-05-29", "2024-06-11"),
        ("Η Ομοσπονδία όρισε την 1η Μαρτίου 2023 και τα πλέι οφ θα γίνουν στις 6 και 9/4.",
         "6 και 9/4", "2023-04-06", "2023-04-09"),
    ],
)
def test_english_and_numeric_dates_take_and_lend_the_texts_year(text: str, surface: str, date: str,
                                                                date_end: str | None) -> None:
    m = next(m for m in find_dates(text, None) if m.text == surface)
    assert (m.date, m.date_end) == (date, date_end)


@pytest.mark.parametrize("text", ["Οι προπονήσεις ξεκινούν στις 29/5.", "Η κλήρωση έγινε την 1/4 στην Αθήνα."])
def test_a_numeric_day_month_without_a_year_in_the_text_stays_open(text: str) -> None:
    [m] = find_dates(text, None)
    assert m.date is None and m.warnings[0].startswith("year unknown")


@pytest.mark.parametrize(
    "text, surface, year_from",
    [
        # the paragraph's one year: marked, so that the events read it as the weaker evidence it is
        ("Στο πρώτο θέμα, ο αγώνας έληξε ισόπαλος.\nΤο 2026 θα είναι γεμάτο. Το τουρνουά της Ρόδου "
         "γίνεται από 5 έως 9 Μαΐου.", "5 έως 9 Μαΐου", "paragraph"),
        # a date whose year rests on that one (the paragraph's date anchors it) is as weak
        ("Νέα από τους συλλόγους\nΗ ομάδα έπαιξε καλά.\nΟ σύλλογος ετοίμασε το πρόγραμμα 2026 για τη "
         "νεολαία. Η συναυλία θα γίνει στις 14 Ιουνίου.\nΗ έκθεση ανοίγει στις 20 Ιουνίου.",
         "20 Ιουνίου", "paragraph"),
        # a date that writes its own year, or takes it from the text's full dates, is not
        ("Ο δήμος δημοσίευσε το πρόγραμμα του Φεστιβάλ Νεολαίας 2024, με την έναρξη στις 14 Ιουνίου 2024.",
         "14 Ιουνίου 2024", None),
        ("Η αίτηση κατατίθεται έως 3 Μαρτίου 2025. Η κλήρωση γίνεται στις 10 Μαρτίου.",
         "10 Μαρτίου", None),
        # a weekday that falls on the day in the paragraph's year vouches for that year (5 May 2026
        # is a Tuesday), directly or through the paragraph's date it rests on (19 June 2026 is a Friday)
        ("Στο πρώτο θέμα, ο αγώνας έληξε ισόπαλος.\nΤο 2026 θα είναι γεμάτο. Το τουρνουά της Ρόδου "
         "αρχίζει την Τρίτη 5 Μαΐου.", "Τρίτη 5 Μαΐου", None),
        ("Νέα από τους συλλόγους\nΗ ομάδα έπαιξε καλά.\nΟ σύλλογος ετοίμασε το πρόγραμμα 2026 για τη "
         "νεολαία. Η συναυλία θα γίνει στις 14 Ιουνίου.\nΗ έκθεση ανοίγει την Παρασκευή 19 Ιουνίου.",
         "Παρασκευή 19 Ιουνίου", None),
    ],
    ids=["paragraph", "chained", "own-year", "anchored", "weekday", "chained-weekday"],
)
def test_a_date_whose_year_is_only_the_paragraphs_says_so(text: str, surface: str, year_from: str | None) -> None:
    m = next(m for m in find_dates(text, None) if m.text == surface)
    assert m.date is not None and m.year_from == year_from


@pytest.mark.parametrize(
    "digits, year",
    [("2019", 2019), ("1897", 1897), ("95", 1995), ("86", 1986), ("31", 1931), ("21", 2021), ("05", 2005)],
)
def test_a_year_after_an_apostrophe_is_the_century_its_reader_takes_for_granted(digits: str, year: int) -> None:
    from keryx.dates.resolve import written_year

    assert written_year(digits) == year


def test_a_two_digit_year_after_an_apostrophe_lends_the_text_its_year() -> None:
    """"του '95" is a full date: the text's year-less days near it take its year."""
    text = "Ο τελικός της 14 Ιουνίου του '95 κρίθηκε στο Χιούστον. Ο πρώτος αγώνας ήταν στις 7 Ιουνίου."
    assert [(m.text, m.date) for m in find_dates(text, None)] == [
        ("14 Ιουνίου του '95", "1995-06-14"), ("7 Ιουνίου", "1995-06-07")]

"""Each date rule on its own: a DateFinder with only that rule, on Greek examples.

Adding a date format means a new rule in keryx/dates/rules/ and its rows here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from keryx.dates.finder import DateFinder
from keryx.dates.rules import RULES, DateRule, rule_named

PUB = dt.date(2024, 4, 18)  # a Thursday

# rule name -> (text, surface, date, date_end)
EXAMPLES: dict[str, list[tuple[str, str, str | None, str | None]]] = {
    "day_range_text": [
        ("το φεστιβάλ από 3 έως 5 Μαΐου 2024", "3 έως 5 Μαΐου 2024", "2024-05-03", "2024-05-05"),
        ("ΑΠΟ 28 ΔΕΚΕΜΒΡΙΟΥ ΕΩΣ 3 ΙΑΝΟΥΑΡΙΟΥ 2025", "28 ΔΕΚΕΜΒΡΙΟΥ ΕΩΣ 3 ΙΑΝΟΥΑΡΙΟΥ 2025",
         "2024-12-28", "2025-01-03"),
        ("τις ημέρες 2, 3 και 4 Ιουνίου", "2, 3 και 4 Ιουνίου", "2024-06-02", "2024-06-04"),
        ("Παρασκευή 10 – Κυριακή 12 Μαΐου", "Παρασκευή 10 – Κυριακή 12 Μαΐου", "2024-05-10", "2024-05-12"),
    ],
    "date_range_numeric": [
        ("αιτήσεις 2/5 - 9/5/2024 στο δημαρχείο", "2/5 - 9/5/2024", "2024-05-02", "2024-05-09"),
        ("από 20.04.2024 έως 30.04.2024", "20.04.2024 έως 30.04.2024", "2024-04-20", "2024-04-30"),
    ],
    "day_range_numeric": [
        ("η έκθεση διαρκεί 13-18/03/2022 στο λιμάνι", "13-18/03/2022", "2022-03-13", "2022-03-18"),
        ("εγγραφές από 2 έως 9.5.2024 στη γραμματεία", "2 έως 9.5.2024", "2024-05-02", "2024-05-09"),
        ("Δευτέρα 13 – Παρασκευή 17/3/2023", "Δευτέρα 13 – Παρασκευή 17/3/2023", "2023-03-13", "2023-03-17"),
    ],
    "day_list": [
        # every day of a comma list is a date of its own; the last day is day_month's
        ("ζέστη ρεκόρ την 14η, 15η Ιουλίου", "14η", "2024-07-14", None),
        ("συνεδριάσεις στις 9, 10 Οκτωβρίου 2023", "9", "2023-10-09", None),
    ],
    "day_month": [
        ("Η ημερίδα της 25ης Μαρτίου 2023 στη Λάρισα", "25ης Μαρτίου 2023", "2023-03-25", None),
        # the year after the day with the neuter article, as Greek tells a past day
        ("Στις 28 Οκτωβρίου το 1940 η χώρα", "28 Οκτωβρίου το 1940", "1940-10-28", None),
        ("Την 3η Μαΐου, το 2011, άνοιξε", "3η Μαΐου, το 2011", "2011-05-03", None),
        ("ΤΕΤΑΡΤΗ 24 ΑΠΡΙΛΙΟΥ", "ΤΕΤΑΡΤΗ 24 ΑΠΡΙΛΙΟΥ", "2024-04-24", None),
        ("ξεκινά στις 2 Σεπτ. του 2024", "2 Σεπτ. του 2024", "2024-09-02", None),
        ("γιορτή στις 15 Αυγούστου", "15 Αυγούστου", "2024-08-15", None),
        ("λήγει στις 5 Δεκεμβρίου του έτους 2021", "5 Δεκεμβρίου του έτους 2021", "2021-12-05", None),
        # the ordinal suffix typed apart from the day
        ("η συνεδρίαση της 9 ης Οκτωβρίου 2022", "9 ης Οκτωβρίου 2022", "2022-10-09", None),
        ("ανοίγει την 3 η Μαρτίου", "3 η Μαρτίου", "2024-03-03", None),
        # the ordinal of δευτέρα: "2α", "2ας", "22ας"
        ("η γιορτή της 2ας Μαρτίου του 2016 αναβλήθηκε", "2ας Μαρτίου του 2016", "2016-03-02", None),
        ("η προθεσμία λήγει την 22α Ιουνίου", "22α Ιουνίου", "2024-06-22", None),
        # a year by its last two digits after an apostrophe
        ("ο τελικός της 14 Ιουνίου του '95 στο Χιούστον", "14 Ιουνίου του '95", "1995-06-14", None),
        ("γεννήθηκε στις 3 Μαΐου του ’21", "3 Μαΐου του ’21", "2021-05-03", None),
        # an embedded post's date; a fixture list's time glued on after the year's comma
        ("Μια ανάρτηση που κοινοποιήθηκε στις 13 Απρ, 2020 στις 5:18 πμ", "13 Απρ, 2020", "2020-04-13", None),
        ("Παρασκευή 13 Μαρτίου 2020,18.00: ημιτελικός", "Παρασκευή 13 Μαρτίου 2020", "2020-03-13", None),
    ],
    "numeric_date": [
        ("Ηράκλειο, 17/04/2024", "17/04/2024", "2024-04-17", None),
        ("με την υπ' αριθ. απόφαση της 3-1-24", "3-1-24", "2024-01-03", None),
        ("Τρίτη 16.4.2024", "Τρίτη 16.4.2024", "2024-04-16", None),
        ("σύμφωνα με την εγκύκλιο 12345/7-2-2024 του υπουργείου", "7-2-2024", "2024-02-07", None),
        ("ΦΕΚ 321/15.3.2023 τ. Β'", "15.3.2023", "2023-03-15", None),
        ("η απόφαση Δ1/5678/30-11-2022", "30-11-2022", "2022-11-30", None),
        # a page's time stamp glued to the words around it, in its full shape
        ("Συγκλονίζει η κατάθεση του μάρτυρα05.12.2018Η τοπική κοινωνία", "05.12.2018", "2018-12-05", None),
        # a quoted document of the 19th century
        ("όπως έγραφε η εφημερίδα (5/4/1897) για τον πόλεμο", "5/4/1897", "1897-04-05", None),
    ],
    "iso_date": [
        ("δημοσιεύθηκε 2024-04-02 στον ιστότοπο", "2024-04-02", "2024-04-02", None),
        ("ενημερώθηκε 2024-04-02T09:15:00+03:00 από", "2024-04-02T09:15:00+03:00", "2024-04-02", None),
    ],
    "rfc_date": [
        ("Νέα ανακοίνωση\nThu, 18 Apr 2024 10:00:00 GMT\n", "Thu, 18 Apr 2024 10:00:00 GMT", "2024-04-18", None),
        ("pubDate: 2 May 2024 08:30 +0300", "2 May 2024 08:30 +0300", "2024-05-02", None),
    ],
    "english_date": [
        # an embedded tweet ends with its date in English
        ("Ευχαριστούμε όλους! pic.twitter.com/abc123 April 17, 2024 Η ανακοίνωση", "April 17, 2024",
         "2024-04-17", None),
        ("όπως έγραψε: «signed on 3 March 2023»", "3 March 2023", "2023-03-03", None),
        ("the 1st of June, 2022 meeting", "1st of June, 2022", "2022-06-01", None),
    ],
    "numeric_day_month": [
        ("οι προπονήσεις από τις 29/5 έως τις 11/6", "29/5 έως τις 11/6", "2024-05-29", "2024-06-11"),
        ("το τουρνουά στις 2-11/9 του 2022 στη Ρώμη", "2-11/9 του 2022", "2022-09-02", "2022-09-11"),
        ("οι αγώνες στις 6 και 9/5 στο κλειστό", "6 και 9/5", "2024-05-06", "2024-05-09"),
        ("η κλήρωση έγινε την 1/4 στην Αθήνα", "1/4", "2024-04-01", None),
    ],
    "paren_day_month": [
        # a day and month closed alone in brackets gloss the day of what is named before them
        ("η ημερίδα του δήμου (16/5) στο δημαρχείο", "16/5", "2024-05-16", None),
        ("ο αγώνας στη Λάρισα (5.2) με κόσμο", "5.2", "2024-02-05", None),
        ("το τουρνουά στο Βόλο (13-15.6) τελειώνει", "13-15.6", "2024-06-13", "2024-06-15"),
        ("η έκθεση ( 29/9 – 4/10 ) στο λιμάνι", "29/9 – 4/10", "2024-09-29", "2024-10-04"),
    ],
    "weekday_day_month": [
        ("η συναυλία το Σάββατο (20/4) στην πλατεία", "Σάββατο (20/4)", "2024-04-20", None),
        ("την ερχόμενη Τρίτη 23/4 στις 10", "ερχόμενη Τρίτη 23/4", "2024-04-23", None),
    ],
    "month_list": [
        # the months before the last "και" pair each a date of that year
        ("για τους μήνες Ιούλιο, Αύγουστο και Σεπτέμβριο 2023 θα", "Ιούλιο", "2023-07", None),
        ("τον Ιανουάριο, τον Φεβρουάριο και τον Μάρτιο του 2022", "Ιανουάριο", "2022-01", None),
    ],
    "month_year": [
        ("έως τον Ιούνιο του 2025 θα ολοκληρωθεί", "Ιούνιο του 2025", "2025-06", None),
        ("ΔΕΚΕΜΒΡΙΟΣ 2023", "ΔΕΚΕΜΒΡΙΟΣ 2023", "2023-12", None),
        ("τον Μάιο του έτους 2022 έπεσε", "Μάιο του έτους 2022", "2022-05", None),
        ("το διάστημα Ιουλίου - Σεπτεμβρίου του έτους 2021", "Ιουλίου - Σεπτεμβρίου του έτους 2021",
         "2021-07", "2021-09"),
        ("στην εξεταστική Μαΐου/Ιουνίου 2023 θα", "Μαΐου/Ιουνίου 2023", "2023-05", "2023-06"),
        ("από τον Μάρτιο έως τον Ιούνιο του 2025", "Μάρτιο έως τον Ιούνιο του 2025", "2025-03", "2025-06"),
        ("την περίοδο Δεκεμβρίου - Ιανουαρίου 2024", "Δεκεμβρίου - Ιανουαρίου 2024", "2023-12", "2024-01"),
        ("τον Οκτώβριο και τον Νοέμβριο 2024", "Οκτώβριο και τον Νοέμβριο 2024", "2024-10", "2024-11"),
        ("ο γάμος έγινε τον Δεκέμβριο του '86, στην Αθήνα", "Δεκέμβριο του '86", "1986-12", None),
        ("τον μήνα Ιούλιο και τον μήνα Αύγουστο του 2023", "Ιούλιο και τον μήνα Αύγουστο του 2023",
         "2023-07", "2023-08"),
        ("το καλοκαίρι, τον Ιούλιο του ’68", "Ιούλιο του ’68", "1968-07", None),
    ],
    "relative_day": [
        ("Η συνέντευξη Τύπου δόθηκε χθες", "χθες", "2024-04-17", None),
        ("ΑΥΡΙΟ η κλήρωση", "ΑΥΡΙΟ", "2024-04-19", None),
        ("μεθαύριο στο Βόλο", "μεθαύριο", "2024-04-20", None),
    ],
    "relative_weekday": [
        ("την ερχόμενη Δευτέρα θα ανοίξει", "ερχόμενη Δευτέρα", "2024-04-22", None),
        ("την περασμένη Πέμπτη", "περασμένη Πέμπτη", "2024-04-11", None),
    ],
    "relative_period": [
        ("μέσα στον επόμενο μήνα", "επόμενο μήνα", "2024-05", None),
        ("την περασμένη εβδομάδα", "περασμένη εβδομάδα", "2024-04-08", "2024-04-14"),
    ],
}

# rule name -> texts that look like the rule's format but are not dates
NOT_DATES: dict[str, list[str]] = {
    "day_range_text": ["από 3 Μαΐου και 5 Ιουνίου", "σε 40 έως 45 Μαΐου"],
    "date_range_numeric": ["σκορ 3/5 - 5/5/3", "31/02 - 5/03/2024"],
    "day_range_numeric": ["στις 18-13/03/2022", "από 3-5-3-2022", "στις 5-31/02/2024", "σκορ 2-3/4/5"],
    "day_list": ["αύξηση 2,5 Μαΐου", "σε 40, 45 Μαΐου", "τις 3, 4 και 5 Μαΐου"],
    "day_month": ["σε 45 Μαΐου", "μέρα 0 Μαΐου", "ο Μάιος είναι ωραίος"],
    "numeric_date": ["ν. 4412/2016", "31/02/2019", "IP 192.168.1.1", "αρ. 1/4/10/2019", "αρ. 123/4-5-21",
                     "κωδικός Α1/2/2020", "σειρά ΑΒ5.3.21", "έτος 1/1/1799"],
    "iso_date": ["κωδικός 2024-13-01", "τμήμα 0999-10-10"],
    "rfc_date": ["Mon, 31 Feb 2024", "στις 18 Απρ 2024", "mayday 18 April"],
    "english_date": ["May 2020", "in April 17 points", "February 30, 2024", "on May 5th"],
    "numeric_day_month": ["στις 18.30 θα αρχίσει", "τα 3/4 των μελών", "ψήφισαν 3/5", "στις 3/4/5",
                          "στις 40/5", "στις 5/13", "στις 9-3/4"],
    "paren_day_month": ["πλειοψηφία (2/13)", "ώρα (19.00)", "ποσοστό (40/5)", "κωδικός (3/4/5)",
                        "σκορ (5-3)", "στα (3.5 εκ.)", "τα (9-3/4)"],
    "month_list": ["Δεκέμβριο, Ιανουάριο και Φεβρουάριο 2021", "τον Μάιο, όταν ήρθε, και τον Ιούνιο 2020",
                   "Μάιο, Ιούνιο και Ιούλιο"],
    "weekday_day_month": ["νίκη 2/5 την Κυριακή", "Τρίτη 2/55", "Δευτέρα 45/4"],
    "month_year": ["το 2019", "Μάιος 3000", "τη δεκαετία του '90", "Μάιος 2020,5"],
    "relative_day": ["αυριανός", "σημερινή"],
    "relative_weekday": ["η επόμενη Τριτοβάθμια", "την περασμένη φορά"],
    "relative_period": ["η επόμενη μέρα", "την επόμενη φορά"],
}


def _only(rule: type[DateRule]) -> DateFinder:
    return DateFinder(rules=[rule])


def test_every_rule_has_examples_and_a_unique_name() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert set(names) == set(EXAMPLES) == set(NOT_DATES)


@pytest.mark.parametrize(
    "rule, text, surface, date, date_end",
    [(rule, *row) for rule, rows in EXAMPLES.items() for row in rows],
)
def test_rule_alone_reads_its_examples(rule: str, text: str, surface: str, date: str | None,
                                       date_end: str | None) -> None:
    found = _only(rule_named(rule)).find(text, PUB)
    assert [(m.text, m.date, m.date_end) for m in found] == [(surface, date, date_end)]
    assert text[found[0].start:found[0].end] == surface


@pytest.mark.parametrize("rule, text", [(rule, t) for rule, texts in NOT_DATES.items() for t in texts])
def test_rule_alone_rejects_look_alikes(rule: str, text: str) -> None:
    assert [m for m in _only(rule_named(rule)).find(text, PUB) if m.date] == []


def test_unknown_rule_name() -> None:
    with pytest.raises(KeyError):
        rule_named("julian_calendar")


def test_a_rule_added_to_the_registry_is_used() -> None:
    """The registry is the extension point: a finder built with an extra rule runs it."""
    import re

    from keryx.dates.context import MatchContext
    from keryx.dates.model import DateMention
    from keryx.dates.patterns import PatternKit

    class Christmas(DateRule):
        name = "christmas"
        priority = 1

        def pattern(self, kit: PatternKit) -> str:
            return r"χριστουγεννα\s+(?P<y>20\d\d)"

        def resolve(self, m: re.Match[str], ctx: MatchContext) -> DateMention | None:
            return DateMention(0, 0, "", date=f"{m.group('y')}-12-25")

    found = DateFinder(rules=[*RULES, Christmas]).find("τα ΧΡΙΣΤΟΥΓΕΝΝΑ 2024 στην πλατεία", PUB)
    assert [(m.text, m.date) for m in found] == [("ΧΡΙΣΤΟΥΓΕΝΝΑ 2024", "2024-12-25")]

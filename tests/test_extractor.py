"""End to end on real Greek text: the seed press release and short releases of our own."""

from __future__ import annotations

import pytest
from keryx.lang.el.text import fold


def _person(record, name):
    for p in record.people:
        if fold(p.name) == fold(name):
            return p
    raise AssertionError(f"{name} not among {[p.name for p in record.people]}")


def test_seed_has_the_conference_on_4_october_2019(seed_record):
    conferences = [e for e in seed_record.events if e.type == "conference"]
    assert conferences, [e.type for e in seed_record.events]
    assert conferences[0].date == "2019-10-04"
    assert "Πεδίον Άρεως" in (conferences[0].location or "")


def test_seed_mayor_is_of_the_publisher(seed_record):
    mayor = _person(seed_record, "Σταύρος Τζουλάκης")
    assert any(r.title == "Δήμαρχος" and r.organisation_ref == "publisher" for r in mayor.roles), mayor.roles


def test_seed_secretary_general_with_title(seed_record):
    sg = _person(seed_record, "Μιχάλης Χρηστάκης")
    assert sg.honorific == "Δρ"
    assert any(r.title.startswith("Γενικός Γραμματέας") for r in sg.roles), sg.roles


def test_seed_participants_include_both_officials(seed_record):
    conf = next(e for e in seed_record.events if e.type == "conference")
    names = {fold(p.name) for p in conf.participants}
    assert {fold("Σταύρος Τζουλάκης"), fold("Μιχάλης Χρηστάκης")} <= names


def test_seed_organisations(seed_record):
    found = {fold(n) for o in seed_record.organisations for n in [o.name, *o.aliases]}
    wanted = ["Ευρωπαϊκή Επιτροπή", "AEIDL", "REVES", "Social Economy Europe", "DIESIS COOP", "ENSIE"]
    hits = [w for w in wanted if fold(w) in found]
    assert len(hits) >= 4, (hits, found)


def test_seed_offsets_point_at_the_text(seed_record):
    text = seed_record.text
    for ent in seed_record.entities:
        assert text[ent.start:ent.end] == ent.text
    for p in seed_record.people:
        for m in p.mentions:
            assert fold(text[m.start:m.end].split()[-1])[:5] == fold(p.name.split()[-1])[:5]
    for d in seed_record.dates:
        assert text[d.start:d.end] == d.text


def test_seed_pipeline_info(seed_record):
    assert seed_record.pipeline.engine == "spacy"
    # A .txt carrying **bold** is read as Markdown: the markup must not reach the text.
    assert seed_record.document.format in ("txt", "md")
    assert "**" not in seed_record.text and "«Κοινωνικά Υπεύθυνες" in seed_record.text
    assert len(seed_record.document.id) == 64
    from keryx.lang.el import (
        resources_digest,  # the rules' data a cached record was made with
    )

    assert seed_record.pipeline.resources == resources_digest()


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Η Δήμαρχος Ηρακλείου κα Ελένη Μαυρίδου επισκέφθηκε χθες το νέο σχολείο.",
         "Ελένη Μαυρίδου", "Δήμαρχος Ηρακλείου"),
        ("Στη συνάντηση συμμετείχε ο Αντιπεριφερειάρχης Ανατολικής Αττικής κ. Γιώργος Παπαδάκης.",
         "Γιώργος Παπαδάκης", "Αντιπεριφερειάρχης Ανατολικής Αττικής"),
        ("Ο κ. Νίκος Αλεξίου, Πρόεδρος του Επιμελητηρίου Ηρακλείου, μίλησε στην ημερίδα.",
         "Νίκος Αλεξίου", "Πρόεδρος του Επιμελητηρίου Ηρακλείου"),
    ],
)
def test_role_linked_to_person(extractor, text, name, title):
    rec = extractor.extract_text(text, published="2024-03-12")
    person = _person(rec, name)
    assert any(fold(r.title) == fold(title) for r in person.roles), person.roles


def test_inflected_name_gives_nominative(extractor):
    rec = extractor.extract_text(
        "Την ομιλία του Σταύρου Τζουλάκη παρακολούθησαν πολλοί δημότες. Ο κ. Τζουλάκης ευχαρίστησε τους διοργανωτές."
    )
    person = _person(rec, "Σταύρος Τζουλάκης")
    assert len(person.mentions) == 2


def test_relative_date_resolved_from_published(extractor):
    rec = extractor.extract_text("Η τελετή εγκαινίων πραγματοποιήθηκε χθες στο Ηράκλειο.", published="2024-05-10")
    assert any(d.date == "2024-05-09" for d in rec.dates), rec.dates
    ceremony = next(e for e in rec.events if e.type == "ceremony")
    assert ceremony.date == "2024-05-09"


def test_pipe_streams_records(extractor):
    texts = ["Ο Δήμαρχος Αθηναίων μίλησε στο συνέδριο.", "Η ημερίδα έγινε στις 3 Μαΐου 2024 στη Λάρισα."]
    records = list(extractor.pipe(texts))
    assert len(records) == 2
    assert records[1].dates[0].date == "2024-05-03"


def test_empty_text_is_an_error(extractor):
    from keryx.errors import EmptyInputError

    with pytest.raises(EmptyInputError):
        extractor.extract_text("   \n  ")


def test_stanza_engine_gives_the_same_record_shape(extractor):
    pytest.importorskip("stanza")
    from keryx import Extractor
    from keryx.engines.stanza import has_models

    if not has_models():
        pytest.skip("no stanza models shipped")
    ex = Extractor(engine="stanza")
    rec = ex.extract_text("Ο Δήμαρχος Ηρακλείου κ. Γιάννης Μαρκογιαννάκης επισκέφθηκε στις 5 Μαΐου 2024 το σχολείο.")
    base = extractor.extract_text("Ο Δήμαρχος Ηρακλείου κ. Γιάννης Μαρκογιαννάκης επισκέφθηκε στις 5 Μαΐου 2024 το σχολείο.")
    assert rec.pipeline.engine == "stanza" and base.pipeline.engine == "spacy"
    assert set(rec.model_dump()) == set(base.model_dump())
    assert [p.name for p in rec.people] == ["Γιάννης Μαρκογιαννάκης"]
    assert rec.dates[0].date == "2024-05-05"


def test_pipe_takes_metadata_per_text(extractor):
    texts = [
        ("Η εκδήλωση θα γίνει στις 15 Μαρτίου στο Δημαρχείο.", {"published": "2024-03-12", "path": "a.txt"}),
        ("Η εκδήλωση θα γίνει στις 15 Μαρτίου στο Δημαρχείο.", {"published": "2023-03-02", "path": "b.txt"}),
    ]
    a, b = extractor.pipe(texts, as_tuples=True)
    assert (a.document.path, a.document.published) == ("a.txt", "2024-03-12")
    assert (b.document.path, b.document.published) == ("b.txt", "2023-03-02")
    # a date without a year takes it from each text's own publication date
    assert [d.date for d in a.dates] == ["2024-03-15"]
    assert [d.date for d in b.dates] == ["2023-03-15"]


@pytest.mark.parametrize("bad", ["12/03/2024", "2024-13-01", "χθες"])
def test_bad_published_is_an_error(extractor, bad):
    from keryx.errors import UsageError

    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        extractor.extract_text("Ο Δήμαρχος μίλησε.", published=bad)

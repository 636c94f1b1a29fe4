"""training/first_names.py on a tiny corpus written here: which words it learns as first names,
with which nominative, gender and flag, and which it leaves out (and why)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from keryx.lang.el import parse_tsv

from tests.training_scripts import load_training_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_training_script("first_names.py")


def _person(words: str, person: str) -> list[tuple[str, str]]:
    """IOB2 rows of a sentence; the words of ``person`` (consecutive) are one PERSON span."""
    toks, names = words.split(), person.split()
    at = next(i for i in range(len(toks)) if toks[i:i + len(names)] == names)
    return [(t, "O" if not at <= i < at + len(names) else ("B-PERSON" if i == at else "I-PERSON"))
            for i, t in enumerate(toks)]


# (sentence, the person in it); written for this test
SENTENCES = [
    ("Ο Ευκλείδης Μαυρίδης μίλησε χθες .", "Ευκλείδης Μαυρίδης"),
    ("Η ομιλία του Ευκλείδη Μαυρίδη ήταν σύντομη .", "Ευκλείδη Μαυρίδη"),
    ("Ο Ντόναλντ Μπέικερ έφτασε στην Αθήνα .", "Ντόναλντ Μπέικερ"),
    ("Συναντήσαμε τον Ντόναλντ Μπέικερ στο λιμάνι .", "Ντόναλντ Μπέικερ"),
    ("Η Τερέζα Λάνγκε μίλησε στη Βουλή .", "Τερέζα Λάνγκε"),
    ("Η πρόταση της Τερέζα Λάνγκε πέρασε .", "Τερέζα Λάνγκε"),
    # a surname elsewhere: never a first name
    ("Ο Φιλάρετος Ζαχαρίου ήρθε νωρίς .", "Φιλάρετος Ζαχαρίου"),
    ("Ο Φιλάρετος Ζαχαρίου έφυγε αργά .", "Φιλάρετος Ζαχαρίου"),
    ("Ο Ευκλείδης Φιλάρετος απάντησε .", "Ευκλείδης Φιλάρετος"),
    # a name particle
    ("Ο Ντε Μέλο ήρθε .", "Ντε Μέλο"),
    ("Ο Ντε Μέλο έφυγε .", "Ντε Μέλο"),
    # seen once only
    ("Ο Αρίσταρχος Πέτρου ήρθε .", "Αρίσταρχος Πέτρου"),
    # a word that is also written in lower case (a common noun)
    ("Η Δόξα Μαρκάκη μίλησε .", "Δόξα Μαρκάκη"),
    ("Η Δόξα Μαρκάκη έφυγε .", "Δόξα Μαρκάκη"),
    ("Η δόξα κρατά λίγο .", ""),
    # a hand-written first name is not written again
    ("Ο Γιώργος Μαυρίδης ήρθε .", "Γιώργος Μαυρίδης"),
    ("Ο Γιώργος Μαυρίδης έφυγε .", "Γιώργος Μαυρίδης"),
    # a surname first: the first word is no first name
    ("Ο Κυπραίος Γιώργος ήρθε .", "Κυπραίος Γιώργος"),
    ("Ο Κυπραίος Γιώργος έφυγε .", "Κυπραίος Γιώργος"),
]

CONLLU = """\
# sent_id = a
1\tΟ\tο\tDET\tDET\tCase=Nom|Gender=Masc|Number=Sing\t2\tdet\t_\t_
2\tΜπαράκ\tΜπαράκ\tPROPN\tPROPN\tCase=Nom|Gender=Masc|Number=Sing\t4\tnsubj\t_\t_
3\tΟμπάμα\tΟμπάμα\tPROPN\tPROPN\tCase=Nom|Gender=Masc|Number=Sing\t2\tflat\t_\t_
4\tμίλησε\tμιλώ\tVERB\tVERB\t_\t0\troot\t_\t_

# sent_id = b
1\tΕίδαμε\tβλέπω\tVERB\tVERB\t_\t0\troot\t_\t_
2\tτον\tο\tDET\tDET\tCase=Acc|Gender=Masc|Number=Sing\t3\tdet\t_\t_
3\tΜπαράκ\tΜπαράκ\tPROPN\tPROPN\tCase=Acc|Gender=Masc|Number=Sing\t1\tobj\t_\t_
4\tΟμπάμα\tΟμπάμα\tPROPN\tPROPN\tCase=Acc|Gender=Masc|Number=Sing\t3\tflat\t_\t_

"""


def _write_corpus(root: Path) -> None:
    iob = "\n\n".join("\n".join(f"{t} {tag}" for t, tag in
                                (_person(s, p) if p else [(t, "O") for t in s.split()]))
                      for s, p in SENTENCES) + "\n"
    for tagset in ("elNER18", "elNER4"):
        (root / "elner" / tagset).mkdir(parents=True)
        (root / "elner" / tagset / "train.iob2").write_text(iob, encoding="utf-8")
    # a dev split is never learned from
    dev = "\n\n".join("\n".join(f"{t} {tag}" for t, tag in _person(s, "Πολύκαρπος Ρήγας"))
                      for s in ["Ο Πολύκαρπος Ρήγας ήρθε ."] * 3) + "\n"
    (root / "elner" / "elNER18" / "dev.iob2").write_text(dev, encoding="utf-8")
    (root / "ud_greek_gdt").mkdir()
    (root / "ud_greek_gdt" / "el_gdt-ud-train.conllu").write_text(CONLLU, encoding="utf-8")


@pytest.fixture(scope="module")
def learned(script: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    root = tmp_path_factory.mktemp("data")
    _write_corpus(root)
    out = root / "learned.tsv"
    assert script.main(["--data", str(root), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# keryx first names LEARNED") and "python training/first_names.py" in text
    return {row[0]: row for row in parse_tsv(text)}


@pytest.mark.parametrize("name, gender, invariant, count", [
    ("Ευκλείδης", "m", False, 3),  # "Ευκλείδη" is its genitive: one name, counted together
    ("Ντόναλντ", "m", True, 2),    # a foreign name Greek does not inflect
    ("Τερέζα", "f", False, 2),     # "της Τερέζα" left undeclined: still a woman's nominative
    ("Μπαράκ", "m", True, 2),      # from the treebank's flat PROPN runs
])
def test_the_script_learns_first_names_with_their_nominative_and_gender(
        learned: dict[str, list[str]], name: str, gender: str, invariant: bool, count: int) -> None:
    row = learned[name]
    assert row[1] == gender
    assert (row[3] == "invariant") is invariant
    assert int(row[4]) == count


@pytest.mark.parametrize("word", [
    "Ευκλείδη",    # an inflected form, not a name of its own
    "Τερέζας",
    "Φιλάρετος",   # also a surname
    "Ντε",         # a name particle
    "Αρίσταρχος",  # seen once
    "Δόξα",        # a common noun too
    "Γιώργος",     # hand-written already
    "Κυπραίος",    # a surname written first
    "Πολύκαρπος",  # only in the dev split
    "Μαυρίδης", "Μπέικερ", "Λάνγκε", "Ομπάμα",  # surnames
])
def test_the_script_leaves_out_what_is_not_surely_a_first_name(learned: dict[str, list[str]], word: str) -> None:
    assert word not in learned


def test_the_script_fails_clearly_without_a_corpus(script: ModuleType, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert script.main(["--data", str(tmp_path), "--out", str(tmp_path / "x.tsv")]) == 1
    assert "no training corpus" in capsys.readouterr().err
    assert not (tmp_path / "x.tsv").exists()


def test_the_script_has_a_help(script: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        script.main(["--help"])
    assert exit_.value.code == 0
    assert "training splits" in capsys.readouterr().out

"""NER evaluation: exact-span scoring on IOB2, and the shipped model on elNER (corpus tests)."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from keryx.evaluation.ner import evaluate_ner
from keryx.corpora import read_iob2

GOLD = """Ο O
Πρωθυπουργός O
επισκέφθηκε O
τη O
Θεσσαλονίκη B-GPE
στις O
5 B-DATE
Μαΐου I-DATE
2023 I-DATE
. O

Η O
Ευρωπαϊκή B-ORG
Επιτροπή I-ORG
ενέκρινε O
2 B-MONEY
εκατ. I-MONEY
ευρώ I-MONEY
. O
"""


def test_evaluate_scores_are_fractions(nlp, tmp_path):
    f = tmp_path / "g.iob2"
    f.write_text(GOLD, encoding="utf-8")
    scores = evaluate_ner(nlp, f)
    assert 0.0 <= scores["micro"]["f1"] <= 1.0
    assert scores["sentences"] == 2 and scores["words"] == 18
    # Θεσσαλονίκη and the date are easy: the shipped model must get them.
    assert scores["per_label"]["GPE"]["recall"] == 1.0
    assert scores["per_label"]["DATE"]["recall"] == 1.0


def test_evaluate_cli_json(tmp_path):
    from typer.testing import CliRunner

    from keryx.cli.app import app

    f = tmp_path / "g.iob2"
    f.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "ner", str(f), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"micro", "per_label"}
    assert set(data["micro"]) == {"precision", "recall", "f1"}


@pytest.mark.corpus
def test_shipped_model_on_elner18_test_sample(nlp, shared_data, tmp_path):
    """First 300 test sentences: a floor well under the full-test figure in the model card."""
    sents = list(islice(read_iob2(shared_data / "elner" / "elNER18" / "test.iob2"), 300))
    f = tmp_path / "sample.iob2"
    f.write_text("\n".join("\n".join(f"{t} {g}" for t, g in s) + "\n" for s in sents), encoding="utf-8")
    scores = evaluate_ner(nlp, f)
    assert scores["micro"]["f1"] >= 0.80, scores["micro"]

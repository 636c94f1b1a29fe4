"""The default pipeline runs no dead layer: every active component changes some record."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "samples").glob("*.txt"))


def _records(extractor) -> list[str]:
    out = []
    for path in TEXTS:
        rec = extractor.extract_file(path)
        out.append(rec.to_json())
    return out


def test_every_active_component_changes_a_record(extractor):
    """Switch each component off in turn: a component whose absence changes no record over
    the samples is dead weight on every document, and must not be in the default path."""
    nlp = extractor.nlp
    baseline = _records(extractor)
    listened = {name for name, proc in nlp.pipeline
                if name == "tok2vec" or getattr(proc, "listener_map", None)}
    dead = []
    for name in nlp.pipe_names:
        if name in listened:
            # An encoder changes records only through its listeners: check that it has one.
            listeners = getattr(nlp.get_pipe(name), "listener_map", {})
            if not any(comp in nlp.pipe_names for comp in listeners):
                dead.append(name)
            continue
        with nlp.select_pipes(disable=[name]):
            try:
                unchanged = _records(extractor) == baseline
            except ValueError:  # later stages need it (e.g. sentence boundaries): not dead
                unchanged = False
        if unchanged:
            dead.append(name)
    assert not dead, f"components that change no record: {dead}"


def test_linguistic_layer_is_off_by_default_and_available(extractor):
    from keryx.nlp import LINGUISTIC_COMPONENTS, load_pipeline

    assert not set(LINGUISTIC_COMPONENTS) & set(extractor.nlp.pipe_names)
    nlp = load_pipeline(linguistic=True)
    if "parser" not in nlp.pipe_names:
        pytest.skip("this model has no linguistic layer")
    doc = nlp("Ο Δήμαρχος Αθηναίων εγκαίνιασε τη νέα βιβλιοθήκη της πόλης.")
    assert doc.has_annotation("DEP")
    assert [t.lemma_ for t in doc][1] == "δήμαρχος"


def test_nets_use_numpys_blas(extractor):
    """The nets multiply through numpy (OpenBLAS), which beat BLIS here (benchmarks/blas.py)."""
    uses = {layer.ops.use_blis for _, proc in extractor.nlp.pipeline
            if getattr(proc, "model", None) is not None for layer in proc.model.walk()}
    assert uses == {False}


def test_cli_runs_one_blas_thread_per_process():
    probe = ("import os\nos.environ.pop('OPENBLAS_NUM_THREADS', None)\nimport keryx.cli\n"
             "print(os.environ['OPENBLAS_NUM_THREADS'])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


@pytest.mark.parametrize("code", [
    # the library path: model loaded and run
    "from keryx import Extractor; Extractor().extract_text('Ο Δήμαρχος Αθηναίων μίλησε.')",
    # the metadata commands load nothing heavy
    "from keryx.cli import app",
])
def test_spacy_path_never_imports_torch(code):
    probe = code + "; import sys; print(sorted(m for m in ('torch', 'stanza') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_metadata_commands_load_no_model():
    probe = ("import sys\nfrom typer.testing import CliRunner\nfrom keryx.cli import app\n"
             "r = CliRunner()\nfor args in (['--version'], ['--help'], ['info'], ['schema']):\n"
             "    assert r.invoke(app, args).exit_code == 0, args\n"
             "print(sorted(m for m in ('spacy', 'thinc', 'torch', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_import_pipeline_is_gone():
    out = subprocess.run([sys.executable, "-c", "import pipeline"], capture_output=True, text=True,
                         cwd="/")
    assert out.returncode != 0 and "No module named 'pipeline'" in out.stderr


def test_spacy_load_alone_finds_keryx_components(tmp_path):
    """The shipped model is an ordinary spaCy pipeline: entry points, no keryx import first."""
    from keryx.nlp import default_model_path

    probe = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(default_model_path())!r})\n"
        "doc = nlp('Ο Δήμαρχος Ηρακλείου Βασίλης Λαμπρινός μίλησε στις 4 Οκτωβρίου 2019.')\n"
        "print(repr(([e.label_ for e in doc.ents], [s._.iso_date for s in doc.spans['dates']],"
        " [s.text for s in doc.spans['roles']])))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    labels, dates, roles = eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 (our own print)
    assert "PERSON" in labels and dates == ["2019-10-04"] and roles and roles[0].startswith("Δήμαρχος")

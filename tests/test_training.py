"""Training: the IOB2 reader, and a tiny end-to-end training smoke test."""

from __future__ import annotations

from pathlib import Path

import pytest

from keryx.corpora import detokenise, iob2_to_spans, read_iob2

ROOT = Path(__file__).resolve().parent.parent
TINY = """Ο O
Δήμαρχος O
Αθηναίων B-GPE
Κώστας B-PERSON
Μπακογιάννης I-PERSON
μίλησε O
στη O
Βουλή B-ORG
. O

Η O
Ευρωπαϊκή B-ORG
Επιτροπή I-ORG
ανακοίνωσε O
στις O
4 B-DATE
Οκτωβρίου I-DATE
2019 I-DATE
. O
"""


@pytest.mark.parametrize(
    "tags, spans",
    [
        (["O", "B-PERSON", "I-PERSON", "O"], [(1, 3, "PERSON")]),
        (["B-ORG", "B-ORG", "I-ORG"], [(0, 1, "ORG"), (1, 3, "ORG")]),
        (["I-GPE", "O", "I-DATE", "I-DATE"], [(0, 1, "GPE"), (2, 4, "DATE")]),
        (["B-LOC", "I-GPE"], [(0, 1, "LOC"), (1, 2, "GPE")]),
    ],
)
def test_iob2_spans(tags, spans):
    assert iob2_to_spans(tags) == spans


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["Ο", "δήμαρχος", "Αθηναίων", "μίλησε", "."], "Ο δήμαρχος Αθηναίων μίλησε."),
        (["Η", "ομάδα", "(", "ΠΑΟΚ", ")", "κέρδισε", "·", "αύριο", "ξανά"], "Η ομάδα (ΠΑΟΚ) κέρδισε· αύριο ξανά"),
        (["είπε", ":", "«", "Ναι", "»", ",", "και", "έφυγε", ";"], "είπε: «Ναι», και έφυγε;"),
    ],
)
def test_detokenise_reads_like_news_and_keeps_spans(words, text):
    out, spans = detokenise(words)
    assert out == text
    assert [out[a:b] for a, b in spans] == words


def test_read_iob2(tmp_path):
    f = tmp_path / "tiny.iob2"
    f.write_text(TINY, encoding="utf-8")
    sents = list(read_iob2(f))
    assert len(sents) == 2
    assert sents[1][1] == ("Ευρωπαϊκή", "B-ORG")


def test_tiny_training_run(tmp_path):
    """A few steps of the real config on two sentences: proves the training path works."""
    from keryx.training.ner import convert_iob2, train_ner

    f = tmp_path / "tiny.iob2"
    f.write_text(TINY * 5, encoding="utf-8")
    corpus = tmp_path / "corpus"
    convert_iob2(f, corpus / "train.spacy", sentences_per_doc=2)
    convert_iob2(f, corpus / "dev.spacy", sentences_per_doc=2)
    best = train_ner(ROOT / "training" / "configs" / "ner.cfg", corpus, None, tmp_path / "out",
                     {"training.max_steps": 20, "training.eval_frequency": 10,
                      "components.tok2vec.model.encode.width": 32,
                      "components.tok2vec.model.embed.rows": [500, 100, 100, 100]})
    import spacy

    nlp = spacy.load(best)
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "GPE", "ORG", "DATE"}
    assert len(nlp("Ο Δήμαρχος μίλησε.")) == 4


@pytest.mark.corpus
def test_elner_corpus_shape(shared_data):
    sents = list(read_iob2(shared_data / "elner" / "elNER18" / "dev.iob2"))
    assert len(sents) == 1904
    tags = {t.split("-", 1)[1] for s in sents for _, t in s if t != "O"}
    assert {"PERSON", "ORG", "GPE", "DATE", "LAW", "MONEY"} <= tags


def test_tiny_floret_vectors(tmp_path):
    """floret on a few Greek lines, converted for spaCy: the vector step of `keryx train` works."""
    pytest.importorskip("floret")
    import spacy

    from keryx.training.ner import init_vectors, tokenise_raw, train_floret

    lines = [
        "Ο Δήμαρχος Αθηναίων μίλησε στο συνέδριο για την κοινωνική οικονομία.",
        "Η Περιφέρεια Κρήτης ανακοίνωσε νέα προθεσμία για τις αιτήσεις.",
        "Το Υπουργείο Εσωτερικών ενέκρινε τη χρηματοδότηση των δήμων.",
    ] * 40
    corpus = tmp_path / "raw.txt"
    corpus.write_text("\n".join(tokenise_raw(l) for l in lines) + "\n", encoding="utf-8")
    floret_file = train_floret(corpus, tmp_path / "vec", dim=16, bucket=1000, epoch=2, threads=1)
    init_vectors(floret_file, tmp_path / "vectors_model")
    nlp = spacy.load(tmp_path / "vectors_model")
    assert nlp.vocab.vectors.shape == (1000, 16)
    # Floret hashes subwords: an unseen inflection still gets a vector; keyed by LOWER,
    # a capitalised word shares the vector of its lower-case form.
    assert nlp.vocab.get_vector("δημάρχου").any()
    assert (nlp("Δήμαρχος")[0].vector == nlp("δήμαρχος")[0].vector).all()


def test_tiny_pretraining_feeds_ner(tmp_path):
    """`spacy pretrain` on a few Greek lines, then NER training from those weights."""
    import json

    import spacy

    from keryx.training.ner import convert_iob2, pretrain_tok2vec, train_ner

    small = {"components.tok2vec.model.encode.width": 32,
             "components.tok2vec.model.embed.rows": [500, 100, 100, 100]}
    raw = tmp_path / "raw.jsonl"
    lines = ["Ο Δήμαρχος Αθηναίων μίλησε στο συνέδριο για την κοινωνική οικονομία.",
             "Η Περιφέρεια Κρήτης ανακοίνωσε νέα προθεσμία για τις αιτήσεις."] * 20
    raw.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in lines),
                   encoding="utf-8")
    cfg = ROOT / "training" / "configs" / "ner.cfg"
    weights = pretrain_tok2vec(cfg, raw, None, tmp_path / "pretrain",
                               {**small, "pretraining.batcher.size": 200})
    assert weights.name == "model0.bin" and weights.stat().st_size > 0

    f = tmp_path / "tiny.iob2"
    f.write_text(TINY * 5, encoding="utf-8")
    corpus = tmp_path / "corpus"
    convert_iob2(f, corpus / "train.spacy", sentences_per_doc=2)
    convert_iob2(f, corpus / "dev.spacy", sentences_per_doc=2)
    best = train_ner(cfg, corpus, None, tmp_path / "out",
                     {**small, "training.max_steps": 4, "training.eval_frequency": 2,
                      "paths.init_tok2vec": str(weights)})
    assert "ner" in spacy.load(best).pipe_names


@pytest.mark.corpus
def test_pretrain_corpus_uses_training_splits_only(shared_data, tmp_path):
    import json
    import lzma

    from keryx.training.ner import build_pretrain_corpus

    # The real training splits, a stand-in raw corpus (the real one takes a minute to unpack).
    data = tmp_path / "data"
    (data / "greek_raw").mkdir(parents=True)
    for name in ("elner", "ud_greek_gdt"):
        (data / name).symlink_to(shared_data / name)
    for name in ("official.txt.xz", "books.txt.xz"):
        with lzma.open(data / "greek_raw" / name, "wt", encoding="utf-8") as fh:
            fh.write("Το Δημοτικό Συμβούλιο ενέκρινε τον προϋπολογισμό του έτους.\n" * 50)
    dest = tmp_path / "raw.jsonl"
    n = build_pretrain_corpus(data, dest, official_fraction=0.5, books_fraction=0.5)
    texts = [json.loads(l)["text"] for l in dest.read_text(encoding="utf-8").splitlines()]
    assert n > 500_000 and len(texts) > 17_000  # all elNER + GDT training sentences
    assert 10 < sum(t.startswith("Το Δημοτικό Συμβούλιο") for t in texts) < 100
    test_sents = {" ".join(t for t, _ in s) for s in read_iob2(shared_data / "elner" / "elNER18" / "test.iob2")}
    train_sents = {" ".join(t for t, _ in s) for s in read_iob2(shared_data / "elner" / "elNER18" / "train.iob2")}
    # elNER repeats a few sentences across splits: only test-only sentences must be absent
    test_only = {s for s in test_sents if len(s) > 60} - train_sents
    assert test_only and not test_only & set(texts)
    assert any(t[:1].isupper() for t in texts)  # case is kept


@pytest.mark.corpus
def test_held_out_filter_drops_dev_and_test_sentences(shared_data):
    """Raw lines holding an elNER-18 or GDT dev/test sentence never reach the raw corpora."""
    from keryx.training.ner import HeldOut, conllu_text

    held_out = HeldOut(shared_data)
    train = {" ".join(t for t, _ in s) for s in read_iob2(shared_data / "elner" / "elNER18" / "train.iob2")}
    for split in ("dev", "test"):
        sents = [" ".join(t for t, _ in s) for s in read_iob2(shared_data / "elner" / "elNER18" / f"{split}.iob2")]
        sents = [s for s in sents if len(s.split()) >= 5][:200]
        # embedded in a paragraph, with the spacing of running text rather than elNER's tokens
        for sent in sents:
            line = "Σύμφωνα με την ανακοίνωση, " + sent.replace(" ,", ",").replace(" .", ".") + " Τέλος."
            assert line in held_out
        gdt = [t for t in conllu_text(shared_data / "ud_greek_gdt" / f"el_gdt-ud-{split}.conllu")
               if len(t.split()) >= 5][:100]
        assert all(("Άλλο κείμενο. " + t) in held_out for t in gdt)
    # training sentences that are not also in dev or test mostly pass
    kept = sum(s not in held_out for s in list(train)[:2000])
    assert kept > 1900
    assert "Το Δημοτικό Συμβούλιο ενέκρινε τον προϋπολογισμό του έτους." not in held_out

"""The stanza engine: Greek tokens, lemmas, UPOS and dependencies carried into spaCy."""

from __future__ import annotations

import pytest

stanza = pytest.importorskip("stanza")

from keryx.engines.stanza import StanzaEngine, default_model_dir, has_models

needs_models = pytest.mark.skipif(not has_models(), reason="models/stanza_el holds no trained models")

TEXTS = [
    "Ο δήμαρχος μίλησε στο δημοτικό συμβούλιο για τον προϋπολογισμό.",
    "Η συνάντηση έγινε στη Θεσσαλονίκη και ο υπουργός μίλησε στον Τύπο.",
    "«Είμαστε εδώ για να βοηθήσουμε», δήλωσε ο πρόεδρος του συλλόγου.",
    "  Η ανακοίνωση του δημάρχου εκδόθηκε χθες.\n\nΗ κυβέρνηση απάντησε  σήμερα·  θα υπάρξει συνέχεια;",
    "Ο κ. Παπαδόπουλος, πρόεδρος της ΕΕΔΑ, δήλωσε στις 4.10.2019 ότι «η πόλη αλλάζει».",
]


@pytest.fixture(scope="module")
def engine() -> StanzaEngine:
    if not has_models():
        pytest.skip("models/stanza_el holds no trained models")
    return StanzaEngine()


@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("el")


@needs_models
@pytest.mark.parametrize("text", TEXTS)
def test_text_and_offsets_identical(engine, blank, text):
    doc = engine.to_spacy(blank, text)
    assert doc.text == text
    assert doc.user_data["keryx_stanza"] is True
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text
    assert all(tok.head.i < len(doc) for tok in doc)


@needs_models
@pytest.mark.parametrize("text, surface, lemma", [
    ("Ο δήμαρχος μίλησε στο δημοτικό συμβούλιο.", "στο", "σε+ο"),
    ("Η συνάντηση έγινε στη Θεσσαλονίκη.", "στη", "σε+ο"),
    ("Ο υπουργός μίλησε στον Τύπο.", "στον", "σε+ο"),
])
def test_multiword_tokens_stay_one_token(engine, blank, text, surface, lemma):
    doc = engine.to_spacy(blank, text)
    toks = [t for t in doc if t.text == surface]
    assert len(toks) == 1
    assert toks[0].lemma_ == lemma
    assert toks[0].tag_ == "ADP+DET"
    # the article's features survive the merge
    assert "Definite=Def" in str(toks[0].morph)
    # σε attaches to the noun after it, outside the token
    assert toks[0].head.i > toks[0].i


@needs_models
def test_guillemets_are_tokens(engine, blank):
    text = "«Είμαστε εδώ για να βοηθήσουμε», δήλωσε ο πρόεδρος."
    doc = engine.to_spacy(blank, text)
    assert [t.text for t in doc][:2] == ["«", "Είμαστε"]
    assert "»" in [t.text for t in doc]
    assert all(t.pos_ == "PUNCT" for t in doc if t.text in "«»,.")


@needs_models
@pytest.mark.parametrize("text, word, lemma", [
    ("Η ανακοίνωση του δημάρχου εκδόθηκε χθες.", "δημάρχου", "δήμαρχος"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "κυβέρνηση", "κυβέρνηση"),
    ("Ο πρόεδρος δήλωσε ότι η πόλη αλλάζει.", "δήλωσε", "δηλώνω"),
    ("Οι πολίτες της πόλης συμμετείχαν στις εκλογές.", "πολίτες", "πολίτης"),
])
def test_lemmas(engine, blank, text, word, lemma):
    doc = engine.to_spacy(blank, text)
    assert {t.lemma_ for t in doc if t.text == word} == {lemma}


@needs_models
@pytest.mark.parametrize("text, word, upos", [
    ("Ο δήμαρχος μίλησε για τον προϋπολογισμό.", "δήμαρχος", "NOUN"),
    ("Ο δήμαρχος μίλησε για τον προϋπολογισμό.", "μίλησε", "VERB"),
    ("Ο δήμαρχος μίλησε για τον προϋπολογισμό.", "Ο", "DET"),
    ("Η νέα πλατεία άνοιξε χθες.", "νέα", "ADJ"),
    ("Η νέα πλατεία άνοιξε χθες.", ".", "PUNCT"),
])
def test_upos(engine, blank, text, word, upos):
    doc = engine.to_spacy(blank, text)
    assert [t.pos_ for t in doc if t.text == word] == [upos]


@needs_models
def test_dependencies_stay_inside_sentences(engine, blank):
    text = TEXTS[3]
    doc = engine.to_spacy(blank, text)
    sents = list(doc.sents)
    assert len(sents) >= 2
    for sent in sents:
        roots = [t for t in sent if t.dep_ == "ROOT"]
        assert len(roots) == 1
        for tok in sent:
            assert sent.start <= tok.head.i < sent.end
    subj = next(t for t in doc if t.text == "κυβέρνηση")
    assert subj.dep_ == "nsubj" and subj.head.text == "απάντησε"


@needs_models
def test_empty_and_whitespace_text(engine, blank):
    assert engine.to_spacy(blank, "").text == ""
    assert engine.to_spacy(blank, " \n ").text == " \n "


@needs_models
def test_keryx_components_keep_the_parse(engine):
    from keryx.nlp import default_model_path, load_pipeline

    if not (default_model_path() / "config.cfg").exists():
        pytest.skip("no keryx spaCy model")
    nlp = load_pipeline()
    text = "Ο δήμαρχος Αθηνών Κώστας Μπακογιάννης συναντήθηκε στο Δημαρχείο με τον υπουργό."
    before = engine.to_spacy(nlp, text)
    doc = engine.annotate(nlp, text)
    assert doc.text == text
    assert doc.has_annotation("DEP")
    assert [t.head.i for t in doc] == [t.head.i for t in before]
    assert [s.start for s in doc.sents] == [s.start for s in before.sents]
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in before]
    assert any(e.label_ == "PERSON" for e in doc.ents)


@needs_models
def test_spacy_ud_components_are_skipped():
    from keryx.nlp import default_model_path, load_pipeline
    from keryx.engines.stanza import skipped_components

    if not (default_model_path() / "config.cfg").exists():
        pytest.skip("no keryx spaCy model")
    skip = skipped_components(load_pipeline())
    assert "keryx_sentences" in skip
    assert not {"ner", "tok2vec", "keryx_entity_rules", "keryx_dates", "keryx_roles"} & skip


def test_missing_models_raise_model_error(tmp_path):
    from keryx.errors import ModelError

    with pytest.raises(ModelError):
        StanzaEngine(tmp_path)


# -- a tiny training run with stanza's own script ------------------------------------------

# (form, lemma, upos, head, deprel) rows; written here, not taken from any treebank
_NOUNS = [("δήμαρχος", "δήμαρχος", "Masc"), ("υπουργός", "υπουργός", "Masc"),
          ("πρόεδρος", "πρόεδρος", "Masc"), ("βουλευτής", "βουλευτής", "Masc"),
          ("γραμματέας", "γραμματέας", "Masc")]
_VERBS = [("μίλησε", "μιλώ"), ("απάντησε", "απαντώ"), ("δήλωσε", "δηλώνω"), ("έφυγε", "φεύγω")]


def _tiny_conllu(n: int) -> str:
    out = []
    for i in range(n):
        noun, nlemma, _ = _NOUNS[i % len(_NOUNS)]
        verb, vlemma = _VERBS[i % len(_VERBS)]
        rows = [("Ο", "ο", "DET", 2, "det"), (noun, nlemma, "NOUN", 3, "nsubj"),
                (verb, vlemma, "VERB", 0, "root"), ("χθες", "χθες", "ADV", 3, "advmod"),
                (".", ".", "PUNCT", 3, "punct")]
        out.append(f"# sent_id = tiny-{i}\n# text = Ο {noun} {verb} χθες.")
        for j, (form, lemma, upos, head, rel) in enumerate(rows, 1):
            misc = "SpaceAfter=No" if j == 4 else "_"
            out.append(f"{j}\t{form}\t{lemma}\t{upos}\t{upos}\t_\t{head}\t{rel}\t_\t{misc}")
        out.append("")
    return "\n".join(out) + "\n"


def test_tiny_pos_training_with_run_pos(tmp_path):
    """stanza's run_pos trains and scores a tagger on our data layout in a few steps."""
    from stanza.models import tagger
    from stanza.utils.training import common, run_pos

    pos_dir = tmp_path / "data" / "pos"
    pos_dir.mkdir(parents=True)
    for split, n in (("train", 20), ("dev", 5), ("test", 5)):
        (pos_dir / f"el_tiny.{split}.in.conllu").write_text(_tiny_conllu(n), encoding="utf-8")
    save_dir = tmp_path / "saved"
    paths = {"POS_DATA_DIR": str(pos_dir), "WORDVEC_DIR": str(tmp_path / "wordvec")}
    common.main(
        run_pos.run_treebank, "pos", "tagger", run_pos.add_pos_args, tagger.build_argparse(),
        build_model_filename=run_pos.build_model_filename,
        args=["el_tiny", "--force", "--no_charlm", "--no_pretrain", "--save_dir", str(save_dir),
              "--save_name", "tiny_pos.pt", "--max_steps", "4", "--eval_interval", "2",
              "--hidden_dim", "16", "--char_hidden_dim", "16", "--deep_biaff_hidden_dim", "16",
              "--composite_deep_biaff_hidden_dim", "8", "--word_emb_dim", "16", "--char_emb_dim", "8",
              "--batch_size", "10", "--seed", "1"],
        paths=paths,
    )
    model = save_dir / "tiny_pos.pt"
    assert model.exists() and model.stat().st_size > 1000


def test_default_model_dir_is_in_models_package():
    assert default_model_dir().name == "stanza_el"
    assert default_model_dir().parent.name == "models"

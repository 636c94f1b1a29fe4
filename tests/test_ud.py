"""The UD layer: CoNLL-U conversion, a tiny training run, sourcing next to the NER, real Greek."""

from __future__ import annotations

from pathlib import Path

import pytest

from keryx.training.ud import (
    UD_COMPONENTS,
    UD_LISTENERS,
    add_ud_components,
    conllu_docs,
    convert_conllu,
    train_ud,
)

ROOT = Path(__file__).resolve().parent.parent
UD_CFG = ROOT / "training" / "configs" / "ud.cfg"

# Our own annotation, GDT conventions: "στη" is a multi-word token (σε + τη).
TINY_CONLLU = """# sent_id = keryx-1
# text = Ο δήμαρχος Αθηναίων μίλησε στη Βουλή.
1\tΟ\tο\tDET\tDET\tCase=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tδήμαρχος\tδήμαρχος\tNOUN\tNOUN\tCase=Nom|Gender=Masc|Number=Sing\t4\tnsubj\t_\t_
3\tΑθηναίων\tΑθηναίος\tNOUN\tNOUN\tCase=Gen|Gender=Masc|Number=Plur\t2\tnmod\t_\t_
4\tμίλησε\tμιλώ\tVERB\tVERB\tAspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin|Voice=Act\t0\troot\t_\t_
5-6\tστη\t_\t_\t_\t_\t_\t_\t_\t_
5\tσ\tσε\tADP\tADP\t_\t7\tcase\t_\t_
6\tτη\tο\tDET\tDET\tCase=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art\t7\tdet\t_\t_
7\tΒουλή\tΒουλή\tPROPN\tPROPN\tCase=Acc|Gender=Fem|Number=Sing\t4\tobl\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\tPUNCT\t_\t4\tpunct\t_\t_

# sent_id = keryx-2
# text = Η Περιφέρεια ανακοίνωσε τα αποτελέσματα του διαγωνισμού.
1\tΗ\tο\tDET\tDET\tCase=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tΠεριφέρεια\tπεριφέρεια\tNOUN\tNOUN\tCase=Nom|Gender=Fem|Number=Sing\t3\tnsubj\t_\t_
3\tανακοίνωσε\tανακοινώνω\tVERB\tVERB\tAspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin|Voice=Act\t0\troot\t_\t_
4\tτα\tο\tDET\tDET\tCase=Acc|Definite=Def|Gender=Neut|Number=Plur|PronType=Art\t5\tdet\t_\t_
5\tαποτελέσματα\tαποτέλεσμα\tNOUN\tNOUN\tCase=Acc|Gender=Neut|Number=Plur\t3\tobj\t_\t_
6\tτου\tο\tDET\tDET\tCase=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t7\tdet\t_\t_
7\tδιαγωνισμού\tδιαγωνισμός\tNOUN\tNOUN\tCase=Gen|Gender=Masc|Number=Sing\t5\tnmod\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\tPUNCT\t_\t3\tpunct\t_\t_
"""


@pytest.fixture()
def tiny_conllu(tmp_path) -> Path:
    f = tmp_path / "tiny.conllu"
    f.write_text(TINY_CONLLU, encoding="utf-8")
    return f


@pytest.mark.parametrize(
    "merge, words",
    [
        (True, ["Ο", "δήμαρχος", "Αθηναίων", "μίλησε", "στη", "Βουλή", "."]),
        (False, ["Ο", "δήμαρχος", "Αθηναίων", "μίλησε", "σ", "τη", "Βουλή", "."]),
    ],
)
def test_conllu_tokens(tiny_conllu, merge, words):
    docs = list(conllu_docs(tiny_conllu, n_sents=1, merge_subtokens=merge))
    assert len(docs) == 2
    assert [t.text for t in docs[0]] == words
    # Spacing comes from SpaceAfter / the multi-word token: the text is the original sentence.
    assert docs[0].text.strip() == "Ο δήμαρχος Αθηναίων μίλησε στη Βουλή."


@pytest.mark.parametrize(
    "sent, word, lemma, pos, feat, head, dep",
    [
        (0, "δήμαρχος", "δήμαρχος", "NOUN", "Case=Nom", "μίλησε", "nsubj"),
        (0, "μίλησε", "μιλώ", "VERB", "Tense=Past", "μίλησε", "ROOT"),
        (0, "στη", "σε ο", "ADP", "Case=Acc", "Βουλή", "case"),
        (1, "διαγωνισμού", "διαγωνισμός", "NOUN", "Case=Gen", "αποτελέσματα", "nmod"),
        (1, "ανακοίνωσε", "ανακοινώνω", "VERB", "Voice=Act", "ανακοίνωσε", "ROOT"),
    ],
)
def test_conllu_annotation(tiny_conllu, sent, word, lemma, pos, feat, head, dep):
    doc = list(conllu_docs(tiny_conllu, n_sents=1))[sent]
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma
    assert tok.pos_ == pos
    assert feat in str(tok.morph)
    assert tok.head.text == head
    assert tok.dep_ == dep


def test_convert_groups_sentences(tiny_conllu, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    dest = tmp_path / "out.spacy"
    assert convert_conllu(tiny_conllu, dest, n_sents=10) == 1
    docs = list(DocBin().from_disk(dest).get_docs(spacy.blank("el").vocab))
    assert len(list(docs[0].sents)) == 2


def test_missing_conllu_is_a_training_error(tmp_path):
    from keryx.errors import TrainingError

    with pytest.raises(TrainingError):
        list(conllu_docs(tmp_path / "nope.conllu"))


@pytest.fixture(scope="module")
def tiny_ud_model(tmp_path_factory) -> Path:
    """A few steps of the real ud.cfg on the two sentences, vectors off."""
    work = tmp_path_factory.mktemp("ud")
    src = work / "tiny.conllu"
    src.write_text("\n".join([TINY_CONLLU] * 3), encoding="utf-8")
    convert_conllu(src, work / "train.spacy", n_sents=2)
    convert_conllu(src, work / "dev.spacy", n_sents=2)
    return train_ud(UD_CFG, work, None, work / "out",
                    {"training.max_steps": 4, "training.eval_frequency": 2,
                     # every label is rare in two sentences: keep them rather than collapse
                     "components.parser.min_action_freq": 1})


def test_tiny_training_run(tiny_ud_model):
    import spacy

    nlp = spacy.load(tiny_ud_model)
    assert nlp.pipe_names == list(UD_COMPONENTS)
    assert nlp.get_pipe("tok2vec_ud").listening_components == UD_LISTENERS
    doc = nlp("Ο δήμαρχος μίλησε στη Βουλή.")
    assert all(t.pos_ for t in doc)
    assert all(t.lemma_ for t in doc)
    assert doc.has_annotation("DEP")


def test_evaluate_ud(tiny_ud_model, tiny_conllu):
    import spacy

    from keryx.evaluation.ud import evaluate_ud

    scores = evaluate_ud(spacy.load(tiny_ud_model), tiny_conllu)
    assert (scores["sentences"], scores["words"]) == (2, 15)
    for key in ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las"):
        assert 0.0 <= scores[key] <= 1.0


@pytest.mark.parametrize(
    "words, pos, lemmas, expected",
    [
        # known form (any case) → training lemma, whatever the edit tree said
        (["Στην", "Βουλή"], ["ADP", "PROPN"], ["Σε ο", "Βουλή"], ["σε ο", "Βουλή"]),
        # unknown capitalised common noun: lower-cased; proper nouns and foreign words keep case
        (["Υπουργού", "Κρήτη", "Impact"], ["NOUN", "PROPN", "X"],
         ["Υπουργός", "Κρήτη", "Impact"], ["υπουργός", "Κρήτη", "Impact"]),
        # the table is keyed by UPOS too: "τα" as a pronoun is not the article
        (["τα"], ["PRON"], ["τα"], ["τα"]),
    ],
)
def test_lemma_lookup(tiny_conllu, words, pos, lemmas, expected):
    import spacy
    from spacy.tokens import Doc

    from keryx.components.lemma_lookup import LemmaLookup

    nlp = spacy.blank("el")
    lookup = LemmaLookup()
    lookup.build(conllu_docs(tiny_conllu))
    lookup = LemmaLookup().from_bytes(lookup.to_bytes())
    doc = lookup(Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas))
    assert [t.lemma_ for t in doc] == expected


# Raw-corpus word counts: the lexicon the suffix rules check their guesses against.
LEXICON = {"δήμαρχος": 40, "δημάρχου": 12, "κυβέρνηση": 30, "κυβερνήσεων": 5, "συνέδριο": 20,
           "συνεδρίου": 9, "βουλευτής": 8, "ηγέτης": 1}


@pytest.mark.parametrize(
    "word, pos, morph, tree_lemma, expected",
    [
        # rule "-ου → -ος" (Gen Sing, from "διαγωνισμού") plus the lexicon restores the
        # stress that moved: "δημαρχος" → "δήμαρχος"
        ("δημάρχου", "NOUN", "Case=Gen|Gender=Masc|Number=Sing", "δημάρχου", "δήμαρχος"),
        ("Δημάρχου", "NOUN", "Case=Gen|Gender=Masc|Number=Sing", "Δημάρχου", "δήμαρχος"),
        # neuter plural "-ματα → -μα" from "αποτελέσματα"; nothing learnt fits "-ίου"
        ("συνέδρια", "NOUN", "Case=Acc|Gender=Neut|Number=Plur", "συνέδρια", "συνέδρια"),
        # a guess the lexicon does not know ("ηγετος") leaves the edit tree's lemma
        ("ηγετών", "NOUN", "Case=Gen|Gender=Masc|Number=Plur", "ηγέτης", "ηγέτης"),
        # an acronym in capitals is its own lemma
        ("ΕΑΜ", "PROPN", "", "εαμ", "ΕΑΜ"),
    ],
)
def test_lemma_rules(tiny_conllu, word, pos, morph, tree_lemma, expected):
    import spacy
    from spacy.tokens import Doc

    from keryx.components.lemma_lookup import LemmaLookup

    nlp = spacy.blank("el")
    lookup = LemmaLookup()
    lookup.add_lexicon(LEXICON)
    lookup.build(conllu_docs(tiny_conllu))
    doc = Doc(nlp.vocab, words=[word], pos=[pos], lemmas=[tree_lemma], morphs=[morph or "_"])
    assert [t.lemma_ for t in lookup(doc)] == [expected]


def test_lemma_lookup_round_trip(tiny_conllu, tmp_path):
    from keryx.components.lemma_lookup import LemmaLookup

    lookup = LemmaLookup()
    assert lookup.add_lexicon(LEXICON, min_count=2) == 7  # "ηγέτης" is seen once
    lookup.build(conllu_docs(tiny_conllu))
    lookup.to_disk(tmp_path / "ll")
    for loaded in (LemmaLookup().from_disk(tmp_path / "ll"), LemmaLookup().from_bytes(lookup.to_bytes())):
        assert loaded.table == lookup.table
        assert loaded.rules == lookup.rules
        assert loaded.lexicon == lookup.lexicon
        assert loaded.apply_rules("δημάρχου", "NOUN", "Case=Gen|Gender=Masc|Number=Sing") == "δήμαρχος"


def test_lemma_lookup_reads_the_table_only_format(tmp_path):
    import srsly

    from keryx.components.lemma_lookup import LemmaLookup

    (tmp_path / "old").mkdir()
    srsly.write_gzip_json(tmp_path / "old" / "table.json.gz", {"στη\tADP": "σε ο"})
    loaded = LemmaLookup().from_disk(tmp_path / "old")
    assert loaded.table == {"στη\tADP": "σε ο"}
    assert loaded.apply_rules("δημάρχου", "NOUN", "Case=Gen") is None


# our own words: accented, accent-free (saved apart, in "plain"), and a few the rules never see
SAVED_WORDS = {"δήμαρχος": 40, "πλατεία": 9, "αγορα": 7, "σχολείο": 5, "παιδιά": 4, "νερο": 3,
               "ταξίδι": 3, "λιμάνι": 2}


@pytest.mark.parametrize("block", [16, 64, 1 << 15])
def test_saved_lexicon_reads_the_word_list_a_block_at_a_time(tiny_conllu, tmp_path, monkeypatch, block):
    """The pairs read a block of lines at a time are the whole file's, however the blocks fall."""
    import srsly

    from keryx.components import lemma_lookup
    from keryx.components.lemma_lookup import LemmaLookup, saved_lexicon

    lookup = LemmaLookup()
    lookup.add_lexicon(SAVED_WORDS)
    lookup.build(conllu_docs(tiny_conllu))
    lookup.to_disk(tmp_path / "ll")
    monkeypatch.setattr(lemma_lookup, "_BLOCK", block)
    whole = srsly.read_gzip_json(tmp_path / "ll" / "rules.json.gz")["lexicon"]
    assert list(saved_lexicon(tmp_path / "ll")) == list(whole.items())
    assert ("πλατεια", "πλατεία") in whole.items() and "αγορα" not in whole  # accent-free: in "plain"


@pytest.mark.parametrize("lexicon", [{}, {"πλατεια": "πλατεία", "σχολειο": "σχολείο"}])
@pytest.mark.parametrize("indent", [0, 2])
def test_saved_lexicon_of_another_layout_or_empty(tmp_path, lexicon, indent):
    """A word list written on one line (or empty) is read whole, with the same pairs."""
    import srsly

    from keryx.components.lemma_lookup import saved_lexicon

    srsly.write_gzip_json(tmp_path / "rules.json.gz", {"rules": {"NOUN\t\tου": [["ου", "ος", 3]]},
                                                       "lexicon": lexicon, "plain": ["νερο"]}, indent=indent)
    assert dict(saved_lexicon(tmp_path)) == lexicon
    assert list(saved_lexicon(tmp_path / "nowhere")) == []


def test_common_forms_are_the_forms_tagged_only_as_common_words(tmp_path):
    """A form tagged only with common-word tags is in; one tagged PROPN or X, even once, is out."""
    import srsly

    from keryx.components.lemma_lookup import common_forms, saved_common_forms

    table = {"όπως\tADV": "όπως", "βουλή\tNOUN": "βουλή", "νίκη\tNOUN": "νίκη", "νίκη\tPROPN": "Νίκη",
             "ελένη\tPROPN": "Ελένη", "london\tX": "london", "2020\tNUM": "2020", ",\tPUNCT": ","}
    assert dict(common_forms(table)) == {"όπως": {"ADV"}, "βουλή": {"NOUN"}}
    srsly.write_gzip_json(tmp_path / "table.json.gz", table)
    assert dict(saved_common_forms(str(tmp_path))) == {"όπως": {"ADV"}, "βουλή": {"NOUN"}}
    assert dict(saved_common_forms(str(tmp_path / "nowhere"))) == {}


def _ner_pipeline():
    """tok2vec + an NER listening to upstream "*", as in ner.cfg (and models/keryx_el)."""
    import spacy

    nlp = spacy.blank("el")
    nlp.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
        "extra_state_tokens": False, "hidden_width": 16, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": listener}}).add_label("PERSON")
    nlp.initialize()
    return nlp


def test_sourcing_leaves_ner_listening_to_its_own_tok2vec(tiny_ud_model, tmp_path):
    """tok2vec_ud must not capture the NER (whose listener is upstream "*"), even after a reload."""
    import spacy

    nlp = _ner_pipeline()
    nlp.add_pipe("sentencizer")  # stands in for the rule components that follow the NER
    added = add_ud_components(nlp, tiny_ud_model)
    assert added == list(UD_COMPONENTS)
    assert nlp.pipe_names == ["tok2vec", "ner", *UD_COMPONENTS, "sentencizer"]
    nlp.to_disk(tmp_path / "full")
    for pipe in (nlp, spacy.load(tmp_path / "full")):
        assert pipe.get_pipe("tok2vec").listening_components == ["ner"]
        assert pipe.get_pipe("tok2vec_ud").listening_components == UD_LISTENERS
    assert add_ud_components(nlp, tiny_ud_model) == []  # idempotent


def test_sourcing_before_the_ner_is_refused(tiny_ud_model):
    from keryx.errors import TrainingError

    nlp = _ner_pipeline()
    with pytest.raises(TrainingError):
        add_ud_components(nlp, tiny_ud_model, before="ner")
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert nlp.get_pipe("tok2vec").listening_components == ["ner"]


def test_install_ud_in_place(tiny_ud_model, tmp_path):
    """Installing twice replaces the layer (a retrained model) and records GDT in the meta."""
    import spacy

    from keryx.training.ud import install_ud

    target = tmp_path / "keryx"
    _ner_pipeline().to_disk(target)
    for _ in range(2):
        install_ud(target, tiny_ud_model, scores={"lemma_acc": 0.5, "speed": 1.0})
    reloaded = spacy.load(target)  # keryx's factories were registered by install_ud
    meta, names = reloaded.meta, reloaded.pipe_names
    assert names.index("ner") < names.index("tok2vec_ud") < names.index("keryx_entity_rules")
    assert [n for n in names if n in UD_COMPONENTS] == list(UD_COMPONENTS)
    assert [s["name"] for s in meta["sources"]].count("UD_Greek-GDT 2.17") == 1
    assert meta["performance"]["UD_GDT_test"] == {"lemma_acc": 0.5}


@pytest.fixture(scope="module")
def shipped():
    from keryx.nlp import load_pipeline

    nlp = load_pipeline(linguistic=True)
    if "morphologizer" not in nlp.pipe_names:
        pytest.skip("the shipped pipeline has no UD components yet")
    return nlp


@pytest.mark.parametrize(
    "text, word, lemma, feat",
    [
        # unseen in GDT, capitalised, stress moves: suffix rule "-ου → -ος" + lexicon
        ("Η ομιλία του Δημάρχου ολοκληρώθηκε χθες το απόγευμα.", "Δημάρχου", "δήμαρχος", "Case=Gen"),
        ("Η απόφαση του δημάρχου ανακοινώθηκε χθες.", "δημάρχου", "δήμαρχος", "Case=Gen"),
        ("Συναντήθηκαν εκπρόσωποι των κυβερνήσεων της Ευρώπης.", "κυβερνήσεων", "κυβέρνηση", "Case=Gen"),
        ("Οι αντιδήμαρχοι παρέλαβαν τα νέα οχήματα.", "αντιδήμαρχοι", "αντιδήμαρχος", "Number=Plur"),
        ("Η ανακοίνωση του Υπουργείου Υγείας εκδόθηκε σήμερα.", "Υπουργείου", "υπουργείο", "Case=Gen"),
        ("Ο Δήμαρχος ενημέρωσε τους πολίτες για τα έργα.", "πολίτες", "πολίτης", "Case=Acc"),
        ("Η ανακοίνωση της Περιφέρειας αφορά τις πλημμύρες.", "ανακοίνωση", "ανακοίνωση", "Case=Nom"),
    ],
)
def test_shipped_lemma_and_case(shipped, text, word, lemma, feat):
    tok = next(t for t in shipped(text) if t.text == word)
    assert tok.lemma_.lower() == lemma
    assert feat in str(tok.morph)


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Η ομιλία του Δημάρχου ολοκληρώθηκε χθες το απόγευμα.", "ολοκληρώθηκε"),
        ("Ο Δήμαρχος ενημέρωσε τους πολίτες για τα έργα.", "ενημέρωσε"),
    ],
)
def test_shipped_verb_pos_and_root(shipped, text, verb):
    doc = shipped(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB"
    assert tok.dep_ == "ROOT"

"""The floret row cache gives spaCy's own vectors, built once per word, in bounded memory."""

from __future__ import annotations

import numpy
import pytest

import keryx.vectors as kv

TEXTS = [
    "Ο Δήμαρχος Ηρακλείου κ. Βασίλης Λαμπρινός συναντήθηκε με την Περιφερειάρχη Κρήτης.",
    "Η Περιφερειάρχης Κρήτης και ο Δήμαρχος συζήτησαν για το νέο λιμάνι του Ηρακλείου.",
    "ΑΝΑΚΟΙΝΩΣΗ: σύλληψη δύο ατόμων στο Ρέθυμνο για κλοπή.",
]


@pytest.fixture(scope="module")
def nlp():
    from keryx.nlp import load_pipeline

    nlp = load_pipeline()
    if not isinstance(nlp.vocab.vectors, kv.CachedFloretVectors):
        pytest.skip("this model has no floret vectors")
    return nlp


def _keys(nlp, texts):
    attr = nlp.vocab.vectors.attr
    return numpy.concatenate([nlp.make_doc(t).to_array(attr) for t in texts])


def test_cached_rows_equal_spacys(nlp):
    cached = nlp.vocab.vectors
    plain = kv.Vectors(strings=nlp.vocab.strings, data=cached.data, mode="floret", minn=cached.minn,
                       maxn=cached.maxn, hash_count=cached.hash_count, hash_seed=cached.hash_seed,
                       bow=cached.bow, eow=cached.eow, attr=cached.attr)
    keys = _keys(nlp, TEXTS)
    first, again = cached.get_batch(keys), cached.get_batch(keys)
    assert numpy.array_equal(first, plain.get_batch(keys))
    assert numpy.array_equal(again, first)
    assert len(cached._row_of) == len(set(keys.tolist()))


def test_cache_starts_over_when_full(nlp, monkeypatch):
    cached = kv.CachedFloretVectors.from_vectors(nlp.vocab.vectors)
    monkeypatch.setattr(kv, "MAX_CACHED", 12)
    for text in TEXTS:
        keys = _keys(nlp, [text])
        assert numpy.array_equal(cached.get_batch(keys), nlp.vocab.vectors.get_batch(keys))
        assert len(cached._row_of) <= max(12, len(set(keys.tolist())))


def test_entities_unchanged_by_the_cache(nlp):
    import spacy

    from keryx.nlp import LINGUISTIC_COMPONENTS, default_model_path, use_numpy_blas

    plain = spacy.load(default_model_path(), exclude=list(LINGUISTIC_COMPONENTS))
    use_numpy_blas(plain)
    assert not isinstance(plain.vocab.vectors, kv.CachedFloretVectors)
    for text in TEXTS:
        assert [(e.text, e.label_) for e in nlp(text).ents if e.label_ in ("PERSON", "GPE", "ORG")] == \
               [(e.text, e.label_) for e in plain(text).ents if e.label_ in ("PERSON", "GPE", "ORG")]


@pytest.mark.parametrize("step", [300, 700])
def test_rows_grow_across_batches(nlp, step):
    """Batch after batch of new words, past the first size of the kept table: the rows stay spaCy's."""
    cached = kv.CachedFloretVectors.from_vectors(nlp.vocab.vectors)
    plain = kv.Vectors(strings=nlp.vocab.strings, data=cached.data, mode="floret", minn=cached.minn,
                       maxn=cached.maxn, hash_count=cached.hash_count, hash_seed=cached.hash_seed,
                       bow=cached.bow, eow=cached.eow, attr=cached.attr)
    keys = numpy.asarray([nlp.vocab.strings.add(f"λέξη{i}") for i in range(2500)], dtype="uint64")
    for a in range(0, len(keys), step):
        batch = keys[max(0, a - 50):a + step]  # a few words of the batch before come again
        assert numpy.array_equal(cached.get_batch(batch), plain.get_batch(batch))
    assert numpy.array_equal(cached.get_batch(keys), plain.get_batch(keys))
    assert len(cached._row_of) == len(keys)

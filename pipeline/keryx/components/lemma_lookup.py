"""``keryx_lemma_lookup``: lemmas from GDT train, suffix rules and a raw-corpus word list.

Runs after spaCy's edit-tree lemmatizer and corrects it; its tables are built at training time
(:func:`keryx.training.ud.attach_lemma_lookup`) and serialised with the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from keryx.lang.el.text import strip_accents

# Proper nouns and foreign words keep their capitals in GDT lemmas; everything else is lower.
_CASED_POS = frozenset({"PROPN", "X"})
_GREEK_WORD = re.compile(r"[α-ωάέήίόύώϊϋΐΰς]+")

# Open word classes whose unseen forms the suffix rules lemmatise; closed classes are all in
# the GDT-train table or keep the edit tree's answer.
_OPEN_POS = frozenset({"NOUN", "ADJ", "VERB", "AUX", "PROPN"})
# Morphological features that decide an inflectional ending (not e.g. Foreign or Abbr).
_RULE_FEATS = ("Case", "Number", "Gender", "VerbForm", "Mood", "Tense", "Aspect", "Voice",
               "Person", "Degree")
_RULE_CONTEXT = 3  # characters of unchanged stem kept in a rule's suffix key


def _rule_feats(morph: str) -> str:
    return "|".join(f for f in morph.split("|") if f.split("=", 1)[0] in _RULE_FEATS)


def _plain(s: str) -> str:
    """Lower case without accents: the space in which Greek suffix rules are learnt."""
    return strip_accents(s.lower())


plain_word = _plain  # the key of :attr:`LemmaLookup.lexicon` ("ΓΕΓΟΝΟΣ" -> "γεγονος")

# The UPOS of words that name no one: a form GDT train tags only with these is a common word.
_COMMON_POS = frozenset({"NOUN", "ADJ", "VERB", "AUX", "ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART"})


def common_forms(table: Mapping[str, str]) -> Mapping[str, frozenset[str]]:
    """The lower-case forms that a :attr:`LemmaLookup.table` (GDT train) holds only as common
    words, each with its UPOS tags ("αγώνα": NOUN, "όπως": ADV, "σε": ADP): never as a proper
    noun or a foreign word, so a capitalised word of that form is that word, not a name ("ελένη"
    is PROPN and stays out; a form GDT tags both ways, "νίκη" NOUN and PROPN, stays out too)."""
    tags: dict[str, set[str]] = {}
    for key in table:
        form, _, pos = key.rpartition("\t")
        tags.setdefault(form, set()).add(pos)
    return MappingProxyType({f: frozenset(t) for f, t in tags.items() if f.isalpha() and t <= _COMMON_POS})


@lru_cache(maxsize=4)
def saved_common_forms(folder: str) -> Mapping[str, frozenset[str]]:
    """:func:`common_forms` of the table of a ``lemma_lookup`` saved in ``folder`` (80 KB of
    gzipped JSON, about 10,000 forms): read once per process, where the pipeline runs without
    the UD layer. Empty when the folder holds no table."""
    import srsly

    path = Path(folder) / "table.json.gz"
    return common_forms(srsly.read_gzip_json(path)) if path.exists() else MappingProxyType({})


class LemmaLookup:
    """Lemmas from GDT train, suffix rules and a word list, after the edit-tree lemmatizer.

    Three steps, first match wins:

    1. **Table**: a form seen in GDT train (by lower-cased form and UPOS) takes its most
       frequent training lemma. Edit trees do not generalise across capitals ("Υπουργού").
    2. **Suffix rules + lexicon** for unseen open-class words: rules "ending → lemma ending",
       learnt from GDT train in accent-free lower case and keyed by UPOS and the predicted
       morphology (Case=Gen|Number=Plur: "-σεων" → "-ση"), propose lemmas, most frequent
       rule and longest matching suffix first. The first one that is a real word, looked up
       in a word list from our raw Greek corpus (accent-free → its usual accented spelling),
       wins. That handles the stress shifts edit trees miss ("κυβερνήσεων" → "κυβέρνηση").
    3. Otherwise the edit tree's lemma stays; capitalised common words are lower-cased.

    Acronyms in capitals ("ΕΑΜ") are their own lemma. Together: +2.6 (table) and about +2.4
    (rules) lemma points on GDT test.
    """

    def __init__(self, name: str = "lemma_lookup") -> None:
        self.name = name
        self.table: dict[str, str] = {}
        # "UPOS\tfeats\tsuffix" -> [[strip, add, count], ...] most frequent first
        self.rules: dict[str, list[list]] = {}
        self.lexicon: dict[str, str] = {}  # accent-free word -> accented spelling
        self._max_suffix = 0

    @staticmethod
    def key(form: str, pos: str) -> str:
        return f"{form.lower()}\t{pos}"

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            lemma = self.table.get(self.key(tok.text, tok.pos_))
            if lemma is not None:
                tok.lemma_ = lemma
                continue
            text, pos = tok.text, tok.pos_
            if len(text) > 1 and text.isupper() and pos in ("PROPN", "NOUN", "X"):
                tok.lemma_ = text
                continue
            guess = self.apply_rules(text, pos, str(tok.morph)) if pos in _OPEN_POS else None
            if guess is not None:
                tok.lemma_ = guess
            elif pos not in _CASED_POS and tok.lemma_[:1].isupper():
                tok.lemma_ = tok.lemma_.lower()
        return doc

    def apply_rules(self, form: str, pos: str, morph: str) -> str | None:
        """The best suffix-rule lemma of ``form`` that the lexicon knows, or None."""
        if not self.rules or not self.lexicon:
            return None
        plain = _plain(form)
        for feats in (_rule_feats(morph), ""):
            for n in range(min(len(plain), self._max_suffix), -1, -1):
                for strip, add, _count in self.rules.get(f"{pos}\t{feats}\t{plain[len(plain) - n:]}", ()):
                    if not plain.endswith(strip):
                        continue
                    word = self.lexicon.get(plain[:len(plain) - len(strip)] + add)
                    if word is not None:
                        if pos == "PROPN" and form[:1].isupper():
                            word = word[:1].upper() + word[1:]
                        return word
        return None

    def build(self, docs: Iterable[Doc]) -> int:
        """Fill the table and the suffix rules from gold Docs; returns the table's size."""
        from collections import Counter, defaultdict

        counts: dict[str, Counter] = defaultdict(Counter)
        rules: dict[str, Counter] = defaultdict(Counter)
        lemmas: set[str] = set()
        for doc in docs:
            for tok in doc:
                if not (tok.lemma_ and tok.pos_):
                    continue
                counts[self.key(tok.text, tok.pos_)][tok.lemma_] += 1
                if tok.pos_ not in _OPEN_POS:
                    continue
                form, lemma = _plain(tok.text), _plain(tok.lemma_)
                lemmas.add(tok.lemma_.lower())
                p = 0
                while p < min(len(form), len(lemma)) and form[p] == lemma[p]:
                    p += 1
                change = (form[p:], lemma[p:])
                feats = _rule_feats(str(tok.morph))
                for extra in range(_RULE_CONTEXT + 1):
                    n = len(change[0]) + extra
                    if n > len(form):
                        break
                    suffix = form[len(form) - n:]
                    rules[f"{tok.pos_}\t{feats}\t{suffix}"][change] += 1
                    rules[f"{tok.pos_}\t\t{suffix}"][change] += 1
        self.table = {k: c.most_common(1)[0][0] for k, c in sorted(counts.items())}
        self.rules = {k: [[s, a, n] for (s, a), n in c.most_common()] for k, c in sorted(rules.items())}
        # Training lemmas are words even where the raw corpus never has them.
        for lemma in sorted(lemmas):
            self.lexicon.setdefault(_plain(lemma), lemma)
        self._index()
        return len(self.table)

    def add_lexicon(self, counts: Mapping[str, int], min_count: int = 2) -> int:
        """Add words from a raw-corpus frequency table (word -> count); returns the size.

        Each accent-free spelling maps to its most frequent accented form, so a rule's
        accent-free output ("κυβερνηση") is turned back into the real word ("κυβέρνηση").
        """
        best: dict[str, tuple[int, str]] = {}
        for word, n in counts.items():
            if n < min_count or not _GREEK_WORD.fullmatch(word):
                continue
            plain = _plain(word)
            if plain not in best or best[plain] < (n, word):
                best[plain] = (n, word)
        for plain, (_n, word) in sorted(best.items()):
            self.lexicon.setdefault(plain, word)
        return len(self.lexicon)

    def _index(self) -> None:
        self._max_suffix = max((len(k.rsplit("\t", 1)[1]) for k in self.rules), default=0)

    def initialize(self, get_examples: Callable[[], Iterable[Example]] | None = None,
                   nlp: Language | None = None) -> None:
        if get_examples is not None:
            self.build(eg.reference for eg in get_examples())

    def _data(self) -> dict:
        # The lexicon stores only words whose spelling differs from the key (the accented
        # ones); an accent-free word maps to itself.
        lexicon = {k: v for k, v in self.lexicon.items() if k != v}
        same = sorted(k for k, v in self.lexicon.items() if k == v)
        return {"table": self.table, "rules": self.rules, "lexicon": lexicon, "plain": same}

    def _load(self, data: dict) -> LemmaLookup:
        if "table" not in data:  # the first format: the table alone
            data = {"table": data}
        self.table = data["table"]
        self.rules = data.get("rules", {})
        self.lexicon = dict(data.get("lexicon", {}))
        self.lexicon.update((w, w) for w in data.get("plain", ()))
        self._index()
        return self

    def to_bytes(self, exclude: Iterable[str] = ()) -> bytes:
        import srsly

        return srsly.msgpack_dumps(self._data())

    def from_bytes(self, data: bytes, exclude: Iterable[str] = ()) -> LemmaLookup:
        import srsly

        return self._load(srsly.msgpack_loads(data))

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        import srsly

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = self._data()
        srsly.write_gzip_json(path / "table.json.gz", data.pop("table"))
        srsly.write_gzip_json(path / "rules.json.gz", data)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> LemmaLookup:
        import srsly

        path = Path(path)
        data = {"table": srsly.read_gzip_json(path / "table.json.gz")}
        if (path / "rules.json.gz").exists():
            data.update(srsly.read_gzip_json(path / "rules.json.gz"))
        return self._load(data)


# the saved word list opens on a line of its own and ends at the first line that starts with "}":
# a JSON string holds no line break, so a line's first character is never inside one
_LEXICON_OPENS = re.compile(rb'^[ \t]*"lexicon"[ \t]*:[ \t]*\{[ \t\r]*\n', re.M)
_LEXICON_ENDS = re.compile(rb"^[ \t\r]*\}", re.M)
_BLOCK = 1 << 15  # bytes of JSON decoded at once


def saved_lexicon(folder: str | Path) -> Iterator[tuple[str, str]]:
    """The pairs (accent-free key, usual spelling) of the word list of a ``lemma_lookup`` saved in
    ``folder`` (:meth:`LemmaLookup.to_disk`), a few hundred at a time, without the suffix rules.

    ``to_disk`` writes indented JSON, one ``"key":"spelling"`` pair a line; the list is decoded
    32 KB at a time, cut after a pair's comma and line break (a line break is never inside a JSON
    string), so its 23 MB of JSON never become one string and 190,000 pairs at once, let alone
    with the rest of the file, as ``srsly.read_gzip_json`` made them (a process's heap grew by
    40-70 MB for it). A file whose word list does not open on a line of its own is read whole.
    """
    import gzip

    import srsly

    path = Path(folder) / "rules.json.gz"
    if not path.exists():
        return
    with gzip.open(path, "rb") as raw:
        data, opened = b"", None
        while opened is None:  # the suffix rules come first: skip them a block at a time
            block = raw.read(_BLOCK)
            if not block:
                yield from srsly.read_gzip_json(path).get("lexicon", {}).items()  # another layout
                return
            data = data[data.rfind(b"\n") + 1:] + block
            opened = _LEXICON_OPENS.search(data)
        data = data[opened.end():]
        while True:
            ends = _LEXICON_ENDS.search(data)
            if ends is not None:
                body, data = data[:ends.start()], b""
            else:
                block = raw.read(_BLOCK)
                if not block:
                    raise ValueError(f"{path}: the word list never ends")
                data += block
                cut = data.rfind(b",\n")  # after a whole pair
                if cut < 0 or _LEXICON_ENDS.search(data):
                    continue
                body, data = data[:cut], data[cut + 2:]
            yield from srsly.json_loads(b"{" + body + b"}").items()
            if ends is not None:
                return


@Language.factory("keryx_lemma_lookup", assigns=["token.lemma"], requires=["token.pos"])
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    return LemmaLookup(name)

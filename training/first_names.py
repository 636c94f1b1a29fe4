"""Learn first names from the training splits of the annotated corpora.

    python training/first_names.py [--data ../shared/data] [--out pipeline/keryx/lang/el/data/first_names_learned.tsv]

Why: people linking leans on a list of first names (is a span a person, which word is the first
name, which case is it in). The hand-written ``first_names.tsv`` knows common Greek names but
few foreign ones written in Greek ("Ντόναλντ", "Τερέζα") and misses many Greek ones
("Προκόπης", "Ευκλείδης"). The annotated corpora name thousands of people: the word that opens a
person's name of two or more words is nearly always a first name. This script counts those
words in the *training* splits only (never dev or test, which score the pipeline):

* elNER-18 and elNER-4 ``train.iob2`` (the same sentences, two tag sets: each PERSON span is
  counted once): the first token of a PERSON span of 2+ tokens;
* UD_Greek-GDT ``el_gdt-ud-train.conllu``: a PROPN that opens a run of 2+ PROPNs bound by
  ``flat`` (a name); its lemma is a nominative, its Gender and Case features are evidence.

A word is kept only when it is conservative to do so: seen at least twice, Greek letters only,
written with a capital then small letters, 3+ letters, never seen as the last word of such a
name (a surname; a name written surname first, "Παπαδόπουλος Γιώργος", with a hand-written first
name last, is not counted), not a name particle ("Ντε", "Αλ"), place, article, honorific or role
word, not written in lower case in the same corpora (then it is a common word too: "δόξα"), and
not already a hand-written first name (those rows win). Inflected forms ("Νίκου", "Αλέξη") are
gathered under a nominative that the corpora also show ("Νίκος", "Αλέξης"); the reading with the
most agreeing evidence wins. Evidence is the case and gender an article or honorific just before
the name tells ("του", "η", "της κ."), or an article before a role word ("ο πρόεδρος Ντόναλντ
Τραμπ"), or the UD features; where none is before the name, the articles before the same
surname elsewhere ("ο Τραμπ"). The gender must be told by 80 % of that evidence, with at least
one vote where the ending suggests it (-α, -η, -ω: a woman's), two where it suggests nothing,
three against it ("Μουσταφά"), or by a Greek masculine ending alone (-ος, -ης, -ας, -ων);
otherwise the name is left out. A name whose ending Greek does not inflect ("Ντόναλντ",
"Φερνάντο", "Κριστίν", "Κλάους") is written "invariant", as in the hand-written table; a man's
word in -η or -ου whose nominative the corpora do not show is a Greek genitive, not such a name.
Only names are written, never a sentence of the corpora.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
LEARNED = "first_names_learned.tsv"
DEFAULT_OUT = ROOT / "pipeline" / "keryx" / "lang" / "el" / "data" / LEARNED
ELNER_TRAIN = ("elner/elNER18/train.iob2", "elner/elNER4/train.iob2")
GDT_TRAIN = "ud_greek_gdt/el_gdt-ud-train.conllu"
SINGULAR = ("nom_sg", "gen_sg", "acc_sg", "voc_sg")
_WORD = re.compile(r"^[\u0370-\u03ff\u1f00-\u1fff]+$")
# Masculine nominative endings (folded) that tell the gender with no other evidence.
_MASC_ENDINGS = ("οσ", "ησ", "ασ", "ων")

Vote = tuple[str | None, str | None]  # (case, gender) told by the words before a name


@dataclass
class Evidence:
    """What the corpora say about the words that open a name."""

    first: Counter[str] = field(default_factory=Counter)  # surface form -> times it opens a name
    votes: dict[str, Counter[Vote]] = field(default_factory=lambda: defaultdict(Counter))
    last: set[str] = field(default_factory=set)  # folded forms seen closing a name (surnames)
    lemmas: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # form -> UD lemma
    lower: Counter[str] = field(default_factory=Counter)  # folded words written in lower case
    kin: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # form -> gender its surname tells


@dataclass(frozen=True)
class LearnedName:
    nominative: str
    gender: str
    extra: tuple[str, ...]
    invariant: bool
    count: int

    def row(self) -> str:
        flags = "invariant" if self.invariant else ""
        return "\t".join((self.nominative, self.gender, ";".join(self.extra), flags, str(self.count)))


class Context:
    """The project's own tables the evidence is read and filtered with (articles, honorifics,
    roles, places, particles, the hand-written first names)."""

    def __init__(self) -> None:
        from keryx.lang.el import read_json, read_text, read_tsv
        from keryx.linking.names.inflection import phrase_forms
        from keryx.linking.names.lexicon import (
            RESOURCES,
            NameLexicon,
            article_case_gender,
        )

        # the hand-written tables alone: a name learned before is learned again, not "hand-written"
        self.lexicon = NameLexicon.from_texts(*(read_text(n) for n in RESOURCES if n != LEARNED))
        self.case_gender = article_case_gender
        roles: set[str] = set()
        for row in read_tsv("roles.tsv"):
            for i, gender in ((0, "m"), (1, "f")):
                if len(row) > i and row[i]:
                    head = row[i].split("|")[0]
                    roles.update(t for toks in phrase_forms(head, gender) for t in toks)
        self.role_words = frozenset(roles)
        self.particles = frozenset(_fold(p) for p in read_json("linking.json")["name_particles"])
        self.hand = frozenset(self.lexicon.first_names)  # every folded form of a hand-written name

    def is_prefix(self, word: str) -> bool:
        key = _fold(word)
        return (key in self.lexicon.articles or key in self.lexicon.honorifics
                or key.rstrip(".") in self.lexicon.honorifics)

    def vote(self, before: Sequence[str]) -> Vote:
        """(case, gender) told by the words just before a name: articles/honorifics, or an
        article and one role word ("ο πρόεδρος")."""
        run: list[str] = []
        for w in reversed(before[-3:]):
            if not self.is_prefix(w):
                break
            run.insert(0, w)
        if not run and len(before) >= 2 and before[-1].islower() and _fold(before[-1]) in self.role_words \
                and _fold(before[-2]) in self.lexicon.articles:
            run = [before[-2]]
        if not run:
            return None, None
        return self.case_gender(" ".join(run), self.lexicon)

    def excluded(self, folded: str) -> bool:
        """A word that is something else before it is a name: a particle, place, article,
        honorific or role word."""
        lex = self.lexicon
        return (folded in self.particles or (folded,) in lex.places or folded in lex.articles
                or folded in lex.honorifics or folded in self.role_words)


def _fold(s: str) -> str:
    from keryx.lang.el.text import fold

    return fold(s)


def _is_name_word(w: str) -> bool:
    """Greek letters only, a capital then small letters, 3+ letters."""
    return len(w) >= 3 and bool(_WORD.match(w)) and w[0].isupper() and w[1:].islower()


# ---------------------------------------------------------------------------
# Reading the corpora
# ---------------------------------------------------------------------------


def read_elner(paths: Sequence[Path], ctx: Context, ev: Evidence, min_agree: float = 0.8) -> None:
    """PERSON spans of 2+ tokens; files over the same sentences count each span once.

    Besides the words just before a name, the person's other mentions tell the gender: the
    articles before their surname anywhere in the corpus ("ο Τραμπ", "της Μέι"), when at least
    ``min_agree`` of them agree (a surname two people share, "Κλίντον", tells nothing).
    """
    from keryx.corpora import iob2_to_spans, read_iob2

    readers = [read_iob2(p) for p in paths]
    names: list[tuple[str, str, Vote]] = []  # (first word, folded last word, vote before the name)
    surname: dict[str, Counter[str]] = defaultdict(Counter)
    for sentences in zip(*readers, strict=True):
        tokens = [t for t, _ in sentences[0]]
        spans: set[tuple[int, int]] = set()
        for sent in sentences:
            if [t for t, _ in sent] != tokens:
                raise ValueError("the elNER files do not hold the same sentences")
            spans.update((s, e) for s, e, label in iob2_to_spans([t for _, t in sent]) if label == "PERSON")
        for t in tokens:
            if t.isalpha() and t.islower():
                ev.lower[_fold(t)] += 1
        for s, e in spans:
            vote = ctx.vote(tokens[max(0, s - 3):s])
            last = _fold(tokens[e - 1])
            if vote[1] is not None:
                surname[last][vote[1]] += 1
            if e - s < 2 or last in ctx.hand:
                continue  # one word, or a surname first ("Παπαδόπουλος Γιώργος")
            names.append((tokens[s], last, vote))
            ev.last.add(last)
    for first, last, vote in names:
        ev.first[first] += 1
        ev.votes[first][vote] += 1
        genders = surname.get(last)
        if genders:
            g, n = genders.most_common(1)[0]
            if n >= min_agree * sum(genders.values()):
                ev.kin[first][g] += 1


def read_conllu(path: Path) -> Iterator[list[list[str]]]:
    """Sentences as lists of CoNLL-U rows (word lines only: no ranges, no empty nodes)."""
    rows: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    rows.append(cols)
    if rows:
        yield rows


_UD_CASE = {"Nom": "nom", "Gen": "gen", "Acc": "acc", "Voc": "voc"}
_UD_GENDER = {"Masc": "m", "Fem": "f"}


def read_gdt(path: Path, ctx: Context, ev: Evidence) -> None:
    """A PROPN opening a run of 2+ PROPNs joined by ``flat``: its lemma, case and gender."""
    for rows in read_conllu(path):
        for cols in rows:
            if cols[1].isalpha() and cols[1].islower():
                ev.lower[_fold(cols[1])] += 1
        i = 0
        while i < len(rows):
            j = i
            while j < len(rows) and rows[j][3] == "PROPN":
                j += 1
            if j - i >= 2 and rows[i + 1][7] == "flat":
                form, lemma = rows[i][1], rows[i][2]
                feats = dict(f.split("=", 1) for f in rows[i][5].split("|") if "=" in f)
                if feats.get("Number", "Sing") == "Sing":
                    ev.first[form] += 1
                    ev.votes[form][(_UD_CASE.get(feats.get("Case", "")), _UD_GENDER.get(feats.get("Gender", "")))] += 1
                    if lemma[:1].isupper():
                        ev.lemmas[form][lemma] += 1
                ev.last.add(_fold(rows[j - 1][1]))
            i = max(j, i + 1)


# ---------------------------------------------------------------------------
# From forms to nominatives
# ---------------------------------------------------------------------------


def _forms(nom: str, gender: str) -> dict[str, set[str]]:
    """Folded singular forms of a first name -> their slots; an ending Greek does not inflect
    gives the name alone, in every slot. A masculine -ις ("Άδωνις") has -ι/-η in the others."""
    from keryx.linking.names.inflection import SLOTS, word_forms

    out: dict[str, set[str]] = defaultdict(set)
    key = _fold(nom)
    # a man's name in -ους is foreign ("Κλάους", "Μάρκους"): Greek does not inflect it
    table = {s: (key,) for s in SLOTS} if gender == "m" and key.endswith("ουσ") else word_forms(nom, gender)
    for slot, forms in table.items():
        if slot in SINGULAR:
            for f in forms:
                out[f].add(slot)
    if gender == "m" and key.endswith("ισ") and len(key) > 3 and not nom.endswith("ίς"):
        for ending in ("ι", "η"):
            out[key[:-2] + ending].update(("gen_sg", "acc_sg", "voc_sg"))
    return out


def is_invariant(nom: str, gender: str) -> bool:
    """No Greek paradigm covers the ending: the name is the same in every case."""
    forms = _forms(nom, gender)
    return list(forms) == [_fold(nom)]


def _nominatives(form: str) -> set[str]:
    """The nominatives a form could come from (itself, or a Greek ending restored)."""
    out = {form}
    for old, new in (("ου", "ος"), ("ο", "ος"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς"),
                     ("ι", "ις"), ("ας", "α"), ("άς", "ά"), ("ης", "η"), ("ής", "ή"), ("ώς", "ώ")):
        if form.endswith(old) and len(form) > len(old) + 1:
            out.add(form[: len(form) - len(old)] + new)
    return out


def _agrees(vote: Vote, gender: str, slots: set[str]) -> bool | None:
    """True/False when a vote agrees/disagrees with a reading of a form; None when it tells nothing.

    A woman's name in its nominative form agrees with every case: Greek often leaves a
    foreign one undeclined ("της Τερέζα Μέι")."""
    case, g = vote
    if case is None and g is None:
        return None
    if g is not None and g != gender:
        return False
    if gender == "f" and "nom_sg" in slots:
        return True
    return case is None or any(s.startswith(case) for s in slots)


def _ending_gender(key: str) -> str | None:
    """The gender a Greek ending suggests for a first name (folded nominative), if any."""
    if key.endswith(_MASC_ENDINGS):
        return "m"
    if key.endswith(("α", "η", "ω")):
        return "f"
    return None


def learn(ev: Evidence, ctx: Context, min_count: int = 2, min_agree: float = 0.8) -> list[LearnedName]:
    """Gather forms under nominatives the corpora show and keep the names the evidence supports."""
    from keryx.linking.names.inflection import phrase_forms

    surfaces: dict[str, Counter[str]] = defaultdict(Counter)  # folded -> surface spellings seen
    observed: Counter[str] = Counter()  # folded form -> times it opens a name
    votes: dict[str, Counter[Vote]] = defaultdict(Counter)
    kin: dict[str, Counter[str]] = defaultdict(Counter)
    for form, n in ev.first.items():
        if not _is_name_word(form):
            continue
        key = _fold(form)
        surfaces[key][form] += n
        observed[key] += n
        votes[key].update(ev.votes[form])
        kin[key].update(ev.kin.get(form, {}))
    lemma_of: dict[str, Counter[str]] = defaultdict(Counter)
    for form, lemmas in ev.lemmas.items():
        for lemma, n in lemmas.items():
            if _is_name_word(lemma):
                lemma_of[_fold(form)][lemma] += n
                surfaces[_fold(lemma)][lemma] += 0
    nominal = set(observed) | {_fold(lem) for c in lemma_of.values() for lem in c}

    # every (nominative, gender) reading of every form, with the support of its votes
    readings: dict[tuple[str, str], dict[str, set[str]]] = {}
    for key in observed:
        for surface in surfaces[key]:
            for nom in _nominatives(surface) | set(lemma_of[key]):
                if _fold(nom) not in nominal:
                    continue  # a nominative the corpora never show is not invented
                for gender in ("m", "f"):
                    if gender == "f" and _fold(nom).endswith(_MASC_ENDINGS + ("ουσ",)):
                        continue  # no woman's first name ends so; "Τερέζας" is a genitive
                    if gender == "m" and _fold(nom).endswith(("η", "ου")) and not _fold(nom).endswith("ιου") \
                            and is_invariant(nom, gender):
                        continue  # a Greek man's genitive ("Γιαννούλη"); "Μάθιου" is foreign
                    paradigm = _forms(nom, gender)
                    if key in paradigm:
                        readings[(_fold(nom), gender)] = {f: s for f, s in paradigm.items() if f in observed}

    def score(reading: tuple[str, str]) -> tuple[int, int, int]:
        """(votes for - votes against, the surname's votes, times its forms open a name)."""
        agree = disagree = 0
        for f, slots in readings[reading].items():
            for vote, n in votes[f].items():
                ok = _agrees(vote, reading[1], slots)
                agree += n if ok else 0
                disagree += n if ok is False else 0
        # the surname's other mentions only break ties: a family shares it ("Μελάνια Τραμπ")
        by_kin = sum(n if g == reading[1] else -n for f in readings[reading] for g, n in kin[f].items())
        support = sum(observed[f] for f in readings[reading])
        return agree - disagree, by_kin, support

    owner: dict[str, tuple[str, str]] = {}
    kept: list[tuple[str, str]] = []
    for reading in sorted(readings, key=lambda r: (*score(r), r[0] in observed, r), reverse=True):
        if reading[0] in owner:
            continue  # its nominative is a form of a better-supported name ("Αλέξη" of "Αλέξης")
        kept.append(reading)
        for f in readings[reading]:
            owner.setdefault(f, reading)

    names: list[LearnedName] = []
    for nom_key, gender in kept:
        forms = [f for f, r in owner.items() if r == (nom_key, gender)]
        if nom_key in ev.last or any(f in ev.last for f in forms):
            continue  # seen as a surname
        if nom_key in ctx.hand or any(ctx.excluded(f) for f in forms) or ev.lower[nom_key] > 0:
            continue
        count = sum(observed[f] for f in forms)
        if count < min_count:
            continue
        slots = readings[(nom_key, gender)]
        # the gender: told by the words before the name (80 % of them agreeing) or, with none, by
        # the articles before the surname elsewhere; the ending alone may tell a Greek masculine;
        # more votes are needed where they go against the ending ("Μουσταφά" is a man's name)
        agree = sum(n for f in forms for v, n in votes[f].items() if v[1] == gender)
        other = sum(n for f in forms for v, n in votes[f].items() if v[1] not in (None, gender))
        kin_agree = sum(kin[f][gender] for f in forms)
        kin_other = sum(n for f in forms for g, n in kin[f].items() if g != gender)
        if agree + other and agree < min_agree * (agree + other):
            continue
        if kin_agree + kin_other and kin_agree < min_agree * (kin_agree + kin_other):
            kin_agree = 0
            if not agree + other:
                continue
        prior = _ending_gender(nom_key)
        needed = 0 if prior == gender == "m" else 1 if prior == gender else 2 if prior is None else 3
        if agree + kin_agree < needed:
            continue
        if any(_agrees(v, gender, slots[f]) is False for f in forms for v in votes[f] if v[1] == gender):
            # a case the reading cannot have ("ο Αλέξη"): keep only when such votes are rare
            bad = sum(n for f in forms for v, n in votes[f].items() if _agrees(v, gender, slots[f]) is False)
            if bad > round((1 - min_agree) * max(1, agree), 6):
                continue
        nom = _spelling(nom_key, surfaces)
        generated = {toks[0] for toks in phrase_forms(nom, gender)}  # what the lexicon makes of the row
        extra = tuple(sorted(_spelling(f, surfaces) for f in forms if f not in generated))
        names.append(LearnedName(nom, gender, extra, not extra and is_invariant(nom, gender), count))
    return sorted(names, key=lambda n: (n.gender, _fold(n.nominative), n.nominative))


def _spelling(key: str, surfaces: dict[str, Counter[str]]) -> str:
    """The most frequent spelling of a folded form; an accented one where the word has two
    syllables or more (a one-syllable name is written without: "Πολ", "Χορστ")."""
    from keryx.lang.el.text import strip_accents

    seen = surfaces.get(key) or Counter({key.capitalize(): 1})
    if len(re.findall("[αεηιουω]+", key)) > 1:
        seen = Counter({s: n for s, n in seen.items() if strip_accents(s) != s}) or seen
    return max(seen.items(), key=lambda kv: (kv[1], kv[0]))[0]


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

HEADER = """\
# keryx first names LEARNED from annotated corpora (written by training/first_names.py; do not edit
# by hand: add a row to first_names.tsv instead, which wins over this file).
# Sources (training splits only): elNER-18 and elNER-4 train.iob2 (first word of PERSON names of
# 2+ words) and UD_Greek-GDT el_gdt-ud-train.conllu (a PROPN opening a flat PROPN run).
# Command: {command}
# Columns as first_names.tsv: nominative, gender (m/f), extra forms (;-separated), flags
# ("invariant": the name does not inflect), then how often the name opened a person's name.
"""


def write(names: Iterable[LearnedName], out: Path, command: str) -> int:
    rows = [n.row() for n in names]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(HEADER.format(command=command) + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def build(data: Path, elner: Sequence[str] = ELNER_TRAIN, gdt: str | None = GDT_TRAIN,
          min_count: int = 2) -> list[LearnedName]:
    ctx = Context()
    ev = Evidence()
    paths = [data / p for p in elner if (data / p).is_file()]
    if paths:
        read_elner(paths, ctx, ev)
    if gdt and (data / gdt).is_file():
        read_gdt(data / gdt, ctx, ev)
    if not paths and not (gdt and (data / gdt).is_file()):
        raise FileNotFoundError(f"no training corpus under {data}")
    return learn(ev, ctx, min_count=min_count)


def dev_coverage(data: Path, learned_tsv: str) -> str:
    """How many elNER-18 *dev* PERSON names of 2+ words open with a known first name, with the
    hand-written table alone and with the learned rows too; and how many close with one (a
    surname that is also a first-name form, which misleads linking). Dev is only measured."""
    from keryx.corpora import iob2_to_spans, read_iob2
    from keryx.lang.el import read_text
    from keryx.linking.names.lexicon import RESOURCES, NameLexicon

    hand = NameLexicon.from_texts(*(read_text(n) for n in RESOURCES if n != LEARNED))
    both = NameLexicon.from_texts(*(read_text(n) if n != LEARNED else learned_tsv for n in RESOURCES))
    n = 0
    first = Counter[str]()
    last = Counter[str]()
    for sent in read_iob2(data / "elner" / "elNER18" / "dev.iob2"):
        tokens = [t for t, _ in sent]
        for s, e, label in iob2_to_spans([t for _, t in sent]):
            if label == "PERSON" and e - s >= 2:
                n += 1
                for name, lex in (("hand", hand), ("hand+learned", both)):
                    first[name] += _fold(tokens[s]) in lex.first_names
                    last[name] += _fold(tokens[e - 1]) in lex.first_names
    return "\n".join(f"elNER-18 dev, {n} PERSON names of 2+ words, {name}: first word a known first name "
                     f"{first[name]} ({first[name] / max(n, 1):.3f}), last word one {last[name]}"
                     for name in ("hand", "hand+learned"))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (default ../shared/data)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the TSV to write")
    ap.add_argument("--min-count", type=int, default=2, help="times a name must open a person's name (default 2)")
    ap.add_argument("--check", action="store_true",
                    help="also print the first-name coverage of elNER-18 dev names (measured, never learned from)")
    args = ap.parse_args(argv)
    try:
        names = build(args.data, min_count=args.min_count)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    command = "python training/first_names.py" + ("" if args.min_count == 2 else f" --min-count {args.min_count}")
    n = write(names, args.out, command)
    print(f"{n} first names -> {args.out}")
    if args.check and (args.data / "elner" / "elNER18" / "dev.iob2").is_file():
        print(dev_coverage(args.data, args.out.read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw the news-sentence set: single elNER-18 sentences naming a person and an office.

    python benchmarks/sentence_sample.py            # (re)write benchmarks/sentence_index.json
    python benchmarks/sentence_sample.py --dump D   # also write D/sNNN.txt for annotators (outside the repo)

Why: every rule since round 31 was decided on a fresh batch of real text annotated blind before it
was scored, and by round 50 the news corpus had no window left (articles in round 39, passages in
round 49, the release block in round 50). elNER-18's train split (../shared/data/elner/elNER18,
17,132 hand-tagged Greek news sentences) is read by no other benchmark: ``people_check.py`` and
``org_recall.py`` read dev, and test is kept for the NER figure. When train ran out (round 58),
the draw went on in dev (``DEV_BATCHES``, entries marked ``"split": "dev"``), and the two dev
checks leave those sentences out. When dev ran out (round 60), it went on in test (``TEST_BATCHES``):
the NER figure on test runs the statistical NER alone on gold tokens, which no fact-layer rule
touches, and the NER is trained and selected on train and dev only. Round 62 drew test's last eligible
sentences (batch 19): every split is spent for that pool. Round 63 opened a second pool in train
(``ORG_BATCHES``, entries marked ``"pool": "org"``): sentences that hold a gold ORG span and are not
eligible by the person-and-office rule, so that no earlier batch could have drawn them; organisations
are the field the real-world report half misses most. keryx's NER was trained on the train
sentences, so its people and organisation figures there say little about the NER; the set is for
the fact layer over the entities, above all which office goes to which person.

A sentence is eligible when it holds a gold PERSON span, 12-80 tokens and an office word by
``people_check.ROLE_STEMS`` (a generic list, independent of keryx's lexicon), and when no run of six
of its words occurs in the news corpus or in a real-world text, so that it repeats no annotated
text and never touches the real-world report half. Sentences are drawn with a fixed seed,
alternate between a tuning and a check half, and are numbered in corpus order. Each is one
document, detokenised as ``people_check.py`` does. Only sentence numbers and hashes are stored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from people_check import is_role_word
from press_sample import dump, read_lines

from keryx.corpora import detokenise, iob2_to_spans, read_iob2

HERE = Path(__file__).resolve().parent
INDEX = HERE / "sentence_index.json"
TRAIN = HERE.parent.parent / "shared" / "data" / "elner" / "elNER18" / "train.iob2"
DEV = TRAIN.with_name("dev.iob2")
REALWORLD = HERE.parent.parent / "shared" / "data" / "realworld" / "texts"
SEED = 20261206
SIZE = 120  # a batch: ids run in corpus order within each batch, so a larger draw keeps earlier ids
BATCHES = 15  # batch 1 (s000-s119) decided round 51's first wave, batch 2 (s120-s239) its second, batch 3 (s240-s359) round 52 wave 1, batch 4 (s360-s479) its wave 2, batch 5 (s480-s599), batch 6 (s600-s719) round 53, batches 7 (s720-s839) and 8 (s840-s959) round 54, batches 9 (s960-s1079) and 10 (s1080-s1199) round 55, batches 11 (s1200-s1319) and 12 (s1320-s1439) round 56, 13 (s1440-s1559) and 14 (s1560-s1679) round 57, 15 (s1680-s1749, the last 70 eligible sentences: the pool is spent) round 58
DEV_BATCHES = 2  # then elNER-18 dev, ids going on: batch 16 (s1750-s1869) round 59, batch 17 (s1870-s1917, the dev pool spent) round 60; people_check.py and org_recall.py skip these
TEST_BATCHES = 2  # then elNER-18 test, ids going on: batch 18 (s1918-s2037) round 61, batch 19 (s2038-s2119, the test pool spent) round 62
ORG_BATCHES = 8  # then train's organisation pool, ids going on: batch 20 (s2120-s2239) round 63, batch 21 (s2240-s2359) round 64, batch 22 (s2360-s2479) round 65, batch 23 (s2480-s2599) round 66, batch 24 (s2600-s2719) round 67, batch 25 (s2720-s2839) round 68, batch 26 (s2840-s2959) round 69, batch 27 (s2960-s3079) round 70
MIN_TOKENS, MAX_TOKENS = 12, 80
RUN = 6  # words in a row that, found elsewhere, make a sentence a repeat
_WORD = re.compile(r"\w+")


def sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def sentences(path: Path = TRAIN) -> list[list[tuple[str, str]]]:
    """Every sentence of a split (train unless told) as (token, tag) pairs, in file order."""
    return list(read_iob2(path))


def _words(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _seen_elsewhere() -> str:
    """The words of the news corpus and of every real-world text, one space apart."""
    parts = ["\n".join(read_lines())]
    parts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(REALWORLD.glob("*"))]
    return "\n".join(_words(t) for t in parts)


def _repeats(text: str, elsewhere: str) -> bool:
    words = _WORD.findall(text.lower())
    return any(f" {' '.join(words[i:i + RUN])} " in elsewhere for i in range(len(words) - RUN + 1))


def eligible(sent: list[tuple[str, str]]) -> bool:
    """A person, an office word and a news sentence's length (the corpus check comes after)."""
    words = [w for w, _ in sent]
    return (MIN_TOKENS <= len(words) <= MAX_TOKENS
            and any(lab == "PERSON" for _, _, lab in iob2_to_spans([t for _, t in sent]))
            and any(is_role_word(w) for w in words))


def eligible_org(sent: list[tuple[str, str]]) -> bool:
    """The organisation pool: a body and a news sentence's length, and no sentence ``eligible`` takes."""
    words = [w for w, _ in sent]
    return (MIN_TOKENS <= len(words) <= MAX_TOKENS
            and any(lab == "ORG" for _, _, lab in iob2_to_spans([t for _, t in sent]))
            and not eligible(sent))


def draw(sents: list[list[tuple[str, str]]], seed: int = SEED, size: int = SIZE * BATCHES,
         first: int = 0, elsewhere: str | None = None, split: str | None = None,
         rule: Callable[[list[tuple[str, str]]], bool] = eligible, pool: str | None = None) -> list[dict[str, object]]:
    """Fixed-seed, distinct eligible sentences, alternately tuning and check, ids (from ``first``) in
    corpus order within each batch of ``SIZE`` draws; ``split`` marks entries not from train, ``pool``
    entries drawn by another rule than ``eligible``."""
    order = [n for n, s in enumerate(sents) if rule(s)]
    random.Random(seed).shuffle(order)
    elsewhere = _seen_elsewhere() if elsewhere is None else elsewhere
    chosen: list[int] = []
    seen: set[str] = set()
    for n in order:
        text = detokenise([w for w, _ in sents[n]])[0]
        if text in seen or _repeats(text, elsewhere):
            continue
        seen.add(text)
        chosen.append(n)
        if len(chosen) == size:
            break
    halves = {n: ("tuning" if k % 2 == 0 else "check") for k, n in enumerate(chosen)}
    ordered = [n for b in range(0, len(chosen), SIZE) for n in sorted(chosen[b:b + SIZE])]
    return [{"id": f"s{first + k:03d}", "sentence": n, "sha1": sha(detokenise([w for w, _ in sents[n]])[0]),
             "half": halves[n], **({"split": split} if split else {}), **({"pool": pool} if pool else {})}
            for k, n in enumerate(ordered)]


def texts(index: list[dict[str, object]], sents: list[list[tuple[str, str]]] | None = None) -> dict[str, str]:
    """The text of each drawn sentence, checked against its stored hash."""
    split = {"train": sents if sents is not None else sentences()}
    out = {}
    for e in index:
        name = str(e.get("split", "train"))
        if name not in split:
            split[name] = sentences(TRAIN.with_name(f"{name}.iob2"))
        n = int(e["sentence"])  # type: ignore[call-overload]
        text = detokenise([w for w, _ in split[name][n]])[0]
        if sha(text) != e["sha1"]:
            raise SystemExit(f"{e['id']}: sentence {n} of {name}.iob2 changed; redraw the set")
        out[str(e["id"])] = text
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--dump", type=Path, help="write sNNN.txt files here (never inside the repo)")
    args = ap.parse_args()
    sents = sentences()
    elsewhere = _seen_elsewhere()
    index = draw(sents, elsewhere=elsewhere)
    drawn = texts(index, sents)
    dev = draw(sentences(DEV), size=SIZE * DEV_BATCHES, first=len(index),
               elsewhere=elsewhere + "\n".join(_words(t) for t in drawn.values()), split="dev")
    index += dev
    seen = elsewhere + "\n".join(_words(t) for t in texts(index, sents).values())
    index += draw(sentences(TRAIN.with_name("test.iob2")), size=SIZE * TEST_BATCHES, first=len(index),
                  elsewhere=seen, split="test")
    seen = elsewhere + "\n".join(_words(t) for t in texts(index, sents).values())
    index += draw(sents, size=SIZE * ORG_BATCHES, first=len(index), elsewhere=seen, rule=eligible_org, pool="org")
    INDEX.write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    print(f"{len(index)} sentences -> {INDEX}")
    if args.dump:
        dump(texts(index, sents), args.dump)



if __name__ == "__main__":
    main()

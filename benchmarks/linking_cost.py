"""Linking cost per character (people, organisations, places, roles) on growing documents.

Issue 13 measured role-to-person linking as cubic (38 s at 100 k characters). The text is
a paragraph written here, repeated; the spaCy pipeline runs outside the timing, then
``Linker.link`` is timed alone (best of 3).

    PYTHONPATH=pipeline python benchmarks/linking_cost.py [--sizes 10000,30000,100000]
"""

from __future__ import annotations

import argparse
import time

PARAGRAPH = (
    "Ο Δήμαρχος Ηρακλείου κ. Γιάννης Μαρκογιαννάκης συναντήθηκε με τον Αντιπρόεδρο της ΚΕΔΕ "
    "και Δήμαρχο Ναυπλιέων Δημήτρη Κωστούρο. Στη συνάντηση ήταν η Γενική Γραμματέας Ψηφιακής "
    "Διακυβέρνησης Μαρία Κωνσταντινίδου, ο Αντιδήμαρχος Οικονομικών, ο Διοικητής του Νοσοκομείου "
    "κ. Αριστείδης Μπέκας και ο Λιμενάρχης Ηρακλείου, Πλοίαρχος Λ.Σ. Ιωάννης Μαυράκης. "
    "Η Περιφέρεια Κρήτης και το Υπουργείο Εσωτερικών στηρίζουν το έργο του Δήμου μας στην Αθήνα.\n"
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,30000,100000")
    args = ap.parse_args()
    from keryx.linking.linker import Linker
    from keryx.nlp import load_pipeline

    nlp = load_pipeline()
    nlp.max_length = 10_000_000
    linker = Linker()
    print(f"{'chars':>9} {'roles':>6} {'people':>6} {'seconds':>8} {'µs/char':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]
        doc = nlp(text)
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            linked = linker.link(doc, publisher="Δήμος Ηρακλείου")
            best = min(best, time.perf_counter() - t)
        roles = len(doc.spans.get("roles", []))
        print(f"{size:>9,} {roles:>6} {len(linked.people):>6} {best:>8.3f} {best / size * 1e6:>8.2f}")


if __name__ == "__main__":
    main()

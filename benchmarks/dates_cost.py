"""Date matching cost per character, from 10 k to 10 M characters (issue 13: it must stay flat).

Two kinds of text, written here (no corpus text): date-dense sentences, and one long line
of prose with numbers, percentages and phone numbers but no line breaks.

    PYTHONPATH=pipeline python benchmarks/dates_cost.py [--max 10000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from keryx.dates import find_dates

DENSE = ("Η εκδήλωση θα γίνει την Τρίτη 12 Μαρτίου 2019 στις 19:00 και η δεύτερη στις 14/03/2019. "
         "Αύριο ξανά, 3-5 Μαΐου 2024 ώρα 10.00. ")
PROSE = ("Ο Δήμαρχος ανακοίνωσε ότι το έργο κοστίζει 2.500 ευρώ (15%) και ότι πληροφορίες δίνονται "
         "στο τηλ. 2810 123456, σύμφωνα με τον ν. 4412/2016 και το άρθρο 5 της απόφασης 12.3 ")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max", type=int, default=10_000_000)
    args = ap.parse_args()
    find_dates("4 Οκτωβρίου 2019")  # compile the rules outside the timings
    pub = dt.date(2019, 3, 1)
    print(f"{'text':6} {'chars':>10} {'mentions':>9} {'seconds':>8} {'µs/char':>8}")
    size = 10_000
    while size <= args.max:
        for name, unit in (("dense", DENSE), ("prose", PROSE)):
            text = (unit * (size // len(unit) + 1))[:size]
            t = time.perf_counter()
            found = find_dates(text, pub)
            el = time.perf_counter() - t
            print(f"{name:6} {size:>10,} {len(found):>9,} {el:>8.2f} {el / size * 1e6:>8.2f}")
        size *= 10


if __name__ == "__main__":
    main()

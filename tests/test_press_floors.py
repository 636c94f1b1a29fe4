"""Floors on the five team-annotated real-text sets drawn from the news corpus, run on every change.

- press paragraphs (benchmarks/press_*): 240 real news paragraphs (80 of them the check half);
- press-release windows (benchmarks/release_*): 100 windows of up to five consecutive paragraphs
  of real press releases (50 of them the check half; r060-r099 a second batch), with events;
- release documents (benchmarks/document_*): 40 runs of up to twelve release paragraphs (20 of
  them the check half), with events; mostly trade-confederation circulars, so few people;
- news articles (benchmarks/article_*): 3502 whole articles, a headline and its body, from the news
  part of the corpus (1751 of them the check half; a160-a239 a third draw of 80, a240-a359 a fourth
  of 120, a360-a399 a fifth of 40, a400-a439 a sixth of 40, a440-a479 a seventh of 40, a480-a559 an
  eighth of 80, a560-a3479 seventy-three batches of 40 in rounds 15-39, a3480-a3501 the last 22 articles the news part holds), with events: the kind of text the real-world report half mostly holds;
- news passages (benchmarks/passage_*): 739 runs of up to eight news paragraphs that no article and no
  press paragraph holds (369 of them the check half; n000-n079 drawn in round 40, when the articles ran
  out, n080-n159 in round 41, n160-n239 in round 42, n240-n319 in round 43, n320-n399 in round 44,
  n400-n479 in round 45, n480-n559 in round 46, n560-n639 in round 47, n640-n719 in round 48, n720-n738, the last
  19 windows the news part holds, in round 49), with
  events;
- news sentences (benchmarks/sentence_*): 3080 single elNER-18 sentences (train, then dev, then test) that name a person and
  an office, the last 960 train sentences that name a body (1540 of them the check half; s000-s119 and s120-s239 drawn in round 51, when the news
  part had no window left, s240-s359 and s360-s479 in round 52, s480-s599 and s600-s719 in round 53,
  s720-s839 and s840-s959 in round 54, s960-s1079 and s1080-s1199 in round 55, s1200-s1319 and s1320-s1439 in round 56, s1440-s1559 and s1560-s1679 in round 57, s1680-s1749 in round 58, the
  train pool's last, s1750-s1869 from dev in round 59, s1870-s1917 in round 60, the dev pool's last, s1918-s2037 from test
  in round 61, s2038-s2119 in round 62, the test pool's last, s2120-s2239 from train's organisation pool in round 63,
  s2240-s2359 in round 64, s2360-s2479 in round 65, s2480-s2599 in round 66, s2600-s2719 in round 67, s2720-s2839 in round 68, s2840-s2959 in round 69, s2960-s3079 in round 70),
  no events.

All but the sentences come from ../shared/data/greek_raw/news.txt.xz (only line numbers and hashes are in the
repository), with gold written by hand under the real-world guide. The figures to report come
from ``benchmarks/press.py`` (``--set releases``, ``--set documents``); these floors sit a little
under the last round's, on each half. The check halves are guarded, never tuned. Skipped where
../shared is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from keryx.evaluation.records import Report, evaluate

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
NEWS = ROOT.parent / "shared" / "data" / "greek_raw" / "news.txt.xz"

# F1 of the last round (benchmarks/press.md) less a margin of a few paragraphs' worth.
FLOORS = {
    "press": {
        "tuning": {"people": 0.90, "person_roles": 0.86, "organisations": 0.85, "places": 0.87, "dates": 0.95},
        "check": {"people": 0.86, "person_roles": 0.60, "organisations": 0.72, "places": 0.76, "dates": 0.90},
    },
    "releases": {
        "tuning": {"people": 0.77, "person_roles": 0.88, "organisations": 0.83, "places": 0.81, "dates": 0.94,
                   "event_dates": 0.75, "event_locations": 0.62},
        "check": {"people": 0.74, "person_roles": 0.72, "organisations": 0.78, "places": 0.84, "dates": 0.92,
                  "event_dates": 0.44, "event_locations": 0.75},
    },
    "documents": {  # few gold people and places here: a single name moves those fields a lot
        "tuning": {"people": 0.90, "person_roles": 0.90, "organisations": 0.91, "places": 0.85, "dates": 0.97,
                   "event_dates": 0.73, "event_locations": 0.90},
        "check": {"people": 0.33, "organisations": 0.81, "places": 0.55, "dates": 0.70,
                  "event_dates": 0.36},
    },
    # few gold event dates (news rarely gives a year): that field has no floor. Round 15 added 120
    # fresh articles, which start lower (as every draw has): tuning pairs .810 -> .788, dates .879 -> .851.
    # Round 16 added 120 more: tuning event places .503 (340) -> .479 (400); check pairs .720 -> .672,
    # its new 60 holding a list of 122 artists with their trades (153 of its 253 gold pairs; recall .372).
    # Round 17 added 120 more (a800-a919): tuning people .905 (400) -> .897 (460), dates .891 -> .866.
    # Round 18 added 120 more (a920-a1039): tuning event places .488 (460) -> .466 (520), the new
    # tuning 60 at .312 (their gold holds 40 event places, keryx finds 10).
    # Round 19 added 120 more (a1040-a1159): tuning event places .466 (520) -> .450 (580), the new
    # tuning 60 at .323.
    # Round 20 added 120 more (a1160-a1279): tuning event places .450 (580) -> .444 (640), the new
    # tuning 60 at .379.
    # Round 21 added 120 more (a1280-a1399): tuning people .893 (640) -> .892 (700), the new tuning 60
    # at .876 people and .424 event places.
    # Round 22 added 120 more (a1400-a1519): tuning dates .871 (700) -> .833 (760), the new tuning 60
    # at .473: one of them holds 27 gold dates keryx does not give (no date is extra), so the floor is .81.
    # Round 23 added 120 more (a1520-a1639): tuning event places .449 (760) -> .441 (820), the new
    # tuning 60 at .356; every floor holds.
    # Round 24 added 120 more (a1640-a1759): tuning event dates .444 (820) -> .456 (880), the new
    # tuning 60 at .571 and event places .353; every floor holds.
    # Round 25 added 120 more (a1760-a1879): tuning event places .442 (880) -> .429 (940), the new
    # tuning 60 at .233 (7 of their 38 gold event places found, 15 placed wrong), so that floor is .42.
    # Round 26 added 120 more (a1880-a1999): tuning event places .436 (940) -> .430 (1000), the new
    # tuning 60 at .359; every floor holds.
    # Round 27 added 120 more (a2000-a2119): tuning pairs .798 (1000) -> .789 (1060) and event places
    # .431 -> .424, the new tuning 60 at .581 pairs and .303 event places; every floor holds.
    # Round 28 added 120 more (a2120-a2239): tuning dates .888 (1060) -> .880 (1120) and event dates
    # .500 -> .484, the new tuning 60 at .703 dates and .200 event dates; every floor holds.
    # Round 29 added 120 more (a2240-a2359): tuning organisations .811 (1120) -> .807 (1180) and event
    # places .434 -> .428, the new tuning 60 at .726 organisations and .324 event places; every floor holds.
    # Round 30 added 120 more (a2360-a2479): tuning dates .880 (1180) -> .874 (1240) and event places
    # .428 -> .421, the new tuning 60 at .813 dates and .310 event places; every floor holds.
    # Round 31 added 120 more (a2480-a2599): tuning event dates .509 (1240) -> .491 (1300), the new
    # tuning 60 at .000 event dates (none right) and .364 event places; every floor holds.
    # Round 32 added 120 more (a2600-a2719): tuning pairs .795 (1300) -> .789 (1360) and event dates
    # .491 -> .483, the new tuning 60 at .653 pairs and .333 event dates; every floor holds.
    # Round 33 added 120 more (a2720-a2839): tuning pairs .789 (1360) -> .785 (1420) and event dates
    # .496 -> .492, the new tuning 60 at .695 pairs and .333 event dates; every floor holds.
    # Round 34 added 120 more (a2840-a2959): tuning pairs .786 (1420) -> .785 (1480) and event dates
    # .504 -> .500, the new tuning 60 at .758 pairs and .333 event dates; every floor holds.
    # Round 34's four merged rules: tuning .905 / .788 / .813 / .885 / .879 / .510 / .441 on the 1480.
    # Round 35 added 120 more (a2960-a3079): tuning people .905 (1480) -> .902 (1540), places .885 -> .882,
    # event dates .510 -> .504, event places .441 -> .435, the new tuning 60 at .841 people, .000 event
    # dates (none right) and .245 event places; every floor holds.
    # Round 35's three merged rules: tuning .904 / .789 / .814 / .882 / .878 / .504 / .435 on the 1540.
    # Round 36 added 120 more (a3080-a3199): tuning people .904 (1540) -> .903 (1600), pairs .789 -> .786,
    # places .882 -> .880, dates .878 -> .877, event dates .504 -> .498, event places .435 -> .433, the new
    # tuning 60 at .680 pairs and .286 event dates; every tuning floor holds.
    # Round 37 added 120 more (a3200-a3319), measured with round 36's event-dates rule (branch evdates36):
    # tuning pairs .787 (1600) -> .784 (1660), organisations .814 -> .813, event places .439 -> .436, dates
    # .877 -> .879, event dates .527 -> .536, the new tuning 60 at .716 pairs and .327 event places; every
    # tuning floor holds.
    # Round 38 added 120 more (a3320-a3439): tuning people .903 (1660) -> .902 (1720), pairs .786 -> .785,
    # organisations .813 -> .812, dates .879 -> .877, event dates .542 -> .541, the new tuning 60 at .746
    # pairs, .783 dates and .500 event dates; every tuning floor holds.
    # Round 39 added the last 62 (a3440-a3501): tuning organisations .813 (1720) -> .814 (1751), dates
    # .877 -> .874, event dates .546 -> .542, event places .441 -> .443, the new tuning 31 at .571 dates and
    # .000 event dates (no dated event found right); every tuning floor holds.
    "articles": {
        "tuning": {"people": 0.89, "person_roles": 0.77, "organisations": 0.78, "places": 0.86, "dates": 0.81,
                   "event_locations": 0.42},
        "check": {"people": 0.80, "person_roles": 0.66, "organisations": 0.75, "places": 0.82, "dates": 0.80},
    },
    # Round 40 drew the passages; round 39's code gave the tuning half .870 / .608 / .825 / .822 / .765 /
    # .615 / .329 before any rule was decided on it, and the check half (read after the decisions) .868 /
    # .495 / .730 / .844 / .889 / .667 / .174 before and after round 40. Forty texts a half: the floors sit
    # a few points under.
    # Round 41 added 80 more (n080-n159): round 40's code gives the 80 a half tuning .874 / .643 / .810 /
    # .801 / .787 / .375 / .286 and check .846 / .523 / .758 / .831 / .873 / .636 / .226, the same facts
    # as round 41's; the new tuning 40 at .667 pairs and .243 event places.
    # Round 42 added 80 more (n160-n239): round 41's code gives the 120 a half tuning .883 / .661 / .807 /
    # .812 / .824 / .419 / .290 and check .862 / .572 / .769 / .837 / .904 / .629 / .266; round 42's
    # tuning .883 / .661 / .811 / .817 / .824 / .429 / .290, check the same as before; the new 40 a half
    # unchanged by the round (tuning .684 pairs, .299 event places).
    # Round 43 added 80 more (n240-n319): round 42's code gives the 160 a half tuning .885 / .695 / .814 /
    # .814 / .844 / .444 / .266 and check .864 / .606 / .771 / .830 / .919 / .571 / .259; round 43's
    # tuning .886 / .700 / .819 / .820 / .844 / .444 / .266, check .864 / .606 / .771 / .831 / .919 / .571 /
    # .259; the new tuning 40 at .163 event places, its check 40 at .730 pairs; every floor holds.
    # Round 44 added 80 more (n320-n399): round 43's and round 44's code give the 200 a half the same facts,
    # tuning .888 / .706 / .814 / .828 / .864 / .431 / .273 and check .865 / .626 / .770 / .832 / .933 /
    # .590 / .274; the new tuning 40 at .364 event dates, its check 40 at .744 pairs; every floor holds.
    # Round 45 added 80 more (n400-n479): round 44's code gives the 240 a half tuning .888 / .727 / .815 /
    # .832 / .853 / .479 / .274 and check .864 / .607 / .771 / .836 / .932 / .519 / .274; round 45's
    # tuning .888 / .731 / .816 / .834 / .853 / .493 / .278, check .864 / .607 / .771 / .836 / .932 / .519 /
    # .279; the new check 40 at .526 pairs; every floor holds.
    # Round 46 added 80 more (n480-n559): round 45's code gives the 280 a half tuning .881 / .724 / .815 /
    # .826 / .851 / .459 / .279 and check .871 / .637 / .781 / .832 / .933 / .533 / .270; round 46's
    # tuning .881 / .726 / .818 / .826 / .851 / .466 / .279, check .871 / .635 / .783 / .832 / .933 / .533 /
    # .270; the new tuning 40 at .845 people and .784 places; every floor holds.
    # Round 47 added 80 more (n560-n639): round 46's code gives the 320 a half tuning .881 / .716 / .811 /
    # .828 / .853 / .506 / .286 and check .874 / .636 / .774 / .829 / .933 / .505 / .272; round 47's
    # tuning .881 / .719 / .811 / .828 / .853 / .602 / .290, check .874 / .636 / .774 / .828 / .933 / .596 /
    # .272; the new 80 unchanged by the round (tuning .634 pairs, check .710 organisations); every floor holds.
    # Round 48 added 80 more (n640-n719): round 47's code gives the 360 a half tuning .886 / .734 / .810 /
    # .828 / .838 / .577 / .307 and check .871 / .632 / .765 / .828 / .924 / .560 / .260; round 48's
    # tuning .886 / .735 / .810 / .828 / .838 / .577 / .310, check the same as before; the new check 40 at
    # .689 organisations and .136 event places, unchanged by the round; every floor holds.
    # Round 49 added the last 19 the news part holds (n720-n738, 10 tuning, 9 check): round 48's code gives
    # the 370 / 369 tuning .886 / .734 / .811 / .828 / .844 / .588 / .310 and check .870 / .629 / .769 / .827 /
    # .924 / .560 / .254; round 49's tuning .886 / .736 / .813 / .828 / .844 / .640 / .323, check .870 / .629 /
    # .769 / .827 / .924 / .567 / .268; the new check 9 hold no date; every floor holds.
    "passages": {
        "tuning": {"people": 0.85, "person_roles": 0.62, "organisations": 0.78, "places": 0.78,
                   "event_locations": 0.25},
        "check": {"people": 0.83, "person_roles": 0.53, "organisations": 0.73, "places": 0.80},
    },
    # Round 51 drew the sentences (elNER-18 train, which the NER learned from: people and bodies here
    # measure the fact layer, not the NER). Round 51's end: tuning .958 / .855 / .904 / .831, check
    # .971 / .876 / .896 / .770; five gold dates in all, so dates has no floor. Round 52 drew batches 3
    # and 4 (480 in all); its end: tuning 240 .986 / .898 / .901 / .828, check 240 .967 / .877 / .879 / .781.
    # Round 53 drew batches 5 and 6 (720 in all), whose tuning halves start lower in pairs (.800 on 120);
    # its end: tuning 360 .981 / .868 / .901 / .842, check 360 .971 / .863 / .893 / .802.
    # Round 54 drew batches 7 and 8 (960 in all); round 53's code gives their tuning 120 .952 / .796 /
    # .901 / .901 and the 480 .973 / .850 / .901 / .857, so the tuning pairs floor is .84.
    # Round 55 drew batches 9 and 10 (1200 in all); round 54's code gives their tuning 120 .957 / .821 /
    # .939 / .897 and the 600 .970 / .848 / .911 / .874 (check 120 .985 / .837 / .908 / .875).
    # Round 56 drew batches 11 and 12 (1440 in all); round 55's code gives their tuning 120 .977 / .809 /
    # .886 / .857 and the 720 .971 / .844 / .907 / .871 (check 120 .951 / .783 / .886 / .909).
    # Round 57 drew batches 13 and 14 (1680 in all); round 56's code gives their tuning 120 .982 / .849 /
    # .851 / .913 and the 840 .975 / .851 / .900 / .878 (check 120 .971 / .813 / .876 / .876; check 840
    # .970 / .850 / .899 / .856, so the check pairs floor is .84).
    # Round 58 drew batch 15 (s1680-s1749, 1750 in all: the last 70 eligible sentences); round 57's code
    # gives its tuning 35 .978 / .833 / .875 / .909 and the 875 .975 / .851 / .898 / .880 (check 35 .949 /
    # .833 / .885 / .867; check 875 .970 / .851 / .898 / .857); every floor holds.
    # Round 59 drew batch 16 from elNER-18 dev (s1750-s1869, 1870 in all); round 58's code gives its tuning
    # 60 .978 / .882 / .877 / .842 and the 935 .976 / .853 / .898 / .878 (check 60 .967 / .850 / .849 / .778);
    # round 59's code: tuning 935 .977 / .858 / .898 / .879, check 935 .971 / .854 / .893 / .854; every floor holds.
    # Round 60 drew batch 17, the last 48 eligible dev sentences (s1870-s1917, 1918 in all); round 59's code gives
    # its tuning 24 .956 / .754 / .889 / .818 and the 959 .976 / .855 / .898 / .878 (check 24 .982 / .864 / .870 /
    # .929; check 959 .972 / .854 / .893 / .856); round 60's code: tuning 959 .976 / .855 / .897 / .878, check 959
    # .971 / .854 / .894 / .856; every floor holds.
    # Round 61 drew batch 18 from elNER-18 test (s1918-s2037, 2038 in all); round 60's code gives its tuning 60
    # .971 / .733 / .929 / .875 and the 1019 .976 / .850 / .900 / .877 (check 60 .936 / .839 / .816 / .808; check
    # 1019 .969 / .852 / .890 / .854); every floor holds.
    # Round 62 drew batch 19, the last 82 eligible test sentences (s2038-s2119, 2120 in all); round 61's code gives
    # its tuning 41 .947 / .845 / .867 / .791 and the 1060 .975 / .852 / .900 / .874 (check 41 .982 / .781 / .892 /
    # .937; check 1060 .970 / .849 / .892 / .859); round 62's code: tuning 1060 .975 / .855 / .900 / .876, check
    # 1060 .970 / .851 / .892 / .858; every floor holds.
    # Round 63 drew batch 20 from a second pool, train sentences that name a body and no person with an office
    # (s2120-s2239, 2240 in all); round 62's code gives its tuning 60 .903 / 1.000 / .907 / .816 (check 60 1.000 /
    # 1.000 / .941 / .812); round 63's code: tuning 1120 .974 / .856 / .901 / .872, check 1120 .971 / .851 / .896 /
    # .854 (check dates .978 -> .939: batch 20's check half holds three gold dates, keryx finds one); every floor holds.
    # Round 64 drew batch 21, the organisation pool's next 120 (s2240-s2359, 2360 in all); round 63's code gives its
    # tuning 60 1.000 / .667 / .904 / .828 (check 60 .950 / .667 / .908 / .852), unchanged by round 64's; round 64's
    # code: tuning 1180 .974 / .856 / .902 / .873, check 1180 .970 / .851 / .897 / .854; every floor holds.
    # Round 65 drew batch 22, the organisation pool's next 120 (s2360-s2479, 2480 in all); round 64's code gives its
    # tuning 60 .977 / .800 / .866 / .901 (check 60 .963 / 1.000 / .920 / .935), unchanged by round 65's; round 65's
    # code: tuning 1240 .974 / .860 / .899 / .875, check 1240 .970 / .850 / .899 / .858; every floor holds.
    # Round 66 drew batch 23, the organisation pool's next 120 (s2480-s2599, 2600 in all); round 65's code gives its
    # tuning 60 .962 / .000 / .877 / .915 (no gold pair, one found; check 60 1.000 / 1.000 / .897 / .684), unchanged
    # by round 66's; round 66's code: tuning 1300 .975 / .861 / .898 / .877, check 1300 .971 / .851 / .898 / .853;
    # every floor holds.
    # Round 67 drew batch 24, the organisation pool's next 120 (s2600-s2719, 2720 in all); round 66's code gives its
    # tuning 60 1.000 / .667 / .878 / .836 (check 60 1.000 / .667 / .963 / .826), unchanged by round 67's; round 67's
    # code: tuning 1360 .975 / .861 / .897 / .875, check 1360 .971 / .850 / .903 / .852; every floor holds.
    # Round 68 drew batch 25, the organisation pool's next 120 (s2720-s2839, 2840 in all); round 67's code gives its
    # tuning 60 1.000 / .000 / .930 / .905 (no gold pair, none found; check 60 .970 / .800 / .910 / .918), unchanged
    # by round 68's; round 68's code: tuning 1420 .975 / .864 / .899 / .878, check 1420 .971 / .851 / .903 / .855;
    # every floor holds.
    # Round 69 drew batch 26, the organisation pool's next 120 (s2840-s2959, 2960 in all); round 68's code gives its
    # tuning 60 1.000 / .000 / .855 / .714 (two gold pairs, neither found; check 60 1.000 / .667 / .942 / .873), round
    # 69's tuning organisations .861; round 69's code: tuning 1480 .975 / .862 / .897 / .878, check 1480 .972 / .851 /
    # .905 / .855; every floor holds.
    # Round 70 drew batch 27, the organisation pool's next 120 (s2960-s3079, 3080 in all); round 69's code gives its
    # tuning 60 1.000 / .500 / .917 / .852 (three gold pairs, one found; check 60 .900 / .800 / .914 / .940), unchanged
    # by round 70's; round 70's code: tuning 1540 .975 / .863 / .898 / .877, check 1540 .971 / .852 / .906 / .860;
    # every floor holds.
    "sentences": {
        "tuning": {"people": 0.96, "person_roles": 0.84, "organisations": 0.88, "places": 0.80},
        "check": {"people": 0.95, "person_roles": 0.84, "organisations": 0.87, "places": 0.74},
    },
}
SIZES = {"press": (240, 80), "releases": (100, 50), "documents": (40, 20), "articles": (3502, 1751), "passages": (739, 369),
         "sentences": (3080, 1540)}  # windows in all, in the check half

pytestmark = pytest.mark.skipif(not NEWS.is_file(), reason="no ../shared/data/greek_raw here")


def _sampler(which: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        import article_sample
        import document_sample
        import passage_sample
        import press_sample
        import release_sample
        import sentence_sample
    finally:
        sys.path.remove(str(BENCH))
    return {"press": press_sample, "releases": release_sample, "documents": document_sample,
            "articles": article_sample, "passages": passage_sample, "sentences": sentence_sample}[which]


def _gold_dir(which: str) -> Path:
    return BENCH / {"press": "press_gold", "releases": "release_gold", "documents": "document_gold",
                    "articles": "article_gold", "passages": "passage_gold", "sentences": "sentence_gold"}[which]


@pytest.fixture(scope="module")
def reports(extractor) -> dict[str, dict[str, Report]]:
    out: dict[str, dict[str, Report]] = {}
    for which, halves in FLOORS.items():
        sampler = _sampler(which)
        index = json.loads(sampler.INDEX.read_text(encoding="utf-8"))
        texts = sampler.texts(index)
        out[which] = {}
        for half in halves:
            ids = [e["id"] for e in index if e["half"] == half]
            golds = {i: json.loads((_gold_dir(which) / f"{i}.json").read_text(encoding="utf-8")) for i in ids}
            out[which][half] = evaluate((extractor.extract_text(texts[i]).model_dump(mode="json"), golds[i])
                                        for i in ids)
    return out


@pytest.mark.parametrize("which, half, field, floor",
                         [(w, h, f, v) for w, halves in FLOORS.items() for h, fields in halves.items()
                          for f, v in sorted(fields.items())])
def test_floor(reports, which, half, field, floor):
    assert reports[which][half].fields[field].f1 >= floor, (which, half, field, reports[which][half].fields[field])


@pytest.mark.parametrize("which", sorted(SIZES))
def test_every_entry_has_gold(which):
    index = json.loads(_sampler(which).INDEX.read_text(encoding="utf-8"))
    size, check = SIZES[which]
    assert len(index) == size and sum(e["half"] == "check" for e in index) == check
    assert all((_gold_dir(which) / f"{e['id']}.json").is_file() for e in index)

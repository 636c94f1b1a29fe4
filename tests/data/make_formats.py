"""Generate the small format samples in tests/data/formats/ (committed; rerun only to change them).

Needs python-docx and fpdf2 with the DejaVu font (Debian: fonts-dejavu-core).
Run: /work/venv/bin/python tests/data/make_formats.py
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).parent / "formats"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

RELEASE = (
    "Άνοιξε η πλατφόρμα για το πρόγραμμα «Βοήθεια στο Σπίτι». Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος "
    "δήλωσε ότι η Άνοιξη φέρνει νέες δράσεις για την ανάπτυξη της περιοχής.\n\n"
    "Άλλη μία παράγραφος με την Αντιδήμαρχο Κοινωνικής Πολιτικής κα Μαρία Νικολάου, η οποία τόνισε την "
    "σημασία του έργου για τους κατοίκους της Περαίας και της Επανομής."
)

HTML = """<!DOCTYPE html>
<html lang="el">
<head>
<meta charset="utf-8">
<title>Συνάντηση του Δημάρχου με τον Υπουργό | Δήμος Θερμαϊκού</title>
<meta property="article:published_time" content="2019-10-04T09:30:00+03:00">
<style>body { font-family: sans-serif; }</style>
<script>var tracking = "Κείμενο σεναρίου που δεν πρέπει να εμφανιστεί";</script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Δήμος Θερμαϊκού</a>
  <nav><ul><li><a href="/">Αρχική</a></li><li><a href="/news">Ανακοινώσεις</a></li><li><a href="/contact">Επικοινωνία</a></li></ul></nav>
</header>
<div id="cookie-consent" class="cookie-banner">Ο ιστότοπος χρησιμοποιεί cookies. <button>Αποδοχή</button></div>
<div class="breadcrumb"><a href="/">Αρχική</a> &gt; Ανακοινώσεις</div>
<main>
<article>
  <header>
    <h1>Συνάντηση του Δημάρχου με τον Υπουργό Εσωτερικών</h1>
    <p class="dateline">Αθήνα, 4 Οκτωβρίου 2019</p>
  </header>
  <p>Ο Δήμαρχος Θερμαϊκού κ.&nbsp;Γιώργος Παπαδόπουλος συναντήθηκε σήμερα με τον Υπουργό
     Εσωτερικών στα γραφεία του Υπουργείου.</p>
  <p>Στη συνάντηση συζητήθηκαν τα έργα ύδρευσης της Περαίας.<br>Ακολούθησε δήλωση του Δημάρχου.</p>
  <div class="share-buttons"><a>Facebook</a><a>Twitter</a></div>
  <aside class="related"><h3>Σχετικά άρθρα</h3><ul><li>Παλαιότερη ανακοίνωση</li></ul></aside>
</article>
</main>
<footer><p>© 2019 Δήμος Θερμαϊκού. Όλα τα δικαιώματα διατηρούνται.</p></footer>
<form class="newsletter"><input type="email"><button>Εγγραφή</button></form>
</body>
</html>
"""


def make_texts() -> None:
    (OUT / "cp1253.txt").write_bytes(RELEASE.encode("cp1253"))
    (OUT / "iso-8859-7.txt").write_bytes(RELEASE.encode("iso-8859-7"))
    (OUT / "utf16.txt").write_bytes(RELEASE.encode("utf-16"))
    (OUT / "utf8-bom.txt").write_bytes(RELEASE.encode("utf-8-sig"))
    # Mojibake: UTF-8 bytes that were once decoded as Windows-1252 (or 1253) and saved again as UTF-8.
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs)

    (OUT / "mojibake.txt").write_text(RELEASE.encode("utf-8").decode("sloppy-windows-1252"), encoding="utf-8")
    (OUT / "mojibake-1253.txt").write_text(RELEASE.encode("utf-8").decode("sloppy-windows-1253"), encoding="utf-8")
    (OUT / "release.md").write_text(
        "# Νέο πρόγραμμα του Δήμου\n\nΟ **Δήμαρχος** κ. Γιώργος Παπαδόπουλος ανακοίνωσε το "
        "[πρόγραμμα](https://example.gr/programma).\n\n- πρώτο σημείο\n- δεύτερο σημείο\n", encoding="utf-8")
    (OUT / "article.html").write_text(HTML, encoding="utf-8")


def make_eml() -> None:
    msg = EmailMessage()
    msg["From"] = "Γραφείο Τύπου <press@thermaikos.gr>"
    msg["To"] = "media@example.gr"
    msg["Subject"] = "Δελτίο Τύπου: Συνάντηση του Δημάρχου με τον Υπουργό"
    msg["Date"] = format_datetime(datetime(2019, 10, 4, 12, 0, tzinfo=timezone(timedelta(hours=3))))
    msg.set_content(RELEASE, charset="utf-8", cte="quoted-printable")
    data = msg.as_bytes()
    assert b"=?utf-8?" in data, "subject must be RFC 2047 encoded"
    (OUT / "release.eml").write_bytes(data)

    html_only = EmailMessage()
    html_only["From"] = "press@thermaikos.gr"
    html_only["Subject"] = "Ανακοίνωση"
    html_only["Date"] = "Fri, 4 Oct 2019 12:00:00 +0300"
    html_only.set_content("<html><body><nav>Μενού</nav><p>Ο Δήμαρχος Θερμαϊκού ενημερώνει τους "
                          "δημότες.</p></body></html>", subtype="html", charset="utf-8", cte="base64")
    (OUT / "html-only.eml").write_bytes(html_only.as_bytes())


def make_docx() -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Πρόγραμμα εκδήλωσης"
    d.add_heading("Πρόγραμμα εκδήλωσης για την Άνοιξη", level=1)
    d.add_paragraph("Ο Δήμος Θερμαϊκού διοργανώνει εκδήλωση στην Περαία.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "10:00"
    table.cell(0, 1).text = "Χαιρετισμός Δημάρχου"
    table.cell(1, 0).text = "11:00"
    table.cell(1, 1).text = "Ομιλία της Αντιδημάρχου"
    d.add_paragraph("Η είσοδος είναι ελεύθερη.")
    d.save(str(OUT / "release.docx"))


def make_pdf() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=12)
    for line in ["Δελτίο Τύπου", "", "Ο Δήμαρχος Θερμαϊκού κ. Γιώργος Παπαδόπουλος ανακοίνωσε την ανά-",
                 "πτυξη νέων δράσεων στην Περαία."]:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / "release.pdf"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    make_texts()
    make_eml()
    make_docx()
    make_pdf()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:7d} {p.name}")

"""See a record, not just read it: a document's view page and a batch's report, offline HTML.

:func:`render_view` draws one record (the text with its entities highlighted by spaCy's
displacy, beside it cards for people, organisations, places, dates and events);
:func:`keryx.report.batch.write_report` draws a batch (totals, failures, SVG charts, sortable
tables). Pages are self-contained: styles, scripts and charts are inline, nothing is fetched.
"""

from keryx.report.view import render_view

__all__ = ["render_view"]

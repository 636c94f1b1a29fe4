"""Language resources. keryx knows one language, Greek: see :mod:`keryx.lang.el`."""

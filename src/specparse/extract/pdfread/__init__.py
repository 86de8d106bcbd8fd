"""PDF reading internals: engines that turn pages into positioned text, and the shared line assembly.

``specparse.extract.pdf`` is the entry point; the engines (``pdfium_engine``, ``plumber_engine``)
produce :class:`~.layout.PageText` records and ``layout`` / ``furniture`` turn them into Lines.
"""

"""The local page for teachers: ``framediff serve``.

``inputs.py`` turns what the page or an API client sends into articles, ``view.py`` makes
the report the page shows, ``security.py`` keeps other web pages and other machines out,
``app.py`` joins them into an ASGI application and ``run.py`` starts it on this computer.
Needs the ``serve`` extra (``pip install 'framediff[serve]'``).
"""

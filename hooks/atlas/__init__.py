"""Cooperation Atlas: the pure content pipeline behind the site.

Nothing in this package imports MkDocs; ``hooks/atlas_hooks.py`` is the only adapter.
Data flows one way: read -> clean -> extract -> merge/validate -> index -> render.
"""

PIPELINE_VERSION = "21"

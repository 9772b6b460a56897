"""The researchers' way in: the saved query library, an embedded store, results formats, an endpoint, remote stores.

Nothing here imports the extractors: querying the built graph needs pyoxigraph
and the vocabulary, not spaCy.
"""

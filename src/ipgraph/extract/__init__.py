"""Passages → facts: mentions, then events, commitments and activities. No RDF here: facts are plain objects."""

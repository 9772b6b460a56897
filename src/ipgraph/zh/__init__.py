"""The shared grammar of Chinese text: sentences and clauses, coordination, numerals, dates.

Grammar lives here once, in code; the words it works on (verbs, nouns, titles, names) live in ``knowledge/``.
"""

"""Facts → RDF: a renderer per kind of fact, the reference graph, the Turtle writer and graph diffs."""

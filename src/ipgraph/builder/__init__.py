"""The build: the whole path from reports to Turtle files, with its cache and its worker processes."""

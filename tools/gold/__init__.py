"""Hand-made gold annotations of the seed articles and their builder."""

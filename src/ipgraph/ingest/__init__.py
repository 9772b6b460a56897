"""Reports in: which reports there are (corpus), bytes → text (reading), clean-up (textnorm), text → passages."""

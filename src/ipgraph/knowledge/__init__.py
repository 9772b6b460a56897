"""What extraction knows, read from the files under ``knowledge/`` that a researcher extends without Python."""

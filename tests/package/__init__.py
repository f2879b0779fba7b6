"""The package as a user gets it: the built wheel in a clean venv, and what importing it costs."""

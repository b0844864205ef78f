"""Training, prediction and evaluation tools for the trained models (needs the shared data)."""

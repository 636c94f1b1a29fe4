"""keryx\x27s trained models, shipped as package data so a plain pip install carries them."""

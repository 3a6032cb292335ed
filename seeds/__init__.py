"""Sample articles shipped with newsread; `newsread` with no argument opens one the first time."""

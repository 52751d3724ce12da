"""The editing session on disk, without Qt: the lock that keeps two people out of one file and the recovery copies
that outlive a crash. The window (gui/files.py) decides when; these modules decide how."""

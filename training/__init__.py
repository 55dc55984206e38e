"""Training the klarsprak Swedish spaCy pipeline from UD treebanks (run by hand, never in CI).

``python -m training`` builds the corpora (:mod:`.corpus`) from
``$KLARSPRAK_UD_DIR`` (default ``<repo>/../shared/ud``) and trains
``configs/sv_klarsprak.cfg`` into ``models/sv_klarsprak``.
"""

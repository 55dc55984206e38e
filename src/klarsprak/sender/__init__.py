"""Who is speaking? The sender of a text and the evidence for it.

A reader must be able to see which organisation a text comes from (Lerum: "Det ska
alltid framgå vem som är avsändare"). The check is split by job:

- :mod:`.knowledge`: the organisations, units, roles, contact patterns and cues of
  ``lexicons/sender/``, compiled once;
- :mod:`.evidence`: every sign of who speaks in a text or its metadata — a name counts
  as the sender only when nothing around it marks it as a source or another party
  ("enligt Skatteverket");
- :mod:`.genre`: what kind of text it is (job ad, press release, letter, web page, text), which the
  job-ad rules ask too;
- :mod:`.voices`: who the text speaks to (*du*) and as (*vi*), which the passive advice reads too;
- :mod:`.verdict`: the weighing, the :class:`SenderResult` and its Swedish explanation.
"""

from .evidence import Evidence, metadata_evidence, scan
from ..lexicon.catalogue import EVIDENCE_KINDS
from .knowledge import Organisation, SenderKnowledge, iter_organisations, knowledge
from .verdict import FOUND_AT, SenderResult, detect_sender, explain, missing_because

__all__ = [
    "EVIDENCE_KINDS", "FOUND_AT", "Evidence", "Organisation", "SenderKnowledge", "SenderResult", "detect_sender",
    "explain", "iter_organisations", "knowledge", "metadata_evidence", "missing_because", "scan",
]

"""English verbs of denial, one list for the stages that read them: the quote frames (``quotes.extract``: a charge
answered by a denial) and the consistency check (``match.consistency.DENYING``: a word that denies without a
negator).  Each caller takes the forms it reads; what each adds of its own is said where it is used."""

from __future__ import annotations

DENY_EN = ("deny", "denies", "denied", "denying")
REJECT_EN = ("reject", "rejects", "rejected", "rejecting")

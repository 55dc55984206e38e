"""The verb group: a main verb with its auxiliaries, the unit that :mod:`.passive` finds and that
:mod:`.passive_advice` and :mod:`.active_voice` advise on and rewrite."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

BLI = "bli"
VARA = "vara"
# Lemmas the lemmatizer may give for forms of bli / vara.
BLI_LEMMAS = frozenset({"bli", "bliva"})
VARA_LEMMAS = frozenset({"vara"})


@dataclass(frozen=True)
class VerbGroup:
    """A main verb, its auxiliaries and, if passive, which kind (``s``, ``bli``, ``vara``)."""

    main: Token
    tokens: tuple[Token, ...]
    kind: str | None

    @property
    def finite(self) -> Token | None:
        """The leftmost finite verb of the group."""
        fin = [t for t in self.tokens if "Fin" in t.morph.get("VerbForm")]
        return min(fin, key=lambda t: t.i) if fin else None

    @property
    def start(self) -> int:
        first = self.finite or min(self.tokens, key=lambda t: t.i)
        return min(first.idx, self.main.idx)

    @property
    def end(self) -> int:
        last = max((self.finite or self.main), self.main, key=lambda t: t.i)
        return last.idx + len(last.text)


def aux_lemma(tok: Token) -> str:
    """The auxiliary's lemma, with every form of *bli* as :data:`BLI` and of *vara* as :data:`VARA`
    (the lemmatizer may miss them)."""
    lemma = tok.lemma_.lower()
    if lemma in BLI_LEMMAS or tok.lower_ in ("blir", "blev", "blivit", "bli", "blitt"):
        return BLI
    if lemma in VARA_LEMMAS or tok.lower_ in ("är", "var", "varit", "vara"):
        return VARA
    return lemma

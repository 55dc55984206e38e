"""How common a word is (wordfreq's Zipf scale: 0 unknown, 3 ≈ once per million words, 7 the commonest).

One cached lookup for every rule and the inflection engine. wordfreq's lists load on first use, so that
``import klarsprak`` stays fast.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str = "sv") -> float:
    """How common ``word`` is in ``lang`` (Swedish unless said), on the Zipf scale."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)

"""Where a text explains an abbreviation or acronym right where it stands, so that :mod:`.abbreviation` never
reports it: "diarienummer (dnr)", "dnr (diarienummer)", "biståndshandläggare, BiH,", "LSS står för …",
"förkortat LSS", "SNV, Statens naturvårdsverk", "(CBAM-förordningen)", "## Utrikesdepartementet" / "UD …".
"""

from __future__ import annotations

import re

from ..doc import TokenTable
from .acronym_forms import IN_COMPOUND, abbreviates, spells
from .base import Context

#: Punctuation that sets an explained form off after its long form ("biståndshandläggare, BiH,").
SET_OFF = frozenset({",", "–", "—", "-"})
#: What may stand between a form and its long form after it ("SNV, Statens naturvårdsverk", "BWR eller
#: Boiling Water Reactor").
LONG_FORM_AFTER = frozenset({",", "eller", "–", "—", "-"})
#: Words that define a form right after it ("LSS står för", "dnr, dvs. diarienummer") or before it
#: ("förkortat LSS", "kallad LSS").
DEFINING_AFTER = frozenset({"står", "betyder", "syftar", "dvs.", "dvs", "d.v.s.", "alltså"})
DEFINING_BEFORE = frozenset({"förkortat", "förkortas", "förkortning", "förkortningen", "kallad", "kallas",
                             "kallat", "benämnt"})
#: A unit of at most this many words before an acronym's sentence may be the heading that names it.
HEADING_WORDS = 3
#: An acronym as the first part of a compound in parentheses after its long form, at most ``PAREN_WORDS``
#: tokens in: "… vid gränsen (CBAM-förordningen)", "… sluten ungdomsvård (så kallade LSU-platser)".
PAREN_WORDS = 3
#: How far back on its line a use before the text's explanation may have its long form (:func:`long_form_before`).
LONG_FORM_BEFORE_CHARS = 150
WORD = re.compile(r"[^\W\d_]+")
#: An acronym as the first part of a compound (CBAM-förordningen), for :func:`in_parentheses`.
HYPHENATED = re.compile(r"^([A-ZÅÄÖ]{2,6})-\w")


def defines(tokens: TokenTable, i: int, j: int, short: str | None = None) -> bool:
    """True if the text explains the form at tokens ``i``..``j`` right where it stands.

    The usual shapes: in parentheses after its long form ("diarienummer (dnr)"); followed
    by its long form in parentheses ("dnr (diarienummer)"); set off by commas or a dash after
    a long form whose letters it abbreviates ("biståndshandläggare, BiH,"); after "eller" and the words whose
    initials it is ("Statens digitala arkiv eller SDA"); or followed or
    preceded by a defining word ("LSS står för …", "förkortat LSS"). ``short`` is the form when it is
    only the first part of the token (MREL in MREL-kravet).
    """
    short = short or tokens.doc_text[tokens.idx[i]:tokens.end[j - 1]]
    text, lower = tokens.text, tokens.lower
    before, after = tokens.prev_word(i), tokens.next_word(j - 1)
    after_text = text[after] if after < len(text) else ""
    before_text = text[before] if before >= 0 else ""
    if after_text == "(" and _word_at(tokens, tokens.next_word(after)) and (
            not _compound(text[i], short) or _spelled(short, _words_from(tokens, tokens.next_word(after)))) \
            or before_text == "(" and after_text == ")" and _word_at(tokens, tokens.prev_word(before)):
        return True  # not a number in parentheses (KOM (1999) 158) or after one (1999 / 0083 (COD))
    if before >= 0 and lower[before] in DEFINING_BEFORE:
        return True
    following = tokens.next_word(after) if after_text == "," else after
    if following < len(text) and lower[following] in DEFINING_AFTER:
        return True
    if after_text in LONG_FORM_AFTER and long_form_follows(short, tokens, tokens.next_word(after)):
        return True
    if before_text in SET_OFF | {"eller"}:
        long = [text[k] for k in range(max(0, before - 2 * len(short) - 4), before) if not tokens.is_space[k]]
        if before_text == "eller":  # its other name: the initials of the words just before, whatever follows
            return short.isupper() and any(spells(short, long[k:], leading=True) for k in range(len(long)))
        return after_text in (*SET_OFF, ".", ")", ";", ":", "") and abbreviates(short, long)
    return False


def _compound(token: str, short: str) -> bool:
    """True if ``token`` is a compound that ``short`` begins (NT-verifiering): a parenthesis after it may say
    what the compound is, not what the letters stand for."""
    return token.startswith(f"{short}-")


def _spelled(short: str, words: list[str]) -> bool:
    """True if ``words`` begin with ``short``'s first letter (SIDS-länder (små östater …)) or at least half of its
    letters are, in order, initials of ``words`` (the others may stand inside a word): "XSL (Extensible
    Stylesheet Language)" spells it, "NT-verifiering (denna funktion kallas …)" does not."""
    letters = [c.lower() for c in short if c.isalpha()]
    n = matched = 0
    for word in words:
        if word[:1].lower() in letters[n:]:
            n = letters.index(word[:1].lower(), n) + 1
            matched += 1
    return bool(words) and words[0][:1].lower() == letters[0] or 2 * matched >= len(letters)


def _words_from(tokens: TokenTable, k: int) -> list[str]:
    """The words from token ``k`` up to the closing parenthesis."""
    words: list[str] = []
    while k < len(tokens.text) and tokens.text[k] != ")" and len(words) < 12:
        if tokens.text[k][:1].isalpha():
            words.append(tokens.text[k])
        k = tokens.next_word(k)
    return words


def _word_at(tokens: TokenTable, k: int) -> bool:
    """True if token ``k`` is a word (begins with a letter): a long form can be made of it."""
    return 0 <= k < len(tokens.text) and tokens.text[k][:1].isalpha()


def long_form_follows(short: str, tokens: TokenTable, k: int) -> bool:
    """True if the words from token ``k`` on, up to the next punctuation, begin with a long form of
    ``short``: its first word starts with the form's first letter and the form abbreviates some of
    the first words ("SNV, Statens naturvårdsverk", "BWR eller Boiling Water Reactor")."""
    words: list[str] = []
    while k < len(tokens.text) and len(words) < 2 * len(short) and tokens.text[k][:1].isalpha():
        words.append(tokens.text[k])
        k = tokens.next_word(k)
    if not words or words[0][:1].lower() != short[:1].lower():
        return False
    return any(abbreviates(short, words[:n]) for n in range(2, len(words) + 1))


def in_parentheses(tokens: TokenTable, k: int) -> bool:
    """True if token ``k`` opens a parenthesis or is at most :data:`PAREN_WORDS` tokens into one:
    "(CBAM-förordningen)", "(så kallade LSU-platser)"."""
    for before in range(k - 1, max(-1, k - 1 - PAREN_WORDS), -1):
        if tokens.text[before] == "(":
            return True
        if tokens.text[before] == ")":
            return False
    return False


def named_before(ctx: Context, i: int, acronym: str) -> bool:
    """True if what stands right before ``acronym`` at token ``i`` says what it is: a common noun in
    apposition to the bare acronym ("OECD:s biståndskommitté DAC", "järnvägsfacket, KRWU,", "FN-organet ILO"; not
    "RFSU-butiker"), or a definite one
    to its genitive ("regeringspartiet PRI:s högkvarter"), or,
    in the sentence after a heading (a unit of at most :data:`HEADING_WORDS` words, whatever its
    markup), a heading whose words it abbreviates ("## Utrikesdepartementet" / "UD ansvarar för …")."""
    tokens = ctx.tokens
    before = tokens.prev_word(i)
    after = tokens.next_word(i)
    if before >= 0 and tokens.text[before] == "," and after < len(tokens) and tokens.text[after] in SET_OFF | {"."} \
            and tokens.text[i] == acronym:
        before = tokens.prev_word(before)  # set off by commas: "järnvägsfacket, KRWU,"
    if before >= 0 and tokens.pos[before] == "NOUN" and (tokens.text[before].islower()
                                                         or IN_COMPOUND.match(tokens.text[before])) and (
            tokens.text[i] == acronym or tokens.text[i] == f"{acronym}:s" and "Definite=Def" in tokens.morph[before]):
        return True
    unit = ctx.analysis.unit_of(i)
    if unit is None or unit.index == 0:
        return False
    words = [w.text for w in ctx.units[unit.index - 1].words]
    return (len(words) <= HEADING_WORDS and not any(w.isupper() or acronym in w for w in words)
            and abbreviates(acronym, words))


def long_form_before(text: str, start: int, short: str) -> bool:
    """True if the words just before ``start`` on its line spell ``short`` (its capitals as initials of words or
    compound parts, in order; letters in order for one with a small letter inside): "Viktigt meddelande till
    allmänheten – en översyn av VMA-systemet" names it in place, "använda standardkontot SA" does not."""
    line = text[max(0, start - LONG_FORM_BEFORE_CHARS):start].rsplit("\n", 1)[-1]
    words = WORD.findall(line)[-(2 * len(short) + 4):]
    if not short.isupper():  # a small letter inside (BiH) may come from inside a word: biståndshandläggare
        return any(abbreviates(short, words[k:k + len(short) + 2]) for k in range(len(words)))
    return any(spells(short, words[k:k + len(short) + 2], leading=True) for k in range(len(words)))

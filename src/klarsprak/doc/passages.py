"""Passages the writer cannot reword: long quotations, block quotes, and paragraphs not in Swedish.

A quoted study, a law text or a person's words stay as they were said, and an English paragraph
is not Swedish plain language to improve; the plain-language word rules leave them alone
(:meth:`Passages.borrowed`). The quotation marks come from the one quote detector
(:class:`~klarsprak.doc.quotes.Quotes`): a quotation counts from :data:`MIN_QUOTED_WORDS` words,
since a quoted word or two is often the writer's own term in marks (”hen”, ”i syfte att”).
A paragraph's language is told by wordfreq: each word votes for the language in which it is
clearly commoner, and a paragraph is foreign only when the votes are many and mostly not Swedish.
The same test tells an English sentence quoted in a Swedish paragraph (:meth:`Passages.english`):
this is the one decision "is this English?" for every rule. Quoted speech inside a paragraph, as news
articles write it ("… till Arbetaren. – Vi hade ingen dialog, säger Malin."), is a person's words too:
it runs from its dash to the comma before the attribution (:func:`speech_spans`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..frequency import zipf
from .lines import iter_lines
from .quotes import Quotes
from .tokens import TokenTable

if TYPE_CHECKING:
    from .analysis import Analysis

#: Words a quotation needs before its words count as someone else's.
MIN_QUOTED_WORDS = 6
#: How much commoner (in Zipf units) a word must be in one language to vote for it.
MARGIN = 1.0
#: English votes a paragraph needs, and the share of all votes they must be, to count as English.
MIN_FOREIGN_VOTES = 4
FOREIGN_SHARE = 0.75
WORD = re.compile(r"[^\W\d_]{2,}")
QUOTE_MARKS = "\"”“„»«"
BLOCK_PREFIX = re.compile(r"[>\s]*")
#: A speech dash before a capital: after a sentence's end on the same line, or opening a line (after any
#: Markdown ``>``), where a press release or an interview starts a speaker's words or a dialogue's next line
#: (speech only with an attribution: such a dash also marks a list item, :func:`speech_spans`).
SPEECH_OPENING = re.compile(r"(?:(?<=[.!?”\"])[ \t]+|^[ \t>]*)[–—][ \t]+(?=[A-ZÅÄÖ])", re.MULTILINE)
#: Subjects that may follow the verb of an attribution ("…, säger hon.").
SPEAKER_PRONOUNS = frozenset({"han", "hon", "hen", "de", "vi", "jag", "den", "det"})


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs: runs of lines (:func:`.lines.iter_lines`) between blank lines."""
    spans: list[tuple[int, int]] = []
    opened = None
    for line in iter_lines(text):
        if line.blank:
            opened = None
        elif opened is None:
            opened = line.content_start
            spans.append((opened, line.end))
        else:
            spans[-1] = (opened, line.end)
    return spans


def english(paragraph: str) -> bool:
    """True if ``paragraph`` is English: at least :data:`MIN_FOREIGN_VOTES` of its words are clearly
    commoner in English than in Swedish (wordfreq), and they are :data:`FOREIGN_SHARE` of the words
    clearly commoner in either. Names and words known in neither language do not vote."""
    foreign = swedish = 0
    for word in WORD.findall(paragraph.lower()):
        sv, en = zipf(word), zipf(word, "en")
        if en >= sv + MARGIN:
            foreign += 1
        elif sv >= en + MARGIN:
            swedish += 1
    return foreign >= MIN_FOREIGN_VOTES and foreign >= FOREIGN_SHARE * (foreign + swedish)


def block_quote(paragraph: str) -> bool:
    """True if the whole paragraph is a quotation: it opens with a quotation mark (after any Markdown ``>``)
    and has no other mark before its end, or its next mark closes it at its end. A Markdown ``>`` alone is no
    quotation (web pages use it for a fact box or a writer's own lead). Speech opened by a dash is not the
    whole paragraph's: the writer's own words may follow its attribution ("– Vi gör det nu, säger ministern.
    Beslutet gäller …"), so it is a span of :func:`speech_spans`."""
    body = paragraph[BLOCK_PREFIX.match(paragraph).end():].rstrip()  # type: ignore[union-attr]
    if not body or body[0] not in QUOTE_MARKS:
        return False
    inner = [k for k, c in enumerate(body) if c in QUOTE_MARKS and k > 0]
    return not inner or inner[0] >= len(body.rstrip(".!?,;:)")) - 1


def speech_spans(text: str, tokens: TokenTable, paragraph_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted speech opened by a dash, inside a paragraph ("… avgick. – Eftersom de inte hade ansökt om
    tillstånd är det svårare, säger Jörgen Nilsson") or opening a line ("– Vi gör det nu, säger ministern.",
    a dialogue's lines): from the dash to the comma before its attribution,
    a finite verb with its subject after it ("säger Malin", "sa hon", "säger ministern") before the next
    speech dash or the paragraph's end; without one, a dash inside a paragraph opens speech up to its first
    sentence's end and a dash that opens its line opens none (it marks a list item, as :data:`.layout.BULLET`
    reads it: "– Ett intyg från arbetsgivaren om din anställning och lön."). Speech
    of at most :data:`MIN_QUOTED_WORDS` words is not counted, as with quotation marks (speech that opens its
    line: up to the paragraph's end or the next speech dash, its attribution counted)."""
    starts = [s for s, _ in paragraph_spans]
    openings = [m.end() for m in SPEECH_OPENING.finditer(text)]
    spans = []
    for n, opened in enumerate(openings):
        p = bisect.bisect_right(starts, opened) - 1
        limit = paragraph_spans[p][1] if p >= 0 else len(text)
        if n + 1 < len(openings):
            limit = min(limit, openings[n + 1])
        end = first_sentence = None
        k = bisect.bisect_left(tokens.idx, opened)
        while k < len(tokens.idx) and tokens.idx[k] < limit:
            if tokens.text[k] == "," and attribution(tokens, k):
                end = tokens.idx[k]
                break
            if first_sentence is None and tokens.sent_start[k] and tokens.idx[k] > opened:
                first_sentence = tokens.idx[k]
            k += 1
        line_start = text.rfind("\n", 0, opened) + 1
        opens_line = not text[line_start:opened].strip(" \t>–—")
        if end is None and opens_line:
            continue  # a dash list item ("– Ett intyg från arbetsgivaren …", layout.BULLET), no one's speech
        end = end or first_sentence or limit
        # speech that opens its line is told by its line, attribution and all ("– Ja, sade åklagaren.")
        if len(text[opened:limit if opens_line else end].split()) > MIN_QUOTED_WORDS:
            spans.append((opened, end))
    return spans


def attribution(tokens: TokenTable, comma: int) -> bool:
    """True if a speech attribution follows the comma at ``comma``: a finite verb and then its speaker, a name,
    a pronoun, a definite noun or a title before a name ("säger Malin", "sa hon", "säger ministern", "säger
    socialförsäkringsminister Anna Berg", "säger infrastruktur- och bostadsminister Anna Berg", "säger gymnasie-,
    högskole-, och forskningsminister Lotta Edholm"). The one test of "…, säger X" for every rule: quoted speech
    here, and a long sentence that ends in one (``rules/_sentence_quotes``) is someone's words."""
    verb = tokens.next_word(comma)
    subject = tokens.next_word(verb) if verb < len(tokens.pos) else verb
    while subject + 1 < len(tokens.pos) and tokens.text[subject].endswith("-"):  # "infrastruktur- och …minister X"
        part = tokens.next_word(subject)
        if part < len(tokens.pos) and tokens.text[part] == ",":  # "gymnasie-, högskole-, och forskningsminister X"
            part = tokens.next_word(part)
        if part >= len(tokens.pos) or not (tokens.text[part].endswith("-") or tokens.lower[part] in ("och", "eller")):
            break
        subject = part if tokens.text[part].endswith("-") else tokens.next_word(part)
    if subject >= len(tokens.pos) or tokens.pos[verb] not in ("VERB", "AUX") \
            or "VerbForm=Fin" not in tokens.morph[verb] or not _stated(tokens, comma):
        return False
    after = tokens.next_word(subject)
    return (tokens.pos[subject] == "PROPN" or tokens.lower[subject] in SPEAKER_PRONOUNS
            or tokens.pos[subject] == "NOUN" and ("Definite=Def" in tokens.morph[subject]
                                                 or after < len(tokens.pos) and tokens.pos[after] == "PROPN"))


def _stated(tokens: TokenTable, comma: int) -> bool:
    """A statement between the sentence's start and the comma: a finite verb, two when the sentence opens with
    a subordinator (*I syfte att sänka …, höjs intervallet* and *Om du flyttar, är det viktigt …* have no
    statement before the comma: what follows it is the main clause, not an attribution)."""
    k, verbs = comma - 1, 0
    while k >= 0:
        verbs += tokens.pos[k] in ("VERB", "AUX") and "VerbForm=Fin" in tokens.morph[k]
        if tokens.sent_start[k]:
            break
        k -= 1
    first = tokens.next_word(max(k, 0) - 1)
    return verbs >= 1 + (first < comma and tokens.pos[first] == "SCONJ")


class Passages:
    """The spans of a text that are not the writer's own Swedish, each with why; a paragraph is judged
    only when a rule asks about a place in it, so a text with no candidate costs nothing."""

    def __init__(self, text: str, quotes: Quotes, tokens: TokenTable | None = None) -> None:
        self.text = text
        self.quoted = [(s, e) for s, e in quotes.spans if len(text[s:e].split()) >= MIN_QUOTED_WORDS]
        self.paragraphs = paragraphs(text)
        self.speech = speech_spans(text, tokens, self.paragraphs) if tokens is not None else []
        self._speech_starts = [s for s, _ in self.speech]
        self._quote_starts = [s for s, _ in self.quoted]
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self._judged: dict[int, str | None] = {}
        self._english: dict[tuple[int, int], bool] = {}  # per sentence: several rules ask

    def english(self, start: int, end: int) -> bool:
        """True if ``text[start:end]`` (a sentence) is English: its paragraph is, or it is itself ("But
        also of course the trade conflicts between China and the US matter." in a Swedish report)."""
        if self.borrowed(start, end) == "engelska":
            return True
        if (start, end) not in self._english:
            self._english[start, end] = english(self.text[start:end])
        return self._english[start, end]

    def borrowed(self, start: int, end: int) -> str | None:
        """Why ``text[start:end]`` is not the writer's own Swedish ("citat", "engelska"), or None."""
        i = bisect.bisect_right(self._quote_starts, start) - 1
        if i >= 0 and end <= self.quoted[i][1]:
            return "citat"
        i = bisect.bisect_right(self._speech_starts, start) - 1
        if i >= 0 and end <= self.speech[i][1]:
            return "citat"
        n = bisect.bisect_right(self._paragraph_starts, start) - 1
        if n < 0 or end > self.paragraphs[n][1]:
            return None
        if n not in self._judged:
            paragraph = self.text[slice(*self.paragraphs[n])]
            self._judged[n] = "citat" if block_quote(paragraph) else "engelska" if english(paragraph) else None
        return self._judged[n]


def passages(analysis: Analysis) -> Passages:
    """The borrowed passages of an analysed text (for ``analysis.derived``)."""
    return Passages(analysis.text, analysis.quotes, analysis.tokens)

"""Who the text speaks as and to, decided once: the sender verdict says it (``addresses_reader``,
``speaks_as_we``, ``about_readers_case``), and ``rules.sender.audience`` decides from the verdict and the genre
whom the text is written to, for the complex-word and passive rules."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from ..doc.passages import SPEAKER_PRONOUNS
from ..lexicon.loader import lexicon_file
from .knowledge import knowledge

#: Reader words (*du*, *ni* …) a text needs, per word, to speak to its reader: one in a hundred words.
READER_SHARE = 0.01
#: Writer words (*jag*, *mig*) a text needs, per word outside quotations and at least ``WRITER_WORDS`` times, for
#: one person to write it of herself: on the dev sets (stop 27) 49 of 87 blog posts (most of the others short
#: posts or reviews that write *jag* once or not at all; with three times 43, and the same findings on every dev
#: document), and no realtext page, letter, press release or news text (a page's questions *Kan jag …?* and a
#: minister's speech make 1-2 %; one parliament speech 3.7 %, which its long words set apart, see
#: :func:`klarsprak.sender.genre.is_personal`).
WRITER_SHARE, WRITER_WORDS = 0.03, 2
#: A word: letters, hyphen- or apostrophe-joined.
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class Voices:
    """Whether the text speaks to its reader (*du*, *ni* at least once in a hundred words, so that the
    reader can be who acts), whether its sender speaks as *vi*, and whether it writes to the reader about
    the reader's own case (an ``addressed`` cue of ``lexicons/sender/cues.yaml``: *ditt ärende*, *du har
    fått*, *beslutet skickas till dig*)."""

    addressed: bool
    we: bool
    own_case: bool
    #: the sender speaks as *vi* throughout (*vi*, *oss*, *vår* … at least one word in a hundred, quotations
    #: included): a speech, a statement, a letter in the first person, not a text that says *vi* once
    we_often: bool = False
    #: one person writes of herself throughout (*jag*, *mig* outside quotations: ``WRITER_SHARE``)
    writes_as_i: bool = False
    #: one person writes of herself at least once (*jag*, *mig* outside quotations)
    says_i: bool = False


@dataclass(frozen=True)
class VoiceWords:
    """The words of ``lexicons/sender/voices.yaml``: the reader addressed (*du*, *dig*, *ni* …) and the
    sender speaking of itself (*vi*, *oss*, *vår* …), written forms in lower case."""

    reader: frozenset[str]
    sender: frozenset[str]
    writer: frozenset[str]


@cache
def voice_words() -> VoiceWords:
    """The shipped lists."""
    lists = {e["id"]: frozenset(str(w).lower() for w in e["words"])
             for e in lexicon_file("sender", "voices.yaml").entries}
    return VoiceWords(lists["reader_words"], lists["sender_words"], lists["writer_words"])


def voices(text: str, quoted: Sequence[tuple[int, int]] = ()) -> Voices:
    """The :class:`Voices` of ``text``, from its words in lower case. Words inside ``quoted`` (the text's quoted
    spans, in text order) do not speak to the reader: a quoted speaker's *ni* is her audience. A writer word in
    speech opened by a dash (:func:`speech_lines`: *– Jag vet att …, säger ministern*) is
    the speaker's, not the writer's."""
    lists = voice_words()
    words = reader = spoken = every = writer = 0
    sender = False
    ends = [end for _, end in quoted]
    speech = speech_lines(text)
    speech_ends = [end for _, end in speech]
    for match in WORD.finditer(text):  # counted as they come: no list of a long text's words
        word = match.group().lower()
        every += 1
        spoken += word in lists.sender
        sender = sender or word in lists.sender
        q = bisect.bisect_right(ends, match.start())  # the first quoted span ending after the word starts
        if q < len(quoted) and quoted[q][0] <= match.start():
            continue  # a quoted word (a word lies wholly inside a quotation or wholly outside it)
        words += 1
        reader += word in lists.reader
        if word in lists.writer:
            d = bisect.bisect_right(speech_ends, match.start())
            writer += not (d < len(speech) and speech[d][0] <= match.start())
    return Voices(reader >= 1 and reader >= READER_SHARE * words, sender,
                  bool(knowledge().cue("addressed", "anywhere", text)), spoken >= 1 and spoken >= READER_SHARE * every,
                  writer >= WRITER_WORDS and writer >= WRITER_SHARE * words, writer > 0)


#: Subjects :data:`_attributed` takes after its verb: :data:`SPEAKER_PRONOUNS` but *det* and *den*, which after a
#: comma open an ordinary clause ("…, men det blir svårt"), and *jag*: the writer's own words ("– Köpa en ny cykel,
#: tror jag.", "– Nej, sa jag.") are hers, in a list or in a dialogue she tells.
_LINE_SPEAKERS = SPEAKER_PRONOUNS - {"det", "den", "jag"}
#: A speech dash that opens its line (after any Markdown ``>``), before a capital.
_LINE_SPEECH = re.compile(r"^[ \t>]*[–—][ \t]+(?=[A-ZÅÄÖ])", re.MULTILINE)


def speech_lines(text: str) -> list[tuple[int, int]]:
    """Speech that opens its line with a dash and is attributed in its paragraph (*– Jag har sett hur barnen har
    det. Jag vet att varje krona hjälper, säger biståndsminister Anna Andersson.*), from the dash to the end of
    the attribution, told from the text alone (no parse), so that the whole of a long text is read the same way:
    a press or news item's quoted *jag* is not its writer's. A dash line without an attribution is a list item,
    and an item ends where the next one opens: the search stops there or at a blank line, whichever comes first."""
    spans = []
    lines = list(_LINE_SPEECH.finditer(text))
    for n, m in enumerate(lines):
        limit = lines[n + 1].start() if n + 1 < len(lines) else len(text)  # a list item ends at the next item
        blank = text.find("\n\n", m.end(), limit)
        attributed = _attributed().search(text, m.end(), blank if blank >= 0 else limit)
        if attributed is not None:
            spans.append((m.start(), attributed.end()))
    return spans


@cache
def _attributed() -> re.Pattern[str]:
    """An attribution after a comma, told from the text alone: a speech verb of ``lexicons/sender/voices.yaml``
    (*säger*, *sa*, *berättar* …), up to three lower-case words (a title: "biståndsminister") and a name or a
    speaker pronoun ("…, säger kocken Lisa.", "…, sa hon."); any other word after a comma opens a clause
    ("…, och hon ska lära mig …")."""
    verbs = next(e["words"] for e in lexicon_file("sender", "voices.yaml").entries if e["id"] == "speech_verbs")
    return re.compile(r",\s+(?:" + "|".join(sorted(map(re.escape, verbs))) + r")\s+(?:[a-zåäö-]+\s+){0,3}"
                      r"(?:[A-ZÅÄÖ][\w-]*|(?:" + "|".join(sorted(_LINE_SPEAKERS)) + r")\b)")

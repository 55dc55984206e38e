"""What kind of text this is, decided once for every check that asks: the sender messages speak of a
job ad, a debate, a press release, a letter, a web page or a text, the job-ad rules look for coded words
only in a job ad, and advice meant for an official writer holds back in a private person's text
(:class:`GenreCondition`: a lexicon entry's ``skip_genres``, a rule's ``genres``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Iterable

from ..doc import Analysis, Document, Line, Lines
from ..doc.layout import unit_starts
from ..doc.quotes import quoted_spans
from ..doc.words import LONG_WORD_LETTERS
from ..lexicon.catalogue import GENRES
from ..lexicon.wordlists import words
from .knowledge import SenderKnowledge, knowledge
from .voices import WORD, Voices, voices

#: Content types of web pages, and of structured documents, whose site or cover names the publisher.
WEB_TYPES = ("html", "markdown")
FILE_TYPES = ("pdf", "officedocument", "opendocument", "msword")
HEAD_LINES = 3  # the first non-blank lines, where a salutation or "Pressmeddelande" stands
#: Different job-ad phrases (``job_ad_cues``) a job ad has besides its call to apply.
JOB_AD_PHRASES = 2
_SPACES = re.compile(r"\s+")


def is_job_ad(text: str) -> bool:
    """A job ad: it asks for applications (a ``job_ad`` cue of ``lexicons/sender/cues.yaml``: *sista
    ansökningsdag*, *sök tjänsten*, *vi söker en …*) and has two different job-ad phrases
    (``job_ad_cues``), each as whole words. A law summary or a press text has *omfattning*,
    *heltidslönerna* or *rekryteringsmyndigheten* too, but it asks nobody to apply."""
    if not knowledge().cue("job_ad", "anywhere", text):
        return False
    return len(set(job_ad_phrases().findall(_SPACES.sub(" ", text.lower())))) >= JOB_AD_PHRASES


@cache
def job_ad_phrases() -> re.Pattern[str]:
    """Any one of the ``job_ad_cues`` as whole words, in lower-case text with single spaces."""
    phrases = sorted(words("job_ad_cues"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def _head(lines: Lines) -> list[Line]:
    """The first non-blank lines, where a salutation, "Pressmeddelande" or "Nyhetsbrev" stands."""
    return [line for line in lines[:HEAD_LINES * 4] if not line.blank][:HEAD_LINES]


def is_newsletter(head: list[Line], text: str, k: SenderKnowledge) -> bool:
    """An issue of a newsletter: "Nyhetsbrev" in its first lines (``head``), or "i detta nyhetsbrev",
    "nyhetsbrev nr 3"."""
    return bool(k.cue_in_lines("newsletter", head, "head") or k.cue("newsletter", "anywhere", text))


def is_encyclopedic(lines: Lines) -> bool:
    """An encyclopedia article: a short title line, and one of the first sentences after it starts with the
    title's first word and says what it is or was (*Semester* / *Semester är avtalad ledighet …*; *Vasco da
    Gama* / *Vasco da Gama, född …, var en portugisisk upptäcktsresande*)."""
    body = [line.text.strip() for line in islice((line for line in lines if not line.blank), 2)]
    if len(body) < 2:
        return False
    title = body[0].lstrip("#").split()
    if not title or len(title) > TITLE_WORDS:
        return False
    return any(sentence.startswith(title[0]) and _DEFINES.search(sentence)
               for sentence in _SENTENCE_END.split(body[1])[:DEFINING_SENTENCES])


TITLE_WORDS = 6  # the longest title line an encyclopedia article is taken to have
DEFINING_SENTENCES = 3  # the first sentences after the title, one of which says what the subject is
_DEFINES = re.compile(r"\b(?:är|var)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def declared_press_release(head: list[Line], lines: Lines, document: Document | None, k: SenderKnowledge) -> bool:
    """The text says it is a press release: "Pressmeddelande" at its head, a "Presskontakt" line, or its URL,
    path or title (*…/pressmeddelanden/…*). Then the office holders it quotes speak for their organisation."""
    location = " ".join(filter(None, (document.url, document.path, document.title))) if document else ""
    return bool(k.cue_in_lines("press_release", head, "head") or k.cue_in_lines("press_release", lines)
                or (location and k.cue("press_release", "location", location)))


def declared_genre(text: str, lines: Lines, document: Document | None, k: SenderKnowledge | None = None) -> str:
    """The kind of text the text itself shows, before any weaker sign is read (see :func:`genre`): ``job_ad``,
    ``debate``, ``newsletter``, ``press_release``, ``news``, ``encyclopedia``, or "" when it shows none. The
    sender verdict weighs its evidence by it."""
    k = k or knowledge()
    if is_job_ad(text):
        return "job_ad"
    if k.cue("debate", "anywhere", text):
        return "debate"
    head = _head(lines)
    if is_newsletter(head, text, k):
        return "newsletter"
    if declared_press_release(head, lines, document, k):
        return "press_release"
    if k.cue("news", "anywhere", text):
        return "news"  # it names the publication it was told: a newspaper quotes people from anywhere
    if is_encyclopedic(lines):
        return "encyclopedia"
    return ""


def genre(text: str, lines: Lines, document: Document | None, k: SenderKnowledge | None = None,
          voice: Voices | None = None) -> str:
    """What kind of text this shows itself to be: ``job_ad``, ``debate`` (a transcript: the chair is addressed),
    ``press_release`` (it says so; the sender verdict also takes a text for one when a known organisation
    speaks in it, :func:`spoken_genre`), ``newsletter`` (an issue of a newsletter), ``news`` (a report that
    names the publication it was told), ``encyclopedia`` (an article that defines its title),
    ``personal`` (a private person writes of herself: a blog post, a diary, :func:`is_personal`; ``voice``: the
    text's voices outside quotations, if the caller has them),
    ``letter`` (a letter, e-mail or decision to one reader),
    ``web_page`` (a page or a structured document:
    the site or the cover says who publishes it) or ``text`` (nothing says which); the messages speak of
    it in those words."""
    k = k or knowledge()
    declared = declared_genre(text, lines, document, k)
    if declared:
        return declared
    if is_personal(text, lines, document, voice or voices(text, quoted_spans(text)), k):
        return "personal"
    head = _head(lines)
    if (k.cue_in_lines("letter", head, "head") or k.cue("letter", "anywhere", text)
            or k.cue_in_lines("signature", lines)):
        return "letter"
    if from_web(document) or document is not None and (
            document.publisher or any(t in (document.content_type or "") for t in FILE_TYPES)):
        return "web_page"
    if k.cue_in_lines("web_page", lines) or sum(kind == "heading" for kind in unit_starts(text).values()) >= 2:
        return "web_page"  # a page's chrome, or a text structured by headings as pages and reports are
    return "text"


def is_personal(text: str, lines: Lines, document: Document | None, voice: Voices, k: SenderKnowledge) -> bool:
    """A private person writes the text of herself, as in a blog post, a diary or an open letter to the world:
    *jag* and *mig* make at least three in a hundred of its words outside quotations (``Voices.writes_as_i``), or
    it greets its many readers in its first lines (a ``greeting`` cue: *Hej allihopa!*, *Hallå kära ni!*) and
    writes *jag* at least once; its words are everyday ones (:func:`everyday`), and nothing shows an
    organisation writing (:func:`official`). It may speak to its readers as *ni* or *du*: a salutation alone
    makes no letter of it. A text that declares its kind (a debate, a press release, news,
    :func:`declared_genre`) is never asked: a speaker's or a quoted minister's *jag* is no blog."""
    greets = voice.says_i and bool(k.cue_in_lines("greeting", _head(lines), "head"))
    return (voice.writes_as_i or greets) and everyday(text) and not official(text, lines, document, k)


def everyday(text: str) -> bool:
    """Fewer than ``EVERYDAY_LONG`` of the words are long (more than six letters, as LIX counts them): the
    register of a private person's prose, not of a public body's, a parliament's or a newspaper's."""
    every = long = 0
    for match in WORD.finditer(text):
        every += 1
        long += len(match.group()) > LONG_WORD_LETTERS
    return every > 0 and long < EVERYDAY_LONG * every


#: Long words (LIX: more than six letters) a private person's text has fewer of, per word. On the dev sets
#: (stop 27, texts of 40 words or more) blog posts have a median of 14 % (54 of 58 under 22 %), public-sector prose
#: a median of 32-35 % (its lowest 18-21 %: three short pages to *du*); the one realtext, Talbanken, Eukalyptus,
#: news, Wikipedia or LinES text that writes as *jag* (``Voices.writes_as_i``), a parliament speech (LinES
#: europarl-dev#3: *jag* in 3.7 % of its words), has 23.5 %. A narrow margin: a speech excerpt in plainer words
#: would read as personal.
EVERYDAY_LONG = 0.22


def official(text: str, lines: Lines, document: Document | None, k: SenderKnowledge) -> bool:
    """The text shows an organisation writing: a publisher in its metadata, a letter's acknowledgement or
    decision, a signature, the reader's own case (*din ansökan*), an invitation to contact *oss*, or a web
    page's headings and chrome lines."""
    return bool((document is not None and document.publisher) or k.cue("letter", "anywhere", text)
                or k.cue("addressed", "anywhere", text) or k.cue("contact_invite", "anywhere", text)
                or k.cue_in_lines("signature", lines) or k.cue_in_lines("web_page", lines))


@dataclass(frozen=True)
class GenreCondition:
    """Where a rule or a lexicon entry applies, by the genre of the text (:func:`genre`): in every genre but
    those it skips. Stated as data: a complex-word entry's ``skip_genres`` (*skall* → *ska*, the form
    recommended in agency text, skips ``personal``), a rule's ``genres`` (the sender rules ask no private person
    for an organisation) and the genres whose *du* is no sender acting towards its reader (:data:`TO_READER`)."""

    skip: frozenset[str] = frozenset()

    def applies(self, shown: str) -> bool:
        """True if the condition lets a rule or an entry speak in a text of genre ``shown``."""
        return shown not in self.skip


def skipping(genres: Iterable[str] = ()) -> GenreCondition:
    """The :class:`GenreCondition` that skips ``genres`` (each one of :data:`GENRES`, else a ``ValueError``)."""
    skip = frozenset(genres)
    if not skip <= GENRES:
        raise ValueError(f"unknown genre {sorted(skip - GENRES)[0]!r} (one of: {', '.join(sorted(GENRES))})")
    return GenreCondition(skip)


#: A condition that holds in every genre.
EVERY = GenreCondition()
#: Advice meant for an organisation that writes to the public: not for a private person's text.
OFFICIAL = skipping(["personal"])
#: Genres whose *du* and *ni* are a sender speaking to the reader it acts towards (the passive advice asks it to
#: write *du*, to name itself as the doer): not the chamber of a debate, not a blogger's readers.
TO_READER = skipping(["debate", "personal"])


#: What :func:`genre` answers when the text declares none of its kinds (:func:`declared_genre`).
UNDECLARED = frozenset({"letter", "web_page", "text"})


def spoken_genre(shown: str, text: str, organisation_speaks: bool, k: SenderKnowledge | None = None) -> str:
    """The sender verdict's genre: ``shown`` (:func:`genre`), or ``press_release`` when the text declares no
    kind, quotes named people and a known organisation speaks in it (``organisation_speaks``: in its own
    voice or through one of its office holders; a newspaper's report quotes people too, but from anywhere)."""
    k = k or knowledge()
    if (shown in UNDECLARED and organisation_speaks and k.cue("press_release", "anywhere", text)
            and not k.cue("addressed", "anywhere", text)):
        return "press_release"
    return shown


def shown_genre(analysis: Analysis) -> str:
    """:func:`genre` of an analysed text, for ``analysis.derived``: decided once per text for every check that
    asks (readability, the sender verdict, ``rules.sender.audience``; the parts of a long text are given
    the whole text's)."""
    return genre(analysis.text, analysis.lines, analysis.document, voice=analysis.derived(reader_voices))


def reader_voices(analysis: Analysis) -> Voices:
    """:func:`~klarsprak.sender.voices.voices` of an analysed text outside its quotations, for
    ``analysis.derived`` (the parts of a long text are given the whole text's)."""
    return voices(analysis.text, analysis.quotes.spans)


def from_web(document: Document | None) -> bool:
    """True if the text comes from a web page (an address, a site, HTML or Markdown), not from a PDF, an
    office document or a plain text that is only laid out with headings (a report, a textbook)."""
    return document is not None and bool(document.url or document.site_name
                                         or any(t in (document.content_type or "") for t in WEB_TYPES))

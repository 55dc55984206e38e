"""Advice that reorders a long sentence instead of splitting it (the rule ``long_sentence``'s helper): the
main clause first, and a subject's relative clause out of the way of its verb.

Plain-language guidance puts the main clause and its verb early and subject and verb close together (Klartext,
"Skriver du vänstertungt?"); blind judges signed "Säg först huvudsaken …" for a subject whose restrictive
relative clause kept the verb waiting (stop 23) and asked for the same inside a subordinate clause (stop 24).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ._sentence_parse import other_clause
from ._sentence_splits import STATEMENT_BREAKS, capital, is_word, plain_text, shorten, subtree_start


def front_first(span: Span, verb: Token, root: Token) -> str | None:
    """A sentence that opens with an adverbial clause (*Om du vill …*) turned round so that the main clause
    comes first, written out when the main clause is ``[,] [så] verb subject rest`` ("Om du vill …, så
    behöver du söka bygglov" → "Du behöver söka bygglov om du vill …"); None otherwise."""
    doc = span.doc
    begin = span.start
    while begin < verb.i and (doc[begin].dep_ == "cc" or doc[begin].is_punct):
        begin += 1  # "Men – om du …": the conjunction stays first
    opener = doc[begin]
    if opener.dep_ != "mark" or opener.head.dep_ != "advcl" or opener.head.head.i not in (root.i, verb.i):
        return None
    k = verb.i
    while k > begin and (doc[k - 1].lower_ in ("så", "då", ",") or doc[k - 1].is_space):
        k -= 1
    if any(t.text in STATEMENT_BREAKS for t in doc[verb.i:span.end]) or any(
            c.dep_ in ("conj", "parataxis") and c.i > verb.i and any(g.dep_.startswith("nsubj") for g in c.children)
            for c in root.children):
        return None  # a second statement after the main clause: the condition would land after it
    clause = {t.i for t in opener.head.subtree}
    if other_clause(doc[begin:k], clause):
        return None  # another clause with its own subject before the main one (*Om …, om företagarna känner …*)
    if sum(t.dep_ == "mark" and t.lower_ not in ("än", "som", "att", "för") for t in doc[begin:k]) > 1:
        return None  # a chain of conditions (*Om …, om …, om inte …*): no one clause to move
    condition = plain_text(doc[begin:k])
    lead = plain_text(doc[span.start:begin]).rstrip("–—- ")
    subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i > verb.i), None)
    sub = sorted(subject.subtree, key=lambda t: t.i) if subject is not None else []
    if not sub or sub[0].i != verb.i + 1 or len(sub) > 4:
        return None
    subj = "".join(t.text_with_ws for t in sub).strip()
    rest = plain_text(doc[sub[-1].i + 1:span.end])
    main = f"{lead} {subj}" if lead else capital(subj)
    return f"Börja med huvudsatsen: ”{main} {verb.text} {rest} {condition[:1].lower() + condition[1:]}.”"


def _short_noun_phrase(words: Span) -> bool:
    """A sentence's first words before a relative clause that name whom it is about (*Den*, *Var och en*,
    *En person*): up to three words without a verb or punctuation."""
    return 0 < len(words) <= 3 and words[0].pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM") and all(
        is_word(t) and t.pos_ not in ("VERB", "AUX") for t in words)


def heavy_subject(span: Span, verb: Token) -> str | None:
    """A subject before the verb that carries a relative clause: a non-restrictive one (*Per-Ola Larsson, som
    är sekreterare i …, är …*) made a sentence of its own; a restrictive one (*En person som lämnat sitt
    hemland … kan få rätt till asyl*), which cannot stand alone, said after the main clause. None for
    another opening."""
    doc = span.doc
    opening = next((t.i for t in span if is_word(t)), span.start)
    relcl = next((t for t in doc[span.start:verb.i] if t.dep_ == "acl:relcl" and max(u.i for u in t.subtree) < verb.i
                  and (t.head.dep_.startswith("nsubj") and t.head.head.i in (verb.i, verb.head.i)
                       or t.head.dep_.startswith("nsubj") and _short_noun_phrase(doc[opening:subtree_start(t)]))), None)
    if relcl is None:
        return None
    begin = subtree_start(relcl)
    head = doc[opening:begin] if doc[begin - 1].text != "," and _short_noun_phrase(doc[opening:begin]) else None
    return _relative_out(span, relcl, verb, head, f"huvudsatsen (”… {verb.text} …”) kommer tidigt.")


def distant_subject(span: Span, subject: Token, verb: Token) -> str | None:
    """A subject kept far from its verb by a relative clause, in any clause of the sentence: a non-restrictive
    one (after a comma) made a sentence of its own, a restrictive one said after the clause's statement
    (*… om personer som …, eller som …, inte ska kunna fråntas …* → "Säg först ”personer … inte ska kunna
    fråntas …” och sedan vilka det gäller"). None when no relative clause stands between them."""
    doc = span.doc
    relcl = next((c for c in subject.children if c.dep_ == "acl:relcl" and subject.i < c.i < verb.i), None)
    if relcl is None:
        return None
    head = doc[subtree_start(subject):subject.i + 1] if doc[subtree_start(relcl) - 1].text != "," else None
    tail = f"”{subject.text}” och verbet ”{verb.text}” kommer nära varandra."
    return _relative_out(span, relcl, verb, head, tail)


def _relative_out(span: Span, relcl: Token, verb: Token, head: Span | None, tail: str) -> str:
    """The advice for a relative clause before ``verb``: a non-restrictive one (``head`` None) made a sentence
    of its own "så att" ``tail``; a restrictive one said after the statement, which opens with ``head``."""
    doc = span.doc
    begin = subtree_start(relcl)
    inner = shorten(plain_text(doc[begin:max(u.i for u in relcl.subtree) + 1]), 4)
    if head is None:
        return f"Gör bisatsen ”{inner}” till en egen mening, så att {tail}"
    statement = shorten(plain_text(doc[verb.i:span.end]), 6)
    return (f"Säg först huvudsaken (”{plain_text(head)} … {statement}”) och sedan, i en egen mening, vem eller "
            f"vad det gäller (”{inner}”).")

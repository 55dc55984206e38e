"""Content of lexicons/plain/complex_words.yaml: 1,000 entries, no term twice, no flagged word as an alternative."""

from klarsprak.lexicon import load_entries
from klarsprak.resources import lexicon_path

ENTRIES = load_entries([lexicon_path("plain", "complex_words.yaml")], "complex_words")


def terms(entry: dict) -> list[str]:
    """What an entry flags: its lemma or phrase, or each of its exact forms."""
    text = entry.get("lemma") or entry.get("phrase")
    return [text.lower()] if text else [f"={form.lower()}" for form in entry["forms"]]


def test_at_least_1000_entries_each_term_once():
    seen: dict[str, str] = {}
    for entry in ENTRIES:
        for term in terms(entry):
            assert term not in seen, f"{term!r} in {seen.get(term)} and {entry['id']}"
            seen[term] = entry["id"]
    assert len(ENTRIES) >= 1000


def test_no_alternative_is_itself_a_flagged_word_or_phrase():
    # an entry flagged only where a sentence starts ("Vidare,") may stand inside an alternative ("skicka vidare"),
    # and one never flagged before its not_before words ("utgå" before "från") may stand before them ("utgå från")
    words = {t.lstrip("="): e["id"] for e in ENTRIES for t in terms(e) if " " not in t and not e.get("at_start")}
    phrases = {t: e["id"] for e in ENTRIES for t in terms(e) if " " in t}
    not_before = {e["id"]: set(e.get("not_before", ())) for e in ENTRIES}
    for entry in ENTRIES:
        for alternative in entry["alternatives"]:
            text = f" {alternative.lower()} "
            tokens = text.split()
            flagged = [w for i, w in enumerate(tokens) if words.get(w, entry["id"]) != entry["id"]
                       and not set(tokens[i + 1:i + 2]) & not_before[words[w]]]
            flagged += [p for p in phrases if f" {p} " in text and phrases[p] != entry["id"]]
            assert not flagged, (entry["id"], alternative, flagged)

"""The sender rules through the analyzer, with should-flag / should-not-flag tables."""

from __future__ import annotations

from pathlib import Path

import pytest

import klarsprak
from klarsprak.rules import REGISTRY

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="module")
def analyzer() -> klarsprak.Analyzer:
    """The shipped model with only the sender rules switched on."""
    others = tuple(r for r in REGISTRY.rules if r not in ("missing_sender", "incomplete_sender"))
    return klarsprak.Analyzer(klarsprak.Config(disable=others))


MISSING_FLAG = [
    "Vi har fått din ansökan. Kontakta oss om du har frågor.",
    "Har du frågor om din ansökan? Kontakta oss på telefon 0302-52 10 00.",
    "Enligt Skatteverket ska du betala skatten senast i maj. Ring oss på 08-123 45 67.",
    "På Transportstyrelsens webbplats kan du läsa om körkort. Kontakta oss om du har frågor.",
    "Hej!\n\nVi har tagit emot ditt ärende.\n\nMed vänlig hälsning\nAnna",
    "Miljöförvaltningen handlägger ditt ärende.",
]
MISSING_OK = [
    "Vi på Lerums kommun har fått din ansökan. Kontakta oss på 0302-52 10 00.",
    "Regeringen har i dag beslutat att ge Boverket i uppdrag att se över reglerna.",
    "Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
]
INCOMPLETE_FLAG = [
    "Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun",
]
INCOMPLETE_OK = [
    "Hej\n\nDu har fått ett beslut från Ånge kommun.\n\nMed vänlig hälsning\nÅnge kommun\nTelefon 0690-25 01 00",
    "Lerums kommun bygger en ny skola i centrum.",
    "Vi har fått din ansökan.",
]


def rules(report: klarsprak.Report) -> list[str]:
    return [f.rule for f in report.findings]


@pytest.mark.parametrize("text", MISSING_FLAG)
def test_missing_sender_flags(analyzer: klarsprak.Analyzer, text: str) -> None:
    report = analyzer.analyze(text)
    assert rules(report) == ["missing_sender"]
    finding = report.findings[0]
    assert finding.category == "sender" and finding.severity == klarsprak.Severity.WARNING
    assert report.text[finding.start:finding.end] == finding.text
    assert report.sender.found is False


@pytest.mark.parametrize("text", MISSING_OK)
def test_missing_sender_leaves_alone(analyzer: klarsprak.Analyzer, text: str) -> None:
    report = analyzer.analyze(text)
    assert "missing_sender" not in rules(report)
    assert report.sender.found is True
    assert report.to_dict()["sender"]["found"] is True


@pytest.mark.parametrize("text", INCOMPLETE_FLAG)
def test_incomplete_sender_flags(analyzer: klarsprak.Analyzer, text: str) -> None:
    report = analyzer.analyze(text)
    assert rules(report) == ["incomplete_sender"]
    assert report.findings[0].severity == klarsprak.Severity.INFO
    assert "Ånge kommun" in report.findings[0].message


@pytest.mark.parametrize("text", INCOMPLETE_OK)
def test_incomplete_sender_leaves_alone(analyzer: klarsprak.Analyzer, text: str) -> None:
    assert "incomplete_sender" not in rules(analyzer.analyze(text))


def test_expected_sender_not_visible_is_reported(analyzer: klarsprak.Analyzer) -> None:
    report = analyzer.analyze("Vi på Skatteverket hjälper dig. Ring 0771-567 567.", sender="Lerums kommun")
    assert rules(report) == ["missing_sender"]
    assert "Lerums kommun" in report.findings[0].message and "Skatteverket" in report.findings[0].message
    assert report.sender.other_sender == "Skatteverket"


def test_expected_sender_visible(analyzer: klarsprak.Analyzer) -> None:
    report = analyzer.analyze("Vi på Lerums kommun hjälper dig.", sender="Lerums kommun")
    assert rules(report) == [] and report.sender.expected_visible is True


def test_document_metadata_counts(analyzer: klarsprak.Analyzer) -> None:
    doc = klarsprak.Document(text="Här hittar du information om bygglov.",
                             url="https://helsingborg.se/bo-bygga-och-miljo/bygglov/")
    report = analyzer.analyze(doc)
    assert rules(report) == [] and report.sender.organisation == "Helsingborgs stad"


def test_rule_examples_hold(analyzer: klarsprak.Analyzer) -> None:
    for rule_id in ("missing_sender", "incomplete_sender"):
        rule = REGISTRY.rules[rule_id]
        for text in rule.examples.flag:
            assert rule_id in rules(analyzer.analyze(text)), text
        for text in rule.examples.ok:
            assert rule_id not in rules(analyzer.analyze(text)), text


@pytest.mark.parametrize("name", ["lerum-kommunikationspolicy.txt", "flen-kommunikationspolicy.txt"])
def test_no_missing_sender_on_policies(analyzer: klarsprak.Analyzer, name: str) -> None:
    path = SHARED / "seeds" / name
    if not path.is_file():
        pytest.skip("../shared/seeds is absent")
    assert "missing_sender" not in rules(analyzer.analyze(path.read_text(encoding="utf-8")))


def test_a_page_that_names_nobody_is_not_clear_but_gets_no_finding(analyzer: klarsprak.Analyzer) -> None:
    """A page file whose text names no organisation: a reader of the text alone cannot tell who writes (the
    blind labelers' verdict: not clear), but its site shows who speaks, so a consultant asks for no change
    (the blind judges called all six such findings wrong): no finding."""
    for document in (klarsprak.Document(text="Vi hjälper dig med bygglov. Kontakta oss om ditt ärende.",
                                        content_type="text/html"),
                     klarsprak.Document(text="## Bygglov\n\nDu kan söka bygglov i e-tjänsten.",
                                        content_type="text/markdown")):
        report = analyzer.analyze(document)
        assert report.sender.genre == "web_page" and not report.sender.clear
        assert not [f for f in report.findings if f.category == "sender"], document.text
    named = klarsprak.Document(text="Helsingborg kontaktcenter hjälper dig med ditt ärende och din ansökan.",
                               content_type="text/markdown")
    report = analyzer.analyze(named)
    assert report.sender.genre == "web_page" and report.sender.clear
    assert not [f for f in report.findings if f.category == "sender"]


def test_press_release_and_debate_genres(analyzer: klarsprak.Analyzer) -> None:
    """A text in which an organisation's office holder is quoted is a press release (the verdict asks for its
    sender and a press contact); a transcript that addresses the chair is a debate (the verdict asks for its
    speakers' names); a recipient is not the sender. Neither gets a finding: the excerpt has probably lost
    the lines that name them (the blind judges' reason)."""
    release = ("Ny strategi för skolan\n\nSkolorna får mer tid för undervisning. – Lärarna behöver tid, säger "
               "utbildningsminister Anna Berg.")
    report = analyzer.analyze(release)
    assert (report.sender.genre, report.sender.found, report.sender.clear) == ("press_release", False, False)
    assert not [f for f in report.findings if f.category == "sender"]
    signed = ("Regeringen har i dag beslutat om en ny strategi. – Det är ett viktigt steg, säger "
              "biståndsminister Anna Andersson.")
    report = analyzer.analyze(signed)
    assert report.sender.found and not report.sender.clear  # no press contact
    assert not [f for f in report.findings if f.category == "sender"]
    assert analyzer.analyze(signed + "\n\nKontakt: Erik Berg, pressekreterare, 08-405 10 00").sender.clear
    recipient = "En utredare har i dag överlämnat sin promemoria till inrikesminister Anders Ygeman."
    assert not analyzer.analyze(recipient).sender.found
    news = "Fyndet är unikt. – Vi har aldrig sett något liknande, säger arkeologen Claes Varenius."
    assert analyzer.analyze(news).sender.genre == "text"  # a newspaper quotes people from anywhere
    debate = "Herr talman! Jag vill tacka föredraganden. (Applåder) Fru talman! Vi röstar nej."
    report = analyzer.analyze(debate)
    assert (report.sender.genre, report.sender.clear) == ("debate", False)
    assert not [f for f in report.findings if f.category == "sender"]
    named = "Anna Andersson (S). – Herr talman! Jag vill tacka föredraganden.\nErik Berg (M). – Fru talman! Nej."
    report = analyzer.analyze(named)
    assert report.sender.clear and not [f for f in report.findings if f.category == "sender"]


def test_a_news_report_that_names_its_paper_is_clear(analyzer: klarsprak.Analyzer) -> None:
    """A news report that names the publication it was told (*säger X till Arbetaren*) is news, and that
    publication is who speaks; without it a reader of the text alone cannot tell. Neither gets a finding."""
    told = ("Strejken sprids. – Vi ger oss inte, säger Anna Berg, ordförande för klubben, till Arbetaren. "
            "Arbetsgivaren har inte svarat.")
    report = analyzer.analyze(told)
    assert (report.sender.genre, report.sender.organisation, report.sender.clear) == ("news", "Arbetaren", True)
    assert not [f for f in report.findings if f.category == "sender"]
    untold = "Strejken sprids. – Vi ger oss inte, säger Anna Berg, ordförande för klubben."
    report = analyzer.analyze(untold)
    assert not report.sender.clear and not [f for f in report.findings if f.category == "sender"]


def test_an_encyclopedia_article_about_an_organisation_is_not_from_it(analyzer: klarsprak.Analyzer) -> None:
    """An article that defines its title (*Riksdagen* / *Riksdagen är …*) is about the bodies it names: none of
    them is its sender, and it gets no finding."""
    text = ("Sveriges riksdag\n\nSveriges riksdag är Sveriges lagstiftande församling. Riksdagen beslutar om lagar "
            "och statens budget. Regeringen lämnar förslag till riksdagen.")
    report = analyzer.analyze(text)
    assert (report.sender.genre, report.sender.found, report.sender.clear) == ("encyclopedia", False, False)
    assert not [f for f in report.findings if f.category == "sender"]
    letter = "Sveriges riksdag\n\nRiksdagen har tagit emot din ansökan. Kontakta oss på 08-786 40 00."
    assert analyzer.analyze(letter).sender.found  # no definition: the body speaks


def test_a_newsletter_speaks_of_itself(analyzer: klarsprak.Analyzer) -> None:
    """An issue of a newsletter is its own genre; one that writes as an unnamed "vi" and invites contact is asked
    who publishes it; one that names its publisher and a way on (a web address, contact details) is clear, one
    that names it alone is not (a blind labeler: *named … and no contact person, e-mail or address is given*),
    and neither gets a finding."""
    text = "Nyhetsbrev nr 3\n\nI detta nyhetsbrev berättar vi om årets arbete. Kontakta oss om du har frågor."
    report = analyzer.analyze(text)
    assert report.sender.genre == "newsletter" and not report.sender.clear
    (finding,) = [f for f in report.findings if f.category == "sender"]
    assert "nyhetsbrevet" in finding.message
    named = analyzer.analyze("Nyhetsbrev nr 3\n\nVi på Riksarkivet berättar om årets arbete.")
    assert named.sender.genre == "newsletter" and not named.sender.clear
    assert not [f for f in named.findings if f.category == "sender"]
    linked = analyzer.analyze("Nyhetsbrev nr 3\n\nVi på Riksarkivet berättar om årets arbete. Läs mer på "
                              "riksarkivet.se.")
    assert linked.sender.genre == "newsletter" and linked.sender.clear
    unknown = ("Nyhetsbrev nr 2\n\nKulturnätet har under våren byggt en ny plattform. Kulturnätet samordnar "
               "arbetet med museerna. I höst presenterar Kulturnätet en rapport. Kontakta oss om du har frågor: "
               "info@kulturnatet.se.")
    report = analyzer.analyze(unknown)  # a publisher no lexicon knows, named again and again
    sender = report.sender
    assert (sender.genre, sender.organisation, sender.clear) == ("newsletter", "Kulturnätet", True)
    assert not [f for f in report.findings if f.category == "sender"]


@pytest.mark.parametrize("text, words", [
    ("Vi söker en snickare. Anställningsform: tillsvidareanställning. Sista ansökningsdag 1 maj.",
     ["arbetsgivaren"]),
    ("Hej!\n\nVi har tagit emot ditt ärende.\n\nMed vänlig hälsning\nAnna", ["brevet", "underteckn"]),
])
def test_missing_sender_speaks_of_the_genre(analyzer: klarsprak.Analyzer, text: str, words: list[str]) -> None:
    (finding,) = [f for f in analyzer.analyze(text).findings if f.rule == "missing_sender"]
    assert all(w in finding.message for w in words), finding.message


def test_incomplete_sender_in_a_job_ad_speaks_of_the_ad(analyzer: klarsprak.Analyzer) -> None:
    text = ("Byggbolaget Norr AB söker en snickare. Anställningsform: tillsvidareanställning. "
            "Sista ansökningsdag 1 maj.")
    report = analyzer.analyze(text)
    assert report.sender.organisation == "Byggbolaget Norr AB"
    (finding,) = [f for f in report.findings if f.rule == "incomplete_sender"]
    assert finding.message.startswith("Annonsen kommer från Byggbolaget Norr AB")
    assert "brev" not in finding.message and "beslut" not in finding.message


@pytest.mark.parametrize("text, employer", [
    ("Acme är ett snabbväxande techbolag i Umeå. Nu söker vi en backend-utvecklare. "
     "Anställningsform: tillsvidareanställning. Sista ansökningsdag 1 maj. Frågor: jobb@acme.se", "Acme"),
    ("Norrmejerier söker en mejerist till Umeå. Hos Norrmejerier arbetar 500 personer. Omfattning: heltid. "
     "Sista ansökningsdag 1 maj. Ring Per på 090-10 10 10.",
     "Norrmejerier"),
])
def test_a_brand_that_speaks_is_the_employer(analyzer: klarsprak.Analyzer, text: str, employer: str) -> None:
    """A proper noun the model tags, with a voice cue, is the sender: no "who employs?" on a private job ad."""
    report = analyzer.analyze(text)
    assert report.sender.genre == "job_ad" and report.sender.organisation == employer
    assert not [f for f in report.findings if f.category == "sender"]


def test_a_common_noun_at_a_sentence_start_is_not_a_name(analyzer: klarsprak.Analyzer) -> None:
    text = ("Byggföretaget söker en snickare. Anställningsform: tillsvidareanställning. "
            "Sista ansökningsdag 1 maj. På byggföretaget arbetar 20 personer.")
    report = analyzer.analyze(text)
    assert not report.sender.found
    assert [f.rule for f in report.findings] == ["missing_sender"]
    assert "arbetsgivaren" in report.findings[0].message


def test_a_place_welcoming_is_not_the_employer(analyzer: klarsprak.Analyzer) -> None:
    text = ("Välkommen till Umeå! Umeå erbjuder dig ett rikt kulturliv. Vi söker en lärare. "
            "Anställningsform: tillsvidareanställning. Sista ansökningsdag 1 maj.")
    report = analyzer.analyze(text)
    assert not report.sender.found and report.sender.genre == "job_ad"


def test_a_body_reported_on_is_not_the_sender(analyzer: klarsprak.Analyzer) -> None:
    report = analyzer.analyze("Internationella organisationer som UNHCR och OSSE har kritiserat bruket av push-backs.")
    assert not report.sender.found


def test_a_person_in_a_signature_is_not_an_organisation(analyzer: klarsprak.Analyzer) -> None:
    report = analyzer.analyze("Hej!\n\nVi har tagit emot ditt ärende.\n\nMed vänlig hälsning\nAnna Berg")
    assert not report.sender.found
    assert [f.rule for f in report.findings] == ["missing_sender"]


def test_a_law_summary_is_no_job_ad_for_the_job_ad_rules(analyzer: klarsprak.Analyzer) -> None:
    """The job-ad rules and the sender messages share one genre: phrases of employment in a summary of
    new laws (heltidslönerna, omfattning, rekryteringsmyndighet) make no ad, coded words or not."""
    text = ("Från den 1 januari gäller nya regler. Garantipensionen höjs så att den motsvarar de lägsta "
            "heltidslönerna, och stödet till företag vars omsättning minskat i större omfattning förlängs. "
            "Totalförsvarets rekryteringsmyndighet får ett nytt namn. Polisen ska vara självständig, "
            "analytisk, modig, ambitiös och driven i arbetet mot den grova brottsligheten.")
    report = analyzer.analyze(text)
    assert report.sender.genre != "job_ad"
    assert not [f for f in report.findings if f.rule.startswith("job_ad")]


def test_a_rare_name_that_starts_the_ad_is_the_employer(analyzer: klarsprak.Analyzer) -> None:
    """A brand the tagger reads as a common noun at the start of a sentence, described as a company."""
    text = ("Om oss\nNorrmejerier är ett medlemsägt mejeriföretag med 500 anställda i norra Sverige.\n\n"
            "Vi söker nu en produktionstekniker till vårt mejeri i Umeå. Kvalifikationer: teknisk utbildning.\n\n"
            "Sök tjänsten senast den 31 maj. Frågor? Ring rekryterande chef Anna Berg, 090-12 34 56.")
    report = analyzer.analyze(text)
    assert report.sender.genre == "job_ad" and report.sender.organisation == "Norrmejerier", report.sender.reason
    assert not [f for f in report.findings if f.category == "sender"]


def test_a_common_noun_that_starts_a_sentence_is_no_employer(analyzer: klarsprak.Analyzer) -> None:
    report = analyzer.analyze("Bolaget är ett familjeföretag. Vi söker en snickare. Sista ansökningsdag 1 maj.")
    assert report.sender.organisation is None


JOB_ADS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "sender_job_ads.yaml"


def _job_ads() -> list[dict]:
    import yaml

    return [ad for path in (JOB_ADS, JOB_ADS.with_name("sender_job_ads_later.yaml"))
            for ad in yaml.safe_load(path.read_text(encoding="utf-8"))["ads"]]


@pytest.mark.parametrize("ad", _job_ads(), ids=lambda ad: ad["id"])
def test_private_employers_job_ads(analyzer, ad: dict) -> None:
    """Job ads of private employers written for this test (made-up companies, labelled before the tool ran):
    the employer or the recruitment firm that speaks is found ("hos oss på X AB", "vi på [varumärke]", a
    signature whose e-mail domain spells the name, "X söker på uppdrag av Y", "rekryteringen samarbetar vår
    kund med X", "Arbetsgivare: X AB", a company line under the signer's name), and the sender findings are the
    ones a consultant would ask for."""
    report = analyzer.analyze(ad["text"])
    assert report.sender.genre == "job_ad"
    assert report.sender.found == ad["found"]
    if ad["found"]:
        assert report.sender.organisation in ad["accept"]
    assert sorted({f.rule for f in report.findings}) == sorted(ad["flags"])


@pytest.mark.parametrize("text", [
    # a union's address at its own domain does not make it the employer when the ad names the employer
    "Hos oss på Västkustens Elteknik AB söker vi en elektriker. Anställningsform: tillsvidareanställning. "
    "Omfattning: heltid. Sista ansökningsdag 1 maj. Ring Johan Lindqvist, 0300-44 12 80.\n\n"
    "Facklig kontakt: Elektrikerna Väst, Per Ek, per.ek@elektrikernavast.se",
])
def test_the_employer_speaks_not_every_domain_named(analyzer, text: str) -> None:
    assert analyzer.analyze(text).sender.organisation == "Västkustens Elteknik AB"


def test_an_email_domain_spells_only_a_whole_name_or_its_first_words() -> None:
    from klarsprak.sender.evidence import _spelled

    assert "norrbygg" in _spelled("Norrbygg AB") and "solbackensbageri" in _spelled("Ägare, Solbackens Bageri")
    assert "nordictalent" in _spelled("Nordic Talent Partners AB")
    assert "nordic" not in _spelled("Nordic Talent Partners AB")
    assert "talentpartners" not in _spelled("Nordic Talent Partners AB")


def test_each_name_is_read_once_not_once_per_email_address(monkeypatch) -> None:
    from klarsprak.sender import evidence

    calls = []
    name_line = evidence._name_line
    monkeypatch.setattr(evidence, "_name_line", lambda line: calls.append(line) or name_line(line))
    text = "".join(f"Firma Nummer{i} AB ordnar saker.\n\n" for i in range(40))
    text += "".join(f"Skriv till post{i}@okand{i}.se om du vill.\n\n" for i in range(40))
    names = [(m.start(), m.end()) for m in evidence.re.finditer(r"Firma Nummer\d+ AB", text)]
    evidence.scan(text, proper_names=names)
    # the 40 names once each, and each address's own line and its neighbours in a contact block (at most 9)
    assert len(calls) <= 40 + 40 * (2 * evidence.SIGNATURE_LINES + 1)

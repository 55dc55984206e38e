"""group_image on the shipped model: a group of people as the image of a trait is flagged, a role or an
identity introduced by "som" is not. Real sentences first (blog posts and novels of the dev material), then
constructed ones for each reason a comparison is no simile."""

import pytest

FLAG = [
    # blog post of the seventh set (dev material now), the set's one clear inclusive label
    ("Ja, jag är väl medveten om att jag ser ut som en tjock asiat på den nedre bilden.", "som en tjock asiat",
     "ethnicity"),
    ("Du kastar som en tjej.", "som en tjej", "sex"),
    ("Han gnäller som en gammal kärring hela tiden.", "som en gammal kärring", "sex"),
    ("Hon kör som en pensionär.", "som en pensionär", "age"),
    ("De beter sig som en zigenare.", "som en zigenare", "ethnicity"),
    ("Han ser ut som en bög i den tröjan.", "som en bög", "sexual_orientation"),
    ("Han är dum som en pensionär.", "som en pensionär", "age"),
    ("Hon skrek likt en kärring.", "likt en kärring", "sex"),
    ("Jag känner mig som en gammal gubbe i dag.", "som en gammal gubbe", "age"),
    ("Han springer som en spastiker.", "som en spastiker", "disability"),
    ("Han beter sig som en blatte i förorten.", "som en blatte", "ethnicity"),  # the model tags blatte VERB
    ("Jag skrattade som en tjej när jag såg det.", "som en tjej", "sex"),  # "när ..." parsed as tjej's clause
    # så opening the sentence is no comparison in fact, nor is a subject after its verb an identity; a verb of
    # manner before som counts where the parser made the noun the root (review 28, item 11)
    ("Så kastar du som en tjej.", "som en tjej", "sex"),
    ("Och så gnäller han som en kärring igen.", "som en kärring", "sex"),
    ("Han gnäller som en kärring igen.", "som en kärring", "sex"),
    # verka and klä (sig) are verbs of manner, no longer also roles (review 28, item 14)
    ("Han verkar som en riktig kärring.", "som en riktig kärring", "sex"),
    ("Han klär sig som en tjej.", "som en tjej", "sex"),
]

OK = [
    # real sentences: the writer himself, a role without an article, an aside after a dash, a child
    "Jag har redan förtidsröstat, men kommer ändå gå till vallokalen för att andas in atmosfären där som en fri "
    "man i ett fritt samhälle, i ett fritt land.",
    "Som tonåring var han osäker och stillasittande och undvek alla situationer då kroppen måste exponeras.",
    "Hans kap var de största i hela Bolaget och han överlämnade dem troget som en liten pojke.",
    "Sen ger de sig allihop så småningom ut och letar efter honom under olika förklädnader – som en nödställd "
    "tjej, som Riddaren av Speglarna.",
    # a role or identity
    "Hon arbetar som sjuksköterska.",
    "Han kom hit som flykting 2015.",
    "Som tjej i politiken har jag fått höra mycket.",
    "Som en tjock tjej i 50-talets Sverige fick hon kämpa.",
    "Jag, som en gammal tant, förstår inte det här.",
    "Hon behandlades som en pensionär av sin chef.",
    "Han var utklädd som en indian på festen.",
    "Han började som en tjock kille på lagret.",
    "Vi som en tjej och en kille vet det.",
    # a relative "som", a comparison in fact, a real person, no group
    "Det är något som en tjej måste klara av.",
    "Hon tjänar inte lika mycket som en kille.",
    "Hon springer lika fort som en kille.",
    "Han springer lika fort i skogen som en tjej.",  # a place between (review 28 B, item 3)
    "Hon har samma rätt som en kille.",
    "Han ser ut som en vanlig kille.",
    "Jag ser ut som en tjej på 12 år.",
    "Han är som en kille jag gick i skolan med.",
    "Han ser ut som en kille från Stockholm.",
    "Jag sov som ett barn.",
    "Hon var som en mamma för mig.",
    # an image of childhood, like "som ett barn" (review 28, item 12)
    "Han var glad som en pojke när han fick cykeln.",
    "Jag kände mig som en flicka på julafton.",
    "Han sprang runt i trädgården som en pojke.",
    "Han beter sig som en idiot.",
]


@pytest.mark.parametrize(("text", "span", "ground"), FLAG)
def test_a_group_as_image_is_flagged(findings_of, text, span, ground):
    found = findings_of(text, "group_image")
    assert [(f.text, f.ground) for f in found] == [(span, ground)]
    assert found[0].suggestions and "stereotyp" in found[0].message


@pytest.mark.parametrize("text", OK)
def test_a_role_or_identity_is_not(findings_of, text):
    assert findings_of(text, "group_image") == []


def test_suggestion_fits_what_the_comparison_describes(findings_of):
    look = findings_of("Jag ser ut som en tjock asiat på bilden.", "group_image")[0]
    assert "ser konstig ut" in look.suggestions[0]
    quality = findings_of("Han är dum som en pensionär.", "group_image")[0]
    assert quality.suggestions[0] == "stryk ”som en pensionär”: ”dum” räcker"


def test_a_quoted_simile_is_the_quoted_writer_s(findings_of):
    assert findings_of("Tränaren skrek ”du kastar som en tjej” åt honom.", "group_image") == []

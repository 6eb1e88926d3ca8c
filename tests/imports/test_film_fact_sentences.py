"""The runtime, year, countries and studios a review's sentences state in the forms
critics write them ("its 94 minutes", "a lean 88-minute thriller", "Title (118 mins)",
"came out in 2019 and flopped", "the 2019 film Title", "this French film", "a Universal
picture", "the latest from A24", "X presents"), in every layout and wherever in the text
the sentence stands; and what must give none: a stretch of the film, another film's
length or year, a disc's date, a decade, a language or an audience, where the film
streams now, a film like a studio's.

The grid of sentences, layouts and places is crossed pairwise (`tests.pairwise`).
"""

import pytest

from tests.imports.fact_forms import MORE, TEXT, codes, page, text
from tests.pairwise import pairwise

LAYOUTS = {
    "txt": lambda blocks: text("Lanterns", *blocks),
    "md": lambda blocks: text("Lanterns", *blocks, markdown=True),
    "html": lambda blocks: page("Lanterns", *(f"<p>{block}</p>" for block in blocks)),
}
PLACES = {
    "first": lambda sentence: (sentence,),
    "mid-prose": lambda sentence: (TEXT, sentence),
    "late": lambda sentence: (TEXT, MORE, f"{MORE} {sentence}"),
}


def facts(kind, sentence, layout, place):
    film = LAYOUTS[layout](PLACES[place](sentence))
    return {
        "runtime": film.runtime_minutes,
        "year": film.year,
        "countries": codes(film),
        "studios": film.studios,
    }[kind]


STATED = {
    ("runtime", "Its 94 minutes fly by."): 94,
    ("runtime", "Over the film's 94 minutes, nothing is wasted."): 94,
    ("runtime", "It is a lean 88-minute thriller about a lighthouse."): 88,
    ("runtime", "Running 101 min., it never drags."): 101,
    ("runtime", "Lanterns (118 mins) is a quiet film about a lighthouse keeper."): 118,
    ("runtime", "Lanterns (Norway, 2019, 118 min.) is a quiet film."): 118,
    ("year", "Lanterns came out in 2019 and flopped, then lived forever on VHS."): 2019,
    ("year", "The 2019 film Lanterns is about a lighthouse keeper."): 2019,
    ("year", "Lanterns was released in 2019 to little fanfare."): 2019,
    ("countries", "This French film never lets up."): ["FR"],
    ("countries", "It is a Danish-Swedish co-production."): ["DK", "SE"],
    ("countries", "It was made in Iran on a tiny budget."): ["IR"],
    ("studios", "It's a tight 96 minutes, a Universal picture made by friends."): ["Universal"],
    ("studios", "It is the latest from A24, and it shows."): ["A24"],
    ("studios", "Greywater Pictures presents Lanterns, a quiet film."): ["Greywater Pictures"],
    ("studios", "It was distributed by Bleecker Street in the autumn."): ["Bleecker Street"],
    ("studios", "It is a Studio Ghibli production."): ["Studio Ghibli"],
    ("studios", "It comes from A24, and it shows."): ["A24"],
    ("studios", "The production, by Ines Vaz for 20th Century Fox, was a British one."): [
        "20th Century Fox"
    ],
    ("countries", "It is a Hong Kong thriller of rare polish."): ["HK"],
    ("countries", "This Algerian-Italian co-production was shot in the Casbah."): ["DZ", "IT"],
}
NOT_STATED = {
    ("runtime", "Its 45 minutes of silence are the best thing in it."),
    ("runtime", "Its last 50 minutes are the best thing in it."),
    ("runtime", "The film's final 40 minutes drag."),
    ("runtime", "It plays after a lean 12-minute short."),
    ("runtime", "Heat (170 mins) is the better heist film."),
    ("runtime", "Running 20 minutes late, she misses the bus."),
    ("runtime", "It clocks in at just under two hours."),
    ("year", "It came out on VHS in 2019, and I rented it."),
    ("year", "The 1998 film Heat is louder."),
    ("year", "It is one of the best films of the 1970s."),
    ("year", "Audiences in 2019 gasped."),
    ("countries", "American audiences loved it."),
    ("countries", "This French actor is wonderful."),
    ("countries", "This Spanish-language film was shot in Mexico."),
    ("studios", "It feels like a Disney film, all songs and sidekicks."),
    ("studios", "It is now on Netflix."),
    ("studios", "It is now streaming on Netflix, in 4K."),
    ("studios", "The latest from Ines Vaz is quieter."),
    ("studios", "The Blu-ray is the latest from Arrow Films."),
    ("studios", "This is of paramount importance."),
    ("studios", "It came from Universal's vaults."),
    ("studios", "The production, by Ines Vaz for her mother, was a family affair."),
    ("countries", "It is set in Hong Kong."),
    ("countries", "She speaks Vietnamese throughout."),
}


@pytest.mark.parametrize(("cell", "layout", "place"), pairwise(STATED, LAYOUTS, PLACES))
def test_a_fact_a_sentence_states(cell, layout, place):
    assert facts(*cell, layout, place) == STATED[cell]


@pytest.mark.parametrize(("cell", "layout", "place"), pairwise(sorted(NOT_STATED), LAYOUTS, PLACES))
def test_no_fact_from_what_is_not_the_films(cell, layout, place):
    assert not facts(*cell, layout, place)


STRIPS = {
    "109 minutes · USA · Bleecker Street": ["Bleecker Street"],
    "2019 · Norway · 104 min · Universal": ["Universal"],
}


@pytest.mark.parametrize("strip", STRIPS)
def test_a_known_studio_ends_a_strip(strip):
    assert text("Lanterns", strip).studios == STRIPS[strip]


def test_a_streaming_service_in_a_strip_is_no_studio():
    assert text("Lanterns", "2019 · Norway · 104 min · Netflix").studios == []

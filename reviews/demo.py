"""Demo content for a fresh site: eight films, two critics and their reviews.

`make run` calls `demo_load()` on every start; it loads once, into an empty catalogue.
"""

import io
import textwrap
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from comments.services import comment_import
from reviews.models import (
    DEFAULT_CRITERIA,
    AuthorProfile,
    Country,
    Credit,
    Criterion,
    FAQEntry,
    Film,
    Franchise,
    Genre,
    Person,
    Review,
    Score,
)
from reviews.services import image_renditions_refresh

#: Review fields copied from the data as they are.
REVIEW_FIELDS = ("slug", "headline", "kind", "standfirst", "body", "verdict", "seo_description")

#: Colours the generated artwork is drawn in; the names go into the alt text.
PALETTE = {
    "black": "#0d0d12",
    "crimson": "#8c1c2b",
    "rose": "#b84a6e",
    "navy": "#16233f",
    "teal": "#1d6b68",
    "amber": "#b87a16",
    "olive": "#55662b",
    "plum": "#57285a",
    "slate": "#3b4452",
    "rust": "#9a4a1f",
}

POSTER_SIZE, HERO_SIZE, AVATAR_SIZE = (600, 900), (1600, 900), (400, 400)

#: A week from loading: the scheduled review is always still to come.
NEXT_WEEK = timedelta(days=7)


def at(year, month, day, hour=9):
    """A fixed publication time in UTC."""
    return datetime(year, month, day, hour, tzinfo=UTC)


AUTHORS = (
    {
        "username": "ines.calder",
        "first_name": "Ines",
        "last_name": "Calder",
        "display_name": "Ines Calder",
        "bio": "Ines Calder reviews action and genre cinema, with a soft spot for stunt "
        "work and very little patience for exposition.",
        "colours": ("crimson", "black"),
    },
    {
        "username": "theo.lindqvist",
        "first_name": "Theo",
        "last_name": "Lindqvist",
        "display_name": "Theo Lindqvist",
        "bio": "Theo Lindqvist writes about horror, world cinema and the older films "
        "behind whatever everyone is watching this week.",
        "colours": ("teal", "navy"),
    },
)

FRANCHISES = {
    "John Wick": "Films set in the underworld of the Continental hotel, the High Table and "
    "the Ruska Roma, beginning with John Wick (2014).",
}

FILMS = (
    {
        "title": "Ballerina",
        "original_title": "발레리나",
        "release_year": 2023,
        "runtime_minutes": 93,
        "countries": ("KR",),
        "genres": ("Action", "Thriller"),
        "keywords": ("revenge", "friendship", "korean cinema", "netflix"),
        "synopsis": "When her closest friend dies, former bodyguard Ok-ju follows the trail "
        "to the man who exploited her and sets out to make him pay, whatever it costs.",
        "colours": ("rose", "black"),
        "credits": (
            ("director", "Lee Chung-hyun"),
            ("writer", "Lee Chung-hyun"),
            ("cast", "Jeon Jong-seo", "Ok-ju"),
            ("cast", "Kim Ji-hoon", "Choi Pro"),
            ("cast", "Park Yu-rim", "Min-hee"),
        ),
    },
    {
        "title": "From the World of John Wick: Ballerina",
        "release_year": 2025,
        "runtime_minutes": 125,
        "countries": ("US",),
        "genres": ("Action", "Thriller"),
        "franchise": "John Wick",
        "keywords": ("assassins", "revenge", "ruska roma", "spin-off"),
        "synopsis": "Raised by the Ruska Roma after a cult of killers murders her father, "
        "Eve Macarro trains as both dancer and assassin. When a lead to the men responsible "
        "surfaces, she breaks the underworld's rules to hunt them down.",
        "colours": ("crimson", "black"),
        "credits": (
            ("director", "Len Wiseman"),
            ("writer", "Shay Hatten"),
            ("cast", "Ana de Armas", "Eve Macarro"),
            ("cast", "Keanu Reeves", "John Wick"),
            ("cast", "Ian McShane", "Winston"),
            ("cast", "Anjelica Huston", "The Director"),
            ("cast", "Gabriel Byrne", "The Chancellor"),
            ("cast", "Lance Reddick", "Charon"),
            ("cast", "Norman Reedus", "Daniel Pine"),
        ),
    },
    {
        "title": "John Wick",
        "release_year": 2014,
        "runtime_minutes": 101,
        "countries": ("US",),
        "genres": ("Action", "Crime", "Thriller"),
        "franchise": "John Wick",
        "keywords": ("hitman", "revenge", "the continental", "gun fu"),
        "synopsis": "A retired hitman mourning his wife is dragged back into the underworld "
        "he left when the son of a Russian crime boss steals his car and kills the puppy "
        "his wife left him.",
        "colours": ("slate", "black"),
        "credits": (
            ("director", "Chad Stahelski"),
            ("writer", "Derek Kolstad"),
            ("cast", "Keanu Reeves", "John Wick"),
            ("cast", "Michael Nyqvist", "Viggo Tarasov"),
            ("cast", "Alfie Allen", "Iosef Tarasov"),
            ("cast", "Willem Dafoe", "Marcus"),
            ("cast", "Ian McShane", "Winston"),
            ("cast", "Lance Reddick", "Charon"),
        ),
    },
    {
        "title": "28 Years Later",
        "release_year": 2025,
        "runtime_minutes": 115,
        "countries": ("GB",),
        "genres": ("Horror", "Thriller", "Science Fiction"),
        "keywords": ("infected", "post-apocalyptic", "coming of age", "island"),
        "synopsis": "Almost three decades after the rage virus tore through Britain, a boy "
        "from a quarantined island community crosses to the mainland for the first time "
        "and finds that the infected, and the survivors, have changed.",
        "colours": ("olive", "black"),
        "credits": (
            ("director", "Danny Boyle"),
            ("writer", "Alex Garland"),
            ("cast", "Jodie Comer", "Isla"),
            ("cast", "Alfie Williams", "Spike"),
            ("cast", "Aaron Taylor-Johnson", "Jamie"),
            ("cast", "Ralph Fiennes", "Dr. Ian Kelson"),
        ),
    },
    {
        "title": "Materialists",
        "release_year": 2025,
        "countries": ("US", "FI"),
        "genres": ("Romance", "Drama"),
        "keywords": ("matchmaking", "new york", "love triangle", "money"),
        "synopsis": "A successful New York matchmaker who treats romance as a numbers game "
        "weighs a wealthy suitor who is perfect on paper against the broke ex she never "
        "quite got over.",
        "colours": ("amber", "navy"),
        "credits": (
            ("director", "Celine Song"),
            ("writer", "Celine Song"),
            ("cast", "Dakota Johnson", "Lucy"),
            ("cast", "Chris Evans", "John"),
            ("cast", "Pedro Pascal", "Harry"),
        ),
    },
    {
        "title": "Together",
        "release_year": 2025,
        "countries": ("AU", "US"),
        "genres": ("Horror", "Romance"),
        "keywords": ("body horror", "relationships", "countryside", "debut feature"),
        "synopsis": "A couple move to the countryside to rescue a stalled relationship, "
        "and after a night in a strange cave find their bodies being drawn together in "
        "ways neither of them chose.",
        "colours": ("plum", "black"),
        "credits": (
            ("director", "Michael Shanks"),
            ("writer", "Michael Shanks"),
            ("cast", "Dave Franco", "Tim"),
            ("cast", "Alison Brie", "Millie"),
            ("cast", "Damon Herriman", "Jamie"),
        ),
    },
    {
        "title": "365 Days",
        "original_title": "365 dni",
        "release_year": 2020,
        "countries": ("PL",),
        "genres": ("Romance", "Drama"),
        "keywords": ("erotic drama", "sicily", "mafia", "netflix"),
        "synopsis": "A Polish executive on holiday in Sicily is abducted by a mafia heir "
        "who gives her a year to fall in love with him.",
        "colours": ("rust", "black"),
        "credits": (
            ("director", "Barbara Białowąs"),
            ("director", "Tomasz Mandes"),
            ("cast", "Anna-Maria Sieklucka", "Laura Biel"),
            ("cast", "Michele Morrone", "Massimo Torricelli"),
        ),
    },
    {
        "title": "Intimacy",
        "release_year": 2001,
        "runtime_minutes": 119,
        "countries": ("GB", "FR"),
        "genres": ("Drama", "Romance"),
        "keywords": ("london", "loneliness", "marriage", "golden bear"),
        "synopsis": "A London barman who walked out on his family spends wordless Wednesday "
        "afternoons with a woman he knows nothing about, until he decides to follow her.",
        "colours": ("navy", "black"),
        "credits": (
            ("director", "Patrice Chéreau"),
            ("cast", "Mark Rylance", "Jay"),
            ("cast", "Kerry Fox", "Claire"),
            ("cast", "Timothy Spall", "Andy"),
        ),
    },
)

REVIEWS = (
    {
        "film": ("From the World of John Wick: Ballerina", 2025),
        "slug": "ballerina-review-ana-de-armas",
        "headline": "Ballerina review: Ana de Armas fights her way into the Wick-verse",
        "kind": "review",
        "author": "ines.calder",
        "published_at": at(2025, 6, 6, 7),
        "is_featured": True,
        "standfirst": "Len Wiseman's spin-off stumbles whenever it stops to explain itself, "
        "but its star and a few gloriously silly set pieces make the case for a John Wick "
        "film without John Wick at the centre.",
        "body": """
<h2>A new pupil for the Ruska Roma</h2>
<p>Every John Wick film runs on rules, and the first rule of a spin-off is that it has to
earn the right to push its famous hero to the edge of the frame. <em>Ballerina</em> mostly
does. Eve Macarro watches a cult of killers murder her father when she is a child, is taken
in by the Director, and grows up in the theatre where the Ruska Roma train dancers and
assassins on the same stage. Years later a scar on a stranger's wrist points her toward the
men responsible, and toward a snowbound mountain town where it seems every resident has been
raised to kill.</p>
<h2>Where it flies</h2>
<p>Ana de Armas plays Eve as a fighter who is still learning, and that is the film's best
idea. She is smaller than most of her opponents and loses exchanges she would win in a tidier
film; she wins by improvising and by refusing to stay down. The set pieces are built around
that scrappiness:</p>
<ul>
<li>a brawl fought largely with dinner plates, smashed over heads in a rhythm that borders
on slapstick;</li>
<li>a late stretch built around flamethrowers that is as ridiculous as it is exhilarating;</li>
<li>a face-off with Wick himself, staged as a test of Eve rather than a victory lap for
Keanu Reeves.</li>
</ul>
<p>Anjelica Huston and Ian McShane bring their usual gravity to a few scenes each, and Lance
Reddick's brief return as Charon lands with extra weight: it is his final screen
performance.</p>
<h2>Where it stumbles</h2>
<p>Shay Hatten's screenplay front-loads flashbacks and back story, then leaves Gabriel
Byrne's Chancellor with little to do but glower in doorways. Norman Reedus is better value as
a cult member with divided loyalties, though the film hurries his arc. The joins of a long
production, including extra shooting reportedly overseen by series director Chad Stahelski,
show in a choppy middle hour where scenes seem to begin halfway through.</p>
<blockquote><p>Eve wins the way beginners win: badly, then repeatedly, then all at
once.</p></blockquote>
<h2>Should you see it?</h2>
<p>If you come to this series for the choreography rather than the lore, yes, and on the
biggest screen you can find. <em>Ballerina</em> never reaches the operatic heights of
<em>Chapter 4</em>, but at its best it finds a sense of humour about violence that the main
films sometimes misplace, and de Armas proves she can carry one of these on her own.</p>
""",
        "verdict": "A clumsy script, a committed star and three action scenes worth the ticket.",
        "rating": "7",
        "scores": ("6.5", "7.5", "7", "6.5", "5.5", "7.5"),
        "faq": (
            (
                "Is Keanu Reeves in Ballerina?",
                "Yes. John Wick appears in a handful of scenes, most importantly a "
                "confrontation with Eve late in the film. It is a supporting part, not a "
                "second lead.",
            ),
            (
                "Where does Ballerina fit in the John Wick timeline?",
                "It runs alongside Chapter 3 - Parabellum, so it is set before Chapter 4. "
                "You can follow it without knowing that, but Wick's scenes make more sense "
                "if you do.",
            ),
            (
                "Is Ballerina Lance Reddick's last film?",
                "Yes. Reddick, who played Charon throughout the series, died in March 2023; "
                "Ballerina, released in 2025, is his final screen appearance.",
            ),
            (
                "Is it connected to the 2023 Korean film Ballerina?",
                "No. Lee Chung-hyun's Netflix thriller is an unrelated film that happens to "
                "share the title.",
            ),
        ),
        "keywords": ("ana de armas", "john wick universe", "revenge", "action choreography"),
        "seo_description": "Our review of From the World of John Wick: Ballerina (2025): Ana "
        "de Armas is a scrappy, convincing lead in a spin-off whose action outclasses its "
        "script.",
        "colours": ("crimson", "black"),
    },
    {
        "film": ("From the World of John Wick: Ballerina", 2025),
        "slug": "two-ballerinas",
        "headline": "Two Ballerinas: the revenge films that share a name and little else",
        "kind": "feature",
        "author": "theo.lindqvist",
        "published_at": at(2026, 3, 12),
        "standfirst": "A Korean Netflix thriller and a John Wick spin-off arrived two years "
        "apart with the same one-word title. Watched back to back, they make an instructive "
        "pair.",
        "body": """
<h2>Same title, different films</h2>
<p>Search a streaming service for <em>Ballerina</em> and you may get either of two revenge
thrillers. Lee Chung-hyun's 2023 film, made in South Korea for Netflix, follows Ok-ju, a
former bodyguard hunting the man behind her best friend's death. Len Wiseman's 2025 film,
released in cinemas under the cumbersome title <em>From the World of John Wick:
Ballerina</em>, follows Eve Macarro, an assassin raised by the Ruska Roma, hunting the cult
that killed her father. Neither is a remake of the other. They share a word on the poster
and, as it happens, a dancer at the heart of the story.</p>
<h2>Small and furious, big and busy</h2>
<p>The Korean film is compact and angry. Ok-ju's friend Min-hee, a ballet dancer, was drugged,
filmed and blackmailed by a predator called Choi Pro, and the film treats her loss as the
wound everything else grows from. Its violence is close and personal, mostly blades and
bare hands, shot in saturated night-time colour.</p>
<p>The American film has a mythology to service, cameo slots to fill and a franchise to
extend, and it is most alive when it forgets all three and lets Ana de Armas throw
things.</p>
<h2>Where they meet</h2>
<p>Side by side, the two films turn out to share a surprising amount:</p>
<ul>
<li>a heroine defined by a single loss, who fights far more than she talks;</li>
<li>a villain who hides behind an organisation, whether a cult or a ring of abusers;</li>
<li>training treated as a kind of dance, with a rehearsal studio never far away.</li>
</ul>
<blockquote><p>One film asks what revenge is for; the other asks how many ways there are to
deliver it.</p></blockquote>
<h2>Which to watch first</h2>
<p>For an evening of spectacle, start with the Wick spin-off: its plate-smashing brawl and
fiery finale are the bigger pleasures. For a revenge story that stays with you, the Korean
film is the better one. Jeon Jong-seo gives Ok-ju a stillness that makes every eruption
count, and Lee keeps the grief so close to the surface that the violence always has a cost,
something Wiseman's film, for all its invention, rarely manages.</p>
""",
        "verdict": "The spin-off has the budget; the Korean film knows why its heroine fights.",
        "rating": "6.5",
        "scores": ("6", "7", "7", "6", "5.5", "6.5"),
        "faq": (
            (
                "Are the two Ballerina films related?",
                "No. The 2023 Korean thriller and the 2025 John Wick spin-off are separate "
                "productions with different stories, casts and makers.",
            ),
            (
                "Which Ballerina is the Netflix film?",
                "The 2023 South Korean film directed by Lee Chung-hyun is a Netflix original. "
                "The 2025 film was released in cinemas by Lionsgate.",
            ),
            (
                "Who plays the lead in each film?",
                "Jeon Jong-seo plays Ok-ju in the 2023 film; Ana de Armas plays Eve Macarro in "
                "the 2025 film.",
            ),
        ),
        "keywords": ("ballerina", "korean cinema", "john wick universe", "revenge"),
        "seo_description": "Ballerina (2023) and From the World of John Wick: Ballerina (2025) "
        "compared: two revenge thrillers, one title, and very different ideas of what "
        "vengeance costs.",
        "colours": ("rose", "navy"),
    },
    {
        "film": ("John Wick", 2014),
        "slug": "john-wick-rules-of-the-house",
        "headline": "The rules of the house: how John Wick built a world in one film",
        "kind": "analysis",
        "author": "theo.lindqvist",
        "published_at": at(2025, 5, 28),
        "standfirst": "Before the sequels and the spin-offs there was a lean revenge film about "
        "a dog, a car and a hotel for killers. Its world-building is a lesson in saying less.",
        "body": """
<h2>A dog, a car and a grudge</h2>
<p>The plot of <em>John Wick</em> fits on an index card. A retired hitman, grieving his wife,
receives a puppy she arranged to reach him after her death. The son of a Russian crime boss
steals his car and kills the dog. The hitman comes out of retirement. What made the film a
surprise hit in 2014, and the seed of a franchise, was everything around that card.</p>
<h2>World-building by implication</h2>
<p>Chad Stahelski, a veteran stunt coordinator directing for the first time with David Leitch
as his uncredited partner, and writer Derek Kolstad build their underworld out of details
that nobody stops to explain:</p>
<ul>
<li>gold coins that buy what cash cannot, from a room for the night to the removal of a
body;</li>
<li>the Continental, a hotel for killers where doing business on the premises is
forbidden;</li>
<li>a clean-up crew summoned by booking a "dinner reservation";</li>
<li>a name that makes a crime boss fall silent on the phone.</li>
</ul>
<p>We learn the rules the way a newcomer would, by watching people obey them. Ian McShane's
Winston and Lance Reddick's Charon, manager and concierge, carry themselves as if the hotel
has been open for centuries, and the film trusts that to do the work of a prologue.</p>
<h2>Action as character</h2>
<p>The fighting tells us who Wick is. Keanu Reeves trained at length in grappling and tactical
shooting, and Stahelski frames him wide and holds the shots, so we can see that he really is
doing it. The nightclub sequence at the Red Circle is the showcase: close-range gunfire
mixed with throws and locks, every reload visible, nothing hidden in the edit.</p>
<blockquote><p>The film never tells you how big its world is. It lets a crime boss answer a
piece of news with one syllable and leaves you to do the maths.</p></blockquote>
<h2>What the sequels inherited</h2>
<p>Later chapters mapped the High Table, the blood markers and the Ruska Roma in loving
detail, and <em>Ballerina</em> borrows the whole apparatus. They are often terrific, but
they explain what the first film only implied. Michael Nyqvist's weary Viggo, who seems to
know from that first phone call how this will end, remains the series' best villain, and the
original's 101 minutes remain its tightest.</p>
""",
        "verdict": "A lean, witty action film whose hints of a hidden world are its best effect.",
        "rating": "8.5",
        "scores": ("8.5", "8.5", "8.5", "8", "7.5", "9"),
        "faq": (
            (
                "Who directed John Wick (2014)?",
                "Chad Stahelski, a former stunt performer and coordinator. David Leitch "
                "worked alongside him as an uncredited co-director.",
            ),
            (
                "What is the Continental?",
                "A hotel that serves the criminal underworld. Guests pay in gold coins, and "
                "killing on its grounds is forbidden, a rule the plot comes to depend on.",
            ),
            (
                "Who is the villain of John Wick?",
                "Viggo Tarasov, a Russian crime boss played by Michael Nyqvist. His son Iosef "
                "(Alfie Allen) starts the trouble by stealing Wick's car.",
            ),
            (
                "Should I watch John Wick before Ballerina?",
                "It helps. Ballerina assumes you know the Continental, Winston and the "
                "Director, and the first film is the quickest introduction to that world.",
            ),
        ),
        "keywords": ("keanu reeves", "chad stahelski", "world-building", "the continental"),
        "seo_description": "An analysis of John Wick (2014): how Chad Stahelski's debut "
        "sketched the Continental, its gold coins and its rules, and why restraint made that "
        "world feel real.",
        "colours": ("slate", "amber"),
    },
    {
        "film": ("Ballerina", 2023),
        "slug": "ballerina-2023-review",
        "headline": "Ballerina (2023) review: a revenge thriller with grief in every blow",
        "kind": "review",
        "author": "ines.calder",
        "published_at": at(2025, 6, 3),
        "standfirst": "Lee Chung-hyun's Netflix thriller is short, lurid and single-minded, and "
        "Jeon Jong-seo gives it a still, burning centre.",
        "body": """
<h2>A friend, a message, a hunt</h2>
<p>Ok-ju used to protect other people for a living. Now she mostly keeps to herself, until
her one close friend, the ballet dancer Min-hee, dies and leaves behind a plea to be
avenged. The trail leads to Choi Pro, a smirking young man who drugs women, films them and
sells what he records, and the film wastes no energy pretending there is more to say about
him.</p>
<p>Lee Chung-hyun, whose debut <em>The Call</em> also starred Jeon Jong-seo, keeps the
running time to an hour and a half and the plot to a straight line. That discipline is the
film's first virtue.</p>
<h2>What makes it work</h2>
<ul>
<li>Jeon's physicality: she fights like someone who was trained well and has stopped caring
whether she survives;</li>
<li>flashbacks to the friendship, short and warm enough to make the present hurt;</li>
<li>the look of the thing, which bathes the city's nightlife in pinks and blues without ever
losing the geography of a fight;</li>
<li>Kim Ji-hoon's villain, whose easy charm curdles convincingly.</li>
</ul>
<blockquote><p>Every fight in <em>Ballerina</em> is really an argument with someone who is no
longer there.</p></blockquote>
<h2>What holds it back</h2>
<p>The script is thin. Supporting characters drift in and out without much consequence, and
the middle stretch, in which Ok-ju works her way up Choi Pro's chain of associates, repeats
itself. The film's treatment of sexual exploitation is furious rather than exploitative,
which matters, but it never goes much deeper than fury, and Park Yu-rim's Min-hee is sketched
rather than drawn.</p>
<h2>The verdict</h2>
<p>As a revenge machine, it is efficient and often beautiful. As a portrait of a friendship
cut short, it is better than it has any need to be, and that is mostly down to Jeon, who
makes silence feel like a threat. Anyone arriving here by way of the John Wick spin-off with
the same title will find a smaller, angrier and more personal film.</p>
""",
        "verdict": "Lean, stylish and angry, with a lead performance that does the talking.",
        "rating": "7.5",
        "scores": ("7.5", "8", "8", "7.5", "6", "7.5"),
        "faq": (
            (
                "Is Ballerina (2023) part of the John Wick series?",
                "No. It is a South Korean Netflix film with no connection to the 2025 John "
                "Wick spin-off of the same name.",
            ),
            (
                "Who directed Ballerina (2023)?",
                "Lee Chung-hyun, who also wrote it. He previously directed Jeon Jong-seo in "
                "the thriller The Call (2020).",
            ),
            (
                "Is Ballerina (2023) very violent?",
                "Yes. The fights are bloody and close-range, and the story centres on "
                "drugging and sexual exploitation, which some viewers will want to know "
                "before they start.",
            ),
            ("How long is Ballerina (2023)?", "93 minutes."),
        ),
        "keywords": ("jeon jong-seo", "lee chung-hyun", "korean cinema", "revenge"),
        "seo_description": "Our review of Ballerina (2023), Lee Chung-hyun's South Korean "
        "revenge thriller starring Jeon Jong-seo as a former bodyguard avenging her friend.",
        "colours": ("rose", "plum"),
    },
    {
        "film": ("28 Years Later", 2025),
        "slug": "28-years-later-review",
        "headline": "28 Years Later review: Danny Boyle returns to a Britain gone feral",
        "kind": "review",
        "author": "theo.lindqvist",
        "published_at": at(2025, 6, 20),
        "standfirst": "Boyle and Alex Garland's long-awaited sequel is less a zombie film than a "
        "coming-of-age story told at the edge of the world, and it is stronger for it.",
        "body": """
<h2>An island that kept the lights on</h2>
<p>Nearly three decades after the rage virus broke out, mainland Britain has been sealed off
and left to rot. A small community survives on a tidal island off the Northumberland coast,
joined to the mainland by a causeway the sea covers twice a day. Twelve-year-old Spike is
taken across by his father, Jamie, for his first hunt, a rite of passage the village marks
with a night of drinking in the hall. At home his mother, Isla, is ill with something
nobody on the island can name.</p>
<h2>What Boyle gets right</h2>
<p>Danny Boyle shoots the mainland as something beautiful and wrong: fields gone to seed,
deer moving through the mist, and infected that have changed in ways the earlier films never
imagined. Much of it was shot on adapted iPhones, and the restless, wide-angle images recall
the digital grain of <em>28 Days Later</em> without copying it.</p>
<ul>
<li>Alfie Williams, barely a teenager, carries the film with real steadiness;</li>
<li>Jodie Comer makes Isla's confusion heartbreaking rather than a plot device;</li>
<li>Ralph Fiennes, arriving late as the iodine-stained Dr Kelson, gives the film its
soul.</li>
</ul>
<blockquote><p>The most frightening thing here is not the infected. It is a boy realising
that the adults around him have been guessing all along.</p></blockquote>
<h2>Where it wobbles</h2>
<p>Garland's screenplay takes big swings in tone, and not all of them land. A few comic beats
jar, and the final minutes, which set up the next film in a planned trilogy, arrive so
abruptly that they feel like a trailer stapled to the end. Aaron Taylor-Johnson is solid as a
father whose bravado hides a smaller man, but the script loses interest in Jamie once Spike
strikes out on his own.</p>
<h2>The verdict</h2>
<p>This is not the relentless sprint of the 2002 original. It is something stranger and, in
its best passages, more moving: a film about what we teach children when the world they
inherit is already broken, and about the kinds of care that survive when almost nothing else
has.</p>
""",
        "verdict": "Strange, tender and frightening: a sequel that refuses to repeat itself.",
        "rating": "8",
        "scores": ("8.5", "8.5", "9", "8", "7", "8"),
        "faq": (
            (
                "Do I need to see 28 Days Later first?",
                "It helps to know the premise, but 28 Years Later tells a self-contained "
                "story with new characters.",
            ),
            (
                "Is 28 Years Later part of a trilogy?",
                "Yes. It opens a planned trilogy; the next film, 28 Years Later: The Bone "
                "Temple, is directed by Nia DaCosta.",
            ),
            (
                "Who plays Dr Kelson?",
                "Ralph Fiennes, as a doctor who has lived alone on the mainland for years.",
            ),
            (
                "Where was 28 Years Later filmed?",
                "Largely in the north of England, including Northumberland, with many scenes "
                "shot on iPhone cameras.",
            ),
        ),
        "keywords": ("danny boyle", "alex garland", "infected", "coming of age"),
        "seo_description": "Our review of 28 Years Later (2025): Danny Boyle and Alex Garland "
        "return with a coming-of-age horror story starring Alfie Williams, Jodie Comer and "
        "Ralph Fiennes.",
        "colours": ("olive", "slate"),
    },
    {
        "film": ("Materialists", 2025),
        "slug": "materialists-review",
        "headline": "Materialists review: Celine Song puts a price on love in Manhattan",
        "kind": "review",
        "author": "ines.calder",
        "published_at": at(2025, 6, 13),
        "standfirst": "The Past Lives director turns a matchmaker's love triangle into a sharp, "
        "sometimes chilly study of what people believe they are worth.",
        "body": """
<h2>The business of love</h2>
<p>Lucy is very good at her job. As a matchmaker at an upmarket New York agency, she sorts
clients by height, income and age with the cool efficiency of a trader, and she has a
string of marriages to show for it. At a client's wedding she meets Harry, a wealthy
bachelor who has everything her clients ask for, and runs into John, her broke ex-boyfriend,
a struggling actor working the event as a waiter.</p>
<p>From there Celine Song builds a love triangle that is really an argument about value:
what a person is worth on paper, and what they are worth to somebody.</p>
<h2>What works</h2>
<ul>
<li>Dakota Johnson's Lucy, whose dry delivery hides a woman who has priced herself as
carefully as any client;</li>
<li>Pedro Pascal, charming and faintly sad as a man who knows his appeal is mostly
arithmetic;</li>
<li>Chris Evans, scruffy and warm, playing against his leading-man polish;</li>
<li>the consultations with clients, funny and unnerving in their frankness.</li>
</ul>
<blockquote><p>Everyone in <em>Materialists</em> has a number. The film is about the moment the
number stops meaning anything.</p></blockquote>
<h2>What doesn't</h2>
<p>A subplot about a client's disastrous date takes the film somewhere darker than its
structure can hold, and Song handles it with more seriousness than resolution. The dialogue,
so natural in <em>Past Lives</em>, sometimes sounds like a thesis read aloud, and the outcome
of the triangle is never really in doubt, which drains the last act of tension.</p>
<h2>The verdict</h2>
<p>It is not the swooning romantic comedy the poster promises, and not quite the knockout
that <em>Past Lives</em> was. It is a smart, grown-up film with a real point of view about
love and money, shot in a New York that looks expensive in every frame, and Johnson has
rarely been better used.</p>
""",
        "verdict": "Cool, clever and a little airless, with Dakota Johnson at her most precise.",
        "rating": "7",
        "scores": ("7.5", "7.5", "7.5", "6.5", "6.5", "7"),
        "faq": (
            (
                "Is Materialists a romantic comedy?",
                "Partly. It has the shape of one, with a love triangle at its centre, but its "
                "tone is reflective and it touches on darker material.",
            ),
            (
                "Who directed Materialists?",
                "Celine Song, who also wrote it. Her first feature was Past Lives (2023).",
            ),
            (
                "Who is in the cast of Materialists?",
                "Dakota Johnson plays Lucy, Pedro Pascal plays Harry and Chris Evans plays John.",
            ),
        ),
        "keywords": ("celine song", "dakota johnson", "romance", "new york"),
        "seo_description": "Our review of Materialists (2025): Celine Song's New York romance "
        "stars Dakota Johnson as a matchmaker caught between Pedro Pascal and Chris Evans.",
        "colours": ("amber", "rust"),
    },
    {
        "film": ("Together", 2025),
        "slug": "together-review",
        "headline": "Together review: a body-horror romance that takes codependency literally",
        "kind": "review",
        "author": "theo.lindqvist",
        "published_at": at(2025, 8, 1),
        "standfirst": "Alison Brie and Dave Franco play a couple whose bodies start to fuse "
        "after a move to the country. Michael Shanks's debut is gross, funny and "
        "unexpectedly sweet.",
        "body": """
<h2>A move to the country</h2>
<p>Tim and Millie have been together long enough to stop asking whether they should be. When
Millie takes a teaching job in the countryside, Tim, a musician whose career has stalled,
follows her out of a mixture of love and inertia. On a walk they stumble into a cave, spend a
rainy night there and drink from a pool they should have left alone. Soon their bodies begin
to pull toward each other, first as an itch and then as something much worse.</p>
<h2>What works</h2>
<p>Writer-director Michael Shanks, making his first feature after years of comedy videos
online, understands that the best body horror grows out of a feeling everyone recognises.
Here it is the fear that a relationship has stopped being a choice.</p>
<ul>
<li>Brie and Franco, married off screen, play the small resentments of a long relationship
with uncomfortable accuracy;</li>
<li>the practical effects are queasy and inventive, and the film is not shy with them;</li>
<li>Damon Herriman, as Millie's genial new colleague, brings a warmth that never quite
reassures.</li>
</ul>
<blockquote><p>Most horror films about couples ask whether they will stay together. This one
asks what happens if they have no choice.</p></blockquote>
<h2>What doesn't</h2>
<p>The mythology behind the cave is explained in a hurry and in more detail than the film
needs, and a couple of jump scares feel borrowed from a more ordinary horror film. The middle
act also repeats its central gag a few times too often before the final stretch pays it off
in a way that is both grotesque and oddly moving.</p>
<h2>The verdict</h2>
<p>A confident debut with a strong idea and two game leads. It is one of the more memorable
horror films of its year, and perhaps the only one that works as a date movie, provided the
date is going well.</p>
""",
        "verdict": "A nasty, funny metaphor that knows exactly when to stop being a metaphor.",
        "rating": "7.5",
        "scores": ("7.5", "8", "7", "7", "7.5", "7.5"),
        "faq": (
            (
                "Are Dave Franco and Alison Brie married in real life?",
                "Yes, and their real relationship gives their scenes as a long-term couple "
                "an extra edge.",
            ),
            (
                "Is Together very gory?",
                "It has several strong body-horror sequences made with practical effects. "
                "It is more unsettling than splattery, but not for the squeamish.",
            ),
            (
                "Who directed Together?",
                "Michael Shanks, an Australian film-maker making his feature debut. He also "
                "wrote the screenplay.",
            ),
        ),
        "keywords": ("body horror", "alison brie", "dave franco", "relationships"),
        "seo_description": "Our review of Together (2025): Dave Franco and Alison Brie star in "
        "Michael Shanks's body-horror romance about a couple who cannot pull apart.",
        "colours": ("plum", "crimson"),
    },
    {
        "film": ("365 Days", 2020),
        "slug": "365-days-review",
        "headline": "365 Days review: a fantasy that mistakes captivity for romance",
        "kind": "review",
        "author": "ines.calder",
        "published_at": None,
        "standfirst": "Netflix's Polish erotic drama was a global streaming hit in 2020. Its "
        "popularity is easier to explain than its choices.",
        "body": """
<h2>The premise</h2>
<p>Laura Biel, a sales executive on a birthday trip to Sicily, is abducted by Massimo
Torricelli, heir to a crime family, who has been fixated on her since glimpsing her years
earlier. He gives her a year to fall in love with him, promising not to touch her without
consent while doing nearly everything else to take it away.</p>
<p>Adapted from Blanka Lipińska's bestselling novel and directed by Barbara Białowąs and
Tomasz Mandes, the film became one of Netflix's most-watched titles in the summer of 2020,
and one of its most criticised, for romanticising abduction.</p>
<h2>What it offers</h2>
<ul>
<li>sunlit coastlines and yachts photographed like a perfume advert;</li>
<li>Michele Morrone's brooding presence, which clearly struck a chord with viewers;</li>
<li>a wall-to-wall pop soundtrack, several songs sung by Morrone himself.</li>
</ul>
<blockquote><p>The film asks us to see a kidnapping as a grand gesture, and rarely lets Laura's
point of view complicate the picture.</p></blockquote>
<h2>Why it fails</h2>
<p>Anna-Maria Sieklucka does what she can with Laura, but the screenplay treats her
resistance as foreplay and her intelligence as optional. The dialogue is stiff, the plot is a
chain of shopping trips and sex scenes, and a late cliffhanger exists mainly to sell a
sequel. Even judged purely as escapist erotica, it is curiously joyless: nobody on screen
seems to be having fun.</p>
<h2>The verdict</h2>
<p>Its success says something real about what audiences wanted in a locked-down summer, and
the sequels it spawned prove the appetite was no fluke. The film itself has little to say
back to the people who watched it.</p>
""",
        "verdict": "Glossy, humourless and troubling: a kidnapping dressed up as a love story.",
        "rating": "3",
        "scores": ("3", "3.5", "5", "3.5", "1.5", "3"),
        "faq": (
            (
                "Is 365 Days based on a book?",
                "Yes. It adapts the first novel in Blanka Lipińska's bestselling trilogy.",
            ),
            (
                "Why was 365 Days criticised?",
                "Mainly for presenting an abduction and coercive control as romantic.",
            ),
            (
                "Does 365 Days have sequels?",
                "Yes. Two follow-ups continued Laura and Massimo's story on Netflix.",
            ),
        ),
        "keywords": ("erotic drama", "netflix", "polish cinema", "controversy"),
        "seo_description": "Our review of 365 Days (2020), the Polish Netflix erotic drama "
        "that became a streaming hit and drew criticism for romanticising abduction.",
        "colours": ("rust", "black"),
    },
    {
        "film": ("Intimacy", 2001),
        "slug": "intimacy-at-25",
        "headline": "Intimacy at 25: Patrice Chéreau's London film still refuses to look away",
        "kind": "feature",
        "author": "theo.lindqvist",
        "published_at": NEXT_WEEK,
        "standfirst": "A quarter of a century after it won the Golden Bear, Chéreau's story of "
        "two strangers who meet every Wednesday remains one of the frankest films about "
        "loneliness ever made in Britain.",
        "body": """
<h2>Wednesdays</h2>
<p>Every Wednesday afternoon a woman knocks on the door of Jay's untidy London flat. They
barely speak, they have sex, and she leaves. Jay, a head barman who walked out on his wife
and children, knows nothing about her, not even her name. One week he follows her and finds
Claire: an actress in a pub theatre production, married to Andy, a cheerful taxi driver, and
mother of a young son.</p>
<p>Patrice Chéreau, known in France for his theatre and opera work and for <em>La Reine
Margot</em>, made the film in English with a British cast, drawing on stories by Hanif
Kureishi.</p>
<h2>Why it still matters</h2>
<ul>
<li>it won the Golden Bear at Berlin in 2001, and Kerry Fox took the Silver Bear for best
actress;</li>
<li>its sex scenes are frank and unglamorous, closer to documentary than fantasy;</li>
<li>Mark Rylance, then best known on stage at Shakespeare's Globe, gives Jay a coiled,
wounded intensity;</li>
<li>Timothy Spall's Andy turns a potential cliché into the film's most generous
presence.</li>
</ul>
<blockquote><p>The bodies are bare from the first scene. It takes the characters the rest of
the film to be seen.</p></blockquote>
<h2>Watching it now</h2>
<p>The explicitness made headlines in 2001 and still dominates talk about the film. That is a
pity, because what lingers is everything around it: the rehearsals in the back room of a pub,
the cramped kitchens, the long pauses in which people fail to say what they want. Chéreau,
who died in 2013, saw London as a city of small rooms where people are always slightly too
close and never close enough, and the film has aged far better than its reputation.</p>
""",
        "verdict": "Raw, humane and uncomfortable: a film about sex that is really about solitude.",
        "rating": "8.5",
        "scores": ("9", "9", "8", "7.5", "8", "8.5"),
        "faq": (
            (
                "Is Intimacy based on a book?",
                "It draws on stories by Hanif Kureishi, adapted for the screen by Patrice "
                "Chéreau and Anne-Louise Trividic.",
            ),
            (
                "What awards did Intimacy win?",
                "The Golden Bear at the 2001 Berlin International Film Festival, and the "
                "Silver Bear for best actress for Kerry Fox.",
            ),
            (
                "Is Intimacy explicit?",
                "Yes. It contains frank sexual scenes and is intended for adult audiences.",
            ),
        ),
        "keywords": ("patrice chereau", "golden bear", "british cinema", "loneliness"),
        "seo_description": "Intimacy at 25: why Patrice Chéreau's Golden Bear winner, with Mark "
        "Rylance and Kerry Fox, is still one of the frankest British films about loneliness.",
        "colours": ("navy", "slate"),
    },
)


def saved(instance):
    """Validate and save `instance`: demo rows pass the same checks as the admin's."""
    instance.full_clean()
    instance.save()
    return instance


def report(stdout, message):
    if stdout is not None:
        stdout.write(message)


def gradient(size, top, bottom):
    """An RGB image fading from `top` to `bottom` (palette names)."""
    mask = Image.linear_gradient("L").resize(size)
    colours = [Image.new("RGB", size, PALETTE[name]) for name in (bottom, top)]
    return Image.composite(*colours, mask)


def artwork(*, size, colours, text, font_size, name):
    """A gradient with centred white text, as a JPEG ready for an ImageField."""
    image = gradient(size, *colours)
    ImageDraw.Draw(image).multiline_text(
        (size[0] / 2, size[1] / 2),
        text,
        font=ImageFont.load_default(size=font_size),
        fill="white",
        anchor="mm",
        align="center",
        spacing=font_size // 3,
    )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return ContentFile(buffer.getvalue(), name=name)


def artwork_alt(kind, title, colours):
    return (
        f"{kind} for “{title}”: the title in white type on a gradient "
        f"from {colours[0]} to {colours[1]}."
    )


def author_create(*, username, display_name, bio, colours, **names):
    """A staff user in Editors who cannot log in until given a password, with a profile."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model(username=username, is_staff=True, **names)
        user.set_unusable_password()
        saved(user)
    user.groups.add(Group.objects.get(name="Editors"))
    if not AuthorProfile.objects.filter(user=user).exists():
        initials = "".join(word[0] for word in display_name.split())
        avatar = artwork(
            size=AVATAR_SIZE, colours=colours, text=initials, font_size=160, name=f"{username}.jpg"
        )
        profile = saved(AuthorProfile(user=user, display_name=display_name, bio=bio, avatar=avatar))
        image_renditions_refresh(instance=profile, field_name="avatar")
    return user


def person_get_or_create(name):
    return Person.objects.filter(name=name).order_by("pk").first() or saved(Person(name=name))


def genre_get_or_create(name):
    return Genre.objects.filter(name=name).first() or saved(Genre(name=name))


def franchise_get_or_create(name):
    return Franchise.objects.filter(name=name).first() or saved(
        Franchise(name=name, description=FRANCHISES[name])
    )


def credits_create(film, credits):
    for billing_order, (role, name, *character) in enumerate(credits, start=1):
        credit = Credit(
            film=film,
            person=person_get_or_create(name),
            role=role,
            character=character[0] if character else "",
            billing_order=billing_order,
        )
        saved(credit)


def film_create(data):
    """A film with its poster, genres, countries, keywords and credits."""
    title, year = data["title"], data["release_year"]
    lines = [*textwrap.wrap(title, width=14), str(year)]
    film = Film(
        title=title,
        original_title=data.get("original_title", ""),
        release_year=year,
        runtime_minutes=data.get("runtime_minutes"),
        synopsis=data["synopsis"],
        franchise=franchise_get_or_create(data["franchise"]) if "franchise" in data else None,
        poster=artwork(
            size=POSTER_SIZE,
            colours=data["colours"],
            text="\n".join(lines),
            font_size=64,
            name=f"{slugify(title)}-{year}.jpg",
        ),
        poster_alt=artwork_alt("Poster", title, data["colours"]),
    )
    saved(film)
    image_renditions_refresh(instance=film, field_name="poster")
    film.genres.set([genre_get_or_create(name) for name in data["genres"]])
    film.countries.set([Country.objects.get(code=code) for code in data["countries"]])
    film.keywords.set(list(data["keywords"]))
    credits_create(film, data["credits"])
    return film


def publication(when, now):
    """Status and publish time: None is a draft, a timedelta is scheduled from `now`."""
    if when is None:
        return Review.Status.DRAFT, None
    if isinstance(when, timedelta):
        return Review.Status.PUBLISHED, now + when
    return Review.Status.PUBLISHED, when


def review_create(data, *, film, author, now):
    """A review with its hero image, scores, FAQ entries and keywords."""
    status, published_at = publication(data["published_at"], now)
    review = Review(
        film=film,
        author=author,
        status=status,
        published_at=published_at,
        rating=Decimal(data["rating"]),
        is_featured=data.get("is_featured", False),
        hero_image=artwork(
            size=HERO_SIZE,
            colours=data["colours"],
            text="\n".join(textwrap.wrap(film.title, width=24)),
            font_size=96,
            name=f"{data['slug']}.jpg",
        ),
        hero_image_alt=artwork_alt("Artwork", film.title, data["colours"]),
        **{field: data[field] for field in REVIEW_FIELDS},
    )
    saved(review)
    image_renditions_refresh(instance=review, field_name="hero_image")
    review.keywords.set(list(data["keywords"]))
    scores_and_faq_create(review, data["scores"], data["faq"])
    return review


def scores_and_faq_create(review, scores, faq):
    for name, value in zip(DEFAULT_CRITERIA, scores, strict=True):
        saved(Score(review=review, criterion=Criterion.objects.get(name=name), value=value))
    for position, (question, answer) in enumerate(faq, start=1):
        saved(FAQEntry(review=review, question=question, answer=answer, position=position))


#: A conversation under the featured review, and two comments waiting for a moderator:
#: (key, parent key, name, e-mail, status, hours after publication, text).
COMMENTS = (
    ("c1", None, "Marguerite", "marguerite@example.org", "approved", 5,
     "The flamethrower duel alone was worth the ticket. I laughed out loud and so did the "
     "row behind me."),
    ("c2", "c1", "Tobias", "tobias@example.net", "approved", 7,
     "Same here, though I wish the middle hour had half as much invention."),
    ("c3", "c2", "Marguerite", "marguerite@example.org", "approved", 9,
     "Fair. The village sequence drags until the grenades come out."),
    ("c4", None, "Priya", "priya@example.com", "approved", 30,
     "Ana de Armas sells every fall. I hope they let her carry another one."),
    ("c5", None, "Dev", "dev@example.com", "pending", 50,
     "Does anyone know if the extended cut restores the opening in Prague? "
     "https://example.com/cut https://example.com/prague"),
    ("c6", None, "Best Deals 24/7", "deals@example.biz", "spam", 52,
     "Cheap tickets for every film, click now!"),
)  # fmt: skip


def comments_create(review):
    """The demo conversation, imported as it stands: no mail, no moderation policy."""
    saved = {}
    for key, parent, name, email, status, hours, text in COMMENTS:
        saved[key], _ = comment_import(
            target=review,
            import_key=f"demo:{review.slug}#{key}",
            parent=saved.get(parent),
            author_name=name,
            author_email=email,
            text=text,
            status=status,
            submitted_at=review.published_at + timedelta(hours=hours),
            reason="demo content",
        )


def demo_load(*, stdout=None) -> bool:
    """Load the demo films, critics and reviews; do nothing if any film exists."""
    with transaction.atomic():
        # Checked inside the transaction: a second start racing this one either waits for
        # the write lock (SQLite) or fails on the films' unique slugs and rolls back.
        if Film.objects.exists():
            return False
        authors = {data["username"]: author_create(**data) for data in AUTHORS}
        films = {}
        for data in FILMS:
            film = film_create(data)
            films[film.title, film.release_year] = film
            report(stdout, f"Film: {film}")
        now = timezone.now()
        for data in REVIEWS:
            review = review_create(
                data, film=films[data["film"]], author=authors[data["author"]], now=now
            )
            state = "scheduled" if review.is_scheduled else review.get_status_display()
            report(stdout, f"Review: {review} ({state.lower()})")
            if review.is_featured:
                comments_create(review)
    return True

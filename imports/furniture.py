# ruff: noqa: RUF001  (pages use typographic dashes, quotes and arrows; the patterns must too)
"""The site around a review, as copied pages carry it: dropped, and always listed as dropped.

Navigation, breadcrumbs, URL lines, bylines and dates, share and subscribe prompts, reading
times, "Details" headers; the teasers of other posts ("Related posts", "You may also like"),
whose films and people are not this film's; and the comment form that ends a post.
"""

import re

from imports.patterns import CALL_TO_ACTION, FURNITURE

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE = (
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
SEPARATOR = r"\s*[|•·,–—/»-]\s*"  # "Posted by X » Sat Nov 09, 2024"
TIME = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\b\.?)?"
#: A site's navigation: breadcrumbs, menus. Above a headline, it says the line before was
#: the site's name, not the review's title.
NAVIGATION = [
    re.compile(r"^[^»›→>]{0,30}(?:\s*(?:»|›|→|>)\s*[^»›→>]{1,60}){2,}$"),  # breadcrumbs
    re.compile(r"^home\s*(?:»|›|→|>|/|\|)", re.IGNORECASE),
    # a menu: three or more one- to three-word items between bars or dots
    re.compile(r"^[\w&'’ -]{1,25}(?:\s*[|•·]\s*[\w&'’ -]{1,25}){2,}$"),
    re.compile(
        r"^(?:menu|main menu|skip to (?:main )?content|toggle navigation|navigation"
        r"|primary menu)$",
        re.IGNORECASE,
    ),
]
#: A running time as a strip's item: "· 102 min ·", "| 1h 42m".
STRIP_RUNTIME = re.compile(
    r"(?:^|[|•·]\s*)(?:\d{2,3}\s*(?:min|mins|minutes)|\dh\s*\d{1,2}\s*m(?:in)?)\s*(?:$|[|•·])",
    re.IGNORECASE,
)
#: A date line: "March 3, 2025", "Posted on 3 March 2025", "Updated: …".
DATE_LINE = re.compile(
    rf"^(?:(?:posted|published|updated|last updated|date|watched|rewatched|seen|viewed"
    rf"|logged)\s*(?:on)?\s*:?\s*)?{DATE}"
    rf"(?:{SEPARATOR}.{{0,60}}|\s+by\s+[\w.'’ -]{{2,40}})?$",
    re.IGNORECASE,
)
LINE_FURNITURE = [
    *NAVIGATION,
    re.compile(r"^(?:<?https?://|www\.)\S+>?$", re.IGNORECASE),  # a URL on its own
    re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*$", re.IGNORECASE),  # "site.com/film/x/": no scheme
    re.compile(  # a byline, with or without its date: never the verdict
        rf"^(?:by|posted by|written by|author|reviewed by)\s*:?\s+[\w.'’ -]{{2,40}}"
        rf"(?:(?:{SEPARATOR}|\s+)(?:on\s+|posted\s+|published\s+|updated\s+)?{DATE}.*)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:by|posted by|author|reviewed by)\s*:?\s+(?-i:[A-Z])[\w.'’-]+(?:\s+[\w.'’-]+){0,3}$",
        re.IGNORECASE,
    ),
    re.compile(  # "By Jane Doe · 6 min read · Filed under: Drama"
        rf"^(?:by|posted by|written by|reviewed by)\s*:?\s+[\w.'’ -]{{2,40}}{SEPARATOR}"
        r"(?:\d{1,3}\s*min(?:ute)?s?\s+read|filed under|posted in)\b.{0,80}$",
        re.IGNORECASE,
    ),
    DATE_LINE,
    re.compile(  # a blog's post footer: "Posted by Jane Doe at 11:47 PM  Labels: …  3 comments",
        # "Posted at 9:05 am by Jane", "This entry was posted in Reviews and tagged …"
        rf"^(?:(?:posted|written|published|submitted)\s+(?:by\s+[\w.'’ -]{{2,40}}?\s+)?"
        rf"(?:at|@|on)\s+(?:{TIME}|{DATE})(?![\w:])|this\s+(?:entry|post)\s+was\s+posted"
        rf"\s+(?:in|on|by)\b).*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\d{1,3}\s*(?:min(?:ute)?s?)\s+read$", re.IGNORECASE),  # "5 min read"
    # a forum's header: "r/films · Posted by u/someone · 3y", "u/someone · 2h"
    re.compile(rf"^(?:(?:submitted|posted) by\s+)?(?:r|u)/\w+(?:{SEPARATOR}.{{0,80}})?$", re.I),
    re.compile(r"^\{\{[<%].*[%>]\}\}$"),  # a static site's shortcode: "{{< figure … >}}"
    re.compile(  # a forum post's header: "#2  Lena_W  (Moderator, 8,980 posts)  14 Mar 2024"
        r"^(?:#\d+\s+)?\S{2,40}\s+\((?:[^()]{0,40},\s*)?[\d,.]+\s*posts\)", re.IGNORECASE
    ),
    re.compile(  # "Jane Doe · March 3, 2025 · 4 min read": an author and a date
        rf"^(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){{0,3}}{SEPARATOR}{DATE}.{{0,40}}$",
        re.IGNORECASE,
    ),
    re.compile(  # the readers' rating beside the critic's: the site's, never the review's
        r"^(?:readers?|users?|audience|viewers?|public|members?)['’]?s?['’]?\s+(?:rating|score)"
        r"\s*:.{0,80}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:details|search|search for:?|close|back to top|print|email|like this:?|loading\.*"
        r"|film|films|movies|reviews|culture|arts|entertainment"
        r"|advertisement|sponsored|subscribe)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:share(?: this(?: post| article| review)?)?(?: on| via)?:?"
        r"|tweet|pin it|share on \w+.*|(?:like|follow) us on .*|sign up for .*newsletter.*"
        r"|(?:filed under|posted in|categories|category)\s*:.*|\d+\s+comments?|no comments"
        r"|(?:also read|read also|read next|see also|don[’']t miss|related|more reviews)\s*:.*"
        r"|also (?:opening|playing|screening|showing|new|reviewed)(?: today| this week)?\s*:.*"
        r"|previously (?:in|on)\b.*"
        r"|.{0,60}\b(?:is|are) (?:in cinemas|in theaters|in theatres|streaming|out now)\b.{0,60})$",
        re.IGNORECASE,
    ),
    re.compile(  # social networks named one after another
        r"^(?:facebook|twitter|x|pinterest|whatsapp|email|linkedin|reddit|telegram|tumblr)"
        r"(?:\s*[|•·,]?\s*(?:facebook|twitter|x|pinterest|whatsapp|email|linkedin|reddit"
        r"|telegram|tumblr))*$",
        re.IGNORECASE,
    ),
]
#: Above a headline only (in the text such a line may be genres or a facts strip): a
#: breadcrumb of slashes ("Reviews / World cinema / Film") and a byline with the reviewer's
#: stars, as film diaries write it ("Review by someone ★★★★").
SLASH_CRUMBS = re.compile(r"^[^/|:]{1,30}(?:\s+/\s+[^/|:]{1,30}){2,}$")
LOG_BYLINE = re.compile(
    r"^(?:a\s+)?(?:review|reviewed|written|posted|logged|words)\s+by\s+@?[\w.'’-]+"
    r"(?:\s+[\w.'’-]+){0,3}$",
    re.IGNORECASE,
)
#: A section's kicker: two to four short labels between bars or dots ("FILM | THIS WEEK").
KICKER_SEPARATOR = re.compile(r"\s+[|·•]\s+")
KICKER_WORDS = 4
#: "Written by Jane Doe": see `is_one_author`.
ONE_AUTHOR = re.compile(
    r"^(?:written|words|review|reviewed)\s+by\s*:?\s+(?-i:[A-Z])[\w.'’-]+(?:\s+[\w.'’-]+){0,3}$",
    re.IGNORECASE,
)
#: Lines that end the post: the comment form and what follows it.
END_OF_POST = re.compile(
    r"^(?:leave a (?:reply|comment)|your email address will not be published"
    r"|post a comment|add a comment|\d+ (?:thoughts|responses|replies) (?:on|to)\b"
    r"|comments are closed|cancel reply|comments?\s*\(\d+\))",
    re.IGNORECASE,
)
#: Headings of other posts' teasers: what follows them is about other films.
TEASER_HEADING = re.compile(
    r"^(?:similar posts|related(?: (?:posts|articles|reviews|movies|films|stories|content))?"
    r"|you (?:may|might) also (?:like|enjoy)|more (?:posts|reviews|stories|from [\w ]+)"
    r"|read next|up next|recommended(?: for you| reading| posts)?|popular(?: posts| reviews)?"
    r"|trending(?: now)?|latest (?:posts|reviews)|recent (?:posts|reviews)|also on [\w ]+"
    r"|other reviews|previous post|next post|also (?:opening|playing|screening|showing)"
    r"(?: today| this week)?)\s*:?$",
    re.IGNORECASE,
)
#: This post's own sections that can follow a teaser block in a copied page.
OWN_SECTION = re.compile(
    r"^(?:frequently asked questions|faqs?|(?:final |our |the )?verdict|scores?|conclusion"
    r"|final thoughts)\s*:?$",
    re.IGNORECASE,
)


def is_navigation(line):
    """Whether `line` is a breadcrumb or a menu (never a film's facts strip: no menu has
    an item "102 min")."""
    return (
        len(line) <= 200
        and any(pattern.match(line) for pattern in NAVIGATION)
        and not STRIP_RUNTIME.search(line)
    )


def is_furniture(line):
    """Whether `line` is the site's rather than the review's."""
    if FURNITURE.match(line) or (len(line) < 250 and CALL_TO_ACTION.search(line)):
        return True
    return len(line) <= 200 and any(pattern.match(line) for pattern in LINE_FURNITURE)


def is_one_author(line):
    """Whether `line` names one author ("Written by Jane Doe"): a byline beside the post's
    date line (`DATE_LINE`), a film's writing credit elsewhere."""
    return bool(ONE_AUTHOR.match(line)) and not re.search(r",|\band\b|&", line)


def is_kicker(line):
    """Whether `line` reads as a section's kicker: short labels between separators, in
    capitals or with a number ("NEW THIS WEEK", "Festival 2024 · Dispatch #3"), naming no
    review, no film's year and no "Label: value" fact."""
    parts = KICKER_SEPARATOR.split(line)
    return (
        2 <= len(parts) <= 4
        and all(0 < len(part.split()) <= KICKER_WORDS for part in parts)
        and (line.isupper() or any(character.isdigit() for character in line))
        and not re.search(r"\breview|\(\d{4}\)|:", line, re.IGNORECASE)  # nor labels
    )


def dropped_warning(dropped, *, width=70):
    """One warning listing every line left out as the site's, each cut to `width`."""
    if not dropped:
        return ""
    lines = "; ".join(
        f"“{line if len(line) <= width else line[: width - 1] + '…'}”" for line in dropped
    )
    return f"{len(dropped)} line(s) left out as the site's, not the review's: {lines}."

"""Which side of "Theo Faron (Clive Owen)" is the actor, told by the rest of the post.

A pair of names in a sentence, one in brackets, says nothing by itself of which is the
part: critics write "Character (Actor)" and "Actor (Character)" alike. The post around it
usually does, because it calls a character by the first word of its name ("Theo finds
out…", "Kee turns out to be pregnant") and an actor by the surname ("Owen is doing
something hard"). A pair the sentences only offered as a character beside a listed actor
is credited as cast when the post tells its sides apart that way and never the other way
(the part written first: "Actor (Part)" pairs are `prose_cast_pairs`'s to read).
"""

import re

from imports.extracted import TextFact

WORD_CHAR = r"[\w'\u2019-]"


def credited(told, texts):
    """`told` with each "character" pair the post's `texts` tell apart read as "cast"."""
    text = "\n".join(texts)
    pairs = [fact.value for fact in told if fact.fact in ("cast", "character")]
    one_word = [pair for pair in pairs if pair.character and " " not in pair.character]
    if any(f"{pair.name} ({pair.character})" in text for pair in one_word):
        return told  # "Tomas Lind (Kessler)" too: the post's brackets follow no one order
    return [
        TextFact("cast", fact.value, fact.sentence)
        if fact.fact == "character" and is_told_apart(fact.value.name, fact.value.character, text)
        else fact
        for fact in told
    ]


def is_told_apart(name, character, text):
    """Whether `text` calls `character` by its first word or `name` by its surname alone,
    and neither the other way round."""
    if not character or len(name.split()) < 2:
        return False
    if f"{character} ({name}" not in text or f"{name} ({character}" in text:
        return False  # the part first, never the other order: `paired_cast` reads the rest
    return called_as(character, name, text) and not called_as(name, character, text)


def called_as(character, name, text):
    """Whether `text` calls `character` a part's way, or `name` an actor's, somewhere."""
    first, surname = character.split()[0], name.split()[-1]
    return alone(first, character, text) or (" " in name and alone(surname, name, text))


def alone(word, whole, text):
    """Whether `word` stands in `text` by itself, outside every writing of `whole` and of a
    longer capitalised run (a one-word `whole` once more than the pair itself)."""
    rest = text.replace(whole, " ") if word != whole else text
    found = [
        match
        for match in re.finditer(
            rf"(?<!{WORD_CHAR}){re.escape(word)}(?!{WORD_CHAR}|\s+[A-Z])", rest
        )
        if not re.search(rf"[A-Z]{WORD_CHAR}*\s$", rest[: match.start()])
    ]
    return len(found) > (1 if word == whole else 0)

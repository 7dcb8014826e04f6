"""Words of a text, as the regular expression \\w+ finds them, computed fast.

Most agreement text is ASCII once normalised; for it one C-level str.translate and
str.split give the same words as re.findall(r"\\w+", ...) several times faster. Every
stage that compares texts word by word uses these helpers.
"""

from __future__ import annotations

from functools import lru_cache

from . import regexcache

WORD = regexcache.compile(r"\w+")
DIGIT = regexcache.compile(r"\d")  # any digit: most edits and words hold none
WEB_ADDRESS = regexcache.compile(r"(https?://|www\.)\S+")  # a web address written out

# For ASCII text, str.lower() and the words of \w+ in one table: upper case to lower
# case, and every character outside \w to a space for str.split().
_ASCII_WORDS = str.maketrans(
    {char: char.lower() if WORD.match(char) else " " for char in map(chr, range(128))}
)


def is_word_char(char: str) -> bool:
    """Return whether char is a word character, as the regular expression \\w means it."""
    return char.isalnum() or char == "_"


def lower_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Return the lower-cased words of text[start:end], in order."""
    part = text[start:end] if start or end is not None else text
    if part.isascii():
        return part.translate(_ASCII_WORDS).split()
    return WORD.findall(part.lower())


def word_set(text: str) -> frozenset[str]:
    """Return the set of lower-cased words of a text."""
    return frozenset(lower_words(text))


_ENDINGS = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")
# British spellings written the American way once an ending is gone: "organis(ation)"
# and "organiz(ation)", "licenc(e)" and "licens(e)", "behaviour" and "behavior"
_SPELLINGS = (("is", "iz"), ("ys", "yz"), ("enc", "ens"), ("our", "or"))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Return a crude stem of a lower-case word, enough to match forms of one word: one
    common ending and a final "e" dropped, a doubled last letter made single, British
    spellings made American ("removed", "remove" -> "remov"; "cancelled" -> "cancel";
    "organisation" -> "organiz")."""
    if not word.isalpha() or len(word) <= 3:
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    word = word.rstrip("e")
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if len(word) > 5:
        for british, american in _SPELLINGS:
            if word.endswith(british):
                return word[: -len(british)] + american
    return word

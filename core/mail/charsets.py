"""Bytes of mail text turned into words, when the message lies about its character set.

Mail declares its charset, but old clients, webmail bugs and hand-made scripts often leave it
out, get it wrong ("us-ascii" over accented French) or name one Python does not know
("unknown-8bit"). The rules, in order:

1. Non-ASCII bytes that are valid UTF-8 are read as UTF-8 unless a charset outside the
   Western single-byte family is declared: a message saying "iso-8859-1" over UTF-8 bytes is
   the common mistake, and valid UTF-8 almost never happens by accident.
2. Otherwise the declared charset, when Python knows it and the bytes fit it.
3. Otherwise a guess. charset-normalizer ranks candidates, but on short text it cannot tell
   Windows-1252 from its cousins, so near ties are settled by a preference for the charsets
   of the users Recours is written for (Western Europe first).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Final

_WESTERN: Final = frozenset(
    {"ascii", "latin_1", "iso8859_15", "cp1252", "iso8859_1", "utf_8", "us_ascii"}
)
_CANDIDATES: Final = (
    "cp1252",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
)
_PREFERRED: Final = _CANDIDATES[0]
_CHAOS_TOLERANCE: Final = 0.01
_COHERENCE_TOLERANCE: Final = 0.05
GUESS_SAMPLE_BYTES: Final = 256 * 1024


@dataclass(frozen=True, slots=True)
class DecodedText:
    """The text, and the charset Recours had to guess (None when the message said it right)."""

    text: str
    guessed: str | None = None


def codec_name(charset: str | None) -> str | None:
    """Python's name for a declared charset, or None when absent or unknown."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip('"').lower()).name.replace("-", "_")
    except (LookupError, ValueError):
        return None


def decode_text(data: bytes, declared: str | None = None) -> DecodedText:
    """Read `data` with the rules above; never raises, at worst shows replacement characters."""
    if data.isascii():
        return DecodedText(data.decode("ascii"))
    codec = codec_name(declared)
    if codec is None or codec in _WESTERN:
        try:
            return DecodedText(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    if codec is not None and codec not in ("ascii", "us_ascii"):
        try:
            return DecodedText(data.decode(codec))
        except (UnicodeError, LookupError, ValueError, TypeError):
            pass
    guessed = guess_charset(data)
    return DecodedText(data.decode(guessed, "replace"), guessed)


def charset_label(codec: str) -> str:
    """A charset as mail programs name it: "cp1252" → "windows-1252", "iso8859_15" →
    "ISO-8859-15"."""
    if codec.startswith("cp125"):
        return f"windows-{codec[2:]}"
    if codec.startswith("iso8859_"):
        return f"ISO-8859-{codec.removeprefix('iso8859_')}"
    return codec.replace("_", "-").upper()


def guess_charset(data: bytes) -> str:
    """The likeliest charset of `data`, Western Europe winning the near ties."""
    from charset_normalizer import from_bytes

    results = list(from_bytes(data[:GUESS_SAMPLE_BYTES], cp_isolation=list(_CANDIDATES)))
    if not results:
        return _PREFERRED
    least_chaos = min(result.chaos for result in results)
    calm = [result for result in results if result.chaos <= least_chaos + _CHAOS_TOLERANCE]
    most_coherent = max(result.coherence for result in calm)
    tied = {
        result.encoding
        for result in calm
        if result.coherence >= most_coherent - _COHERENCE_TOLERANCE
    }
    chosen = next((name for name in _CANDIDATES if name in tied), min(tied))
    return _PREFERRED if _reads_the_same(data, chosen, _PREFERRED) else chosen


def _reads_the_same(data: bytes, first: str, second: str) -> bool:
    """Whether two charsets give the same text (charset-normalizer keeps only one of them)."""
    try:
        return data.decode(first) == data.decode(second)
    except (UnicodeError, LookupError):
        return False

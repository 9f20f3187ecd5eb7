"""Bytes to text: tell the encoding with confidence, or say that it cannot be told.

Order of evidence: a byte-order mark; UTF-16 without a mark (recognised by its NUL
pattern); strict UTF-8 (which almost never decodes text that is not UTF-8); then
charset-normalizer, accepted only for the single-byte encodings people actually save news
in and only when its answer is clear. Anything else is an error that names the way out
(``--encoding``), because a wrong guess silently garbles every quotation.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from framediff.errors import EncodingError, InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Legacy encodings a saved news page plausibly uses. charset-normalizer also proposes exotic
# code pages for short texts; accepting those would be the silent wrong guess we refuse.
_ACCEPTED_LEGACY = {
    "cp1252": "cp1252",
    "windows-1252": "cp1252",
    "latin_1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859_1": "cp1252",
    "iso8859_15": "iso8859_15",
    "cp1250": "cp1250",
    "windows-1250": "cp1250",
    "iso8859_2": "iso8859_2",
    "cp1251": "cp1251",
    "windows-1251": "cp1251",
    "koi8_r": "koi8_r",
    "mac_roman": "mac_roman",
}

# Control characters (other than tab, newline, carriage return, form feed), unassigned code
# points, private-use characters, lone surrogates and the replacement character are a sign
# of a binary file: a few can occur in real text (an icon font's glyph, an emoji newer than
# this Python), many cannot. Binary bytes read as UTF-16 (a file that happens to start with
# 0xFF 0xFE) give 7-12 % of them; UTF-16 text gives none.
_MAX_CONTROL_SHARE = 0.05
# ... and a handful are always allowed, so a short text with a stray escape code is read
# (cleaning removes control characters) rather than refused.
_ALLOWED_CONTROLS = 8


def _looks_utf16(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by the NUL byte in every other position of ASCII text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


# Characters no article holds: Unicode's control characters (category Cc: U+0000-U+001F and
# U+007F-U+009F) other than the whitespace ones, private-use characters, lone surrogates and
# the replacement character. A regular expression counts them in a 20 MB file in a blink.
_NOT_TEXT_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff\ufffd]")
# Binary bytes read as UTF-16 can also land on assigned characters only (CJK and Hangul
# fill most of the 16-bit range), but never on a space or a line break, which need one
# exact pair of bytes: a text this long with no whitespace at all is not an article (even
# one in Chinese has a line after its headline).
_MIN_CHARS_WITHOUT_WHITESPACE = 256


def _check_text(text: str, name: str, *, wide: bool = False) -> str:
    controls = len(_NOT_TEXT_CHARS.findall(text))
    if wide:
        # Unassigned code points (category Cn) too: random 16-bit units often are. UTF-16
        # files are rare enough that a pass over each character costs nothing in practice.
        controls += sum(1 for ch in text if unicodedata.category(ch) == "Cn")
    no_whitespace = (
        wide and len(text) >= _MIN_CHARS_WITHOUT_WHITESPACE and not any(ch.isspace() for ch in text)
    )
    # A short file of nothing but control bytes stays under the allowance, yet holds no
    # character of text at all: it is a binary file, not an empty article.
    only_controls = controls > 0 and not _NOT_TEXT_CHARS.sub("", text).strip()
    if (
        no_whitespace
        or only_controls
        or (controls > _ALLOWED_CONTROLS and controls / len(text) > _MAX_CONTROL_SHARE)
    ):
        raise InputError(
            f"{name} looks like a binary file, not an article: give a .txt, .md, .html "
            "or .jsonl file"
        )
    return text


def decode_bytes(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of the file called ``name``."""
    if encoding is not None:
        try:
            return _check_text(data.decode(encoding), name), encoding
        except LookupError as error:
            raise EncodingError(
                f"unknown encoding {encoding!r}: use a name such as utf-8, utf-16 or cp1252"
            ) from error
        except UnicodeDecodeError as error:
            raise EncodingError(
                f"{name} is not valid {encoding} (byte {error.start}): check --encoding"
            ) from error

    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec), name, wide=codec != "utf-8-sig"), codec
            except UnicodeDecodeError as error:
                raise EncodingError(
                    f"{name} starts with a {codec} byte-order mark but is not valid "
                    f"{codec}: re-save it as UTF-8 or pass --encoding"
                ) from error

    utf16 = _looks_utf16(data)
    if utf16 is not None:
        try:
            return _check_text(data.decode(utf16), name, wide=True), utf16
        except UnicodeDecodeError:
            pass

    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name} looks like a binary file, not an article: give a .txt, .md, .html "
            "or .jsonl file"
        )

    try:
        return _check_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass

    western = _plausible_cp1252(data)
    if western is not None:
        return _check_text(western, name), "cp1252"

    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    legacy = _ACCEPTED_LEGACY.get(best.encoding) if best is not None else None
    if best is None or legacy is None or best.chaos > 0.1:
        raise EncodingError(
            f"cannot tell the text encoding of {name}: re-save it as UTF-8, or pass "
            "--encoding (for example --encoding cp1252)"
        )
    try:
        return _check_text(data.decode(legacy), name), legacy
    except UnicodeDecodeError as error:
        raise EncodingError(
            f"cannot tell the text encoding of {name}: re-save it as UTF-8, or pass "
            "--encoding (for example --encoding cp1252)"
        ) from error


# Characters a Western news text saved as cp1252 is made of, beyond ASCII: Latin-1 letters
# and the typographic marks (curly quotes, dashes, ellipsis, euro) that Word and CMSs add.
_CP1252_TYPOGRAPHY = set("“”‘’–—…€•«»°£§©®™·")


def _plausible_cp1252(data: bytes) -> str | None:
    """cp1252 text when every non-ASCII byte reads as a Latin letter or typographic mark.

    Statistical detectors cannot tell cp1252 from cp1250 or cp1257 on a short English text
    (the bytes are valid in all of them); the typography test can, because in the other
    code pages the same bytes become letters that do not sit between English words.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [ch for ch in text if ord(ch) > 127]
    if not extra or len(extra) > 0.3 * len(text):
        return None
    for ch in extra:
        if ch in _CP1252_TYPOGRAPHY:
            continue
        if not (ch.isalpha() and ord(ch) <= 0xFF):
            return None
    return text

"""Messages of the core in the user's language.

The core speaks to people through errors and command-line output. Its wording lives in
`resources/messages/<lang>.toml` so a translator never has to read Python.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Final

from core.resources import resource_path

LANGUAGES: Final = ("fr", "en")
FALLBACK_LANGUAGE: Final = "en"


@cache
def catalog(lang: str) -> Mapping[str, str]:
    """All messages of one language, flattened to dotted keys ("error.case_not_found")."""
    with resource_path("messages", f"{lang}.toml").open("rb") as handle:
        tree = tomllib.load(handle)
    flat: dict[str, str] = {}

    def walk(prefix: str, node: Mapping[str, object]) -> None:
        for key, value in node.items():
            name = f"{prefix}.{key}" if prefix else key
            if isinstance(value, Mapping):
                walk(name, value)
            else:
                flat[name] = str(value)

    walk("", tree)
    return flat


def translate(message_id: str, lang: str, /, **params: object) -> str:
    """The message in `lang`, falling back to English, then to the id itself."""
    for candidate in (lang, FALLBACK_LANGUAGE):
        if candidate in LANGUAGES:
            template = catalog(candidate).get(message_id)
            if template is not None:
                return template.format(**params)
    return message_id


def plural_form(count: int, lang: str) -> str:
    """ "one" or "other": which form of a counted message `lang` uses for `count`. French
    counts 0 and 1 as singular ("0 dossier exporté"), English only 1 ("0 cases exported")."""
    singular = abs(count) <= 1 if lang == "fr" else abs(count) == 1
    return "one" if singular else "other"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The user's language as the POSIX locale variables state it: "fr" or "en"."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(variable, "")
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else FALLBACK_LANGUAGE
    return FALLBACK_LANGUAGE

"""Release-number schemes such as `MODS-{yyyy}-{mmdd}-{seq:02}`, with the sequence allocated by the database.

Each scheme counts per rendered period: `{seq}` restarts whenever the rest of the number changes (a new day for the
example above, a new year for `MODS-{yyyy}-{seq:03}`). One upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING) both
creates and bumps the counter, so colleagues allocating at the same moment never get the same number, on either
engine.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from releasedesk.library.dialects import insert_for
from releasedesk.library.engine import write_transaction
from releasedesk.library.errors import LibraryError
from releasedesk.library.schema import number_counters

if TYPE_CHECKING:
    from datetime import date

    from releasedesk.library.handle import LibraryHandle

FIELD = re.compile(r"\{([a-z]+)(?::(\d{1,2}))?\}")
DATE_FIELDS = {
    "yyyy": lambda day: f"{day.year:04d}",
    "yy": lambda day: f"{day.year % 100:02d}",
    "roc": lambda day: str(day.year - 1911),
    "mm": lambda day: f"{day.month:02d}",
    "dd": lambda day: f"{day.day:02d}",
    "mmdd": lambda day: f"{day.month:02d}{day.day:02d}",
}
HELP = "fields: {yyyy} {yy} {roc} (ROC year) {mm} {dd} {mmdd} and one {seq} or {seq:03} (zero-padded width)"


def check_scheme(scheme: str) -> None:
    """One clear line for a scheme that cannot number releases."""
    names = [match.group(1) for match in FIELD.finditer(scheme)]
    unknown = [name for name in names if name not in DATE_FIELDS and name != "seq"]
    if unknown:
        raise LibraryError(f"number scheme {scheme!r}: unknown field {{{unknown[0]}}} ({HELP})")
    if names.count("seq") != 1:
        raise LibraryError(f"number scheme {scheme!r}: needs exactly one {{seq}} ({HELP})")
    if re.sub(FIELD, "", scheme).count("{") or re.sub(FIELD, "", scheme).count("}"):
        raise LibraryError(f"number scheme {scheme!r}: a brace that is not a field ({HELP})")


def render(scheme: str, day: date, seq: int | None) -> str:
    """The number for `seq`; with None, the period's scope key (the number with its {seq} field left as written)."""

    def field(match: re.Match[str]) -> str:
        name, width = match.group(1), match.group(2)
        if name == "seq":
            return match.group(0) if seq is None else f"{seq:0{int(width or 0)}d}"
        return DATE_FIELDS[name](day)

    return FIELD.sub(field, scheme)


def allocate(library: LibraryHandle, scheme: str, day: date) -> str:
    """The next number of `scheme` for `day`: 1, 2, 3 … per period, never twice."""
    check_scheme(scheme)
    scope = render(scheme, day, None)
    try:
        with write_transaction(library.engine) as connection:
            statement = (
                insert_for(connection, number_counters)
                .values(scope=scope, value=1)
                .on_conflict_do_update(index_elements=["scope"], set_={"value": number_counters.c.value + 1})
                .returning(number_counters.c.value)
            )
            value = int(connection.execute(statement).scalar_one())
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise LibraryError(f"{library.label}: cannot allocate a release number ({reason})") from None
    return render(scheme, day, value)

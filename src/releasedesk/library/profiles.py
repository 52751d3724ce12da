"""Agency profiles: who a release is from (names, logo, boilerplate, default contacts, PDF template) and how its
number is made. File → New and `releasedesk new --profile` start a blank release from one.

A profile is stored as JSON beside its logo bytes, with a version counter for optimistic concurrency, and moves
between offices as a TOML file (`profiles import/export`) with the logo as a file beside it.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from releasedesk.atomicfile import write_atomic
from releasedesk.directory.contact import now_stamp
from releasedesk.library.engine import write_transaction
from releasedesk.library.errors import LibraryConflict, LibraryError
from releasedesk.library.numbering import allocate, check_scheme
from releasedesk.library.schema import profiles
from releasedesk.model.release import (
    DEFAULT_TIMEZONE,
    LANGUAGES,
    Bilingual,
    Contact,
    Image,
    LanguageContent,
    Release,
)

if TYPE_CHECKING:
    from releasedesk.export.style import HouseStyle
    from releasedesk.library.handle import LibraryHandle

LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
LOGO_SUFFIX = {mime: suffix for suffix, mime in reversed(LOGO_TYPES.items())}
LOGO_IMAGE_ID = "logo"
_CONTACT_TEXT = ("name", "title", "unit")
_CONTACT_PLAIN = ("office_phone", "mobile", "email")


@dataclass
class Profile:
    """An office profile: agency, unit, contacts and boilerplate that a new release starts from."""

    name: str
    agency: Bilingual = field(default_factory=Bilingual)
    unit: Bilingual = field(default_factory=Bilingual)
    dateline: Bilingual = field(default_factory=Bilingual)
    boilerplate: Bilingual = field(default_factory=Bilingual)
    contacts: list[Contact] = field(default_factory=list)
    number_scheme: str = ""
    pdf_template: str = ""
    """The agency's PDF layout template (TOML text, see docs/pdf-export.md); empty for the built-in one."""
    logo: bytes | None = None
    logo_mime: str = ""
    id: int | None = None
    version: int = 0

    def house_style(self) -> HouseStyle | None:
        """The profile's PDF template applied over the built-in house style (None: no template of its own). The
        same keys as a `--pdf-template` file; a broken one is one clear line, never a silent fallback."""
        if not self.pdf_template.strip():
            return None
        from releasedesk.errors import ExportError
        from releasedesk.export.style import template_from_dict

        try:
            return template_from_dict(tomllib.loads(self.pdf_template))
        except tomllib.TOMLDecodeError as error:
            raise LibraryError(f"profile {self.name!r}: its PDF template is not valid TOML ({error})") from None
        except ExportError as error:
            raise LibraryError(f"profile {self.name!r}: {error}") from None

    def made(self, release: Release) -> bool:
        """Whether `release` is in this profile's name (the file keeps no profile: the agency names tell)."""
        names = (self.agency.zh.strip(), self.agency.en.strip())
        return any(names) and names == (release.agency.zh.strip(), release.agency.en.strip())

    def data(self) -> dict[str, Any]:
        """Everything but the logo, as plain JSON/TOML values."""
        return {
            "agency": vars(self.agency).copy(),
            "unit": vars(self.unit).copy(),
            "dateline": vars(self.dateline).copy(),
            "boilerplate": vars(self.boilerplate).copy(),
            "contacts": [_contact_data(contact) for contact in self.contacts],
            "number_scheme": self.number_scheme,
            "pdf_template": self.pdf_template,
        }


def _contact_data(contact: Contact) -> dict[str, Any]:
    data: dict[str, Any] = {
        f"{key}_{lang}": getattr(getattr(contact, key), lang) for key in _CONTACT_TEXT for lang in ("zh", "en")
    }
    data.update({key: getattr(contact, key) for key in _CONTACT_PLAIN})
    data["print_office_phone"] = contact.print_office_phone
    data["print_mobile"] = contact.print_mobile
    if contact.directory_uid:
        data["directory_uid"] = contact.directory_uid
    return data


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise LibraryError(f"{where}: {key} must be text")
    return value


def _bilingual(data: dict[str, Any], key: str, where: str) -> Bilingual:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise LibraryError(f"{where}: {key} must be a table with zh and en")
    return Bilingual(_text(value, "zh", f"{where}: {key}"), _text(value, "en", f"{where}: {key}"))


def _contact_from(data: object, where: str) -> Contact:
    if not isinstance(data, dict):
        raise LibraryError(f"{where}: a contact must be a table")
    fields: dict[str, Any] = {  # keyed by Contact's field names
        **{key: Bilingual(_text(data, f"{key}_zh", where), _text(data, f"{key}_en", where)) for key in _CONTACT_TEXT},
        **{key: _text(data, key, where) for key in _CONTACT_PLAIN},
    }
    contact = Contact(**fields)
    contact.print_office_phone = bool(data.get("print_office_phone", True))
    contact.print_mobile = bool(data.get("print_mobile", False))
    contact.directory_uid = _text(data, "directory_uid", where) or None
    return contact


def profile_from_data(name: str, data: dict[str, Any], where: str) -> Profile:
    """A profile from its TOML table; LibraryError naming `where` when a field is wrong."""
    contacts = data.get("contacts", [])
    if not isinstance(contacts, list):
        raise LibraryError(f"{where}: contacts must be a list of tables")
    profile = Profile(
        name=name,
        agency=_bilingual(data, "agency", where),
        unit=_bilingual(data, "unit", where),
        dateline=_bilingual(data, "dateline", where),
        boilerplate=_bilingual(data, "boilerplate", where),
        contacts=[_contact_from(item, f"{where}: contact {index + 1}") for index, item in enumerate(contacts)],
        number_scheme=_text(data, "number_scheme", where),
        pdf_template=_text(data, "pdf_template", where),
    )
    if profile.number_scheme:
        check_scheme(profile.number_scheme)
    return profile


class ProfileStore:
    """The profiles kept in the library (one row each), read and written as whole profiles."""

    def __init__(self, library: LibraryHandle) -> None:
        self.library = library
        self.engine = library.engine

    def _fail(self, action: str, error: SQLAlchemyError) -> LibraryError:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        return LibraryError(f"{self.library.label}: cannot {action} agency profiles ({reason})")

    def names(self) -> list[str]:
        with self.engine.connect() as connection:
            return list(connection.execute(select(profiles.c.name).order_by(profiles.c.name)).scalars())

    def get(self, name: str) -> Profile | None:
        try:
            with self.engine.connect() as connection:
                row = connection.execute(select(profiles).where(profiles.c.name == name)).first()
        except SQLAlchemyError as error:
            raise self._fail("read", error) from None
        if row is None:
            return None
        profile = profile_from_data(row.name, json.loads(row.data), f"profile {row.name!r}")
        return replace(
            profile,
            id=int(row.id),
            version=int(row.version),
            logo=None if row.logo is None else bytes(row.logo),
            logo_mime=row.logo_mime,
        )

    def require(self, name: str) -> Profile:
        profile = self.get(name)
        if profile is None:
            known = ", ".join(self.names()) or "none yet"
            raise LibraryError(f"no agency profile named {name!r} (profiles: {known})")
        return profile

    def save(self, profile: Profile) -> Profile:
        """Add a new profile (id None) or store edits made from `profile.version`; LibraryConflict otherwise."""
        if not profile.name.strip():
            raise LibraryError("an agency profile needs a name")
        if profile.number_scheme:
            check_scheme(profile.number_scheme)
        values = {
            "name": profile.name,
            "data": json.dumps(profile.data(), ensure_ascii=False),
            "logo": profile.logo,
            "logo_mime": profile.logo_mime if profile.logo else "",
            "updated_at": now_stamp(),
        }
        try:
            with write_transaction(self.engine) as connection:
                if profile.id is None:
                    connection.execute(profiles.insert().values(version=1, **values))
                else:
                    result = connection.execute(
                        update(profiles)
                        .where(profiles.c.id == profile.id, profiles.c.version == profile.version)
                        .values(version=profile.version + 1, **values)
                    )
                    if result.rowcount != 1:
                        raise LibraryConflict(
                            f"profile {profile.name!r} was changed by someone else since it was opened; "
                            "nothing was overwritten"
                        )
        except IntegrityError:
            raise LibraryError(f"an agency profile named {profile.name!r} already exists") from None
        except SQLAlchemyError as error:
            raise self._fail("write", error) from None
        return self.require(profile.name)

    def delete(self, name: str) -> None:
        with write_transaction(self.engine) as connection:
            connection.execute(delete(profiles).where(profiles.c.name == name))

    # TOML ---------------------------------------------------------------------------------------------------------
    def import_toml(self, path: Path) -> Profile:
        """Add the profile a TOML file describes, or replace the one with its name."""
        profile = read_profile_toml(path)
        existing = self.get(profile.name)
        if existing is not None:
            profile = replace(profile, id=existing.id, version=existing.version)
        return self.save(profile)

    def export_toml(self, name: str, out: Path) -> list[Path]:
        return write_profile_toml(self.require(name), out)

    def for_release(self, release: Release) -> Profile | None:
        """The profile a release was made from, known by its agency names (a unit match breaks a tie)."""
        if not (release.agency.zh.strip() or release.agency.en.strip()):
            return None
        matching = [profile for name in self.names() if (profile := self.get(name)) and profile.made(release)]
        matching.sort(key=lambda profile: profile.unit != release.unit)
        return matching[0] if matching else None

    # new releases -------------------------------------------------------------------------------------------------
    def new_release(self, name: str, *, when: datetime | None = None) -> Release:
        return new_release_from(self.require(name), self.library, when=when)


def read_profile_toml(path: Path) -> Profile:
    """A profile read from a TOML file."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise LibraryError(f"{path}: cannot read ({error.strerror or error})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise LibraryError(f"{path}: not a valid TOML profile ({error})") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise LibraryError(f'{path}: the profile needs a name = "…"')
    profile = profile_from_data(name.strip(), data, str(path))
    logo = _text(data, "logo", str(path))
    if logo:
        logo_path = (Path(path).parent / logo).resolve()
        mime = LOGO_TYPES.get(logo_path.suffix.lower())
        if mime is None:
            raise LibraryError(f"{path}: logo {logo!r} must be a PNG or JPEG file")
        try:
            profile.logo = logo_path.read_bytes()
        except OSError as error:
            raise LibraryError(f"{path}: cannot read the logo {logo!r} ({error.strerror or error})") from None
        profile.logo_mime = mime
    return profile


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON's escapes are valid in TOML basic strings


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _toml_string(str(value))


def write_profile_toml(profile: Profile, out: Path) -> list[Path]:
    """Write the profile (and its logo beside it, as NAME-logo.png); returns the files written."""
    out = Path(out)
    data = profile.data()
    lines = [f"name = {_toml_string(profile.name)}"]
    written: list[Path] = []
    logo_path: Path | None = None
    if profile.logo:
        logo_path = out.with_name(f"{out.stem}-logo{LOGO_SUFFIX.get(profile.logo_mime, '.png')}")
        lines.append(f"logo = {_toml_string(logo_path.name)}")
    lines += [
        f"number_scheme = {_toml_string(data['number_scheme'])}",
        f"pdf_template = {_toml_string(data['pdf_template'])}",
    ]
    for key in ("agency", "unit", "dateline", "boilerplate"):
        lines += ["", f"[{key}]", *(f"{lang} = {_toml_string(text)}" for lang, text in data[key].items())]
    for contact in data["contacts"]:
        lines += ["", "[[contacts]]", *(f"{key} = {_toml_value(value)}" for key, value in contact.items())]
    try:
        if logo_path is not None and profile.logo is not None:
            write_atomic(logo_path, profile.logo)
            written.append(logo_path)
        write_atomic(out, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError as error:
        raise LibraryError(f"{out}: cannot write ({error.strerror or error})") from None
    return [out, *written]


def new_release_from(
    profile: Profile, library: LibraryHandle | None = None, *, when: datetime | None = None
) -> Release:
    """A blank release in the profile's name: agency, unit, dateline, boilerplate, contacts and logo filled in, the
    number allocated from its scheme (when there is a library to count in)."""
    when = when or datetime.now(ZoneInfo(DEFAULT_TIMEZONE)).replace(second=0, microsecond=0)
    release = Release(
        agency=replace(profile.agency),
        unit=replace(profile.unit),
        dateline=replace(profile.dateline),
        issued_at=when,
        content={lang: LanguageContent(boilerplate=profile.boilerplate.get(lang)) for lang in LANGUAGES},
        contacts=[replace(contact, name=replace(contact.name)) for contact in profile.contacts],
    )
    if profile.logo:
        release.images.append(Image(LOGO_IMAGE_ID, profile.logo_mime or "image/png", profile.logo, Bilingual()))
        release.logo_image_id = LOGO_IMAGE_ID
    if profile.number_scheme and library is not None:
        release.number = allocate(library, profile.number_scheme, when.date())
    return release

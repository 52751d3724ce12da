"""Assembling a release from what the widgets show: which images a release keeps, in a stable order.

Qt-free, so the rules are testable without a window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from releasedesk.model.richtext import Figure

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from releasedesk.model.release import Image, LanguageContent, Release


def referenced_image_ids(contents: Iterable[LanguageContent]) -> set[str]:
    """The ids of the images the texts show."""
    return {block.image_id for content in contents for block in content.body if isinstance(block, Figure)}


def collect_images(
    base: Release, contents: Iterable[LanguageContent], editor_images: Mapping[str, Image]
) -> list[Image]:
    """Images the release still uses: figures in included bodies and the logo; the base release's order first.

    A stable order keeps save → reopen → save byte-identical and equality of reopened releases exact.
    """
    wanted = referenced_image_ids(contents)
    if base.logo_image_id:
        wanted.add(base.logo_image_id)
    known = {image.id: image for image in base.images}
    known.update(editor_images)
    ordered = [image.id for image in base.images if image.id in wanted]
    ordered += sorted(wanted - set(ordered))
    return [known[image_id] for image_id in ordered if image_id in known]

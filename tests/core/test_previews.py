"""Previews of evidence files: upright thumbnails, page counts, and hostile files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.previews import PreviewProblem, image_thumbnail, pdf_page_count
from tests.sample_files import (
    ROTATED_CLOCKWISE,
    decompression_bomb_png,
    jpeg_photo,
    pdf_with_pages,
    program_named_pdf,
)


def test_a_phone_photo_taken_upright_gets_an_upright_thumbnail(tmp_path: Path) -> None:
    photo = jpeg_photo(tmp_path / "colis.jpg", width=160, height=90, orientation=ROTATED_CLOCKWISE)

    thumbnail = image_thumbnail(photo, max_side=96)

    assert not isinstance(thumbnail, PreviewProblem)
    assert (thumbnail.width, thumbnail.height) == (90, 160)
    assert thumbnail.thumbnail_height == 96 > thumbnail.thumbnail_width
    assert len(thumbnail.rgba) == thumbnail.thumbnail_width * thumbnail.thumbnail_height * 4


def test_a_photo_without_rotation_keeps_its_shape(tmp_path: Path) -> None:
    thumbnail = image_thumbnail(jpeg_photo(tmp_path / "a.jpg"), max_side=96)
    assert not isinstance(thumbnail, PreviewProblem)
    assert thumbnail.thumbnail_width == 96 > thumbnail.thumbnail_height


@pytest.mark.parametrize("side", [60_000, 9_500])
def test_a_decompression_bomb_is_refused_without_decoding_it(tmp_path: Path, side: int) -> None:
    """60,000² pixels trips Pillow's own limit; 9,500² (90 MP) only its warning, and ours."""
    bomb = decompression_bomb_png(tmp_path / "bomb.png", side=side)
    assert image_thumbnail(bomb, max_side=96) is PreviewProblem.TOO_LARGE


def test_a_file_that_is_no_picture_has_no_thumbnail(tmp_path: Path) -> None:
    assert image_thumbnail(program_named_pdf(tmp_path / "x.png"), max_side=96) is (
        PreviewProblem.UNREADABLE
    )
    assert image_thumbnail(tmp_path / "gone.jpg", max_side=96) is PreviewProblem.UNREADABLE


def test_pdf_pages_are_counted(tmp_path: Path) -> None:
    assert pdf_page_count(pdf_with_pages(tmp_path / "facture.pdf", 3)) == 3


def test_a_pdf_locked_against_editing_only_is_counted(tmp_path: Path) -> None:
    assert pdf_page_count(pdf_with_pages(tmp_path / "f.pdf", 2, user_password="")) == 2


def test_a_pdf_that_needs_a_password_says_so(tmp_path: Path) -> None:
    locked = pdf_with_pages(tmp_path / "f.pdf", 2, user_password="secret")
    assert pdf_page_count(locked) is PreviewProblem.ENCRYPTED


def test_a_damaged_or_disguised_pdf_is_unreadable(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(pdf_with_pages(tmp_path / "whole.pdf", 2).read_bytes()[:300])
    assert pdf_page_count(damaged) is PreviewProblem.UNREADABLE
    assert pdf_page_count(program_named_pdf(tmp_path / "x.pdf")) is PreviewProblem.UNREADABLE
    assert pdf_page_count(tmp_path / "gone.pdf") is PreviewProblem.UNREADABLE

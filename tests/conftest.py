"""Shared fixtures: fresh data directories, an office installation, the demo campaign."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dudao_desktop.db.engine import Database
from dudao_desktop.db.opening import open_database
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.integrity import change_log_mismatches


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def assert_change_log_reproduces_rows(database: Database) -> None:
    """Every write of the test went through the one write path: replaying the change log
    gives the rows (tests that bulk-load bench data mark themselves ``bulk_data``)."""
    assert change_log_mismatches(database) == []


@pytest.fixture
def office_db(data_dir: Path, request: pytest.FixtureRequest):
    """A fresh, empty office installation."""
    database = init_installation(data_dir, "office", "测试编办", "tester")
    yield database
    if not request.node.get_closest_marker("bulk_data"):
        assert_change_log_reproduces_rows(database)
    database.dispose()


@pytest.fixture
def field_db(tmp_path: Path, request: pytest.FixtureRequest):
    """A fresh, empty field (laptop) installation."""
    database = init_installation(tmp_path / "laptop", "field", "第一督导组笔记本", "inspector")
    yield database
    if not request.node.get_closest_marker("bulk_data"):
        assert_change_log_reproduces_rows(database)
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo campaign built once per test run; tests get their own copy."""
    directory = tmp_path_factory.mktemp("demo-template")
    create_demo(directory).dispose()
    return directory


def copy_data_dir(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


@pytest.fixture
def demo_dir(demo_template: Path, data_dir: Path) -> Path:
    """A private copy of the demo data directory (420 units, 30 inspectors, 5 groups)."""
    return copy_data_dir(demo_template, data_dir)


@pytest.fixture
def demo_db(demo_dir: Path):
    database: Database = open_database(demo_dir)
    yield database
    database.dispose()

"""Shared fixtures: fresh data directories, an office installation, the demo campaign.

Tests marked ``backends`` run once on SQLite and once on PostgreSQL (the server of
``--postgres URL`` or ``$DUDAO_TEST_POSTGRES_URL``; without one that half is skipped): their
``office_db``, ``demo_dir`` and ``demo_db`` live on the backend of the run.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from backends import ENV, PostgresServer

from dudao_desktop.db.connection import store_url
from dudao_desktop.db.engine import Database
from dudao_desktop.db.opening import open_database
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.integrity import change_log_mismatches


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgres",
        metavar="URL",
        default=os.environ.get(ENV, ""),
        help="a PostgreSQL server (a database the user may CREATE DATABASE from) on which "
        f"the tests marked 'backends' run as well (default: ${ENV})",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend of this run of the test: "sqlite" or "postgresql"."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres(request: pytest.FixtureRequest):
    url = request.config.getoption("--postgres")
    if not url:
        pytest.skip(f"no PostgreSQL server: give --postgres URL or set {ENV}")
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(scope="session")
def postgres_schema(postgres: PostgresServer) -> str:
    """The name of a database brought to the newest schema by the migrations."""
    return postgres.create_schema_template()


@pytest.fixture
def server_url(backend: str, request: pytest.FixtureRequest):
    """A fresh database at the newest schema on the server (None on SQLite)."""
    if backend == "sqlite":
        yield None
        return
    postgres: PostgresServer = request.getfixturevalue("postgres")
    url = postgres.create(template=request.getfixturevalue("postgres_schema"))
    yield url
    postgres.drop(url)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def assert_change_log_reproduces_rows(database: Database) -> None:
    """Every write of the test went through the one write path: replaying the change log
    gives the rows (tests that bulk-load bench data mark themselves ``bulk_data``)."""
    assert change_log_mismatches(database) == []


@pytest.fixture
def office_db(data_dir: Path, server_url: str | None, request: pytest.FixtureRequest):
    """A fresh, empty office installation."""
    database = init_installation(data_dir, "office", "测试编办", "tester", url=server_url)
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


@pytest.fixture(scope="session")
def postgres_demo_template(
    tmp_path_factory: pytest.TempPathFactory, postgres: PostgresServer, postgres_schema: str
) -> tuple[Path, str]:
    """The demo campaign on the server, built once: its data directory and database name."""
    directory = tmp_path_factory.mktemp("demo-template-pg")
    url = postgres.create(template=postgres_schema)
    create_demo(directory, url=url).dispose()
    return directory, url.rsplit("/", 1)[1].split("?")[0]


@pytest.fixture
def demo_url(backend: str, request: pytest.FixtureRequest):
    """The server database of this test's demo copy (None on SQLite)."""
    if backend == "sqlite":
        yield None
        return
    postgres: PostgresServer = request.getfixturevalue("postgres")
    _directory, template = request.getfixturevalue("postgres_demo_template")
    url = postgres.create(template=template)
    yield url
    postgres.drop(url)


@pytest.fixture
def demo_dir(
    demo_template: Path, data_dir: Path, demo_url: str | None, request: pytest.FixtureRequest
) -> Path:
    """A private copy of the demo data directory (420 units, 30 inspectors, 5 groups)."""
    if demo_url is None:
        return copy_data_dir(demo_template, data_dir)
    directory, _name = request.getfixturevalue("postgres_demo_template")
    copy_data_dir(directory, data_dir)
    store_url(data_dir, make_url(demo_url))
    return data_dir


@pytest.fixture
def demo_db(demo_dir: Path, demo_url: str | None):
    database: Database = open_database(demo_dir, url=demo_url)
    yield database
    database.dispose()

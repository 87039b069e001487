"""A SQLite database on a network share or a removable disk is refused, saying why and
what to do; on the local disk it opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from dudao_desktop.db import placement
from dudao_desktop.db.opening import open_database
from dudao_desktop.db.placement import UnsafePlacement, check_local_disk, parse_mountinfo_line
from dudao_desktop.paths import database_path
from dudao_desktop.services.installation import init_installation

MOUNTINFO = """\
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
40 27 0:51 / /home rw,relatime - ext4 /dev/vda2 rw
61 27 0:60 / /mnt/bianban rw,relatime - cifs //fileserver/共享 rw,vers=3.0
62 27 0:61 / /srv/nfs\\040office rw,relatime - nfs4 server:/export rw
63 27 8:17 / /media/clerk/KINGSTON rw,nosuid - vfat /dev/sdb1 rw
64 27 0:62 / /home/clerk/remote rw - fuse.sshfs clerk@host:/data rw
"""


@pytest.fixture
def mounts() -> list[placement.Mount]:
    return [parse_mountinfo_line(line) for line in MOUNTINFO.splitlines()]


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/bianban/dudao/dudao.sqlite3", "network share"),
        ("/srv/nfs office/dudao.sqlite3", "network share"),
        ("/home/clerk/remote/dudao.sqlite3", "network share"),
        ("/media/clerk/KINGSTON/dudao/dudao.sqlite3", "removable disk"),
    ],
)
def test_shares_and_sticks_are_refused_with_the_way_out(mounts, path, kind):
    with pytest.raises(UnsafePlacement) as refused:
        check_local_disk(Path(path), mounts)
    message = str(refused.value)
    assert kind in message and path in message
    assert "own disk" in message


def test_the_local_disk_is_fine(mounts):
    check_local_disk(Path("/home/clerk/dudao/dudao.sqlite3"), mounts)
    check_local_disk(Path("/mnt/bianban-local/dudao.sqlite3"), mounts)  # not under the share


def test_the_message_for_a_share_points_to_the_server(mounts):
    with pytest.raises(UnsafePlacement, match="migrate-to"):
        check_local_disk(Path("/mnt/bianban/dudao.sqlite3"), mounts)


def test_opening_an_office_database_on_a_share_is_refused_and_leaves_it(tmp_path, monkeypatch):
    directory = tmp_path / "office"
    init_installation(directory, "office", "测试编办").dispose()
    before = database_path(directory).read_bytes()
    share = placement.Mount(point=str(tmp_path), fs_type="smb3", source="//nas/dudao")
    monkeypatch.setattr(placement, "read_mounts", lambda: [share])
    with pytest.raises(UnsafePlacement, match="network share"):
        open_database(directory)
    assert database_path(directory).read_bytes() == before

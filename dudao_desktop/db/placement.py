"""Where a SQLite file may live: on this computer's own disk, never a share or a stick.

SQLite's locking does not hold over network file systems (several writers corrupt the file)
and a removable disk pulled during a write loses the journal. The laptop keeps its file on
the local disk; an office with several clerks uses the database server instead.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",
        "fuse.rclone",
        "fuse.glusterfs",
    }
)
REMOVABLE_FILE_SYSTEMS = frozenset({"vfat", "exfat", "msdos", "fuseblk", "udf", "iso9660"})
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/usb")


@dataclass(frozen=True)
class Mount:
    point: str
    fs_type: str
    source: str


class UnsafePlacement(DudaoError):
    pass


NETWORK_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {file} lies on a network share ({where}). A database file written over "
    "the network gets damaged, so it is not opened. Copy the data folder to this computer's "
    "own disk and open it there; for several clerks working together, move the office "
    "database to the database server ('dudao migrate-to --database-url ...').",
)
REMOVABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {file} lies on a removable disk ({where}). Pulling the disk while the "
    "database is written damages it, so it is not opened. Copy the data folder to this "
    "computer's own disk and open it there.",
)


def check_local_disk(path: Path, mounts: list[Mount] | None = None) -> None:
    """Refuse (``UnsafePlacement``) a database file on a network share or removable disk."""
    target = Path(os.path.abspath(path))
    if sys.platform == "win32":
        _check_windows(target)
        return
    mount = mount_of(target, read_mounts() if mounts is None else mounts)
    if mount is None:
        return
    where = f"{mount.source} {mount.fs_type}".strip()
    if mount.fs_type in NETWORK_FILE_SYSTEMS or mount.source.startswith("//"):
        raise UnsafePlacement(NETWORK_MESSAGE, file=str(target), where=where)
    on_media = mount.point.startswith(REMOVABLE_MOUNT_ROOTS)
    if (mount.fs_type in REMOVABLE_FILE_SYSTEMS and on_media) or _removable_device(mount.source):
        raise UnsafePlacement(REMOVABLE_MESSAGE, file=str(target), where=where)


def mount_of(path: Path, mounts: list[Mount]) -> Mount | None:
    """The mount holding ``path``: the longest mount point that is a parent of it."""
    best: Mount | None = None
    text = str(path)
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = point == "/" or text == point or text.startswith(point + "/")
        if inside and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def read_mounts() -> list[Mount]:
    """The mount table of Linux (``/proc/self/mountinfo``); empty elsewhere."""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [parse_mountinfo_line(line) for line in lines if " - " in line]


def parse_mountinfo_line(line: str) -> Mount:
    before, after = line.split(" - ", 1)
    point = before.split()[4].replace("\\040", " ")
    fields = after.split()
    return Mount(point=point, fs_type=fields[0], source=fields[1] if len(fields) > 1 else "")


def _removable_device(source: str) -> bool:
    """True for a block device the kernel flags removable (USB sticks, card readers)."""
    if not source.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(source)).name
    sys_block = Path("/sys/class/block") / name
    # A partition (sdb1) has no flag of its own: its disk (sdb) has.
    for candidate in (sys_block / "removable", sys_block / ".." / "removable"):
        try:
            if candidate.resolve().read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def _check_windows(path: Path) -> None:
    import ctypes

    drive_remote, drive_removable = 4, 2
    root = path.anchor
    if root.startswith("\\\\"):
        raise UnsafePlacement(NETWORK_MESSAGE, file=str(path), where=root)
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    if kind == drive_remote:
        raise UnsafePlacement(NETWORK_MESSAGE, file=str(path), where=root)
    if kind == drive_removable:
        raise UnsafePlacement(REMOVABLE_MESSAGE, file=str(path), where=root)

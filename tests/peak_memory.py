"""Peak memory of the current process, for the memory-budget tests' child processes.

``resource.getrusage(RUSAGE_SELF).ru_maxrss`` survives ``fork`` + ``exec`` on Linux, so a
child started from a large pytest process reports the parent's peak, not its own. The
kernel's per-address-space high-water mark (``VmHWM``) starts afresh at ``exec``: use it
where it exists and fall back to ``getrusage`` elsewhere.
"""

import resource


def peak_rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

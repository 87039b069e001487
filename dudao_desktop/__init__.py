"""dudao-desktop: establishment supervision campaigns (机构编制大督导) offline."""

__version__ = "0.1.0"

"""Exit codes of the tosdiff command, the contract that scripts and CI read."""

from enum import IntEnum, unique


@unique
class ExitCode(IntEnum):
    """Every exit code the CLI returns."""

    OK = 0  # nothing at or above the --fail-on level changed; notices compliant
    CHANGED = 1  # a material change (check), or a non-compliant notice schedule (notice)
    ERROR = 2  # usage or input error: missing, empty, binary or undecodable file, bad config

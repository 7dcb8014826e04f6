"""The errors tosdiff raises. The CLI turns each into one line on stderr and exit code 2."""


class TosdiffError(Exception):
    """Base class: something about the input or configuration is wrong."""


class InputError(TosdiffError):
    """An input file is missing, empty, binary, undecodable or too large."""


class ConfigError(TosdiffError):
    """A configuration file or option is invalid."""


class RulesError(TosdiffError):
    """A classification rules file is malformed."""


class TemplateError(TosdiffError):
    """A notice template is missing or fails to render."""


class SendError(TosdiffError):
    """Sending notices failed in a way that retrying will not fix."""

"""cfcity: track a city's child-friendly city construction plan kept as YAML in git."""

__version__ = "0.1.0"

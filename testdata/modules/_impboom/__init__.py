"""Package whose submodule fails while importing."""
from . import fuse

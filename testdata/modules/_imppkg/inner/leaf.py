from .. import sub
LEAF = "leaf"

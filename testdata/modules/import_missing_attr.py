# uncaught ImportError for a name the module does not define
from helper_mod import does_not_exist

# uncaught exception raised from another: "direct cause" traceback
class ConfigError(Exception):
    pass
def read(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ConfigError(f"no setting {k!r}") from e
print("reading")
read({"a": 1}, "b")

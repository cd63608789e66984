# RUN: %difftest %s
# exit: 1
# raise ... from ... shows "direct cause"
class ConfigError(Exception):
    pass
def load(d):
    try:
        return d["port"]
    except KeyError as exc:
        raise ConfigError("port missing") from exc
load({})

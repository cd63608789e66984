class ParseError(Exception):
    pass
def parse(text):
    if not text:
        raise ParseError("empty input")
    return text.split()

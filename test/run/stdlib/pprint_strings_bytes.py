# RUN: %difftest %s
# pprint: long strings/bytes/bytearrays are split into implicitly concatenated chunks at word boundaries
import pprint

text = 'the quick brown fox jumps over the lazy dog ' * 5
pprint.pprint(text)
pprint.pprint({'s': text, 'short': 'abc'})
pprint.pprint(['a' * 100, 'word ' * 30])
pprint.pprint('line one is here\nline two is here\n' * 4)
pprint.pprint(('multi\nline\nstring that is long enough to wrap around the edge of the page',), width=30)
pprint.pprint('nospaces' * 20, width=40)
pprint.pprint("quotes ' and \" and \t tabs " * 5, width=50)
pprint.pprint(bytes(range(60)))
pprint.pprint({'b': b'abcdefgh' * 12})
pprint.pprint([bytearray(range(40))])
pprint.pprint(bytearray(b'xy' * 50), width=40)
pprint.pprint(b'abcd', width=3)
for w in (10, 20, 33, 47):
    print(pprint.pformat(text, width=w))

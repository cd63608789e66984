"""Opcode tables of CPython 3.11's bytecode, as Kiln compiles it.

The names, numbers and argument kinds come from the compiler's own table
(frontend/bytecode/Opcodes.def, through _kiln_dis); the inline cache sizes
are CPython 3.11's (Kiln's co_code has no caches, but dis shows CPython's
offsets, which count them).
"""

import _kiln_dis

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

HAVE_ARGUMENT = 90

opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
# Argument kind of each opcode number (see Dis.cpp): 'none', 'const', ...
_kinds = ['none'] * 256

hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []

_KIND_LISTS = {
    'const': hasconst, 'kwnames': hasconst,
    'name': hasname, 'global': hasname,
    'jrel_forward': hasjrel, 'jrel_backward': hasjrel,
    'local': haslocal,
    'compare': hascompare,
    'free': hasfree,
}

for _name, _number, _kind in _kiln_dis.opcodes():
    opname[_number] = _name
    opmap[_name] = _number
    _kinds[_number] = _kind
    if _kind in _KIND_LISTS:
        _KIND_LISTS[_kind].append(_number)
del _name, _number, _kind, _KIND_LISTS

EXTENDED_ARG = opmap['EXTENDED_ARG']

# Inline CACHE entries after each instruction in CPython 3.11's co_code.
_inline_cache_entries = [0] * 256
for _name, _count in (('BINARY_SUBSCR', 4), ('STORE_SUBSCR', 1), ('UNPACK_SEQUENCE', 1),
                      ('STORE_ATTR', 4), ('LOAD_ATTR', 4), ('COMPARE_OP', 2),
                      ('LOAD_GLOBAL', 5), ('BINARY_OP', 1), ('LOAD_METHOD', 10),
                      ('PRECALL', 1), ('CALL', 4)):
    _inline_cache_entries[opmap[_name]] = _count
del _name, _count

# BINARY_OP arguments: (name, operator).
_nb_ops = []
for _name, _symbol in (('ADD', '+'), ('AND', '&'), ('FLOOR_DIVIDE', '//'), ('LSHIFT', '<<'),
                       ('MATRIX_MULTIPLY', '@'), ('MULTIPLY', '*'), ('REMAINDER', '%'),
                       ('OR', '|'), ('POWER', '**'), ('RSHIFT', '>>'), ('SUBTRACT', '-'),
                       ('TRUE_DIVIDE', '/'), ('XOR', '^')):
    _nb_ops.append(('NB_' + _name, _symbol))
_nb_ops += [('NB_INPLACE_' + _name[3:], _symbol + '=') for _name, _symbol in list(_nb_ops)]
del _name, _symbol


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """The stack effect of opcode with argument oparg (the larger of both
    branches of a jump, unless jump says which)."""
    return _kiln_dis.stack_effect(opcode, oparg, jump)

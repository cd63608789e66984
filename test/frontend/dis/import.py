# Import statement forms.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

import os
import os.path
import os.path as p
from os import sep, path as q
from . import sibling
from ..pkg import thing as t
from sys import *
def f():
    import json.decoder
    from json import loads
    return json, loads

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 0 (os)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (os)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 0 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 1 (os.path)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (os)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 0 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 1 (os.path)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_FROM 2 (path)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 3 (p)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_CONST 0 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (('sep', 'path'))
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 0 (os)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_FROM 4 (sep)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 4 (sep)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_FROM 2 (path)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 5 (q)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_CONST 3 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 (('sibling',))
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 6{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_FROM 7 (sibling)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 7 (sibling)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_CONST 5 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 6 (('thing',))
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 8 (pkg)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_FROM 9 (thing)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 10 (t)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_CONST 0 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 7 (('*',))
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 11 (sys)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_STAR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} LOAD_CONST 8 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 12>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 12 (f)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 12>:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 {{[0-9]+}} LOAD_CONST 1 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 0 (json.decoder)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 0 (json)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 {{[0-9]+}} LOAD_CONST 1 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (('loads',))
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_NAME 1 (json)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IMPORT_FROM 2 (loads)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (loads)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}15 {{[0-9]+}} LOAD_FAST 0 (json)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (loads)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

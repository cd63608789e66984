# RUN: %difftest %s
# builtin exception hierarchy
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError), (IOError, OSError), (EnvironmentError, OSError),
         (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnboundLocalError, NameError), (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
         (StopAsyncIteration, Exception), (TabError, SyntaxError), (IndentationError, SyntaxError), (BrokenPipeError, ConnectionError),
         (TimeoutError, OSError), (bool, int), (DeprecationWarning, Warning), (Warning, Exception), (ExceptionGroup, BaseExceptionGroup),
         (ExceptionGroup, Exception), (BaseExceptionGroup, Exception), (AssertionError, Exception), (MemoryError, Exception)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(IOError is OSError, [c.__name__ for c in KeyError.__mro__])

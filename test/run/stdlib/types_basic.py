# RUN: %difftest %s
# types: SimpleNamespace, the builtin type names, MethodType, new_class, GenericAlias/UnionType
import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'), type(ns))
ns.c = [ns]; print(ns)
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
def f(): pass
def g(): yield
class A:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(A().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType), isinstance(f.__code__, types.CodeType))
print(isinstance(types, types.ModuleType), types.NoneType, types.GenericAlias, types.UnionType, types.EllipsisType, types.NotImplementedType)
print(types.MappingProxyType, types.FunctionType, types.MethodType, types.CodeType, types.ModuleType, types.BuiltinFunctionType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType, types.CellType, types.TracebackType, types.FrameType, types.CoroutineType, types.AsyncGeneratorType)
m = types.MethodType(lambda self, x: (self, x), 'obj'); print(m(1))
C = types.new_class('C', (A,), {}, lambda ns: ns.update(x=1)); print(C.x, C.__mro__)
print(isinstance(list[int], types.GenericAlias), isinstance(int | None, types.UnionType))
class Sub(types.SimpleNamespace): pass
print(Sub(z=2))

# types: the type names, SimpleNamespace, new_class, mappingproxy and module construction
import types
print(types.FunctionType, types.LambdaType is types.FunctionType, types.ModuleType)
print(types.GeneratorType, types.MethodType, types.BuiltinFunctionType, types.NoneType)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1, 2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1, 2]))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.x, C.__name__)
print(types.MappingProxyType({"a": 1})["a"], types.GenericAlias(list, (int,)))
m = types.ModuleType("mymod")
m.y = 3
print(m.__name__, m.y)
print(types.CellType, types.CodeType, types.TracebackType, types.UnionType, types.EllipsisType)

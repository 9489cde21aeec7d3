# weakref: errors from non-referenceable objects, bad WeakMethod arguments, unsupported counts; ends uncaught
import weakref

class Plain:
    pass

obj = Plain()
for f in [lambda: weakref.ref(3), lambda: weakref.ref(obj, None, None) and None, lambda: weakref.proxy("s"),
          lambda: weakref.WeakMethod(obj), lambda: weakref.WeakSet([1]), lambda: weakref.WeakValueDictionary(a=1)]:
    try:
        print(f())
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
r = weakref.ref(obj)
print(r() is obj)
p = weakref.proxy(obj)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
obj.attr = 1
print(p.attr)
try:
    weakref.ref([])
except TypeError as e:
    print(e)
print(r().attr / 0)

# RUN: %difftest %s
# with on an object lacking __enter__/__exit__
class OnlyEnter:
    def __enter__(self): return self
class Nothing: pass
for obj in [OnlyEnter(), Nothing(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

import time
print("failing body starts")
imp_started.set()
time.sleep(0.2)
raise ValueError("body failed")

import time
print("slow module body starts")
imp_started.set()
time.sleep(0.2)
VALUE = "ready"
print("slow module body ends")

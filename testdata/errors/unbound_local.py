# UnboundLocalError when a local is read before assignment
count = 0
def bump():
    count += 1
    return count
bump()

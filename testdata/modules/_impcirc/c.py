from _impcirc.d import D
C = 1

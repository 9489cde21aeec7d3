from _impcirc.c import C
D = 2

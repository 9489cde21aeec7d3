# uncaught TypeError: calling a value that is not callable
handlers = {"a": print, "b": 5}
handlers["a"]("calling a")
handlers["b"]("calling b")

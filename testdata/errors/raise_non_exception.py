# uncaught TypeError from raising something that is not an exception
class NotAnError:
    pass
raise NotAnError()

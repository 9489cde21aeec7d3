# uncaught exception raised by __exit__ while another exception propagates
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise OSError("close failed")
with Closer():
    raise ValueError("body failed")

print("bad body runs")
import _imppkg.nowhere

# uncaught error raised in a base-class method reached through super()
class Base:
    def run(self, n):
        return 10 // n
class Child(Base):
    def run(self, n):
        return super().run(n - 1)
print(Child().run(2))
print(Child().run(1))

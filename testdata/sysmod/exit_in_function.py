# uncaught SystemExit from sys.exit inside a function with a finally block
import sys
def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup")
main()
print("unreachable")

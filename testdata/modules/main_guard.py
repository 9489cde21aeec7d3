# the __name__ == "__main__" guard runs for the script itself
def main():
    print("main ran", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported")

# textwrap: wrap/fill with widths, indents, hyphens, em-dashes, long words, sentence endings, max_lines and placeholders
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "breaks long-winded, hyphenated-words and well-known phrases--like this one--"
        "at sensible places; supercalifragilisticexpialidocious words get split.  "
        "Numbers like 3-4 and x-ray or e-mail are kept?  Tabs\tand\nnewlines too!")
for width in [10, 15, 20, 33, 50, 79]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_long_words=False))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("word" * 10, 7))
print(textwrap.wrap("un-believ-able-ness of hy-phen-a-tion---dashes -- and - lone", 8))
print(textwrap.wrap("a--b c---d e-f-g --x x-- 12-34 ab-cd-ef", 4))
w = textwrap.TextWrapper(width=12, initial_indent=">> ")
print(w.wrap("one two three four five six seven"), w.fill("alpha beta"))
print(textwrap.shorten("Hello  world!   How are   you today?", 20))
print(textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", 10, placeholder="~"))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [...]"),
            lambda: textwrap.shorten("a b", 2)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)

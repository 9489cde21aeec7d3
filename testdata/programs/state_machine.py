# a table-driven state machine parsing a tiny CSV dialect with quoted fields
def parse_csv(text):
    rows, row, field = [], [], ""
    state = "start"
    for ch in text + "\n":
        if state == "start":
            if ch == '"':
                state = "quoted"
            elif ch == ",":
                row.append(field); field = ""
            elif ch == "\n":
                row.append(field); rows.append(row); row, field = [], ""
            else:
                field += ch
                state = "plain"
        elif state == "plain":
            if ch == ",":
                row.append(field); field = ""; state = "start"
            elif ch == "\n":
                row.append(field); rows.append(row); row, field = [], ""; state = "start"
            else:
                field += ch
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                field += ch
        elif state == "quote_in_quoted":
            if ch == '"':
                field += '"'; state = "quoted"
            elif ch == ",":
                row.append(field); field = ""; state = "start"
            elif ch == "\n":
                row.append(field); rows.append(row); row, field = [], ""; state = "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote")
    return rows
data = 'name,qty,note\nwidget,3,"has, comma"\n"say ""hi""",,x\n,,\n'
for r in parse_csv(data.rstrip("\n")):
    print(r)
try:
    parse_csv('"a"b')
except ValueError as e:
    print("ValueError", e)

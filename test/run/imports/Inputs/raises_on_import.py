print("raises_on_import: before error")
x = 1 / 0

# RUN: %difftest %s
# exit: 1
# carets for a chained subscript
grid = [[1, 2], [3, 4]]
row = 1
print(grid[row][5])

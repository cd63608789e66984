print("once_mod body runs")
loads = 1

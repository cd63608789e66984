print("hello from", __name__)
print(sum(i * i for i in range(10)))

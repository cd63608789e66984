# RUN: %difftest %s
# __name__ is "__main__" in the script
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
print(__name__, __spec__ is None, __package__)

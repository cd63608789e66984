if __name__ == "__main__":
    print("mainguard_mod run as main")
else:
    print("mainguard_mod imported as", __name__)
def main():
    return "main() called"

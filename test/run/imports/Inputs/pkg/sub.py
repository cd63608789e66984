print("pkg.sub runs as", __name__)
sub_value = "sub value"
def who():
    return __name__

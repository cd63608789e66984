from ...beyond import nothing

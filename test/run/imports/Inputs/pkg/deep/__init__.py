deep_init = "deep init"

# the Inputs package used by the import tests

$ goals --vault examples/does-not-exist list
? 2
--- stdout
--- stderr
goals: vault folder 'examples/does-not-exist' does not exist or is not a folder

$ goals --vault examples/engineering-manager --today 2026-11-22 lsit
? 2
--- stdout
--- stderr
goals: 'lsit' is not a goals command. See 'goals --help'.

The most similar command is
	list

$ goals help nope
? 2
--- stdout
--- stderr
goals: 'nope' is not a goals command. See 'goals --help'.

The most similar command is
	done

$ goals help nope
? 2
--- stdout
--- stderr
goals: unknown command 'nope'
See 'goals help --help'.

$ goals --vault examples/engineering-manager --today 2026-11-22 lsit
? 2
--- stdout
--- stderr
goals: unknown command 'lsit'; did you mean 'list'?
See 'goals --help'.

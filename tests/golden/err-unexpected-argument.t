$ goals --vault examples/engineering-manager --today 2026-11-22 status now
? 2
--- stdout
--- stderr
goals: unexpected argument 'now' for 'goals status'
See 'goals status --help'.

$ goals --vault examples/engineering-manager --today 2026-11-22 lint --fial-on=error
? 2
--- stdout
--- stderr
goals: unknown option '--fial-on' for 'goals lint'; did you mean '--fail-on'?
See 'goals lint --help'.

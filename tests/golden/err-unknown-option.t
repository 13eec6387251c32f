$ goals --vault examples/engineering-manager --today 2026-11-22 list --tpye goal
? 2
--- stdout
--- stderr
goals: unknown option '--tpye' for 'goals list'; did you mean '--type'?
See 'goals list --help'.

$ goals --vault examples/engineering-manager lint --select no-metrics
? 2
--- stdout
--- stderr
goals: --select: no rule 'no-metrics'; did you mean 'no-metric'? (goals lint --list-rules lists them)

$ goals --vault examples/engineering-manager lint --explain no-such-rule
? 2
--- stdout
--- stderr
goals: no rule 'no-such-rule' (goals lint --list-rules lists them)

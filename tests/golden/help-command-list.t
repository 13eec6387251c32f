$ goals help list
? 0
--- stdout
List goals, sprints, reviews and visions
Usage: goals list [OPTIONS]

Options:
  -h,--help                   Print this help message and exit
  --type TEXT ...             vision, goal, sprint, review, note (a plain note) or all; repeat or use commas
  --status TEXT ...           active, planned, paused, done or dropped
  --horizon TEXT ...          long, medium or short
  --tag TEXT ...              Only notes with this tag (nested tags match too)
  --due-before DATE           Only notes due before DATE
  --due-after DATE            Only notes due after DATE
  --linked-to NOTE            Only notes linking to NOTE
  --orphan                    Only goals that reach no long-term goal or vision
  --sort TEXT:{path,title,deadline}
                              path (default), title or deadline
  --format TEXT:{text,json,jsonl,tsv,paths}
                              text (default), json, jsonl, tsv or paths
  -0,--null                   Print paths ending in NUL, for xargs -0
  --why                       Say what made each note its kind: its type, a classify rule, Periodic Notes

Global options:
  --vault DIR                 Vault folder (default: $GOALS_VAULT, else the nearest folder above holding .obsidian/ or .goals.yaml)
  --today DATE                Treat this date (YYYY-MM-DD) as today ($GOALS_TODAY)
  --color TEXT:{auto,always,never}
                              Colour output: auto, always or never
  -q,--quiet                  Do not print hints or problems found while loading notes (results and errors still print)
  -v,--verbose                Say which vault and config are used, and timings
  --ascii                     Draw with ASCII only, even on a UTF-8 terminal
  --no-pager                  Do not page long output on a terminal ($GOALS_PAGER, else $PAGER, else less)

Examples:
  # active goals, soonest first
  goals list --type goal --status active --sort deadline
  # what is due this year, for a script
  goals list --due-before 2027-01-01 --format tsv
  # goals that serve nothing longer-term
  goals list --orphan -0 | xargs -0 ls -l
--- stderr

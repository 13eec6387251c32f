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
  --due-before TEXT           Only notes due before DATE
  --due-after TEXT            Only notes due after DATE
  --linked-to TEXT            Only notes linking to NOTE
  --orphan                    Only goals that reach no long-term goal or vision
  --sort TEXT:{path,title,deadline}
                              path (default), title or deadline
  --format TEXT:{text,json,jsonl,tsv,paths}
                              text (default), json, jsonl, tsv or paths
  -0,--null                   Print paths ending in NUL, for xargs -0
  --why                       Say what made each note its kind: its type, a classify rule, Periodic Notes

--- stderr

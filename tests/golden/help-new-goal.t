$ goals new goal --help
? 0
--- stdout
Write a goal note, then say what keeps it from being SMART
Usage: goals new goal [OPTIONS] title

Positionals:
  title TEXT REQUIRED         What you will do, e.g. "Mentor 2 junior engineers"

Options:
  -h,--help                   Print this help message and exit
  --horizon TEXT:{long,medium,short}
                              long (2-5 years), medium (6-18 months) or short (3-12 months)
  --parent NOTE               The longer-term goal or vision it serves
  --deadline DATE             When it is due (YYYY-MM-DD)
  --metric TEXT               How you will know it is done
  --accountability TEXT       Who you told and who checks in
  --dry-run                   Print the note instead of writing it
  --edit                      Open the new note in $GOALS_EDITOR, $VISUAL or $EDITOR

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
  # a short-term goal serving a long-term one
  goals new goal "Lead the Q1 hiring loop" --horizon short --deadline 2027-03-31 --parent "Move into engineering management"
  # print the note; write nothing
  goals new goal "Give a talk at a meetup" --dry-run
--- stderr

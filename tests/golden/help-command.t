$ goals help
? 0
--- stdout
Lint, track and plan career goals kept in an Obsidian vault.
Usage: goals [OPTIONS] [SUBCOMMAND]

Options:
  -h,--help                   Print this help message and exit
  --version                   Display program version information and exit
  --vault DIR                 Vault folder (default: $GOALS_VAULT, else the nearest folder above holding .obsidian/ or .goals.yaml)
  --today DATE                Treat this date (YYYY-MM-DD) as today ($GOALS_TODAY)
  --color TEXT:{auto,always,never}
                              Colour output: auto, always or never
  -q,--quiet                  Do not print hints or problems found while loading notes (results and errors still print)
  -v,--verbose                Say which vault and config are used, and timings
  --ascii                     Draw with ASCII only, even on a UTF-8 terminal
  --no-pager                  Do not page long output on a terminal ($GOALS_PAGER, else $PAGER, else less)

Subcommands:
  base                        Print an Obsidian Bases file (.base) with tables of the goals and sprint
  completion                  Print a shell completion script
  done                        Mark a milestone or goal done: [x] and its done date, or status: done
  drop                        Drop a milestone or goal: [-] and its cancelled date, or status: dropped
  export                      Export deadlines and milestones for other tools
  graph                       Print the goal graph for Graphviz or Mermaid
  help                        Show a command's help: the man page on a terminal, else its --help text
  init                        Make a folder a goals vault: .goals.yaml, the note folders and editable templates
  lint                        Check goals for SMART gaps, overdue work, missing reviews and broken links
  list                        List goals, sprints, reviews and visions
  move                        Move a milestone's due date or a goal's deadline
  new                         Write a new sprint, goal, review or vision note
  report                      Write a dashboard note: progress tables and Mermaid charts
  review                      Guided review: shows the sprint's progress, asks the questions, writes the note
  show                        Show one note: properties, parents, sprints, milestones
  status                      Where the quarter stands: sprint progress, due and overdue milestones, the goal tree
  touch                       Record that goals were reviewed today (reviewed:)
  wins                        Accomplishments for the resume: finished goals and milestones, newest first

Examples:
  # where this week stands (the same as `goals status`)
  goals
  # check every goal for SMART gaps, overdue work and broken links
  goals lint
  # the weekly review: progress, questions, a note
  goals review --cadence weekly
--- stderr

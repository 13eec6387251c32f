$ goals --help
? 0
--- stdout
Lint, track and plan career goals kept in an Obsidian vault.
Usage: goals [OPTIONS] [SUBCOMMAND]

Options:
  -h,--help                   Print this help message and exit
  --version                   Display program version information and exit
  --vault TEXT                Vault folder (default: $GOALS_VAULT, else the nearest folder above holding .obsidian/ or .goals.yaml)
  --today TEXT                Treat this date (YYYY-MM-DD) as today ($GOALS_TODAY)
  --color TEXT:{auto,always,never}
                              Colour output: auto, always or never
  -q,--quiet                  Do not print problems found while loading notes
  -v,--verbose                Say which vault and config are used, and timings

Subcommands:
  graph                       Print the goal graph for Graphviz or Mermaid
  lint                        Check goals for SMART gaps, overdue work, missing reviews and broken links
  list                        List goals, sprints, reviews and visions
  show                        Show one note: properties, parents, sprints, milestones


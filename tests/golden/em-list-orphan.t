$ goals --vault examples/engineering-manager --today 2026-11-22 list --orphan
? 0
--- stdout
TYPE    HORIZON STATUS  DUE        PROGRESS  PATH
goal    short   active  2026-12-10      1/3  Goals/Give a talk at the internal engineering summit.md
